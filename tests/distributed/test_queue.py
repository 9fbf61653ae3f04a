"""A worker's side of the shared queue: seeding, callbacks owning their writes, queue order, requests encoded for
Redis, scrapy-redis's settings honoured."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest


@contextmanager
def bound_scheduler(demo_sites_csv, **settings):
    """A worker's scheduler joined to a run of its own (open() without an engine), its Redis keys deleted after."""
    import uuid

    import redis
    from scrapy.utils.test import get_crawler

    from govcheck.distributed.scheduler import RunScheduler
    from govcheck.spiders.portal import PortalSpider
    from tests.distributed.helpers import REDIS_URL

    crawler = get_crawler(PortalSpider, {"GOVCHECK_DISTRIBUTED": True, "GOVCHECK_REDIS_URL": REDIS_URL, **settings})
    spider = PortalSpider.from_crawler(crawler, sites=str(demo_sites_csv))
    scheduler = RunScheduler.from_crawler(crawler)
    scheduler.spider = spider  # what open() sets for a crawl's first look for work
    spider.run_id, spider.run_started_at = 10**9, uuid.uuid4().hex
    scheduler.bind()
    server = redis.Redis.from_url(REDIS_URL)
    try:
        yield scheduler, spider, server
    finally:
        scheduler.close("finished")
        server.delete(*scheduler.keys.all(), scheduler.keys.inflight(scheduler.worker))


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
    page count travels with its request, for the shared queue to add once (see the enqueue script test); so does
    every other page's."""
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
    assert [r.meta["counts_for"] for r in homepages] == [s.site_id for s in spider.sites]
    site = spider.sites[0]
    assert spider.page_request(site.url + "news/", site, depth=1).meta["counts_for"] == site.site_id
    assert not spider.pages_per_site and not spider.per_pattern


def test_queue_spreads_one_priority_over_hosts_and_keeps_priorities_apart():
    import hashlib

    from govcheck.distributed.queue import RunQueue

    queue_score = RunQueue.score
    urls = [f"http://127.0.1.{h}/page/{n}.html" for h in (1, 2, 3) for n in range(20)]
    fps = {u: hashlib.sha1(u.encode()).hexdigest() for u in urls}
    first_ten = sorted(urls, key=lambda u: queue_score(0, fps[u]))[:10]
    assert len({u.split("/")[2] for u in first_ten}) == 3  # not the first host's pages in URL order
    assert all(queue_score(1, fp) < queue_score(0, fp2) for fp in fps.values() for fp2 in fps.values())


def test_the_queue_goes_breadth_first_by_a_pages_depth_in_its_own_site(demo_sites_csv):
    """A check, or another site's page, found on a deep page is taken with the first pages, as one process's
    per-host queues would take it, not after every page of every site (a hanging link there would end the run);
    the first sites' pages go before the last ones'."""
    from scrapy.spidermiddlewares.depth import DepthMiddleware

    with bound_scheduler(demo_sites_csv, DEPTH_PRIORITY=1) as (scheduler, spider, _server):  # govcheck's setting
        one, other = spider.sites[:2]
        depth = DepthMiddleware(maxdepth=0, stats=scheduler.stats, prio=1)  # as DEPTH_PRIORITY = 1 sets it

        def found_on_page_at(level, request):  # what Scrapy's depth middleware makes of it
            response = SimpleNamespace(meta={"depth": level})
            return next(iter(depth.process_spider_output(response, [request])))

        def band(request):
            return round(scheduler.queue.entry(request)[1])

        shallow = found_on_page_at(0, spider.page_request(one.url + "a.html", one, 1))
        deep = found_on_page_at(3, spider.page_request(one.url + "b/c/d.html", one, 4))
        elsewhere = found_on_page_at(3, spider.page_request(other.url + "x.html", other, 1))
        check = found_on_page_at(3, spider.check_request("http://127.0.1.201/hang.html", "page", one, one.url))
        assert deep.priority == -4 and elsewhere.priority == -4  # Scrapy's order: after every shallower page
        assert (band(check), band(shallow), band(elsewhere), band(deep)) == (0, 1, 1, 4)
        # a wave over the site list: a site far down it reads its own pages after the first site's deepest ones,
        # while what the first site's pages lead to there goes as soon as found
        scheduler.queue.wave = {one.site_id: 0.0, other.site_id: 5.0}
        own = found_on_page_at(0, spider.page_request(other.url + "y.html", other, 1))
        assert (band(elsewhere), band(deep), band(own)) == (1, 4, 6)


