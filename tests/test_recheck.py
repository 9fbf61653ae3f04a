"""A delayed re-check within the run (GOVCHECK_RECHECK_DELAY): a failure seen twice is confirmed, a passing
outage clears, and without the setting both stay suspected broken."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from tests.conftest import AS_OF, run_crawl

IP = "127.0.0.52"
OUTAGE_SECONDS = 2.0
DELAY = 4.0  # longer than the outage, so the second look finds the page back


class Outage:
    """503 for OUTAGE_SECONDS after the first request, then the page: a server restarting."""

    def __init__(self, down, up):
        self.down, self.up = down, up
        self.first: float | None = None
        self.lock = threading.Lock()

    def __call__(self, req):
        with self.lock:
            if self.first is None:
                self.first = time.monotonic()
            down = time.monotonic() - self.first < OUTAGE_SECONDS
        return (self.down if down else self.up)(req)


def site_host():
    from govcheck.demo.linkhosts import Host, page

    links = ('<a href="/gone.html">已删除的通知</a> <a href="/outage.html">维护中的页面</a> '
             '<a href="/ok.html">正常页面</a>')
    routes = {
        "/": page("复查演示站", links),
        "/ok.html": page("正常页面", "<p>内容</p>"),
        "/outage.html": Outage(page("服务暂时不可用", "<p>请稍后再试</p>", 503), page("维护后的页面", "<p>内容</p>")),
    }
    return Host("recheck", "复查演示站", routes)


def crawl(tmp_path, delay: float, extra: dict | None = None) -> dict:
    from govcheck.demo.server import DemoServer
    from govcheck.store.db import make_engine
    from govcheck.store.models import LinkCheck

    with DemoServer(AS_OF, port=0, hosts={IP: site_host()}, linkhosts=False) as server:
        sites = tmp_path / "sites.csv"
        sites.write_text("site_id,name,url,site_code,sponsor,kind,region,status,note\n"
                         f"rc,复查演示站,{server.host_urls[IP]},,,portal,,active,\n", encoding="utf-8")
        db = f"sqlite:///{tmp_path / 'g.sqlite'}"
        done = run_crawl(sites, db, extra={"GOVCHECK_RECHECK_DELAY": delay, "GOVCHECK_CRAWL_PROBES": 1,
                                           **(extra or {})},
                         timeout=60)
        assert done.returncode == 0, done.stderr[-3000:]
        hits = dict(server.hits)
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = {r.url.rsplit("/", 1)[1]: r for r in conn.execute(select(LinkCheck))}
    engine.dispose()
    return {"rows": rows, "hits": hits, "log": done.stderr}


@pytest.fixture(scope="module")
def rechecked(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("recheck"), DELAY)


def test_failure_seen_again_is_confirmed_in_the_same_run(rechecked):
    gone = rechecked["rows"]["gone.html"]
    assert (gone.verdict, gone.category, gone.confirmed) == ("broken", "http_404", True)
    assert rechecked["hits"][("GET", IP, "/gone.html")] == 2  # the first look and the second


def test_passing_outage_clears_on_the_second_look(rechecked):
    outage = rechecked["rows"]["outage.html"]
    assert (outage.verdict, outage.category, outage.http_status, outage.confirmed) == ("ok", "ok", 200, False)
    assert "first check: http_5xx" in outage.detail


def test_healthy_link_is_checked_once(rechecked):
    ok = rechecked["rows"]["ok.html"]
    assert (ok.verdict, ok.confirmed) == ("ok", False)
    assert rechecked["hits"][("GET", IP, "/ok.html")] == 1


def test_without_the_setting_failures_stay_suspected(tmp_path):
    got = crawl(tmp_path, 0)
    rows = got["rows"]
    assert (rows["gone.html"].verdict, rows["gone.html"].confirmed) == ("broken", False)
    assert (rows["outage.html"].verdict, rows["outage.html"].category) == ("broken", "http_5xx")
    assert got["hits"][("GET", IP, "/gone.html")] == 1


def test_a_distributed_run_keeps_its_re_checks_in_redis_until_due(tmp_path):
    """A worker's planned second looks wait in Redis (any worker makes them, the run stays open until then)."""
    from tests.distributed.helpers import REDIS_URL

    got = crawl(tmp_path, DELAY, extra={"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": REDIS_URL})
    rows = got["rows"]
    assert (rows["gone.html"].verdict, rows["gone.html"].confirmed) == ("broken", True)
    assert (rows["outage.html"].verdict, rows["outage.html"].http_status) == ("ok", 200)
    assert got["hits"][("GET", IP, "/gone.html")] == 2
    assert "'govcheck/redis/delayed': 2," in got["log"]  # the two second looks, not timers of the worker
