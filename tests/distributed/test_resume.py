"""Resumable runs: a crawl with JOBDIR killed with SIGKILL mid-crawl, then resumed, ends as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from sqlalchemy import func, select

from govcheck.export import export_run
from govcheck.resume import CACHE_DIR, RUN_FILE, read_run_file
from govcheck.store.db import make_engine
from govcheck.store.models import Page, ProbeRecord, Run
from tests.conftest import ROOT
from tests.distributed.helpers import comparable, crawl_command, crawl_stats, differences, row_counts, start

KILL_AFTER_PAGES = 100  # of about 630: well inside the crawl


def stored_pages(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Page)).scalar_one()
    except Exception:  # the schema is being created by the crawl's migration
        return 0


@pytest.fixture(scope="module")
def killed_and_resumed(demo_sites_csv, demo_ca, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("resume")
    url = f"sqlite:///{tmp / 'resume.sqlite'}"
    jobdir = tmp / "job"
    cmd = crawl_command(demo_sites_csv, url, demo_ca, {"JOBDIR": str(jobdir)})
    engine = make_engine(url)
    proc = start(cmd, tmp / "killed.log")
    deadline = time.monotonic() + 60
    while stored_pages(engine) < KILL_AFTER_PAGES:
        assert proc.poll() is None, "the crawl ended before it could be killed"
        assert time.monotonic() < deadline, "no pages stored"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with engine.connect() as conn:
        at_kill = {"runs": conn.execute(select(Run.id, Run.status)).all(), "pages": stored_pages(engine)}
    # whole entries of Scrapy's HTTP cache, not the ones the kill cut short
    cached = [p.parent for p in (jobdir / CACHE_DIR).rglob("pickled_meta") if not p.parent.name.startswith(".tmp")]
    resumed = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    yield engine, at_kill, cached, jobdir, resumed.stderr
    engine.dispose()


def test_the_crawl_was_killed_mid_run(killed_and_resumed, sqlite_audit):
    _, at_kill, cached, _, _ = killed_and_resumed
    single_engine, single_run, _, _ = sqlite_audit
    assert [status for _, status in at_kill["runs"]] == ["running"]
    assert KILL_AFTER_PAGES <= at_kill["pages"] < row_counts(single_engine, single_run)["pages"]
    assert len(cached) > at_kill["pages"]  # responses kept that no committed row reflects yet


def test_the_same_run_is_resumed_and_completed(killed_and_resumed):
    engine, at_kill, _, jobdir, log = killed_and_resumed
    (run_id, _), = at_kill["runs"]
    assert f"resuming run {run_id}" in log
    assert read_run_file(str(jobdir)) == run_id
    with engine.connect() as conn:
        assert conn.execute(select(Run.id, Run.status)).all() == [(run_id, "complete")]


def test_findings_equal_an_uninterrupted_run(killed_and_resumed, sqlite_audit):
    engine, at_kill, _, _, _ = killed_and_resumed
    (run_id, _), = at_kill["runs"]
    _, _, single_export, _ = sqlite_audit
    assert differences(comparable(export_run(engine, run_id)), comparable(single_export)) == []


def test_no_row_lost_or_stored_twice(killed_and_resumed, sqlite_audit):
    engine, at_kill, _, _, _ = killed_and_resumed
    (run_id, _), = at_kill["runs"]
    single_engine, single_run, _, _ = sqlite_audit
    assert row_counts(engine, run_id) == row_counts(single_engine, single_run)
    with engine.connect() as conn:
        per_site = conn.execute(select(ProbeRecord.site_id, func.count()).where(ProbeRecord.run_id == run_id)
                                .group_by(ProbeRecord.site_id)).all()
    assert per_site and all(n == 3 for _, n in per_site)  # GOVCHECK_CRAWL_PROBES, not one more


def test_the_resume_was_served_from_the_cache_and_then_dropped_it(killed_and_resumed):
    _, at_kill, cached, jobdir, log = killed_and_resumed
    (run_id, _), = at_kill["runs"]
    stats = crawl_stats(log)
    assert stats["httpcache/hit"] >= at_kill["pages"]
    assert stats["httpcache/miss"] > 0  # what the killed run had not fetched, or must ask again
    assert {p.parent.parent.name for p in cached} == {str(run_id)}
    assert not (jobdir / CACHE_DIR / str(run_id)).exists()  # a finished run is not resumed
    assert (jobdir / RUN_FILE).exists()
