"""Rows of links on a page, in one pass over the page's links (the date each shows: row_dates.py).

A row is the nearest li/tr/dd/dt around a link, a div or p whose class says so (not one that names a part of an
entry: div_item_link, item-title) or that repeats among siblings
alike (a <dl> or a <ul> per item too), else the stretch of a box that holds links in turn (old portals' boxes of links,
each followed by its date and a <br>), or a picture card's table in a grid of them (its picture's link over its
caption's). Navigation, header and footer markup holds no rows.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from govcheck.cms.base import (
    class_id,
    clean,
    compiled,
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
from govcheck.cms.openers import Openers, clicked_rows
from govcheck.cms.parallel import pair_apart
from govcheck.cms.row_dates import _DATE_CELL_CHARS, _DIGIT, date_cell
from govcheck.cms.stretches import Stretches
from govcheck.judge.dates import SHOWN_YEAR, match_date

_MAX_ROW_LEVELS = 6  # a link deeper than this inside its row is not that row's title
_PAGER_LINKS = 2  # a row with this many pager links is a pager
_MIN_REPEATS, _ROW_LINKS = 3, 3  # a repeated element is a row among at least 3 alike, with at most 3 links
# a tag around a row's title ([县政府文件], [解读], 【图解】): no title of its own, so no count towards a row's links
_TAG_LINK = re.compile(r"^[\[【(（].{1,8}[\]】)）]$")
_PROSE_MARK = re.compile("[，；]")  # a long run of these around a link: a paragraph's sentence, not a list row's
# a class naming a part of an entry (div_item_link, item-title, news_item_date): the box of its title or date, not the
# row, whose other cells (the date beside the title) it leaves out
_ENTRY_PART = re.compile(r"(?:item|entry)[-_]?(?:link|title|tit|name|date|time|txt|text)")


class Row:
    __slots__ = ("el", "box", "links")

    def __init__(self, el, box=None):
        self.el = el  # the row's element: for a stretch of a box, a detached copy of the stretch
        self.box = el.getparent() if box is None else box  # the block the row belongs to
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
            if tag in self.tags or (tag and self.fragments.search(class_id(node, panes=False))):
                verdict = True
                break
            node = node.getparent()
        for n in chain:
            self.memo[n] = verdict
        return verdict


class _Rows:
    """Whether an element holds one list entry: a row tag (li, tr, …), or a div, p, dl, section or article whose
    class says so or that repeats: one of several siblings of its tag and class, holding a link or two (a <p> per
    item, a <dl> per item, a <div> without a class, a Bootstrap media object whose summary sits in a <p> of its own
    beside its date). Memoised per parent."""

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
        if cls and any(f in _ENTRY_PART.sub("", cls.lower()) for f in self.fragments):
            return True
        parent = el.getparent()
        if parent is None:  # the root of a fragment
            return False
        alike = self.alike.get(parent)
        if alike is None:
            alike = self.alike[parent] = Counter((c.tag, c.get("class")) for c in parent if isinstance(c.tag, str))
        if alike[(tag, cls)] < _MIN_REPEATS:
            return False
        links = list(el.iter("a"))
        if sum(not _TAG_LINK.match(clean(a.text_content())) for a in links) > _ROW_LINKS:
            return False
        # a paragraph of an article's text that cites a document (…起草了<a>《办法》</a>，经…审议通过。) is no row
        around = el.text_content()
        for a in links:
            around = around.replace(a.text_content(), "", 1)
        rest = around
        for text in _summaries(el):
            rest = rest.replace(text, "", 1)
        if rest != around and match_date(clean(rest)) is not None:
            around = rest  # a summary's sentences in a box of their own beside the row's date (a media object)
        around = clean(around)
        return "。" not in around and not (len(around) > _DATE_CELL_CHARS and _PROSE_MARK.search(around))


def _summaries(el) -> list[str]:
    """The text of the boxes inside a row that hold sentences and no link: a summary's <p> beside a title."""
    out, taken = [], []
    for box in el.iterdescendants("p", "div"):
        if box.find(".//a") is not None or any(up in taken for up in box.iterancestors()):
            continue
        text = box.text_content()
        if "。" in text or len(clean(text)) > _DATE_CELL_CHARS and _PROSE_MARK.search(text):
            taken.append(box)
            out.append(text)
    return out


