"""Telling an empty column list from a static page that has no list at all, and from a list a script fills."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import compiled, iter_doc, marker
from govcheck.judge.urls import join_url

# class or id words that CMS templates give a list container
LIST_HINT = re.compile(r"list|news|liebiao|\blb\b|xxgk_?list|datalist", re.I)


def has_empty_list(sel, url: str | None = None) -> bool:
    """True when the page has a list container with no link in it (an empty column, not a static page)."""
    for el in sel.root.iter("ul", "ol", "table", "div", "dl"):
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if LIST_HINT.search(words) and not el.xpath(".//a[@href]"):
            return True
    return False


def own_scripts(sel, url: str) -> list[str]:
    """The site's own script files a page loads (not jQuery and the like): any of them may fill an empty list,
    so such a list is empty only once a browser has run them."""
    host = urlsplit(url).hostname
    libraries = compiled(*marker("script_libraries"))
    out = []
    for el in iter_doc(sel, "script"):
        src = (el.get("src") or "").strip()
        if not src:
            continue
        target = join_url(url, src)
        if target is None:
            continue
        name = urlsplit(target).path.rsplit("/", 1)[-1]
        if urlsplit(target).hostname == host and not libraries.search(name):
            out.append(target)
    return out
