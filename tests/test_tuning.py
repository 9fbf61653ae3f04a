"""Crawl-wide tuning: the garbage collector (fewer young collections, start-up objects frozen, restored after),
the stats collector without its per-call shim, and Scrapy's per-request work that govcheck has no use for."""

from __future__ import annotations


def test_the_collector_is_tuned_while_the_engine_runs_and_restored_after():
    import gc

    from govcheck.extensions.gc_tuning import GcTuning

    before = gc.get_threshold()
    ext = GcTuning(20000)
    ext.engine_started()
    try:
        assert gc.get_threshold()[0] == 20000 and gc.get_freeze_count() > 0
    finally:
        ext.engine_stopped()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_the_stats_collector_counts_as_scrapys_does():
    from scrapy.utils.test import get_crawler

    from govcheck.stats import Stats

    stats = Stats(get_crawler())
    stats.inc_value("a")
    stats.inc_value("a", 2)
    stats.max_value("m", 3)
    stats.max_value("m", 1)
    stats.set_value("s", "x")
    assert stats.get_stats() == {"a": 3, "m": 3, "s": "x"}
    from scrapy.statscollectors import MemoryStatsCollector

    assert stats.inc_value.__func__ is MemoryStatsCollector.inc_value  # the method itself, not a wrapper of it


def test_no_spider_sets_allowed_domains_so_the_offsite_filter_stays_off():
    """Scrapy's OffsiteMiddleware is disabled: it would filter nothing, since no spider sets allowed_domains."""
    import importlib
    import pkgutil

    import govcheck.spiders
    from govcheck import settings

    assert settings.DOWNLOADER_MIDDLEWARES["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    for info in pkgutil.iter_modules(govcheck.spiders.__path__):
        module = importlib.import_module(f"govcheck.spiders.{info.name}")
        for obj in vars(module).values():
            assert not getattr(obj, "allowed_domains", None), obj


def test_items_are_counted_without_an_item_scraped_receiver():
    from pydispatch.dispatcher import getAllReceivers
    from scrapy import signals
    from scrapy.utils.test import get_crawler

    from govcheck.stats import CoreStats, ScrapedItems, Stats

    crawler = get_crawler(settings_dict={"EXTENSIONS": {"scrapy.extensions.corestats.CoreStats": None}})
    crawler.stats = Stats(crawler)
    ext = CoreStats.from_crawler(crawler)  # kept: signals hold their receivers weakly
    sender = crawler.signals.sender
    assert not list(getAllReceivers(sender, signals.item_scraped))
    assert list(getAllReceivers(sender, signals.response_received)) and ext  # its count: Progress reads it
    counter = ScrapedItems.from_crawler(crawler)
    item = object()
    assert counter.process_item(item) is item and counter.process_item(item) is item
    assert crawler.stats.get_value("item_scraped_count") == 2


def test_the_crawled_line_is_worked_out_only_when_the_log_level_shows_it():
    from scrapy import Request
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from govcheck.logformatter import QuietLogFormatter

    request = Request("https://a.gov.cn/x.html", headers={"Referer": "https://a.gov.cn/"})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    for settings, shown in (({"LOG_LEVEL": "WARNING"}, False), ({"LOG_LEVEL": "INFO"}, False),
                            ({"LOG_LEVEL": "DEBUG"}, True), ({"LOG_LEVEL": 10}, True), ({}, True),
                            ({"LOG_LEVEL": "DEBUG", "LOG_ENABLED": False}, False)):
        line = QuietLogFormatter.from_crawler(get_crawler(settings_dict=settings)).crawled(request, response, None)
        assert (line is not None) is shown, settings
        if shown:
            assert line["level"] == 10 and line["args"]["referer"] == "https://a.gov.cn/"
