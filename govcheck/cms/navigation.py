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
    is_more_text,
    iter_doc,
    link_title,
    marker,
    resolve,
    same_page,
    scripted_target,
    squeeze,
    visible_text,
)
from govcheck.cms.block_titles import MAX_NAME, WORDS, block_title, dated_entry, heading_like, tabs
from govcheck.cms.gkmlpt import gkml_tree
from govcheck.cms.rows import Chrome
from govcheck.cms.script_menus import menu_file, script_menu
from govcheck.cms.sub_columns import sub_column_links
from govcheck.cms.text import doc_roots
from govcheck.judge.dates import parse_date
from govcheck.judge.urls import may_lend, registrable_domain

_MAP_LEVELS = 6  # how far up from a site map link its parent's label may sit
_MONTH_DAY_END = re.compile(r"\d{1,2}-\d{1,2}\)?$")
_ROOT_INDEX = re.compile(r"^/(?:index|default|main)\.\w+$", re.I)
# a dropdown panel's boxes between a menu entry (or its list) and its heading's <li>, and how many may nest
_PANEL_BOXES = frozenset({"div", "section", "span"})
_PANEL_LEVELS = 5


@dataclass(frozen=True)
class ColumnLink:
    name: str
    url: str
    source: str  # nav, more, sitemap (the 网站地图 link itself), map (a column listed on the site map page)
    parent: str | None = None


class _NavTest:
    """Whether an element sits in a navigation block; memoised per element."""

    def __init__(self):
        self.fragments = fragments(*marker("nav_fragments"))
        self.words = frozenset(marker("nav_words"))
        self.memo: dict = {}

    def own(self, el) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "nav":
            return True
        ci = class_id(el, panes=False)
        return bool(self.fragments.search(ci)) or bool(self.words.intersection(WORDS.split(ci)))

    def __call__(self, el) -> bool:
        chain, verdict, in_list = [], False, False
        node = el
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                verdict = known
                break
            chain.append(node)
            if self.own(node):
                verdict = True
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


def _menu_heading(a) -> str | None:
    """The heading a menu entry sits under, which makes it a second-level column: the outer entry whose <li> holds
    its list (<li><a>政务公开</a><ul><li><a>通知公告</a>, a <dl> of <dd>s or a <div> around it too), or a heading
    with a link just before its list (<h3><a>政务公开</a></h3><ul>); None for an entry of the menu's first level,
    also under 首页 in a box of its own before the list (山西's <dl class="main-nav-home">): the homepage heads
    nothing."""
    label = _heading_label(a)
    return None if label in frozenset(marker("home_texts")) else label


def _panel_li(node):
    """The <li> of a menu heading whose dropdown panel holds `node` in boxes alone (up to _PANEL_LEVELS): 扎兰屯's
    mega menu (<li><a>政务公开</a><div class="dd"><div class="item"><div class="link-dt"><a>政策文件</a>), no list of
    its own, or a list several boxes deep (<li><a>…</a><div class="subnav"><div><div class="w1200"><ul>…)."""
    for _, p in zip(range(_PANEL_LEVELS), node.iterancestors(), strict=False):
        if p.tag == "li":
            return p
        if p.tag not in _PANEL_BOXES:
            return None
    return None


def _box_heading(a, own) -> str | None:
    """The label before a box of bare links in a heading's <li> (<li><a href="javascript:void(0)">新闻中心</a><div
    class="sub-nav"><a>…<a>…), not a link wrapped in a box of its own <li>."""
    child = next(p for p in (a, *a.iterancestors()) if p.getparent() is own)
    if child is a or child.tag not in _PANEL_BOXES:
        return None
    label = next((x for s in child.itersiblings(preceding=True) if (x := _label_of(s))), None) or clean(own.text)
    return label if 0 < len(label) <= 20 else None


def _heading_label(a) -> str | None:
    own = next((p for _, p in zip(range(3), a.iterancestors(), strict=False) if p.tag in ("li", "dd")), None)
    if own is not None and own.tag == "li" and (head := _box_heading(a, own)):
        return None if head.endswith("导航") else head
    menu = own.getparent() if own is not None else None
    if menu is None:  # an entry in a panel's boxes alone: its heading's <li> holds them, its label before them
        outer = _panel_li(a)
        label = _li_label(outer, None) if outer is not None else None
        return None if not label or label.endswith("导航") else label
    outer = next((p for _, p in zip(range(2), menu.iterancestors(), strict=False) if p.tag == "li"), None)
    if outer is None:
        outer = _panel_li(menu)
    label = _li_label(outer, own) if outer is not None else None
    if label and label.endswith("导航"):  # a popup's title over the whole menu (网站导航, 栏目导航) heads none of it
        return None
    if own.tag == "dd":  # <dl><dt>政务公开</dt><dd><span><a>政府公告</a></span>…: the term its entries describe
        term = next((s for s in own.itersiblings(preceding=True) if s.tag == "dt"), None)
        head = _label_of(term) if term is not None else None
        if head and not head.endswith("导航"):
            return head
    if outer is not None:
        return label
    for sib in menu.itersiblings(preceding=True):
        if isinstance(sib.tag, str) and clean(visible_text(sib)):
            label = _label_of(sib) if heading_like(sib) else None
            # the heading's own link names it (not a 返回 arrow's beside a dialog's title, 栏目导航)
            return label if any(clean(visible_text(x)) == label and not (x.get("href") or "").startswith(
                ("javascript:", "#")) for x in sib.iter("a")) else None
    return None


