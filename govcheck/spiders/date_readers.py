"""Page readers of faked or impossible dates (伪造发稿日期): a list item dated after the inspection date, and an
article whose own date differs from the date a list shows for it by more than GOVCHECK_DATE_MISMATCH_DAYS.

Only pages the crawl reads anyway are compared: a list's dates are kept (per article URL) until the article is
read, or an article's date until a list shows it; no request is made for this check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from govcheck.cms.article import labelled_date
from govcheck.cms.base import doc_text, marker, meta_content
from govcheck.items import EvidenceItem
from govcheck.judge.dates import parse_date
from govcheck.judge.urls import normalize_url

if TYPE_CHECKING:
    from govcheck.spiders.evidence import PageView

DEFAULT_MISMATCH_DAYS = 3


def future_dates(view: PageView) -> Iterable[EvidenceItem]:
    """Items a list dates after the inspection date, once per item, on the first list page showing it (the
    homepage's blocks copy the columns' lists: the column's own page is where it is fixed)."""
    if view.home:
        return
    seen = view.memo.setdefault("future", set()) if view.memo is not None else set()
    for item in view.listing.items:
        if item.date is None or item.date <= view.as_of or (view.site.site_id, item.url) in seen:
            continue
        seen.add((view.site.site_id, item.url))
        yield EvidenceItem(view.site.site_id, "future_date", view.url, found=f"{item.title}（{item.date}）",
                           expected=f"不晚于检查日{view.as_of}",
                           detail={"title": item.title, "date": item.date.isoformat(), "item_url": item.url})


def shown_date(sel) -> date | None:
    """The date an article page shows (its 发布时间 line), else its PubDate meta; never one read off its URL."""
    shown = labelled_date(doc_text(sel))
    if shown is not None:
        return shown
    for name in marker("pub_date_metas"):
        found = parse_date(meta_content(sel, name) or "")
        if found is not None:
            return found
    return None


def mismatch_days(view: PageView) -> int:
    if view.settings is None:
        return DEFAULT_MISMATCH_DAYS
    return view.settings.getint("GOVCHECK_DATE_MISMATCH_DAYS", DEFAULT_MISMATCH_DAYS)


def _mismatch(view: PageView, article_url: str, listed: tuple, article: date) -> EvidenceItem | None:
    list_date, title, list_page = listed
    if abs((article - list_date).days) <= mismatch_days(view):
        return None
    return EvidenceItem(view.site.site_id, "date_mismatch", article_url, found=f"正文发布日期{article}",
                        expected=f"与列表日期{list_date}一致",
                        detail={"title": title, "list_date": list_date.isoformat(),
                                "article_date": article.isoformat(), "list_page": list_page})


def date_mismatches(view: PageView) -> Iterable[EvidenceItem]:
    if view.memo is None:
        return
    site = view.site.site_id
    listed: dict = view.memo.setdefault("listed_dates", {})  # (site, article URL) -> (list date, title, list page)
    articles: dict = view.memo.setdefault("article_dates", {})  # (site, article URL) -> its own date
    for item in view.listing.items:
        key = (site, normalize_url(item.url, item.url) or item.url)
        if item.date is None or key in listed:
            continue
        listed[key] = (item.date, item.title, view.url)
        if articles.get(key) is not None:  # the article was read first
            found = _mismatch(view, key[1], listed[key], articles.pop(key))
            if found:
                yield found
    if view.home:
        return
    key = (site, normalize_url(view.url, view.url) or view.url)
    if key in articles:
        return
    own = shown_date(view.sel)
    if own is None:
        return
    if key in listed:
        found = _mismatch(view, view.url, listed[key], own)
        if found:
            yield found
        articles[key] = None  # compared: a later list showing it again is not a second finding
    else:
        articles[key] = own


DATE_READERS = [future_dates, date_mismatches]
