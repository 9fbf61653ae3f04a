"""An archived 专题's page: kept to be read, no column that should be updated (pure)."""

from __future__ import annotations

from govcheck.cms.base import clean, marker
from govcheck.cms.names import breadcrumb_parts
from govcheck.cms.text import doc_strings

# a line of the page's own text, outside links, short as a label is (本专题已归档), never a sentence about one
_MARK_LINE = 20
_OWN_TEXT = ("//body//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style)"
             " and not(ancestor::option)]")


def archived_topic(sel, url: str | None = None, *, parent: str | None = None) -> bool:
    """Whether a column's page is an archived 专题's: the page or heading that leads to it (`parent`), or a name of
    its breadcrumb, is an archive's (往期专题, 历史专题, 专题回顾), or a short line of its own says it is archived
    (本专题已归档, 已归档)."""
    names = marker("archive_names")
    if parent and any(w in parent for w in names):
        return True
    if any(w in part for part in breadcrumb_parts(sel) for w in names):
        return True
    marks = marker("archive_marks")
    for text in doc_strings(sel, _OWN_TEXT):
        line = clean(text)
        if line and len(line) <= _MARK_LINE and any(w in line for w in marks):
            return True
    return False
