"""What the page readers return, and the small helpers they share (markers from data/, text, URLs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import chain
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode, urlsplit

import yaml
from lxml import etree

from govcheck.cms.hant import simplified
from govcheck.cms.text import BREAK, SKIP_TAGS, doc_memo, doc_roots, first_in_doc, shown_pieces, text_pieces
from govcheck.judge.dates import normalize
from govcheck.judge.urls import base_directory, join_url
from govcheck.paths import DATA_DIR


@dataclass(frozen=True)
class ListItem:
    title: str
    url: str  # absolute
    date: date | None
    raw_date: str | None  # the date as the row shows it, None when it came from the URL or nowhere
    replied: bool = False  # a consultation list's letter dated by its reply: no publication day of its page
    earliest: date | None = None  # a date shown as an age (1个月前): the earliest day it can mean, `date` the latest


@dataclass(frozen=True)
class Endpoint:
    """A URL that a page's own script loads its list from."""
    url: str  # absolute, with any query the script writes into it
    method: str = "GET"  # GET or POST
    form: dict[str, str] = field(default_factory=dict, hash=False)  # sent as the query (GET) or form data (POST)

    def request_url(self) -> str:
        """The URL to fetch: a GET carries its fields in the query string."""
        if self.method != "GET" or not self.form:
            return self.url
        return f"{self.url}{'&' if '?' in self.url else '?'}{urlencode(self.form)}"


@dataclass
class ListPage:
    items: list[ListItem]  # in page order, de-duplicated by (url, title)
    next_pages: list[str] = field(default_factory=list)  # absolute URLs, the next list page first
    # the next list page as a form to post (Hanweb dataproxy.jsp, ASP.NET's postback), and the last one (ASP.NET)
    post_requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    last_post: tuple[str, dict[str, str]] | None = None
    placeholder: bool = False  # the list shows only 暂无信息 or the like
    scripted: bool = False  # no static item, but the list is built by JavaScript
    column_name: str | None = None
    column_type: str | None = None
    family: str = "generic"  # trs, hanweb, generic; endpoint for what a list's endpoint answered
    endpoints: list[Endpoint] = field(default_factory=list)  # where the page's scripts load a list from
    blocks: list = field(default_factory=list)  # the candidate blocks (listing.ListBlock) the items were picked from
    last_page: str | None = None  # the list's last page, when the pager names it (createPageHTML's total, 尾页)
    unread: bool = False  # a reader failed on the page: nothing is known of its list (never an empty one)


@dataclass(frozen=True)
class ArticleMeta:
    pub_date: date | None
    column_name: str | None
    site_code: str | None
    title: str | None


@cache
def markers() -> MappingProxyType:
    """data/cms_markers.yaml, read once."""
    with open(DATA_DIR / "cms_markers.yaml", encoding="utf-8") as f:
        return MappingProxyType(yaml.safe_load(f))


def marker(key: str) -> Any:
    return markers()[key]


@cache
def compiled(*patterns: str, flags: int = re.I) -> re.Pattern:
    """One regular expression matching any of patterns."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


_SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Whitespace collapsed (full-width and no-break spaces included): for names and titles people read."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip()


def flat(text: str | None) -> str:
    """Whitespace collapsed and full-width digits and punctuation as ASCII: for matching dates and phrases."""
    return clean(normalize(text)) if text else ""


@lru_cache(maxsize=65536)  # every page repeats its site's menu and pager texts
def squeeze(text: str | None) -> str:
    """Flattened, without spaces, lower case: for comparing short link texts with phrase lists."""
    return flat(text).replace(" ", "").lower()


@cache
def _phrases(key: str) -> frozenset[str]:
    return frozenset(squeeze(t) for t in marker(key))


def is_more_text(text: str | None) -> bool:
    """更多, more, >>, 查看更多, 更多新闻 …: the text of a link to a block's full list."""
    t = squeeze(text)
    return t in _phrases("more_texts") or (t.startswith(("更多", "查看更多")) and len(t) <= 6)


_DETAIL_MARKS = re.compile(r"^[【\[［(（<《]+|[】\]］)）>》»›.…]+$")


def is_detail_text(text: str | None) -> bool:
    """【详情】, 查看详情, 阅读全文>> …: the link that ends a text or a row with the way to its whole, which names no
    column (灞桥's 区情简介 in a menu's drop-down, its 【详情】 to the page its list names 灞桥区志)."""
    return _DETAIL_MARKS.sub("", squeeze(text)) in _phrases("detail_texts")


def is_phrase(text: str | None, key: str) -> bool:
    """text is one of the phrases listed under key in cms_markers.yaml (compared squeezed)."""
    return squeeze(text) in _phrases(key)


