"""Finding a site's columns: navigation menus, 更多 links beside block titles, the site map link and the
site map page itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from parsel import Selector

from govcheck.cms.base import (
    base_url,
    class_id,
    clean,
    fragments,
    host_of,
    is_detail_text,
    is_more_text,
    is_phrase,
    iter_doc,
    link_title,
    marker,
    resolve,
    same_page,
    scripted_target,
    squeeze,
)
from govcheck.cms.block_titles import MAX_NAME, WORDS, block_title, dated_entry, tabs
from govcheck.cms.gkmlpt import gkml_tree
from govcheck.cms.handler_tabs import tab_names
from govcheck.cms.listing import looks_like_article
from govcheck.cms.menu_panels import apart_panels, panel_heading, popup_parents
from govcheck.cms.menu_places import (
    _label_of,
    _li_label,
    _menu_heading,
    _parent_name,
    _unlinked_label,
    drop_down_heading,
    nav_popup,
    pane_items,
)
from govcheck.cms.rows import Chrome
from govcheck.cms.script_menus import menu_file, script_menu
from govcheck.cms.sub_columns import sub_column_links
from govcheck.cms.table_menus import table_menus
from govcheck.cms.text import doc_roots
from govcheck.cms.written_menus import written_markup
from govcheck.judge.dates import parse_date
from govcheck.judge.urls import may_lend, registrable_domain

_MONTH_DAY_END = re.compile(r"\d{1,2}-\d{1,2}\)?$")
_ROOT_INDEX = re.compile(r"^/(?:index|default|main)\.\w+$", re.I)


@dataclass(frozen=True)
class ColumnLink:
    name: str
    url: str
    source: str  # nav, more, sitemap (the 网站地图 link itself), map (a column listed on the site map page)
    parent: str | None = None


class _NavTest:
    """Whether an element sits in a navigation block; memoised per element."""

    def __init__(self, tables: set = frozenset()):
        self.tables = tables  # tables read as menus by their shape, named by no class (cms/table_menus.py)
        self.fragments = fragments(*marker("nav_fragments"))
        self.words = frozenset(marker("nav_words"))
        self.crumbs = fragments(*marker("breadcrumb_fragments"))
        self.labels = tuple(marker("breadcrumb_labels"))
        self.memo: dict = {}

    def own(self, el) -> bool | None:
        """True for a menu's box; None for a breadcrumb's that its class calls a menu's too (crumb-nav, a 当前位置
        box classed navigation): no menu, nor is the box round it for its links."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "nav" or el in self.tables:
            return True
        ci = class_id(el, panes=False)
        if not (self.fragments.search(ci) or self.words.intersection(WORDS.split(ci))):
            return False
        return None if self.crumbs.search(ci) or self.labelled(el) else True

    def labelled(self, el) -> bool:
        """Whether the text before a box's first link holds a 当前位置 label (a breadcrumb's)."""
        text = el.text or ""
        for child in el:
            if child.tag == "a" or (isinstance(child.tag, str) and child.find(".//a") is not None):
                break
            text += (child.text_content() if isinstance(child.tag, str) else "") + (child.tail or "")
        return "位置" in text and any(w in text for w in self.labels)

    def __call__(self, el) -> bool:
        chain, verdict, in_list = [], False, False
        node = el
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                verdict = known
                break
            chain.append(node)
            own = self.own(node)
            if own is not False:
                verdict = bool(own)
                break
            in_list = in_list or node.tag == "li"
            if node.tag == "header" and in_list:  # a list of links in the page header is its menu
                verdict = True
                break
            node = node.getparent()
        for n in chain:
            self.memo[n] = verdict
        return verdict


