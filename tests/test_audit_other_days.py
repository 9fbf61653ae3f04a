"""The demo audited on other inspection dates: the portals' dates move with the day, and every column must still
be found once, with its exact last update and flags, and every verdict right (a date-dependent misreading, such as
a fresh oldest-first list settled on its first page, or the homepage read as a column, shows only on some days)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import run_crawl

DAYS = [date(2027, 3, 1), date(2026, 12, 3)]


@pytest.fixture(scope="module", params=DAYS, ids=str)
def audited(request, demo_ca, tmp_path_factory):
    from govcheck.demo.server import DemoServer
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    with DemoServer(request.param, port=0) as server:
        work = tmp_path_factory.mktemp("day")
        sites = server.write_site_list(work / "sites.csv")
        url = f"sqlite:///{work / 'govcheck.sqlite'}"
        done = run_crawl(sites, url, as_of=request.param, extra={"GOVCHECK_CA_BUNDLE": str(demo_ca)})
        assert done.returncode == 0, done.stderr[-3000:]
        engine = make_engine(url)
        try:
            export = export_run(engine, latest_run_id(engine))
        finally:
            engine.dispose()
        return export, server.truth()


def test_every_column_once_exact_and_every_verdict_right(audited):
    export, truth = audited
    wrong = []
    for site in export["sites"]:
        want_site = truth["sites"][site["site_id"]]
        if site["verdict"] != want_site["verdict"]:
            wrong.append((site["site_id"], "verdict", site["verdict"], want_site["verdict"]))
        got = {c["url"]: c for c in site["columns"]}
        planted = {c["url"]: c for c in want_site["columns"] if not c["static"]}
        if sorted(got) != sorted(planted):
            wrong.append((site["site_id"], "columns", sorted(set(got) ^ set(planted))))
        for url, want in planted.items():
            c = got.get(url)
            if c is not None and (c["last_update"], c["empty"], c["stale"], c["verdict"]) != (
                    want["last_update"], want["empty"], want["stale"], want["verdict"]):
                wrong.append((site["site_id"], want["name"], c["last_update"], want["last_update"]))
    assert wrong == []
