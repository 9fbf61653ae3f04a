"""A column's list split by year under tabs (2026年 | 2025年 | 2024年), each tab a page of its own: a template may
show an older year's by default, so the newest year's tab is where the column's last update is."""

from __future__ import annotations

import re

from govcheck.cms.base import base_url, flat, host_of, iter_doc, resolve

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?度?")


def year_tabs(sel, url: str) -> dict[int, str]:
    """Year -> address of the page's year tabs: two links or more on the page's host, each reading a year alone and
    naming it in its address (?year=2026, /2026/), none the page itself; {} when there are none."""
    base, tabs = base_url(sel, url), {}
    for a in iter_doc(sel, "a"):
        m = _YEAR.fullmatch(flat("".join(a.itertext())))
        target = m and resolve(base, a.get("href"))
        if target and target != url and host_of(target) == host_of(url) and target.count(m[1]) > url.count(m[1]):
            tabs.setdefault(int(m.group(1)), target)
    return tabs if len(tabs) >= 2 and len(set(tabs.values())) == len(tabs) else {}
