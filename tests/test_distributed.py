"""Distributed mode: two `scrapy crawl portal` workers share one run through Redis and one PostgreSQL database."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import redis
from sqlalchemy import create_engine, func, select

from govcheck.demo.settings import DEMO_SETTINGS
from govcheck.distributed.keys import ENQUEUE_SCRIPT, HEARTBEAT_SCRIPT, IDLE_SCRIPT, LEAVE_SCRIPT, POP_SCRIPT, RunKeys
from govcheck.distributed.scheduler import DUE_SCORE
from govcheck.export import export_run
from govcheck.store.models import Column as ColumnRow
from govcheck.store.models import Judgement, LinkCheck, LinkOccurrence, Page, ProbeRecord, Run
from tests.conftest import AS_OF, ROOT, pg_schema_url, run_crawl, scrapy_args

REDIS_URL = "redis://127.0.0.1:6379/0"
TABLES = {"pages": Page, "link_checks": LinkCheck, "link_occurrences": LinkOccurrence, "columns": ColumnRow,
          "probes": ProbeRecord}


# --- helpers shared with test_resume.py ---

def crawl_command(sites_csv: Path, db_url: str, ca: Path, extra: dict | None = None,
                  args: dict | None = None) -> list[str]:
    """The `scrapy crawl portal` command line run_crawl() builds, for a process the test controls."""
    settings = {**DEMO_SETTINGS, "GOVCHECK_DATABASE_URL": db_url, "GOVCHECK_PROGRESS_INTERVAL": 0,
                "GOVCHECK_CA_BUNDLE": str(ca), **(extra or {})}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites_csv}", "-a", f"as_of={AS_OF}"]
    for k, v in (args or {}).items():
        cmd += ["-a", f"{k}={v}"]
    return cmd + scrapy_args(settings)


def start(cmd: list[str], log: Path) -> subprocess.Popen:
    with log.open("w") as stderr:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def crawl_stats(log: str) -> dict[str, int]:
    """The integer stats of the "Dumping Scrapy stats" block of a crawl's log."""
    block = log[log.rindex("Dumping Scrapy stats"):]
    return {k: int(v) for k, v in re.findall(r"'([^']+)': (\d+)[,}]", block)}


def first_attempts(log: str) -> int:
    """Requests sent minus Scrapy's retries: each distinct fetch counted once, however often a timeout repeated it."""
    s = crawl_stats(log)
    return s["downloader/request_count"] - s.get("retry/count", 0)


def row_counts(engine, run_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(model).where(model.run_id == run_id)).scalar_one()
                for name, model in TABLES.items()}


def comparable(export: dict) -> dict:
    """An export without what differs between two equal runs: run id and times, row order, and the order of
    names inside a sentence (a deduction lists stale columns in the order the crawl met them)."""

    def text_bag(s):
        return "".join(sorted(s or ""))

    sites = []
    for s in export["sites"]:
        s = dict(s)
        s["links"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s["links"])
        s["columns"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s["columns"])
        s["vetoes"] = sorted((v["rule"], text_bag(v["detail"])) for v in s["vetoes"])
        s["deductions"] = sorted((d["indicator"], d["points"], d["count"], text_bag(d["detail"]))
                                 for d in s["deductions"])
        sites.append(s)
    return {"summary": export["summary"], "sites": sites}


def differences(got: dict, want: dict) -> list[str]:
    """What two comparable exports disagree on, site by site and field by field (empty when equal)."""
    out = [f"summary: {got['summary']} != {want['summary']}"] if got["summary"] != want["summary"] else []
    for g, w in zip(got["sites"], want["sites"], strict=False):
        for key in sorted(set(g) | set(w)):
            a, b = g.get(key), w.get(key)
            if a == b:
                continue
            if isinstance(a, list) and isinstance(b, list):
                extra, missing = [x for x in a if x not in b], [x for x in b if x not in a]
                out.append(f"{g['site_id']}.{key}: extra {extra}, missing {missing}")
            else:
                out.append(f"{g['site_id']}.{key}: {a!r} != {b!r}")
    if [s["site_id"] for s in got["sites"]] != [s["site_id"] for s in want["sites"]]:
        out.append("the sites differ")
    return out


# --- two workers ---

