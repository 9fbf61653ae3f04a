"""A homepage Chromium draws: one that reads stale though it shows what its HTML does not (rows a script file writes
in place, more lists loaded than are read), read as a part of it; or a single-page app's mount point, the page it
shows read as the homepage is. Without a browser, or when the render fails, what it shows is unknown, never stale."""

from __future__ import annotations

import re
import uuid

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import homepage_dates
from govcheck.cms.containers import app_shell, route_links
from govcheck.cms.identity import IDENTITY_MARKS
from govcheck.items import PageItem
from govcheck.judge.columns import is_stale
from govcheck.spiders.base import page_selector

_STATUS = re.compile(r"返回(\d{3})）?$")  # a render's trouble: 返回500


class HomeRendersMixin:
    """For PortalSpider (a HomePartsHost: safely, playwright, browser_ready, read_listing, read_page, render_trouble,
    profile, home_newest, ask_year, home_endpoint_item)."""

    def home_render(self, url: str, site, depth: int, year_asked: str | None = None):
        """A homepage that reads stale though it shows what its HTML does not (rows a script file writes in place,
        rows an inline script writes without a date govcheck reads, more lists loaded than are read): Chromium
        renders it, read as a part of the homepage; without a browser, or when the render fails, its freshness is
        unknown, never stale. `year_asked`: the article the HTML's reading already asks for a month-day's year."""
        meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{url}#rendered", "home_url": url,
                "year_asked": year_asked}
        if not (self.playwright and self.browser_ready()):
            return self.home_endpoint_item(meta, None, [], True)
        return scrapy.Request(url, callback=self.parse_home_render, errback=self.home_render_failed,
                              dont_filter=True, meta={**meta, **_render_meta()})

    def app_render(self, url: str, site, depth: int):
        """A homepage that is a single-page app's mount point: Chromium draws it, and the page it shows is read as the
        homepage is (its blocks, menus, footer and links), a part of it as a frame is. Without a browser, or when the
        render fails or its scripts' data does not come, what it shows is unknown, never stale nor empty."""
        meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{url}#rendered", "home_url": url,
                "home": False, "home_frame": True, "source_url": url}
        if not (self.playwright and self.browser_ready()):
            return self.app_unread(meta, None)
        return scrapy.Request(url, callback=self.parse_app_render, errback=self.app_render_failed, dont_filter=True,
                              priority=90, meta={**meta, **_render_meta()})

    def parse_app_render(self, response):
        self.crawler.stats.inc_value("govcheck/pages_rendered")
        trouble = self.render_trouble.pop(response.meta.get("render_token"), None)
        site = self.by_id[response.meta["site_id"]]
        if not isinstance(response, TextResponse) or self.safely(app_shell, page_selector(response), response.url,
                                                                 False):
            yield self.app_unread(response.meta, response.status)  # nothing drawn
            return
        yield from self.read_page(response, site)
        # a block whose data did not come, or items and menus at hash routes (#/detail/345) govcheck does not follow:
        # what the homepage shows is unknown, never stale
        if trouble or self.safely(lambda s, _u: route_links(s), page_selector(response), response.url, 0) >= 3:
            yield self.home_endpoint_item({**response.meta, "check_url": f"{response.meta['home_url']}#unread"},
                                          None, [], True)

    def app_render_failed(self, failure):
        self.render_trouble.pop(failure.request.meta.get("render_token"), None)
        yield self.app_unread(failure.request.meta, None)

    def app_unread(self, meta: dict, status: int | None) -> PageItem:
        """An app's homepage not drawn: its dates unknown, and its footer's marks too (unknown, never missing)."""
        item = self.home_endpoint_item(meta, status, [], True)
        item.identity = dict.fromkeys(IDENTITY_MARKS)
        return item

    def parse_home_render(self, response):
        self.crawler.stats.inc_value("govcheck/pages_rendered")
        sel, url = page_selector(response), response.meta["home_url"]
        listing = self.read_listing(sel, url)
        shown = [] if listing.unread else self.safely(lambda s, u: homepage_dates(listing, s, u, self.as_of), sel, url,
                                                      [])
        dates = [d for d in shown if d and d <= self.as_of]
        # rendered month-days are no surer of their year than the HTML's: the newest one's article tells it
        newest, guess = self.home_newest(listing, dates)
        sure = [d for d in dates if newest is not None and d <= newest]
        yield self.home_endpoint_item(response.meta, response.status, sure, listing.unread)
        trouble = self.render_trouble.pop(response.meta.get("render_token"), None)
        if trouble and is_stale(max(sure, default=None), self.profile.homepage.stale_after_days, self.as_of):
            # a box whose script or data did not come holds what is unknown: never stale, nor a navigation page
            yield from self.unread_requests(response.meta, trouble)
        if guess is not None and guess.url != response.meta.get("year_asked"):  # not the HTML's question again
            meta = response.meta
            yield self.ask_year(guess, url, meta["site_id"], meta["page_depth"])

    def home_render_failed(self, failure):
        self.render_trouble.pop(failure.request.meta.get("render_token"), None)
        yield self.home_endpoint_item(failure.request.meta, None, [], True)

    def unread_requests(self, meta: dict, trouble: list[str]):
        """The script and data requests a render did not get (up to 3), each a part of the homepage unread, at its
        own address (a fragment apart from any page read there) with its status: the judge names them."""
        for entry in sorted(trouble)[:3]:  # by address: the same parts named whichever answered first
            url, _, what = entry.partition("（")
            status = _STATUS.match(what)
            yield self.home_endpoint_item({**meta, "check_url": f"{url}#unread"},
                                          int(status.group(1)) if status else None, [], True)


def _render_meta() -> dict:
    """A render request's meta: Chromium, its page tagged so that the requests it does not get are filed under it."""
    from govcheck.browser import render_methods
    from govcheck.spiders.scripted_lists import RENDER_HANDLERS, tag_render

    return {"playwright": True, "render_token": uuid.uuid4().hex,
            "playwright_page_init_callback": f"{tag_render.__module__}.{tag_render.__name__}",
            "playwright_page_methods": render_methods(), "playwright_page_event_handlers": dict(RENDER_HANDLERS)}
