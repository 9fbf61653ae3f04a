"""Date mismatches settled when the run is finished, from what was stored: the date each list showed beside a link
(link_occurrences.list_date) against the date the article at that link showed (pages.shown_date). Compared here,
not while crawling, so that the finding is the same whichever worker read the list and which the article, and
after a run is resumed: a worker keeps nothing of the pages it did not read itself."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from govcheck.judge.date_mismatch import CHECK, DEFAULT_DAYS, Listed, date_mismatches
from govcheck.store.models import Evidence, LinkOccurrence, Page, Run
from govcheck.store.rows import insert_evidence


def mismatch_days(options: dict | None) -> int:
    """The run's GOVCHECK_DATE_MISMATCH_DAYS, kept with its options when it started (a worker that joins the run,
    or a finish by hand, has no say); a run stored before that kept nothing: the default."""
    days = (options or {}).get("date_mismatch_days")
    return DEFAULT_DAYS if days is None else int(days)


def record_date_mismatches(s: Session, run_id: int) -> None:
    """date_mismatch evidence of the run, replacing what an earlier finish recorded."""
    s.execute(delete(Evidence).where(Evidence.run_id == run_id, Evidence.check == CHECK))
    days = mismatch_days(s.scalar(select(Run.options).where(Run.id == run_id)))
    occ = LinkOccurrence
    # only dated links to pages read with a date of their own: a few per list page
    rows = s.execute(
        select(occ.site_id, occ.target_url, occ.source_url, occ.list_date, occ.text, Page.shown_date)
        .join(Page, (Page.run_id == run_id) & (Page.url == occ.target_url) & (Page.site_id == occ.site_id))
        .where(occ.run_id == run_id, occ.list_date.is_not(None), Page.shown_date.is_not(None)))
    insert_evidence(s, run_id, date_mismatches((Listed(*row) for row in rows), days))
