"""The `probe` spider: one request to each active site's homepage, all sites at once, for availability.

    scrapy crawl probe                 # every active site of data/sites.csv
    scrapy crawl probe -a site=qx      # one of them; -a url=… and -a sites=FILE as for `portal`

Made to run from cron every N minutes (the national rule wants at least 20 probes a day). A run takes
about one probe timeout at most, whatever the number of sites: the requests go out together.
"""

from __future__ import annotations

import time
from datetime import datetime
from functools import partial

import scrapy
from scrapy import signals

from govcheck.items import ProbeItem
from govcheck.rules import probe_timeout
from govcheck.spiders.base import SiteListSpider
from govcheck.spiders.crawl_probes import answered, next_probe
from govcheck.spiders.failures import diagnosed, failed_probe, failure_reason


class ProbeSpider(SiteListSpider):
    """One request to each active site's homepage; the site list's arguments as for `portal` (SiteListSpider)."""

    name = "probe"
    creates_run = False  # probes are kept apart from crawl runs
    custom_settings = {
        "RETRY_ENABLED": False,  # a probe that fails is a finding, not something to hide by retrying
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 512,  # every homepage at once
        "CONCURRENT_REQUESTS_PER_DOMAIN": 64,  # departments sharing one host too: one request each
        "REACTOR_THREADPOOL_MAXSIZE": 64,  # DNS lookups run in this pool
        "GOVCHECK_PROGRESS_INTERVAL": 0,
    }

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.reached_downloader, signals.request_reached_downloader)
        return spider

    def configure(self, settings) -> None:
        super().configure(settings)
        self.timeout = probe_timeout(settings)
        self.browser_ua = settings.get("GOVCHECK_BROWSER_USER_AGENT")
        self.urls = {site.site_id: site.url for site in self.sites}
        self.ca_bundle = settings.get("GOVCHECK_CA_BUNDLE")

    def reached_downloader(self, request, spider=None):
        # a probe is timed from when the downloader takes it: on a long list it first waits in the scheduler
        if "site_id" in request.meta:
            request.meta["started"] = time.monotonic()

    async def start(self):
        self.refuse_to_start()
        for site in self.sites:
            yield self._request(site.site_id, site.url)

    def _request(self, site_id: str, url: str, headers: dict | None = None, **hop) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True, headers=headers,
                              meta={"site_id": site_id, "started": time.monotonic(), "download_timeout": self.timeout,
                                    "download_maxsize": 4 * 1024 * 1024, **hop})

    def _item(self, meta, **kw) -> ProbeItem:
        elapsed = round(time.monotonic() - meta.get("probe_begun", meta["started"]), 3)
        return ProbeItem(site_id=meta["site_id"], url=self.urls[meta["site_id"]],
                         at=datetime.now(), elapsed=elapsed, source="cron", **kw)

    def parse(self, response):
        # a firewall's 403 to a crawler is asked again as a browser; a redirect is followed as a browser does: the
        # page at its end answers the probe (crawl_probes.next_probe)
        request, failed = next_probe(response, self.timeout, self.browser_ua,
                                     partial(self._request, response.meta["site_id"]))
        if request is not None:
            yield request
            return
        ok, why = answered(response, failed)
        yield self._item(response.meta, ok=ok, http_status=response.status, reason=why)

    async def failed(self, failure):
        reason = await diagnosed(failure_reason(failure), failure.request.url, self.ca_bundle)
        ok, why = failed_probe(reason)  # a homepage larger than we read, or a chain a browser completes, answered
        yield self._item(failure.request.meta, ok=ok, reason=why)
