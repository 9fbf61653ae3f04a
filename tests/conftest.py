"""Shared fixtures: the demo portals on loopback and audits of them stored in SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from govcheck.demo.settings import DEMO_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 26)
PG_URL = os.environ.get("GOVCHECK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def scrapy_args(settings: dict) -> list[str]:
    out = []
    for key, value in settings.items():
        if isinstance(value, (list, tuple)):
            value = ",".join(map(str, value))
        out += ["-s", f"{key}={value}"]
    return out


def crawl_cmd(sites_csv: Path, db_url: str, as_of: date = AS_OF, spider: str = "portal", extra: dict | None = None,
              args: dict | None = None) -> list[str]:
    """`scrapy crawl` as a user runs it, with the demo's settings."""
    settings = {**DEMO_SETTINGS, "GOVCHECK_DATABASE_URL": db_url, "GOVCHECK_PROGRESS_INTERVAL": 0, **(extra or {})}
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"sites={sites_csv}", "-a", f"as_of={as_of}"]
    for k, v in (args or {}).items():
        cmd += ["-a", f"{k}={v}"]
    return cmd + scrapy_args(settings)


def run_crawl(sites_csv: Path, db_url: str, as_of: date = AS_OF, spider: str = "portal", extra: dict | None = None,
              args: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """`scrapy crawl` as a user runs it, with the demo's settings; returns the finished process."""
    return subprocess.run(crawl_cmd(sites_csv, db_url, as_of, spider, extra, args), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def wait_or_kill(proc: subprocess.Popen, timeout: float) -> int:
    """A crawl's exit code, given `timeout` seconds to end; one still running then is killed (and the wait's error
    raised), never left behind the tests."""
    try:
        return proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def demo_server():
    from govcheck.demo.server import DemoServer

    with DemoServer(AS_OF, port=0) as server:
        yield server


@pytest.fixture(scope="session")
def demo_sites_csv(demo_server, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sites") / "demo-sites.csv"
    demo_server.write_site_list(path)
    return path


@pytest.fixture(scope="session")
def demo_ca(demo_server, tmp_path_factory) -> Path:
    """The demo TLS hosts' CA, so a crawl can tell an expired certificate from a mismatched one."""
    from govcheck.demo.tlscerts import ca_pem

    path = tmp_path_factory.mktemp("ca") / "demo-ca.pem"
    path.write_bytes(ca_pem())
    return path


@pytest.fixture(scope="session")
def truth(demo_server):
    from govcheck.demo.truth import ground_truth

    return ground_truth(AS_OF, demo_server.urls)


def _export(url: str, log: str):
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    engine = make_engine(url)
    run_id = latest_run_id(engine)
    assert run_id is not None, log[-4000:]
    return engine, run_id, export_run(engine, run_id), log


def _audit(url: str, sites_csv: Path, ca: Path):
    done = run_crawl(sites_csv, url, extra={"GOVCHECK_CA_BUNDLE": str(ca)})
    assert done.returncode == 0, done.stderr[-4000:]
    return _export(url, done.stderr)


def _wants_pg_audit(session) -> bool:
    return any("pg_audit" in item.fixturenames or getattr(item, "callspec", None) is not None
               and item.callspec.params.get("audit") == "postgresql" for item in session.items)


@pytest.fixture(scope="session")
def sqlite_audit(request, demo_server, demo_sites_csv, demo_ca, tmp_path_factory):
    """One audit of the demo portals stored in SQLite: (engine, run_id, export, log). Made on portals never asked
    before, it is also `fresh_run`; the PostgreSQL audit of the same portals starts as it ends and goes on beside the
    next tests."""
    from collections import Counter

    from tests.distributed.helpers import row_counts

    fresh = not demo_server.hits
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'govcheck.sqlite'}"
    audit = _audit(url, demo_sites_csv, demo_ca)
    if fresh:
        demo_server.fresh_run = (audit[2], row_counts(*audit[:2]), Counter(demo_server.hits), dict(demo_server.urls))
    if _wants_pg_audit(request.session) and not hasattr(demo_server, "pg_crawl"):
        log = (tmp_path_factory.mktemp("pg") / "crawl.log").open("w+")
        cmd = crawl_cmd(demo_sites_csv, request.getfixturevalue("pg_url"), extra={"GOVCHECK_CA_BUNDLE": str(demo_ca)})
        demo_server.pg_crawl = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log), log
    yield audit
    audit[0].dispose()
    if started := getattr(demo_server, "pg_crawl", None):  # started for tests that did not run after all
        started[0].kill()
        started[0].wait()


@pytest.fixture(scope="session")
def fresh_run(request, tmp_path_factory):
    """One process over demo portals never asked before (some answer differently the second time they are asked):
    (export, row counts, requests the portals received, the portals' URLs). The SQLite audit when it was the first
    to ask the session's portals, else a crawl of portals of its own."""
    from collections import Counter

    from govcheck.demo.server import DemoServer
    from govcheck.demo.tlscerts import ca_pem
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id
    from tests.distributed.helpers import row_counts

    server = request.getfixturevalue("demo_server")
    if not server.hits or getattr(server, "fresh_run", None):
        request.getfixturevalue("sqlite_audit")
        if getattr(server, "fresh_run", None):
            yield server.fresh_run
            return
    tmp = tmp_path_factory.mktemp("fresh")
    url = f"sqlite:///{tmp / 'single.sqlite'}"
    (tmp / "ca.pem").write_bytes(ca_pem())
    with DemoServer(AS_OF, port=0) as own:
        own.write_site_list(tmp / "sites.csv")
        done = run_crawl(tmp / "sites.csv", url, extra={"GOVCHECK_CA_BUNDLE": str(tmp / "ca.pem")})
        hits, urls = Counter(own.hits), dict(own.urls)
    assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(url)
    run_id = latest_run_id(engine)
    yield export_run(engine, run_id), row_counts(engine, run_id), hits, urls
    engine.dispose()


@contextmanager
def pg_schema_url(prefix: str = "govcheck"):
    """The URL of a fresh schema in the PostgreSQL test database, dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_url():
    with pg_schema_url() as url:
        yield url


@pytest.fixture(scope="session")
def pg_audit(demo_server, demo_sites_csv, demo_ca, pg_url):
    """The audit of the demo portals stored in PostgreSQL, its crawl started by the SQLite audit if that ran first."""
    started = getattr(demo_server, "pg_crawl", None)
    demo_server.pg_crawl = None  # taken: the SQLite audit starts no other
    if started is None:
        audit = _audit(pg_url, demo_sites_csv, demo_ca)
    else:
        proc, log = started
        code = wait_or_kill(proc, 600)
        log.seek(0)
        text = log.read()
        log.close()
        assert code == 0, text[-4000:]
        audit = _export(pg_url, text)
    yield audit
    audit[0].dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """An empty migrated store of each kind: SQLite in a temporary folder, then a fresh PostgreSQL schema."""
    from govcheck.store.db import make_engine, migrate

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'store.sqlite'}" if request.param == "sqlite"
               else stack.enter_context(pg_schema_url("store")))
        engine = make_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()
