"""A worker's side of the shared queue: seeding, merged writes, callbacks owning their writes, queue order,
requests encoded for Redis."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


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
