"""Two `scrapy crawl portal` workers share one run through Redis and one PostgreSQL database."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest
import redis
from sqlalchemy import func, select

from govcheck.demo.tlscerts import AIA_IP
from govcheck.export import export_run
from govcheck.store.models import Judgement, LinkCheck
from tests.conftest import AS_OF
from tests.distributed.helpers import (
    REDIS_URL,
    comparable,
    crawl_command,
    differences,
    first_attempts,
    keys_left,
    row_counts,
    same_ports,
    start,
    wait_for_run,
)


@pytest.fixture(scope="module")
def reference(fresh_run):
    """One process over fresh demo portals: (export, row counts, requests the portals received)."""
    return fresh_run[:3]


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
        procs = [start(crawl_command(sites, url, ca, extra), tmp / "first.log")]
        try:
            run_id = wait_for_run(engine, procs[0])
            procs.append(start(crawl_command(sites, url, ca, extra, args={"run": run_id}), tmp / "second.log"))
            codes = [p.wait(timeout=120) for p in procs]
        finally:  # workers that outlive a failed test would go on crawling beside the next ones
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
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
    # each worker completes a chain sent without its intermediate itself, on its first failure: at most once each
    ca_issuers = {k for k in single_hits if k[1] == AIA_IP}
    assert ca_issuers and all(single_hits[k] == 1 and hits[k] in (1, 2) for k in ca_issuers)
    hits = Counter({k: n for k, n in hits.items() if k not in ca_issuers})
    single_hits = Counter({k: n for k, n in single_hits.items() if k not in ca_issuers})
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
