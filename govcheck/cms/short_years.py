"""A list's dates of two-digit figures alone (26/11/20, [11/10/26], 26-11-20): the year first, as PHP's y-m-d and
most such templates write them, or the month first, as an English template does (WordPress's m/d/y: 11/10/26 is 10
November 2026), or the day first, as a British one does (d/m/y: 20/11/26). A row read alone takes the year first
(row_dates.py); its box's rows settle the order: the one order that reads every row as a real day, not after the
inspection's (11/20/26: the month first), else the one the addresses of their articles agree with (/202611/10/);
where nothing tells, the year first stays against the day first (26.11.20, read so before, a day first's year then
13 or later), but against the month first (11/10/26) the rows are left undated, their articles tell: never a day
fifteen years back guessed (26 October 2011), a fresh column read stale."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from govcheck.cms.day_first import pieces
from govcheck.judge.dates import address_agrees, address_day, date_from_url, year_from_url

_SHORT = re.compile(r"(?<![\d./\-:])(\d{2})([./\-])(\d{2})\2(\d{2})(?![\d./\-:])")
_ORDERS = {"ymd": (0, 1, 2), "mdy": (2, 0, 1), "dmy": (2, 1, 0)}  # where the year, the month and the day stand


def short_figures(text: str) -> str | None:
    """The two-digit figures a cell shows alone (11/20/26, [26-11-20]), whatever their order, else None: a box of
    dates apart from its titles keeps such a row for its box to settle (parallel.py)."""
    text = text.strip()
    m = _SHORT.search(text)
    return m[0] if m and not text.replace(m[0], "", 1).strip("[]() ") else None


def _read(figures: tuple[int, int, int], order: str, latest: date | None) -> date | None:
    y, m, d = (figures[k] for k in _ORDERS[order])
    try:
        found = date(2000 + y, m, d)
    except ValueError:
        return None
    return found if latest is None or found <= latest else None


def _figures(items: list, rows: list[tuple[int, object]]) -> dict[int, tuple[tuple[int, int, int], str]]:
    """Each row's two-digit figures and their text: those of the date it was read by, else of the one such date
    the text of an undated row shows."""
    out = {}
    for k, row in rows:
        raw = items[k].raw_date
        found = list(_SHORT.finditer(raw if raw else "" if items[k].date else pieces(row.el)))
        if len(found) == 1:
            m = found[0]
            out[k] = (int(m[1]), int(m[3]), int(m[4])), raw or m[0]
    return out


def _nearest(orders: list[str], figures: dict, items: list, latest: date | None) -> list[str]:
    """The order of `orders` whose rows read nearest the days their addresses carry, if one is."""
    days = [(f, day) for k, f in figures.items() if (day := address_day(items[k].url))]
    cost = {o: sum(abs((_read(f, o, latest) - day).days) for f, day in days) for o in orders}
    best = [o for o in orders if cost[o] == min(cost.values())]
    return best if days and len(best) == 1 else orders


def settle_short_years(items: list, rows: list[tuple[int, object]], latest: date | None) -> tuple[set, set]:
    """Date `items` (a box's, in order; `rows`: (index, row) of each) whose dates are two-digit figures alone by the
    order their box settles (the module's doc); (indices newly dated, indices undated)."""
    shown = _figures(items, rows)
    figures = {k: f for k, (f, _) in shown.items()}
    # orders that read every row as a day of the calendar; of them, those that read none after the inspection's
    calendar = [o for o in _ORDERS if figures and all(_read(f, o, None) for f in figures.values())]
    valid = [o for o in calendar if all(_read(f, o, latest) for f in figures.values())]
    told = [(k, items[k].url) for k in figures if year_from_url(items[k].url) is not None]
    # the addresses outweigh a row after the inspection's day (12/01/26 under /202612/01/ checked in November: a
    # day the site shows ahead, not 26 January 2012)
    agreeing = [o for o in calendar if told and all(address_agrees(_read(figures[k], o, None), url)
                                                    for k, url in told)]
    if len(agreeing) > 1:  # 11/10/26 under /202611/10/: 10 November nearer than 11 October
        agreeing = _nearest(agreeing, figures, items, None)
    if len(agreeing) == 1:
        order = agreeing[0]
    elif not valid or valid == ["ymd"]:
        return set(), set()  # the year first as read, or no order reads them all
    elif len(valid) == 1:
        order = valid[0]
    elif valid == ["ymd", "dmy"]:
        order = "ymd"  # 26.11.20 is read year first (20 November 2026 or 26 November 2020) where nothing tells
    else:  # 11/10/26: 26 October 2011 or 10 November 2026, nothing to tell which: its article tells
        order = None
    if order == "ymd" or order and all(_read(f, order, None) == _read(f, "ymd", None) for f in figures.values()):
        return set(), set()
    if order is None:
        undated = {k for k in figures if items[k].raw_date}
        for k in undated:
            items[k] = replace(items[k], date=date_from_url(items[k].url), raw_date=None)
        return set(), undated
    dated = {k for k in figures if not items[k].raw_date}
    for k, (f, raw) in shown.items():
        items[k] = replace(items[k], date=_read(f, order, None), raw_date=raw)
    return dated, set()
