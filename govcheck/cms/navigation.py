"""Finding a site's columns: navigation menus, 更多 links beside block titles, the site map link and the
site map page itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

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
from govcheck.cms.rows import Chrome
from govcheck.cms.script_menus import script_menu
from govcheck.cms.text import doc_roots
from govcheck.judge.dates import parse_date

_MAX_NAME = 30  # a column name is short; longer link texts are article titles
_MIN_NAME = 2  # nor a single character: a calendar's 日 over a block is no title
_MORE_LEVELS = 4  # how far up from a 更多 link its block title may sit
_ROW_LEVELS = 2  # how far up from a 更多 link its block's header row may be
_MAP_LEVELS = 6  # how far up from a site map link its parent's label may sit
_MAX_TABS = 8  # a tabbed block's header row holds a few tabs; more links are a list
_MAX_TAB_NAME = 12  # a tab names a column in a few characters; an item's title is longer
_WORDS = re.compile(r"[^a-z0-9]+")
_MONTH_DAY_END = re.compile(r"\d{1,2}-\d{1,2}\)?$")
_ROOT_INDEX = re.compile(r"^/(?:index|default|main)\.\w+$", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "caption", "legend"})


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
        return bool(self.fragments.search(ci)) or bool(self.words.intersection(_WORDS.split(ci)))

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


def _ok_target(url: str | None, href: str, page_url: str, host: str) -> bool:
    if url is None or host_of(url) != host or _is_file(url):
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


def _heading_like(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in _HEADINGS:
        return True
    ci = class_id(el)
    return bool(fragments(*marker("heading_class_fragments")).search(ci)) or not _heading_words().isdisjoint(
        _WORDS.split(ci))


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(marker("heading_class_words"))


def _in_link(el) -> bool:
    """A heading inside a link is an item's title (a card), not its block's."""
    return any(up.tag == "a" for up in el.iterancestors())


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
                if name and not is_more_text(name) and len(name) <= _MAX_NAME:
                    return name
        if level < _ROW_LEVELS and (text := _text_before(branch, a)):
            return text  # the title beside it in the block's header row: <div>林业风采</div><div>更多>></div>
        headings = [h for h in node.iter() if _heading_like(h) and not _in_link(h)]
        for h in headings:
            if any(link is not a and link.get("href") for link in h.iter("a")):
                continue
            if (tabs := tabs_of(h)) is not None:  # a header of tabs: the one over the 更多's pane, if it is known
                if tab := tab_over(tabs, a, h, node):
                    return tab
                continue
            # a link without an address is the heading's text (<li class="on"><a>政府文件</a></li>)
            text = clean(" ".join([visible_text(h, skip_links=True),
                                   *(visible_text(x) for x in h.iter("a") if not x.get("href"))]))
            if len(text) >= _MIN_NAME and not is_more_text(text) and len(text) <= _MAX_NAME:
                return text
        node, branch = node.getparent(), node
    return None


def _tabs(more, url: str, base: str) -> list:
    """The other tabs in a 更多 link's header row (市政府文件 | 市政府令 | 修订废止 更多>>): a tabbed block shows one
    pane at a time, often under one 更多 that the site's script points at the pane shown, and each tab links its
    own column. The row is the 更多's parent, or the next one up when the parent wraps the 更多 alone. It holds a
    few short undated links, one of them to the 更多's own column (the tab shown): a block's list never does."""
    node = more.getparent()
    for _ in range(_ROW_LEVELS):
        if node is None:
            return []
        links = [a for a in node.iter("a") if a is not more]
        if links:
            break
        node = node.getparent()
    else:
        return []
    if len(links) > _MAX_TABS or any(len(link_title(a)) > _MAX_TAB_NAME or _dated_entry(a) for a in links) \
            or all(resolve(base, a.get("href")) != url for a in links):
        return []
    return links


def _text_before(el, more) -> str | None:
    """The short text of the nearest element before el among its siblings that shows any, when it holds no link (of
    a row of tabs, the tab over the pane the 更多 link `more` sits in)."""
    for sib in el.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or sib.tag in ("script", "style"):
            continue
        text = clean(visible_text(sib))
        if not text:
            continue
        if sib.find(".//a[@href]") is not None or is_more_text(text) or len(text) > _MAX_NAME:
            return None
        if (tabs := tabs_of(sib)) is not None:
            return tab_over(tabs, more, sib, sib.getparent())
        return text if len(text) >= _MIN_NAME else None
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
    if len(names) < 2 or not all(_MIN_NAME <= len(n) <= _MAX_NAME for n in names):
        return None
    return names


def tab_over(tabs: list[str], more, header, box) -> str | None:
    """The tab of `header` over the pane that holds the 更多 link `more` inside `box`: the outermost element around
    it among as many siblings of its own kind as there are tabs, none of them holding the header (con_1_0, con_1_1
    for two tabs). None when no pane holds it (one 更多 for the whole box)."""
    around = {header, *header.iterancestors()}
    found = None
    node = more.getparent()
    while node is not None and node is not box and node.getparent() is not None:
        panes = _elements(node.getparent())
        if len(panes) == len(tabs) and all(p.tag == node.tag for p in panes) and around.isdisjoint(panes):
            found = tabs[panes.index(node)]
        node = node.getparent()
    return found


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


def _dated_entry(a) -> bool:
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


def _columnish(name: str, url: str) -> bool:
    """A column's name is short and carries no date; its URL is not the site's root."""
    if not name or len(name) > _MAX_NAME or parse_date(name) is not None or _MONTH_DAY_END.search(name):
        return False
    path = urlsplit(url).path
    return path.strip("/") != "" and not _ROOT_INDEX.match(path)


def find_column_links(sel, page_url: str) -> list[ColumnLink]:
    """Columns a page links to from its menus (nav), from 更多 links beside block titles (more), and its
    site map link (sitemap)."""
    base, host = base_url(sel, page_url), host_of(page_url)
    home = frozenset(marker("home_texts"))
    sitemap = frozenset(marker("sitemap_texts"))
    in_nav = _NavTest()
    found: dict[str, ColumnLink] = {}
    for name, url, parent in script_menu(sel, base):  # a menu a script writes from an array: before 更多 links
        if _ok_target(url, "", page_url, host) and name not in home | sitemap and _columnish(name, url):
            _keep(found, ColumnLink(name, url, "nav", parent))
    for a in iter_doc(sel, "a"):
        href = a.get("href")
        url = resolve(base, href)
        if not _ok_target(url, href or "", page_url, host):
            continue
        name = link_title(a)
        if name in sitemap:
            _keep(found, ColumnLink("网站地图", url, "sitemap"))
        elif _is_more(a, name):
            title = block_title(a, url, base)
            if title and title not in home and _columnish(title, url):
                _keep(found, ColumnLink(title, url, "more"))
            for tab in _tabs(a, url, base):
                href = tab.get("href")
                target, label = resolve(base, href), link_title(tab)
                if _ok_target(target, href or "", page_url, host) and label not in home | sitemap \
                        and not is_more_text(label) and _columnish(label, target):
                    _keep(found, ColumnLink(label, target, "more"))
        elif name not in home and _columnish(name, url) and in_nav(a) and not _dated_entry(a):
            _keep(found, ColumnLink(name, url, "nav"))
    for el, url, name in _clicked(doc_roots(sel), base):
        if _ok_target(url, "", page_url, host) and name not in home and _columnish(name, url) and in_nav(el):
            _keep(found, ColumnLink(name, url, "nav"))
    return list(found.values())


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
        if sib.tag == child.tag and not _heading_like(sib) and sib.find(".//strong") is None \
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
