"""The `portal` spider: audits each site of the site list — its pages, every link on them, its columns.

    scrapy crawl portal                           # every active site of data/sites.csv
    scrapy crawl portal -a site=qx                # one site of the list
    scrapy crawl portal -a url=https://www.example.gov.cn/   # one domain, ad hoc
    scrapy crawl portal -a sites=FILE -a as_of=2026-11-26
    scrapy crawl portal -a round=2019Q1 -a sample=30% -a seed=12345 -a include=failed   # a sampled round

It observes and records; the pipelines judge (link health, column freshness) and store.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from datetime import date
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, TextResponse

from govcheck.cms import parse_article, parse_list
from govcheck.cms.article import has_pub_meta
from govcheck.cms.base import ListPage, base_url
from govcheck.cms.containers import has_empty_list, list_frame
from govcheck.cms.forms import submission_form
from govcheck.cms.identity import read_identity
from govcheck.cms.links import page_links, page_roots
from govcheck.cms.list_urls import column_key, is_later_page
from govcheck.cms.navigation import ColumnLink, tool_name
from govcheck.cms.served import read_as_page
from govcheck.cms.subsites import topic_home, town_home
from govcheck.cms.text import first_in_doc
from govcheck.items import PageItem, SiteItem
from govcheck.judge.answers import cut_short
from govcheck.judge.urls import normalize_url, url_pattern
from govcheck.rules import probe_timeout, settings_profile
from govcheck.sites import Site, SiteListError
from govcheck.spiders.base import SiteListSpider, page_selector, parse_as_of, parse_run
from govcheck.spiders.columns import ColumnsMixin
from govcheck.spiders.crawl_probes import ProbesMixin
from govcheck.spiders.date_readers import shown_date
from govcheck.spiders.evidence import EvidenceMixin, PageView
from govcheck.spiders.fetch import FetchMixin
from govcheck.spiders.follow import FollowMixin
from govcheck.spiders.home_parts import HomePartsMixin
from govcheck.spiders.list_pages import GONE
from govcheck.spiders.platform import PlatformMixin
from govcheck.spiders.rounds import RoundMixin
from govcheck.spiders.traps import TrapsMixin

logger = logging.getLogger(__name__)


class PortalSpider(FetchMixin, ColumnsMixin, HomePartsMixin, ProbesMixin, TrapsMixin, EvidenceMixin, RoundMixin,
                   PlatformMixin, FollowMixin, SiteListSpider):
    """Audits each site of the list: its pages, every link on them, its columns (see the module docstring).

    Besides the site list's arguments (SiteListSpider): ``-a as_of=YYYY-MM-DD`` (the inspection date, default
    today), ``-a run=ID`` (join a run: a distributed worker, or a run continued by hand) and the round's arguments
    (RoundMixin: -a round, sample, seed, include)."""

    name = "portal"

    def __init__(self, site=None, url=None, sites=None, as_of=None, run=None, round=None,  # noqa: A002
                 sample=None, seed=None, include=None, *args, **kwargs):
        super().__init__(site, url, sites, *args, **kwargs)
        self.as_of, self.arg_run = date.today(), None
        try:
            self.as_of = parse_as_of(as_of)
            self.arg_run = parse_run(run)
        except SiteListError as exc:
            self.setup_error = self.setup_error or str(exc)
        self.setup_error = self.setup_error or self.read_round_args(round, sample, seed, include)

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        from govcheck.distributed import apply_mode

        apply_mode(settings)  # the scheduler of a distributed or resumable run

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signals.spider_idle)
        crawler.signals.connect(spider.reached_downloader, signals.request_reached_downloader)
        return spider

    # --- set-up ---
    def configure(self, s) -> None:
        super().configure(s)
        self.max_depth = s.getint("GOVCHECK_MAX_DEPTH")
        self.max_pages = s.getint("GOVCHECK_MAX_PAGES_PER_SITE")
        self.max_per_pattern = s.getint("GOVCHECK_MAX_URLS_PER_PATTERN")
        self.queue_counts_pages = s.getbool("GOVCHECK_DISTRIBUTED")  # a distributed run's queue counts each page
        self.column_depth = s.getint("GOVCHECK_COLUMN_DEPTH")
        self.max_list_pages = s.getint("GOVCHECK_MAX_LIST_PAGES")
        self.check_external = s.getbool("GOVCHECK_CHECK_EXTERNAL")
        self.skip_hosts = frozenset(h.lower() for h in s.getlist("GOVCHECK_SKIP_HOSTS"))
        self.playwright = s.getbool("GOVCHECK_PLAYWRIGHT")
        self.chromium = ((s.getdict("PLAYWRIGHT_LAUNCH_OPTIONS") or {}).get("executable_path")
                         or s.get("GOVCHECK_CHROMIUM"))
        self.profile = settings_profile(s)  # how long each column type may go without news: when to read on
        self.crawl_probes = s.getint("GOVCHECK_CRAWL_PROBES")
        self.probe_interval = s.getfloat("GOVCHECK_CRAWL_PROBE_INTERVAL")
        self.probe_timeout = probe_timeout(s)
        self.configure_fetch(s)
        self.pages_per_site, self.per_pattern = Counter(), Counter()
        # the homepages are requested by start(): a link from another audited site must not fetch one first as a
        # plain page, or its seed is dropped as a duplicate and it is never read (nor probed) as a homepage
        self.requested: set[str] = {u for site in self.sites for u in (site.url, normalize_url(site.url, site.url))
                                    if u}
        self.homepages_done: set[str] = set()
        self.column_claims: dict[str, str] = {}  # column key -> the page read as it
        self.home_codes: dict[str, str | None] = {}  # site_id -> the 网站标识码 its homepage shows (PlatformMixin)
        self.malformed: set[str] = set()  # malformed links reported (the store keeps one row per URL and run)

    def browser_ready(self) -> bool:
        """Whether the Chromium that renders scripted lists is there (a missing one makes them unverified)."""
        return bool(self.chromium) and os.access(self.chromium, os.X_OK)

    async def start(self):
        self.refuse_to_start()
        # every worker of a distributed run seeds it too: a first worker killed while seeding leaves no site
        # behind; the store keeps one row per site and Redis lets each homepage in once (see govcheck/distributed)
        for site in self.all_sites:
            yield SiteItem(site_id=site.site_id, name=site.name, url=site.url, site_code=site.site_code,
                           sponsor=site.sponsor, kind=site.kind, region=site.region, list_status=site.status,
                           note=site.note, column_types=dict(site.column_types))
        for site in self.sites:
            yield self.page_request(site.url, site, depth=0, home=True, priority=100)

    # --- requests ---
    def page_request(self, url: str, site: Site, depth: int, home: bool = False, column: dict | None = None,
                     priority: int = 0) -> scrapy.Request:
        meta = {"site_id": site.site_id, "page_depth": depth, "home": home, "check_url": url, "source_url": url,
                "started": time.monotonic(), "probe": home}
        if home:  # the homepage request is the run's first availability probe: the rule's timeout
            meta["download_timeout"] = self.probe_timeout
            meta["priority_adjust"] = 0  # retried at once, not behind the crawl: the probes that follow wait on it
        if self.queue_counts_pages:  # once, if its request gets in
            meta["counts_for"] = site.site_id
        else:
            self.pages_per_site[site.site_id] += 1
        if column:
            meta["column"] = column
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, meta=meta, priority=priority)

    # --- pages ---
    async def parse_page(self, response):
        meta = response.meta
        site = self.by_id[meta["site_id"]]
        if meta.get("home") and meta.get("probe") and (probe := self.home_probe(site, response)) is not None:
            self.homepages_done.add(site.site_id)
            yield probe
        outcome = await self.settle(response, self.parse_page)
        if outcome is not None:  # a redirect, retry or wait was scheduled instead
            for req in outcome:
                yield req
            return
        is_html = isinstance(response, HtmlResponse) or isinstance(response, TextResponse) and read_as_page(
            response.headers.get("Content-Type") or b"", response.body)  # sent as text/plain or a download too
        final_host = (urlsplit(response.url).hostname or "").lower()
        on_site = self.site_for(response.url) is site or final_host == site.host.lower() or (
            (meta.get("home_frame") or meta.get("column_moved")) and self.government_host(site, response.url)) or (
            meta.get("borrowed") and self.borrowed(site, response.url))
        yield self.check_item(response, body=response.text[:65536] if is_html else "")
        if (stood := self.stood_in_items(response, site)) is not None:  # a bot wall's, a sign-in page…: unread
            for item in stood:
                yield item
            return
        if response.status >= 400 and response.status not in GONE:
            # a server error or a wall is no answer about the column: unverified (a 404 is the dead link's finding)
            unread = self.unreadable_column(meta, f"栏目页面返回{response.status}")
            if unread is not None:
                yield unread
        if not is_html and response.status < 300 and on_site and meta.get("column") is not None:
            for item in self.json_column(response):  # a column at its list's endpoint (a gkmlpt category)
                yield item
            return
        if not is_html or response.status >= 400 or not on_site:
            return
        owner = self.page_site(site, page_selector(response), meta, response.url)  # None: its platform's page
        for item in self.read_page(response, owner) if owner is not None else ():
            yield item

    def read_page(self, response, site: Site):
        meta = response.meta
        url, depth, home = response.url, meta["page_depth"], meta["home"]
        frame = meta.get("home_frame", False)  # a frame of the homepage is read as the homepage
        sel = page_selector(response)
        as_of = self.as_of
        self.crawler.stats.inc_value("govcheck/pages")
        base = base_url(sel, url)
        entries = [e for root in page_roots(sel.root, response.text) for e in page_links(root, base)]
        shape = url_pattern(meta["check_url"])
        echo_key, trap_counts = self.trap_counts(sel, shape)
        shared = getattr(self.requested, "prefetch", None) is not None  # a set shared by distributed workers
        if shared:
            # one round trip for all the page's targets, answered while the page is read; done() in the finally
            counts = [(self.pages_per_site, site.site_id), *((self.per_pattern, name) for name in trap_counts)]
            self.requested.prefetch([t for *_, t in entries if t], counts=counts,
                                    per_url=(self.per_pattern, url_pattern))
        try:
            if not (home or frame or meta.get("column")) and self.trapped(shape):
                # its shape proved a trap while it was on its way: checked, not read, nor counted as read
                self.crawler.stats.inc_value("govcheck/trap_pages_unread")
                self.pages_per_site[site.site_id] -= 1
                return
            listing = self.read_listing(sel, url)
            shown, asked = self.home_dates(site, listing, sel, url, home) if home or frame \
                else ([i.date for i in listing.items], [])
            dates = [d for d in shown if d and d <= as_of]
            newest, guess = self.home_newest(listing, dates) if home or frame else (max(dates, default=None), None)
            title = (first_in_doc(sel, "//title/text()") or "").strip()
            column = meta.get("column")
            key = column_key(meta["check_url"])
            if home or frame or column_key(site.url) in (key, column_key(url)):
                column = None  # the homepage, under whatever URL (/index.html beside /) or sent to, is never a column
            elif is_later_page(meta["check_url"]):
                # a later page of a list only feeds its column: the column is read from its first page
                if column is None and listing.column_name and listing.items:
                    column = {"name": listing.column_name, "parent": None}
                if column is not None:
                    first = ColumnLink(column["name"], key, "pager")
                    yield from self.follow_columns([(first, key, column.get("parent"))], site, max(depth - 1, 0), None)
                column = None
            # a page named by its ColumnName, with a list or an empty list box that says so (暂无信息); not one that
            # names a header's tool (智能问答, 长者专区, English): none of the site's columns
            elif column is None and listing.column_name and not tool_name(listing.column_name) and (
                    listing.items or listing.placeholder and self.safely(has_empty_list, sel, url, False)
                    or self.safely(list_frame, sel, url, None)):  # or a frame of its content that may hold its list
                article = self.safely(parse_article, sel, url, None)
                # article pages carry ColumnName too; one whose PubDate is its generation day is still one
                if article is None or (article.pub_date is None and not self.safely(has_pub_meta, sel, url, False)):
                    column = {"name": listing.column_name, "parent": None, "top_level": True, "source": "meta",
                              "level": 1}
            town = None if home or frame else self.safely(town_home, sel, url, None)
            hint = meta.get("column") or column
            if town is None and hint and not (home or frame):  # a 专题's sub-site's homepage: placed as a town's
                town = self.safely(topic_home, sel, url, None, name=hint.get("name"), parent=hint.get("parent"))
            if town is not None:  # a town's sub-site's homepage: no column, its columns the site's under its name
                column = None
            columns = self.town_columns(sel, url, site, town) if town is not None \
                else self.column_links(sel, url, site, home or frame, column, meta.get("site_map", False))
            yield PageItem(site_id=site.site_id, url=meta["check_url"], status=response.status, depth=depth,
                           is_homepage=home, title=title[:500], newest_date=newest,
                           dated_items=len(dates), rendered=bool(meta.get("playwright")), home_frame=frame,
                           identity=self.safely(read_identity, sel, url, {}) if home or frame else None,
                           shown_date=None if home or frame else self.safely(shown_date, sel, url, None),
                           form=not (home or frame) and self.safely(submission_form, sel, url, False),
                           unread=listing.unread
                           or (home or frame) and self.home_unknown(sel, response, newest, listing),
                           blocks=[b.sig for b in listing.blocks] or None,
                           # a town's sub-site's menu places its columns when the run is finished, however reached
                           menu=self.menu(columns) if home or frame or town is not None
                           or any(c.source == "map" for c, _, _ in columns) else None)
            yield from self.page_evidence(PageView(site, meta["check_url"], url, sel, home or frame, listing, as_of,
                                                   cut=cut_short(response.text), old_code=meta.get("old_code")))
            if home or frame:
                drawn = meta.get("playwright")  # what Chromium showed of it (an app's)
                yield from self.home_parts(entries, sel, url, site, depth, newest, listing, guess, drawn, asked)
            if column is not None and self.claim_column(key, meta["check_url"]):
                yield from self.column_from_listing(response, listing, column, key)
            elif self.column_claimed(key):  # a page of a list read elsewhere (/wldt/2.html), however reached: its
                self.claim_pages(response, key, meta["check_url"])  # pager's pages claimed before it links them
            # column links first, so the first request of each such URL carries its column hint
            yield from self.follow_columns(columns, site, depth, column, town is not None)
            yield from self.follow_links(entries, listing, response, site, depth, home or frame, self.echoes(echo_key))
        finally:
            if shared:
                self.requested.done()

    def safely(self, read, sel, url: str, default, **kwargs):
        """A page reader's result, or `default` when a broken page defeats it: its links are still checked."""
        try:
            return read(sel, url, **kwargs)
        except Exception as exc:
            logger.warning("govcheck: %s failed on %s: %r", read.__name__, url, exc)
            self.crawler.stats.inc_value("govcheck/parse_errors")
            return default

    def read_listing(self, sel, url: str) -> ListPage:
        return self.safely(parse_list, sel, url, ListPage(items=[], unread=True), as_of=self.as_of)

    def on_idle(self):
        if self.pending_later:
            raise DontCloseSpider
