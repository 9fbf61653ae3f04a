"""What each item is stored as: its table and rows (the writer batches them, the store's unique keys make a row
stored twice count once)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from govcheck.items import (
    CheckItem,
    ColumnItem,
    EvidenceItem,
    PageItem,
    PageLinksItem,
    ProbeItem,
    SiteItem,
)
from govcheck.judge.date_mismatch import listed_dates
from govcheck.store.models import Evidence
from govcheck.store.writer import row_key


def to_rows(item) -> tuple[str | None, list[dict]]:
    """The table and rows an item is stored as."""
    if isinstance(item, PageLinksItem):
        dates = listed_dates(item.listed)  # by normalised URL, as each link's target is
        return "link_occurrences", [
            {**vars(o), "list_date": dates.get(o.target_url),
             "key": row_key(o.site_id, o.source_url, o.target_url, o.tag, o.text)} for o in item.links]
    if isinstance(item, CheckItem):
        return "link_checks", [{
            "url": item.url, "method": item.method, "http_status": item.http_status, "failure": item.failure,
            "category": item.category or "ok", "verdict": item.verdict or "ok", "detail": item.detail,
            "final_url": item.redirects[-1] if item.redirects else None, "elapsed": item.elapsed,
            "checked_at": item.checked_at, "confirmed": False,
        }]
    if isinstance(item, PageItem):
        return "pages", [{**vars(item), "fetched_at": datetime.now()}]
    if isinstance(item, ColumnItem):
        row = dict(vars(item))
        for k in ("meta_type", "heading", "archived", "dates", "placeholder", "blocks", "empty_list", "crumb", "first",
                  "article_date", "links", "note"):
            row.pop(k)
        row["evidence"] = {"blocks": item.blocks, "dates": [d.isoformat() if d else None for d in item.dates],
                           "first": item.first, "placeholder": item.placeholder, "empty_list": item.empty_list,
                           "crumb": item.crumb, "heading": item.heading, "meta_type": item.meta_type,
                           "archived": item.archived, "links": item.links, "note": item.note,
                           "article_date": item.article_date.isoformat() if item.article_date else None}
        return "columns", [row]
    if isinstance(item, EvidenceItem):
        return "evidence", [{**vars(item), "detail": dict(item.detail),
                             "key": row_key(item.site_id, item.check, item.page_url, item.found)}]
    if isinstance(item, ProbeItem):
        return "probes", [dict(vars(item))]
    if isinstance(item, SiteItem):
        return "run_sites", [{**vars(item), "column_types": dict(item.column_types)}]
    return None, []


def insert_evidence(session, run_id: int, items) -> None:
    """Stores EvidenceItems settled when a run is finished, in one statement (not one ORM object a row)."""
    rows = [{**row, "run_id": run_id} for item in items for row in to_rows(item)[1]]
    if rows:
        session.execute(insert(Evidence), rows)