def collect_rows(root, base: str, *, skip_chrome: bool = True, opaque: bool = False) -> list[Row]:
    """Rows of links in document order, one walk up from each link. `opaque`: only the rows of links that run a
    script naming no address govcheck can read (their URL "")."""
    is_row = _Rows()
    stretches = Stretches(is_row, _MIN_REPEATS)
    openers = Openers(root)
    chrome = Chrome()
    crowded: dict = {}  # table row -> whether it holds links enough to be several rows
    rows: dict = {}
    pager: Counter = Counter()  # row -> its pager links (page numbers, 下一页, 尾页, 下5页)
    few: dict = {}  # <ul> -> what _item_list found it to be
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
        elif row_el is not None and row_el.tag == "li" and (item := _item_list(row_el, few)) is not None:
            row_el = item  # a <ul> per item: its title one <li>, its date the next
        box = title = None
        if row_el is None:
            if skip_chrome and chrome(a.getparent()):
                continue  # a menu's links in turn: no rows (asked first, for its stretches are not needed)
            split = True
        elif row_el.tag == "tr":  # a table's cell may hold a list of its own, one row of links per <br>
            split = crowded.get(row_el)
            if split is None:
                split = crowded[row_el] = len(row_el.findall(".//a")) >= _MIN_REPEATS
        else:
            split = False
        if split:
            title = link_title(a)
            if title and _no_entry(title):  # a pager's links in turn: its box is not split
                continue
            # links in turn in a box: a row each; inside a table's row only between <br>s, for a row may hold a
            # category, its title and an attachment in turn
            found = stretches(a, by_br=row_el is not None)
            if found is not None and (row_el is None or row_el is found[0] or _within(found[0], row_el)):
                box, row_el = found
        if row_el is None or (skip_chrome and chrome(row_el if box is None else box)
                              and not (box is None and _dated_nav_row(row_el, base, chrome.tags))):
            continue
        title = link_title(a) if title is None else title
        if not title and a.find(".//img") is not None:  # a picture linked alone: its row's text is the title
            title = clean(visible_text(row_el, skip_links=True))[:200]
        if not title or _no_entry(title):
            if title and _pager_link(title):
                pager[row_el] += 1
            continue
        url = resolve(base, href) or scripted_target(a, base, openers)  # one its list opens by script is an item
        if opaque:
            if url is not None or not _runs_script(a, href or ""):
                continue
            url = ""
        elif url is None:
            continue
        row = rows.get(row_el)
        if row is None:
            row = rows[row_el] = Row(row_el, box)
        row.links.append((url, title, a))
    for el, url in () if opaque else clicked_rows(root, base, openers, chrome if skip_chrome else lambda _: False):
        row = rows[el] = Row(el)  # no <a>: its longest cell that shows no date alone is its title
        titles = [clean(visible_text(c)) for c in el if isinstance(c.tag, str) and not date_cell(c, url, None)]
        row.links.append((url, max(titles or [clean(visible_text(el))], key=len)[:200], el))
    pair_apart(rows)  # titles in one box, their dates in another beside it, by their order
    # a pager's row is no entry, whatever other link it holds (检索 beside 下一页 and 尾页)
    return [row for el, row in _as_cards(rows).items() if pager[el] < _PAGER_LINKS]


# every chrome fragment but nav: a box classed as navigation may be a 信息公开 platform's list (Lonsun's
# xxgk_nav_con and xxgk_nav_list, realpage 83), never one classed as a menu, a header, a footer or a crumb
_NOT_NAV = fragments(*(f for f in marker("chrome_fragments") if f != "nav"))


def _dated_nav_row(el, base: str, tags) -> bool:
    """Whether a row Chrome() takes for navigation is a list's entry: no chrome tag (<nav>, <header>) and no class
    but nav's names it chrome, and it shows a full date in an element of its own. Menus date no entry."""
    if not _DIGIT.search(el.text_content()):  # most menus' entries: no figure, no date
        return False
    if any((isinstance(n.tag, str) and n.tag in tags) or _NOT_NAV.search(class_id(n, panes=False))
           for n in (el, *el.iterancestors())):
        return False
    return any((found := date_cell(c, base, None)) is not None and SHOWN_YEAR.search(found[1])
               for c in el.iterdescendants() if isinstance(c.tag, str) and c.tag != "a")


_CARD_ROWS = (2, 4)  # a card's table: its picture's row, an empty one at most, its caption's


def _card_of(el, memo: dict):
    """The table of a picture card around the table row `el`: a table of its own in a cell (a grid's), two to four
    rows, its links all to one address, one holding a picture and one its caption, else None."""
    table = el.getparent() if el.tag == "tr" else None
    if table is not None and table.tag == "tbody":
        table = table.getparent()
    if table is None or table.tag != "table":
        return None
    if table not in memo:
        memo[table] = table if _is_card(table) else None
    return memo[table]


