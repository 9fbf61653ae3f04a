"""An archived 专题's page: kept to be read, no column that should be updated (pure)."""

from __future__ import annotations

from govcheck.cms.base import clean, marker
from govcheck.cms.names import breadcrumb_parts
from govcheck.cms.text import doc_strings

# a line of the page's own text, outside links, short as a label is (本专题已归档), never a sentence about one
_MARK_LINE = 20
_OWN_TEXT = ("//body//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style)"
             " and not(ancestor::option)]")


def topic_hub(name: str | None) -> bool:
    """Whether a column's name is a 专题 index's, which lists the site's 专题 (专题专栏, 热点专题, 往期专题)."""
    return bool(name) and ("专题" in name or any(w in name for w in marker("archive_names")))


def topic_place(parent: str | None) -> bool:
    """Whether a column sits inside a 专题's sub-site: its place a 专题 index's, then the 专题's
    (专题专栏 › 扫黑除恶专项斗争, cms/subsites.py topic_home), never a column the index lists itself
    (专题专栏 alone)."""
    parts = (parent or "").split(" › ")
    return len(parts) >= 2 and topic_hub(parts[0])


def archived_topic(sel, url: str | None = None, *, parent: str | None = None) -> bool:
    """Whether a column's page is an archived 专题's: the page or heading that leads to it (`parent`), or a name of
    its breadcrumb, is an archive's (往期专题, 历史专题, 专题回顾), or a short line of its own says it is archived
    (本专题已归档, 已归档); or it sits inside a 专题's sub-site (`parent` 专题专栏 › 扫黑除恶专项斗争): a 专题 is kept
    as the record of its event, finished or not, however old its lists, never a column of the site to update."""
    names = marker("archive_names")
    if parent and any(w in parent for w in names) or topic_place(parent):
        return True
    if any(w in part for part in breadcrumb_parts(sel) for w in names):
        return True
    marks = marker("archive_marks")
    for text in doc_strings(sel, _OWN_TEXT):
        line = clean(text)
        if line and len(line) <= _MARK_LINE and any(w in line for w in marks):
            return True
    return False