@pytest.fixture(scope="module")
def fresh_pg():
    """A schema of its own: the run must be the first complete one in its database, as sqlite_audit's is
    (a previous run would confirm failures and lend problems their first-seen run)."""
    with pg_schema_url("govcheck_dist") as url:
        engine = create_engine(url)
        yield url, engine
        engine.dispose()


def wait_for_run(engine, proc, timeout: float = 30, poll: float = 0.1) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the first worker stopped before creating its run"
        try:
            with engine.connect() as conn:
                run_id = conn.execute(select(func.max(Run.id))).scalar_one()
            if run_id is not None:
                return run_id
        except Exception:  # the schema is being created by the worker's migration
            pass
        time.sleep(poll)
    raise AssertionError("no run was created")


def keys_left(server, engine, run_id: int) -> list[str]:
    """The keys of this run still in Redis (other runs of the same id, from other databases, have other stamps)."""
    with engine.connect() as conn:
        keys = RunKeys(run_id, conn.execute(select(Run.started_at).where(Run.id == run_id)).scalar_one())
    found = [k for k in keys.all() if server.exists(k)]
    for prefix in (keys.inflight_prefix, keys.journal_prefix):
        found += server.scan_iter(match=prefix + "*")
    return sorted(k.decode() if isinstance(k, bytes) else k for k in found)


def same_ports(data: dict) -> dict:
    """Two demo servers differ only in their port."""
    return json.loads(re.sub(r"(127\.0\.0\.\d+):\d+", r"\1:PORT", json.dumps(data, ensure_ascii=False)))


@pytest.fixture(scope="module")
def ca(tmp_path_factory) -> Path:
    from govcheck.demo.tlscerts import ca_pem

    path = tmp_path_factory.mktemp("ca") / "demo-ca.pem"
    path.write_bytes(ca_pem())
    return path


@pytest.fixture(scope="module")
def reference(ca, tmp_path_factory):
    """One process over fresh demo portals (some answer differently the second time they are asked):
    (export, row counts, requests the portals received)."""
    from govcheck.demo.server import DemoServer
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    tmp = tmp_path_factory.mktemp("reference")
    url = f"sqlite:///{tmp / 'single.sqlite'}"
    with DemoServer(AS_OF, port=0) as server:
        server.write_site_list(tmp / "sites.csv")
        done = run_crawl(tmp / "sites.csv", url, extra={"GOVCHECK_CA_BUNDLE": str(ca)})
        hits = Counter(server.hits)
    assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(url)
    run_id = latest_run_id(engine)
    yield export_run(engine, run_id), row_counts(engine, run_id), hits
    engine.dispose()


@pytest.fixture(scope="module")
def two_workers(ca, fresh_pg, tmp_path_factory):
    """Two worker processes over other fresh demo portals: (run id, engine, worker logs, requests received)."""
    from govcheck.demo.server import DemoServer

    url, engine = fresh_pg
    tmp = tmp_path_factory.mktemp("workers")
    extra = {"GOVCHECK_DISTRIBUTED": 1, "GOVCHECK_REDIS_URL": REDIS_URL}
    with DemoServer(AS_OF, port=0) as server:
        sites = tmp / "sites.csv"
        server.write_site_list(sites)
        first = start(crawl_command(sites, url, ca, extra), tmp / "first.log")
        run_id = wait_for_run(engine, first)
        second = start(crawl_command(sites, url, ca, extra, args={"run": run_id}), tmp / "second.log")
        codes = [p.wait(timeout=120) for p in (first, second)]
        hits = Counter(server.hits)
    logs = [(tmp / name).read_text() for name in ("first.log", "second.log")]
    assert codes == [0, 0], [log[-3000:] for log in logs]
    return run_id, engine, logs, hits


def test_each_worker_does_a_real_share(two_workers):
    _, _, logs, _ = two_workers
    shares = [first_attempts(log) for log in logs]
    assert min(shares) >= 0.2 * sum(shares), shares


def test_stored_result_equals_a_single_process_run(two_workers, reference):
    run_id, engine, _, _ = two_workers
    single_export, _, _ = reference
    got = export_run(engine, run_id)
    assert got["run"]["status"] == "complete"
    assert differences(same_ports(comparable(got)), same_ports(comparable(single_export))) == []


