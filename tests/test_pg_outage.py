"""PostgreSQL lost in the middle of a crawl, through a TCP proxy the test cuts: a short outage is waited out and the
run ends complete with nothing lost or doubled; a lasting one stops the crawl with one clear line, a non-zero exit
and the run left open, and so does one that begins before the run is finished."""

from __future__ import annotations

import select as io
import socket
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from govcheck.export import export_run
from govcheck.store.models import Column, LinkCheck, LinkOccurrence, Page, ProbeRecord, Problem, Run, RunSite
from tests.conftest import PG_URL, pg_schema_url, run_crawl
from tests.test_store_faults import SECRET, error_lines

RETRY_SECONDS = 3  # the tests' store retry window (GOVCHECK_DB_RETRY_SECONDS)


class Proxy:
    """Forwards 127.0.0.1:<port> to the PostgreSQL server. cut() closes every connection and refuses new ones
    (nothing listens on the port); resume() listens again on the same port."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.threads: list[threading.Thread] = []
        self.stopping = threading.Event()

    def resume(self) -> None:
        self.stopping.clear()
        listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR: the port is ours again
        listener.settimeout(0.1)
        self._spawn(self._accept, listener)

    def cut(self) -> None:
        self.stopping.set()
        for t in self.threads:
            t.join(5)
        self.threads = [t for t in self.threads if t.is_alive()]
        assert not self.threads, "proxy threads did not stop"

    def _spawn(self, target, *args) -> None:
        t = threading.Thread(target=target, args=args, daemon=True)
        self.threads.append(t)
        t.start()

    def _accept(self, listener: socket.socket) -> None:
        with listener:
            while not self.stopping.is_set():
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                try:
                    server = socket.create_connection(self.upstream, timeout=5)
                except OSError:
                    client.close()
                    continue
                for s in (client, server):
                    s.settimeout(5)
                    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as libpq: no Nagle delay per message
                self._spawn(self._pipe, client, server)

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        """Both directions of one connection, until either side or cut() ends it."""
        other = {a: b, b: a}
        with a, b:
            while not self.stopping.is_set():
                readable, _, _ = io.select([a, b], [], [], 0.1)
                for src in readable:
                    try:
                        data = src.recv(65536)
                        if not data:
                            return
                        other[src].sendall(data)
                    except OSError:
                        return


@contextmanager
def pg_proxy():
    url = make_url(PG_URL)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.resume()
    try:
        yield proxy
    finally:
        proxy.cut()


@pytest.fixture
def pg_schema():
    """A fresh schema: (direct URL, URL through a proxy port to fill in, with a password that must stay secret)."""
    with pg_schema_url() as direct_url:
        options = direct_url[len(PG_URL):]
        proxied = make_url(PG_URL).set(password=SECRET, host="127.0.0.1", port=0).render_as_string(hide_password=False)
        direct = create_engine(direct_url)
        yield direct, proxied.replace(":0/", ":{port}/") + options
        direct.dispose()


def wait_until(condition, crawl, timeout: float = 30) -> None:
    """Polls `condition()` while the crawl runs; fails if the crawl ends first."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert not crawl.done(), "the crawl ended before the outage: " + crawl.result().stderr[-2000:]
        assert time.monotonic() < deadline, "the crawl never got that far"
        time.sleep(0.05)


def scalar(engine, query):
    with engine.connect() as conn:
        return conn.execute(query).scalar()


def started(engine) -> bool:
    try:
        return scalar(engine, select(func.count()).select_from(Run)) > 0
    except ProgrammingError:  # no table yet: the crawl's migration creates the schema
        return False


def pages_stored(engine) -> int:
    return scalar(engine, select(func.count()).select_from(Page)) if started(engine) else 0


def site_rows(engine, run_id: int, site: str = "qx") -> dict:
    """What one run stored for one site, comparable between runs."""
    def count(model):
        return scalar(engine, select(func.count()).select_from(model).where(model.run_id == run_id,
                                                                          model.site_id == site))

    with engine.connect() as conn:
        targets = select(LinkOccurrence.target_url).where(LinkOccurrence.run_id == run_id,
                                                          LinkOccurrence.site_id == site)
        checks = set(conn.execute(select(LinkCheck.url, LinkCheck.verdict, LinkCheck.category).where(
            LinkCheck.run_id == run_id, LinkCheck.url.in_(targets))).all())
        problems = set(conn.execute(select(Problem.kind, Problem.key).where(Problem.run_id == run_id,
                                                                            Problem.site_id == site)).all())
    return {"pages": count(Page), "links": count(LinkOccurrence), "columns": count(Column),
            "run_sites": count(RunSite), "checks": checks, "problems": problems}


