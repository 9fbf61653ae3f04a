"""The title of the block a 更多 link belongs to, the tabs in its header row, and whether a link is an item of a
dated list: what a homepage's boxes tell of the columns they show."""

from __future__ import annotations

import re
from functools import cache

from govcheck.cms.base import (
    class_id,
    clean,
    fragments,
    is_more_text,
    link_title,
    marker,
    resolve,
    scripted_target,
    visible_text,
)
from govcheck.judge.dates import parse_date

MAX_NAME = 30  # a column name is short; longer link texts are article titles
MIN_NAME = 2  # nor a single character: a calendar's 日 over a block is no title
_MORE_LEVELS = 4  # how far up from a 更多 link its block title may sit
ROW_LEVELS = 2  # how far up from a 更多 link its block's header row may be
_MAX_TABS = 8  # a tabbed block's header row holds a few tabs; more links are a list
_MAX_TAB_NAME = 12  # a tab names a column in a few characters; an item's title is longer
WORDS = re.compile(r"[^a-z0-9]+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "caption", "legend"})

def heading_like(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in _HEADINGS:
        return True
    ci = class_id(el)
    return bool(fragments(*marker("heading_class_fragments")).search(ci)) or not _heading_words().isdisjoint(
        WORDS.split(ci))


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(marker("heading_class_words"))


def _in_link(el) -> bool:
    """A heading inside a link is an item's title (a card), not its block's."""
    return any(up.tag == "a" for up in el.iterancestors())


def _leads(link, base: str) -> bool:
    """Whether a link leads anywhere: a tab's javascript:void(0) or # that only switches panes is its text."""
    return resolve(base, link.get("href")) is not None or scripted_target(link, base) is not None


def block_title(a, url: str, base: str) -> str | None:
    """The title of the block a 更多 link belongs to: a link to the same column in the block (its heading, or the
    tab over its pane), else a heading's own text. A heading that links elsewhere, or sits inside a link, is an
    article's title, not the block's."""
    node, branch = a.getparent(), a
    for level in range(_MORE_LEVELS):
        if node is None:
            return None
        # a link to the same column: in the block's heading, or the tab over the pane the 更多 sits in
        for link in node.iter("a"):
            if link is not a and resolve(base, link.get("href")) == url:
                name = link_title(link)
                if name and not is_more_text(name) and len(name) <= MAX_NAME:
                    return name
        if level < ROW_LEVELS and (text := _text_before(branch, a, base)):
            return text  # the title beside it in the block's header row: <div>林业风采</div><div>更多>></div>
        headings = [h for h in node.iter() if heading_like(h) and not _in_link(h)]
        for h in headings:
            if any(link is not a and _leads(link, base) for link in h.iter("a")):
                continue
            if (tabs := tabs_of(h)) is not None:  # a header of tabs: the one over the 更多's pane, if it is known
                if tab := tab_over(tabs, a, h, node):
                    return tab
                continue
            # a link that leads nowhere is the heading's text (<li class="on"><a>政府文件</a></li>, 博达's
            # <a href="javascript:void(0);">基本信息公开</a>)
            text = clean(" ".join([visible_text(h, skip_links=True),
                                   *(visible_text(x) for x in h.iter("a") if not _leads(x, base))]))
            if len(text) >= MIN_NAME and not is_more_text(text) and len(text) <= MAX_NAME:
                return text
        # a row of tabs by what it does, whatever its class: links to nowhere over panes (博达's <ul class="m-list5
        # TAB_CLICK"> of 要闻 | 工作动态 | 公示公告, a link elsewhere beside them, 国务院信息)
        for h in node.iter():
            if isinstance(h.tag, str) and a not in h.iter("a") and (row := _tab_row(h, base)) \
                    and (tab := tab_over(row, a, h, node)):
                return tab
        node, branch = node.getparent(), node
    return None


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # 要　　闻: spaced out to fill its tab


def _tab_row(header, base: str) -> list[str] | None:
    """The names of a row of tabs that link nowhere (javascript:void(0)), its elements of one kind (its <li>s, not a
    box of another link among them), when it holds two or more."""
    kids = _elements(header)
    while len(kids) == 1 and _elements(kids[0]):
        kids = _elements(kids[0])
    tag = max({k.tag for k in kids}, key=[k.tag for k in kids].count, default=None)
    kids = [k for k in kids if k.tag == tag]
    if len(kids) < 2 or any(k.find(".//a") is None or any(_leads(x, base) for x in k.iter("a")) for k in kids):
        return None
    names = [_CJK_GAP.sub("", clean(visible_text(k))) for k in kids]
    return names if all(MIN_NAME <= len(n) <= _MAX_TAB_NAME for n in names) else None


def tabs(more, url: str, base: str) -> list:
    """The other tabs in a 更多 link's header row (市政府文件 | 市政府令 | 修订废止 更多>>): a tabbed block shows one
    pane at a time, often under one 更多 that the site's script points at the pane shown, and each tab links its
    own column. The row is the 更多's parent, or the next one up when the parent wraps the 更多 alone. It holds a
    few short undated links, one of them to the 更多's own column (the tab shown): a block's list never does."""
    node = more.getparent()
    for _ in range(ROW_LEVELS):
        if node is None:
            return []
        links = [a for a in node.iter("a") if a is not more]
        if links:
            break
        node = node.getparent()
    else:
        return []
    if len(links) > _MAX_TABS or any(len(link_title(a)) > _MAX_TAB_NAME or dated_entry(a) for a in links) \
            or all(resolve(base, a.get("href")) != url for a in links):
        return []
    return links


def _text_before(el, more, base: str) -> str | None:
    """The short text of the nearest element before el among its siblings that shows any, when it holds no link (of
    a row of tabs, the tab over the pane the 更多 link `more` sits in)."""
    for sib in el.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or sib.tag in ("script", "style"):
            continue
        text = clean(visible_text(sib))
        if not text:
            continue
        if any(_leads(x, base) for x in sib.iter("a")) or is_more_text(text) or len(text) > MAX_NAME:
            return None
        if (tabs := tabs_of(sib)) is not None:
            return tab_over(tabs, more, sib, sib.getparent())
        return text if len(text) >= MIN_NAME else None
    return None


def _elements(el) -> list:
    return [c for c in el if isinstance(c.tag, str) and c.tag not in ("script", "style")]


def tabs_of(header) -> list[str] | None:
    """The names of the tabs a block's header shows (<ul class="tab-hd"><li>通知公告</li><li>工作动态</li></ul>),
    when it is a row of two or more short texts; None for a header that is one title."""
    kids = _elements(header)
    while len(kids) == 1 and _elements(kids[0]):
        kids = _elements(kids[0])
    names = [clean(visible_text(k)) for k in kids]
    if len(names) < 2 or not all(MIN_NAME <= len(n) <= MAX_NAME for n in names):
        return None
    return names


def tab_over(tabs: list[str], more, header, box) -> str | None:
    """The tab of `header` over the pane that holds the 更多 link `more` inside `box`: the outermost element around
    it among as many siblings of its own kind as there are tabs (con_1_0, con_1_1 for two tabs), the header's own box
    apart when it sits among them, the panes then of one class (博达's <div class="m-title1"> of tabs over <div
    class="tab-show3">s). None when no pane holds it (one 更多 for the whole box)."""
    around = {header, *header.iterancestors()}
    found = None
    node = more.getparent()
    while node is not None and node is not box and node.getparent() is not None:
        kids = _elements(node.getparent())
        panes = [p for p in kids if p not in around]
        if len(panes) != len(tabs) and (kind := _first_class(node)):
            # a box of another kind after the panes (灞桥's <dl class="m-list13"> after its five tab-show3s)
            panes = [p for p in panes if p.tag == node.tag and _first_class(p) == kind]
        if node in panes and len(panes) == len(tabs) and all(p.tag == node.tag for p in panes) and (
                len(panes) == len(kids) or len({_first_class(p) for p in panes} - {""}) == 1):
            found = tabs[panes.index(node)]
        node = node.getparent()
    return found


def _first_class(el) -> str:
    return (el.get("class") or "").split(" ", 1)[0]


def dated_entry(a) -> bool:
    """Whether a link is an item of a dated list (a title, then its date): a news list, even inside a block whose
    class reads as a menu (`lm`, 栏目)."""
    node = a.getparent()
    for _ in range(3):
        if node is None:
            return False
        if node.tag in ("li", "tr", "dd"):
            return parse_date(visible_text(node, skip_links=True)) is not None
        node = node.getparent()
    return False
