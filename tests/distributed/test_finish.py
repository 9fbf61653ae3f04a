"""`govcheck finish`: an operator finishes a distributed run whose workers are all gone."""

from __future__ import annotations

import sqlite3

import redis
from sqlalchemy import select, update

from govcheck import cli
from govcheck.distributed.keys import RunKeys
from govcheck.store.db import make_engine
from govcheck.store.models import Run
from tests.distributed.helpers import REDIS_URL, keys_left


def test_finish_ends_a_run_left_running_and_deletes_its_keys(sqlite_audit, tmp_path, capsys):
    engine, run_id, _, _ = sqlite_audit
    copy = tmp_path / "left.sqlite"
    with sqlite3.connect(engine.url.database) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    url = f"sqlite:///{copy}"
    left = make_engine(url)
    with left.begin() as conn:  # its last worker died before finishing it
        conn.execute(update(Run).where(Run.id == run_id).values(status="running", finished_at=None))
        started_at = conn.execute(select(Run.started_at).where(Run.id == run_id)).scalar_one()
    server = redis.Redis.from_url(REDIS_URL)
    keys = RunKeys(run_id, started_at)
    server.hset(keys.alive, "gone", 0)
    server.zadd(keys.inflight("gone"), {b"a request": 0})
    try:
        assert cli.main(["--db", url, "finish", "--run", str(run_id), "--redis", REDIS_URL]) == 0
        with left.connect() as conn:
            assert conn.execute(select(Run.status).where(Run.id == run_id)).scalar_one() == "complete"
        assert keys_left(server, left, run_id) == []
        capsys.readouterr()
        assert cli.main(["--db", url, "finish", "--run", str(run_id), "--redis", REDIS_URL]) == 2
        assert capsys.readouterr().err.strip() == f"govcheck: run {run_id} is not running: nothing to finish"
        assert cli.main(["--db", url, "finish", "--run", "999", "--redis", REDIS_URL]) == 2
        assert "no run 999" in capsys.readouterr().err
    finally:
        server.delete(*keys.all(), keys.inflight("gone"))
        left.dispose()