def without_failed_connections(hits: Counter, engine, run_id: int) -> Counter:
    """Requests received, less those to URLs that answered nothing (reset, timeout): how often Scrapy retried
    those depends on timing, in one process as in two."""
    with engine.connect() as conn:
        urls = conn.execute(select(LinkCheck.url).where(LinkCheck.run_id == run_id,
                                                        LinkCheck.failure.in_(("connection_reset", "timeout"))))
        failed = {(parts.hostname, parts.path) for parts in map(urlsplit, urls.scalars())}
    return Counter({key: n for key, n in hits.items() if (key[1], key[2].split("?")[0]) not in failed})


def test_no_url_fetched_twice_across_workers(two_workers, reference):
    """The portals received exactly the requests one process makes (each URL once, bar retries and probes)."""
    run_id, engine, _, hits = two_workers
    _, single_counts, single_hits = reference
    assert set(hits) == set(single_hits)
    assert without_failed_connections(hits, engine, run_id) == without_failed_connections(single_hits, engine, run_id)
    assert row_counts(engine, run_id) == single_counts


def test_the_run_is_finished_once(two_workers):
    run_id, engine, logs, _ = two_workers
    assert sum("this worker finishes it" in log for log in logs) == 1
    with engine.connect() as conn:
        judged = conn.execute(select(func.count()).select_from(Judgement).where(Judgement.run_id == run_id))
        assert judged.scalar_one() == 1


def test_redis_keys_of_the_run_are_deleted(two_workers):
    run_id, engine, _, _ = two_workers
    assert keys_left(redis.Redis.from_url(REDIS_URL), engine, run_id) == []


def start_output(spider) -> list:
    """What the spider's start() yields (it awaits nothing, so no event loop is needed)."""
    out, agen = [], spider.start()
    while True:
        try:
            agen.__anext__().send(None)
        except StopIteration as step:
            out.append(step.value)
        except StopAsyncIteration:
            return out


@pytest.mark.parametrize("args", [{}, {"run": "7"}])
def test_every_worker_seeds_the_run_and_counts_no_homepage_itself(demo_sites_csv, args):
    """A joining worker seeds too, so a first worker killed while seeding leaves no site behind; each homepage's
    page count travels with its request, for the shared queue to add once (see the enqueue script test)."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from govcheck.items import SiteItem
    from govcheck.spiders.portal import PortalSpider

    crawler = get_crawler(PortalSpider, {"GOVCHECK_DISTRIBUTED": True})
    spider = PortalSpider.from_crawler(crawler, sites=str(demo_sites_csv), **args)
    out = start_output(spider)
    assert [i.site_id for i in out if isinstance(i, SiteItem)] == [s.site_id for s in spider.all_sites]
    homepages = [r for r in out if isinstance(r, Request)]
    assert [r.url for r in homepages] == [s.url for s in spider.sites]
    assert [r.meta["seed_counts"] for r in homepages] == [s.site_id for s in spider.sites]
    assert not spider.pages_per_site and not spider.per_pattern


def test_a_homepage_seeded_by_two_workers_is_queued_and_counted_once(keys):
    server, k = keys
    enqueue = server.register_script(ENQUEUE_SCRIPT)
    queue_keys = [k.dupefilter, k.requests, k.pages]
    args = ["fp-home", -100.5, b"home request", 1, "site-a"]
    assert [enqueue(keys=queue_keys, args=args) for _ in ("worker one", "worker two")] == [1, 0]
    assert server.zcard(k.requests) == 1
    assert server.hget(k.pages, "site-a") == b"1"
    # a request that is not a seed counts nothing here (its callback counted it)
    assert enqueue(keys=queue_keys, args=["fp-page", 0.5, b"page request", 1, ""]) == 1
    assert server.hget(k.pages, "site-a") == b"1"


def test_a_worker_takes_a_batch_in_queue_order_into_its_in_flight_set(keys):
    server, k = keys
    server.zadd(k.requests, {f"r{n}".encode(): n for n in range(10)})
    taken = server.register_script(POP_SCRIPT)(keys=[k.requests, k.idle, k.alive, k.inflight("a"), k.delayed,
                                                     k.delayed_requests], args=["a", 60, DUE_SCORE, 8])
    assert taken == [f"r{n}".encode() for n in range(8)]
    assert server.zrange(k.inflight("a"), 0, -1) == taken  # held in Redis, not only in the worker's memory
    assert server.zrange(k.requests, 0, -1) == [b"r8", b"r9"]


def test_a_delayed_request_is_queued_when_due_ahead_of_the_rest_and_keeps_the_run_open(keys):
    server, k = keys
    server.zadd(k.requests, {b"ordinary": 0.5})
    now = server.time()
    server.hset(k.delayed_requests, "t1", b"probe two")
    server.zadd(k.delayed, {"t1": now[0] + now[1] / 1e6 + 1.0})
    assert pop(server, k, "a") == b"ordinary"  # not due yet
    assert pop(server, k, "a") is None
    assert idle(server, k, "a") == 0  # a probe still to come: the run is not over
    time.sleep(1.1)
    server.zadd(k.requests, {b"later ordinary": 0.5})
    assert pop(server, k, "a") == b"probe two"  # due: ahead of everything queued
    assert server.zcard(k.delayed) == 0 and server.hlen(k.delayed_requests) == 0


# --- the idle protocol alone, against Redis ---

@pytest.fixture
def keys():
    server = redis.Redis.from_url(REDIS_URL)
    k = RunKeys(10**9, uuid.uuid4().hex)
    yield server, k
    server.delete(*k.all(), *(key for prefix in (k.inflight_prefix, k.journal_prefix)
                               for key in server.scan_iter(match=prefix + "*")))


def idle(server, k, worker, timeout=60) -> int:
    """The idle script's verdict: 1 this worker finishes, 2 another did, 0 not yet."""
    return run_script(server, k, IDLE_SCRIPT, worker, timeout, extra=[k.done, k.inflight(worker), k.delayed])[0]