def visible_text(el, *, skip_links: bool = False) -> str:
    """The text a reader sees in el: no script or style (and, with skip_links, no link text). Iterative, so
    a page of thousands of unclosed tags cannot exhaust the recursion limit."""
    if not isinstance(el.tag, str):
        return ""
    skip = SKIP_TAGS | {"a"} if skip_links else SKIP_TAGS
    if not len(el):  # no child: its own text (most links), without a walk to set up
        return "" if el.tag in skip else el.text or ""
    parts: list[str] = []
    hidden = 0  # depth inside skipped elements
    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event == "start":
            if node.tag in skip:
                hidden += 1
            elif not hidden and node.text:
                parts.append(node.text)
            continue
        if event == "end" and node.tag in skip:
            hidden -= 1
        if node is not el and not hidden and node.tail:  # a comment's text is hidden, its tail is not
            parts.append(node.tail)
    return " ".join(parts)


def up_to(el, stop):
    """Ancestors of el below stop."""
    node = el.getparent()
    while node is not None and node is not stop:
        yield node
        node = node.getparent()


def iter_doc(obj, *tags):
    """Like root.iter(*tags), over the whole document: lxml's own iterator when the document has one top-level
    element (nearly always), so no Python frame is resumed for each element."""
    roots = doc_roots(obj)
    if len(roots) == 1:
        return roots[0].iter(*tags)
    return chain.from_iterable(r.iter(*tags) for r in roots)


def doc_text(obj) -> str:
    """The visible text of the whole document, flattened for matching."""
    memo = doc_memo(obj)
    if "doc_text" not in memo:
        memo["doc_text"] = _flat_pieces(text_pieces(obj))
    return memo["doc_text"]


def _flat_pieces(pieces: list[str]) -> str:
    return flat(" ".join(p for p in pieces if p != BREAK))


def text_lines(obj, hidden: set | None = None) -> list[str]:
    """The page's visible text as lines, one per run of text between two block boundaries, flattened; without the
    text of the elements in `hidden`."""
    pieces = shown_pieces(obj, hidden) if hidden else text_pieces(obj)
    lines, run = [], []
    for p in [*pieces, BREAK]:
        if p != BREAK:
            run.append(p)
        elif run:
            if line := flat(" ".join(run)):
                lines.append(line)
            run = []
    return lines


PLACEHOLDER_LINE_CHARS = 40  # a line that says a list is empty is short, or no sentence (a pager's 共0条 …)
_SENTENCE = re.compile("[,;。，；]")  # flattened text: full-width commas are ASCII ones


def says_empty(text: str) -> bool:
    """Whether text holds a phrase of an empty list (暂无信息, 栏目建设中, …) or a count of nothing (共 0 条), in
    simplified or traditional characters (本欄目暫無信息)."""
    text = simplified(text)
    return any(p in text for p in marker("placeholder_phrases")) or bool(
        compiled(*marker("placeholder_counts")).search(text))


def placeholder_line(line: str) -> bool:
    """A line that says a list is empty: such a phrase or count in a short line, or in one that is no sentence, or
    a sentence whose first clause says so of its column (本栏目正在建设中，相关信息将陆续发布，敬请期待。如有需要
    请联系…); not in a sentence of a page's text (经检索本机关无相关信息的，告知申请人…)."""
    return (len(line) <= PLACEHOLDER_LINE_CHARS or not _SENTENCE.search(line) or _opens_saying_empty(line)) \
        and says_empty(line)


_CLAUSE = re.compile("[,;。，；!！]")
_OPENING_CHARS = 20  # a first clause this short at most: 该栏目暂无相关信息, 本栏目正在建设中
_OWN_COLUMN = re.compile("^(?:本|该|此|当前)?(?:栏目|页面|网页)")


def _opens_saying_empty(line: str) -> bool:
    """Whether a sentence opens with a clause that says its column (or page) has nothing: 本栏目正在建设中, 该栏目暂无
    信息, or the phrase itself first (暂无信息，相关内容将陆续发布…); what follows (敬请期待, whom to call) says no
    more."""
    first = simplified(_CLAUSE.split(line, 1)[0].replace(" ", ""))
    if len(first) > _OPENING_CHARS or not says_empty(first):
        return False
    rest = _OWN_COLUMN.sub("", first, count=1)
    return rest != first or any(rest.startswith(p) for p in marker("placeholder_phrases"))


def has_tag(obj, tag: str) -> bool:
    return next(iter_doc(obj, tag), None) is not None


@cache  # asked again for each page by the readers' helpers (Chrome, _SideTest, ...)
def fragments(*words: str) -> re.Pattern:
    """A pattern finding any of words inside a class_id() string."""
    return compiled(*map(re.escape, words))


# the panes of a setTab box (con_menu_1 under tabs menu1, menu2): content the tabs switch, though named "menu"
_TAB_PANE = re.compile(r"\bcon_[a-z]+_\d+\b")


def class_id(el, panes: bool = True) -> str:
    """The class and id of an element, lower case, for marker fragments; `panes=False`: without a setTab pane's id,
    for the tests of navigation."""
    found = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return found if panes else _TAB_PANE.sub("", found)


def base_url(sel, page_url: str) -> str:
    """What the page's relative links resolve against: its <base href>, unless no URL parser accepts that, when a
    browser falls back to the page's own URL."""
    href = first_in_doc(sel, "//base/@href")
    return (href and _join_web(page_url, href.strip())) or page_url


