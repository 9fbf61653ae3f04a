"""A date a list row shows inside its title link's own text: ending it (标题 2017-10-12, 标题（2017年10月12日）) or
leading it ([2017-10-12] 标题, 2017-10-12　标题, a month-day in brackets: [12-29] 标题). Either is taken out of the
title. Or in the link's tooltip, under a publication label (动易's 更新时间：2017-10-12 10:12:11)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from govcheck.cms.base import marker
from govcheck.judge.dates import FOLDER_SLACK, SHOWN_YEAR, date_from_url, match_date
from govcheck.judge.urls import column_page

_TITLE_DATE_DAYS = 7  # an article published this long after its address's date can end its title with that day
_SPAN = 24  # characters at either end of a title where its date can stand
_OPEN, _CLOSE = " ([（【", " )]）】"
# after a leading date, before the title: a space, a closing bracket or a bar, never a word (2024年5月1日起施行)
_LEAD_END = re.compile(r"[\s)\]）】|｜:：·]")
_RANGE = "至到~～-—－"  # 2024-05-01 至 2024-06-30 …: the dates of an event, not of its item
# a month-day in brackets at the very head of the text, as Epoint's lists write each row ([12-29] 标题, realpage 74):
# the row's date, not what the title is about; never a bracketed number ([1], [2026]第3号)
_HEAD_MONTH_DAY = re.compile(r"[\[【](\d{2}-\d{2})[\]】]")


def title_date(title: str, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """The date that ends or leads a link's own text, beside a title of its own, unless the article's address dates
    it to another time: before it, or more than a week earlier (the day a title is about: a holiday, a meeting). A
    link to a column's page (a 专题's folder) is no article's: the day its title names is its event's."""
    if not title or not (title[-1].isdigit() or title[-1] in "日号)]）】" or title[0].isdigit() or title[0] in _OPEN) \
            or column_page(url):  # the address last: the dearest test
        return None
    found = None
    if title[-1].isdigit() or title[-1] in "日号)]）】":
        found = match_date(title[-_SPAN:], url=url, year_hint=year_hint)
        found = found if found is not None and _before(title, found[1]) is not None else None
    if found is None and (head := _HEAD_MONTH_DAY.match(title)):
        found = match_date(head[1], url=url, year_hint=year_hint)  # its year the address's, else the page's
        found = found if found is not None and _after(title, found[1]) else None
        made = date_from_url(url)
        # the day shown, not the address's (the day it went online, a week later): unless far from it
        if found is None or made is None or -FOLDER_SLACK <= (found[0] - made).days <= _TITLE_DATE_DAYS:
            return found
        return None
    if found is None and (title[0].isdigit() or title[0] in _OPEN):
        found = match_date(title[:_SPAN], url=url, year_hint=year_hint)
        # a full date only: a month-day opening a title is what it is about (5月1日起…)
        found = found if found is not None and SHOWN_YEAR.search(found[1]) and _after(title, found[1]) else None
    if found is None:
        return None
    made = date_from_url(url)
    if made is not None and not made <= found[0] <= made + timedelta(days=_TITLE_DATE_DAYS):
        return None
    return found


def tooltip_date(a, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """The date a link's title attribute gives under a publication label (更新时间：2026-11-24 10:12:11), as 动易's
    lists write it beside a title alone: a date under no label, or another one (成文日期), is not the row's."""
    tip = a.get("title") or ""
    for label in marker("tooltip_date_labels"):
        at = tip.find(label)
        # up to its line's end
        line = (tip[at + len(label):at + len(label) + 24].splitlines() or [""])[0] if at >= 0 else ""
        if line and (found := match_date(line, url=url, year_hint=year_hint)):
            return found
    return None


def bare_title(title: str, raw: str) -> str | None:
    """The title a link's text holds beside `raw`, the date that ends or leads it; None if it holds none there."""
    return _before(title, raw) or _after(title, raw)


def _before(title: str, raw: str) -> str | None:
    head, shown, tail = title.rpartition(raw)
    return head.rstrip(_OPEN) if shown and len(head.strip()) >= 4 and not tail.strip(_CLOSE) else None


def _after(title: str, raw: str) -> str | None:
    head, shown, tail = title.partition(raw)
    if not shown or head.strip(_OPEN) or not _LEAD_END.match(tail):
        return None
    rest = tail.lstrip(" )]）】|｜:：·\u3000\xa0")
    return rest if len(rest) >= 4 and rest[0] not in _RANGE else None
