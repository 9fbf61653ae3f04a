"""图片新闻 a picture player shows from an inline script's arrays (bcastr's Flash player, as old city portals carry it:
picarr[i], linkarr[i], textarr[i]; pixviewer's imgLink1 = escape("…")): the script writes the player alone, so its
slides are in no markup, and their addresses are the homepage's items, each dated by what its address carries, else
by its article (lone_links; pure)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import base_url, iter_doc, resolve
from govcheck.judge.domains import registered_domain

# a slide's link, an array's element or a numbered variable: linkarr[i] = "/art/2018/3/9/…", imgLink1 = escape("…");
# not the player's joined string (links += "|"+linkarr[i])
_SLIDE_LINK = re.compile(r"""\b\w*link\w*\s*(?:\[\s*\w+\s*\]|\d+)\s*=\s*(?:escape\(\s*)?(["'])([^"'\s]+)\1""", re.I)


def site_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return registered_domain(host) or host


def slide_links(sel, url: str) -> list[str]:
    """The addresses of the site's own slides that inline scripts feed a picture player, in their order: another
    site's (a province's campaign page) is none of the homepage's updates."""
    base, own, out = base_url(sel, url), site_of(url), []
    for el in iter_doc(sel, "script"):
        if el.get("src"):
            continue
        for m in _SLIDE_LINK.finditer(el.text or ""):
            target = resolve(base, m.group(2))
            if target and site_of(target) == own and target not in out:
                out.append(target)
    return out
