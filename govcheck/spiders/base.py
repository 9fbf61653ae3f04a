"""The base of govcheck's spiders: the site list a crawl is given, and what every spider needs of it.

A spider built on SiteListSpider takes these arguments::

    -a site=ID      one site of the list
    -a url=URL      one domain, ad hoc (a list of one)
    -a sites=FILE   another site list than GOVCHECK_SITES (CSV in UTF-8, GBK or GB18030, or an .xlsx workbook)

and gets, once built by from_crawler: ``all_sites`` (the sites as listed), ``sites`` (the active ones, to crawl),
``by_id``, ``site_hosts`` (their hosts: the address guard allows them whatever they resolve to), ``site_for(url)``
and ``setup_error`` (why the spider cannot start, in one line, or None). Its ``start()`` calls
``refuse_to_start()`` first, which closes the spider with the reason ``setup_error``. A subclass sets ``name``,
extends ``configure(settings)`` for its own settings and may override ``select_sites`` (the portal spider draws a
round's sample there).
"""

from __future__ import annotations

import logging
from datetime import date
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

import scrapy
from parsel import Selector
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse

from govcheck.judge.urls import host_and_path
from govcheck.rules import ProfileError
from govcheck.sites import Site, SiteListError, adhoc_site, profile_column_types, read_site_list

logger = logging.getLogger(__name__)


_SELECTORS: WeakKeyDictionary = WeakKeyDictionary()  # a response's Selector, where Scrapy's own cannot be made


def page_selector(response) -> Selector:
    """The page as govcheck's readers read it, as HTML: response.selector for an HtmlResponse; else (a list page
    sent as text/xml or JSON, whose Scrapy selector would be XML or JSON; a <base href> that w3lib refuses, a
    ValueError on "http://[x/") a Selector of its text as HTML, based at its own URL as a browser falls back to it."""
    if isinstance(response, HtmlResponse):
        try:
            sel = response.selector
        except ValueError:
            pass
        else:
            # Scrapy's selector keeps its response, which keeps it: a cycle only the garbage collector frees, holding
            # the page's body, text and tree until then. Without the link back (nothing reads it once the selector is
            # made) a page is freed as soon as its response is let go.
            sel.response = None
            return sel
    sel = _SELECTORS.get(response)
    if sel is None:
        # parsel's: Scrapy's Selector works out the same <base href> even when given the text
        sel = _SELECTORS[response] = Selector(text=response.text, type="html", base_url=response.url)
    return sel


def parse_as_of(value: str | None) -> date:
    """The -a as_of argument: the inspection date (监测时间点), today when not given."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SiteListError(f"as_of argument: {value!r} is not a date (YYYY-MM-DD)") from None


def bad_networks(cidrs: list) -> str | None:
    """Why GOVCHECK_ALLOWED_NETWORKS cannot be used, if it cannot: an address the guard cannot read would fail every
    request to a host it covers, and the sites would be blamed for it."""
    import ipaddress

    for cidr in cidrs:
        try:
            ipaddress.ip_network(str(cidr).strip(), strict=False)
        except ValueError:
            return (f"setting GOVCHECK_ALLOWED_NETWORKS: {cidr!r} is not a network; give CIDRs separated by commas "
                    "(10.20.0.0/16,192.168.5.0/24)")
    return None


def parse_run(value: str | None) -> int | None:
    """The -a run argument: the id of a stored run to join, None when not given."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise SiteListError(f"run argument: {value!r} is not a run id (a whole number from 1)")
    return int(text)


class SiteListSpider(scrapy.Spider):
    """The -a arguments and the site list, shared by the portal and probe spiders."""

    def __init__(self, site=None, url=None, sites=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.arg_site, self.arg_url, self.arg_sites = site, url, sites
        self.setup_error: str | None = None
        self.all_sites: list[Site] = []
        self.sites: list[Site] = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings) -> None:
        """Reads the site list (a broken one becomes setup_error) and indexes it."""
        if self.setup_error is None:
            self.setup_error = bad_networks(settings.getlist("GOVCHECK_ALLOWED_NETWORKS"))
        if self.setup_error is None:
            try:
                types = profile_column_types(settings.get("GOVCHECK_RULES"))  # what column_types cells may name
                self.all_sites, self.sites = self.select_sites(
                    *self.load_site_args(settings.get("GOVCHECK_SITES"), types), settings)
            except (SiteListError, ProfileError) as exc:
                self.setup_error = str(exc)
        self.by_id = {site.site_id: site for site in self.sites}
        self.site_hosts = frozenset(site.host.lower() for site in self.sites)
        self.by_host: dict[str, list[tuple[str, Site]]] = {}
        for site in self.sites:
            prefix = urlsplit(site.url).path.rsplit("/", 1)[0] + "/"
            self.by_host.setdefault(site.host.lower(), []).append((prefix, site))
        for entries in self.by_host.values():
            entries.sort(key=lambda e: -len(e[0]))

    def load_site_args(self, default_path: str, column_types=None) -> tuple[list[Site], list[Site]]:
        """(the sites of the run as listed, the sites to crawl), from the -a arguments."""
        if self.arg_url:
            site = adhoc_site(self.arg_url)
            return [site], [site]
        path = self.arg_sites or default_path
        listed, detected = read_site_list(path, column_types)
        logger.info("site list %s: %d sites, read as %s", path, len(listed), detected)
        if self.arg_site:
            chosen = [s for s in listed if s.site_id == self.arg_site]
            if not chosen:
                raise SiteListError(f"site argument: no site {self.arg_site!r} in {path}")
            listed = chosen
        return listed, [s for s in listed if s.active]

    def select_sites(self, listed: list[Site], active: list[Site], settings) -> tuple[list[Site], list[Site]]:
        """Which of them the run holds and crawls: all of them (the portal spider may draw a sample)."""
        return listed, active

    def site_for(self, url: str) -> Site | None:
        """The audited site a URL belongs to: by host, then the longest path prefix (a department may sit
        under its government's host)."""
        host, path = host_and_path(url)
        candidates = self.by_host.get(host)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0][1]
        for prefix, site in candidates:  # longest prefix first
            if path.startswith(prefix):
                return site
        return None

    def adopt_host(self, site: Site, url: str) -> None:
        """The host a site's listed homepage redirects to is the site's from now on, unless an audited site has it:
        its pages are read as the site's, as a visitor sees them. Not added to site_hosts: the address guard still
        judges it as any other host."""
        host = (urlsplit(url).hostname or "").lower()
        if host and host not in self.by_host:
            self.by_host[host] = [("/", site)]

    def refuse_to_start(self) -> None:
        """Closes the spider at once, with one line saying why, when it cannot start (the crawl command turns the
        reason into exit code 2)."""
        if self.setup_error:
            logger.error("govcheck: %s", self.setup_error)
            raise CloseSpider("setup_error")
