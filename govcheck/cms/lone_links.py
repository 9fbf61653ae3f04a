"""The site's articles a homepage shows outside its lists, each dated by what its address carries (t20180320_5,
/art/2018/3/20/): a 头条 alone in a cell (no heading, no box named for a headline), a marquee's one or two notices, a
banner's article, the slides a picture player's script feeds from arrays (flash_slides). An address's day is the
article's: the homepage showed it that day or later, so it is an update of the homepage however few such links it
holds (pure)."""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import base_url, iter_doc, resolve
from govcheck.cms.flash_slides import site_of, slide_links
from govcheck.cms.listing import looks_like_article
from govcheck.judge.dates import date_from_url
from govcheck.judge.urls import host_and_path

_UNSHOWN = frozenset({"noscript", "template"})


def address_dates(sel, url: str, skip: set[str], folder: str = "") -> list[date]:
    """The dates the addresses of the site's articles linked outside the homepage's lists carry: not those its lists
    date by their rows, nor another's (`skip`: the rows of its blocks, the blocks of another site or of the
    platform's); on a platform's subsite (`folder`: its host and folder), only those in its folder."""
    base, own = base_url(sel, url), site_of(url)
    # not a <noscript> copy of rows a script fills (a browser that runs it shows what the script brings, not those)
    linked = [resolve(base, a.get("href")) for a in iter_doc(sel, "a")
              if not any(up.tag in _UNSHOWN for up in a.iterancestors())]
    out = []
    for target in dict.fromkeys([*linked, *slide_links(sel, url)]):
        if not target or target in skip or site_of(target) != own:
            continue
        if folder and not "".join(host_and_path(target)).startswith(folder):
            continue
        if (day := date_from_url(target)) is not None:
            out.append(day)
    return out


def undated_slides(sel, url: str) -> list[str]:
    """The slides at an article's address that carries no date: only the article tells when it was put up."""
    return [u for u in slide_links(sel, url) if date_from_url(u) is None and looks_like_article(u)]
