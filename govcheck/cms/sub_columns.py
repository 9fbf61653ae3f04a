"""A column page's links to its sub-columns in a box named by no menu word: a 信息公开 目录's left tree (<div
class="gkml-left"><ul class="tree">), PHPCMS's <ul class="list_zwgk"> of its categories. Each leads to a folder of its
own just under the page's (/xxgk/jgzn/ under /xxgk/): a column, as a menu's entry is, whatever its page shows (an empty
box and no word, which a page reached by no menu is not called)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import base_url, host_of, iter_doc, link_title, marker, resolve
from govcheck.cms.block_titles import dated_entry

# what a link leads to under the page's folder: a folder of its own, or its index page (not a month's, /202611/)
_CHILD = re.compile(r"^(?!\d+/)[^/?#]+/(?:(?:index|default)\.\w+)?$", re.I)


def sub_column_links(sel, page_url: str) -> list[tuple[str, str]]:
    """(name, address) of the links of a page at a folder (not the site's root) to a folder just under it, outside
    a dated list's rows, in order."""
    folder = urlsplit(page_url).path.rsplit("/", 1)[0] + "/"
    if folder == "/":
        return []
    base, host, skip = base_url(sel, page_url), host_of(page_url), frozenset(marker("home_texts"))
    out: dict[str, str] = {}
    for a in iter_doc(sel, "a"):
        url = resolve(base, a.get("href"))
        parts = urlsplit(url) if url else None
        if parts is None or host_of(url) != host or parts.query or not parts.path.startswith(folder) \
                or not _CHILD.match(parts.path[len(folder):]) or dated_entry(a):
            continue
        name = link_title(a)
        if name and name not in skip:
            out.setdefault(url, name)
    return [(name, url) for url, name in out.items()]
