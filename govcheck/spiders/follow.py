"""Where a page leads the portal spider: the column links of its menus, sub-columns and site map, followed as
columns; every other link recorded as an occurrence and requested, as a page of its site or as a check, once."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from govcheck.cms.list_urls import column_key
from govcheck.cms.navigation import find_column_links, find_sitemap_columns, gkml_columns
from govcheck.cms.subsites import in_folder, town_places
from govcheck.cms.text import first_in_doc
from govcheck.items import CheckItem, LinkOccurrence, PageLinksItem
from govcheck.judge.urls import link_kind, url_pattern
from govcheck.middlewares import unusable_href
from govcheck.sites import Site
from govcheck.spiders.base import page_selector

SITEMAP_NAMES = ("网站地图", "站点地图")


@runtime_checkable
class FollowHost(Protocol):
    """What FollowMixin needs of its spider."""

    requested: Any  # the URLs asked for (a set, or the run's shared one)
    malformed: set  # malformed links reported
    column_depth: int  # how deep sub-columns are followed
    check_external: bool
    skip_hosts: frozenset
    site_hosts: frozenset

    def safely(self, read, sel, url: str, default, **kwargs) -> Any: ...
    def site_for(self, url: str) -> Any: ...
    def on_site(self, found: list, url: str, site, parent: str | None) -> list[tuple]: ...
    def page_request(self, url: str, site, depth: int, home: bool = False, column=None, priority: int = 0) -> Any: ...
    def check_request(self, url: str, kind: str, site, source: str) -> Any: ...
    def borrow(self, request, site) -> Any: ...
    def column_claimed(self, key: str) -> bool: ...
    def may_parse(self, url: str, site, depth: int) -> bool: ...
    def trapped(self, shape: str) -> bool: ...
    def count_trap(self, site, shape: str, led_to: tuple[int, int, int], echo: bool) -> None: ...


class FollowMixin:
    """For PortalSpider (a FollowHost)."""


    def column_links(self, sel, url, site, home, column, site_map: bool = False) -> list[tuple]:
        """(column link, its URL, its parent's name) of the columns on this site a page leads to: the homepage's
        menus, a column's sub-columns, a site map's entries (a page its title names so, or one a 网站地图 link led to,
        `site_map`: a template's fixed title names the site alone)."""
        level = column["level"] if column else 0
        if home:
            found, parent = self.safely(find_column_links, sel, url, []), None
        elif column is not None and level < self.column_depth:  # its sub-columns too, wherever it links them
            found, parent = self.safely(find_column_links, sel, url, [], sub_columns=True), column["name"]
        elif column is not None:  # a gkmlpt directory's 分类 tree, however deep its page: the site's 信息公开 columns
            found, parent = self.safely(gkml_columns, sel, url, []), column["name"]
        elif column is None and (site_map or any(n in (first_in_doc(sel, "//title/text()") or "")
                                                 for n in SITEMAP_NAMES)):
            found, parent = self.safely(find_sitemap_columns, sel, url, []), None
        else:
            return []
        return self.on_site(found, url, site, parent)

    def town_columns(self, sel, url, site, town: str) -> list[tuple]:
        """The columns a town's sub-site's homepage leads to under its own folder (its menu, its blocks' 更多), each
        under the town's name, or its menu's heading beneath it (cms/subsites.py)."""
        found = [c for c in self.safely(find_column_links, sel, url, []) if c.source != "sitemap"]
        links = [(link, target) for link, target, _ in self.on_site(found, url, site, town) if in_folder(target, url)]
        places = town_places(town, links)
        return [(link, target, places[target]) for link, target in links]

    @staticmethod
    def menu(links) -> list:
        """[URL, parent] of the columns the homepage (or the site map) leads to. A column's place is settled from
        these when the run is finished: which page's link to it was followed first depends on the crawl's order."""
        out = {}
        for link, target, parent in links:
            if link.source != "sitemap":
                out.setdefault(target, parent)
        return [[target, parent] for target, parent in out.items()]

    def follow_columns(self, links, site, depth, column, town: bool = False):
        """Requests for the columns `links` lead to; a town's sub-site's (`town`) keep its place whatever their
        breadcrumbs say (首页 > 镇务动态: the sub-site's homepage, not the site's)."""
        level = column["level"] if column else 0
        for link, target, parent in links:
            if link.source == "sitemap":
                if target not in self.requested:
                    self.requested.add(target)
                    request = self.page_request(target, site, depth + 1, priority=50)
                    request.meta["site_map"] = True  # read as the site map whatever its title says
                    yield self.borrow(request, site)
                continue
            if target in self.requested or self.column_claimed(column_key(target)):
                continue  # requested already, or its column is being read through another of its URLs
            if link_kind(target, "a") != "page" or not self.may_parse(target, site, depth + 1):
                continue
            self.requested.add(target)
            hint = {"name": link.name, "parent": parent, "top_level": parent is None, "source": link.source,
                    "level": level + 1, **({"sub_site": True} if town else {})}
            yield self.borrow(self.page_request(target, site, depth + 1, column=hint, priority=50), site)

    def follow_links(self, entries, listing, response, site: Site, depth: int, home: bool, echo: bool = False):
        source = response.meta["check_url"]
        shape = url_pattern(source)
        own = trapped = fresh = 0  # new URLs this page led to: of its own shape, of proven traps', of any other
        anchors = None
        seen_here: set[tuple] = set()
        found = PageLinksItem(site_id=site.site_id, source_url=source, listed=listing.items)
        links = found.links
        for el, href, text, scheme, target in entries:
            if scheme == "anchor":
                name = href[1:]
                if name and name != "top":
                    if anchors is None:
                        anchors = set(page_selector(response).root.xpath("//@id | //a/@name"))
                    if name not in anchors:
                        target = f"{source}#{name}"
                        links.append(self.occurrence(site, source, target, text, el.tag, home, False))
                        if (target, el.tag) not in seen_here:
                            seen_here.add((target, el.tag))
                            yield CheckItem(url=target, site_id=site.site_id, source_url=source,
                                            failure="missing_anchor", site_hosts=self.site_hosts,
                                            checked_at=datetime.now())
                continue
            if target is not None and unusable_href(href, target):
                target = None  # a file share, control characters, an absurd length: malformed, not requested
            if target is None:
                target = href[:2000] or "(empty)"
                links.append(self.occurrence(site, source, target, text, el.tag, home, True))
                if target not in self.malformed:
                    self.malformed.add(target)
                    yield CheckItem(url=target, site_id=site.site_id, source_url=source, failure="malformed",
                                    site_hosts=self.site_hosts, checked_at=datetime.now())
                continue
            key = (target, text, el.tag)
            if key in seen_here:
                continue
            seen_here.add(key)
            target_site = self.site_for(target)
            external = target_site is not site
            links.append(self.occurrence(site, source, target, text, el.tag, home, external))
            if target in self.requested:
                continue
            self.requested.add(target)
            target_shape = url_pattern(target)
            if target_shape == shape:
                own += 1
            elif self.trapped(target_shape):
                trapped += 1
            else:
                fresh += 1
            yield from self.request_for(target, el.tag, site, target_site, source, depth)
        if links:
            yield found
        self.count_trap(site, shape, (own, trapped, fresh), echo)

    def request_for(self, target: str, tag: str, site: Site, target_site: Site | None, source: str, depth: int):
        kind = link_kind(target, tag)
        if kind == "page" and target_site is site and self.may_parse(target, site, depth + 1):
            yield self.page_request(target, site, depth + 1)
            return
        if kind == "page" and target_site is not None and target_site is not site:
            # another audited site's page: parse it as that site's, so its own crawl does not lose it
            if self.may_parse(target, target_site, 1):
                yield self.page_request(target, target_site, 1)
                return
        if target_site is None:
            host = (urlsplit(target).hostname or "").lower()
            if host in self.skip_hosts:
                return
            if not self.check_external:
                return
        yield self.check_request(target, kind, site, source)

    def occurrence(self, site, source, target, text, tag, home, external) -> LinkOccurrence:
        return LinkOccurrence(site_id=site.site_id, source_url=source, target_url=target, text=text, tag=tag,
                        kind=link_kind(target, tag), on_homepage=home, external=external)