def _is_card(table) -> bool:
    cell, links, rows = table.getparent(), table.xpath(".//a[@href]"), len(table.xpath("./tr|./tbody/tr"))
    return (cell is not None and cell.tag == "td" and _CARD_ROWS[0] <= rows <= _CARD_ROWS[1]
            and len(links) >= 2 and table.find(".//table") is None and len({a.get("href").strip() for a in links}) == 1
            and any(a.find(".//img") is not None for a in links) and any(clean(a.text_content()) for a in links))


def _as_cards(rows: dict) -> dict:
    """`rows`, where three picture cards or more follow one another (nothing else between them: old table portals'
    图片新闻 grid), each card one row, not a row for its picture and one for its caption, all of them in one block:
    their nearest common box (the grid's table; the page itself where a template's unclosed tables nest each card
    deeper than the last)."""
    if not any(el.tag == "tr" for el in rows):  # a card's rows are its table's: no table row, no card
        return rows
    memo: dict = {}
    out: dict = {}
    run: list = []  # (row element, row, card) in turn

    def flush():
        if not run:
            return
        cards = list(dict.fromkeys(card for _, _, card in run))
        if len(cards) < _MIN_REPEATS:
            out.update((el, row) for el, row, _ in run)
        else:
            box = _common_box(cards)
            for card in cards:
                row = out[card] = Row(card, box)
                row.links = [link for _, r, c in run if c is card for link in r.links]
        run.clear()

    for el, row in rows.items():
        card = _card_of(el, memo)
        if card is None:
            flush()
            out[el] = row
        else:
            run.append((el, row, card))
    flush()
    return out


def _common_box(els: list):
    common = [els[0], *els[0].iterancestors()]
    for el in els[1:]:
        ups = {el, *el.iterancestors()}
        common = [c for c in common if c in ups]
    return common[0]


# a <ul> per item whose <li>s are a table row's cells: Lonsun's guestbook (留言时间 | 办理状态 | 信件类型 | 信件编号 |
# 信件标题 | 受理单位)
_ITEM_CELLS = 8


def _item_list(li, few: dict):
    """The <ul> or <ol> around li when it is one item: two or three <li>s, li the only one with a link, another
    showing a figure (its date); or up to _ITEM_CELLS <li>s, a table row's cells, one a date alone, among three such
    lists or more in one box (a <ul> a row, a header <ul> of labels over them). `few` keeps what each list was
    found to be (li, a row's, holds a link: the answer is the same for each link of its list's one linked <li>)."""
    ul = li.getparent()
    if ul is None or ul.tag not in ("ul", "ol"):
        return None
    if ul not in few:
        few[ul] = _one_item(ul)
    return few[ul]


def _one_item(ul):
    """_item_list's answer for `ul`, which holds a link."""
    kids = list(islice((c for c in ul if isinstance(c.tag, str)), _ITEM_CELLS + 1))  # a long list: not walked whole
    if not 2 <= len(kids) <= _ITEM_CELLS or any(c.tag != "li" for c in kids):
        return None
    linked = [c for c in kids if c.find(".//a") is not None]
    if len(linked) != 1:  # another <li> with a link: rows, not one item
        return None
    others = [c for c in kids if c is not linked[0]]
    if len(kids) <= 3:
        return ul if any(_DIGIT.search(c.text_content()) for c in others) else None
    box = ul.getparent()  # cells of a row: among rows alike, one of them its date alone
    if box is None or sum(1 for c in box if c.tag == ul.tag) < _MIN_REPEATS:
        return None
    return ul if any(date_cell(c, "", None) for c in others) else None


def _no_entry(title: str) -> bool:
    """Pager, 更多 and 首页 links are not entries."""
    return _pager_link(title) or is_more_text(title) or is_phrase(title, "home_texts")


def _pager_link(title: str) -> bool:
    return (title.isdigit() or is_phrase(title, "next_texts") or is_phrase(title, "last_texts")
            or bool(compiled(marker("page_group_text")).match(squeeze(title))))


def _runs_script(a, href: str) -> bool:
    """Whether a link runs a script instead of going to an address: a javascript: href, or an onclick beside an
    empty or # href."""
    return href.lower().startswith("javascript:") or bool(a.get("onclick")) and (not href or href.startswith("#"))


def _within(el, ancestor) -> bool:
    return any(up is ancestor for _, up in zip(range(_MAX_ROW_LEVELS), el.iterancestors(), strict=False))
