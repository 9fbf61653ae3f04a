"""A town's sub-site in a folder of its county's portal (/xzjd/abz/index.html under 乡镇街道's /xzjd/),
without a 网站标识码 of its own: a homepage of its own (its title or heading naming a 乡, 镇 or 街道's government, its
menu from a 首页 of its own folder). Such a sub-site is part of the county's site, the county publishing its towns'
information in its portal: its columns are the site's, each under the town's name, never first-level whatever their
breadcrumbs say (首页 > 镇务动态, 首页 the town's homepage); its homepage is no column, its blocks its columns'
newest. A sub-site that shows a code of its own is another site (spiders/platform.py).
A 专题's sub-site (a folder with a homepage of its own under a 专题 index: /zt/shce/index.html under 专题专栏) is
placed so too, under the index and the 专题 (专题专栏 › 扫黑除恶专项斗争), its columns untimed (cms/archives.py).
A column page whose breadcrumb's 首页 leads to a sub-site's homepage is that sub-site's, whether its homepage was
read."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from govcheck.cms.archives import topic_hub
from govcheck.cms.base import base_url, clean, iter_doc, link_title, marker, resolve
from govcheck.cms.names import breadcrumb_home, breadcrumb_parts, breadcrumb_place, title_name
from govcheck.cms.text import first_in_doc

# a town's government as a page names itself: 安边镇人民政府, 城关街道办事处, 新兴乡政府, 安边镇人民政府门户网站,
# or the town alone beside its county's name (安边镇_梅山县人民政府)
_TOWN = re.compile(r"(.{1,8}?(?:街道|[乡镇]))(?:人民政府|政府|办事处)?(?:门户网站|网站)?")
_NO_TOWN = frozenset({"乡镇", "城镇", "村镇", "集镇", "小城镇", "特色小镇", "新型城镇", "美丽乡镇"})
_SEPARATORS = re.compile(r"\s*[_|｜\-–—]\s*")
_OWN_HOME = re.compile(r"^(?:(?:index|default)\.\w+)?$", re.I)
_NAME = 20  # a sub-site's name, as a link gives it


def _town(names) -> str | None:
    for name in names:
        for part in _SEPARATORS.split(clean(name)):
            if (m := _TOWN.fullmatch(part)) and m.group(1) not in _NO_TOWN:
                return m.group(1)
    return None


def town_home(sel, page_url: str) -> str | None:
    """The town's name (安边镇) when the page, in a folder of its site (not its root), is a town's sub-site's
    homepage: its title or heading names the town's government and a 首页 link of it leads to its own folder."""
    town = _town([first_in_doc(sel, "//title/text()") or "", *(clean(h.text_content()) for h in iter_doc(sel, "h1"))])
    return town if town is not None and own_home(sel, page_url) else None


def own_home(sel, page_url: str) -> bool:
    """Whether the page, in a folder of its site (not its root), is a homepage of its own: a 首页 link of it leads to
    its own folder (its index)."""
    folder = urlsplit(page_url).path.rsplit("/", 1)[0] + "/"
    if folder == "/":
        return False
    base, host, home = base_url(sel, page_url), urlsplit(page_url).netloc.lower(), frozenset(marker("home_texts"))
    for a in iter_doc(sel, "a"):
        url = resolve(base, a.get("href")) if link_title(a) in home else None
        parts = urlsplit(url) if url else None
        if parts is not None and parts.netloc.lower() == host and parts.path.startswith(folder) \
                and _OWN_HOME.match(parts.path[len(folder):]):
            return True
    return False


def topic_home(sel, page_url: str, *, name: str | None = None, parent: str | None = None) -> str | None:
    """The place of a 专题's sub-site (专题专栏 › 扫黑除恶专项斗争) when the page is its homepage: a homepage of its
    own folder reached under a 专题 index (`parent`, the hub that led to it, else its breadcrumb's parent), named by
    the link that led to it (`name`), else its heading, else its title."""
    hub = parent if topic_hub(parent) else None
    if hub is None:
        hub = next((p for p in (breadcrumb_place(sel, page_url) or ()) if topic_hub(p)), None)
    if hub is None or not own_home(sel, page_url):
        return None
    topic = clean(name or "") or next((t for h in iter_doc(sel, "h1") if (t := clean(h.text_content()))), None) \
        or title_name(sel)
    return f"{hub} › {topic}" if topic else None


def topic_crumb(sel, page_url: str | None = None, *, name: str) -> str | None:
    """The place of a column its breadcrumb runs to through a 专题 index and a 专题 (首页 > 专题专栏 > 河长制 >
    河长动态, 首页 the site's): 专题专栏 › 河长制, a 专题 sub-site's, its homepage read or not; None when the index is
    the column's parent itself (首页 > 专题专栏 > 耕地保护动态: a 专题 the index lists as a list of its own)."""
    parts, name, home = breadcrumb_parts(sel), clean(name), frozenset(marker("home_texts"))
    if name not in parts:
        return None
    trail = [p for p in parts[:parts.index(name)] if p not in home]
    hub = next((i for i, p in enumerate(trail[:-1]) if topic_hub(p)), None)
    return " › ".join(trail[hub:]) if hub is not None else None


def crumb_sub_home(sel, page_url: str, site_url: str) -> str | None:
    """The homepage of the sub-site a column's page belongs to, by its breadcrumb: its 首页 link leading to a
    folder's index on the site's host, under the site homepage's folder and over the page (a town's
    /xzjd/xcz/index.html for /xzjd/xcz/zfwj/), never the site's homepage. A sub-site's 首页 is its own homepage:
    the page sits under it however it was reached, read or not."""
    home = breadcrumb_home(sel, page_url)
    if not home:
        return None
    there, page, site = urlsplit(home), urlsplit(page_url), urlsplit(site_url)
    folder, site_folder = there.path.rsplit("/", 1)[0] + "/", site.path.rsplit("/", 1)[0] + "/"
    if there.netloc.lower() != site.netloc.lower() or page.netloc.lower() != site.netloc.lower() or there.query \
            or folder == site_folder or not folder.startswith(site_folder) or not page.path.startswith(folder) \
            or not _OWN_HOME.match(there.path[len(folder):]):
        return None
    return home


def sub_site_name(texts) -> str | None:
    """A sub-site's name from the texts of the site's links to its homepage (the towns' grid's 新城镇, a tag's
    [新城镇]): the one most of them give, brackets and 首页 aside."""
    skip = frozenset(marker("home_texts")) | frozenset(marker("more_texts"))
    names = [n for t in texts if (n := clean(t).strip("[]【】［］〔〕()（） ")) and n not in skip
             and len(n) <= _NAME]
    return Counter(names).most_common(1)[0][0] if names else None  # a tie: the one given first


def page_title(title: str | None) -> str | None:
    """A page's name by its stored <title>'s first part (专题专栏 - 示范市自然资源和规划局 gives 专题专栏)."""
    parts = [p.strip() for p in re.split(marker("title_separators"), clean(title or "")) if p.strip()]
    return parts[0] if parts else None


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
