"""The other indicators' evidence read from each page (identity, wording, dates, ...): every reader gets the same
view of a page and yields EvidenceItems; a reader that fails on a page costs that page's evidence only."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any, Protocol

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.misc import load_object

from govcheck.cms.base import ListPage
from govcheck.items import EvidenceItem
from govcheck.judge.answers import cut_short
from govcheck.sites import Site
from govcheck.spiders.base import page_selector
from govcheck.spiders.date_readers import DATE_READERS
from govcheck.spiders.identity_readers import IDENTITY_READERS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageView:
    """What a page reader sees of one page of an audited site."""

    site: Site
    url: str  # the URL the page was requested as
    final_url: str  # where it was answered, after redirects
    sel: Any  # the page's parsel Selector
    home: bool  # the homepage or one of its frames
    listing: ListPage  # the page's list as the column reader read it
    as_of: date
    settings: Any = None  # the crawl's Scrapy settings; None: each reader's defaults
    memo: dict | None = None  # what readers keep across the crawl's pages, a key each; None: nothing is kept
    cut: bool = False  # the page ends before its document does (the connection closed mid-page)
    old_code: str | None = None  # the code of another site a page of its own shows (spiders.platform.own_by_sponsor)

    def first(self, *key) -> bool:
        """True the first time this crawl's readers ask with this key (a site's check, an item): what a frameset
        or many list pages show again is one finding."""
        if self.memo is None:
            return True
        seen = self.memo.setdefault("seen", set())
        if key in seen:
            return False
        seen.add(key)
        return True


# readers of one page; each module of a check adds its own here
PAGE_READERS: list[Callable[[PageView], Iterable[EvidenceItem]]] = []
# readers that need the spider too (a cap per site, a list's next page): they yield EvidenceItems and Requests
SPIDER_READERS: list[Callable[[Any, PageView], Iterable[Any]]] = []
PAGE_READERS += IDENTITY_READERS
PAGE_READERS += DATE_READERS
# pages a reader asks for itself (a letter's own page, for its reply), by name: each gets the page's view and what
# the reader asked it with. Its own request, not the crawl's reading of the page: whichever worker reads the list
# reads the letter with it, so two workers find what one process finds.
PAGE_ASKERS: dict[str, Callable[[PageView, dict], Iterable[EvidenceItem]]] = {}
# an asked page not read (a failed request, an error status, not a page), by reader: the finding that says so, for a
# reader whose page is the only reading of its check (site id, URL, what it was asked with, why); the others' tell
# nothing
ASKED_UNREAD: dict[str, Callable[[str, str, dict, str], EvidenceItem]] = {}

# readers that need the crawl's settings (a phrase list, say): "module.function" of a function that takes the
# settings and returns the crawl's reader, or None when the check is off; called once, when the spider is set up.
# A ValueError it raises (a broken list) stops the crawl with its message, as a broken site list does.
READER_FACTORIES: list[str] = ["govcheck.spiders.wording.wording_reader"]


class EvidenceSpider(Protocol):
    crawler: Any
    as_of: date
    setup_error: str | None
    crawl_readers: list[Callable[[PageView], Iterable[EvidenceItem]]]


class EvidenceMixin:
    """Runs every page reader over a page the portal spider has read."""

    crawl_readers: list[Callable[[PageView], Iterable[EvidenceItem]]] = []

    def configure(self, settings) -> None:
        super().configure(settings)
        self.crawl_readers = []
        for path in READER_FACTORIES:
            try:
                reader = load_object(path)(settings)
            except ValueError as exc:
                if self.setup_error is None:
                    self.setup_error = str(exc)
                continue
            if reader is not None:
                self.crawl_readers.append(reader)

    def page_evidence(self: EvidenceSpider, view: PageView) -> Iterable[Any]:
        memo = getattr(self, "evidence_memo", None)
        if memo is None:
            memo = self.evidence_memo = {}
        view = replace(view, settings=self.crawler.settings, memo=memo)
        readers = [*PAGE_READERS, *self.crawl_readers, *(partial(read, self) for read in SPIDER_READERS)]
        for read in readers:
            try:
                found = list(read(view))
            except Exception as exc:
                name = getattr(read, "__name__", None) or read.func.__name__
                logger.warning("govcheck: %s failed on %s: %r", name, view.url, exc)
                self.crawler.stats.inc_value("govcheck/parse_errors")
                continue
            for item in found:
                if isinstance(item, EvidenceItem):
                    self.crawler.stats.inc_value(f"govcheck/evidence/{item.check}")
                yield item

    def ask_page(self, url: str, site: Site, reader: str, **asked) -> scrapy.Request:
        """The request of a page PAGE_ASKERS[reader] reads, with `asked` (a page asked again if the crawl reads it
        too: a few a list, as it needs them)."""
        return scrapy.Request(url, callback=self.parse_asked, errback=self.asked_failed, dont_filter=True,
                              meta={"site_id": site.site_id, "asker": reader, "asked": asked})

    def parse_asked(self, response):
        meta = response.meta
        if not isinstance(response, TextResponse) or response.status >= 300:
            yield from self.asked_unread(meta, response.request.url, f"HTTP {response.status}"
                                         if response.status >= 300 else "不是网页")
            return  # a page not read tells nothing more
        self.crawler.stats.inc_value(f"govcheck/asked_pages/{meta['asker']}")
        view = PageView(self.by_id[meta["site_id"]], response.request.url, response.url, page_selector(response),
                        False, ListPage([]), self.as_of, settings=self.crawler.settings, cut=cut_short(response.text))
        try:
            yield from list(PAGE_ASKERS[meta["asker"]](view, meta["asked"]))
        except Exception as exc:
            logger.warning("govcheck: %s failed on %s: %r", meta["asker"], response.url, exc)
            self.crawler.stats.inc_value("govcheck/parse_errors")

    def asked_failed(self, failure):
        """A page not read: what its reader says of that (ASKED_UNREAD), else nothing; the crawl records the link's
        failure if it links there."""
        request, answer = failure.request, getattr(failure.value, "response", None)
        why = f"HTTP {answer.status}" if answer is not None else type(failure.value).__name__
        return list(self.asked_unread(request.meta, request.url, why))

    def asked_unread(self, meta: dict, url: str, why: str):
        unread = ASKED_UNREAD.get(meta.get("asker"))
        if unread is not None:
            yield unread(meta["site_id"], url, meta["asked"], why)


# the checks' modules register their readers above when loaded
from govcheck.spiders import interaction, services  # noqa: E402,F401 - registers their readers
