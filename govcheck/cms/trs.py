"""TRS WCM portals: index.html, index_1.html, ... driven by createPageHTML(); articles at …/tYYYYMMDD_<id>.html."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from govcheck.cms.base import compiled, marker
from govcheck.cms.generic import GenericList

# createPageHTML(total, current, "index", "html"): current is 0-based, page k+1 at index_k.html.
# createPageHTML("page_div", total, current, "index", "html", count): the container form, current is 1-based and
# page k (k > 1) is index_k.html, as the page.js files that define it number them.
_CALL = re.compile(
    r"""createPageHTML\(\s*(?:(['"])(?P<box>[^'"]*)\1\s*,\s*)?(?P<total>\d+)\s*,\s*(?P<cur>\d+)\s*,"""
    r"""\s*(['"])(?P<name>[^'"]+)\5\s*,\s*(['"])(?P<ext>[^'"]+)\7""")
# Older templates write the pager from two variables (realpage 01): var currentPage = 0; var countPage = 2
_COUNT = re.compile(r"\bcountPage\s*=\s*(\d+)")
_CURRENT = re.compile(r"\bcurrentPage\s*=\s*(\d+)")
# A site's own pager object: Pager({size: 16, current: 0, prefix: 'index', suffix: 'html', …}), current 0-based
_PAGER = re.compile(r"\bPager\s*\(\s*\{(?P<body>[^{}]*)\}")
_PAGER_KEY = re.compile(r"""\b(size|current|prefix|suffix)\s*:\s*(?:(\d+)|(['"])([^'"]*)\3)""")


def _pager(scripts: str) -> tuple[int, int, str, str] | None:
    """(pages, 0-based current page, name, extension) of a Pager({…}) call."""
    for m in _PAGER.finditer(scripts):
        keys = {k: num if num else text for k, num, _, text in _PAGER_KEY.findall(m["body"])}
        if {"size", "current"} <= keys.keys() and keys["size"].isdigit() and keys["current"].isdigit():
            return int(keys["size"]), int(keys["current"]), keys.get("prefix") or "index", keys.get("suffix") or "html"
    return None


def create_page_next(scripts: str, page_url: str) -> str | None:
    """The next list page a createPageHTML() call (either form), a Pager({…}) or a countPage/currentPage pair points
    to."""
    for m in _CALL.finditer(scripts):
        total, cur = int(m["total"]), int(m["cur"])
        if m["box"] is not None and cur < 1:
            continue
        # the next page's number in its name: 0-based current + 1, or 1-based current + 1 (page 2 is _2)
        if (cur + 1 if m["box"] is None else cur) >= total:
            return None
        return urljoin(page_url, f"{m['name']}_{cur + 1}.{m['ext']}")
    if (found := _pager(scripts)) is not None:
        total, cur, name, ext = found
        return urljoin(page_url, f"{name}_{cur + 1}.{ext}") if cur + 1 < total else None
    count, cur = _COUNT.search(scripts), _CURRENT.search(scripts)
    if count and cur and int(cur.group(1)) + 1 < int(count.group(1)):
        return urljoin(page_url, f"index_{int(cur.group(1)) + 1}.{_extension(page_url)}")
    return None


def _extension(page_url: str) -> str:
    """The extension a countPage pager's pages share with the page: html, shtml, htm."""
    ext = re.search(r"\.(s?html?)$", page_url.split("?", 1)[0])
    return ext.group(1) if ext else "html"


def create_page_last(scripts: str, page_url: str) -> str | None:
    """The last list page a createPageHTML() call (either form), a Pager({…}) or a countPage/currentPage pair names."""
    m = _CALL.search(scripts)
    if m is None:
        found = _pager(scripts)
        if found is None:  # the older template's pair: its pages index.html … index_<countPage - 1>
            count = _COUNT.search(scripts) if _CURRENT.search(scripts) else None
            found = (int(count.group(1)), 0, "index", _extension(page_url)) if count else None
        if found is None or found[0] <= 1:
            return None
        return urljoin(page_url, f"{found[2]}_{found[0] - 1}.{found[3]}")
    total = int(m["total"])
    if total <= 1:
        return None
    return urljoin(page_url, f"{m['name']}_{total - 1 if m['box'] is None else total}.{m['ext']}")


class TrsList(GenericList):
    name = "trs"

    def matches(self, sel, page: str, links: str) -> bool:
        m = marker("family")["trs"]
        return bool(compiled(*m["page"]).search(page) or (m["links"] and compiled(*m["links"]).search(links)))

    def next_pages(self, sel, url: str, base: str, scripts: str) -> list[str]:
        nxt = create_page_next(scripts, url)
        return [nxt] if nxt else super().next_pages(sel, url, base, scripts)

    def last_page(self, sel, url: str, base: str, scripts: str) -> str | None:
        return create_page_last(scripts, url) or super().last_page(sel, url, base, scripts)
