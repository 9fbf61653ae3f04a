"""Rows a column's list dates after the inspection date (a year typed wrong: 2027 for 2026), or by an age whose days
span the column's limit (2周前 for news, 11 to 20 days ago: undated). Such a date is no update, or none, but the row
may be the column's newest: when the list reads stale without them, their articles tell their own dates.
An article that cannot be read leaves the column unverified, never stale for it."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import parse_article
from govcheck.cms.article import shows_a_date
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import why

FUTURE_ARTICLES = 3  # rows dated after the inspection date whose articles are asked


class FutureRowsMixin:
    """For ColumnsMixin: `column_item`, `fresh_already`, `moved`, `safely` and `as_of` are its spider's."""

    def settled(self, state: dict, listing):
        """The column as read so far, unless it reads stale and its list shows rows dated after the inspection date:
        their articles are asked first."""
        # and rows whose age spans the column's limit (2周前 for news), undated
        future = [i.url for i in listing.items
                  if i.url and (i.date and i.date > self.as_of or i.earliest and not i.date)][:FUTURE_ARTICLES]
        if not future or state.get("future_urls") is not None or self.fresh_already(state):
            return self.column_item(state)
        return self.future_request({**state, "future_urls": future[1:], "future_failures": []}, future[0])

    def future_request(self, state: dict, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_future_row, errback=self.future_row_failed, dont_filter=True,
                              meta={"column_state": {**state, "requests": state["requests"] + 1}})

    def parse_future_row(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        if (unread := self.stand_in(response)) is not None:
            yield from self.next_future_row(state, f"{response.meta.get('column_asked', response.url)} {unread}")
            return
        sel = article = None
        if isinstance(response, TextResponse) and response.status < 300:
            sel = page_selector(response)
            article = self.safely(parse_article, sel, response.url, None)
        pub = article.pub_date if article is not None else None
        if pub is not None and pub <= self.as_of:  # the row's own date: it replaces the one its list shows
            shown = next((d for d in state["dates"] if d and d > self.as_of), None)
            state = {**state, **{k: self.redated(state[k], shown, pub) for k in ("dates", "core")}}
            yield from self.next_future_row(state, None)
            return
        # unread, or a date govcheck cannot read: unknown; an article that shows a later date or none dates nothing
        unread = sel is None or article is None or (pub is None and self.safely(shows_a_date, sel, response.url, True))
        yield from self.next_future_row(state, f"{response.url} 返回{response.status}" if sel is None else
                                        f"{response.url} 的发布日期无法识别" if unread else None)

    def future_row_failed(self, failure):
        state = failure.request.meta["column_state"]
        yield from self.next_future_row(state, f"{failure.request.url} {why(failure)}")

    def next_future_row(self, state: dict, failed: str | None):
        failures = state["future_failures"] + ([failed] if failed else [])
        rest = state["future_urls"]
        if rest and not self.fresh_already(state):
            yield self.future_request({**state, "future_urls": rest[1:], "future_failures": failures}, rest[0])
            return
        unknown = failures and not self.fresh_already(state)
        yield self.column_item(state, reason="列表中日期晚于检查日期的条目，其文章的发布日期未能读取："
                               + "；".join(failures) if unknown else None)

    @staticmethod
    def redated(dates: list, shown, pub) -> list:
        """`dates` with the first `shown` (a date after the inspection date) replaced by `pub`, else with `pub` added
        (a row of a smaller block of the list)."""
        out = list(dates)
        if shown in out:
            out[out.index(shown)] = pub
        else:
            out.append(pub)
        return out
