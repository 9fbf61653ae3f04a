"""The items of a list page: dated rows of links, in one pass over the page's links.

A row is the nearest li/tr/dd/dt (or div.item) around a link; rows are grouped by their parent block. The
blocks that show dates are the candidates (a block of undated rows whose links are articles too); a block of
undated rows with no date anywhere near is a menu, not a list. ``pick_blocks`` chooses the list among them: on
a column's page it leaves out the blocks the whole site carries (最新信息, a ticker, items of other columns).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from urllib.parse import urlsplit

from govcheck.cms.base import (
    ListItem,
    class_id,
    clean,
    compiled,
    flat,
    fragments,
    is_more_text,
    is_phrase,
    iter_doc,
    link_title,
    marker,
    resolve,
    scripted_target,
    squeeze,
    visible_text,
)
from govcheck.judge.dates import date_from_url, match_date, match_split_date

_MAX_ROW_LEVELS = 6  # a link deeper than this inside its row is not that row's title
_MIN_REPEATS, _ROW_LINKS = 3, 3  # a repeated element is a row among at least 3 alike, with at most 3 links
_DATE_CELL_CHARS = 48  # a date cell holds a date, a label and a time at most
_LEFTOVER = re.compile(r"[\s\[\]()<>:,.\-/|\d]+|发布时间|发布日期|更新时间|日期|时间|发布|更新")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DIGIT = re.compile(r"[\d\uff10-\uff19]")


class _Row:
    __slots__ = ("el", "links")

    def __init__(self, el):
        self.el = el
        self.links: list[tuple[str, str, object]] = []  # (url, title, the <a> element)


class Chrome:
    """Whether an element sits in navigation, header or footer markup; memoised per element, so the
    ancestor walks of all links together visit each element once."""

    def __init__(self):
        self.tags = frozenset(marker("chrome_tags"))
        self.fragments = fragments(*marker("chrome_fragments"))
        self.memo: dict = {}

    def __call__(self, el) -> bool:
        chain = []
        verdict = False
        node = el
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                verdict = known
                break
            chain.append(node)
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag in self.tags or (tag and self.fragments.search(class_id(node))):
                verdict = True
                break
            node = node.getparent()
        for n in chain:
            self.memo[n] = verdict
        return verdict


class _Rows:
    """Whether an element holds one list entry: a row tag (li, tr, …), or a div, p, dl, section or article whose
    class says so or that repeats: one of several siblings of its tag and class, holding a link or two (a <p> per
    item, a <dl> per item, a <div> without a class). Memoised per parent."""

    def __init__(self):
        self.tags = frozenset(marker("row_tags"))
        self.fragments = tuple(marker("row_class_fragments"))
        self.alike: dict = {}  # parent -> Counter of (tag, class) of its children
        self.memo: dict = {}  # element -> whether it is a row: the links of a box walk up through it in turn

    def __call__(self, el) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in self.tags:
            return True
        if tag not in ("div", "p", "dl", "section", "article"):
            return False
        known = self.memo.get(el)
        if known is None:
            known = self.memo[el] = self.marked(el, tag)
        return known

    def marked(self, el, tag: str) -> bool:
        cls = el.get("class")
        if cls and any(f in cls.lower() for f in self.fragments):
            return True
        parent = el.getparent()
        if parent is None:  # the root of a fragment
            return False
        alike = self.alike.get(parent)
        if alike is None:
            alike = self.alike[parent] = Counter((c.tag, c.get("class")) for c in parent if isinstance(c.tag, str))
        return alike[(tag, cls)] >= _MIN_REPEATS and len(el.findall(".//a")) <= _ROW_LINKS


def _is_date_cell(text: str, raw: str) -> bool:
    """True if text shows a date and nothing else (brackets, a 发布时间 label and a time allowed)."""
    return len(text) <= _DATE_CELL_CHARS and not _LEFTOVER.sub("", text.replace(raw, "", 1))


def _date_cell(el, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """The date el shows when it shows nothing else."""
    quick = el.text_content()  # C-fast, scripts included: only a filter before the real text
    if len(quick) > 4 * _DATE_CELL_CHARS or not _DIGIT.search(quick):
        return None
    text = flat(visible_text(el))
    if not text or len(text) > _DATE_CELL_CHARS:
        return None
    found = match_date(text, url=url, year_hint=year_hint)
    if found is None and (split := match_split_date(text)) is not None:
        return split, text
    return found if found and _is_date_cell(text, found[1]) else None


def _page_date_row(row) -> bool:
    """A row whose date is the page's (今天是2019年2月25日 星期一 | 设为首页), not an item's."""
    text = row.text_content()
    return any(p in text for p in marker("not_item_dates"))


@cache
def _other_dates() -> tuple[re.Pattern, re.Pattern]:
    """(a header naming another date than the publication's, such a date labelled in running text)."""
    labels = "|".join(map(re.escape, marker("other_date_labels")))
    return re.compile(labels), re.compile(rf"(?:{labels})[^\d]{{0,6}}\d[\d\-/.年月日号 ]*")


def _other_date_cells(row) -> list:
    """The cells of a table row under a header naming another date than the publication's (成文日期, 生效日期):
    a 信息公开 table shows a document's date of writing before the date it was published."""
    table = next(row.iterancestors("table"), None)
    header = None if table is None else table.find(".//tr")
    if header is None or header is row or header.find(".//a") is not None:
        return []
    other = _other_dates()[0]
    skip = {i for i, c in enumerate(c for c in header if c.tag in ("th", "td")) if other.search(c.text_content())}
    return [c for i, c in enumerate(c for c in row if c.tag in ("th", "td")) if i in skip] if skip else []


def _shown_date(row, url: str, year_hint: int | None, main_link) -> tuple[date, str] | None:
    """The date a row shows: a cell that holds only a date, else any date in the row's text outside its
    links, else a date-only part inside the title link. A date the table's header or a label names as another
    than the publication's (成文日期) is not it."""
    if _page_date_row(row):
        return None
    skip = _other_date_cells(row) if row.tag == "tr" else []
    for el in row.iterdescendants():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("a", "script", "style") or any(p.tag == "a" or p in skip for p in _up_to(el, row)) \
                or el in skip:
            continue
        found = _date_cell(el, url, year_hint)
        if found:
            return found
    outside = " ".join(visible_text(c, skip_links=True) for c in row if c not in skip) if skip else \
        visible_text(row, skip_links=True)
    found = match_date(_other_dates()[1].sub(" ", flat(outside)), url=url, year_hint=year_hint)
    if found:
        return found
    for el in main_link.iterdescendants():
        found = _date_cell(el, url, year_hint) if isinstance(el.tag, str) else None
        if found:
            return found
    return None


def _up_to(el, stop):
    """Ancestors of el below stop."""
    node = el.getparent()
    while node is not None and node is not stop:
        yield node
        node = node.getparent()


def _dated(row: _Row, as_of: date | None):
    """(ListItem, shown) for a row: shown says the row itself shows the date."""
    url, title, main = max(row.links, key=lambda lt: len(lt[1]))  # the title link, not a category tag
    hint = as_of.year if as_of else None
    found = _shown_date(row.el, url, hint, main)
    if found is None and row.el.tag == "dt" and (dd := row.el.getnext()) is not None and dd.tag == "dd":
        found = _shown_date(dd, url, hint, main)  # <dt> title, <dd> date pairs in one <dl>
    if found:
        when, raw = found
        if as_of and when > as_of and not _YEAR.search(raw) and date_from_url(url) is None:
            when = _previous_year(when)  # a month-day list runs up to today: a later day is last year's
        return ListItem(title, url, when, raw), True
    return ListItem(title, url, date_from_url(url), None), False


def _previous_year(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def collect_rows(root, base: str, *, skip_chrome: bool = True) -> list[_Row]:
    """Rows of links in document order, one walk up from each link."""
    is_row = _Rows()
    chrome = Chrome()
    rows: dict = {}
    for a in iter_doc(root, "a"):
        href = a.get("href")
        if not href and not a.get("onclick"):
            continue
        row_el = None
        node = a.getparent()
        for _ in range(_MAX_ROW_LEVELS):
            if node is None:
                break
            if is_row(node):
                row_el = node
                break
            node = node.getparent()
        if row_el is not None and row_el.tag == "dt" and (dl := row_el.getparent()) is not None \
                and len(dl.findall("dt")) == 1:
            row_el = dl  # a <dl> per item: its <dd> holds the date
        if row_el is None or (skip_chrome and chrome(row_el)):
            continue
        title = link_title(a)
        if not title and a.find(".//img") is not None:  # a picture linked alone: its row's text is the title
            title = clean(visible_text(row_el, skip_links=True))[:200]
        if not title or title.isdigit() or is_more_text(title) or is_phrase(title, "next_texts") \
                or is_phrase(title, "home_texts"):  # pager, 更多 and 首页 links are not entries
            continue
        url = resolve(base, href) or scripted_target(a, base)  # an item its list opens by script is an item
        if url is None:
            continue
        row = rows.get(row_el)
        if row is None:
            row = rows[row_el] = _Row(row_el)
        row.links.append((url, title, a))
    return list(rows.values())


@lru_cache(maxsize=65536)  # list items recur on many pages: the site's menus, side blocks and pagers
def _looks_like_article(url: str) -> bool:
    return bool(compiled(*marker("article_url")).search(url.split("?", 1)[0]))


@dataclass
class ListBlock:
    """A block of list rows that could be a column's list: its items, how many rows show a date, and what says
    it may be the site's (a side block, a ticker) rather than the column's."""

    items: list[ListItem]
    rows: int
    shown: int  # rows that show their own date
    heading: str = ""  # the title just before the block (最新信息, 通知公告, …)
    side: str | None = None  # why it looks like a block of the whole site: heading, ticker, class
    sig: str = ""  # the block's identity across the site's pages: a hash of its links
    el: object = field(default=None, repr=False, compare=False)
    picked: bool = False  # chosen as (part of) the list

    @property
    def dated(self) -> bool:
        return self.shown > 0 and self.shown * 2 >= self.rows


def _signature(items: list[ListItem]) -> str:
    return hashlib.blake2b("\n".join(i.url for i in items).encode(), digest_size=6).hexdigest()


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "caption", "legend", "strong", "b"})
_HEADING_LEVELS = 3  # how far up from a block its title may sit
_HEADING_CHARS = 20