def run_script(server, k, script, worker, timeout=60, extra=()):
    return server.register_script(script)(keys=[k.alive, k.idle, k.requests, *extra],
                                          args=[worker, timeout, k.inflight_prefix, k.journal_prefix])


def pop(server, k, worker):
    taken = server.register_script(POP_SCRIPT)(keys=[k.requests, k.idle, k.alive, k.inflight(worker), k.delayed,
                                                     k.delayed_requests], args=[worker, 60, DUE_SCORE, 1])
    return taken[0] if taken else None


def test_a_busy_worker_keeps_the_run_open(keys):
    server, k = keys
    run_script(server, k, HEARTBEAT_SCRIPT, "busy")
    assert idle(server, k, "a") == 0
    server.hdel(k.alive, "busy")
    assert idle(server, k, "a") == 1  # alone now: it finishes
    assert idle(server, k, "b") == 2  # and nobody else does


def test_queued_work_keeps_the_run_open(keys):
    server, k = keys
    server.zadd(k.requests, {b"request": 0})
    assert idle(server, k, "a") == 0


def test_a_worker_whose_heartbeat_lapsed_does_not_block_the_end(keys):
    server, k = keys
    server.hset(k.alive, "killed", 0)  # its deadline passed long ago
    assert idle(server, k, "a") == 1
    assert server.hkeys(k.alive) == [b"a"]


def test_a_taken_request_waits_in_the_takers_in_flight_set(keys):
    server, k = keys
    server.zadd(k.requests, {b"home": -100, b"page": 0})
    server.sadd(k.idle, "a")
    assert pop(server, k, "a") == b"home"
    assert server.zrange(k.requests, 0, -1) == [b"page"]
    assert server.zrange(k.inflight("a"), 0, -1, withscores=True) == [(b"home", -100.0)]
    assert not server.sismember(k.idle, "a") and server.hexists(k.alive, "a")


def test_requests_in_flight_on_a_lapsed_worker_are_queued_again_before_the_run_can_end(keys):
    server, k = keys
    server.zadd(k.requests, {b"home": -100})
    pop(server, k, "killed")
    server.hset(k.alive, "killed", 0)  # then its heartbeat lapsed
    state, reaped, _ = run_script(server, k, IDLE_SCRIPT, "a", extra=[k.done, k.inflight("a")])
    assert (state, reaped) == (0, 1)
    assert server.zrange(k.requests, 0, -1, withscores=True) == [(b"home", -100.0)]
    assert not server.exists(k.inflight("killed"))


