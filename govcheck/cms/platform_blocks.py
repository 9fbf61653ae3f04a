"""A platform subsite's homepage blocks whose owner no address tells. A Hanweb platform keeps every site's articles
under one /art/YYYY/M/D/art_<column id>_<id>.html, so a department's homepage showing the city's 要闻 box beside its
own blocks cannot be told from them by folder; only an article tells, by the 网站标识码 it shows. Blocks are asked
in groups by their articles' column ids (art_13_… beside art_2002_…): one article speaks for every block of its
columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from govcheck.judge.urls import host_and_path

ART_COLUMN = re.compile(r"/art_(\d+)_\d+\.s?html?$")
ASKED_GROUPS = 3  # blocks of unknown owner whose article is asked; more are counted as the site's


@dataclass
class OwnerUnknown:
    """Blocks of one set of column ids: the article asked (their newest item's), the items' addresses and dates."""

    lead: str
    urls: set[str] = field(default_factory=set)
    dates: list[date] = field(default_factory=list)


def column_ids(items) -> frozenset[str]:
    """The Hanweb column ids of a block's article addresses (art_<column id>_<id>.html)."""
    return frozenset(m.group(1) for i in items if (m := ART_COLUMN.search(host_and_path(i.url)[1])))


def owner_unknown(blocks, folder: str, since: date) -> list[OwnerUnknown]:
    """The blocks of a homepage listed at a folder of its platform's host (`folder`: host and path) that may be the
    platform's and alone could keep it fresh (a dated item on or after `since`), when none of its blocks lists a page
    in that folder (the folder tells them apart otherwise), grouped by their articles' column ids, newest first."""
    def inside(u: str) -> bool:
        host, path = host_and_path(u)
        return f"{host}{path}".startswith(folder)

    if not folder or any(inside(i.url) for b in blocks for i in b.items):
        return []
    host = folder.split("/", 1)[0]
    own = [b for b in blocks if any(host_and_path(i.url)[0] == host for i in b.items)]  # not another site's news
    groups: dict = {}
    for n, b in enumerate(own):
        dated = [i for i in b.items if i.date]
        if not dated or max(i.date for i in dated) < since:
            continue
        ids = column_ids(b.items)
        newest = max(dated, key=lambda i: i.date)
        group = groups.setdefault(ids or n, OwnerUnknown(newest.url))
        if newest.date > max(group.dates, default=date.min):
            group.lead = newest.url
        group.urls |= {i.url for i in b.items}
        group.dates += [i.date for i in dated]
    return sorted(groups.values(), key=lambda g: max(g.dates), reverse=True)[:ASKED_GROUPS]
