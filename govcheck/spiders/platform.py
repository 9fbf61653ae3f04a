"""Sites on an intensive platform (集约化平台): one host serves a city's portal and its departments' or counties'
sites, each a subsite in a folder of its own (/site/fgw/, /jyj/) or among the platform's own folders (Hanweb's
/col/col1001/ beside the city's /col/col10/, every site's articles under /art/), under the platform's header and its
menu of the city's columns. An address cannot tell such a host's pages apart; the 网站标识码 each page shows can: every
site of a platform has its own. A page that shows another code than its site's homepage is not the site's: another
audited site's of its government (read as that site's), else the platform's or an unlisted hosted site's (checked as
a link, never read as the site's column). That holds for a city portal too, listed without the departments' sites
its platform hosts. A subsite follows its menu's links to other folders of its host (its columns among the
platform's), and its homepage is dated by its own blocks (cms.homepage_dates, `folder`); where no folder tells them
(a Hanweb department's, every site's articles under /art/), a block that alone keeps it fresh is its own only when
its article says so by the code it shows (cms.platform_blocks).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import home_blocks, homepage_dates
from govcheck.cms.article import valid_site_code
from govcheck.cms.base import squeeze
from govcheck.cms.containers import stray_dates
from govcheck.cms.identity import shown_site_code, shown_units
from govcheck.cms.platform_blocks import owner_unknown
from govcheck.cms.row_dates import ages_across, ages_settled
from govcheck.cms.served import page_incomplete
from govcheck.cms.text_rows import UNREAD_ROWS, dated_lines
from govcheck.judge.columns import is_stale
from govcheck.judge.domains import host_of, same_government
from govcheck.judge.urls import host_and_path, may_lend
from govcheck.spiders.base import page_selector


class _Spider(Protocol):
    sites: list
    by_host: dict
    home_codes: Any  # site_id -> the code its homepage shows, once read (a dict, or the run's shared codes)
    as_of: date
    profile: Any  # the rule profile: how long a homepage may go without news

    def safely(self, read, sel, url: str, default, **kwargs) -> Any: ...
    def moved(self, response) -> Any: ...
    def home_endpoint_item(self, meta: dict, status: int | None, dates: list, unread: bool) -> Any: ...
    def home_endpoint_failed(self, failure) -> Any: ...


def page_owner(shown: str | None, own: str | None, others: dict[str, Any], default: Any) -> Any:
    """The site a page belongs to by the code it shows: `default` (the site it was read for) when it shows none or
    the site's own `own`, else the site of `others` (code -> site) showing it, else None (the platform's page)
    unless the site's own code is unknown: nothing to tell its pages by."""
    if shown is None or shown == own:
        return default
    if shown in others:
        return others[shown]
    return default if own is None else None


def own_by_sponsor(sponsor: str | None, undertaker: str | None, own: str) -> bool:
    """Whether a page showing another code than its site's and no listed site's is still the site's own: its footer
    names the site's sponsor `own`, and no other unit as the one that runs it (承办). So an office's old pages read,
    whose templates keep a former code after a reorganisation (机构改革: an office merged into the site's). A page of
    the platform, or of a site it hosts, names its own sponsor; one naming the city's as 主办 and a department as 承办
    is the department's. ICP and 公网安备 numbers tell nothing: a platform's sites share its filings."""
    mine = squeeze(own)
    return bool(mine) and squeeze(sponsor) == mine and (undertaker is None or squeeze(undertaker) == mine)


# a unit as a shared platform's index names it: 梅山县司法局, 县发改委, 县政府办公室, 安边镇人民政府, 城关街道
_UNIT = re.compile(r"(?:人民政府|政府|局|委员会|委|办公室|政府办|中心|[镇乡]|街道|办事处|管委会)$")


def other_units(links: list[tuple[str, str]], own: tuple[str | None, ...]) -> frozenset[str]:
    """The folders (/sfj/) that the (name, URL) links of a page at a platform's root lead to under a unit's name
    other than the site's (`own`: its name, its sponsor's), when it names at least two: a platform hosting several
    units' 信息公开 (xxgk.city.gov.cn/ with /qx/, /sfj/, …), whose other units' columns are not the site's."""
    mine = [squeeze(o) for o in own if o]
    folders = set()
    for name, target in links:
        text, folder = squeeze(name), urlsplit(target).path.rsplit("/", 1)[0] + "/"
        if folder != "/" and _UNIT.search(text) and not any(text in m or m in text for m in mine):
            folders.add(folder)
    return frozenset(folders) if len(folders) >= 2 else frozenset()


