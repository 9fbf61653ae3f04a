"""Telling an empty column list from a static page that has no list at all."""

from __future__ import annotations

import re

# class or id words that CMS templates give a list container
LIST_HINT = re.compile(r"list|news|liebiao|\blb\b|xxgk_?list|datalist", re.I)


def has_empty_list(sel, url: str | None = None) -> bool:
    """True when the page has a list container with no link in it (an empty column, not a static page)."""
    for el in sel.root.iter("ul", "ol", "table", "div", "dl"):
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if LIST_HINT.search(words) and not el.xpath(".//a[@href]"):
            return True
    return False
