"""The items of a list page: the blocks its rows of links form, and the one a column's list is picked from.

Rows (rows.py) are grouped by their parent block. The blocks that show dates are the candidates (a block of
undated rows whose links are articles too, or that show documents' 成文日期 alone); a block of undated rows with
no date anywhere near is a menu, not a list. ``pick_blocks`` chooses the list among them: on a column's page it
leaves out the blocks the whole site carries (最新信息, a ticker, items of other columns).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from urllib.parse import parse_qsl, urlsplit

from govcheck.cms.base import ListItem, class_id, compiled, flat, fragments, marker, squeeze, visible_text
from govcheck.cms.block_titles import tab_over, tabs_of
from govcheck.cms.day_first import settle_day_first
from govcheck.cms.pinned import PINNED_ROWS, pinned_over
from govcheck.cms.row_dates import empty_month_days, row_item, shows_other_date
from govcheck.cms.rows import Row, collect_rows
from govcheck.cms.short_years import settle_short_years
from govcheck.judge.urls import join_url

# a young column's list of a few titles beside a longer dated box of another column's: a box that size is a side
# box, not a page of a list
SHORT_LIST, SIDE_BOX = 3, 10


@lru_cache(maxsize=65536)  # list items recur on many pages: the site's menus, side blocks and pagers
def looks_like_article(url: str) -> bool:
    path, _, query = url.partition("?")
    return bool(compiled(*marker("article_url")).search(path)
                or query and compiled(*marker("article_query")).search(query.split("#", 1)[0]))


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
    if not isinstance(el.tag, str) or el.tag in ("script", "style"):
        return ""
    if el.tag in ("ul", "ol", "tbody") or el.find(".//li") is not None:
        return ""
    if (el.tag == "table" or el.find(".//tr") is not None) and (
            len(el.findall(".//tr")) > 1 or el.find(".//a") is not None):
        return ""  # a table of rows; one row without a link is a title bar (old portals draw boxes' titles so)
    text = flat(visible_text(el))
    return text if 0 < len(text) <= _HEADING_CHARS else ""


def _block_heading(el) -> str:
    """The short title written just before a block (its box's header), or as its first row (an old portal's table
    whose first row is one cell of its title, no link), if any."""
    first = next((c for c in el if isinstance(c.tag, str)), None) if el.tag == "table" else None
    if first is not None and first.tag == "tr" and len(first) == 1 and first.find(".//a") is None:
        text = flat(visible_text(first))
        if 0 < len(text) <= _HEADING_CHARS:
            return text
    node = el
    for _ in range(_HEADING_LEVELS):
        if node is None:
            return ""
        for sib in node.itersiblings(preceding=True):
            if (tab := _tab_heading(sib, el)) or (text := _heading_text(sib)):
                return tab or text
            if isinstance(sib.tag, str) and sib.find(".//a") is not None and len(flat(visible_text(sib))) > 40:
                break  # the previous box's content, not a title
        node = node.getparent()
    return ""


def _tab_heading(header, el) -> str | None:
    """The tab over the pane that holds the block `el`, when `header` is a row of tabs over panes (基层动态 | 社区动态
    over two <div>s, one shown at a time): each pane is its tab's list."""
    tabs = tabs_of(header) if isinstance(header.tag, str) else None
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return tab_over(tabs, first, header, header.getparent()) if tabs and first is not None else None


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


