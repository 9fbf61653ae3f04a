"""One column reached under two addresses, told when the run is finished.

URL rules (cms.list_urls.column_key) fold a column's index page and pager pages onto one address while the crawl
runs; some aliases no rule can tell: VSB's /ksdt.htm beside list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005,
PageAdmin's index.aspx?lanmuid=3 beside …&sublanmuid=12 for its one sub-column, a menu's tracking query (?from=nav),
http beside https, an IIS path in capitals. Two columns of a site are one when their first list pages show the same
articles in the same order (at least SAME_LIST_MIN of them: a column of one or two items may share them with
another), or when their addresses differ only by scheme, case, a tracking query or a page size and their first
pages show the same (or both nothing). A list shown in another page size (?pageSize=15 beside ?pageSize=20,
index.html's 15 rows beside list.jsp?…&pagesize=20) is one too: one first page the start of the other's, at an
address naming its size (page_size). So is a column whose address redirects to another's (a menu's /lm/12 answering
302 with list.jsp?classid=12, which a box's 更多 links): one page, whatever its list holds. Each group is judged
once, under the address its menus give. The answer depends only on what was stored, never on the crawl's order or
which worker read which page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from govcheck.cms.list_urls import column_key

SAME_LIST_MIN = 3
# query parameters that say where a visitor came from, never which page: a menu's ?from=nav, analytics' utm_*
TRACKING = frozenset({"from", "spm", "ref", "frm", "_"})
# query parameters that say how many rows a list page shows, never which list: ?pageSize=20, &pagesize=15, ?rows=20
PAGE_SIZE = frozenset({"pagesize", "page_size", "psize", "perpage", "per_page", "rows", "limit", "size"})


@dataclass(frozen=True)
class Listed:
    url: str  # the column's identity (column_key)
    links: tuple[str, ...]  # page one's articles in its order
    read: bool = True  # its list was read (an unverified column is not)
    moved: str = ""  # the identity of the page its address redirected to, when another (column_key)


def loose_key(url: str) -> str:
    """url without what never tells two pages apart: the scheme, letter case, tracking parameters."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING | PAGE_SIZE and not k.lower().startswith("utm_")]
    return f"{parts.netloc.lower()}{parts.path.lower() or '/'}?{urlencode(sorted(query)).lower()}"


def _article(url: str) -> str:
    return loose_key(url)  # the same article linked over http and https, or in other letter case


def page_size(url: str) -> int | None:
    """The rows a page's address asks its list to show (?pageSize=20), or None."""
    for k, v in parse_qsl(urlsplit(url).query):
        if k.lower() in PAGE_SIZE and v.isdigit():
            return int(v)
    return None


def _resized(a: Listed, b: Listed, mine: list[str], theirs: list[str]) -> bool:
    """Whether two first pages are one list in two page sizes: the shorter one the start of the other (three rows or
    more), one of the addresses naming its size: the shorter's full (the list goes on), the longer's not exceeded.
    Without that, a list whose first rows another shows is another list (a section's page of its sub-column's
    newest), and so is one that ends short of the size it names."""
    (short, s_links), (long_, l_links) = sorted(((a, mine), (b, theirs)), key=lambda p: len(p[1]))
    if not SAME_LIST_MIN <= len(s_links) < len(l_links) or l_links[:len(s_links)] != s_links:
        return False
    return page_size(short.url) == len(s_links) or (n := page_size(long_.url)) is not None and len(l_links) <= n


def same_column(a: Listed, b: Listed) -> bool:
    mine, theirs = [_article(u) for u in a.links], [_article(u) for u in b.links]
    if len(mine) >= SAME_LIST_MIN and mine == theirs or _resized(a, b, mine, theirs):
        return True
    return loose_key(a.url) == loose_key(b.url) and mine == theirs and a.read == b.read


def alias_groups(columns: Sequence[Listed], menu: Iterable[str] = (), site_map: Iterable[str] = ()) -> dict[str, str]:
    """Each alias's URL → the URL its group is judged under: the one the homepage's menus give, else the site
    map's, else one that was read, without a query, the shortest, the first in order."""
    menu, site_map = set(menu), set(site_map)
    ordered = sorted(columns, key=lambda c: c.url)
    head = {c.url: c.url for c in ordered}

    def find(u: str) -> str:
        while head[u] != u:
            head[u] = head[head[u]]
            u = head[u]
        return u

    by_links: dict[tuple, list[Listed]] = {}  # by their first rows: one list in two page sizes shares them
    by_key: dict[str, list[Listed]] = {}
    for c in ordered:
        if len(c.links) >= SAME_LIST_MIN:
            by_links.setdefault(tuple(_article(u) for u in c.links[:SAME_LIST_MIN]), []).append(c)
        by_key.setdefault(loose_key(c.url), []).append(c)
    for c in ordered:  # a column its address redirected to, or another redirected to the same page
        if c.read and c.moved and c.moved != c.url:
            if c.moved not in head:
                head[c.moved] = c.moved  # a page no column stands for yet: where both lead
            head[find(c.url)] = find(c.moved)
    for group in [*by_links.values(), *by_key.values()]:
        for i, one in enumerate(group):
            for other in group[i + 1:]:
                if same_column(one, other):
                    head[find(other.url)] = find(one.url)
    groups: dict[str, list[Listed]] = {}
    for c in ordered:
        groups.setdefault(find(c.url), []).append(c)
    out = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(members, key=lambda c: (c.url not in menu, c.url not in site_map, not c.read, "?" in c.url,
                                           len(c.url), c.url))
        out.update({c.url: keep.url for c in members if c is not keep})
    return out


# a later list page numbered in a folder of its list's name: VSB's /ksdt/2.htm beside /ksdt.htm, PHPCMS's /wldt/2.html
# beside /wldt/ (a page number, never an article's id)
_NUMBERED_PAGE = re.compile(r"^(?P<list>.+)/\d{1,4}\.(?P<ext>s?html?)$", re.I)


def pager_strays(columns: Iterable[str], offered: Iterable[str] = ()) -> set[str]:
    """The columns (their keys) that are a later page of another column's list, numbered in a folder of its name,
    and that no menu or site map offers (`offered`): a page the crawl reached before the list's reader claimed it
    (another worker's reader, in a distributed run), judged once as its list's, never as a column of its own."""
    urls, offered = set(columns), set(offered)
    out = set()
    for url in urls - offered:
        parts = urlsplit(url)
        m = None if parts.query else _NUMBERED_PAGE.match(parts.path)
        if m is None:
            continue
        base = f"{parts.scheme}://{parts.netloc}{m['list']}"
        if {column_key(f"{base}.{m['ext']}"), column_key(f"{base}/")} & (urls - {url}):
            out.add(url)
    return out
