"""`scrapy crawl probe` end to end on loopback, and the judge reading those cron probes when it judges a crawl.

The site list mixes a demo portal that answers, two homepages that accept the connection and never answer,
an address where nothing listens and an offline site; probes run with a 2 s timeout.
"""

from __future__ import annotations

import csv
import re
import socket
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from govcheck.demo.linkhosts import TLS_CHAIN_IP, TLS_EXPIRED_IP
from govcheck.store.db import make_engine, migrate
from govcheck.store.models import ProbeRecord, Run, RunSite
from govcheck.store.read import judgement_rows, latest_run_id
from tests.conftest import run_crawl

TIMEOUT = 2
HANG_IPS = ("127.0.0.90", "127.0.0.91")
HEADER = ("site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note")


class SilentServer:
    """Accepts connections on a loopback address and never answers: a homepage that hangs."""

    def __init__(self, ip: str):
        self.sock = socket.create_server((ip, 0))
        self.sock.settimeout(0.1)
        self.url = f"http://{ip}:{self.sock.getsockname()[1]}/"
        self.held: list[socket.socket] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.held.append(conn)  # kept open, unread, unanswered

    def __enter__(self) -> SilentServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(2)
        for conn in [*self.held, self.sock]:
            conn.close()


def write_sites(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A site list of (site_id, url, status) rows."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        for n, (site_id, url, status) in enumerate(rows, 1):
            writer.writerow([site_id, f"探测站点{n}", url, f"43990001{n:02d}", "示范市政务服务中心", "department",
                             "示范市", status, "改版中" if status == "offline" else ""])
    return path


def probes(url: str, site_id: str | None = None) -> list[ProbeRecord]:
    engine = make_engine(url)
    try:
        with Session(engine) as s:
            q = select(ProbeRecord).order_by(ProbeRecord.id)
            if site_id:
                q = q.where(ProbeRecord.site_id == site_id)
            rows = list(s.scalars(q))
            s.expunge_all()
        return rows
    finally:
        engine.dispose()


def stat_seconds(log: str) -> float:
    """Scrapy's own elapsed_time_seconds of the crawl (without the interpreter's start-up)."""
    return float(re.search(r"'elapsed_time_seconds': ([0-9.]+)", log).group(1))


# ---------------------------------------------------------------- the probe run


@pytest.fixture(scope="module")
def probe_list(demo_server, tmp_path_factory):
    with SilentServer(HANG_IPS[0]) as hang1, SilentServer(HANG_IPS[1]) as hang2:
        path = write_sites(tmp_path_factory.mktemp("probe") / "sites.csv", [
            ("up", demo_server.urls["nav"], "active"),
            ("hang1", hang1.url, "active"),
            ("hang2", hang2.url, "active"),
            ("refused", demo_server.urls["mz"], "active"),  # the demo's address where nothing listens
            ("https_dead", demo_server.urls["gh"], "active"),  # answers 301 to https://, where nothing listens
            ("waf", demo_server.urls["sthj"], "active"),  # 403 to a crawler, the page to a browser
            ("off", demo_server.urls["qx"], "offline"),  # answers, but must not be asked
            # a certificate sent without its intermediate: a browser opens it; an expired one: a browser refuses it
            ("chain", demo_server.host_urls[TLS_CHAIN_IP], "active"),
            ("expired", demo_server.host_urls[TLS_EXPIRED_IP], "active"),
        ])
        yield path


@pytest.fixture(scope="module")
def probed(probe_list, demo_ca, tmp_path_factory):
    """One probe run over the whole list: (database URL, the finished process)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('probedb') / 'govcheck.sqlite'}"
    done = run_crawl(probe_list, url, spider="probe", extra={"GOVCHECK_PROBE_TIMEOUT": TIMEOUT,
                                                             "GOVCHECK_CA_BUNDLE": str(demo_ca)}, timeout=60)
    assert done.returncode == 0, done.stderr[-4000:]
    return url, done


def by_site(url: str) -> dict[str, ProbeRecord]:
    rows = probes(url)
    assert len(rows) == len({p.site_id for p in rows}), "more than one probe for a site"
    return {p.site_id: p for p in rows}


def test_one_cron_probe_per_active_site_and_none_for_the_offline_one(probed):
    rows = by_site(probed[0])
    assert set(rows) == {"up", "hang1", "hang2", "refused", "https_dead", "waf", "chain", "expired"}
    assert {(p.source, p.run_id) for p in rows.values()} == {("cron", None)}


def test_answering_site(probed, demo_server):
    p = by_site(probed[0])["up"]
    assert (p.ok, p.http_status, p.reason, p.url) == (True, 200, None, demo_server.urls["nav"])
    assert p.elapsed < 1.0


@pytest.mark.parametrize("site_id", ["hang1", "hang2"])
def test_hanging_homepage_times_out_after_the_probe_timeout(probed, site_id):
    p = by_site(probed[0])[site_id]
    assert (p.ok, p.http_status, p.reason) == (False, None, "timeout")
    assert TIMEOUT - 0.1 <= p.elapsed <= TIMEOUT + 1.0


def test_refused_connection(probed):
    p = by_site(probed[0])["refused"]
    assert (p.ok, p.http_status, p.reason) == (False, None, "connection_refused")
    assert p.elapsed < TIMEOUT


def test_a_redirect_to_no_page_is_no_answer(probed):
    # a browser follows the 301 to https:// and opens nothing: the probe failed where the redirect led
    p = by_site(probed[0])["https_dead"]
    assert (p.ok, p.http_status, p.reason) == (False, None, "connection_refused")


def test_a_firewall_that_refuses_crawlers_only_is_no_failure(probed):
    p = by_site(probed[0])["waf"]
    assert (p.ok, p.http_status, p.reason) == (True, 200, None)


def test_a_certificate_without_its_intermediate_answers_and_an_expired_one_fails(probed):
    rows = by_site(probed[0])
    assert (rows["chain"].ok, rows["chain"].reason) == (True, "tls_chain")
    assert (rows["expired"].ok, rows["expired"].reason) == (False, "tls_expired")


def test_probes_go_out_together(probed):
    # two hanging homepages probed one after the other would take two timeouts
    assert stat_seconds(probed[1].stderr) < TIMEOUT * 1.75


def test_probe_times_are_now(probed):
    rows = by_site(probed[0]).values()
    assert all(abs(datetime.now() - p.at) < timedelta(minutes=5) for p in rows)


def test_no_run_is_created(probed):
    engine = make_engine(probed[0])
    try:
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Run)) == 0
            assert s.scalar(select(func.count()).select_from(RunSite)) == 0
    finally:
        engine.dispose()


def test_site_argument_probes_just_that_site(probe_list, tmp_path):
    url = f"sqlite:///{tmp_path / 'govcheck.sqlite'}"
    done = run_crawl(probe_list, url, spider="probe", extra={"GOVCHECK_PROBE_TIMEOUT": TIMEOUT},
                     args={"site": "refused"}, timeout=60)
    assert done.returncode == 0, done.stderr[-4000:]
    assert [(p.site_id, p.reason) for p in probes(url)] == [("refused", "connection_refused")]


# ---------------------------------------------------------------- the judge reads cron probes in the window

TOTAL = 140  # a week of 20 probes a day, the national minimum


def insert_probes(url: str, site_id: str, site_url: str, failed: int) -> None:
    """A week of hourly-ish cron probes ending an hour ago, ``failed`` of them timeouts; plus probes the
    judge must ignore: failures older than the 7-day window, and failures of another site."""
    now = datetime.now()
    step = timedelta(days=6, hours=20) / TOTAL
    rows = [ProbeRecord(site_id=site_id, url=site_url, at=now - timedelta(hours=1) - i * step, ok=i >= failed,
                        elapsed=TIMEOUT if i < failed else 0.05, http_status=None if i < failed else 200,
                        reason="timeout" if i < failed else None, source="cron", run_id=None)
            for i in range(TOTAL)]
    rows += [ProbeRecord(site_id=site_id, url=site_url, at=now - timedelta(days=8, minutes=i), ok=False,
                         elapsed=15.0, reason="timeout", source="cron") for i in range(20)]
    rows += [ProbeRecord(site_id="qx", url="http://127.0.0.11/", at=now - timedelta(hours=2, minutes=i), ok=False,
                         elapsed=15.0, reason="timeout", source="cron") for i in range(20)]
    engine = make_engine(url)
    try:
        migrate(engine)
        with Session(engine) as s, s.begin():
            s.add_all(rows)
    finally:
        engine.dispose()


@pytest.fixture(scope="module", params=[7, 6], ids=["7-failed", "6-failed"])
def judged_nav(request, demo_sites_csv, demo_server, tmp_path_factory):
    """nav (100 points on its own) crawled after a week of cron probes with 7 or 6 failures out of 140:
    (failed, its export row, its stored judgement detail)."""
    from govcheck.export import export_run

    failed = request.param
    url = f"sqlite:///{tmp_path_factory.mktemp('judged') / 'govcheck.sqlite'}"
    insert_probes(url, "nav", demo_server.urls["nav"], failed)
    done = run_crawl(demo_sites_csv, url, args={"site": "nav"}, timeout=120)
    assert done.returncode == 0, done.stderr[-4000:]
    engine = make_engine(url)
    try:
        run_id = latest_run_id(engine)
        export = export_run(engine, run_id)
        _, rows = judgement_rows(engine, run_id)
        with Session(engine) as s:
            crawl_probes = s.scalar(select(func.count()).select_from(ProbeRecord).where(ProbeRecord.run_id == run_id))
    finally:
        engine.dispose()
    assert crawl_probes > 0, "the crawl's own homepage requests should be stored too (and then ignored)"
    [site] = export["sites"]
    return failed, site, rows["nav"].detail


def test_judge_counts_the_cron_probes_of_the_window(judged_nav):
    failed, _, detail = judged_nav
    fig = detail["figures"]
    assert (fig["probes"], fig["failed_probes"]) == (TOTAL, failed)
    assert fig["availability_percent"] == round(100 * (TOTAL - failed) / TOTAL, 1)
    assert not detail["thin_evidence"]


def test_five_percent_failed_vetoes_and_less_deducts(judged_nav, truth):
    failed, site, detail = judged_nav
    if failed == 7:  # 7/140 = 5%: the veto line is reached
        assert (site["verdict"], site["score"]) == ("unqualified", None)
        [veto] = site["vetoes"]
        assert veto["rule"] == "availability"
        assert "首页探测共140次，失败7次（5%）" in veto["detail"]
        [evidence] = [v["evidence"] for v in detail["vetoes"]]
        assert len(evidence) == 7 and {e["reason"] for e in evidence} == {"timeout"}
    else:  # 6/140 = 4.3%: no veto, 4 whole percent deducted (1 point each), and the early warning
        assert site["vetoes"] == []
        [d] = [d for d in detail["deductions"] if d["indicator"] == "availability"]
        assert (d["points"], d["count"]) == (4.0, 4)
        assert "首页探测共140次，失败6次（4.3%）" in d["detail"]
        assert site["score"] == pytest.approx(truth["sites"]["nav"]["score"] - 4.0)
        assert site["verdict"] == "qualified"
        assert [w["rule"] for w in detail["warnings"]] == ["availability"]


# ---------------------------------------------------------------- the crawl's own probes

class SlowServer:
    """A homepage that answers after `delay` seconds (its first request after `first_delay`, when given) and links
    to a page just as slow."""

    def __init__(self, ip: str, delay: float, first_delay: float | None = None):
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        asked = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                asked.append(self.path)
                stop.wait(first_delay if first_delay is not None and len(asked) == 1 else delay)
                body = '<html><body><a href="/slow.html">慢页面</a></body></html>'.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        stop = self.stopping = threading.Event()
        self.server = ThreadingHTTPServer((ip, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{ip}:{self.server.server_address[1]}/"

    def __enter__(self) -> SlowServer:
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


def crawl_one(tmp_path, server: SlowServer, extra: dict) -> tuple[str, list[ProbeRecord]]:
    """A crawl of the one site `server` serves (site id "slow"): the store's URL and the site's probes."""
    url = f"sqlite:///{tmp_path / 'govcheck.sqlite'}"
    with server:
        sites = write_sites(tmp_path / "sites.csv", [("slow", server.url, "active")])
        done = run_crawl(sites, url, timeout=60, extra=extra)
    assert done.returncode == 0, done.stderr[-4000:]
    return url, probes(url, "slow")


def test_crawl_probes_wait_the_probe_timeout_not_the_page_timeout(tmp_path):
    # a homepage slower than a page may be is still available: the rule's probe timeout decides
    url, rows = crawl_one(tmp_path, SlowServer("127.0.0.92", delay=1.5), {
        "DOWNLOAD_TIMEOUT": 1, "GOVCHECK_PROBE_TIMEOUT": 4, "GOVCHECK_CRAWL_PROBES": 2,
        "GOVCHECK_CRAWL_PROBE_INTERVAL": 0.2, "RETRY_ENABLED": False, "GOVCHECK_RECHECK_DELAY": 0})
    assert [(p.seq, p.ok, p.http_status) for p in rows] == [(1, True, 200), (2, True, 200)]
    assert all(1.4 <= p.elapsed < 4 for p in rows)
    from govcheck.export import export_run

    engine = make_engine(url)
    try:
        [site] = export_run(engine, latest_run_id(engine))["sites"]
    finally:
        engine.dispose()
    assert [v["rule"] for v in site["vetoes"] if v["rule"] == "availability"] == []
    # an ordinary page as slow is still cut off by the page timeout
    assert [link["category"] for link in site["links"] if link["url"].endswith("/slow.html")] == ["timeout"]


def test_crawl_probes_keep_their_spacing_from_the_first_start_not_from_each_answer(tmp_path):
    # a homepage answering in 1.5 s, probes 1 s apart: they start at 0, 1 and 2 s and are done by about 3.5 s;
    # spaced from each answer instead, the last would end at about 6.5 s
    _, rows = crawl_one(tmp_path, SlowServer("127.0.0.93", delay=1.5), {
        "GOVCHECK_PROBE_TIMEOUT": 4, "GOVCHECK_CRAWL_PROBES": 3, "GOVCHECK_CRAWL_PROBE_INTERVAL": 1.0,
        "RETRY_ENABLED": False})
    assert [(p.seq, p.ok) for p in rows] == [(1, True), (2, True), (3, True)]
    assert (rows[-1].at - rows[0].at).total_seconds() < 3.0


def test_a_homepage_retried_after_a_timeout_keeps_the_probes_spacing_from_its_first_try(tmp_path):
    # the first try times out at 1.5 s and is retried at once (not behind the crawl); the later probes are due 1 s
    # and 2 s after the first try went out, so all three are in by about 2 s; timed from the retry, by about 3.5 s
    _, rows = crawl_one(tmp_path, SlowServer("127.0.0.94", delay=0.0, first_delay=5.0), {
        "GOVCHECK_PROBE_TIMEOUT": 1.5, "GOVCHECK_CRAWL_PROBES": 3, "GOVCHECK_CRAWL_PROBE_INTERVAL": 1.0})
    assert [(p.seq, p.ok) for p in rows] == [(1, True), (2, True), (3, True)]
    assert (rows[-1].at - rows[0].at).total_seconds() < 1.2