def _columnish(name: str, url: str) -> bool:
    """A column's name is short and carries no date; its URL is not the site's root."""
    if not name or len(name) > MAX_NAME or parse_date(name) is not None or _MONTH_DAY_END.search(name):
        return False
    path = urlsplit(url).path
    return path.strip("/") != "" and not _ROOT_INDEX.match(path)


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
    in_nav = _NavTest()
    found: dict[str, ColumnLink] = {}
    headings: dict[str, object] = {}  # each URL's first menu link
    unlinked: dict[str, str] = {}  # the label without a link over the list of a URL's first menu link
    # a menu a script writes, and a gkmlpt page's 分类 tree: before 更多 links
    for link in _menu_columns([*script_menu(sel, base), *gkml_tree(sel, page_url)], page_url):
        _keep(found, link)
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
            title = block_title(a, url, base)
            if title and title not in home and _columnish(title, url):
                _keep(found, ColumnLink(title, url, "more"))
            for tab in tabs(a, url, base):
                href = tab.get("href")
                target, label = resolve(base, href), link_title(tab)
                if _ok_target(target, href or "", page_url, host, menu=False) and label not in home | sitemap \
                        and not is_more_text(label) and _columnish(label, target):
                    _keep(found, ColumnLink(label, target, "more"))
        elif name not in home and _columnish(name, url) and in_nav(a) and not dated_entry(a):
            head, parent = headings.setdefault(url, a), _menu_heading(a)
            if head is a and parent is None and (label := _unlinked_label(a)):
                unlinked[url] = label
            if head is not a and found[url].name == link_title(head) == parent != name:
                # the heading's own name is its menu's, not the column's
                found[url] = ColumnLink(name, url, "nav", parent)
            else:
                _keep(found, ColumnLink(name, url, "nav", parent))
    for el, url, name in _clicked(doc_roots(sel), base):
        if _ok_target(url, "", page_url, host) and name not in home and _columnish(name, url) and in_nav(el):
            _keep(found, ColumnLink(name, url, "nav"))
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
    firsts = {c.name for c in found.values() if c.source == "nav" and c.parent is None}
    for url, label in unlinked.items():
        c = found[url]
        if c.source == "nav" and c.parent is None and label in firsts and label != c.name:
            found[url] = ColumnLink(c.name, c.url, c.source, label)
    return list(found.values())


def _unlinked_label(a) -> str | None:
    """The label without a link just before the list a menu entry sits in: <p>政务公开</p><ul><li><a>…"""
    own = next((p for _, p in zip(range(3), a.iterancestors(), strict=False) if p.tag in ("li", "dd")), None)
    menu = own.getparent() if own is not None else None
    if menu is None:
        return None
    sib = next((x for x in menu.itersiblings(preceding=True) if isinstance(x.tag, str) and clean(visible_text(x))),
               None)
    return _label_of(sib) if sib is not None and sib.find(".//a") is None else None


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

def _label_of(el) -> str | None:
    """The label an element shows as a parent: its text when short and holding at most one link."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "ul", "ol", "table"):
        return None
    if len(el.findall(".//a")) > 1 or el.find(".//ul") is not None or el.find(".//table") is not None:
        return None
    text = clean(visible_text(el))
    return text if 0 < len(text) <= 20 else None


def _li_label(li, own) -> str | None:
    """The name of a list entry that holds a sub-list: its own link or text before the sub-list."""
    if li is own:
        return None
    for child in li:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("ul", "ol", "div", "dl", "table"):
            break
        label = _label_of(child)
        if label:
            return label
    text = clean(li.text)
    return text if 0 < len(text) <= 20 else None


def _nearest_label(child) -> str | None:
    """The label just before child: its nearest preceding element with text, unless that is a peer entry
    (same tag, no heading look) rather than a heading."""
    for sib in child.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or not clean(visible_text(sib)):
            continue
        if sib.tag == child.tag and not heading_like(sib) and sib.find(".//strong") is None \
                and sib.find(".//b") is None:
            return None
        return _label_of(sib)
    return None


def _parent_name(a, scope, ignore: frozenset[str]) -> str | None:
    """The column a site map link sits under: the entry holding its sub-list, or the heading before it."""
    parent = a.getparent()
    own = next((p for p in (parent, parent.getparent() if parent is not None else None)
                if p is not None and p.tag == "li"), None)
    child, node = a, parent
    for _ in range(_MAP_LEVELS):
        if node is None or child is scope:
            return None
        label = _li_label(node, own) if node.tag == "li" else _nearest_label(child)
        if label and label not in ignore:
            return label
        child, node = node, node.getparent()
    return None


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
