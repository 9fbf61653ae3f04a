"""How a link target is fetched so that its verdict is fair: redirects followed by hand, HEAD with a GET
fallback, 429 waited out, a bot wall tried once with a browser's User-Agent. Shared by the spiders."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, runtime_checkable

import scrapy
from scrapy.http import HtmlResponse, TextResponse
from w3lib.html import get_meta_refresh

from govcheck.cms.list_urls import column_key
from govcheck.cms.openers import sent_on
from govcheck.items import CheckItem, PageItem
from govcheck.judge.categories import category_info
from govcheck.judge.links import Observation, classify
from govcheck.judge.urls import join_url, link_scheme_class
from govcheck.spiders.failures import diagnosed, failure_reason, refusal

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 20
HEAD_FALLBACK = {400, 403, 404, 405, 501}
BOT_WALL = {403, 503}
CHECK_HEADERS = ("content-type", "content-length", "location", "retry-after", "server")
WEB_SCHEMES = ("http://", "https://")
META_REFRESH_CHARS = 16384  # a meta refresh sits in the head: a long page is not searched whole
SENT_ON_BYTES = 8192  # a page that only sends its visitor on by a script is small
# Our own meta keys: only these travel to a follow-up request (Scrapy's own, like download_latency, must not).
CARRIED = frozenset({
    "site_id", "page_depth", "home", "check_url", "source_url", "started", "column", "kind", "redirects",
    "download_maxsize", "download_timeout", "head_fallback", "browser_status_of", "tries_429", "probe", "probe_n",
    "probe_chain", "probe_begun",
    "column_state", "playwright", "playwright_page_methods", "dont_retry", "recheck", "home_frame", "list_url",
    "home_url", "guessed", "column_moved", "cookie", "probe_cookie", "site_map",
})


def carry(meta, **changes) -> dict:
    return {**{k: v for k, v in meta.items() if k in CARRIED}, **changes}


def browser_headers(user_agent: str) -> dict[str, str]:
    """The headers of a browser's request: a bot wall's or a firewall's second chance."""
    return {"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "zh-CN,zh;q=0.9"}


# failure classes that are no link category: a page too large is answered, not broken
OWN_WORDS = {"too_large": "页面超过检查工具的下载上限", "other": "访问失败（原因不明）"}


def why(failure) -> str:
    """A failed request's reason in the report's words (访问超时, 连接被拒绝, …)."""
    code = failure_reason(failure)
    try:
        return category_info(code)["label"]
    except KeyError:
        return OWN_WORDS.get(code, code)


def bot_wall(response) -> str | None:
    """What marks a homepage's answer as a bot wall or a challenge (瑞数's 412, 加速乐's 521, a 200 that sets a cookie
    by script and reloads) or a rate limit's 429, or None: a browser at a visitor's pace gets through either, so it
    tells nothing of the site."""
    headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    body = response.text[:65536] if isinstance(response, TextResponse) else ""
    outcome = classify(Observation(url=response.url, source_url=response.url, status=response.status, body=body,
                                   headers=headers, content_type=headers.get("content-type", "")))
    return outcome.detail if outcome.category in ("bot_blocked", "rate_limited") else None


def cookie_jar(sent: str | None, response) -> str | None:
    """The Cookie header a browser sends on after `response`: the cookies it sent (`sent`) and those the answer sets
    (a firewall's cookie check sends its visitor back to the same page with one: wzws_cid), or None. Only along a
    redirect chain: Scrapy's cookies middleware stays off (settings.COOKIES_ENABLED)."""
    jar = dict(part.split("=", 1) for part in (sent or "").split("; ") if "=" in part)
    for raw in response.headers.getlist("Set-Cookie"):
        name, eq, value = raw.decode("latin-1").split(";", 1)[0].strip().partition("=")
        if eq and name:
            jar[name] = value
    return "; ".join(f"{k}={v}" for k, v in jar.items()) or None


def retry_after_seconds(value: bytes | None, default: float) -> float:
    if not value:
        return default
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        return max(0.0, (parsedate_to_datetime(text)
                         - datetime.now(parsedate_to_datetime(text).tzinfo)).total_seconds())
    except (TypeError, ValueError):
        return default


@runtime_checkable
class FetchHost(Protocol):
    """What FetchMixin needs of its spider: the site list's (SiteListSpider) and where a page goes."""

    crawler: Any
    by_id: dict
    site_hosts: frozenset

    def site_for(self, url: str) -> Any: ...
    def government_host(self, site: Any, url: str) -> bool: ...  # another host of the site's government's domain
    def adopt_host(self, site: Any, url: str) -> None: ...
    def claim_column(self, key: str, by: str) -> bool: ...
    homepages_done: set  # sites whose homepage request (probe 1) was answered
    def parse_page(self, response) -> Any: ...  # a redirected page is read on there
    def probe_item(self, site: Any, response=None, failure=None, failed=None, reason=None) -> Any: ...
    def unreadable_column(self, meta: dict, reason: str) -> Any: ...


class FetchMixin:
    """Request helpers for spiders that check links: checks, redirects by hand, HEAD->GET, 429 waits, a browser-like
    retry behind a bot wall, requests planned for later. Its spider is a FetchHost; configure_fetch(settings) first.
    """

    def configure_fetch(self, s) -> None:
        self.browser_ua = s.get("GOVCHECK_BROWSER_USER_AGENT")
        self.retry_after_max = s.getfloat("GOVCHECK_RETRY_AFTER_MAX")
        self.retries_429 = s.getint("GOVCHECK_429_RETRIES")
        self.check_maxsize = s.getint("GOVCHECK_CHECK_MAXSIZE")
        self.ca_bundle = s.get("GOVCHECK_CA_BUNDLE")
        self.meta_refresh_max = s.getfloat("METAREFRESH_MAXDELAY")  # Scrapy's own limit (its middleware is off)
        self.pending_later = 0  # requests planned for later on timers here; they keep the crawl open

    def schedule_recheck(self, item: CheckItem, delay: float) -> None:
        """Checks a URL judged broken once more after `delay` seconds: a failure seen twice is confirmed,
        one that clears was passing trouble. Called by the link health pipeline."""
        site = self.by_id.get(item.site_id)
        if site is None:
            return
        kind = "attachment" if item.method == "HEAD" else "page"  # the same method as the first check
        request = self.check_request(item.url, kind, site, item.source_url)
        request.meta["recheck"] = True
        self.later(delay, request.replace, dont_filter=True)

    def later(self, delay: float, make, *args, **kwargs) -> None:
        """Sends the request `make(*args, **kwargs)` builds in `delay` seconds. A distributed run keeps it in
        Redis, where it outlives this worker; otherwise a timer here."""
        coordinator = getattr(self, "run_coordinator", None)
        if coordinator is not None and coordinator.keys is not None:
            coordinator.delay(make(*args, **kwargs), delay)
            return
        self.pending_later += 1
        asyncio.get_running_loop().call_later(delay, self.send_later, make, args, kwargs)

    def send_later(self, make, args, kwargs) -> None:
        self.pending_later -= 1
        try:
            engine = self.crawler.engine
        except RuntimeError:  # Scrapy's "engine is not set"
            engine = None
        if engine is None or engine.spider is None:
            return  # the crawl was stopped meanwhile (a store fault, a shutdown): nothing more goes out
        request = make(*args, **kwargs)
        request.meta["started"] = time.monotonic()
        engine.crawl(request)

    def check_request(self, url: str, kind: str, site, source: str) -> scrapy.Request:
        """A check of a target that is not parsed: HEAD for files, a size-capped GET for pages."""
        method = "HEAD" if kind in ("image", "attachment") else "GET"
        meta = {"site_id": site.site_id, "check_url": url, "source_url": source, "started": time.monotonic(),
                "download_maxsize": self.check_maxsize, "kind": kind}
        return scrapy.Request(url, method=method, callback=self.parse_check, errback=self.check_failed, meta=meta)

    async def parse_check(self, response):
        outcome = await self.settle(response, self.parse_check)
        if outcome is not None:
            for req in outcome:
                yield req
            return
        body = ""
        if isinstance(response, TextResponse) and response.request.method != "HEAD":
            body = response.text[:65536]
        yield self.check_item(response, body=body)

    async def check_failed(self, failure):
        yield await self.failure_item_diagnosed(failure)

    async def page_failed(self, failure):
        request, item = failure.request, await self.failure_item_diagnosed(failure)
        site = self.by_id[request.meta["site_id"]]
        if request.meta.get("home") and request.meta.get("probe"):
            self.homepages_done.add(site.site_id)
            yield self.probe_item(site, failure=failure, reason=item.failure)
        yield item
        if request.meta.get("home_frame") and item.failure:
            # what the homepage shows in that frame is unknown: never a homepage that dates nothing, nor stale
            yield PageItem(site_id=site.site_id, url=request.meta["check_url"], status=None,
                           depth=request.meta["page_depth"], is_homepage=False, home_frame=True, unread=True)
        if request.meta.get("home") and failure_reason(failure) == "too_large":
            # larger than govcheck reads, not down: a browser shows it; its homepage waits for a person unread
            logger.info("govcheck: %s's homepage is larger than the download cap: it waits for a person",
                        site.site_id)
            yield PageItem(site_id=site.site_id, url=request.meta["check_url"], status=None,
                           depth=request.meta["page_depth"], is_homepage=True, unread=True)
        if request.meta.get("home") and item.failure == "tls_chain":
            # its certificate came without the intermediate a browser fetches: the site opens there, so its homepage
            # waits for a person unread (as a bot wall's), never unreachable
            logger.info("govcheck: %s sends its certificate without the intermediate: its homepage waits for a "
                        "person", site.site_id)
            yield PageItem(site_id=site.site_id, url=request.meta["check_url"], status=None,
                           depth=request.meta["page_depth"], is_homepage=True, unread=True)
        # the column exists (a menu leads to it) but could not be read: a person looks at it
        unread = self.unreadable_column(request.meta, f"栏目页面无法打开：{why(failure)}")
        if unread is not None:
            yield unread

    async def failure_item_diagnosed(self, failure) -> CheckItem:
        item = self.failure_item(failure)
        if item.failure:
            item.failure = await diagnosed(item.failure, failure.request.url, self.ca_bundle)
        return item

    async def settle(self, response, callback) -> list | None:
        """Requests to make instead of judging this response (redirect, 429 wait, HEAD fallback, bot wall), or None."""
        request, meta, status = response.request, response.meta, response.status
        if callback == self.parse_page and self.site_for(response.url) is None and not meta.get("home_frame") \
                and not meta.get("column_moved") and not meta.get("borrowed"):
            # only a host the site's homepage moved to carries its pages off its hosts: taken up by another worker,
            # or before a resume
            self.adopt_host(self.by_id[meta["site_id"]], response.url)
        if 300 <= status < 400 and status != 304 and response.headers.get("Location"):
            location = response.headers["Location"].decode("latin-1").strip()
            target = join_url(response.url, location)
            if target is None or link_scheme_class(location) == "malformed":
                return [self.redirect_finding(response, "malformed", "redirects to a malformed address", location)]
            if not target.lower().startswith(WEB_SCHEMES):
                # mailto:, javascript:, an app's scheme: no page to check, and no proof the link is wrong
                return [self.redirect_finding(response, "non_web_redirect", "redirects to a non-web address, not "
                                              "followed", location)]
            return [self.redirect(response, callback, target)]
        refresh = self.meta_refresh(response)
        if refresh is None and callback == self.parse_page:
            refresh = self.script_sent_on(response)
        if refresh is not None:  # a browser follows it at once, as it follows a redirect
            return [self.redirect(response, callback, refresh)]
        if request.method == "HEAD" and status in HEAD_FALLBACK and not meta.get("head_fallback"):
            headers = {"Range": "bytes=0-65535"}
            return [request.replace(method="GET", headers=headers, dont_filter=True,
                                    meta=carry(meta, head_fallback=status, probe=False))]
        if status == 429:
            tries = meta.get("tries_429", 0)
            if tries < self.retries_429:
                wait = retry_after_seconds(response.headers.get("Retry-After"), 2.0)
                if wait <= self.retry_after_max:
                    await asyncio.sleep(wait)
                    return [request.replace(dont_filter=True, meta=carry(meta, tries_429=tries + 1, probe=False))]
            meta["gave_up_429"] = True
            return None
        if status in BOT_WALL and not meta.get("browser_status_of"):
            headers = {**request.headers.to_unicode_dict(), **browser_headers(self.browser_ua)}
            return [request.replace(headers=headers, dont_filter=True,
                                    meta=carry(meta, browser_status_of=status))]
        return None

    @staticmethod
    def walled_home(response, site) -> PageItem | None:
        """The homepage unread, when a bot wall answered for it: a challenge a browser gets through says nothing of
        the site, which waits for a person (never down nor stale)."""
        if (wall := bot_wall(response)) is None:
            return None
        logger.info("govcheck: %s answers with a bot wall (%s): its homepage waits for a person", site.site_id, wall)
        return PageItem(site_id=site.site_id, url=response.meta["check_url"], status=response.status,
                        depth=response.meta["page_depth"], is_homepage=True, unread=True)

    def meta_refresh(self, response) -> str | None:
        """Where a page's <meta http-equiv="refresh"> sends a visitor within METAREFRESH_MAXDELAY seconds, if
        elsewhere (w3lib reads it, as Scrapy's own middleware does)."""
        if not (200 <= response.status < 300) or not isinstance(response, TextResponse):
            return None
        head = response.text[:META_REFRESH_CHARS]
        if "refresh" not in head.lower():
            return None
        try:
            delay, url = get_meta_refresh(head, response.url, ignore_tags=("script", "noscript"))
        except ValueError:  # an address no URL parser accepts ("http://[x/"): a browser stays on the page too
            return None
        if url is None or delay > self.meta_refresh_max or url.split("#")[0] == response.url.split("#")[0]:
            return None
        return url if url.lower().startswith(WEB_SCHEMES) else None  # a browser runs no refresh to javascript:

    def script_sent_on(self, response) -> str | None:
        """Where a small page that shows nothing sends a visitor by a script (cms.openers.sent_on), if elsewhere."""
        if not (200 <= response.status < 300) or not isinstance(response, HtmlResponse) \
                or len(response.body) > SENT_ON_BYTES or b"location" not in response.body:
            return None
        sent = sent_on(response.selector)
        target = join_url(response.url, sent) if sent else None
        if target is None or target.split("#")[0] == response.url.split("#")[0]:
            return None
        return target if target.lower().startswith(WEB_SCHEMES) else None

    def redirect(self, response, callback, target: str) -> scrapy.Request:
        meta = response.meta
        chain = tuple(meta.get("redirects", ())) + (target,)
        new_meta = carry(meta, redirects=chain)  # a homepage probe still unanswered goes on with it (home_probe)
        seen = (meta["check_url"],) + chain[:-1]
        if jar := cookie_jar(meta.get("cookie"), response):
            new_meta["cookie"] = jar
        if target in seen and jar == meta.get("cookie"):  # sent back with a new cookie, a browser goes on
            new_meta["redirect_loop"] = True
        elif len(chain) > MAX_REDIRECTS:
            new_meta["too_many_redirects"] = True
        if new_meta.get("redirect_loop") or new_meta.get("too_many_redirects"):
            # judged now: no further request
            return self.check_item(response, redirect_loop=new_meta.get("redirect_loop", False),
                                   too_many=new_meta.get("too_many_redirects", False), redirects=chain)
        method = "GET" if response.status == 303 else response.request.method
        if callback == self.parse_page and meta.get("home") and not meta.get("home_frame"):
            self.adopt_host(self.by_id[meta["site_id"]], target)  # the listed homepage moved: read it where it is
            # and it is no column there either, whatever page links to it
            self.claim_column(column_key(target), meta["check_url"])
        site = self.by_id[meta["site_id"]]
        if callback == self.parse_page and self.site_for(target) is not site:
            if meta.get("column") and self.government_host(site, target):
                # a column moved to its government's platform (xxgk.…): read there, its host not adopted
                new_meta["column_moved"] = True
            else:
                callback = self.parse_check  # a page that leaves its site is checked, not parsed
                new_meta["download_maxsize"] = self.check_maxsize
        errback = self.page_failed if callback == self.parse_page else self.check_failed
        return scrapy.Request(target, method=method, callback=callback, errback=errback, meta=new_meta,
                              dont_filter=True, priority=response.request.priority,
                              headers={"Cookie": jar} if jar else None)

    def redirect_finding(self, response, failure: str, what: str, location: str) -> CheckItem:
        """A redirect to an address no request can be made to, judged as it stands: malformed (no URL parser
        accepts it), or non_web_redirect (mailto:, javascript:)."""
        meta = response.meta
        return CheckItem(url=meta["check_url"], site_id=meta["site_id"], source_url=meta.get("source_url", ""),
                         method=response.request.method, failure=failure, site_hosts=self.site_hosts,
                         failure_detail=f"{what}: {location[:200]}",
                         redirects=tuple(meta.get("redirects", ())), checked_at=datetime.now(),
                         recheck=bool(meta.get("recheck")))

    def check_item(self, response, body: str = "", redirect_loop=False, too_many=False, redirects=None) -> CheckItem:
        meta = response.meta
        status = response.status
        browser_status = None
        if meta.get("browser_status_of"):
            browser_status, status = status, meta["browser_status_of"]
        headers = {k: v.decode("latin-1") for k in CHECK_HEADERS if (v := response.headers.get(k))}
        length = len(response.body)
        if response.request.method == "HEAD" or meta.get("head_fallback"):
            length = int(headers["content-length"]) if headers.get("content-length", "").isdigit() else None
        return CheckItem(
            url=meta["check_url"], site_id=meta["site_id"], source_url=meta.get("source_url", meta["check_url"]),
            method=response.request.method, http_status=status, headers=headers, body=body, body_length=length,
            content_type=headers.get("content-type", ""), redirects=tuple(redirects or meta.get("redirects", ())),
            redirect_loop=redirect_loop, too_many_redirects=too_many, browser_retry_status=browser_status,
            retried_after_429=bool(meta.get("gave_up_429")), site_hosts=self.site_hosts,
            elapsed=round(time.monotonic() - meta.get("started", time.monotonic()), 3), checked_at=datetime.now(),
            recheck=bool(meta.get("recheck")),
        )

    def failure_item(self, failure) -> CheckItem:
        meta = failure.request.meta
        reason = failure_reason(failure)
        if reason == "too_large":
            # the server answered with a body bigger than we read: it is there
            return CheckItem(url=meta["check_url"], site_id=meta["site_id"], source_url=meta.get("source_url", ""),
                             method=failure.request.method, http_status=200, site_hosts=self.site_hosts,
                             redirects=tuple(meta.get("redirects", ())), checked_at=datetime.now(),
                             body_length=None, content_type="application/octet-stream",
                             recheck=bool(meta.get("recheck")))
        refused = failure.value if reason == "blocked_address" else None
        detail = refusal(refused) if hasattr(refused, "address") else getattr(failure.value, "detail", "")
        return CheckItem(url=meta["check_url"], site_id=meta["site_id"], source_url=meta.get("source_url", ""),
                         method=failure.request.method, failure=reason, site_hosts=self.site_hosts,
                         failure_detail=detail,
                         redirects=tuple(meta.get("redirects", ())), checked_at=datetime.now(),
                         elapsed=round(time.monotonic() - meta.get("started", time.monotonic()), 3),
                         recheck=bool(meta.get("recheck")))
