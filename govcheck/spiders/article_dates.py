"""An undated list's dates from its articles: the first one's PubDate, and the next ones' (up to three) while the
first reads stale, as an old article pinned on top would. An article that cannot be read leaves the column
unverified when a newer date could be there; articles read that all show no date, none failing beside them, are
not updated, as the rules say."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import parse_article
from govcheck.cms.article import shows_a_date
from govcheck.cms.messages import read_reply
from govcheck.items import ColumnItem
from govcheck.judge.channels import is_consultation
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import why


class ArticleDatesMixin:
    """For ColumnsMixin: `column_item`, `fresh_already`, `moved` and `safely` are its spider's."""

    def parse_article_date(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        if not isinstance(response, TextResponse) or response.status >= 300:
            yield from self.next_article(state, f"{response.url} 返回{response.status}")
            return
        if (unread := self.stand_in(response)) is not None:
            yield from self.next_article(state, f"{response.meta.get('column_asked', response.url)} {unread}")
            return
        letter = is_consultation(state["name"])  # a consultation column's undated list: its letters' own pages
        reply = self.safely(lambda sel, _url: read_reply(sel), page_selector(response), response.url, None) \
            if letter else None
        if reply is not None and reply[0]:  # a letter's page: the day it was answered is the office's update
            if reply[1] is None:  # one still waiting dates nothing, nor proves the list stale
                yield from self.next_article({**state, "letters_waiting": True}, None)
                return
            pub = reply[1]
        elif (article := self.safely(parse_article, page_selector(response), response.url, None)) is None:
            yield from self.next_article(state, f"{response.url} 无法解析")  # its date is unknown, not missing
            return
        else:
            pub = article.pub_date
        if pub is not None:  # the list's newest item (it shows no dates) is as new as its newest article
            state = {**state, "article_date": max(pub, state.get("article_date") or pub)}
            if state.get("article_urls") and not self.fresh_already({**state, "core": [state["article_date"]]}):
                yield from self.next_article(state, None)  # the first may be an old item pinned on top
                return
            yield self.dated_by_article(state)
            return
        if self.safely(shows_a_date, page_selector(response), response.url, True):
            # a PubDate of the day the page was generated, a date under a label govcheck does not know: it has a
            # date govcheck cannot read, not none
            yield from self.next_article(state, f"{response.url} 的发布日期无法识别")
            return
        yield from self.next_article(state, None)  # read, and it shows no date: not updated, as the rules say

    def dated_by_article(self, state: dict, reason: str | None = None) -> ColumnItem:
        dates = list(state["dates"])
        dates[dates.index(None) if None in dates else len(dates) - 1] = state["article_date"]
        return self.column_item({**state, "dates": dates}, reason)

    def article_failed(self, failure):
        state = failure.request.meta["column_state"]
        yield from self.next_article(state, f"{failure.request.url} {why(failure)}")

    def next_article(self, state: dict, failed: str | None):
        failures = state["article_failures"] + ([failed] if failed else [])
        rest = state.get("article_urls") or []
        if rest:
            state = {**state, "article_urls": rest[1:], "requests": state["requests"] + 1,
                     "article_failures": failures}
            yield scrapy.Request(rest[0], callback=self.parse_article_date, dont_filter=True,
                                 meta={"column_state": state}, errback=self.article_failed)
            return
        if state.get("article_date"):  # stale by the articles read, a newer one among those that failed: unknown
            unknown = failures and not self.fresh_already({**state, "core": [state["article_date"]]})
            reason = "列表未显示日期，可能更新的文章未能读取：" + "；".join(failures)
            yield self.dated_by_article(state, reason if unknown else None)
            return
        if failures:  # no date read, and an article that could not be read may show one: unknown, never stale
            yield self.column_item(state, reason="列表未显示日期，文章页面的日期也无法读取：" + "；".join(failures))
            return
        if state.get("letters_waiting"):  # the newest letters wait: an older one's reply is unread, never stale
            yield self.column_item(state, reason="列表未显示回复日期，所读最新信件均尚未回复")
            return
        yield self.column_item(state)  # each article read shows no date: not updated, as the rules say