class PlatformMixin:
    """Tells a site's pages from its platform's, or from another site's it hosts, by the 网站标识码 they show."""

    def subsite(self: _Spider, site) -> bool:
        """Whether a site is listed at a folder of its host (/col/col1001/index.html), or shares its host with another
        audited site: its host's pages are not all its own."""
        folder = urlsplit(site.url).path.rsplit("/", 1)[0]
        return bool(folder) or len(self.by_host.get(site.host.lower(), ())) > 1

    @staticmethod
    def home_folder(site) -> str:
        """The host and folder a site is listed at (www.city.gov.cn/site/sjj/), "" at its host's root: its homepage's
        blocks of the platform's pages, all outside it, are not its own."""
        host, path = host_and_path(site.url)
        folder = path.rsplit("/", 1)[0] + "/"
        return f"{host}{folder}" if folder != "/" else ""

    def platform_sibling(self, site, target: str) -> bool:
        """A subsite's link to another page of its host: the subsite's own when that page shows its code, as a
        Hanweb platform's department's columns sit beside the city's (/col/col1002/ beside /col/col1001/)."""
        return self.subsite(site) and host_of(target) == site.host.lower()

    def borrowed(self, site, url: str, source: str = "") -> bool:
        """Whether `url` is on another host that may lend the site pages (judge.urls.may_lend: of its registered
        domain, or another government's) and that no audited site has: a platform serving its 信息公开 columns
        (xxgk.city.gov.cn/qx/, www.city.gov.cn/zfxxgk/qx/), where its menu links them.
        Linked from such a page (`source`), only under that page's folder: the hub's own columns, not the platform's
        other pages."""
        host = host_of(url)
        if not host or host == site.host.lower() or self.site_for(url) is not None or (
                not may_lend(site.host.lower(), host)):
            return False
        if source and host_of(source) != site.host.lower() and self.site_for(source) is not site:
            here, there = host_and_path(source), host_and_path(url)
            return here[0] == there[0] and there[1].startswith(here[1].rsplit("/", 1)[0] + "/")
        return True

    def own_units(self, site, links: list[tuple], url: str) -> list[tuple]:
        """`links` (column link, URL, parent) read on `url`, but those into another unit's folder when `url` is a page
        at the root folder of a borrowed platform naming other units (other_units): its links cover the whole host,
        every unit's 信息公开, and only what leads elsewhere than the other units' folders is lent to the site."""
        if urlsplit(url).path.rsplit("/", 1)[0] != "" or not self.borrowed(site, url):
            return links
        others = tuple(other_units([(link.name, target) for link, target, _ in links], (site.name, site.sponsor)))
        if not others:
            return links
        return [t for t in links if host_of(t[1]) != host_of(url) or not urlsplit(t[1]).path.startswith(others)]

    def borrow(self, request, site):
        """A column's request, marked when it asks a page of a platform on another host: read as the site's only
        when it shows the site's code, its host never taken for the site's."""
        if self.borrowed(site, request.url):
            request.meta["borrowed"] = True
        return request

    def page_site(self, site, sel, meta: dict, url: str = "") -> Any:
        """The audited site a page (at `url`) belongs to (see site_by_code), or None, counted: a page of the
        platform."""
        owner = self.site_by_code(site, sel, meta, url)
        if owner is None:
            self.crawler.stats.inc_value("govcheck/platform_pages")
        return owner

    def site_by_code(self, site, sel, meta: dict, url: str = "") -> Any:
        """The audited site a page read as `site`'s belongs to (its homepage: `site`, whose code it notes), its meta
        then that site's, or None when it shows another code than the site's homepage and no listed site's: a page
        of the platform, or of a site it hosts that no list names, unless its footer names the site's sponsor
        (own_by_sponsor: noted in its meta's `old_code`). A site whose homepage shows no code keeps every
        page that shows no listed site's code: there is nothing to tell them by. A page of a platform on another
        host (borrowed) is the site's when it shows the site's code, or none at all where the site's navigation leads
        to it as a column (its menu's 信息公开 on a platform of its registered domain that shows no code, gkmlpt's,
        and that hub's columns under its folder: a government's 信息公开 columns are its site's; another government's
        page showing none is that government's, may_lend); one showing another code never is."""
        if meta.get("home_frame"):
            return site
        codes = self.home_codes
        if meta.get("home"):
            codes[site.site_id] = shown_site_code(sel)
            return site
        shown = shown_site_code(sel)
        home = codes.get(site.site_id)
        if shown is None or shown in (home, valid_site_code(site.site_code)):
            if shown is not None or not meta.get("borrowed"):
                return site
            lent = meta.get("column") is not None and may_lend(site.host.lower(), host_of(url), unmarked=True)
            return site if lent else None
        if meta.get("borrowed"):  # a platform's page, the site's only by its code
            return None
        host = site.host.lower()
        others = {code: other for other in self.sites if other is not site and (
                  other.host.lower() == host or same_government(host, other.host))
                  for code in (valid_site_code(other.site_code), codes.get(other.site_id)) if code}
        owner = page_owner(shown, home, others, site)
        if owner is None and own_by_sponsor(*shown_units(sel), site.sponsor):  # its own page, a former code on it
            meta["old_code"] = shown
            return site
        if owner is not None and owner is not site:  # read as its own site's page, its request's hint not its
            meta["site_id"] = owner.site_id
            meta.pop("column", None)
        return owner

    def home_dates(self: _Spider, site, listing, sel, url: str, home: bool) -> tuple[list, list]:
        """(the item dates the homepage, or a frame of it, shows as the site's; the groups of its blocks whose owner
        only their articles tell, left out until the article asked says they are the site's): blocks that alone keep
        a homepage listed at a folder fresh, where no folder tells them from the platform's (cms.platform_blocks)."""
        folder = PlatformMixin.home_folder(site) if home else ""
        days = self.profile.homepage.stale_after_days
        listing = ages_settled(listing, self.as_of, days)  # a row's age across the homepage's limit (2周前): undated
        shown = homepage_dates(listing, sel, url, self.as_of, folder)

        def stale(dates: list) -> bool:
            return is_stale(max((d for d in dates if d and d <= self.as_of), default=None), days, self.as_of)

        if not folder or days is None or stale(shown) or shown_site_code(sel) is None:
            return shown, []  # stale whoever's they are, or nothing to tell them by
        blocks = home_blocks(listing, sel, url, self.as_of)
        asked = owner_unknown(blocks, folder, self.as_of - timedelta(days=days))
        base = homepage_dates(listing, sel, url, self.as_of, folder, frozenset(u for g in asked for u in g.urls))
        return (base, asked) if asked and stale(base) else (shown, [])

    def home_unknown(self: _Spider, sel, response, newest: date | None, listing=None) -> bool:
        """Whether a homepage (or a frame of it) whose dates read stale, or none, may show newer ones govcheck could
        not read: cut mid-page, left to an include its server never ran, showing dated rows it cannot follow (lines
        of text, cells outside any row of links), or a row dated by an age alone that may be fresh or not (2周前: 11
        to 20 days ago). Its freshness is then a person's to check, never stale."""
        days = self.profile.homepage.stale_after_days
        if days is None or newest is not None and not is_stale(newest, days, self.as_of):
            return False
        url = response.url
        return page_incomplete(response.text) or self.safely(dated_lines, sel, url, 0) >= UNREAD_ROWS \
            or self.safely(stray_dates, sel, url, 0) >= UNREAD_ROWS \
            or listing is not None and ages_across(listing, self.as_of, days)

    def ask_owners(self, asked: list, sel, url: str, site, depth: int):
        """The requests for the article of each group of blocks whose owner it tells (home_dates)."""
        codes = [c for c in (shown_site_code(sel), valid_site_code(site.site_code)) if c]
        for group in asked:
            meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{group.lead}#home-owner",
                    "home_url": url, "owner_codes": codes, "block_dates": [d.isoformat() for d in group.dates]}
            yield scrapy.Request(group.lead, callback=self.parse_home_owner, errback=self.home_endpoint_failed,
                                 dont_filter=True, meta=meta)

    def parse_home_owner(self: _Spider, response):
        """A block's article: the block's dates are the homepage's when it shows the site's code (or none: nothing
        to tell it by), none when it shows another's (the platform's box); unknown when it could not be read."""
        if (again := self.moved(response)) is not None:
            yield again
            return
        meta = response.meta
        read = response.status < 300 and isinstance(response, TextResponse)
        shown = self.safely(lambda s, _u: shown_site_code(s), page_selector(response), response.url, None) \
            if read else None
        own = read and (shown is None or shown in meta["owner_codes"])
        dates = [d for d in map(date.fromisoformat, meta["block_dates"]) if d <= self.as_of] if own else []
        yield self.home_endpoint_item(meta, response.status, dates, not read)
