"""The export of a run stored by hand: a link's source page carries the stored page's title."""

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from govcheck.export import export_run
from govcheck.store.db import make_engine, migrate
from govcheck.store.models import LinkCheck, LinkOccurrence, Page, Run, RunSite
from tests.conftest import pg_schema_url

HOSTILE = '<script>alert("x")</script>'
BASE = "http://qx.example.gov.cn"


def store_run(engine) -> int:
    now = datetime(2026, 11, 26, 9)
    with Session(engine) as s, s.begin():
        run = Run(as_of=date(2026, 11, 26), started_at=now, status="complete")
        s.add(run)
        s.flush()
        s.add(RunSite(run_id=run.id, site_id="qx", name="某县", url=f"{BASE}/", status="checked"))
        s.add_all([
            Page(run_id=run.id, site_id="qx", url=f"{BASE}/", title="某县人民政府", is_homepage=True, fetched_at=now),
            Page(run_id=run.id, site_id="qx", url=f"{BASE}/news/", title=f"  工作\n动态 {HOSTILE} ", fetched_at=now),
            Page(run_id=run.id, site_id="qx", url=f"{BASE}/bare/", title="", fetched_at=now),
        ])
        for target, verdict in (("/gone", "broken"), ("/fine", "ok")):
            s.add(LinkCheck(run_id=run.id, url=f"{BASE}{target}", category="http_404" if verdict == "broken" else "ok",
                            verdict=verdict, http_status=404 if verdict == "broken" else 200, checked_at=now))
        for i, source in enumerate(("/", "/news/", "/bare/", "/unstored/")):
            for target in ("/gone", "/fine"):
                s.add(LinkOccurrence(run_id=run.id, key=f"{i}{target}", site_id="qx", source_url=f"{BASE}{source}",
                                     target_url=f"{BASE}{target}", text="链接", on_homepage=source == "/"))
        return run.id


def check_titles(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate(engine)
        (site,) = export_run(engine, store_run(engine))["sites"]
    finally:
        engine.dispose()
    titles = {link["source"][len(BASE):]: link["source_title"] for link in site["links"]}
    assert titles == {"/": "某县人民政府", "/news/": f"工作 动态 {HOSTILE}", "/bare/": "", "/unstored/": ""}


def test_source_titles_sqlite(tmp_path):
    check_titles(f"sqlite:///{tmp_path / 'g.sqlite'}")


def test_source_titles_postgresql():
    try:
        with pg_schema_url("export") as url:
            check_titles(url)
    except Exception as exc:  # the test database is part of the test set-up: its absence is a failure
        if "connect" in str(exc).lower():
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 (database test) is needed: {exc}")
        raise
