"""Rounds in the store, on SQLite and PostgreSQL: runs stored before rounds get theirs, and the queries that choose
a round's run."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select

from govcheck.store.db import MIGRATIONS, make_engine, migrate
from govcheck.store.models import Judgement, Run, SiteJudgement
from govcheck.store.rounds import failed_last_round, previous_run_id, round_rows, round_run_id, trend_run_ids
from tests.conftest import pg_schema_url

AT = datetime(2026, 11, 26, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'govcheck.sqlite'}")
        yield engine
        engine.dispose()
    else:
        with pg_schema_url("govcheck_rounds") as url:
            engine = make_engine(url)
            yield engine
            engine.dispose()


def test_runs_stored_before_rounds_get_the_quarter_of_their_date_and_their_scope(engine):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        for day, options in ((date(2026, 8, 1), {"spider": "portal"}), (date(2026, 11, 2), {"url": "http://x.cn/"}),
                             (date(2026, 11, 3), {"site": "qx"}), (date(2026, 11, 26), {})):
            conn.execute(insert(Run).values(as_of=day, started_at=AT, status="complete", site_list="",
                                            profile="national-2019", options=options))
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(select(Run.id, Run.round, Run.scope).order_by(Run.id)).all()
    assert [tuple(r) for r in rows] == [(1, "2026Q3", "round"), (2, "2026Q4", "adhoc"), (3, "2026Q4", "subset"),
                                        (4, "2026Q4", "round")]
    assert previous_run_id(engine, 4) == 1  # not the ad hoc or the one-site run
    assert trend_run_ids(engine, 4, 8) == [1]


def add_run(conn, round_, scope="round", status="complete", failed=(), summary=None):
    run_id = conn.execute(insert(Run).values(as_of=date(2026, 11, 26), started_at=AT, status=status, site_list="",
                                             profile="national-2019", options={}, round=round_, scope=scope)
                          ).inserted_primary_key[0]
    jid = conn.execute(insert(Judgement).values(run_id=run_id, profile="national-2019", created_at=AT,
                                                summary=summary or {})).inserted_primary_key[0]
    for site_id in ("qx", "jyj", "wjw"):
        conn.execute(insert(SiteJudgement).values(judgement_id=jid, site_id=site_id, detail={},
                                                  verdict="unqualified" if site_id in failed else "qualified"))
    return run_id


def test_the_round_queries(engine):
    migrate(engine)
    with engine.begin() as conn:
        q3 = add_run(conn, "2026Q3", failed=("wjw",))
        add_run(conn, "2026Q3", status="failed")
        add_run(conn, "2026Q4", scope="adhoc", failed=("jyj",))
        q4 = add_run(conn, "2026Q4", failed=("qx", "jyj"),
                     summary={"sites_in_list": 13, "checked": 12, "unqualified": 2, "pass_rate": 83.3})
    assert round_run_id(engine, "2026Q4") == q4
    assert previous_run_id(engine, q4) == q3
    assert failed_last_round(engine, "2027Q1") == ["qx", "jyj"]
    assert failed_last_round(engine, "2026Q4") == ["wjw"]
    assert failed_last_round(engine, "2026Q3") == []
    rows = round_rows(engine)
    assert [(r["round"], r["run"]) for r in rows] == [("2026Q3", q3), ("2026Q4", q4)]
    assert (rows[1]["sites"], rows[1]["checked"], rows[1]["failed"], rows[1]["pass_rate"]) == (13, 12, 2, 83.3)
