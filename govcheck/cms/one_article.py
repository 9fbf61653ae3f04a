"""A column's page that is one article and no list (its menu's link leads straight to it: a title, a 发布时间 line,
its text): the day its text shows for it, which dates the column when its name is a timed list's
(judge.columns.judged_by_its_article). Only a day the page's own text gives, never its address's nor its PubDate
meta's alone: a page whose date is unsure stays a static page, never judged."""

from __future__ import annotations

from datetime import date

from govcheck.cms.article import text_pub_date
from govcheck.cms.containers import shows_own_text


def one_article_date(sel, url: str | None = None, as_of: date | None = None) -> date | None:
    """The day an article page showing text of its own (a sentence of its body, containers.shows_own_text) gives
    itself in its text; None for a page without such text or such a day, or a day after the inspection's (`as_of`):
    a typo, no update."""
    if not shows_own_text(sel):
        return None
    found = text_pub_date(sel)
    return None if found is None or as_of is not None and found > as_of else found
