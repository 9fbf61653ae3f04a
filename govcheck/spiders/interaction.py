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
from datetime import date, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from govcheck.cms.base import base_url
from govcheck.cms.generic import next_link
from govcheck.cms.list_urls import column_key
from govcheck.cms.messages import Message, MessageList, read_messages, read_reply
from govcheck.cms.status_letters import may_hold_letters
from govcheck.cms.text import doc_strings, first_in_doc
from govcheck.items import EvidenceItem
from govcheck.judge.channels import interaction_rules, is_consultation
from govcheck.judge.interaction import message_findings, status_kind
from govcheck.judge.urls import link_kind, normalize_url
from govcheck.spiders.evidence import ASKED_UNREAD, PAGE_ASKERS, PAGE_READERS, SPIDER_READERS, PageView

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
    # a consultation page's list: a bare 时间 or 日期 beside a 状态 is its letters' day; elsewhere a list whose
    # statuses speak of replies (MinMore's under the site's own title: status_letters), unless the page names another
    # kind of interaction (网上信访, 在线访谈: no consultation column)
    names = page_names(view)
    if any(is_consultation(n) for n in names):
        found = read_messages(view.sel, view.final_url, letters=True)
    else:
        found = read_messages(view.sel, view.final_url) if may_hold_letters(view.sel.root) else None
        excluded = interaction_rules()["channels"]["excluded"]
        if found is not None and (not found.by_status or any(x in n for n in names for x in excluded)):
            found = None
    if view.memo is not None:
        view.memo["consultation_list"] = (view, found)  # the view itself, not its id: kept alive, never reused
    return found


def unanswered_messages(view: PageView):
    found = consultation_list(view)
    if found is not None:
        yield from message_findings(view.site.site_id, view.url, found, view.as_of)


LETTERS_ASKED = 30  # letters of one list page whose own pages are asked for their replies


def letters_to_ask(found: MessageList, as_of: date) -> list[Message]:
    """The letters of a list that shows no reply's day whose own pages tell what the list does not: each of the year
    when it shows no status either; when it does, each one it calls answered (已回复) that came more than the reply
    limit ago, whose page's reply's day may be later than the limit (an answer late is a finding too). A waiting
    letter's status says it all; a letter answered within the limit of today cannot be late."""
    if found.shows_reply:
        return []
    rules = interaction_rules()
    since = as_of - timedelta(days=rules["window_days"])
    shown = [m for m in found.messages if m.asked and since <= m.asked <= as_of]
    if not any(m.status for m in found.messages):
        return shown
    return [m for m in shown if status_kind(m.status) == "answered" and (as_of - m.asked).days > rules[
        "reply_within_days"]]


def ask_letters(spider: MessageListSpider, view: PageView):
    """A list that shows no reply's day: its letters whose own pages tell more (letters_to_ask), of the site, asked
    for their replies, each judged with the list's question date and status (letter_reply)."""
    found = consultation_list(view)
    if found is None:
        return
    letters = [(url, msg) for msg in letters_to_ask(found, view.as_of)
               if (url := normalize_url(view.final_url, msg.url or "")) and spider.site_for(url) is view.site]
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
        # the list's status when the page shows none (已回复 in the list, its page the reply's day alone)
        one = MessageList([replace(asked["message"], replied=replied, status=status or asked["message"].status)],
                          shows_reply=shown)
        yield from message_findings(view.site.site_id, asked["list_url"], one, view.as_of)


CHANNELS_ASKED = 3  # consultation lists on other hosts asked for a site


def ask_channels(spider: MessageListSpider, view: PageView):
    """A consultation channel a page of the site links to on a host the audit does not crawl (柘城's 县长信箱 at
    letter.zhangjixi.com:8005, 瑞昌's at a bare IP): its list asked for there, as a visitor following the portal's
    own link reads it (through the address guard, CHANNELS_ASKED a site), and judged as the site's
    (channel_list)."""
    asked = spider.__dict__.setdefault("channels_asked", Counter())
    for a in view.sel.root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.lower().startswith(("http:", "https:", "//")):
            continue  # a relative address stays on the page's own host: cheap, every link of every page
        text = " ".join(a.text_content().split())
        if not text or len(text) > 20 or not is_consultation(text):  # a menu entry's name, not an article's title
            continue
        url = normalize_url(view.final_url, href)
        if not url or spider.site_for(url) is not None or link_kind(url, "a") != "page":
            continue  # the crawl reads a page of an audited site: its own or another's
        if asked[view.site.site_id] >= CHANNELS_ASKED or not view.first("channel", view.site.site_id, url):
            continue
        asked[view.site.site_id] += 1
        spider.crawler.stats.inc_value("govcheck/channels_elsewhere")
        yield spider.ask_page(url, view.site, "channel", name=text)


def channel_list(view: PageView, asked: dict):
    """The messages of a consultation channel's list on another host, the site's findings (ask_channels); a page
    cut off or showing no list of messages govcheck reads (one its scripts build) is left for a person."""
    found = None if view.cut else read_messages(view.sel, view.final_url)
    if found is None:
        yield channel_unread(view.site.site_id, view.url, asked, "页面未显示可读取的留言列表")
        return
    late = message_findings(view.site.site_id, view.url, found, view.as_of)
    yield from late
    since = view.as_of - timedelta(days=interaction_rules()["window_days"])
    if late:
        return  # a late letter is the finding: the rest of the list changes nothing of it
    if not found.shows_reply and not any(m.status for m in found.messages):
        yield channel_unread(view.site.site_id, view.url, asked, "列表未显示答复日期或办理状态")
    elif all(since <= m.asked for m in found.messages if m.asked) \
            and next_link(view.sel, base_url(view.sel, view.final_url), view.final_url) is not None:
        yield channel_unread(view.site.site_id, view.url, asked, "只读取了列表第一页，其后各页仍有一年内的留言")


def channel_unread(site_id: str, url: str, asked: dict, why: str) -> EvidenceItem:
    """A consultation channel's list on another host not read: unverified, for a person to open, never a finding
    against the site nor passed in silence."""
    reason = f"留言列表在其他主机（{urlsplit(url).netloc}），未能读取：{why}"
    return EvidenceItem(site_id, "consultation_unverified", url, found=f"{asked['name']}：{reason}",
                        expected="人工打开该留言列表，核查是否有超过3个月未回应的有效留言",
                        detail={"reason": reason, "channel": asked["name"]})


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
SPIDER_READERS.append(ask_channels)
PAGE_ASKERS["letter"] = letter_reply
PAGE_ASKERS["channel"] = channel_list
ASKED_UNREAD["channel"] = channel_unread