def test_what_a_lapsed_worker_marked_for_its_unfinished_requests_is_undone(keys):
    """Its page may have marked links requested and counted pages whose requests and rows never left it."""
    server, k = keys
    server.sadd(k.requested, "http://before/", "http://marked/")
    server.hset(k.pages, "wjw", 7)
    server.zadd(k.journal("killed"), {json.dumps(["SREM", k.requested, "http://marked/", 1]): 3,
                                      json.dumps(["HINCRBY", k.pages, "wjw", -1, 2]): 3,
                                      json.dumps(["HINCRBY", k.pages, "wjw", -1, 3]): 4})
    server.hset(k.alive, "killed", 0)
    run_script(server, k, HEARTBEAT_SCRIPT, "busy")
    assert server.smembers(k.requested) == {b"http://before/"}
    assert server.hget(k.pages, "wjw") == b"5"
    assert not server.exists(k.journal("killed"))


def test_a_flush_sends_one_sadd_per_request_and_set_and_sums_its_increments():
    from govcheck.distributed.shared import MERGE_MAX, coalesce

    writes = [(["SADD", "req", f"u{n}"], ["SREM", "req", f"u{n}"], 1) for n in range(3)]
    writes += [(["HINCRBY", "pages", "wjw", 1], ["HINCRBY", "pages", "wjw", -1], 1)] * 2
    writes += [(["SADD", "req", "v"], ["SREM", "req", "v"], 2),
               (["HSET", "later", "t", b"r"], ["HDEL", "later", "t"], 2),
               (["HINCRBY", "pages", "wjw", 1], ["HINCRBY", "pages", "wjw", -1], None)]
    assert coalesce(writes) == [
        (["SADD", "req", "u0", "u1", "u2"], ["SREM", "req", "u0", "u1", "u2"], 1),
        (["SADD", "req", "v"], ["SREM", "req", "v"], 2),
        (["HINCRBY", "pages", "wjw", 2], ["HINCRBY", "pages", "wjw", -2], 1),
        (["HINCRBY", "pages", "wjw", 1], ["HINCRBY", "pages", "wjw", -1], None),
        (["HSET", "later", "t", b"r"], ["HDEL", "later", "t"], 2)]
    # a page of many links: each undo stays small enough to unpack in Lua
    many = coalesce([(["SADD", "req", str(n)], ["SREM", "req", str(n)], 1) for n in range(MERGE_MAX + 1)])
    assert [len(undo) - 2 for _, undo, _ in many] == [MERGE_MAX, 1]


def test_a_merged_undo_removes_every_member_it_names(keys):
    server, k = keys
    server.sadd(k.requested, "http://before/", "http://a/", "http://b/")
    server.zadd(k.journal("killed"), {json.dumps(["SREM", k.requested, "http://a/", "http://b/", 1]): 3})
    server.hset(k.alive, "killed", 0)
    run_script(server, k, HEARTBEAT_SCRIPT, "busy")
    assert server.smembers(k.requested) == {b"http://before/"}


def test_a_busy_worker_queues_them_again_on_its_heartbeat(keys):
    server, k = keys
    server.zadd(k.inflight("killed"), {b"page": 0})
    server.hset(k.alive, "killed", 0)
    assert run_script(server, k, HEARTBEAT_SCRIPT, "busy") == 1
    assert server.zrange(k.requests, 0, -1) == [b"page"]


def test_a_worker_leaving_early_hands_back_what_it_took(keys):
    server, k = keys
    server.zadd(k.requests, {b"page": 0})
    pop(server, k, "a")
    run_script(server, k, HEARTBEAT_SCRIPT, "b")
    deleted, moved = run_script(server, k, LEAVE_SCRIPT, "a", extra=[k.done, *k.of_worker("a"), *k.all()[4:]])
    assert (deleted, moved) == (0, 1)
    assert server.zrange(k.requests, 0, -1) == [b"page"]


