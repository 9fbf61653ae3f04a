"""A list of uploaded files whose names start with a date (2026-11-20关于开展….pdf, 20261120通知.doc) and show no
other: the dates are typed by people, often the document's own (the day it was written or signed), not the day it
was put up. Read as publication dates they could call a column stale that is not: such a list is left for a person
to check, never a static page."""

from __future__ import annotations

import re
from datetime import date

from govcheck.cms.base import base_url, flat, iter_doc, resolve
from govcheck.cms.rows import Chrome
from govcheck.judge.urls import link_kind

# a full date at the head of a name: with separators (2026-11-20, 2026.11.20, 2026年11月20日) or eight digits alone
_HEAD_DATE = re.compile(r"^[\[【(（]?\s*(?:(\d{4})([-./_])(\d{1,2})\2(\d{1,2})日?|(\d{4})年(\d{1,2})月(\d{1,2})日"
                        r"|(\d{4})(\d{2})(\d{2})(?!\d))")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)$", re.I)
_TITLE_CHARS = 4  # what follows the date: a name of its own, not a date's tail


def head_date(name: str) -> date | None:
    """The date a file's name starts with, followed by a name of its own; None if it starts with none."""
    m = _HEAD_DATE.match(name)
    if m is None or len(_FILE_NAME.sub("", name[m.end():]).strip(" _-)]）】")) < _TITLE_CHARS:
        return None
    try:
        return date(*(int(g) for g in m.groups() if g and g.isdigit()))
    except ValueError:
        return None


def file_dated_rows(sel, url: str) -> int:
    """How many links of the page's content, outside navigation, header and footer, lead to a file (by its address
    or the name shown) whose name starts with a date: rows of a list of files."""
    base, chrome, seen = base_url(sel, url), Chrome(), set()
    for a in iter_doc(sel, "a"):
        target = resolve(base, a.get("href") or "")
        name = flat(a.text_content()).strip()
        if not target or target in seen or head_date(name) is None or chrome(a):
            continue
        if link_kind(target, "a") == "attachment" or _FILE_NAME.search(name):
            seen.add(target)
    return len(seen)