def blocks_of_rows(rows: list[Row], *, as_of: date | None) -> list[ListBlock]:
    """The candidate blocks among rows, in page order: blocks that show dates, and blocks of undated rows whose
    links look like articles (their items take the date of their URL, or none)."""
    groups: dict = {}
    for r in rows:
        item, shown = row_item(r, as_of)
        g = groups.setdefault(r.box, [[], 0, [], [], []])
        g[0].append(item)
        g[1] += shown
        g[4].append((len(g[0]) - 1, r))
        if not shown:
            g[2].append(r)
            g[3].append((len(g[0]) - 1, r))
    out = []
    least = marker("undated_min_rows")
    for el, (items, shown, undated, places, every) in groups.items():
        settled = settle_day_first(items, places)  # 05/11/2026 beside 23/11/2026: day first
        dated, undone = settle_short_years(items, every, as_of)  # 11/10/26 beside 11/20/26: month first
        undone |= empty_month_days(items)  # 01-01 below 12-20: the empty time under m-d
        if settled or dated or undone:
            shown += settled + len(dated) - len(undone)
            undated = [r for k, r in every if k in undone or (k, r) in places and items[k].raw_date is None]
        n = len(items)
        if not (shown and shown * 2 >= n):
            articles = sum(looks_like_article(i.url) for i in items)
            # undated rows that are articles, or documents listed by their 成文日期: their articles tell
            if not (articles >= least and articles * 5 >= n * 4
                    or len(undated) * 2 >= n and sum(map(shows_other_date, undated)) * 2 >= max(n, 2 * least)):
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
    counts, less a sidebar much smaller than the main list, and where none shows a date, every block of articles
    (dated by their addresses). On a column's page, blocks the site carries on every
    page are left out (sitewide signatures, a ticker, a box titled 最新信息 unless that is the column's own name,
    a side box when another block remains), and so are blocks wholly outside the column's folder beside blocks
    inside it, and dated blocks headed by other names beside one headed by the column's (its tab among others): an
    empty list next to a dated side block is an empty column."""
    cands = [b for b in blocks if b.sig not in sitewide]
    if column_url is not None:
        _describe(cands)
        own_name = squeeze(column_name)
        # its section's menu, its current entry the column itself: no list of its, nor what puts its list in its
        # folder when the menu's siblings are there and its articles elsewhere (realpages 106, 107)
        cands = [b for b in cands if b.dated or not _names_itself(b, column_url, own_name)]
        strong = [b for b in cands if b.side in ("heading", "ticker") and squeeze(b.heading) != own_name]
        cands = [b for b in cands if not any(b is s for s in strong)]
        weak = [b for b in cands if b.side == "class" and squeeze(b.heading) != own_name]
        if len(weak) < len(cands):
            cands = [b for b in cands if not any(b is w for w in weak)]
        for inside in column_scopes(column_url):
            cands = _mostly_inside(cands, inside)
    dated = _without_copies([b for b in cands if b.dated])
    small = [b for b in dated if b.rows <= PINNED_ROWS]
    if column_url is not None and len(dated) < marker("portal_blocks") \
            and (own := [b for b in dated if b.heading and own_name in squeeze(b.heading)]):
        # a list headed by the column's own name (its title, its tab) beside boxes headed by other columns' names (the
        # next tab's list, a 通知公告 box): those are theirs; not on a channel's page of its sub-columns' boxes
        dated = [b for b in dated if any(b is o for o in own) or not b.heading]
    undated = [b for b in cands if not b.dated]
    if dated and undated and column_url is not None:
        # every dated block headed by another name (a box of 通知公告's on 工作动态's page, as old table portals lay a
        # column out), beside a list of articles as long (or of three or more beside side boxes of ten rows at most),
        # unheaded or under the column's name: that list is the column's, dated by its articles
        # not when a dated box lies in the column's own folder: its sub-columns' boxes (a tab box of 通知公告 |
        # 中心动态 under a slider of pictures, on a sub-centre's page) are its lists
        main, longest = max(undated, key=lambda b: b.rows), max(b.rows for b in dated)
        if all(b.heading and own_name not in squeeze(b.heading) for b in dated) \
                and not any(_wholly_inside(b, column_scopes(column_url)) for b in dated) \
                and (not main.heading or squeeze(main.heading) == own_name) and looks_like_article(main.items[0].url) \
                and (main.rows >= longest or main.rows >= SHORT_LIST and longest <= SIDE_BOX):
            return [main]
    if dated:
        if len(dated) < marker("portal_blocks"):
            most = max(b.shown for b in dated)
            dated = [b for b in dated if b.shown >= marker("block_share") * most]
        if column_url is not None:  # its pinned items in a block of their own over the list are the column's
            main = max(dated, key=lambda b: b.rows)
            scopes = column_scopes(column_url)
            inside = (lambda url: all(s(url) for s in scopes)) if scopes else None
            dated = [b for b in pinned_over(small, main, inside) if not any(b is d for d in dated)] + dated
        return dated
    if column_url is None:  # a homepage of lists without dates: each list's articles (their addresses) date it
        return undated
    return [max(undated, key=lambda b: sum(looks_like_article(i.url) for i in b.items))] if undated else []


def _names_itself(block: ListBlock, column_url: str, own_name: str) -> bool:
    """Whether an undated block holds an entry naming the column that leads to its own page (href="", its address):
    the current entry of its section's menu among its siblings' links, as a template without a menu's class draws
    it beside the column's list (`<ul class="newsclass-tree">`, realpage 106)."""
    if block.el is None or not own_name:
        return False
    # an entry of its own (a bare link, or a row's first link: its sub-columns may follow), not a link anywhere
    for row in block.el.iterchildren("li", "dd", "tr", "a"):
        a = row if row.tag == "a" else row.find(".//a")
        href = None if a is None else (a.get("href") or "").strip()
        if href is not None and squeeze("".join(a.itertext())) == own_name \
                and (not href or (join_url(column_url, href) or "").split("#", 1)[0] == column_url):
            return True
    return False


