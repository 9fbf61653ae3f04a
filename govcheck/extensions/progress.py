"""Logs, at a steady interval, how far a crawl has got and an estimate of the time left; on a terminal, a bar."""

from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


def bar_wanted(setting, stream) -> bool:
    """GOVCHECK_PROGRESS_BAR: "auto" shows the bar when the log goes to a terminal (an interactive run), not to a
    file or a scheduled job's mail."""
    if str(setting).lower() == "auto":
        return bool(getattr(stream, "isatty", lambda: False)())
    return str(setting).lower() in ("1", "true", "yes", "on")


class Progress:
    """Every GOVCHECK_PROGRESS_INTERVAL seconds: sites done/total, pages, links checked, problems, time left.
    An interactive run also gets a bar (tqdm) redrawn every second: requests answered of those known so far."""

    def __init__(self, crawler, interval: float, bar: bool = False):
        self.crawler = crawler
        self.interval = interval
        self.loop = None
        self.started = time.monotonic()
        self.show_bar = bar
        self.bar = None
        self.bar_loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("GOVCHECK_PROGRESS_INTERVAL")
        bar = bar_wanted(crawler.settings.get("GOVCHECK_PROGRESS_BAR", "auto"), sys.stderr)
        if interval <= 0 and not bar:
            raise NotConfigured
        ext = cls(crawler, interval, bar)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        self.started = time.monotonic()
        if self.interval > 0:
            self.loop = task.LoopingCall(self.log)
            self.loop.start(self.interval, now=False)
        if self.show_bar:
            self.start_bar(sys.stderr)
            self.bar_loop = task.LoopingCall(self.draw)
            self.bar_loop.start(1.0, now=False)

    def start_bar(self, stream) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=0, desc="govcheck", unit=" req", file=stream, dynamic_ncols=True, leave=True,
                        mininterval=0)

    def draw(self) -> None:
        try:
            s = self.snapshot()
        except Exception:  # never stop the crawl for a drawing
            return
        self.bar.total = s["answered"] + s["queued"]
        self.bar.n = s["answered"]
        self.bar.set_postfix_str(f"{s['sites_started']}/{s['sites']} sites, {s['pages']} pages, "
                                 f"{s['links_checked']} links, {s['problems']} problems", refresh=False)
        self.bar.refresh()

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
            "queued": queued, "eta_s": round(queued / rate) if rate else None, "answered": responses,
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
        for loop in (self.loop, self.bar_loop):
            if loop and loop.running:
                loop.stop()
        if self.bar is not None:
            self.draw()
            self.bar.close()
