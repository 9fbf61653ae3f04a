"""Dates a list row shows apart, in no one cell of its own (row_dates.py reads a cell's): a date's figures run
together under a bare date label among other text (来源：本站 日期：20261120; a cell of them alone is date_cell's);
a year, a month and a day each in an element of the row, in that order, nothing but separators between them
(<span>2026</span><span>11</span><span>20</span>, whose text runs together as 20261120, no date in running text);
a calendar box's day and year-month as children of the row apart, its title between them (a box that wraps both is
date_cell's). Each only where the row shows one such date: figures no date label names (编号, 电话, a title's 文号),
pieces out of order, two days or year-months, or figures the rows count up (a rank), and the row stays undated: its
article tells, never a guess."""

from __future__ import annotations

import re
from datetime import date

from govcheck.cms.base import flat, up_to, visible_text
from govcheck.judge.dates import SOLID_SINCE

# a publication's label alone (日期：, 发布时间:), never one ending another word (成文日期, 截止日期, 办理时间)
_LABELLED_SOLID = re.compile(r"(?:^|(?<=[\s|/,;:()\[\]，；（）【】]))(?:发布|发表)?(?:日期|时间)\s*[:：]\s*"
                             r"((?:19|20)\d{2})([01]\d)([0-3]\d)(?!\d)")
_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年?$")
_MONTH = re.compile(r"^(\d{1,2})\s*月?$")
_DAY = re.compile(r"^(\d{1,2})\s*[日号]?$")
_BETWEEN = re.compile(r"^[\s\-./年月]*$")  # what may stand between a date's pieces
_YEAR_MONTH = re.compile(r"^((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$")
_NOT_PIECES = ("a", "script", "style")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def labelled_solid(text: str, latest_year: int | None) -> tuple[date, str] | None:
    """The one date whose figures run together under a bare publication label in `text` (a row's text outside its
    links: 来源：本站 日期：20261120), from SOLID_SINCE to `latest_year`."""
    found = {(when, m[0]) for m in _LABELLED_SOLID.finditer(flat(text))
             if SOLID_SINCE <= int(m[1]) <= (latest_year or date.today().year)
             and (when := _day(int(m[1]), int(m[2]), int(m[3])))}
    return found.pop() if len({w for w, _ in found}) == 1 else None


def _shown(el) -> str:
    return flat(visible_text(el))


def _outside(el, row, skip) -> bool:
    """Whether el is no piece of the row's date: a link's, a script's, a skipped cell's (成文日期, a deadline)."""
    return not isinstance(el.tag, str) or el.tag in _NOT_PIECES or el in skip \
        or any(p.tag == "a" or p in skip for p in up_to(el, row))


def pieces_date(row, skip=()) -> tuple[date, str] | None:
    """The date of a year, a month and a day each in an element of `row`, siblings in that order, nothing but
    separators between them (<span>2026</span><span>11</span><span>20</span>); None where the row shows none or
    two."""
    found = set()
    for box in (row, *row.iterdescendants()):
        if _outside(box, row, skip) and box is not row:
            continue
        kids = [c for c in box if isinstance(c.tag, str)]
        for k in range(len(kids) - 2):
            trio = kids[k:k + 3]
            if any(_outside(c, row, skip) for c in trio) or len(trio[0]) + len(trio[1]) + len(trio[2]) \
                    or not all(_BETWEEN.match(flat(c.tail or "")) for c in trio[:2]):
                continue
            y, m, d = (p.match(_shown(c)) for p, c in zip((_YEAR, _MONTH, _DAY), trio, strict=True))
            if y and m and d and (when := _day(int(y[1]), int(m[1]), int(d[1]))):
                found.add(when)
    return (when := found.pop(), f"{when:%Y-%m-%d}") if len(found) == 1 else None


def _badge_pieces(row, skip=()) -> tuple[re.Match, re.Match] | None:
    """(the day, the year-month) of the one child of `row` that shows a day alone and the one that shows a year and
    month alone, not table cells; None where it shows none or two of either."""
    texts = [_shown(c) for c in row if isinstance(c.tag, str) and c.tag not in (*_NOT_PIECES, "td", "th")
             and c not in skip]
    days = [m for t in texts if (m := _DAY.match(t))]
    months = [m for t in texts if (m := _YEAR_MONTH.match(t))]
    return (days[0], months[0]) if len(days) == 1 and len(months) == 1 else None


def _sibling(row, step: int):
    other = row.getprevious() if step < 0 else row.getnext()
    while other is not None and not isinstance(other.tag, str):
        other = other.getprevious() if step < 0 else other.getnext()
    return other if other is not None and other.tag == row.tag else None


def badge_date(row, skip=()) -> tuple[date, str] | None:
    """The date of a calendar box's day and year-month each a child of `row` of its own, not wrapped together
    (<div class="day">20</div><a>…</a><div class="ym">2026-11</div>); never a table's cells (a 序号 beside a
    month's report), nor a figure the rows beside it count up (1, 2, 3 over 2026-11: a rank, no day)."""
    if (pieces := _badge_pieces(row, skip)) is None:
        return None
    day, month = pieces
    for step in (-1, 1):
        if (other := _sibling(row, step)) is not None and (near := _badge_pieces(other, skip)) \
                and int(near[0][1]) == int(day[1]) + step:
            return None
    when = _day(int(month[1]), int(month[2]), int(day[1]))
    return (when, f"{day[0]} {month[0]}") if when else None


def apart_date(row, skip, outside: str, latest_year: int | None) -> tuple[date, str] | None:
    """The date `row` shows apart (the module's doc); `outside`: its text outside its links and skipped cells."""
    if not _ANY_YEAR.search(row.text_content()):  # each way shows a year (most undated rows: none)
        return None
    return labelled_solid(outside, latest_year) or pieces_date(row, skip) or badge_date(row, skip)