def test_a_retry_waits_in_redis_and_then_goes_ahead_of_the_queue(demo_sites_csv):
    """Later, as the rule wants, but not behind the whole crawl: its wait overlaps the rest of the run."""
    from scrapy import Request

    with bound_scheduler(demo_sites_csv) as (scheduler, _spider, server):
        keys = scheduler.keys
        scheduler.enqueue_request(Request("http://127.0.0.1/queued"))
        retry = Request("http://127.0.0.1/hanging", meta={"retry_times": 1}, dont_filter=True, priority=-100)
        scheduler.enqueue_request(retry)
        scheduler.flush()
        assert server.zcard(keys.requests) == 1 and server.zcard(keys.delayed) == 1
        server.zadd(keys.delayed, dict.fromkeys(server.zrange(keys.delayed, 0, -1), 0))  # its time has come
        assert [scheduler.next_request().url for _ in range(2)] == ["http://127.0.0.1/hanging",
                                                                     "http://127.0.0.1/queued"]


def test_a_request_encoded_for_the_shared_queue_decodes_to_the_same_callbacks(demo_sites_csv):
    """The queue's encoding names callbacks without searching the whole spider; the bytes are scrapy-redis's own."""
    from scrapy import Request
    from scrapy.utils.test import get_crawler
    from scrapy_redis.queue import PriorityQueue

    from govcheck.distributed.queue import RunQueue
    from govcheck.spiders.portal import PortalSpider

    crawler = get_crawler(PortalSpider, {"GOVCHECK_DISTRIBUTED": True})
    spider = PortalSpider.from_crawler(crawler, sites=str(demo_sites_csv))
    queue, plain = (cls(server=None, spider=spider, key="unused") for cls in (RunQueue, PriorityQueue))
    encode_request = RunQueue._encode_request
    page = spider.page_request(spider.sites[0].url, spider.sites[0], depth=1, column={"name": "工作动态"})
    assert encode_request(queue, page) == plain._encode_request(page)
    back = queue._decode_request(encode_request(queue, page))
    assert (back.url, back.callback, back.errback, back.meta["column"]) == (
        page.url, spider.parse_page, spider.page_failed, {"name": "工作动态"})
    bare = queue._decode_request(encode_request(queue, Request("http://127.0.0.1/x")))
    assert (bare.callback, bare.errback) == (None, None)
    with pytest.raises(ValueError):  # not the spider's method: refused, as Scrapy refuses it
        encode_request(queue, Request("http://127.0.0.1/y", callback=lambda r: None))


class SeenTwice(__import__("govcheck.distributed.queue", fromlist=["RunDupeFilter"]).RunDupeFilter):
    """A duplicate filter of one's own, chosen with DUPEFILTER_CLASS: its fingerprint is what the queue keeps."""

    def request_fingerprint(self, request):
        return "mine-" + super().request_fingerprint(request)


def test_scrapy_redis_settings_choose_the_run_queue_the_filter_and_their_keys(demo_sites_csv):
    from scrapy import Request

    settings = {"SCHEDULER_QUEUE_KEY": "%(run)sown-queue", "SCHEDULER_DUPEFILTER_KEY": "%(run)sown-seen",
                "DUPEFILTER_CLASS": f"{__name__}.SeenTwice"}
    with bound_scheduler(demo_sites_csv, **settings) as (scheduler, _spider, server):
        base = scheduler.keys.base
        assert (scheduler.queue.key, scheduler.df.key) == (base + "own-queue", base + "own-seen")
        assert isinstance(scheduler.df, SeenTwice)
        for url in ("http://127.0.0.1/a", "http://127.0.0.1/a", "http://127.0.0.1/b"):
            assert scheduler.enqueue_request(Request(url))
        scheduler.flush()
        assert server.zcard(base + "own-queue") == 2 and len(scheduler) == 2
        assert all(fp.startswith(b"mine-") for fp in server.smembers(base + "own-seen"))
        taken = [scheduler.next_request().url for _ in range(2)]
        assert sorted(taken) == ["http://127.0.0.1/a", "http://127.0.0.1/b"] and scheduler.next_request() is None
        assert server.zcard(scheduler.keys.inflight(scheduler.worker)) == 2  # held until done


