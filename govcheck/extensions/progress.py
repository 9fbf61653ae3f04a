"""Logs, at a steady interval, how far a crawl has got and an estimate of the time left."""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


class Progress:
    """Every GOVCHECK_PROGRESS_INTERVAL seconds: sites done/total, pages, links checked, problems, time left."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("GOVCHECK_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.log)
        self.loop.start(self.interval, now=False)

    def snapshot(self) -> dict:
        stats = self.crawler.stats
        spider = self.crawler.spider
        sites = len(getattr(spider, "sites", []))
        done = len(getattr(spider, "homepages_done", ()))
        scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
        queued = len(scheduler) if scheduler is not None else 0
        responses = stats.get_value("response_received_count", 0)
        elapsed = time.monotonic() - self.started
        rate = responses / elapsed if elapsed else 0.0
        return {
            "sites": sites, "sites_started": done, "pages": stats.get_value("govcheck/pages", 0),
            "links_checked": stats.get_value("govcheck/links/ok", 0) + stats.get_value("govcheck/links/broken", 0)
            + stats.get_value("govcheck/links/unverified", 0),
            "problems": stats.get_value("govcheck/links/broken", 0) + stats.get_value("govcheck/columns/stale", 0)
            + stats.get_value("govcheck/columns/empty", 0),
            "queued": queued, "eta_s": round(queued / rate) if rate else None,
        }

    def log(self):
        try:
            s = self.snapshot()
        except Exception as exc:  # a failing line must not stop the loop or the crawl
            logger.warning("progress: unavailable (%r)", exc)
            return
        eta = f"~{s['eta_s']}s left" if s["eta_s"] is not None else "time left unknown"
        logger.info("progress: %d/%d sites reached, %d pages, %d links checked, %d problems so far, "
                    "%d requests queued, %s", s["sites_started"], s["sites"], s["pages"], s["links_checked"],
                    s["problems"], s["queued"], eta)

    def closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
