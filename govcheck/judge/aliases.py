"""One column reached under two addresses, told when the run is finished.

URL rules (cms.list_urls.column_key) fold a column's index page and pager pages onto one address while the crawl
runs; some aliases no rule can tell: VSB's /ksdt.htm beside list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005,
PageAdmin's index.aspx?lanmuid=3 beside …&sublanmuid=12 for its one sub-column, a menu's tracking query (?from=nav),
http beside https, an IIS path in capitals. Two columns of a site are one when their first list pages show the same
articles in the same order (at least SAME_LIST_MIN of them: a column of one or two items may share them with
another), or when their addresses differ only by scheme, case or a tracking query and their first pages show the
same (or both nothing). Each group is judged once, under the address its menus give. The answer depends only on
what was stored, never on the crawl's order or which worker read which page.
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


@dataclass(frozen=True)
class Listed:
    url: str  # the column's identity (column_key)
    links: tuple[str, ...]  # page one's articles in its order
    read: bool = True  # its list was read (an unverified column is not)


def loose_key(url: str) -> str:
    """url without what never tells two pages apart: the scheme, letter case, tracking parameters."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING and not k.lower().startswith("utm_")]
    return f"{parts.netloc.lower()}{parts.path.lower() or '/'}?{urlencode(sorted(query)).lower()}"


def _article(url: str) -> str:
    return loose_key(url)  # the same article linked over http and https, or in other letter case


def same_column(a: Listed, b: Listed) -> bool:
    mine, theirs = [_article(u) for u in a.links], [_article(u) for u in b.links]
    if len(mine) >= SAME_LIST_MIN and mine == theirs:
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

    by_links: dict[tuple, list[Listed]] = {}
    by_key: dict[str, list[Listed]] = {}
    for c in ordered:
        if len(c.links) >= SAME_LIST_MIN:
            by_links.setdefault(tuple(_article(u) for u in c.links), []).append(c)
        by_key.setdefault(loose_key(c.url), []).append(c)
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
