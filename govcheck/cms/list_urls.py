"""A column's one identity, whatever URL reaches it.

A column's list is reached by its directory and by its index page (/xwzx/gzdt/ and /xwzx/gzdt/index.html),
and runs over later pages named after the first (index_1.html, list_2.html, ?page=2, ?uid=…&pageNum=3,
list.jsp?classid=5&page=2, WordPress's /category/gzdt/page/2/ and ?cat=3&paged=2). ``column_key`` folds all of
them onto one URL; ``is_later_page`` tells a later list page, which only feeds its column and is never judged as a
column of its own.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import parse_qsl, quote, unquote_plus, urlencode, urlsplit, urlunsplit

from govcheck.cms.base import marker


@cache
def _rules() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str], frozenset[str], re.Pattern]:
    m = marker("list_urls")
    return (re.compile(m["index_pages"], re.I), re.compile(m["later_page"], re.I),
            re.compile(f"(?:{m['later_folder']})$", re.I), frozenset(m["page_params"]),
            frozenset(m["page_companions"]), re.compile(m["numbered_first"], re.I))


@lru_cache(maxsize=65536)
def _split(url: str) -> tuple[str, bool]:
    """(the first page's URL in canonical form, whether url is a later page)."""
    index, later_page, later_folder, params, companions, numbered_first = _rules()
    parts = urlsplit(url)
    folder = later_folder.search(parts.path)  # /category/gzdt/page/2/: the folder's first page
    head, _, last = (parts.path[:folder.start()] + "/" if folder else parts.path).rpartition("/")
    if not last and index.fullmatch(head.rpartition("/")[2]):  # /index.php/: the script, no path after it
        head = head.rpartition("/")[0]
    later = bool(folder) and folder["n"] != "1"
    m = later_page.fullmatch(last)
    dede = numbered_first.fullmatch(last)
    if dede:  # list_5_3.html: a page of the list whose first page is list_5_1.html, not of list.html
        later = later or dede["n"] != "1"
        last = f"list_{dede['id']}_1.html"
    elif m:
        later = True
        last = f"{m['stem']}.{m['ext']}"
    if index.fullmatch(last):
        last = ""
    query = parse_qsl(parts.query, keep_blank_values=True)
    numbered = [(k, v) for k, v in query if k.lower() in params]
    if numbered:
        later = later or any(v.strip() not in ("", "0", "1") for _, v in numbered)
        query = [(k, v) for k, v in query if k.lower() not in params and k.lower() not in companions]
    bare = {unquote_plus(p) for p in parts.query.split("&") if p and "=" not in p}
    pairs = sorted(query)
    # a bare part keeps its form (PbootCMS's /?news/): list_12%2F= is no address the site would answer
    text = "&".join(quote(k, safe="/") if not v and k in bare else urlencode([(k, v)]) for k, v in pairs)
    path = f"{head}/{last}" if head or last else "/"
    return urlunsplit((parts.scheme, parts.netloc, path, text, "")), later


def column_key(url: str) -> str:
    """The URL every page of a column folds onto: its first list page, an index page as its directory, the query
    sorted and without page numbers."""
    return _split(url)[0]


def is_later_page(url: str) -> bool:
    """Whether url is the second or a later page of a list (index_1.html, ?page=2, …), not a column's own URL."""
    return _split(url)[1]