def test_a_request_is_queued_once_by_fingerprint_unless_unfiltered(keys):
    server, k = keys
    enqueue = server.register_script(ENQUEUE_SCRIPT)
    queue_keys = [k.dupefilter, k.requests, k.pages]
    assert enqueue(keys=queue_keys, args=["fp", 0, b"page", 1, ""]) == 1
    assert enqueue(keys=queue_keys, args=["fp", 0, b"page again", 1, ""]) == 0  # seen, or a retry
    assert enqueue(keys=queue_keys, args=["fp", -100, b"probe", 0, ""]) == 1
    assert server.zrange(k.requests, 0, -1) == [b"probe", b"page"]
    # many in one call: each filtered on its own, the count of those queued returned
    batch = ["fp2", 1, b"two", 1, "", "fp", 1, b"three", 1, "", "fp2", 1, b"two again", 1, ""]
    assert enqueue(keys=queue_keys, args=batch) == 1
    assert server.zrange(k.requests, 0, -1) == [b"probe", b"page", b"two"]


def test_a_callback_runs_with_its_request_current_between_its_yields():
    """What a callback writes to the run's bookkeeping is journalled under its request (see RunScheduler.write)."""
    import asyncio

    from scrapy import Request
    from scrapy.http import HtmlResponse

    from govcheck.distributed.shared import CallbackOwner, current_request

    request = Request("http://a.test/")
    response = HtmlResponse("http://a.test/", request=request)

    def callback():
        yield current_request.get()
        yield current_request.get()

    async def async_callback():
        yield current_request.get()
        await asyncio.sleep(0)
        yield current_request.get()

    async def collect(agen):
        return [x async for x in agen]

    def drive(coro):  # pytest's loop is running: step the coroutine by hand through its sleep(0)
        while True:
            try:
                coro.send(None)
            except StopIteration as stop:
                return stop.value

    class Coordinator:  # counts flushes: the callback's writes go out once it has yielded everything
        flushes = 0

        def flush_soon(self):
            self.flushes += 1

    coordinator = Coordinator()
    crawler = SimpleNamespace(spider=SimpleNamespace(run_coordinator=coordinator))
    owner = CallbackOwner(crawler)
    out = owner.process_spider_output(response, callback())
    assert next(out) is request and coordinator.flushes == 0
    assert list(out) == [request] and coordinator.flushes == 1
    assert drive(collect(owner.process_spider_output_async(response, async_callback()))) == [request, request]
    assert coordinator.flushes == 2
    assert current_request.get() is None


def test_queue_spreads_one_priority_over_hosts_and_keeps_priorities_apart():
    import hashlib

    from govcheck.distributed.encoding import queue_score

    urls = [f"http://127.0.1.{h}/page/{n}.html" for h in (1, 2, 3) for n in range(20)]
    fps = {u: hashlib.sha1(u.encode()).hexdigest() for u in urls}
    first_ten = sorted(urls, key=lambda u: queue_score(0, fps[u]))[:10]
    assert len({u.split("/")[2] for u in first_ten}) == 3  # not the first host's pages in URL order
    assert all(queue_score(1, fp) < queue_score(0, fp2) for fp in fps.values() for fp2 in fps.values())


def test_a_request_encoded_for_the_shared_queue_decodes_to_the_same_callbacks(demo_sites_csv):
    """The queue's encoding names callbacks without searching the whole spider; the bytes are scrapy-redis's own."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler
    from scrapy_redis.queue import PriorityQueue

    from govcheck.distributed.encoding import encode_request
    from govcheck.spiders.portal import PortalSpider

    crawler = get_crawler(PortalSpider, {"GOVCHECK_DISTRIBUTED": True})
    spider = PortalSpider.from_crawler(crawler, sites=str(demo_sites_csv))
    queue = PriorityQueue(server=None, spider=spider, key="unused")
    page = spider.page_request(spider.sites[0].url, spider.sites[0], depth=1, column={"name": "工作动态"})
    assert encode_request(queue, page) == queue._encode_request(page)
    back = queue._decode_request(encode_request(queue, page))
    assert (back.url, back.callback, back.errback, back.meta["column"]) == (
        page.url, spider.parse_page, spider.page_failed, {"name": "工作动态"})
    bare = queue._decode_request(encode_request(queue, Request("http://127.0.0.1/x")))
    assert (bare.callback, bare.errback) == (None, None)
    with pytest.raises(ValueError):  # not the spider's method: refused, as Scrapy refuses it
        encode_request(queue, Request("http://127.0.0.1/y", callback=lambda r: None))
