"""The demo audited on other inspection dates: the portals' dates move with the day, and every column must still
be found once, with its exact last update and flags, and every verdict right (a date-dependent misreading, such as
a fresh oldest-first list settled on its first page, or the homepage read as a column, shows only on some days)."""

from __future__ import annotations

import contextlib
import subprocess
from datetime import date

import pytest

from tests.conftest import ROOT, crawl_cmd

DAYS = [date(2027, 3, 1), date(2026, 12, 3)]


@pytest.fixture(scope="module")
def audited(demo_ca, tmp_path_factory):
    """Each day's portals audited, the days' crawls at once (each its own portals and store): {day: (export,
    truth)}."""
    from govcheck.demo.server import DemoServer
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    out = {}
    with contextlib.ExitStack() as stack:
        crawls = {}
        for day in DAYS:
            server = stack.enter_context(DemoServer(day, port=0))
            work = tmp_path_factory.mktemp("day")
            sites = server.write_site_list(work / "sites.csv")
            url = f"sqlite:///{work / 'govcheck.sqlite'}"
            log = stack.enter_context((work / "crawl.log").open("w"))
            cmd = crawl_cmd(sites, url, as_of=day, extra={"GOVCHECK_CA_BUNDLE": str(demo_ca)})
            crawls[day] = (subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT), url, work, server)
        try:
            codes = {day: proc.wait(timeout=600) for day, (proc, *_) in crawls.items()}
        finally:  # a crawl that outlives a failed one would go on beside the next tests
            for proc, *_ in crawls.values():
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        for day, (_, url, work, server) in crawls.items():
            assert codes[day] == 0, (work / "crawl.log").read_text()[-3000:]
            engine = make_engine(url)
            try:
                out[day] = export_run(engine, latest_run_id(engine)), server.truth()
            finally:
                engine.dispose()
    return out


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_column_once_exact_and_every_verdict_right(audited, day):
    export, truth = audited[day]
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
