"""Rows of links on a page and the date each shows, in one pass over the page's links.

A row is the nearest li/tr/dd/dt around a link, a div or p whose class says so or that repeats among siblings
alike (a <dl> or a <ul> per item too), else the stretch of a box that holds links in turn (old portals' boxes of links,
each followed by its date and a <br>). Its date is a cell that shows only a date, else a date in its text outside
its links, else one inside its title link (ending or leading its text, too: cms/title_dates.py), but never one its
list's header (cms/date_columns.py) or its label names as another than the publication's (成文日期). Navigation,
header and footer markup holds no rows.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import islice

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
from govcheck.cms.date_columns import (
    ahead_cells,
    clock_row,
    day_heading,
    in_reply_list,
    other_date_cells,
    other_dates,
    page_date_row,
    relative_cell,
    without_edits,
)
from govcheck.cms.openers import Openers, clicked_rows
from govcheck.cms.stretches import Stretches
from govcheck.cms.text import text_content
from govcheck.cms.title_dates import bare_title, title_date, tooltip_date
from govcheck.judge.dates import SHOWN_YEAR, date_from_url, match_date, match_solid_date, match_split_date, shift_years

_MAX_ROW_LEVELS = 6  # a link deeper than this inside its row is not that row's title
_PAGER_LINKS = 2  # a row with this many pager links is a pager
_MIN_REPEATS, _ROW_LINKS = 3, 3  # a repeated element is a row among at least 3 alike, with at most 3 links
_DT_DDS = 2  # the <dd>s after a <dt> that may show its date: a summary's, then the date's
_DATE_CELL_CHARS = 48  # a date cell holds a date, a label and a time at most
# what a date cell may show beside its date; any short label before a colon (日期：, a site's 日间：), bar a label of
# another date than the publication's (成文日期：, _other_dates)
_LEFTOVER = re.compile(r"[\s\[\]()<>:,.\-/|\d]+|发布时间|发布日期|更新时间|日期|时间|发布|更新|^[\u4e00-\u9fff]{1,4}:")
_DIGIT = re.compile(r"[\d\uff10-\uff19]")
# a tag around a row's title ([县政府文件], [解读], 【图解】): no title of its own, so no count towards a row's links
_TAG_LINK = re.compile(r"^[\[【(（].{1,8}[\]】)）]$")
_PROSE_MARK = re.compile("[，；]")  # a long run of these around a link: a paragraph's sentence, not a list row's


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
        if cls and any(f in cls.lower() for f in self.fragments):
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


def _is_date_cell(text: str, raw: str) -> bool:
    """True if text shows a date and nothing else (brackets, a 发布时间 label and a time allowed)."""
    return len(text) <= _DATE_CELL_CHARS and not _LEFTOVER.sub("", text.replace(raw, "", 1)) \
        and not other_dates()[0].search(text)


def date_cell(el, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """The date el shows when it shows nothing else."""
    quick = text_content(el)  # C-fast, scripts included: only a filter before the real text
    if len(quick) > 4 * _DATE_CELL_CHARS or not _DIGIT.search(quick):
        return None
    text = flat(visible_text(el))
    if not text or len(text) > _DATE_CELL_CHARS:
        return None
    text = without_edits(text)
    if (split := match_split_date(text)) is not None:  # a box's pieces: its year, not the month-day's guess
        return split, text
    if (solid := match_solid_date(text, year_hint)) is not None:  # its figures run together: 20261120
        return solid, f"{solid:%Y%m%d}"
    found = match_date(text, url=url, year_hint=year_hint)
    return found if found and _is_date_cell(text, found[1]) else None


def shows_other_date(row: Row) -> bool:
    """Whether a row shows a date its list's header or its label names as another than the publication's: a
    list of documents by their 成文日期, which says nothing of when they were published."""
    el = row.el
    text = el.text_content()
    if not _DIGIT.search(text):
        return False
    if any(_DIGIT.search(c.text_content()) for c in other_date_cells(el)):
        return True
    return el.tag != "tr" and bool(other_dates()[1].search(flat(text)))


def _shown_date(row, url: str, year_hint: int | None, main_link, title: str,
                latest: date | None = None) -> tuple[date, str] | None:
    """The date a row shows: a cell that holds only a date, else a date-only part inside the title link (a card's),
    else any date in the row's text outside its links (not a summary's day beside a card's own). A date the table's
    header or a label names as another than the publication's (成文日期) is not it; nor a day after `latest`, the
    inspection's, where another cell shows one before it, nor its list's other rows' cells in that place (a 招标's
    deadline, unlabelled)."""
    if page_date_row(row):
        return None
    skip = other_date_cells(row) + ahead_cells(row, latest, lambda c: date_cell(c, url, year_hint))
    kept = None  # figures run together (an id's?), a day after the inspection's (a deadline's?)
    for el in row.iterdescendants():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("a", "script", "style") or any(p.tag == "a" or p in skip for p in _up_to(el, row)) \
                or el in skip:
            continue
        found = date_cell(el, url, year_hint)
        if found and not found[1].isdigit() and not (latest and found[0] > latest and SHOWN_YEAR.search(found[1])):
            return found
        kept = kept or found
    for el in main_link.iterdescendants():
        found = date_cell(el, url, year_hint) if isinstance(el.tag, str) else None
        if found:
            return found
    if found := kept or _linked_date(row, main_link, url, year_hint):
        return found
    for el in row.iter("script"):  # its date written by its own script (TRS: document.write(str.substring(0,10)))
        if "write" in (el.text or "") and (found := match_date(el.text, url=url, year_hint=year_hint)):
            return found
    outside = " ".join(visible_text(c, skip_links=True) for c in row if c not in skip) if skip else \
        visible_text(row, skip_links=True)
    outside = other_dates()[1].sub(" ", without_edits(flat(outside)))
    return match_date(outside, url=url, year_hint=year_hint) or title_date(title, url, year_hint) or tooltip_date(
        main_link, url, year_hint)


def _linked_date(row, main_link, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """A date alone in another link of the row to the same address as its title's: WordPress themes link each post's
    <time> to the post (posted-on: <a href="…/archives/12" rel="bookmark"><time>2026年12月1日</time></a>)."""
    href = main_link.get("href")
    for link in row.iter("a"):
        if link is not main_link and href and link.get("href") == href:
            for el in link.iter():
                if isinstance(el.tag, str) and (found := date_cell(el, url, year_hint)):
                    return found
    return None


def _up_to(el, stop):
    """Ancestors of el below stop."""
    node = el.getparent()
    while node is not None and node is not stop:
        yield node
        node = node.getparent()


def row_item(row: Row, as_of: date | None):
    """(ListItem, shown) for a row: shown says the row itself shows the date."""
    url, title, main = max(row.links, key=lambda lt: len(lt[1]))  # the title link, not a category tag
    hint = as_of.year if as_of else None
    found = _shown_date(row.el, url, hint, main, title, as_of)
    if found is None and row.el.tag == "dt":  # <dt> title, <dd> date pairs in one <dl>, a summary's <dd> between
        for dd in islice(row.el.itersiblings(), _DT_DDS):
            if dd.tag != "dd" or (found := _shown_date(dd, url, hint, main, title, as_of)) is not None:
                break
    if found is None and row.el.tag == "li":  # a list grouped under its days' headings
        found = day_heading(row.el, lambda el: date_cell(el, url, hint))
    if found:
        when, raw = found
        if when == as_of and clock_row(row.el):
            return ListItem(title, url, date_from_url(url), None), False  # today, in a clock or a weather box
        if as_of and when > as_of and not SHOWN_YEAR.search(raw) and date_from_url(url) is None:
            when = shift_years(when, -1)  # a month-day list runs up to today: a later day is last year's
        elif as_of and when > as_of and bare_title(title, raw):  # the day its title is about: an outage's, a meeting's
            return ListItem(title, url, date_from_url(url), None), False
        return ListItem(bare_title(title, raw) or title, url, when, raw, in_reply_list(row.el)), True
    if as_of and (relative := relative_cell(row.el, as_of)) is not None and not clock_row(row.el):
        return ListItem(title, url, as_of - timedelta(days=relative[0]), relative[1]), True
    if in_reply_list(row.el):  # a letter not answered yet: its address's day is the letter's
        return ListItem(title, url, None, None), False
    return ListItem(title, url, date_from_url(url), None), False


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
    few: dict = {}  # <ul> -> its element children, for _item_list
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
        if row_el is None or (skip_chrome and chrome(row_el if box is None else box)):
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
    # a pager's row is no entry, whatever other link it holds (检索 beside 下一页 and 尾页)
    return [row for el, row in rows.items() if pager[el] < _PAGER_LINKS]


def _item_list(li, few: dict):
    """The <ul> or <ol> around li when it is one item: two or three <li>s, li the only one with a link, another
    showing a figure (its date). `few` keeps each list's element children (None: over three) for its other <li>s."""
    ul = li.getparent()
    if ul is None or ul.tag not in ("ul", "ol"):
        return None
    if ul not in few:  # a long list is given up at its fourth element, not walked whole
        kids = list(islice((c for c in ul if isinstance(c.tag, str)), 4))
        few[ul] = kids if len(kids) <= 3 else None
    kids = few[ul]
    if kids is None or len(kids) < 2 or any(c.tag != "li" or (c is not li and c.find(".//a") is not None)
                                            for c in kids):
        return None
    return ul if any(c is not li and _DIGIT.search(c.text_content()) for c in kids) else None


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
