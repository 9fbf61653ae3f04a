"""What an article page says about itself: publication date, column, site code, title."""

from __future__ import annotations

import re
from functools import cache

from govcheck.cms.base import ArticleMeta, compiled, doc_text, marker, meta_content
from govcheck.cms.names import breadcrumb_name, title_name
from govcheck.judge.dates import date_from_url, parse_date

_LABEL_WINDOW = 32  # characters after a 发布时间 label that may hold its date
_LIST_LABELS = 3  # this many labelled dates make a list, not an article


def valid_site_code(code: str | None) -> str | None:
    """A 网站标识码 as the rules define it (10 digits, or bm + 8 digits), lower-cased; else None."""
    code = (code or "").strip().lower()
    return code if compiled(marker("identity")["site_code_valid"]).match(code) else None


@cache
def _label_pattern() -> re.Pattern:
    labels = sorted(marker("pub_date_labels"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, labels)) + r")\s*[:]?\s*")


def labelled_date(text: str):
    """The date after the first 发布时间/发布日期/… label in text; None when many labels carry dates, as on a
    list page whose every row says 发布时间."""
    found = []
    for m in _label_pattern().finditer(text):
        d = parse_date(text[m.end():m.end() + _LABEL_WINDOW])
        if d is not None:
            found.append(d)
            if len(found) >= _LIST_LABELS:
                return None
    return found[0] if found else None


def parse_article(sel, url: str) -> ArticleMeta:
    """Dates from <meta name="PubDate"> (and its kin), else a 发布时间 line in the body, else the URL. The
    "page generated" time some templates put in a <meta> is not the content date and is never read."""
    pub = None
    for name in marker("pub_date_metas"):
        pub = parse_date(meta_content(sel, name) or "")
        if pub is not None:
            break
    if pub is None:
        pub = labelled_date(doc_text(sel))  # the root: some pages put content after </html>
    if pub is None:
        pub = date_from_url(url)
    title = meta_content(sel, "ArticleTitle") or title_name(sel)
    column = meta_content(sel, "ColumnName") or breadcrumb_name(sel)
    return ArticleMeta(pub_date=pub, column_name=column, site_code=valid_site_code(meta_content(sel, "SiteIDCode")),
                       title=title)
