"""Rows that inline scripts write into a page (an array of title, address and date; document.write row by row; a
Vue template's rows drawn from the data the script mounts it with) and panes they load: what only a browser shows,
and the dates govcheck can read of it without one (pure)."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlsplit

from govcheck.cms.base import iter_doc
from govcheck.cms.endpoints import find_endpoints
from govcheck.judge.dates import find_dates
from govcheck.judge.domains import registered_domain

# a script's writing of rows: in the markup, or by a template's framework it mounts with its data (Vue's v-for rows)
_WRITES = re.compile(r"document\.write|\.innerHTML\s*[+]?=|\.append\(|\.html\(|insertAdjacentHTML|"
                     r"\bnew\s+Vue\s*\(|\bcreateApp\s*\(")
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
    scripts = _writing_scripts(sel)
    return bool(scripts) and sum(len(find_dates(text)) for text in scripts) < SCRIPT_ROW_DATES


_LOADS = re.compile(r"\.load\(|\$\.(?:get|getJSON|post|ajax)\(|\bfetch\(|XMLHttpRequest|\baxios[.(]")


def loads_unread(sel, url: str = "", endpoints: list | None = None) -> bool:
    """Whether inline scripts load content into the page (jQuery's .load() of a pane, fetch, XMLHttpRequest) from an
    address govcheck does not find in them (a tab's data-url): what they show only a browser reads. `endpoints`: the
    page's, when already found."""
    return any(_LOADS.search(el.text or "") for el in iter_doc(sel, "script") if not el.get("src")) \
        and not (find_endpoints(sel, url) if endpoints is None else endpoints)


def script_row_dates(sel, url: str = "", as_of: date | None = None) -> list[date]:
    """The dates inline scripts carry for the rows they write, a block filled from an array of its own (title,
    address, date) or row by row (document.write): what the homepage shows once they have run, though no row is in
    its markup. Not a script's whose every address is another site's (a 政务微博 feed's posts at weibo.com), nor one's
    whose every date is the inspection day (`as_of`: the day it writes them, maybe; script_row_leads)."""
    out = []
    for text in _writing_scripts(sel):
        dates, addresses = find_dates(text), _addresses(text, url)
        if not (addresses and not any(_own(a, url) for a in addresses) or _drawn(dates, as_of)):
            out += dates
    return out if len(out) >= SCRIPT_ROW_DATES else []


def script_row_leads(sel, url: str, as_of: date | None) -> list[str]:
    """The site's addresses a script writes rows of whose every date is the inspection day: their articles tell."""
    return [a for text in _writing_scripts(sel) if _drawn(find_dates(text), as_of)
            for a in _addresses(text, url) if _own(a, url)]


# an address a script writes (a quoted URL or root-relative path), not a picture's or a style's
_ADDRESS = re.compile(r"""["']((?:https?:)?//[^"'\s<>]+|/[^"'\s<>/][^"'\s<>]*)["']""")
_RESOURCE = re.compile(r"\.(?:png|jpe?g|gif|svg|css|js)(?:\?|$)", re.I)


def _addresses(text: str, url: str) -> list[str]:
    return list(dict.fromkeys(urljoin(url, m) for m in _ADDRESS.findall(text) if not _RESOURCE.search(m)))


def _own(address: str, url: str) -> bool:
    def site(u: str) -> str:
        host = urlsplit(u).hostname or ""
        return registered_domain(host) or host
    return site(address) == site(url)


def _drawn(dates: list[date], as_of: date | None) -> bool:
    return as_of is not None and len(dates) >= SCRIPT_ROW_DATES and all(d == as_of for d in dates)
