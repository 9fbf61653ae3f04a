"""The crawl's own homepage requests counted as availability probes when no cron probes cover the window; how a
probe follows a redirect (the cron probes too)."""

from __future__ import annotations

import time
from datetime import datetime
from functools import partial
from typing import Protocol, runtime_checkable

import scrapy

from govcheck.items import ProbeItem
from govcheck.judge.domains import host_of
from govcheck.judge.urls import join_url
from govcheck.sites import Site
from govcheck.spiders.failures import diagnosed, failed_probe, failure_reason, http_reason
from govcheck.spiders.fetch import bot_wall, browser_headers, cookie_jar

REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_HOPS = 20  # as a browser, and as the crawl's own redirects (fetch.MAX_REDIRECTS)


def redirect_target(response) -> str | None:
    """The web address a redirect sends a browser on to, or None: this answer is the page's own."""
    location = response.headers.get("Location") if response.status in REDIRECTS else None
    target = join_url(response.url, location.decode("latin-1").strip()) if location else None
    return target if target and target.lower().startswith(("http://", "https://")) else None


def next_hop(meta, url: str, target: str, timeout: float, now: float, cookie: str | None = None) -> dict | str:
    """What a probe's request to `target` carries (the chain so far, when it began, the time left), or why the
    probe failed instead: a browser opens no page at the end of a loop, after too many hops, or after the
    probe's timeout counted from the first hop (pure). A redirect is no answer of the page: https:// where
    nothing listens, a loop, leave a homepage unopened however fast the http side answers; `cookie`: the cookies a
    browser sends on (fetch.cookie_jar), with which a page that sent it back to itself is no loop."""
    chain = tuple(meta.get("probe_chain", (url,)))
    if target in chain and cookie == meta.get("probe_cookie"):
        return "redirect_loop"
    if len(chain) > MAX_HOPS:
        return "too_many_redirects"
    begun = meta.get("probe_begun", meta["started"])
    left = timeout - (now - begun)
    if left <= 0:
        return "timeout"
    hop = {"probe_chain": (*chain, target), "probe_begun": begun, "download_timeout": left}
    return {**hop, "probe_cookie": cookie} if cookie else hop


def as_a_browser(response, meta, timeout: float, now: float) -> dict | None:
    """What the same probe asked again with a browser's headers carries, when a plain 403 refused the crawler (a
    firewall that lets browsers through: the browser's answer decides), or None: this answer stands (pure)."""
    if response.status != 403 or meta.get("browser_status_of") or bot_wall(response):
        return None
    begun = meta.get("probe_begun", meta["started"])
    left = timeout - (now - begun)
    return {"probe_begun": begun, "download_timeout": left} if left > 0 else None


def next_probe(response, timeout: float, browser_ua: str, request_for) -> tuple[scrapy.Request | None, str | None]:
    """Where a probe's answer leads, for the crawl's probes and the cron's alike: the request that asks again (a
    browser's, after a firewall's plain 403) or follows a redirect, built by `request_for(url, headers=None, **meta)`;
    else (None, why a redirect failed or None): this answer is the probe's."""
    meta, now = response.meta, time.monotonic()
    if (again := as_a_browser(response, meta, timeout, now)) is not None:
        return request_for(response.url, browser_headers(browser_ua), browser_status_of=403,
                           probe_chain=meta.get("probe_chain", (response.url,)), **again), None
    target = redirect_target(response)
    if target is None:
        return None, None
    failed = next_hop(meta, response.url, target, timeout, now, cookie_jar(meta.get("probe_cookie"), response))
    if not isinstance(failed, dict):
        return None, failed
    return request_for(target, {"Cookie": failed["probe_cookie"]} if "probe_cookie" in failed else None,
                       **failed), None


def answered(response, failed: str | None = None) -> tuple[bool, str | None]:
    """Whether an answer opens the homepage, and the reason the probe keeps: a bot wall answers (瑞数's 412, 加速乐's
    521: the site is up, and a browser gets through), and so does a rate limit's 429 (rate_limited: the site is up,
    it asks govcheck to slow down); a redirect that failed (`failed`) does not."""
    wall = response.status >= 400 and bot_wall(response)
    ok = (response.status < 400 or bool(wall)) and not failed
    wall = wall and ("rate_limited" if response.status == 429 else "bot_wall")
    return ok, failed or wall or (None if ok else http_reason(response.status))


