"""Redis lost mid-run by a distributed worker, through a TCP proxy the test cuts: a short outage is waited out
and the run ends complete; a lasting one stops the worker with one error line, exit code 4, the run left open."""

from __future__ import annotations

import re
import socket
import subprocess
import threading
import time

import pytest
import redis
from sqlalchemy import select

from govcheck.demo.server import DemoServer
from govcheck.store.db import make_engine
from govcheck.store.models import Run
from tests.conftest import AS_OF, ROOT
from tests.distributed.helpers import REDIS_URL, crawl_command, keys_left, start, wait_for_run
from tests.distributed.test_worker_killed import SITE, holding, slow_site, wait_until


class Proxy:
    """127.0.0.1:<port> forwarding to the test Redis; cut() drops every connection and refuses new ones."""

    def __init__(self, upstream=("127.0.0.1", 6379)):
        self.upstream = upstream
        self.lock = threading.Lock()
        self.conns: set[socket.socket] = set()
        self.listener = self.listen(0)
        self.port = self.listener.getsockname()[1]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def listen(self, port: int) -> socket.socket:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(64)
        threading.Thread(target=self.accept, args=(sock,), daemon=True).start()
        return sock

    def accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
                server = socket.create_connection(self.upstream)
            except OSError:
                return
            with self.lock:
                self.conns |= {client, server}
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self.pump, args=(src, dst), daemon=True).start()

    def pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self.drop(src, dst)

    def drop(self, *socks: socket.socket) -> None:
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
            with self.lock:
                self.conns.discard(sock)

    def cut(self) -> None:
        self.drop(self.listener)  # shutdown wakes the accepting thread; the port then refuses connections
        with self.lock:
            conns = list(self.conns)
        self.drop(*conns)

    def restore(self) -> None:
        self.listener = self.listen(self.port)


@pytest.fixture
def proxy():
    p = Proxy()
    yield p
    p.cut()


def run_status(db_url: str, run_id: int) -> str:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(Run.status).where(Run.id == run_id)).scalar_one()
    finally:
        engine.dispose()


def crawl_through(proxy: Proxy, ca, tmp_path, patience: float, outage: float | None):
    """One worker on the proxy, cut once it holds requests in flight; restored after `outage` seconds (None: never).
    (run id, exit code, log, database URL)."""
    db_url = f"sqlite:///{tmp_path / 'outage.sqlite'}"
    engine = make_engine(db_url)
    direct = redis.Redis.from_url(REDIS_URL)
    extra = {"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": proxy.url, "GOVCHECK_REDIS_PATIENCE": patience}
    with DemoServer(AS_OF, port=0) as demo:
        slow_site(demo, SITE, 0.3)
        sites = demo.write_site_list(tmp_path / "sites.csv")
        worker = start(crawl_command(sites, db_url, ca, extra, args={"site": SITE}), tmp_path / "worker.log")
        try:
            run_id = wait_for_run(engine, worker)
            wait_until(lambda: holding(direct, run_id, worker.pid), worker, 30, "requests in flight")
            proxy.cut()
            if outage is not None:
                time.sleep(outage)
                proxy.restore()
            code = worker.wait(timeout=40)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
            engine.dispose()
    return run_id, code, (tmp_path / "worker.log").read_text(), db_url


def test_a_lasting_outage_stops_the_worker_with_one_error_and_the_run_open(proxy, ca, tmp_path):
    run_id, code, log, db_url = crawl_through(proxy, ca, tmp_path, patience=2, outage=None)
    direct = redis.Redis.from_url(REDIS_URL)
    engine = make_engine(db_url)
    try:
        assert code == 4, log[-3000:]
        redis_errors = [line for line in log.splitlines() if "ERROR" in line and "Redis" in line]
        assert len(redis_errors) == 1 and "this worker stops" in redis_errors[0], redis_errors
        assert "Traceback" not in log
        assert "Closing spider (redis_error)" in log
        assert run_status(db_url, run_id) == "running"
        # what it had taken stays in Redis, for another worker once its heartbeat lapses
        left = [k for k in keys_left(direct, engine, run_id) if re.search(r":(requests|inflight:.*)$", k)]
        assert sum(direct.zcard(k) for k in left) > 0
    finally:
        if keys := keys_left(direct, engine, run_id):
            direct.delete(*keys)
        engine.dispose()


def test_a_short_outage_is_waited_out_and_the_run_ends_complete(proxy, ca, tmp_path):
    run_id, code, log, db_url = crawl_through(proxy, ca, tmp_path, patience=15, outage=2)
    assert code == 0, log[-3000:]
    assert "Redis unreachable" in log and "Redis reachable again" in log
    assert "Traceback" not in log
    assert run_status(db_url, run_id) == "complete"
    engine = make_engine(db_url)
    assert keys_left(redis.Redis.from_url(REDIS_URL), engine, run_id) == []
    engine.dispose()


def test_redis_unreachable_at_start_stops_the_worker_before_any_run_exists(proxy, ca, tmp_path):
    proxy.cut()
    db = tmp_path / "start.sqlite"
    extra = {"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": proxy.url, "GOVCHECK_REDIS_PATIENCE": 1}
    with DemoServer(AS_OF, port=0) as demo:
        sites = demo.write_site_list(tmp_path / "sites.csv")
        done = subprocess.run(crawl_command(sites, f"sqlite:///{db}", ca, extra, args={"site": SITE}), cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 4, done.stderr[-3000:]
    assert [line for line in done.stderr.splitlines() if "] ERROR:" in line] == [
        line for line in done.stderr.splitlines() if "Redis unreachable for" in line and "this worker stops" in line]
    assert "Traceback" not in done.stderr
    if db.exists():
        with make_engine(f"sqlite:///{db}").connect() as conn:
            assert conn.execute(select(Run.id)).all() == []