def column_scopes(column_url: str) -> list:
    """Tests of an article's URL that say it is inside a column: under the column's folder, when it has one of its
    own (TRS, most generic CMSs), and naming its category at a dynamic address (catid=30)."""
    out = []
    folder = urlsplit(column_url).path.rsplit("/", 1)[0] + "/"
    if folder != "/":
        out.append(lambda url: _under(url, folder))
    if category := _category(column_url):
        out.append(lambda url: _category(url) == category)
    return out


def _wholly_inside(block: ListBlock, scopes: list) -> bool:
    """Every item of the block inside the column (its folder, its category): a box of its own sub-column's."""
    return bool(scopes) and all(s(i.url) for i in block.items for s in scopes)


def _mostly_inside(blocks: list[ListBlock], inside) -> list[ListBlock]:
    """The blocks with an item inside the column, where one has half its items or more inside: the others sit wholly
    outside it."""
    counts = {id(b): sum(map(inside, (i.url for i in b.items))) for b in blocks}
    if any(counts[id(b)] * 2 >= len(b.items) for b in blocks):
        return [b for b in blocks if counts[id(b)]]
    return blocks


# the query parameter of a dynamic address that names its column (PHPCMS catid, 帝国CMS classid, …)
_CATEGORY_KEYS = frozenset({"catid", "classid", "cid", "typeid", "tid", "columnid", "channelid", "colid", "lmid",
                            "categoryid", "nodeid"})


def _category(url: str) -> tuple[str, str] | None:
    """(parameter, value) of the column a dynamic address names (index.php?m=content&c=index&a=lists&catid=30)."""
    query = urlsplit(url).query
    for key, value in parse_qsl(query) if query else ():
        if key.lower() in _CATEGORY_KEYS and value:
            return key.lower(), value
    return None


def _without_copies(blocks: list[ListBlock]) -> list[ListBlock]:
    """Less a block whose every link a block before it lists too: the same list laid out again (for phones, hidden
    by a style sheet until a script shows it)."""
    kept, seen = [], set()
    for b in blocks:
        urls = {i.url for i in b.items}
        if urls and urls <= seen:
            continue
        kept.append(b)
        seen |= urls
    return kept


def items_of_rows(rows: list[Row], *, as_of: date | None, all_rows: bool = False) -> list[ListItem]:
    """The list items among rows: every row with all_rows, else the rows of the picked blocks."""
    if all_rows:
        return unique_items(row_item(r, as_of)[0] for r in rows)
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
