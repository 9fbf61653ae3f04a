"""A list's dates of two-digit figures alone (26/11/20, [11/10/26], 26-11-20): the year first, as PHP's y-m-d and
most such templates write them, or the month first, as an English template does (WordPress's m/d/y: 11/10/26 is 10
November 2026). A row read alone takes the year first (row_dates.py); its box's rows settle the order: where one of
them can be read month first only (11/20/26), all are; where every one can be read either way, the addresses of
their articles tell which (/202611/10/), and where none tells, the rows are left undated, their articles tell: never
a day fifteen years back guessed (11/10/26 as 26 October 2011), a fresh column read stale."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from govcheck.cms.day_first import pieces
from govcheck.judge.dates import address_agrees, date_from_url, year_from_url

_SHORT = re.compile(r"(?<![\d./\-:])(\d{2})([./\-])(\d{2})\2(\d{2})(?![\d./\-:])")
_ORDERS = {"ymd": (0, 1, 2), "mdy": (2, 0, 1)}  # where the year, the month and the day stand


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


def settle_short_years(items: list, rows: list[tuple[int, object]], latest: date | None) -> tuple[set, set]:
    """Date `items` (a box's, in order; `rows`: (index, row) of each) whose dates are two-digit figures alone by the
    order their box settles (the module's doc); (indices newly dated, indices undated)."""
    shown = _figures(items, rows)
    figures = {k: f for k, (f, _) in shown.items()}
    if not figures:
        return set(), set()
    valid = [o for o in _ORDERS if all(_read(f, o, latest) for f in figures.values())]
    if "mdy" not in valid:
        return set(), set()  # the year first as read, or no order reads them all
    if "ymd" in valid and all(_read(f, "ymd", latest) == _read(f, "mdy", latest) for f in figures.values()):
        return set(), set()  # 11/11/11: either way the same day
    if "ymd" in valid:
        told = [(k, items[k].url) for k in figures if year_from_url(items[k].url) is not None]
        agree = {o: told and all(address_agrees(_read(figures[k], o, latest), url) for k, url in told)
                 for o in _ORDERS}
        if agree["ymd"] and not agree["mdy"]:
            return set(), set()
        if not agree["mdy"] or agree["ymd"]:  # nothing tells the order: the articles tell the days
            undated = {k for k in figures if items[k].raw_date}
            for k in undated:
                items[k] = replace(items[k], date=date_from_url(items[k].url), raw_date=None)
            return set(), undated
    dated = {k for k in figures if not items[k].raw_date}
    for k, (f, raw) in shown.items():
        items[k] = replace(items[k], date=_read(f, "mdy", latest), raw_date=raw)
    return dated, set()
