"""The crawl's own homepage requests counted as availability probes when no cron probes cover the window."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol, runtime_checkable

import scrapy

from govcheck.items import ProbeItem
from govcheck.sites import Site
from govcheck.spiders.failures import failure_reason, http_reason
from govcheck.spiders.fetch import bot_wall


def is_probe(request) -> bool:
    """The homepage request (probe 1) or a later probe of the crawl."""
    return bool(request.meta.get("probe")) or "probe_n" in request.meta


@runtime_checkable
class ProbesHost(Protocol):
    """What ProbesMixin needs of its spider (FetchMixin gives `later`)."""

    by_id: dict
    crawl_probes: int  # homepage requests counted as probes
    probe_interval: float  # seconds between them
    probe_timeout: float

    def later(self, delay: float, make, *args, **kwargs) -> None: ...


class ProbesMixin:
    """For PortalSpider (a ProbesHost): the homepage request is probe 1; the others start
    GOVCHECK_CRAWL_PROBE_INTERVAL apart from it, while the crawl goes on."""

    def probe_item(self, site: Site, response=None, failure=None) -> ProbeItem:
        meta = (response or failure.request).meta
        elapsed = round(time.monotonic() - meta["started"], 3)
        n = meta.get("probe_n", 1)
        if response is not None:
            # a bot wall answered: the site is up, and a browser gets through
            wall = response.status >= 400 and bot_wall(response)
            ok = response.status < 400 or bool(wall)
            item = ProbeItem(site_id=site.site_id, url=site.url, at=datetime.now(), ok=ok, elapsed=elapsed,
                             http_status=response.status, reason="bot_wall" if wall else None if ok else
                             http_reason(response.status), source="crawl", seq=n)
        else:
            reason = failure_reason(failure)
            # a homepage larger than we read did answer
            item = ProbeItem(site_id=site.site_id, url=site.url, at=datetime.now(), ok=reason == "too_large",
                             elapsed=elapsed, reason=None if reason == "too_large" else reason, source="crawl",
                             seq=n)
        if n == 1:
            # the others keep their spacing from this one's start, however long any of them takes to answer: a
            # short crawl waits the spacing the rule needs, not the spacing plus each probe's timeout
            since = time.monotonic() - meta.get("probe_first_sent", meta["started"])
            for k in range(2, self.crawl_probes + 1):
                self.later(max(0.0, (k - 1) * self.probe_interval - since), self.probe_request, site, k)
        return item

    def probe_request(self, site: Site, n: int) -> scrapy.Request:
        return scrapy.Request(site.url, callback=self.parse_probe, errback=self.probe_failed, dont_filter=True,
                              priority=100, meta={"site_id": site.site_id, "probe_n": n, "started": time.monotonic(),
                                                  "dont_retry": True, "download_timeout": self.probe_timeout})

    def reached_downloader(self, request, spider=None):
        # a probe is timed from when the downloader takes it, not from a wait in a busy site's queue
        if is_probe(request):
            request.meta["started"] = time.monotonic()
            request.meta.setdefault("probe_first_sent", request.meta["started"])  # kept by its retry

    def parse_probe(self, response):
        yield self.probe_item(self.by_id[response.meta["site_id"]], response=response)

    def probe_failed(self, failure):
        yield self.probe_item(self.by_id[failure.request.meta["site_id"]], failure=failure)