def crawl(sites_csv, url, site: str, **extra) -> Future:
    """`scrapy crawl` of one demo site in the background."""
    settings = {"GOVCHECK_DB_RETRY_SECONDS": RETRY_SECONDS, **extra}
    pool = ThreadPoolExecutor(1)
    running = pool.submit(run_crawl, sites_csv, url, args={"site": site}, extra=settings, timeout=60)
    pool.shutdown(wait=False)  # its thread ends with the crawl
    return running


def test_short_outage_is_waited_out(pg_schema, demo_sites_csv, demo_ca, sqlite_audit, truth):
    direct, proxied = pg_schema
    with pg_proxy() as proxy:
        # the window outlasts the outage and the backoff steps after it
        running = crawl(demo_sites_csv, proxied.format(port=proxy.port), "qx", GOVCHECK_DB_BATCH=20,
                        GOVCHECK_CA_BUNDLE=demo_ca, GOVCHECK_DB_RETRY_SECONDS=15)
        wait_until(lambda: pages_stored(direct) >= 10, running)
        proxy.cut()
        stored_at_cut = pages_stored(direct)
        time.sleep(2)
        proxy.resume()
        done = running.result()
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    assert "store unavailable" in log and "store available again" in log, log[-3000:]  # the outage was met
    assert "Traceback" not in log and not [line for line in error_lines(log) if "store" in line]
    run_id = scalar(direct, select(Run.id))
    assert scalar(direct, select(Run.status)) == "complete"
    got = site_rows(direct, run_id)
    assert stored_at_cut < got["pages"]  # cut in the middle of the crawl
    ref_engine, ref_run, _, _ = sqlite_audit
    assert got == site_rows(ref_engine, ref_run)  # nothing lost
    with direct.connect() as conn:  # a batch replayed after the outage doubles no probe (their key has seq)
        probes = conn.execute(select(ProbeRecord.site_id, ProbeRecord.at, func.count()).where(
            ProbeRecord.run_id == run_id).group_by(ProbeRecord.site_id, ProbeRecord.at)).all()
    assert probes and all(n == 1 for *_, n in probes)
    qx, want = next(s for s in export_run(direct, run_id)["sites"] if s["site_id"] == "qx"), truth["sites"]["qx"]
    assert qx["verdict"] == want["verdict"]
    assert qx["score"] == (None if want["score"] is None else pytest.approx(want["score"], abs=0.05))


def assert_stopped_on_the_store(done, direct, port: int) -> None:
    """One clear error line naming the store (password hidden), the store_error exit code, the run left open."""
    log = done.stdout + done.stderr
    assert "Traceback" not in log and "Error processing" not in log, log[-3000:]
    assert SECRET not in log
    errors = [line for line in error_lines(log) if "store" in line]
    assert len(errors) == 1, errors or log[-3000:]
    assert f":***@127.0.0.1:{port}/" in errors[0] and "not complete" in errors[0], errors
    assert done.returncode == 3, log[-3000:]
    assert scalar(direct, select(Run.status)) == "running"


def test_lasting_outage_stops_the_crawl(pg_schema, demo_sites_csv):
    direct, proxied = pg_schema
    with pg_proxy() as proxy:
        running = crawl(demo_sites_csv, proxied.format(port=proxy.port), "qx", GOVCHECK_DB_BATCH=20)
        wait_until(lambda: pages_stored(direct) >= 10, running)
        proxy.cut()
        cut_at = time.monotonic()
        done = running.result()
        stopped_after = time.monotonic() - cut_at
    assert_stopped_on_the_store(done, direct, proxy.port)
    assert "Spider closed (store_error)" in done.stderr
    # the retry window, then the requests in flight (DOWNLOAD_TIMEOUT 4 s) and the process's exit
    assert stopped_after < RETRY_SECONDS + 12, stopped_after
    assert pages_stored(direct) >= 10  # rows committed before the outage stay


def test_outage_while_the_run_is_finished(pg_schema, demo_sites_csv):
    """Rows are held until the crawl ends, and the store is gone by then: the run is not finished, the exit
    code says so."""
    direct, proxied = pg_schema
    with pg_proxy() as proxy:
        running = crawl(demo_sites_csv, proxied.format(port=proxy.port), "jyj", GOVCHECK_DB_BATCH=100000,
                        GOVCHECK_DB_FLUSH_SECONDS=3600)
        wait_until(lambda: started(direct), running)
        time.sleep(1)  # past the spider's opening, which reads the run back
        proxy.cut()
        done = running.result()
    assert_stopped_on_the_store(done, direct, proxy.port)
    assert pages_stored(direct) == 0
