"""Rows that inline scripts write into a page (an array of title, address and date; document.write row by row) and
panes they load: what only a browser shows, and the dates govcheck can read of it without one (pure)."""

from __future__ import annotations

import re
from datetime import date

from govcheck.cms.base import iter_doc
from govcheck.cms.endpoints import find_endpoints
from govcheck.judge.dates import find_dates

_WRITES = re.compile(r"document\.write|\.innerHTML\s*[+]?=|\.append\(|\.html\(|insertAdjacentHTML")
SCRIPT_ROW_DATES = 3  # inline scripts that write links and carry this many dates hold a block's rows


def _writing_scripts(sel) -> list[str]:
    """The text of each inline script that writes links into the page."""
    return [text for el in iter_doc(sel, "script") if not el.get("src") and (
        "href" in (text := el.text or "") or "url" in text) and _WRITES.search(text)]


def writes_rows(sel, url: str = "") -> bool:
    """Whether inline scripts write links into the page (an empty list filled from data of their own)."""
    return bool(_writing_scripts(sel))


def script_rows_unread(sel, url: str = "") -> bool:
    """Whether inline scripts write links whose dates govcheck does not read (epoch stamps, dates built in script):
    rows the homepage shows that only a browser dates."""
    return bool(_writing_scripts(sel)) and not script_row_dates(sel)


_LOADS = re.compile(r"\.load\(|\$\.(?:get|getJSON|post|ajax)\(|\bfetch\(|XMLHttpRequest|\baxios[.(]")


def loads_unread(sel, url: str = "", endpoints: list | None = None) -> bool:
    """Whether inline scripts load content into the page (jQuery's .load() of a pane, fetch, XMLHttpRequest) from an
    address govcheck does not find in them (a tab's data-url): what they show only a browser reads. `endpoints`: the
    page's, when already found."""
    return any(_LOADS.search(el.text or "") for el in iter_doc(sel, "script") if not el.get("src")) \
        and not (find_endpoints(sel, url) if endpoints is None else endpoints)


def script_row_dates(sel) -> list[date]:
    """The dates inline scripts carry for the rows they write, a block filled from an array of its own (title,
    address, date) or row by row (document.write): what the homepage shows once they have run, though no row is in
    its markup."""
    out = [d for text in _writing_scripts(sel) for d in find_dates(text)]
    return out if len(out) >= SCRIPT_ROW_DATES else []
