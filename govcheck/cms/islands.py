"""Data islands: the lists a page keeps as data for its scripts to draw (a JSON array in a <script
type="application/json"> or a hidden <textarea>, a list's rows in a <script type="text/template">), read as its
scripts put them on the page. Read, never run."""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import iter_doc
from govcheck.cms.endpoints import parse_endpoint

# scripts that hold a template's markup, which a script puts into the page (<script type="text/template">)
_TEMPLATE_TYPES = ("text/template", "text/html", "text/x-template", "text/x-jquery-tmpl")


def _island(el) -> bool:
    """Whether an element holds data a script draws a list from: a script of JSON (not linked data, ld+json, which
    describes the page) or of a template's markup, or a <textarea> outside any form (not a field a visitor fills)."""
    if el.tag == "textarea":
        return not any(up.tag == "form" for up in el.iterancestors())
    kind = (el.get("type") or "").lower()
    return "json" in kind and "ld+json" not in kind or kind in _TEMPLATE_TYPES


def data_island_dates(sel, url: str = "", as_of: date | None = None) -> list[date]:
    """The item dates of the data islands a page's scripts build lists from: a 头条 carousel's <script
    type="application/json"> (each item's title, address and date), a hidden <textarea> of such JSON or of a list's
    rows, a <script type="text/template"> of rows a script puts in an empty list."""
    out: list[date] = []
    for el in iter_doc(sel, "script", "textarea"):
        if (text := (el.text or "").strip()) and _island(el):
            out += [i.date for i in parse_endpoint(text, url, as_of=as_of).items if i.date]
    return out
