"""A distributed worker SIGKILLed mid-crawl: the requests it had taken go back to the queue once its heartbeat
lapses, the homepage probes it had planned are made by the other, and the surviving worker's run equals a single
process's. And a first worker killed before it seeded the run: a worker that joins seeds it."""

from __future__ import annotations

import dataclasses
import re
import threading
import time

import pytest
import redis
from sqlalchemy import create_engine, select

from govcheck.demo.server import DemoServer
from govcheck.distributed.keys import run_keys
from govcheck.export import export_run
from govcheck.store.db import make_engine
from govcheck.store.models import ProbeRecord
from govcheck.store.read import latest_run_id
from tests.conftest import AS_OF, pg_schema_url, run_crawl, wait_or_kill
from tests.distributed.helpers import (
    REDIS_URL,
    comparable,
    crawl_command,
    differences,
    keys_left,
    row_counts,
    same_ports,
    start,
    wait_for_run,
)

SITE = "wjw"  # a small portal: about ninety requests
# Three homepage probes a second apart (the demo's): the later two wait in Redis while the crawl goes on.
SETTINGS = {"GOVCHECK_CRAWL_PROBES": 3}


class Slow:
    """A demo host whose every answer waits: a crawl long enough to act on in its middle."""

    def __init__(self, host, seconds: float):
        self.host, self.seconds = host, seconds

    def respond(self, req):
        return dataclasses.replace(self.host.respond(req), delay=self.seconds)


class Held:
    """A demo host that holds every answer for `seconds` (under the download timeout) until released: however slowly
    worker two starts, worker one is still crawling, with requests in flight, when it has joined."""

    def __init__(self, host, seconds: float):
        self.host, self.seconds = host, seconds
        self.released = threading.Event()

    def respond(self, req):
        self.released.wait(self.seconds)
        return self.host.respond(req)


def slow_site(server: DemoServer, site_id: str, seconds: float, wrapper=Slow):
    ip = re.match(r"https?://([\d.]+)", server.urls[site_id]).group(1)
    for srv in server._servers:
        if srv.server_address[0] == ip:
            srv.host = wrapper(srv.host, seconds)
            return srv.host
    raise AssertionError(f"no demo server for {site_id}")


@pytest.fixture(scope="module")
def single(ca, tmp_path_factory):
    """The site audited by one process: (export, row counts)."""
    tmp = tmp_path_factory.mktemp("single")
    url = f"sqlite:///{tmp / 'single.sqlite'}"
    with DemoServer(AS_OF, port=0) as server:
        server.write_site_list(tmp / "sites.csv")
        done = run_crawl(tmp / "sites.csv", url, args={"site": SITE},
                         extra={"GOVCHECK_CA_BUNDLE": str(ca), **SETTINGS})
    assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(url)
    run_id = latest_run_id(engine)
    yield export_run(engine, run_id), row_counts(engine, run_id)
    engine.dispose()


def worker_key(server: redis.Redis, run_id: int, pid: int, kind: str) -> str | None:
    """The run's key naming worker `pid`: its in-flight set ("inflight"), or the heartbeats once it beats ("alive")."""
    for key in run_keys(server, run_id):
        if kind == "inflight" and re.search(rf":inflight:[^:]+:{pid}:", key):
            return key
        if kind == "alive" and key.endswith(":alive") and any(f":{pid}:" in w.decode() for w in server.hkeys(key)):
            return key
    return None


def holding(server: redis.Redis, run_id: int, pid: int) -> str | None:
    """Worker `pid`'s in-flight set, once it holds at least two requests."""
    key = worker_key(server, run_id, pid, "inflight")
    return key if key and server.zcard(key) >= 2 else None


