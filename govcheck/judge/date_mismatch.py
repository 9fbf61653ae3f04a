"""伪造发稿日期 by comparison: an article whose own date (its 发布时间 line, else its PubDate) differs from the date a
list shows beside its link by more than GOVCHECK_DATE_MISMATCH_DAYS (pure functions; the store gathers the dates
when the run is finished, see govcheck/store/datefacts.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from govcheck.items import EvidenceItem
from govcheck.judge.dates import year_guessed
from govcheck.judge.urls import normalize_url

CHECK = "date_mismatch"
DEFAULT_DAYS = 3  # GOVCHECK_DATE_MISMATCH_DAYS's default: lists often show the day a piece was approved or put up


class Listed(NamedTuple):
    """An article as one list shows it, with the date the article itself shows."""

    site_id: str
    article_url: str
    list_page: str
    list_date: date | None
    title: str
    article_date: date | None


def listed_dates(items: Iterable) -> dict[str, date]:
    """The date a list shows for each link it dates (ListItems), by normalised URL: the first, when one list shows
    a link twice. A month-day shown alone, its year govcheck's guess, is no date to hold an article to, nor a
    letter's reply day (its page shows the day it was asked)."""
    out: dict[str, date] = {}
    for item in items:
        if item.date is not None and not item.replied and not year_guessed(item.raw_date, item.url):
            out.setdefault(normalize_url(item.url, item.url) or item.url, item.date)
    return out


def date_mismatches(listed: Iterable[Listed], days: int = DEFAULT_DAYS) -> list[EvidenceItem]:
    """One finding per article whose date differs by more than `days` from the date every list shows for it.

    Of several lists, the one whose date is closest to the article's is compared (ties: the first list page in
    URL order): a list that shows the article's own date vouches for it, and one list reader pairing a link with
    a neighbour's date makes no finding. Whatever order the pages were read in, the outcome is the same."""
    closest: dict[tuple[str, str], tuple] = {}
    for row in listed:
        if row.list_date is None or row.article_date is None:
            continue
        rank = (abs((row.article_date - row.list_date).days), row.list_page, not row.title, row.title)
        key = (row.site_id, row.article_url)
        if key not in closest or rank < closest[key][0]:
            closest[key] = (rank, row)
    out = []
    for key in sorted(closest):
        (apart, *_), row = closest[key]
        if apart <= days:
            continue
        out.append(EvidenceItem(row.site_id, CHECK, row.article_url, found=f"正文发布日期{row.article_date}",
                                expected=f"与列表日期{row.list_date}一致",
                                detail={"title": row.title, "list_date": row.list_date.isoformat(),
                                        "article_date": row.article_date.isoformat(), "list_page": row.list_page}))
    return out
