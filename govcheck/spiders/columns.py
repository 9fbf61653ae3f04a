"""How the portal spider reads a column: its list page, further list pages or article dates only while the
verdict is still open, and the list rendered by Chromium when scripts build it."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import parse_article
from govcheck.cms.containers import has_empty_list
from govcheck.items import ColumnItem


class ColumnsMixin:
    """Column reading for PortalSpider: each request carries the column's state until a ColumnItem is due."""

    def column_from_listing(self, response, listing, column: dict):
        meta = response.meta
        state = {
            "site_id": meta["site_id"], "name": column["name"] or listing.column_name or "",
            "url": meta["check_url"], "parent": column.get("parent"), "top_level": column.get("top_level", True),
            "source": column.get("source", "nav"), "family": listing.family, "meta_type": listing.column_type,
            "dates": [i.date for i in listing.items], "placeholder": listing.placeholder,
            "rendered": bool(meta.get("playwright")), "requests": 1,
        }
        if not listing.items and listing.scripted and self.playwright and not meta.get("playwright"):
            yield self.render_request(response.url, state)
            return
        if not listing.items and not listing.placeholder and not listing.scripted \
                and not self.safely(has_empty_list, response.selector, response.url, False):
            return  # a static page (机构概况 and the like): no list to judge
        yield from self.continue_column(state, listing)

    def continue_column(self, state: dict, listing):
        """Read further list pages or article dates only while page one leaves the verdict open."""
        dated = [d for d in state["dates"] if d is not None and d <= self.as_of]
        pages_read = state.get("pages_read", 1)
        if not dated and state["dates"] and pages_read < self.max_list_pages:
            if listing.next_pages:
                state = {**state, "pages_read": pages_read + 1, "requests": state["requests"] + 1}
                yield scrapy.Request(listing.next_pages[0], callback=self.parse_list_page, dont_filter=True,
                                     meta={"column_state": state}, errback=self.column_request_failed)
                return
            if listing.post_requests:
                url, form = listing.post_requests[0]
                state = {**state, "pages_read": pages_read + 1, "requests": state["requests"] + 1}
                yield scrapy.FormRequest(url, formdata=form, callback=self.parse_list_page, dont_filter=True,
                                         meta={"column_state": state}, errback=self.column_request_failed)
                return
        if not dated and listing.items and not state.get("articles_tried"):
            # the list shows no dates: the articles' <meta name="PubDate"> tells
            urls = [i.url for i in listing.items[:3]]
            state = {**state, "articles_tried": True, "article_urls": urls[1:], "requests": state["requests"] + 1}
            yield scrapy.Request(urls[0], callback=self.parse_article_date, dont_filter=True,
                                 meta={"column_state": state}, errback=self.column_request_failed)
            return
        yield self.column_item(state)

    def column_item(self, state: dict) -> ColumnItem:
        return ColumnItem(site_id=state["site_id"], name=state["name"], url=state["url"], parent=state["parent"],
                          top_level=state["top_level"], source=state["source"], family=state["family"],
                          meta_type=state["meta_type"], dates=list(state["dates"]), placeholder=state["placeholder"],
                          rendered=state["rendered"], requests=state["requests"])

    def parse_list_page(self, response):
        state = response.meta["column_state"]
        if response.status >= 400 or not isinstance(response, TextResponse):
            yield self.column_item(state)
            return
        if "dataproxy" in response.url:
            from govcheck.cms.hanweb import parse_hanweb_records
            listing = parse_hanweb_records(response.text, response.url)
        else:
            listing = self.read_listing(response.selector, response.url)
        state = {**state, "dates": state["dates"] + [i.date for i in listing.items]}
        yield from self.continue_column(state, listing)

    def parse_article_date(self, response):
        state = response.meta["column_state"]
        pub = None
        if isinstance(response, TextResponse) and response.status < 400:
            article = self.safely(parse_article, response.selector, response.url, None)
            pub = article.pub_date if article else None
        if pub is not None:
            state = {**state, "dates": [d for d in state["dates"] if d is not None] + [pub]}
            yield self.column_item(state)
            return
        rest = state.get("article_urls") or []
        if rest:
            state = {**state, "article_urls": rest[1:], "requests": state["requests"] + 1}
            yield scrapy.Request(rest[0], callback=self.parse_article_date, dont_filter=True,
                                 meta={"column_state": state}, errback=self.column_request_failed)
            return
        yield self.column_item(state)

    def column_request_failed(self, failure):
        yield self.column_item(failure.request.meta["column_state"])

    def render_request(self, url: str, state: dict) -> scrapy.Request:
        from scrapy_playwright.page import PageMethod

        state = {**state, "rendered": True, "requests": state["requests"] + 1}
        return scrapy.Request(url, callback=self.parse_rendered, dont_filter=True, errback=self.column_request_failed,
                              meta={"playwright": True, "column_state": state,
                                    "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle")]})

    def parse_rendered(self, response):
        state = response.meta["column_state"]
        listing = self.read_listing(response.selector, response.url)
        state = {**state, "dates": [i.date for i in listing.items], "placeholder": listing.placeholder,
                 "family": listing.family}
        self.crawler.stats.inc_value("govcheck/pages_rendered")
        yield from self.continue_column(state, listing)