def _heading_text(el) -> str:
    if not isinstance(el.tag, str) or el.tag in ("ul", "ol", "table", "tbody", "script", "style"):
        return ""
    if el.find(".//li") is not None or el.find(".//tr") is not None:
        return ""
    text = flat(visible_text(el))
    return text if 0 < len(text) <= _HEADING_CHARS else ""


def _block_heading(el) -> str:
    """The short title written just before a block (its box's header), if any."""
    node = el
    for _ in range(_HEADING_LEVELS):
        if node is None:
            return ""
        for sib in node.itersiblings(preceding=True):
            text = _heading_text(sib)
            if text:
                return text
            if isinstance(sib.tag, str) and sib.find(".//a") is not None and len(flat(visible_text(sib))) > 40:
                break  # the previous box's content, not a title
        node = node.getparent()
    return ""


class _SideTest:
    """Whether a block sits in a ticker or a box of the page's side; memoised per element."""

    def __init__(self):
        cfg = marker("sitewide_blocks")
        self.ticker_tags = frozenset(cfg["ticker_tags"])
        self.ticker = fragments(*cfg["ticker_fragments"])
        self.side = compiled(*cfg["side_classes"])
        self.memo: dict = {}

    def __call__(self, el) -> str | None:
        chain, verdict, node = [], None, el
        while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
            if node in self.memo:
                verdict = self.memo[node]
                break
            chain.append(node)
            ci = class_id(node)
            if node.tag in self.ticker_tags or self.ticker.search(ci):
                verdict = "ticker"
                break
            if node.tag == "aside" or self.side.search(ci):
                verdict = "class"
                break
            node = node.getparent()
        for n in chain:
            self.memo[n] = verdict
        return verdict


