"""When govcheck itself was too busy to read an answer: the event loop's stalls, watched through the crawl.

A download timeout is a timer on the event loop. When the loop is held up (pages parsed back to back, a machine
whose CPU other work takes), the timer can fire before the loop has read an answer that was already there; the
site is then blamed for govcheck's own delay. The watch notes how late a 0.1 s tick runs; a timeout whose wait
saw the loop stalled for a quarter of it or more is recorded as `overloaded` (unverified), not as a dead link,
and does not count towards taking a host for down.
"""

from __future__ import annotations

import logging
import time
from collections import deque

from scrapy import signals
from twisted.internet import task

logger = logging.getLogger(__name__)

TICK = 0.1  # seconds between ticks
NOTED = 0.05  # lateness below this is the loop's ordinary jitter
SHARE = 0.25  # a timeout is doubted when the loop stalled for this share of the wait, or more


class StallWatch:
    """The stalls of the event loop: (when it ended, seconds), newest last."""

    def __init__(self, clock=time.monotonic, size: int = 4096):
        self.clock = clock
        self.stalls: deque = deque(maxlen=size)
        self.last: float | None = None

    def tick(self) -> None:
        now = self.clock()
        if self.last is not None and now - self.last - TICK > NOTED:
            self.stalls.append((now, now - self.last - TICK))
        self.last = now

    def stalled_since(self, since: float) -> float:
        """Seconds the loop was stalled since `since` (a time of `clock`)."""
        total = 0.0
        for ended, seconds in reversed(self.stalls):
            if ended <= since:
                break
            total += min(seconds, ended - since)
        return total

    def overloaded(self, request) -> bool:
        """Whether `request`, which got no answer in time, waited mostly on govcheck rather than on the site."""
        started = request.meta.get("started")
        if started is None:
            return False
        waited = self.clock() - started
        return waited > 0 and self.stalled_since(started) >= SHARE * waited


WATCH = StallWatch()  # the process's; a crawl's extension ticks it


def overloaded(request) -> bool:
    return WATCH.overloaded(request)


class StallWatchExtension:
    """Ticks WATCH while the spider is open, and says once at the end how many timeouts it doubted."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def opened(self, spider=None) -> None:
        WATCH.stalls.clear()
        WATCH.last = None
        self.loop = task.LoopingCall(WATCH.tick)
        self.loop.start(TICK, now=True)

    def closed(self, spider=None, reason=None) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        doubted = self.crawler.stats.get_value("govcheck/links/overloaded", 0)
        if doubted:
            logger.info("govcheck: %d requests got no answer in time while govcheck itself was too busy to read "
                        "one (its event loop stalled): recorded unverified, not broken", doubted)