def is_probe(request) -> bool:
    """The homepage request (probe 1) or a later probe of the crawl."""
    return bool(request.meta.get("probe")) or "probe_n" in request.meta


@runtime_checkable
class ProbesHost(Protocol):
    """What ProbesMixin needs of its spider (FetchMixin gives `later`)."""

    by_id: dict
    by_host: dict
    crawl_probes: int  # homepage requests counted as probes
    probe_interval: float  # seconds between them
    probe_timeout: float
    browser_ua: str
    ca_bundle: str | None  # FetchMixin's: the extra CA a TLS failure is diagnosed with

    def later(self, delay: float, make, *args, **kwargs) -> None: ...
    def site_for(self, url: str): ...


class ProbesMixin:
    """For PortalSpider (a ProbesHost): the homepage request is probe 1; the others start
    GOVCHECK_CRAWL_PROBE_INTERVAL apart from it, while the crawl goes on."""

    def home_probe(self, site: Site, response) -> ProbeItem | None:
        """Probe 1 from the homepage's answer, or None when it redirects to where the crawl reads the homepage:
        that hop carries the probe on and answers it."""
        meta = response.meta
        if (again := as_a_browser(response, meta, self.probe_timeout, time.monotonic())) is not None:
            meta.update(again)  # the crawl asks again as a browser (fetch.settle): that answer is the probe's
            return None
        target, failed = redirect_target(response), None
        if target is not None and (self.site_for(target) is site or host_of(target) not in self.by_host):
            failed = next_hop(meta, response.url, target, self.probe_timeout, time.monotonic(),
                              cookie_jar(meta.get("probe_cookie"), response))
            if isinstance(failed, dict):
                meta.update(failed)
                return None
        meta["probe"] = False  # answered: a meta refresh or a retry after it is the crawl's own request
        return self.probe_item(site, response=response, failed=failed)

    def probe_item(self, site: Site, response=None, failure=None, failed: str | None = None,
                   reason: str | None = None) -> ProbeItem:
        """The probe's item from its answer, or from its failure and that failure's class (`reason`)."""
        meta = (response or failure.request).meta
        elapsed = round(time.monotonic() - meta.get("probe_begun", meta["started"]), 3)
        n = meta.get("probe_n", 1)
        if response is not None:
            ok, why = answered(response, failed)
        else:
            ok, why = failed_probe(reason or failure_reason(failure))
        item = ProbeItem(site_id=site.site_id, url=site.url, at=datetime.now(), ok=ok, elapsed=elapsed,
                         http_status=None if response is None else response.status, reason=why, source="crawl", seq=n)
        if n == 1:
            # the others keep their spacing from this one's start, however long any of them takes to answer: a
            # short crawl waits the spacing the rule needs, not the spacing plus each probe's timeout
            since = time.monotonic() - meta.get("probe_first_sent", meta["started"])
            for k in range(2, self.crawl_probes + 1):
                self.later(max(0.0, (k - 1) * self.probe_interval - since), self.probe_request, site, k)
        return item

    def probe_request(self, site: Site, n: int, url: str = "", headers: dict | None = None, **hop) -> scrapy.Request:
        return scrapy.Request(url or site.url, callback=self.parse_probe, errback=self.probe_failed,
                              dont_filter=True, priority=100, headers=headers,
                              meta={"site_id": site.site_id, "probe_n": n, "started": time.monotonic(),
                                    "dont_retry": True, "download_timeout": self.probe_timeout, **hop})

    def reached_downloader(self, request, spider=None):
        # a probe is timed from when the downloader takes it, not from a wait in a busy site's queue
        if is_probe(request):
            request.meta["started"] = time.monotonic()
            request.meta.setdefault("probe_first_sent", request.meta["started"])  # kept by its retry

    def parse_probe(self, response):
        site = self.by_id[response.meta["site_id"]]
        request, failed = next_probe(response, self.probe_timeout, self.browser_ua,
                                     partial(self.probe_request, site, response.meta["probe_n"]))
        yield request or self.probe_item(site, response=response, failed=failed)

    async def probe_failed(self, failure):
        reason = await diagnosed(failure_reason(failure), failure.request.url, self.ca_bundle)
        yield self.probe_item(self.by_id[failure.request.meta["site_id"]], failure=failure, reason=reason)
