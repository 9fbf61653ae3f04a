"""互动回应差, read from the pages the portal spider reads: a consultation column's message list (政务咨询, 信箱,
留言; not 在线访谈, 调查征集, 网上信访) gives a finding per valid message of the last year left unanswered more than
three months or answered later; its further pages are read only as far back as that year, and no more than
GOVCHECK_MAX_LIST_PAGES. A list that shows neither reply dates nor statuses is judged by its letters' own pages
(their 回复时间), each asked by the list's reader. Whether the site has any channel at all is settled
when the run is finished (store/channels.py)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from typing import Any, Protocol

from govcheck.cms.list_urls import column_key
from govcheck.cms.messages import MessageList, read_messages, read_reply
from govcheck.cms.text import doc_strings, first_in_doc
from govcheck.judge.channels import interaction_rules, is_consultation
from govcheck.judge.interaction import message_findings
from govcheck.judge.urls import normalize_url
from govcheck.spiders.evidence import PAGE_ASKERS, PAGE_READERS, SPIDER_READERS, PageView

_TITLE_SEP = re.compile(r"\s*[-_|—–]+\s*")


class MessageListSpider(Protocol):
    """What the message list reader needs of its spider."""

    crawler: Any
    requested: Any  # the URLs asked for: a next page the crawl asked for already is read by the crawl
    max_list_pages: int

    def site_for(self, url: str) -> Any: ...
    def page_request(self, url: str, site: Any, depth: int, **kwargs) -> Any: ...
    def ask_page(self, url: str, site: Any, reader: str, **asked) -> Any: ...


def page_names(view: PageView) -> list[str]:
    """What the page calls itself: its column name, its title's first part, its main heading."""
    sel = view.sel
    title = (first_in_doc(sel, "//title/text()") or "").strip()
    names = [view.listing.column_name or "", _TITLE_SEP.split(title)[0] if title else ""]
    names += [t.strip() for t in doc_strings(sel, "//h2//text() | //div[@class='position']//span/text()")[:3]]
    return [n for n in names if n]


def consultation_list(view: PageView) -> MessageList | None:
    """The page's message list when the page is a consultation column's, else None. Read once a page: both
    readers below ask for it."""
    if view.home:
        return None
    last = view.memo.get("consultation_list") if view.memo is not None else None
    if last is not None and last[0] is view:
        return last[1]
    # a consultation page's list: a bare 时间 or 日期 beside a 状态 is its letters' day
    found = read_messages(view.sel, view.final_url, letters=True) if any(
        is_consultation(n) for n in page_names(view)) else None
    if view.memo is not None:
        view.memo["consultation_list"] = (view, found)  # the view itself, not its id: kept alive, never reused
    return found


def unanswered_messages(view: PageView):
    found = consultation_list(view)
    if found is not None:
        yield from message_findings(view.site.site_id, view.url, found, view.as_of)


LETTERS_ASKED = 30  # letters of one list page whose own pages are asked for their replies


def ask_letters(spider: MessageListSpider, view: PageView):
    """A list that tells nothing of replies (no reply dates, no statuses): each letter of the year on the site is
    asked for its own page, whose reply is judged with the list's question date (letter_reply)."""
    found = consultation_list(view)
    if found is None or found.shows_reply or any(m.status for m in found.messages):
        return
    since = view.as_of - timedelta(days=interaction_rules()["window_days"])
    letters = [(url, msg) for msg in found.messages if msg.asked and since <= msg.asked <= view.as_of
               and (url := normalize_url(view.final_url, msg.url or "")) and spider.site_for(url) is view.site]
    for url, msg in letters[:LETTERS_ASKED]:
        if view.first("letter", url):  # listed again (a list read again, a box on the homepage): asked once
            yield spider.ask_page(url, view.site, "letter", list_url=view.url, message=msg)


def letter_reply(view: PageView, asked: dict):
    """A letter's own page's reply, judged with its list's question date (a finding of that list's page)."""
    if view.cut:  # a page cut off may have lost its reply: it tells nothing
        return
    reply = read_reply(view.sel)
    if reply is not None:
        shown, replied, status = reply
        one = MessageList([replace(asked["message"], replied=replied, status=status)], shows_reply=shown)
        yield from message_findings(view.site.site_id, asked["list_url"], one, view.as_of)


def next_message_page(spider: MessageListSpider, view: PageView):
    """The list's next page, while this page's messages are all within the year and pages are left."""
    found = consultation_list(view)
    if found is None or not view.listing.next_pages:
        return
    asked = [m.asked for m in found.messages if m.asked]
    if not asked or min(asked) < view.as_of - timedelta(days=interaction_rules()["window_days"]):
        return  # older messages than the year are on this page: later pages hold older ones still
    pages = spider.__dict__.setdefault("message_pages", Counter())
    key = column_key(view.url)
    pages[key] = max(pages[key], 1)
    target = normalize_url(view.final_url, view.listing.next_pages[0])
    if pages[key] >= spider.max_list_pages or not target or target in spider.requested:
        return  # the crawl has asked for it already (and reads it as any page), or the pages allowed are read
    if spider.site_for(target) is not view.site:
        return
    pages[key] += 1
    spider.requested.add(target)
    spider.crawler.stats.inc_value("govcheck/message_pages")
    yield spider.page_request(target, view.site, 1)


PAGE_READERS.append(unanswered_messages)
SPIDER_READERS.append(next_message_page)
SPIDER_READERS.append(ask_letters)
PAGE_ASKERS["letter"] = letter_reply
