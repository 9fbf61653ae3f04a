"""What the homepage shows beyond its own HTML: its frames and iframes, and the lists its scripts load (a news
block an inline fetch() fills). Each is read as a part of the homepage (PageItem.home_frame), so its dates count
towards the homepage's freshness; one that fails leaves that freshness unknown, never stale."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol, runtime_checkable

import scrapy
from parsel import Selector
from scrapy.http import TextResponse

from govcheck.cms import guessed_newest, parse_article
from govcheck.cms.article import shows_a_date
from govcheck.cms.base import base_url
from govcheck.cms.containers import app_shell, filled_by_files, written_in_place
from govcheck.cms.endpoints import error_answer, find_endpoints
from govcheck.cms.identity import IDENTITY_MARKS, footer_scripts, read_identity, written_markup
from govcheck.cms.list_urls import column_key
from govcheck.cms.menu_files import loaded_fragments, menu_writers, written_menu_columns
from govcheck.cms.navigation import fetched_menu_columns, find_column_links
from govcheck.cms.script_rows import loads_unread, script_rows_unread
from govcheck.cms.splash import entry_link, timer_target
from govcheck.items import PageItem
from govcheck.judge.answers import data_stand_in, shows_nothing
from govcheck.judge.columns import is_stale
from govcheck.judge.domains import host_of, same_government
from govcheck.judge.urls import link_kind, normalize_url
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import bot_wall
from govcheck.spiders.home_letters import HomeLettersMixin
from govcheck.spiders.home_openers import HomeOpenersMixin
from govcheck.spiders.home_renders import HomeRendersMixin
from govcheck.spiders.scripted_lists import endpoint_request
from govcheck.spiders.stand_ins import stood_in

HOME_ENDPOINTS = 5  # lists a homepage's scripts load that are read (a counter or a weather box's answer too)


@runtime_checkable
class HomePartsHost(Protocol):
    """What HomePartsMixin needs of its spider."""

    as_of: Any
    by_id: Any  # site id -> Site
    requested: Any  # the URLs asked for
    profile: Any  # the rule profile: how long a homepage may go without news
    playwright: bool  # Chromium may render a page
    crawler: Any

    def safely(self, read, sel, url: str, default, **kwargs) -> Any: ...
    def site_for(self, url: str) -> Any: ...
    def platform_sibling(self, site, target: str) -> bool: ...
    def borrowed(self, site, url: str, source: str = "") -> bool: ...
    def own_units(self, site, links: list, url: str) -> list: ...
    def page_request(self, url: str, site, depth: int, home: bool = False, column=None, priority: int = 0) -> Any: ...
    def moved(self, response) -> Any: ...
    def browser_ready(self) -> bool: ...
    def read_listing(self, sel, url: str) -> Any: ...
    def endpoint_listing(self, response, base: str) -> Any: ...  # an endpoint's answer read (ScriptedListsMixin)
    def follow_columns(self, links, site, depth: int, column) -> Any: ...
    def menu(self, links) -> Any: ...
    def read_page(self, response, site) -> Any: ...  # a page read as the site's (an app's homepage, as drawn)
    @property
    def render_trouble(self) -> dict: ...  # a render's failed requests (ScriptedListsMixin)
    def ask_owners(self, asked, sel, url: str, site, depth: int) -> Any: ...


class HomePartsMixin(HomeOpenersMixin, HomeLettersMixin, HomeRendersMixin):
    """For PortalSpider (a HomePartsHost)."""

    def home_newest(self, listing, dates: list) -> tuple:
        """(the newest date the homepage shows for sure, the item whose year it guessed, newer than that): a
        month-day alone at an address without a year counts once its article tells the year."""
        guess, guessed = self.safely(lambda s, u: guessed_newest(listing), None, "", (None, set()))
        return max((d for d in dates if d not in guessed), default=None), guess

    def home_parts(self, entries, sel, url: str, site, depth: int, newest, listing, guess=None, rendered=False,
                   asked=()):
        """`newest`: the newest date the homepage shows for sure (home_newest); `guess`: the item whose year only
        its article tells; `rendered`: what Chromium showed of it (an app's), read as a part of it; `asked`: the groups
        of blocks whose owner only their articles tell (PlatformMixin)."""
        if not rendered and newest is None and self.safely(app_shell, sel, url, False):
            yield self.app_render(url, site, depth)  # a single-page app's: all it shows, a browser draws
            return
        yield from self.follow_frames(entries, site, depth)
        yield from self.ask_owners(asked, sel, url, site, depth)
        if newest is None and guess is None and not listing.unread:
            yield from self.follow_entry(sel, url, site, depth)
        yield from self.footer_parts(sel, url, site, depth)
        yield from self.menu_scripts(sel, url, site, depth)
        if guess is not None:
            yield self.ask_year(guess, url, site.site_id, depth)
        endpoints = self.safely(find_endpoints, sel, url, [])
        yield from self.home_endpoints(endpoints, url, site, depth)
        if rendered or not is_stale(newest, self.profile.homepage.stale_after_days, self.as_of):
            return
        if len(endpoints) > HOME_ENDPOINTS or self.safely(written_in_place, sel, url, False) \
                or self.safely(filled_by_files, sel, url, False) \
                or self.safely(script_rows_unread, sel, url, False) or self.safely(
                    loads_unread, sel, url, False, endpoints=endpoints):
            yield self.home_render(url, site, depth, guess.url if guess is not None else None)
        yield from self.opener_files(sel, url, site, depth)  # undated rows a script file's function opens
        yield from self.home_leads(listing, sel, url, site, depth)  # the articles and letters that date it

    def footer_parts(self, sel, url: str, site, depth: int):
        """A footer missing marks, which includes script files of the site's own: what they write is read for the
        marks, as a part of the homepage (a mark shown in any part is shown)."""
        if all(self.safely(read_identity, sel, url, {"": False}).values()):
            return
        for src in self.safely(footer_scripts, sel, url, []):
            meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{src}#footer", "home_url": url}
            yield scrapy.Request(src, callback=self.parse_footer_script, errback=self.footer_script_failed,
                                 dont_filter=True, meta=meta)

    def menu_scripts(self, sel, url: str, site, depth: int):
        """The script files the homepage's navigation boxes include (a platform's, writing a department's menu in
        place), or, when it shows no menu of its own, its site's other script files (common.js loading the header):
        the columns of the menu they write or load are the homepage's menu's."""
        shown = any(c.source == "nav" for c in self.safely(find_column_links, sel, url, []))
        for src in self.safely(menu_writers, sel, url, [], menu_shown=shown):
            meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{src}#menu", "home_url": url}
            yield scrapy.Request(src, callback=self.parse_menu_script, errback=self.menu_script_failed,
                                 dont_filter=True, meta=meta)

    def parse_menu_script(self, response):
        meta = response.meta
        if response.status >= 300 or not isinstance(response, TextResponse):
            return
        found = self.safely(lambda _s, u: written_menu_columns(response.text, u), None, meta["home_url"], [])
        yield from self.menu_found(meta, response.status, found)
        # the header's page its code loads into the homepage, read for its navigation boxes
        for src in self.safely(lambda _s, u: loaded_fragments(response.text, u), None, meta["home_url"], []):
            if src not in self.requested:
                self.requested.add(src)
                yield scrapy.Request(src, callback=self.parse_menu_fragment, errback=self.menu_script_failed,
                                     dont_filter=True, meta={**meta, "check_url": f"{src}#menu"})

    def parse_menu_fragment(self, response):
        meta = response.meta
        if response.status < 300 and isinstance(response, TextResponse):
            found = self.safely(lambda _s, u: fetched_menu_columns(response.text, response.url, u), None,
                                meta["home_url"], [])
            yield from self.menu_found(meta, response.status, found)

    def menu_found(self, meta: dict, status: int, found: list):
        site = self.by_id[meta["site_id"]]
        columns = self.on_site(found, meta["home_url"], site, None)
        if columns:
            item = self.home_endpoint_item(meta, status, [], False)
            item.menu = self.menu(columns)
            yield item
            yield from self.follow_columns(columns, site, meta["page_depth"], None)

    def menu_script_failed(self, failure):
        """A menu's script file (or the header's page it loads) that cannot be read: the columns only it links are
        not found (its link's check says why)."""
        return []

    def parse_footer_script(self, response):
        """What a footer's script file writes, read for the site's marks. One that answers 4xx shows visitors none;
        one that fails otherwise leaves them unknown, never missing."""
        meta = response.meta
        if shows_nothing(response.status):
            return
        marks = None
        if response.status < 300 and isinstance(response, TextResponse):
            written = Selector(text=written_markup(response.text) or "<html></html>")
            marks = self.safely(read_identity, written, meta["home_url"], None)
        yield self.footer_item(meta, response.status, marks)

    def footer_script_failed(self, failure):
        yield self.footer_item(failure.request.meta, None, None)

    @staticmethod
    def footer_item(meta: dict, status: int | None, marks: dict | None) -> PageItem:
        """A footer script's part of the homepage: the marks it writes, or each one unknown (None) when unread."""
        marks = marks if marks is not None else dict.fromkeys(IDENTITY_MARKS)
        return PageItem(site_id=meta["site_id"], url=meta["check_url"], status=status, depth=meta["page_depth"],
                        is_homepage=False, home_frame=True, identity=marks)

    def parse_home_article(self, response):
        if (again := self.moved(response)) is not None:
            yield again
            return
        article = sel = None
        if response.status < 300 and isinstance(response, TextResponse):
            sel = page_selector(response)
            article = self.safely(parse_article, sel, response.url, None)
        pub = article.pub_date if article is not None else None
        if (guessed := response.meta.get("guessed")) is not None:  # the year of a month-day the homepage shows
            when = pub or date.fromisoformat(guessed)  # no date of its own: the list's day, in the year guessed
            yield self.home_endpoint_item(response.meta, response.status, [when] if when <= self.as_of else [], False)
            return
        # unknown when it failed or could not be read (a 404 shows visitors nothing), or shows a date govcheck cannot
        # read; an article read that shows no date dates nothing
        unread = (sel is None and not shows_nothing(response.status)) or (sel is not None and article is None) or (
            article is not None and pub is None and self.safely(shows_a_date, sel, response.url, True)) or (
            self.part_stand_in(response))
        dates = [pub] if pub is not None and pub <= self.as_of else []
        yield self.home_endpoint_item(response.meta, response.status, dates, unread)

    def ask_year(self, guess, url: str, site_id: str, depth: int):
        """The request for the article of the homepage's newest item whose year was guessed (a month-day alone)."""
        meta = {"site_id": site_id, "page_depth": depth, "check_url": f"{guess.url}#home-year", "home_url": url,
                "guessed": guess.date.isoformat()}
        return scrapy.Request(guess.url, callback=self.parse_home_article, errback=self.home_guess_failed,
                              dont_filter=True, meta=meta)

    def home_guess_failed(self, failure):
        """The article of a month-day's item could not be asked: the list's day stands, in the year guessed."""
        meta = failure.request.meta
        yield self.home_endpoint_item(meta, None, [date.fromisoformat(meta["guessed"])], False)

    def follow_frames(self, entries, site, depth: int):
        """The frames and iframes of the homepage on its site, or on another host of its government's domain that no
        audited site has (a 要闻 page of news.…): what the homepage shows, read as the homepage."""
        for el, _href, _text, _scheme, target in entries:
            if el.tag not in ("frame", "iframe") or target is None or target in self.requested:
                continue
            if not (self.site_for(target) is site or self.government_host(site, target)) \
                    or link_kind(target, el.tag) != "page":
                continue
            yield self.home_frame_request(target, site, depth)

    def follow_entry(self, sel, url: str, site, depth: int):
        """A splash page that dates nothing and leads on by 进入主站 (cms.splash.entry_link: a link, an image map's
        area, a form's button, a Flash splash's link, its body's onload), or by a timer alone on a page with no menu
        of its own (cms.splash.timer_target): the page it leads to on the site is the real homepage, read as the
        homepage as a frame is; the splash is no navigation page."""
        found = self.safely(lambda s, u: entry_link(s, base_url(s, u)) or timer_target(s, base_url(s, u), u),
                            sel, url, None)
        target = normalize_url(url, found) if found else None
        if target is None or target in self.requested or self.site_for(target) is not site \
                or column_key(target) == column_key(url) or link_kind(target, "a") != "page":
            return
        yield self.home_frame_request(target, site, depth)

    def home_frame_request(self, target: str, site, depth: int):
        self.requested.add(target)
        request = self.page_request(target, site, depth, priority=90)
        request.meta["home_frame"] = True
        return request

    def government_host(self, site, url: str) -> bool:
        """Whether `url` is on another host of the site's government's domain (news.sfgx.gov.cn for
        www.sfgx.gov.cn) that no audited site has."""
        return same_government(site.host, host_of(url)) and self.site_for(url) is None

    def home_endpoints(self, endpoints: list, url: str, site, depth: int):
        """The lists the homepage's (or a frame's) scripts load: each answer is read as a part of what the homepage
        shows, as its frames are, so a news block filled by script counts towards the homepage's freshness."""
        for ep in endpoints[:HOME_ENDPOINTS]:
            if ep.url in self.requested:
                continue
            self.requested.add(ep.url)
            meta = {"site_id": site.site_id, "page_depth": depth, "check_url": ep.url, "home_url": url}
            yield endpoint_request(ep, self.parse_home_endpoint, self.home_endpoint_failed, meta)

    def parse_home_endpoint(self, response):
        if (again := self.moved(response)) is not None:
            yield again
            return
        meta = response.meta
        listing, columns, site = None, [], self.by_id[meta["site_id"]]
        if response.status < 300 and isinstance(response, TextResponse):
            listing = self.endpoint_listing(response, meta["home_url"])
            # a menu whose array the homepage's script fetches (/config/menu.json): its columns, as a menu's
            found = self.safely(lambda s, u: fetched_menu_columns(response.text, response.url, u), None,
                                meta["home_url"], [])
            columns = self.on_site(found, meta["home_url"], site, None)
        # what the homepage shows is unknown when the answer failed, could not be read, redirects where it cannot
        # be followed, is the backend's error ({"code": 500}) or no data (a bot wall's, a page's: part_stand_in);
        # a 404 shows visitors nothing
        stand_in = self.part_stand_in(response, data=True)
        dates = [i.date for i in listing.items if i.date and i.date <= self.as_of] if listing and not stand_in else []
        unread = stand_in or (listing is None and not shows_nothing(response.status)) or (
            listing is not None and not listing.items and self.safely(
                lambda _s, _u: error_answer(response.text), None, response.url, None) is not None)
        item = self.home_endpoint_item(meta, response.status, dates, unread)
        item.menu = self.menu(columns) if columns else None
        yield item
        yield from self.follow_columns(columns, site, meta["page_depth"], None)

    def on_site(self, found: list, url: str, site, parent: str | None) -> list[tuple]:
        """(column link, its URL, its parent's name) of the links in `found` (read on `url`) to columns of `site`."""
        out = []
        for link in found:
            target = normalize_url(url, link.url)
            if target and (self.site_for(target) is site or self.platform_sibling(site, target)
                           or self.borrowed(site, target, url)):
                out.append((link, target, getattr(link, "parent", None) or parent))
        return self.own_units(site, out, url)

    def part_stand_in(self, response, data: bool = False) -> bool:
        """Whether an answer for a part of the homepage (an article dating a block, a list's data) is no answer: a
        bot wall's (a browser gets through it, whatever its status), a stand-in's (stand_ins.py), or for `data` a
        whole web page instead (data_stand_in)."""
        if bot_wall(response) is not None:
            return True
        home = self.by_id[response.meta["site_id"]].url
        if stood_in(response, home, response.meta.get("column_asked")) is not None:
            return True
        return data and isinstance(response, TextResponse) and 200 <= response.status < 300 and data_stand_in(
            response.status, response.text) is not None

    def home_endpoint_failed(self, failure):
        yield self.home_endpoint_item(failure.request.meta, None, [], True)

    @staticmethod
    def home_endpoint_item(meta: dict, status: int | None, dates: list, unread: bool) -> PageItem:
        return PageItem(site_id=meta["site_id"], url=meta["check_url"], status=status, depth=meta["page_depth"],
                        is_homepage=False, newest_date=max(dates, default=None), dated_items=len(dates),
                        home_frame=True, unread=unread)