def wait_until(check, proc, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the worker stopped before {what}"
        result = check()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def killed(ca, fresh_pg, tmp_path_factory):
    """Worker one starts the run, worker two joins, worker one is SIGKILLed while it holds requests in flight:
    (run id, engine, requests it held, worker two's exit code and log)."""
    url, engine = fresh_pg
    tmp = tmp_path_factory.mktemp("killed")
    server = redis.Redis.from_url(REDIS_URL)
    extra = {"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": REDIS_URL, "GOVCHECK_WORKER_TIMEOUT": 4, **SETTINGS}
    procs = []
    with DemoServer(AS_OF, port=0) as demo:
        held = slow_site(demo, SITE, 2.5, wrapper=Held)
        sites = demo.write_site_list(tmp / "sites.csv")
        try:
            first = start(crawl_command(sites, url, ca, extra, args={"site": SITE}), tmp / "first.log")
            procs.append(first)
            run_id = wait_for_run(engine, first)
            second = start(crawl_command(sites, url, ca, extra, args={"site": SITE, "run": run_id}),
                           tmp / "second.log")
            procs.append(second)
            wait_until(lambda: worker_key(server, run_id, second.pid, "alive"), first, 30, "worker two joined")
            key = wait_until(lambda: holding(server, run_id, first.pid), first, 10, "worker one held requests")
            first.kill()  # SIGKILL
            first.wait()
            held.released.set()
            taken = server.zcard(key)
            code = second.wait(timeout=60)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    return run_id, engine, taken, code, (tmp / "second.log").read_text()


def test_the_killed_workers_requests_are_queued_again(killed):
    _, _, taken, code, log = killed
    assert taken >= 2
    assert code == 0, log[-3000:]
    reaped = [int(n) for n in re.findall(r"(\d+) requests in flight on workers whose heartbeat lapsed", log)]
    assert sum(reaped) == taken


def test_the_run_equals_a_single_process_run(killed, single):
    run_id, engine, _, _, _ = killed
    single_export, single_counts = single
    got = export_run(engine, run_id)
    assert got["run"]["status"] == "complete"
    assert differences(same_ports(comparable(got)), same_ports(comparable(single_export))) == []
    assert row_counts(engine, run_id) == single_counts  # nothing stored twice, nothing missing


def test_no_key_of_the_run_is_left_in_redis(killed):
    run_id, engine = killed[:2]
    assert keys_left(redis.Redis.from_url(REDIS_URL), engine, run_id) == []


def test_the_probes_worker_one_planned_are_made(killed):
    run_id, engine = killed[:2]
    with engine.connect() as conn:
        seqs = conn.execute(select(ProbeRecord.seq).where(ProbeRecord.run_id == run_id,
                                                          ProbeRecord.source == "crawl")).scalars().all()
    assert sorted(seqs) == [1, 2, 3]


@pytest.fixture(scope="module")
def killed_before_seeding(ca, tmp_path_factory):
    """Worker one creates the run and is SIGKILLed at once, before or while it seeds; worker two joins it:
    (run id, engine, the homepages worker one had queued, worker two's exit code and log)."""
    with pg_schema_url("govcheck_unseeded") as url:
        engine = create_engine(url)
        try:
            yield unseeded_run(ca, url, engine, tmp_path_factory)
        finally:
            engine.dispose()


def unseeded_run(ca, url, engine, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unseeded")
    server = redis.Redis.from_url(REDIS_URL)
    extra = {"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": REDIS_URL, "GOVCHECK_WORKER_TIMEOUT": 4, **SETTINGS}
    with DemoServer(AS_OF, port=0) as demo:
        sites = demo.write_site_list(tmp / "sites.csv")
        first = start(crawl_command(sites, url, ca, extra, args={"site": SITE}), tmp / "first.log")
        try:
            run_id = wait_for_run(engine, first, poll=0.005)
        finally:
            first.kill()
            first.wait()
        queued = sum(server.zcard(k) for k in run_keys(server, run_id) if k.endswith(":requests"))
        second = start(crawl_command(sites, url, ca, extra, args={"site": SITE, "run": run_id}), tmp / "second.log")
        code = wait_or_kill(second, 60)
    return run_id, engine, queued, code, (tmp / "second.log").read_text()


def test_a_run_whose_first_worker_died_seeding_is_seeded_by_the_next(killed_before_seeding, single):
    run_id, engine, queued, code, log = killed_before_seeding
    assert queued == 0  # worker one had shared nothing
    assert code == 0, log[-3000:]
    single_export, single_counts = single
    got = export_run(engine, run_id)
    assert got["run"]["status"] == "complete"
    assert differences(same_ports(comparable(got)), same_ports(comparable(single_export))) == []
    assert row_counts(engine, run_id) == single_counts
    assert keys_left(redis.Redis.from_url(REDIS_URL), engine, run_id) == []
