"""The items of a list page: dated rows of links, in one pass over the page's links.

A row is the nearest li/tr/dd/dt (or div.item) around a link; rows are grouped by their parent block. The
blocks that show dates are the list (a sidebar much smaller than the main list is left out); a block of
undated rows with no date anywhere near is a menu, not a list.
"""

from __future__ import annotations

import re
from datetime import date

from govcheck.cms.base import (ListItem, class_id, compiled, flat, fragments, is_more_text, is_phrase, iter_doc, link_title, marker,
                                resolve, visible_text)
from govcheck.judge.dates import date_from_url, match_date

_MAX_ROW_LEVELS = 6  # a link deeper than this inside its row is not that row's title
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


def _is_row(el, row_tags: frozenset, row_fragments: tuple) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in row_tags:
        return True
    if tag in ("div", "p", "section", "article"):
        cls = (el.get("class") or "").lower()
        return any(f in cls for f in row_fragments)
    return False


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
    return found if found and _is_date_cell(text, found[1]) else None


def _shown_date(row, url: str, year_hint: int | None, main_link) -> tuple[date, str] | None:
    """The date a row shows: a cell that holds only a date, else any date in the row's text outside its
    links, else a date-only part inside the title link."""
    for el in row.iterdescendants():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("a", "script", "style") or any(p.tag == "a" for p in _up_to(el, row)):
            continue
        found = _date_cell(el, url, year_hint)
        if found:
            return found
    found = match_date(flat(visible_text(row, skip_links=True)), url=url, year_hint=year_hint)
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
    row_tags = frozenset(marker("row_tags"))
    row_fragments = tuple(marker("row_class_fragments"))
    chrome = Chrome()
    rows: dict = {}
    for a in iter_doc(root, "a"):
        href = a.get("href")
        if not href:
            continue
        row_el = None
        node = a.getparent()
        for _ in range(_MAX_ROW_LEVELS):
            if node is None:
                break
            if _is_row(node, row_tags, row_fragments):
                row_el = node
                break
            node = node.getparent()
        if row_el is None or (skip_chrome and chrome(row_el)):
            continue
        title = link_title(a)
        if not title or title.isdigit() or is_more_text(title) or is_phrase(title, "next_texts") \
                or is_phrase(title, "home_texts"):  # pager, 更多 and 首页 links are not entries
            continue
        url = resolve(base, href)
        if url is None:
            continue
        row = rows.get(row_el)
        if row is None:
            row = rows[row_el] = _Row(row_el)
        row.links.append((url, title, a))
    return list(rows.values())


def _looks_like_article(url: str) -> bool:
    return bool(compiled(*marker("article_url")).search(url.split("?", 1)[0]))


def items_of_rows(rows: list[_Row], *, as_of: date | None, all_rows: bool = False) -> list[ListItem]:
    """The list items among rows: every row with all_rows, else the rows of the dated blocks."""
    read = [(r, *_dated(r, as_of)) for r in rows]
    if all_rows:
        return _unique(item for _, item, _ in read)
    blocks: dict = {}
    for r, item, shown in read:
        b = blocks.setdefault(r.el.getparent(), [0, 0])
        b[0] += 1
        b[1] += shown
    dated = {k: v for k, v in blocks.items() if v[1] and v[1] * 2 >= v[0]}
    if dated:
        most = max(v[1] for v in dated.values())
        if len(dated) < marker("portal_blocks"):
            dated = {k: v for k, v in dated.items() if v[1] >= marker("block_share") * most}
        return _unique(item for r, item, _ in read if r.el.getparent() in dated)
    # no block shows dates: the largest block of article links, dated by their URLs
    counts: dict = {}
    for r, item, _ in read:
        if _looks_like_article(item.url):
            counts[r.el.getparent()] = counts.get(r.el.getparent(), 0) + 1
    good = {k: n for k, n in counts.items() if n >= marker("undated_min_rows") and n * 5 >= blocks[k][0] * 4}
    if not good:
        return []
    best = max(good, key=good.get)
    return _unique(item for r, item, _ in read if r.el.getparent() is best)


def _unique(items) -> list[ListItem]:
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
