"""A column's further list pages, read while the verdict is open (a pager that leads nowhere new ends the list), and
the year of a list of month-days from its newest article. A further page that cannot be read leaves the column
unverified, never empty or stale for that."""

from __future__ import annotations

import dataclasses
from datetime import date

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import parse_article, parse_more
from govcheck.cms.list_urls import column_key, is_later_page
from govcheck.cms.row_dates import ages_settled
from govcheck.judge.dates import shift_years, years_ahead
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import why

GONE = (404, 410)  # a page not there: the site's finding (a dead link), not a page that could not be read


def followable(listing):
    """`listing` without the pager's addresses no request can be made for (a port past 65535: a browser cannot
    follow them either): they lead nowhere, as a pager whose next page is not there."""
    keep = [u for u in listing.next_pages if _requestable(u)]
    last = listing.last_page if listing.last_page is None or _requestable(listing.last_page) else None
    if keep == listing.next_pages and last == listing.last_page:
        return listing
    return dataclasses.replace(listing, next_pages=keep, last_page=last)


def _requestable(url: str) -> bool:
    try:
        scrapy.Request(url)
    except ValueError:
        return False
    return True


class ListPagesMixin:
    """For ColumnsMixin: `continue_column`, `further_page_unread`, `column_item`, `fresh_already`, `endpoint_listing`,
    `moved`, `unanswered`, `safely` and `as_of` are its spider's."""

    # --- further list pages ---
    def next_list_page(self, state: dict, listing):
        if listing.next_pages:
            return self.list_page_request(state, listing.next_pages[0])
        url, form = listing.post_requests[0]
        return self.list_page_request(state, url, form=form)

    def list_page_request(self, state: dict, url: str, last: bool = False,
                          form: dict | None = None, core: bool = True) -> scrapy.Request:
        """A further page of the list (its last one when `last`); a form posted for it when given. Not `core`: a
        list of its own (a later year's tab), whose order and pages the column is read by from then on."""
        state = {**state, "pages_read": state["pages_read"] + 1, "requests": state["requests"] + 1, "last_read": last,
                 "core_kept": core}
        kwargs = {"callback": self.parse_list_page, "dont_filter": True, "errback": self.list_page_failed,
                  "meta": {"column_state": state, "list_url": url}}
        if form is not None:
            return scrapy.FormRequest(url, formdata=form, **kwargs)
        return scrapy.Request(url, **kwargs)

    def parse_list_page(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        if (unread := self.unanswered(response)) is not None:
            yield self.further_page_unread(state, f"列表后续页面（{response.meta['list_url']}）{unread}",
                                           gone=response.status in GONE)
            return
        if state["family"] == "endpoint":  # a later page of a list endpoint's JSON: read as its first was
            listing = self.endpoint_listing(response, state["read_url"], paged=True, page_size=state.get("page_size"))
            if listing is not None and not listing.items and not listing.placeholder:
                listing = None  # the backend's error, or an answer of no list: not the list's end
        else:
            listing = self.safely(parse_more, page_selector(response), response.url, None, text=response.text,
                                  as_of=self.as_of, column=(state["url"], state["name"]),
                                  seen=frozenset(b["sig"] for b in state["blocks"]))
        if listing is None:
            yield self.further_page_unread(state, f"列表后续页面（{response.url}）无法识别")
            return
        if self.pager_ends(state, listing):  # the list is read whole: settled on what it shows
            listing = dataclasses.replace(listing, next_pages=[], post_requests=[], last_page=None, last_post=None)
        listing = ages_settled(listing, self.as_of, state["threshold"])  # ages across its limit: undated
        more = [i.date for i in listing.items]
        state = {**state, "dates": state["dates"] + more, "pinned": False,
                 "core": state["core"] + more if state.get("core_kept", True) else more}
        yield from self.continue_column(state, listing)

    @staticmethod
    def pager_ends(state: dict, listing) -> bool:
        """Whether a further page's pager leads nowhere new: the page shows page one's list again and nothing else
        (a ?page=N the site ignores), or its next page is page one (a last page's 下一页 leading back to the first)."""
        own = {b["sig"] for b in state["blocks"] if b["picked"]}
        again = not listing.items and any(b.picked and b.sig in own for b in listing.blocks)
        nxt = listing.next_pages[0] if listing.next_pages else None
        back = nxt is not None and not is_later_page(nxt) and column_key(nxt) in (state["url"],
                                                                                 column_key(state["read_url"]))
        return again or back

    def list_page_failed(self, failure):
        state = failure.request.meta["column_state"]
        yield self.further_page_unread(state, f"列表后续页面（{failure.request.url}）无法读取：{why(failure)}")

    # --- the year of a list of month-days ---
    def year_request(self, state: dict, unsettled: str | None) -> scrapy.Request:
        """The newest item's article; `unsettled`: the column's reason should its list prove stale."""
        url = state["guessed"]
        state = {**state, "guessed": None, "unsettled": unsettled, "requests": state["requests"] + 1}
        return scrapy.Request(url, callback=self.parse_year, errback=self.year_failed, dont_filter=True,
                              meta={"column_state": state})

    def parse_year(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        article = None
        if isinstance(response, TextResponse) and response.status < 300:
            article = self.safely(parse_article, page_selector(response), response.url, None)
        if article is None or article.pub_date is None:  # unread, or undated: the guess stands
            yield self.column_item(state)
            return
        newest = max(d for d in state["core"] if d and d <= self.as_of)
        state = self.years_back(state, years_ahead(newest, article.pub_date))
        yield self.column_item(state, reason=None if self.fresh_already(state) else state["unsettled"])

    @staticmethod
    def years_back(state: dict, years: int) -> dict:
        """The column's dates, each `years` earlier: its list's month-days were all given the year of the newest."""
        if not years:
            return state

        def back(d):
            return d and shift_years(d, -years)

        blocks = [{**b, "dates": [d and back(date.fromisoformat(d)).isoformat() for d in b["dates"]]}
                  for b in state["blocks"]]
        return {**state, "dates": [back(d) for d in state["dates"]], "core": [back(d) for d in state["core"]],
                "blocks": blocks}

    def year_failed(self, failure):
        yield self.column_item(failure.request.meta["column_state"])  # the guess stands: nothing read says otherwise