def _is_file(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in marker("file_extensions")


def _ok_target(url: str | None, href: str, page_url: str, host: str, menu: bool = True) -> bool:
    """A link of the page's host, or of another host of its registered domain (a 信息公开 platform's, xxgk.…), or in a
    menu (`menu`) of another that may lend it pages (its city's platform on a government's domain of its own), whose
    pages the spider reads as the site's only when they show its code; to a page, not a file or an anchor. A block's
    更多 on another government's host is that government's news (国务院信息 at www.gov.cn)."""
    if url is None or _is_file(url):
        return False
    other = host_of(url)
    lends = may_lend(host, other) if menu else registrable_domain(other) == registrable_domain(host)
    if other != host and (not other or not lends):
        return False
    return not ("#" in href and same_page(url, page_url))  # an anchor within this page


def _is_more(a, name: str) -> bool:
    text = a.text_content()
    if is_more_text(text) or (not squeeze(text) and is_more_text(name)):  # 更多 drawn as a picture, alt="更多"
        return True
    if not squeeze(text) and not name:  # an empty link styled as the block's "more" button
        frags = fragments(*marker("more_class_fragments"))
        return any(frags.search(class_id(n)) for n in (a, a.getparent()) if n is not None)
    return False


def _keep(found: dict[str, ColumnLink], link: ColumnLink) -> None:
    """De-duplicate by URL, keeping the place of the first; a later name wins only when it says more about
    the same thing (要闻 → 山西要闻)."""
    old = found.get(link.url)
    if old is None:
        found[link.url] = link
    elif old.source != "sitemap" and link.source != "sitemap" and old.name != link.name \
            and (link.name.startswith(old.name) or link.name.endswith(old.name)):
        # a qualifier before or after it (要闻 → 山西要闻), not an item's title around it (《为幸福喝彩》20201124期)
        found[link.url] = ColumnLink(link.name, old.url, old.source, old.parent or link.parent)


def _columnish(name: str, url: str) -> bool:
    """A column's name is short, carries no date and names none of a header's tools (tool_name); its URL is not the
    site's root."""
    if not name or len(name) > MAX_NAME or parse_date(name) is not None or _MONTH_DAY_END.search(name) \
            or tool_name(name):
        return False
    path = urlsplit(url).path
    return path.strip("/") != "" and not _ROOT_INDEX.match(path)


def tool_name(name: str) -> bool:
    """Whether a link's name is one of a header's tools beside its menu (个人中心 | 智能问答 | EN | 长者专区): an
    account's page, a chatbot, the site in another language or for the elderly; read as a column, an empty one."""
    return len(name) <= 12 and is_phrase(name, "tool_texts")  # a long name is none: no squeezing it


def _menu_columns(entries, page_url: str) -> list[ColumnLink]:
    """The columns of a menu read from a script's array (name, URL, parent entry's name), in order."""
    host, skip = host_of(page_url), frozenset(marker("home_texts")) | frozenset(marker("sitemap_texts"))
    found: dict[str, ColumnLink] = {}
    for name, url, parent in entries:
        if _ok_target(url, "", page_url, host) and name not in skip and _columnish(name, url):
            _keep(found, ColumnLink(name, url, "nav", parent))
    return list(found.values())


def gkml_columns(sel, page_url: str) -> list[ColumnLink]:
    """The categories of a gkmlpt directory's 分类 tree on the page (cms/gkmlpt.py), as a menu's columns."""
    return _menu_columns(gkml_tree(sel, page_url), page_url)


def fetched_menu_columns(text: str, file_url: str, page_url: str) -> list[ColumnLink]:
    """The columns of a menu whose array the page's script fetches from `file_url` (its answer `text`), or of the
    navigation boxes of markup it loads into the page (the header every page loads, whatever its file's name:
    `$("#header").load("/public/header.html")`); a list's rows are no navigation box's."""
    found = _menu_columns(menu_file(text, file_url, page_url), page_url)
    if found or not text.lstrip().startswith("<"):
        return found
    return [c for c in find_column_links(Selector(text=text), page_url) if c.source == "nav"]


def find_column_links(sel, page_url: str, sub_columns: bool = False) -> list[ColumnLink]:
    """Columns a page links to from its menus (nav; an image map's places too), from 更多 links beside block titles
    (more), and its site map link (sitemap); a column's page (`sub_columns`) also by its links to its sub-columns in
    a box named by no menu word (a 信息公开 目录's left tree: cms/sub_columns.py), as its menu's."""
    base, host = base_url(sel, page_url), host_of(page_url)
    home = frozenset(marker("home_texts"))
    sitemap = frozenset(marker("sitemap_texts"))
    in_nav = _NavTest(table_menus(sel, base, page_url))
    found: dict[str, ColumnLink] = {}
    headings: dict[str, object] = {}  # each URL's first menu link
    unlinked: dict[str, str] = {}  # the label without a link over the list of a URL's first menu link
    popup: list[tuple[str, str, object]] = []  # the entries of a 网站导航 popup over the whole site's columns
    tools: set[str] = set()  # the pages a header's tools lead to, whatever another link to them is named (市民网页)
    # a menu a script writes, and a gkmlpt page's 分类 tree: before 更多 links
    for link in _menu_columns([*script_menu(sel, base), *gkml_tree(sel, page_url)], page_url):
        _keep(found, link)
    items = _pane_items(sel, base, in_nav)
    by_tab = tab_names(sel, base)  # links of a box whose tabs a handler's index ties to their panes, by their tabs
    for a in iter_doc(sel, "a"):
        href = a.get("href")
        url = resolve(base, href)
        if not _ok_target(url, href or "", page_url, host):
            continue
        name = link_title(a)
        more = name not in sitemap and _is_more(a, name)
        if (name in sitemap or more) and not _ok_target(url, href or "", page_url, host, menu=False):
            continue
        if name in sitemap:
            _keep(found, ColumnLink("网站地图", url, "sitemap"))
        elif more:
            title = by_tab.get(a) or block_title(a, url, base)
            # in a menu's drop-down, under its heading (灞桥's 政民互动 › 在线访谈), not first-level
            place = drop_down_heading(a) if in_nav(a) else None
            if title and title not in home and _columnish(title, url):
                _keep(found, ColumnLink(title, url, "more", place if place != title else None))
            for tab in tabs(a, url, base):
                href = tab.get("href")
                target, label = resolve(base, href), link_title(tab)
                if _ok_target(target, href or "", page_url, host, menu=False) and label not in home | sitemap \
                        and not is_more_text(label) and _columnish(label, target):
                    _keep(found, ColumnLink(label, target, "more", place if place != label else None))
        elif url in tools or tool_name(name):
            tools.add(url)
            if url in found and found[url].source == "nav":  # an earlier link's name for a tool's page (市民网页)
                del found[url]
                headings.pop(url, None)
                unlinked.pop(url, None)
        # a text's 【详情】 (灞桥's 区情简介 in a drop-down) names no column: its list's entry for the page does
        elif name not in home and _columnish(name, url) and in_nav(a) and not dated_entry(a) and a not in items \
                and not is_detail_text(name):
            if (box := nav_popup(a)) is not None:  # placed after the menus (below)
                popup.append((url, name, box))
                continue
            head, parent = headings.setdefault(url, a), _menu_heading(a)
            if head is a and parent is None and (label := _unlinked_label(a)):
                unlinked[url] = label
            if head is not a and found[url].name == link_title(head) == parent != name:
                # the heading's own name is its menu's, not the column's
                found[url] = ColumnLink(name, url, "nav", parent)
            else:
                _keep(found, ColumnLink(name, url, "nav", parent))
        elif a in by_tab and _columnish(by_tab[a], url) and _ok_target(url, href or "", page_url, host, menu=False):
            _keep(found, ColumnLink(by_tab[a], url, "more"))  # a tab's own link, in no menu
    for el, url, name in _clicked(doc_roots(sel), base):
        if _ok_target(url, "", page_url, host) and name not in home and _columnish(name, url) and in_nav(el):
            _keep(found, ColumnLink(name, url, "nav"))
    # a menu an inline script writes in place (document.write('<li><a href="/tzgg/">通知公告</a></li>')): its
    # markup's links as a navigation box's when the script stands in one, else as far as that markup is one
    for el, markup in written_markup(sel):
        box = "nav" if in_nav(el) else "div"
        written = Selector(text=f"<html><body><{box}>{markup}</{box}></body></html>")
        for link in find_column_links(written, page_url):
            if link.source == "nav":
                _keep(found, link)
    for area in iter_doc(sel, "area"):  # an image map's places: a picture drawn as a menu, each named by its alt
        href = area.get("href")
        url, name = resolve(base, href), clean(area.get("alt") or area.get("title") or "")
        if _ok_target(url, href or "", page_url, host) and name not in home | sitemap and _columnish(name, url):
            _keep(found, ColumnLink(name, url, "nav"))
    for name, url in sub_column_links(sel, page_url) if sub_columns else ():
        if _columnish(name, url) and _ok_target(url, "", page_url, host, menu=False):
            _keep(found, ColumnLink(name, url, "nav"))
    # a label without a link heads the list under it when it names a first-level entry of the page's menus: a footer
    # repeating the menu's groups (山西's <p>政务公开</p><ul>…), not a title over a whole menu (网站导航)
    # a group's columns in a hidden box away from its heading, joined to it by id alone (瑞昌's <ul id="tdmndivida4">
    # of <li id="dmndivida4">): under that heading
    panels = apart_panels(sel, in_nav) if headings else {}
    for url, a in headings.items():
        c = found[url]
        if c.source == "nav" and c.parent is None and (head := panel_heading(a, panels)) and head != c.name:
            found[url] = ColumnLink(c.name, c.url, c.source, head)
    # a 网站导航 popup's entries, listed flat: where no menu places them, each under the entry before it whose folder
    # holds its own (信息公开 /xxgk/ over 通知公告 /xxgk/tzgg/)
    nested = popup_parents(popup)
    for url, name, _ in popup:
        if url in tools:
            continue
        outer = nested.get(url)
        _keep(found, ColumnLink(name, url, "nav", found[outer].name if outer in found else None))
    firsts = {c.name for c in found.values() if c.source == "nav" and c.parent is None}
    for url, label in unlinked.items():
        c = found[url]
        if c.source == "nav" and c.parent is None and label in firsts and label != c.name:
            found[url] = ColumnLink(c.name, c.url, c.source, label)
    return list(found.values())


def _pane_items(sel, base: str, in_nav) -> set:
    """The links of the lists 更多 links go with in the page's menus (a drop-down's pane of letters, a block's
    articles): items, not columns; the 更多 leads to their column (menu_places.pane_items)."""
    def target(a):
        return resolve(base, a.get("href"))
    found: set = set()
    for a in iter_doc(sel, "a"):
        if a not in found and is_more_text(a.text_content()) and in_nav(a):
            found.update(pane_items(a, target, looks_like_article))
    return found


def _clicked(roots, base: str):
    """Entries of a menu or a site map under `roots` that hold no link but send a visitor on when clicked (<li
    onclick="window.location.href='/xwzx/zwdt/'"><span>政务动态</span></li>): (the element that names it, its address,
    its name), the name the entry's own text before any sub-list."""
    for el in (e for root in roots for e in root.xpath("descendant-or-self::*[@onclick][not(self::a)]")):
        if el.find(".//a[@href]") is not None:
            continue
        url, name = scripted_target(el, base), _li_label(el, None)
        if url and name:
            yield (el[0] if len(el) and _label_of(el[0]) == name else el), url, name


# --- the site map page ------------------------------------------------------------------------------------

def find_sitemap_columns(sel, page_url: str) -> list[ColumnLink]:
    """The columns a site map page (网站地图) lists, each with the name of the column it sits under."""
    base, host = base_url(sel, page_url), host_of(page_url)
    ignore = frozenset(marker("sitemap_texts")) | frozenset(marker("home_texts"))
    scope = None
    block = fragments(*marker("sitemap_block_fragments"))
    for el in iter_doc(sel):
        if isinstance(el.tag, str) and el.tag not in ("body", "html") and block.search(class_id(el)):
            scope = el
            break
    chrome = None
    if scope is None:
        chrome = Chrome()  # without a marked map block: the whole page but its navigation and footer
    found: dict[str, ColumnLink] = {}
    for a in (scope.iter("a") if scope is not None else iter_doc(sel, "a")):
        href = a.get("href")
        url = resolve(base, href)
        if not _ok_target(url, href or "", page_url, host) or (chrome is not None and chrome(a)):
            continue
        name = link_title(a)
        if name in ignore or not _columnish(name, url):
            continue
        parent = _parent_name(a, scope, ignore | {name})
        _keep(found, ColumnLink(name, url, "map", parent))
    for el, url, name in _clicked([scope] if scope is not None else doc_roots(sel), base):
        if _ok_target(url, "", page_url, host) and name not in ignore and _columnish(name, url) \
                and not (chrome is not None and chrome(el)):
            _keep(found, ColumnLink(name, url, "map", _parent_name(el, scope, ignore | {name})))
    return list(found.values())
