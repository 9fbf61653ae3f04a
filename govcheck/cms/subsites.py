"""A town's sub-site in a folder of its county's portal (/xzjd/abz/index.html under 乡镇街道's /xzjd/),
without a 网站标识码 of its own: a homepage of its own (its title or heading naming a 乡, 镇 or 街道's government, its
menu from a 首页 of its own folder). Such a sub-site is part of the county's site, the county publishing its towns'
information in its portal: its columns are the site's, each under the town's name, never first-level whatever their
breadcrumbs say (首页 > 镇务动态, 首页 the town's homepage); its homepage is no column, its blocks its columns'
newest. A sub-site that shows a code of its own is another site (spiders/platform.py)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import base_url, clean, iter_doc, link_title, marker, resolve
from govcheck.cms.text import first_in_doc

# a town's government as a page names itself: 安边镇人民政府, 城关街道办事处, 新兴乡政府, 安边镇人民政府门户网站,
# or the town alone beside its county's name (安边镇_梅山县人民政府)
_TOWN = re.compile(r"(.{1,8}?(?:街道|[乡镇]))(?:人民政府|政府|办事处)?(?:门户网站|网站)?")
_NO_TOWN = frozenset({"乡镇", "城镇", "村镇", "集镇", "小城镇", "特色小镇", "新型城镇", "美丽乡镇"})
_SEPARATORS = re.compile(r"\s*[_|｜\-–—]\s*")
_OWN_HOME = re.compile(r"^(?:(?:index|default)\.\w+)?$", re.I)


def _town(names) -> str | None:
    for name in names:
        for part in _SEPARATORS.split(clean(name)):
            if (m := _TOWN.fullmatch(part)) and m.group(1) not in _NO_TOWN:
                return m.group(1)
    return None


def town_home(sel, page_url: str) -> str | None:
    """The town's name (安边镇) when the page, in a folder of its site (not its root), is a town's sub-site's
    homepage: its title or heading names the town's government and a 首页 link of it leads to its own folder."""
    folder = urlsplit(page_url).path.rsplit("/", 1)[0] + "/"
    if folder == "/":
        return None
    town = _town([first_in_doc(sel, "//title/text()") or "", *(clean(h.text_content()) for h in iter_doc(sel, "h1"))])
    if town is None:
        return None
    base, host, home = base_url(sel, page_url), urlsplit(page_url).netloc.lower(), frozenset(marker("home_texts"))
    for a in iter_doc(sel, "a"):
        url = resolve(base, a.get("href")) if link_title(a) in home else None
        parts = urlsplit(url) if url else None
        if parts is not None and parts.netloc.lower() == host and parts.path.startswith(folder) \
                and _OWN_HOME.match(parts.path[len(folder):]):
            return town
    return None


def in_folder(url: str, page_url: str) -> bool:
    """Whether `url` lies under the folder of `page_url` (a sub-site's own pages, not its county's)."""
    here, there = urlsplit(page_url), urlsplit(url)
    return there.netloc.lower() == here.netloc.lower() and there.path.startswith(here.path.rsplit("/", 1)[0] + "/")


def town_places(town: str, links: list[tuple]) -> dict[str, str]:
    """target -> place of each column a town's homepage leads to, `links` its (column link, target) pairs: under the
    town, or under a heading of its own menu, kept beneath the town (安边镇 › 政务公开), by whichever of its links
    (its menu's, a block's 更多) shows that heading."""
    places = {target: town for _, target in links}
    for link, target in links:
        if link.parent and link.parent != town and places[target] == town:
            places[target] = f"{town} › {link.parent}"
    return places
