"""Dates written day first (20/11/2026, 20-11-2026), as some templates of foreign CMSs write them, or month first
(11/20/2026), as an English template does: a day over 12 is read anywhere (the date patterns' own,
data/dates_formats.yaml); one whose day and month could each be the other (05/11/2026) only where another row of its
list shows a day over 12 in one place and none in the other: the list's other rows settle the order, and nothing else
does."""

from __future__ import annotations

import re
from datetime import date

from govcheck.cms.base import ListItem

_DMY = re.compile(r"(?<![\d./\-])(\d{1,2})([/\-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/\-])")


def pieces(el) -> str:
    """The texts of a row's elements apart (a title ending in a figure, then 05/11/2026: never 105/11/2026)."""
    return " ".join(el.itertext())


def _orders(texts) -> tuple[bool, bool]:
    """(some text shows a day over 12 first, some shows one second)."""
    first = second = False
    for text in texts:
        for m in _DMY.finditer(text):
            a, b = int(m[1]), int(m[3])
            first |= a > 12 >= b
            second |= b > 12 >= a
    return first, second


def settle_day_first(items: list, undated: list[tuple[int, object]]) -> int:
    """Date, in `items` (a box's, in order), the undated rows (`undated`: (index, row)) that show a date whose day
    and month could each be the other, day first where the box's dated rows show days first and none second, month
    first where they show them second and none first; the number of rows so dated."""
    if not undated or not any(i.raw_date and _DMY.search(i.raw_date) for i in items):
        return 0
    first, second = _orders([*(i.raw_date for i in items if i.raw_date), *(pieces(r.el) for _, r in undated)])
    if first == second:
        return 0
    settled = 0
    for k, row in undated:
        found = [m for m in _DMY.finditer(pieces(row.el)) if int(m[1]) <= 12 and int(m[3]) <= 12]
        if len(found) != 1:
            continue
        m = found[0]
        try:
            when = date(int(m[4]), int(m[3]), int(m[1])) if first else date(int(m[4]), int(m[1]), int(m[3]))
        except ValueError:
            continue
        item = items[k]
        items[k] = ListItem(item.title, item.url, when, m[0])
        settled += 1
    return settled