def blocks_of_rows(rows: list[_Row], *, as_of: date | None) -> list[ListBlock]:
    """The candidate blocks among rows, in page order: blocks that show dates, and blocks of undated rows whose
    links look like articles (their items take the date of their URL, or none)."""
    groups: dict = {}
    for r in rows:
        item, shown = _dated(r, as_of)
        g = groups.setdefault(r.el.getparent(), [[], 0])
        g[0].append(item)
        g[1] += shown
    out = []
    for el, (items, shown) in groups.items():
        n = len(items)
        if not (shown and shown * 2 >= n):
            articles = sum(_looks_like_article(i.url) for i in items)
            if not (articles >= marker("undated_min_rows") and articles * 5 >= n * 4):
                continue
        items = unique_items(items)
        out.append(ListBlock(items, n, shown, sig=_signature(items), el=el))
    return out


@cache
def _sitewide_headings() -> frozenset[str]:
    return frozenset(squeeze(h) for h in marker("sitewide_blocks")["headings"])


def _describe(blocks: list[ListBlock]) -> None:
    """Each block's title and whether it sits in a ticker or a side box: wanted only on a column's page."""
    side_of = _SideTest()
    for b in blocks:
        if b.el is None or b.side is not None or b.heading:
            continue
        b.heading = _block_heading(b.el)
        b.side = "heading" if squeeze(b.heading) in _sitewide_headings() else side_of(b.el)


