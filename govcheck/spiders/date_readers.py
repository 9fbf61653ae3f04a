"""Page readers of faked or impossible dates (伪造发稿日期): a list item dated after the inspection date, and the
date an article page shows. That date is stored with the page (PageItem.shown_date), and each list's dates with
its links, to be compared when the run is finished (govcheck/store/datefacts.py): a worker, or a resumed
crawl, has not read every list and article itself. No request is made for these checks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from govcheck.cms.article import shown_pub_date
from govcheck.items import EvidenceItem
from govcheck.judge.urls import normalize_url

if TYPE_CHECKING:
    from govcheck.spiders.evidence import PageView


def future_dates(view: PageView) -> Iterable[EvidenceItem]:
    """Items a list dates after the inspection date, once per item, not on the homepage (its blocks copy the
    columns' lists). The finding is the item's, whichever list page shows it (that one is in the detail): which
    list a worker reads first depends on the crawl's order, and the store keeps one finding per page."""
    if view.home:
        return
    for item in view.listing.items:
        if item.date is None or item.date <= view.as_of:
            continue
        url = normalize_url(item.url, item.url) or item.url
        if not view.first("future", view.site.site_id, url):
            continue
        yield EvidenceItem(view.site.site_id, "future_date", url, found=f"{item.title}（{item.date}）",
                           expected=f"不晚于检查日{view.as_of}",
                           detail={"title": item.title, "date": item.date.isoformat(), "list_page": view.url})


def shown_date(sel, url: str | None = None) -> date | None:
    """The date an article page shows (its 发布时间 line), else its PubDate meta; never one read off its URL.
    (`url` is unused: the spider's page readers are called with it.)"""
    return shown_pub_date(sel)


DATE_READERS = [future_dates]
