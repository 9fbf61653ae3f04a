"""How the portal spider reads a column: the list on its first page (or in the frame that page shows), then
further list pages (ListPagesMixin, list_pages.py) and article dates, only while the verdict is open; a list that
scripts build is read by ScriptedListsMixin (scripted_lists.py).

A column that cannot be read (a failed request, a render that failed or could not be done, articles whose
dates cannot be fetched, an oldest-first list whose last page was not reached, dated rows without a link it can
follow) ends unverified with its reason: never empty or stale for that.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Protocol, runtime_checkable

import scrapy

from govcheck.cms import column_list, core_dates, guessed_year, is_placeholder
from govcheck.cms.archives import archived_topic
from govcheck.cms.base import ListPage
from govcheck.cms.containers import app_shell, has_empty_list, list_frame, list_scripts, opaque_rows, stray_dates
from govcheck.cms.empty_boxes import open_comment_note, said_in_its_list
from govcheck.cms.file_rows import file_dated_rows
from govcheck.cms.generic import pager_pages
from govcheck.cms.list_urls import column_key
from govcheck.cms.names import breadcrumb_place, own_heading
from govcheck.cms.one_article import one_article_date
from govcheck.cms.row_dates import ages_settled
from govcheck.cms.script_rows import writes_rows
from govcheck.cms.served import INCLUDE_UNRUN, unprocessed_include
from govcheck.cms.subsites import crumb_sub_home, topic_crumb
from govcheck.cms.text_rows import dated_lines
from govcheck.cms.year_tabs import year_tabs
from govcheck.items import ColumnItem
from govcheck.judge.answers import cut_short
from govcheck.judge.columns import column_type, judged_by_its_article, list_order
from govcheck.spiders.article_dates import ArticleDatesMixin
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import why
from govcheck.spiders.future_rows import FutureRowsMixin
from govcheck.spiders.list_pages import ListPagesMixin, followable
from govcheck.spiders.scripted_lists import ScriptedListsMixin
from govcheck.spiders.stand_ins import StandInsMixin

OPAQUE_ROWS = 3  # dated rows govcheck cannot follow (no link, or one only a script opens): a list, unread
ONE_ARTICLE = "栏目页面仅为一篇文章（菜单直接链接到该文章，没有信息列表），按该文章的发布日期判断"


@runtime_checkable
class ColumnsHost(Protocol):
    """What ColumnsMixin needs of its spider."""

    crawler: Any
    by_id: dict
    as_of: date  # the inspection date
    profile: Any  # the rule profile: each column type's limit decides when reading on can change the verdict
    max_list_pages: int
    column_claims: Any  # column key -> the page read as it (a dict, or the run's shared claims)

    def safely(self, read, sel, url: str, default, **kwargs) -> Any: ...  # a page reader that may fail
    def read_listing(self, sel, url: str) -> Any: ...  # cms.parse_list, safely


class ColumnsMixin(ListPagesMixin, ScriptedListsMixin, FutureRowsMixin, ArticleDatesMixin, StandInsMixin):
    """Column reading for PortalSpider (a ColumnsHost): each request carries the column's state until it is judged."""

    # --- page one ---
    def column_from_listing(self, response, listing, column: dict, key: str):
        meta = response.meta
        name = column["name"] or listing.column_name or ""
        listing = self.as_column_list(response, listing, (key, name))
        if listing.unread:  # the page defeated the list reader: nothing is known of the list
            yield self.unread_item(meta["site_id"], column, key, response.url, "栏目页面的列表无法解析")
            return
        if not listing.items and not listing.placeholder and unprocessed_include(response.text):
            yield self.unread_item(meta["site_id"], column, key, response.url, INCLUDE_UNRUN)  # its list not sent
            return
        site = self.by_id[meta["site_id"]]
        # typed before its list is read on: how deep it is read depends on its type's limit
        heading = self.safely(own_heading, page_selector(response), response.url, None, name=name,
                              parent=column.get("parent"))
        archived = bool(self.safely(archived_topic, page_selector(response), response.url, False,
                                    parent=column.get("parent")))
        state = {
            "site_id": meta["site_id"], "name": name, "url": key, "read_url": response.url,
            "parent": column.get("parent"), "top_level": column.get("top_level", True),
            "source": column.get("source", "nav"), "meta_type": listing.column_type, "heading": heading,
            "archived": archived,
            "threshold": self.profile.threshold_days(column_type(name, listing.column_type, self.profile,
                                                                 site.column_types.get(name), heading, archived)),
            **self.list_fields(listing),
            "rendered": bool(meta.get("playwright")), "requests": 1, "pages_read": 1,
            "empty_list": False,
            "crumb": None if column.get("sub_site") else self.crumb(response, name, site.url),
        }
        yield from self.page_one(response, listing, state)

    def crumb(self, response, name: str, site_url: str) -> list | None:
        """[parent] of the column its page's breadcrumb names ([None]: right under 首页), None without one; [parent,
        homepage] when its 首页 is a sub-site's homepage (a town's at its folder): the sub-site's column, whether
        that homepage was read (cms/subsites.py); [专题专栏 › 河长制] when it runs through a 专题 index and a 专题."""
        sel = page_selector(response)
        place = list(self.safely(breadcrumb_place, sel, response.url, None, name=name) or ()) or None
        if topic := self.safely(topic_crumb, sel, response.url, None, name=name):  # 首页 > 专题专栏 > 河长制 > …
            place = [topic]
        sub = self.safely(crumb_sub_home, sel, response.url, None, site_url=site_url)
        return [place[0] if place else None, sub] if sub else place

    @staticmethod
    def list_fields(listing) -> dict:
        """What a column's state takes from its list's first page."""
        return {"family": listing.family, "dates": [i.date for i in listing.items], "first": len(listing.items),
                "links": [i.url for i in listing.items],  # page one's articles: one list under two addresses
                "core": core_dates(listing), "placeholder": listing.placeholder, "guessed": guessed_year(listing),
                "blocks": [{"sig": b.sig, "dates": [d.isoformat() if d else None for d in (i.date for i in b.items)],
                            "picked": b.picked, "heading": b.heading} for b in listing.blocks]}

    def page_one(self, response, listing, state: dict):
        """The column judged from its list's first page: the column page, or the frame it shows its list in."""
        if (settled := ages_settled(listing, self.as_of, state["threshold"])) is not listing:
            listing, state = settled, {**state, **self.list_fields(settled)}  # ages across its limit: undated
        if listing.items and (tabs := self.safely(year_tabs, page_selector(response), response.url, {})):
            # its list split by year under tabs: the newest year's may not be the one shown; each year's page is
            # the column's, never a column of its own (/cydt/2026/)
            for tab in tabs.values():
                self.claim_column(column_key(tab), state["read_url"])
            state["year_tab"] = max(tabs.items())
        self.claim_pages(response, state["url"], state["read_url"])
        if listing.items and listing.blocks:
            # its items may prove a box the whole site carries (known when the run is finished): whether the page
            # shows an empty list box or says its own list is empty (共 0 条) beside them
            state["empty_list"] = self.safely(lambda sel, url: is_placeholder(sel, url) or has_empty_list(sel, url),
                                              page_selector(response), response.url, False)
        if not listing.items and not listing.post_requests:
            frame = None if listing.placeholder or state.get("framed") else \
                self.safely(list_frame, page_selector(response), response.url, None)
            if frame:  # the page shows its list in a frame of its own: read there
                self.claim_column(column_key(frame), state["read_url"])  # not a column of its own when crawled
                yield scrapy.Request(frame, callback=self.parse_list_frame, dont_filter=True,
                                     errback=self.list_frame_failed,
                                     meta={"column_state": {**state, "requests": state["requests"] + 1},
                                           "list_url": frame})
                return
            if listing.endpoints or listing.scripted:
                yield self.scripted_list(state, listing)
                return
            if (unfollowed := self.unfollowed(response)) is not None:
                yield self.column_item(state, reason=unfollowed)
                return
            sel, url = page_selector(response), response.url
            state["empty_list"] = self.safely(has_empty_list, sel, url, False)
            if note := self.safely(lambda _s, u: open_comment_note(response.text, u), sel, url, None):
                state.update(empty_list=True, note=note)  # its rows after a comment left open: none shown
            shell = not state["rendered"] and self.safely(app_shell, sel, url, False)
            if not listing.placeholder and not state["empty_list"] and not shell:  # an app's <div id="app">: drawn
                if (one := self.one_article(response, state)) is not None:
                    yield one  # a news or notice column that is one article: judged by its day
                return  # a static page (机构概况 and the like): no list to judge
            fill = shell or self.safely(list_scripts, sel, url, []) or self.safely(writes_rows, sel, url, False)
            if fill and not note and (not listing.placeholder or self.safely(said_in_its_list, sel, url, False)):
                # a script (a file, an inline one writing links) may fill it, its list box's 暂无数据 the template's
                # until then: empty only once a browser has run them
                yield self.render_or_unverified({**state, "app": shell}, "列表在网页源码中为空，可能由网站脚本填充")
                return
        if not listing.items and cut_short(response.text):  # its list may be in what never came
            yield self.column_item(state, reason="栏目页面内容不完整（连接提前中断），列表未能读全")
            return
        yield from self.continue_column(state, listing)

    def one_article(self, response, state: dict) -> ColumnItem | None:
        """A news or notice column whose menu leads straight to one article, no list (judge.columns
        judged_by_its_article): judged by the day its text gives it, its finding saying so. None, a static page, for
        any other column, a page cut short, or a day the page's text does not show for sure (cms.one_article)."""
        site = self.by_id[state["site_id"]]
        type_ = column_type(state["name"], state["meta_type"], self.profile, site.column_types.get(state["name"]),
                            state["heading"], state["archived"])
        if not judged_by_its_article(state["name"], type_, state["source"]) or cut_short(response.text):
            return None
        day = self.safely(one_article_date, page_selector(response), response.url, None, as_of=self.as_of)
        return None if day is None else self.column_item({**state, "dates": [day], "first": 1, "note": ONE_ARTICLE})

    def unfollowed(self, response) -> str | None:
        """Why a page without a list read shows one that cannot be followed: dated rows whose links open only by a
        script naming no address, dated rows without a link govcheck reads, or files whose names alone show a date
        (cms.file_rows). Such a column is unverified: never empty, nor a static page."""
        sel, url = page_selector(response), response.url
        if self.safely(opaque_rows, sel, url, 0) >= OPAQUE_ROWS:
            return "列表条目由网站脚本打开，未能读出其链接地址"
        if max(self.safely(stray_dates, sel, url, 0), self.safely(dated_lines, sel, url, 0)) >= OPAQUE_ROWS:
            return "页面显示多条带日期的条目，但未能识别出列表"
        if self.safely(file_dated_rows, sel, url, 0) >= OPAQUE_ROWS:  # a list of files: their names' dates may
            return "栏目列表为附件文件，日期仅见于文件名（可能是文件成文日期而非发布日期），需人工核实"  # be their own
        return None

    def parse_list_frame(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        if (unread := self.unanswered(response)) is not None:
            yield self.column_item(state, reason=f"栏目列表所在的框架页面（{response.meta['list_url']}）{unread}")
            return
        listing = self.as_column_list(response, self.read_listing(page_selector(response), response.url),
                                      (state["url"], state["name"]))
        if listing.unread:
            yield self.column_item(state, reason=f"栏目列表所在的框架页面（{response.url}）无法解析")
            return
        yield from self.page_one(response, listing, {**state, **self.list_fields(listing), "read_url": response.url,
                                                     "framed": True})

    def list_frame_failed(self, failure):
        state = failure.request.meta["column_state"]
        url = failure.request.url
        yield self.column_item(state, reason=f"栏目列表所在的框架页面（{url}）无法读取：{why(failure)}")

    def as_column_list(self, response, listing, column: tuple[str, str]):
        """The page's list read as the column's (cms.column_list); unread when a reader failed on the page."""
        if listing.unread:
            return listing
        return self.safely(column_list, page_selector(response), response.url, ListPage(items=[], unread=True),
                           page=listing, column=column, as_of=self.as_of)

    def continue_column(self, state: dict, listing):
        """Read further only while it could change the verdict: a later page can only hold older items in a list
        shown newest first, so a fresh column is settled, and a stale one listed newest first once its second page
        shows it older (page one may be items pinned on top, the list's newest after them). A list shown oldest
        first is read from its last page, fresh or not: its last update is there. Decided on the list's main block:
        a smaller block beside it may yet prove the site's (a 今日关注 box on every page)."""
        listing = followable(listing)
        dates = state["core"]
        dated = [d for d in dates if d is not None and d <= self.as_of]
        pages_read = state["pages_read"]
        more = pages_read < self.max_list_pages
        if (tab := state.get("year_tab")) and more and tab[0] > max((d.year for d in dated), default=tab[0]):
            # the tab of a later year than any shown (a template showing 2024's by default): the list is there
            yield self.list_page_request({**state, "year_tab": None}, tab[1], core=False)
            return
        if dated:
            order, leads_on = list_order(dates), bool(listing.next_pages or listing.post_requests)
            if order == "oldest_first" and (listing.last_page or listing.last_post) and not state.get("last_read"):
                # its newest items are there: at an address, or the form a pager posts back (ASP.NET)
                url, form = (listing.last_page, None) if listing.last_page else listing.last_post
                yield self.list_page_request(state, url, last=True, form=form)
                return
            if state.get("guessed") and self.fresh_already(state):
                # month-days alone: fresh only in the year guessed for them, which the newest item's article tells
                unsettled = None if order == "newest_first" or not leads_on \
                    else f"列表未按时间排序，仅读取了前{pages_read}页"
                yield self.year_request(state, unsettled)
                return
            if self.fresh_already(state):
                yield self.column_item(state)
                return
            # page one may be old items pinned on top (置顶, VSB marks none), the list's newest on page two
            if order == "newest_first" and not (pages_read == 1 and more) or not leads_on:
                yield self.settled(state, listing)  # rows it dates after the inspection date asked first
                return
            if more and not state.get("last_read"):
                yield self.next_list_page({**state, "pinned": order == "newest_first"}, listing)
                return
            # pages left unread could hold a later item
            yield self.column_item(state, reason="列表按时间正序排列，未能读到最后一页" if order == "oldest_first"
                                   else f"列表未按时间排序，仅读取了前{pages_read}页")
            return
        if dates and (listing.next_pages or listing.post_requests) and more and any(d is not None for d in dates):
            yield self.next_list_page(state, listing)  # only future dates so far
            return
        if dates and not state.get("articles_tried"):
            # the list shows no dates: the articles' <meta name="PubDate"> tells
            urls = [i.url for i in listing.items[:3]]
            state = {**state, "articles_tried": True, "article_urls": urls[1:], "requests": state["requests"] + 1,
                     "article_failures": []}
            yield scrapy.Request(urls[0], callback=self.parse_article_date, dont_filter=True,
                                 meta={"column_state": state}, errback=self.article_failed)
            return
        yield self.column_item(state)

    def fresh_already(self, state: dict) -> bool:
        """Whether the dates read so far settle the column as fresh: a later page can only make it fresher."""
        dated = [d for d in state["core"] if d is not None and d <= self.as_of]
        threshold = state["threshold"]
        return bool(dated) and (threshold is None or max(dated) >= self.as_of - timedelta(days=threshold))

    def further_page_unread(self, state: dict, reason: str, gone: bool = False) -> ColumnItem:
        """A later list page unread: the column is unverified, unless what was read shows it fresh (an oldest-first
        list read for its exact last update), or page two, asked only for items pinned on top of a stale page one
        shown newest first, is not there (`gone`: a 404, a static page never published). One that failed (timeout,
        reset, 5xx, a wall) may hold the newest."""
        settled = self.fresh_already(state) or gone and state.get("pinned")
        return self.column_item(state, reason=None if settled else reason)

    def column_item(self, state: dict, reason: str | None = None) -> ColumnItem:
        return ColumnItem(site_id=state["site_id"], name=state["name"], url=state["url"], parent=state["parent"],
                          top_level=state["top_level"], source=state["source"], family=state["family"],
                          meta_type=state["meta_type"], heading=state.get("heading"),
                          archived=state.get("archived", False), dates=list(state["dates"]),
                          placeholder=state["placeholder"],
                          rendered=state["rendered"], requests=state["requests"], read_url=state["read_url"],
                          reason=reason, blocks=state["blocks"], empty_list=state["empty_list"], crumb=state["crumb"],
                          first=state.get("first", len(state["dates"])), article_date=state.get("article_date"),
                          links=state.get("links", []), note=state.get("note"))

    def unreadable_column(self, meta: dict, reason: str) -> ColumnItem | None:
        """The column a page request was for, its page unread: unverified for `reason`. None when the request was
        for no column, or another of the column's URLs has been read as it."""
        column, url = meta.get("column"), meta["check_url"]
        key = column_key(url)
        if column is None or not self.claim_column(key, url):
            return None
        return self.unread_item(meta["site_id"], column, key, url, reason)

    @staticmethod
    def unread_item(site_id: str, column: dict, key: str, url: str, reason: str) -> ColumnItem:
        return ColumnItem(site_id=site_id, name=column["name"] or "", url=key, parent=column.get("parent"),
                          top_level=column.get("top_level", True), source=column.get("source", "nav"),
                          read_url=url, reason=reason)

    # --- one column, whatever URL reaches it ---
    def claim_column(self, key: str, by: str) -> bool:
        """True for the first page read as the column `key` (its directory and its index.html are one column), and
        for that page (`by`, its URL) handled again: in a distributed run, after its worker died."""
        return self.column_claims.setdefault(key, by) == by

    def column_claimed(self, key: str) -> bool:
        return key in self.column_claims

    def claim_pages(self, response, key: str, by: str) -> None:
        """The pages the pager of a column's list page links (/wldt/2.html): pages of its list, each read when it
        can change the verdict, never a column of its own when the crawl reaches it."""
        for page in self.safely(pager_pages, page_selector(response), response.url, []):
            if column_key(page) != key:
                self.claim_column(column_key(page), by)