def resolve(base: str, href: str | None) -> str | None:
    """The absolute URL of an <a href>, or None for in-page anchors, scripts, mail and phone links."""
    if href is None:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    low = href.lower()
    if low.startswith(("javascript:", "mailto:", "tel:", "data:", "about:", "vbscript:")):
        return None
    return _join_web(base_directory(base, href), href)


# A quoted address in the script a link runs (window.open('/art/…'), openArticle("t20231011_1.html", 1)): a path, a
# URL, or a file name of a page; what is left (an id, a function name) names no address
_SCRIPTED_TARGET = re.compile(
    r"""(['"])((?:https?://|/|\.{1,2}/)[^'"\s<>]*|[^'"\s<>(),;]+\.(?:s?html?|jhtml|jsp|aspx?|php|do)(?:\?[^'"\s<>]*)?)\1""",
    re.I)


# the attributes a page's script reads the address a click opens from (<li data-url="/art/…">, <a href="#"
# data-url="…">, the handler bound to the list or its rows)
DATA_ADDRESSES = ("data-url", "data-href", "data-link")


def data_address(el) -> str | None:
    """The address an element names for the script a click runs (its data-url), or None."""
    return next((v.strip() for name in DATA_ADDRESSES if (v := el.get(name)) and v.strip()), None)


def opened_by_click(el) -> bool:
    """Whether an element holding no link opens an address on a click: by an onclick of its own, or by the data-url
    its page's script reads (one around other such elements, a tab's pane, is their box, not a row). An <a> without
    href or onclick (a title's style) is no link."""
    if not el.get("onclick") and (not data_address(el) or any(
            d.get("onclick") or data_address(d) for d in el.iterdescendants() if isinstance(d.tag, str))):
        return False
    return not holds_link(el)


def holds_link(el) -> bool:
    """Whether an element holds a link: an <a> with an href or an onclick (one with neither is a title's style)."""
    return any(a.get("href") is not None or a.get("onclick") for a in el.iter("a"))


def scripted_target(a, base: str, openers=None) -> str | None:
    """Where a link opens that runs a script instead of naming an address (an onclick beside a void or # href, a
    javascript: href), when its script names one, or calls one of the page's `openers` (cms.openers) with an
    article's id, or else names it in a data-url its page's script reads: a visitor who clicks reaches it."""
    href = (a.get("href") or "").strip()
    code = a.get("onclick") or ""
    if href.lower().startswith("javascript:"):
        code = f"{href}\n{code}"
    elif href and not href.startswith("#"):
        return None  # a plain address no URL parser accepts
    m = _SCRIPTED_TARGET.search(code) if code else None
    target = m[2] if m else openers.target(code) if code and openers is not None else None
    target = target or data_address(a)
    return resolve(base, target) if target else None


@lru_cache(maxsize=65536)
def _join_web(base: str, href: str) -> str | None:
    url = join_url(base, href)
    return url if url and url.lower().startswith(("http://", "https://")) else None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def same_page(a: str, b: str) -> bool:
    """Same URL apart from the fragment."""
    return a.split("#", 1)[0] == b.split("#", 1)[0]


_BULLETS = "·•●○■□◆◇▪▫►▶・"
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_FIGURES = re.compile(r"[\d\s\-./:年月日]+")  # a heading of figures alone: a calendar box's day (<h3>25</h3>)


def link_title(a) -> str:
    """The title of a link: its text, else its title attribute, else an image's alt; the title attribute
    also wins when the text is cut short ("…"). A link that holds a heading (a card: a date box, the heading, a
    summary) is titled by the heading, not by a heading of its date box's figures (<h3>25</h3><p>2026-10</p>)."""
    for h in a.iter(*_HEADINGS) if len(a) or a.tag in _HEADINGS else ():  # no child: no iterator to set up
        heading = clean(visible_text(h))
        if heading and not _FIGURES.fullmatch(heading):
            return heading
    text = clean(visible_text(a)).lstrip(_BULLETS).lstrip()  # ·团委动态, • 关于…的公告: the bullet is no title's
    attr = clean(a.get("title"))
    if attr and (not text or text.endswith(("...", "…")) and len(attr) > len(text) - 3):
        return attr
    if text:
        return text
    for img in a.iter("img"):
        alt = clean(img.get("alt") or img.get("title"))
        if alt:
            return alt
    return ""


def meta_content(sel, name: str) -> str | None:
    """<meta name=... content=...>, the name matched case-insensitively; None when absent or empty."""
    memo = doc_memo(sel)
    metas = memo.get("metas")
    if metas is None:  # read once a page: its readers ask for a dozen names
        metas = memo["metas"] = {}
        for m in iter_doc(sel, "meta"):
            key = m.get("name") or m.get("property") or m.get("itemprop")
            value = clean(m.get("content")) if key else ""
            if value:
                metas.setdefault(key.strip().lower(), value)
    return metas.get(name.lower())