def test_a_request_leaves_the_in_flight_set_once_done_and_its_rows_committed(demo_sites_csv):
    """A worker killed before that has its request handed back, and what the request's callback queued is in the
    queue already: handled again, the page queues nothing new."""
    from scrapy import Request

    with bound_scheduler(demo_sites_csv) as (scheduler, spider, server):
        keys = scheduler.keys
        busy: set = set()
        scheduler.in_progress = lambda: busy  # the engine's requests in progress
        scheduler.enqueue_request(Request("http://127.0.0.1/page"))
        page = scheduler.next_request()
        busy.add(page)
        spider.requested.add("http://127.0.0.1/linked")
        assert "http://127.0.0.1/linked" in spider.requested  # this worker knows at once
        scheduler.enqueue_request(Request("http://127.0.0.1/linked"))
        spider.per_pattern["shape"] += 1
        scheduler.flush()  # what it queued is sent at once
        assert server.sismember(keys.dupefilter, "http://127.0.0.1/linked")
        assert server.hget(keys.patterns, "shape") == b"1" and spider.per_pattern["shape"] == 1
        scheduler.committed()  # rows committed while the request is still in progress: it stays in flight
        assert server.zcard(keys.inflight(scheduler.worker)) == 1
        busy.clear()
        scheduler.flush()  # done, its rows not committed yet
        scheduler.flush()  # and still waiting for them the next time the worker sends what it queued
        assert server.zcard(keys.inflight(scheduler.worker)) == 1
        scheduler.committed()
        assert server.zcard(keys.inflight(scheduler.worker)) == 0


def test_a_column_claim_holds_for_its_first_page_and_that_page_handled_again(demo_sites_csv):
    """Two workers reaching one column through two URLs read it once; a page handled again after its worker died
    (its claim already in Redis) reads its column again, and the store keeps one row."""
    from govcheck.distributed.shared import SharedClaims

    with bound_scheduler(demo_sites_csv) as (scheduler, spider, server):
        column = "http://127.0.0.1/news/"
        assert not spider.column_claimed(column)
        assert spider.claim_column(column, column + "index.html")
        assert server.hget(scheduler.keys.claims, column) == (column + "index.html").encode()
        spider.column_claims = SharedClaims(scheduler, scheduler.keys.claims)  # another worker's, knowing nothing
        assert spider.column_claimed(column)
        assert not spider.claim_column(column, column)
        assert spider.claim_column(column, column + "index.html")  # the claiming page, handled again


def test_a_homepages_code_is_known_to_the_worker_reading_the_sites_other_pages(demo_sites_csv):
    """The 网站标识码 a site's homepage shows tells its pages from its platform's: a worker that reads a page of the
    site without having read its homepage asks the run for it (none shown is known as none, not as unknown)."""
    from govcheck.distributed.shared import SharedCodes

    with bound_scheduler(demo_sites_csv) as (scheduler, spider, server):
        spider.home_codes["fgw"] = "4399000056"
        spider.home_codes["sjj"] = None
        assert spider.home_codes.get("zhen") is None
        scheduler.flush()
        assert server.hget(scheduler.keys.codes, "fgw") == b"4399000056"
        other = SharedCodes(scheduler, scheduler.keys.codes)  # another worker's, knowing nothing
        assert other.get("fgw") == "4399000056" and other.get("sjj") is None and "sjj" in other.known
        assert other.get("zhen") is None and "zhen" not in other.known  # not read yet: asked again later


def test_a_page_counts_towards_its_sites_cap_once_where_its_request_is_queued(demo_sites_csv):
    """The run's queue counts a page as its request gets in: the same URL queued by two callbacks (or two workers)
    counts once; until the request is sent, the worker that queued it counts it itself."""
    with bound_scheduler(demo_sites_csv) as (scheduler, spider, server):
        site = spider.sites[0]
        for url in ("news/", "news/", "about/"):
            scheduler.enqueue_request(spider.page_request(site.url + url, site, depth=1))
        assert spider.pages_per_site[site.site_id] == 3  # not sent yet: this worker's own count
        scheduler.flush()
        assert server.hget(scheduler.keys.pages, site.site_id) == b"2"
        assert spider.pages_per_site[site.site_id] == 2
        assert server.smembers(scheduler.keys.dupefilter) == {(site.url + u).encode() for u in ("news/", "about/")}


def test_the_workers_count_a_hosts_failures_in_a_row_together(demo_sites_csv):
    from scrapy import Request

    with bound_scheduler(demo_sites_csv) as (scheduler, _spider, server):
        assert [scheduler.host_failed("127.0.1.201:80") for _ in range(2)] == [1, 2]
        scheduler.host_answered("127.0.1.201:80")
        scheduler.enqueue_request(Request("http://127.0.0.1/a"))  # answers go with a flush
        scheduler.flush()
        assert not server.exists(scheduler.keys.down)
        assert scheduler.host_failed("127.0.1.201:80") == 1