def _under(url: str, folder: str) -> bool:
    return urlsplit(url).path.startswith(folder)


def pick_blocks(blocks: list[ListBlock], *, column_url: str | None = None, column_name: str | None = None,
                sitewide: frozenset[str] = frozenset()) -> list[ListBlock]:
    """The blocks that are the list. Without a column (a homepage, any page) every dated block a portal page shows
    counts, less a sidebar much smaller than the main list. On a column's page, blocks the site carries on every
    page are left out (sitewide signatures, a ticker, a box titled 最新信息 unless that is the column's own name,
    a side box when another block remains), and so are blocks wholly outside the column's folder beside blocks
    inside it: an empty list next to a dated side block is an empty column."""
    cands = [b for b in blocks if b.sig not in sitewide]
    if column_url is not None:
        _describe(cands)
        own_name = squeeze(column_name)
        strong = [b for b in cands if b.side in ("heading", "ticker") and squeeze(b.heading) != own_name]
        cands = [b for b in cands if not any(b is s for s in strong)]
        weak = [b for b in cands if b.side == "class" and squeeze(b.heading) != own_name]
        if len(weak) < len(cands):
            cands = [b for b in cands if not any(b is w for w in weak)]
        folder = urlsplit(column_url).path.rsplit("/", 1)[0] + "/"
        if folder != "/":  # a column in a folder of its own: its articles sit under it (TRS, most generic CMSs)
            inside = {id(b): sum(_under(i.url, folder) for i in b.items) for b in cands}
            if any(inside[id(b)] * 2 >= len(b.items) for b in cands):
                cands = [b for b in cands if inside[id(b)]]
    dated = [b for b in cands if b.dated]
    if dated:
        if len(dated) < marker("portal_blocks"):
            most = max(b.shown for b in dated)
            dated = [b for b in dated if b.shown >= marker("block_share") * most]
        return dated
    undated = [b for b in cands if not b.dated]
    return [max(undated, key=lambda b: sum(_looks_like_article(i.url) for i in b.items))] if undated else []


def items_of_rows(rows: list[_Row], *, as_of: date | None, all_rows: bool = False) -> list[ListItem]:
    """The list items among rows: every row with all_rows, else the rows of the picked blocks."""
    if all_rows:
        return unique_items(_dated(r, as_of)[0] for r in rows)
    return unique_items(i for b in pick_blocks(blocks_of_rows(rows, as_of=as_of)) for i in b.items)


def unique_items(items) -> list[ListItem]:
    seen: set = set()
    out = []
    for it in items:
        key = (it.url, it.title)
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def read_items(root, base: str, *, as_of: date | None = None, all_rows: bool = False) -> list[ListItem]:
    return items_of_rows(collect_rows(root, base, skip_chrome=not all_rows), as_of=as_of, all_rows=all_rows)


def read_blocks(root, base: str, *, as_of: date | None = None) -> list[ListBlock]:
    return blocks_of_rows(collect_rows(root, base), as_of=as_of)
