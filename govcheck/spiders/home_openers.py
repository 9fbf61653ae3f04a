"""A homepage that reads stale beside boxes of undated rows whose links call a function of a script file with an
article's id (cms.opened_files): the site's script files are read in turn for that function; the articles it opens
date those boxes as an undated block's do. A function not found or not understood, or no file read, leaves the
homepage's freshness unknown, never stale: govcheck could not read those rows."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse

from govcheck.cms.base import base_url
from govcheck.cms.opened_files import opened_leads, site_scripts, unopened_boxes


class HomeOpenersMixin:
    """For PortalSpider (a HomePartsHost: safely, home_endpoint_item, parse_home_article, home_endpoint_failed)."""

    def opener_files(self, sel, url: str, site, depth: int):
        boxes = self.safely(unopened_boxes, sel, url, [])
        if not boxes:
            return
        meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{url}#opened", "home_url": url,
                "opener_boxes": boxes, "opener_base": self.safely(base_url, sel, url, url),
                "opener_files": self.safely(site_scripts, sel, url, []), "opener_texts": []}
        yield from self.next_opener_file(meta)

    def next_opener_file(self, meta: dict):
        """The next script file asked, or, all read, the articles its functions open (or the homepage unread)."""
        if meta["opener_files"]:
            src, rest = meta["opener_files"][0], meta["opener_files"][1:]
            yield scrapy.Request(src, callback=self.parse_opener_file, errback=self.opener_file_failed,
                                 dont_filter=True, meta={**_own(meta), "opener_files": rest})
            return
        leads, unknown = self.safely(lambda _s, _u: opened_leads(meta["opener_boxes"], meta["opener_base"],
                                                                 meta["opener_texts"]), None, meta["home_url"],
                                     ([], True))
        if unknown:  # where a box's rows lead is a browser's to know: a person checks, unless another is fresh
            yield self.home_endpoint_item(meta, None, [], True)
        for lead in leads:
            asked = {**{k: meta[k] for k in _KEYS}, "check_url": f"{lead}#home-date"}
            yield scrapy.Request(lead, callback=self.parse_home_article, errback=self.home_endpoint_failed,
                                 dont_filter=True, meta=asked)

    def parse_opener_file(self, response):
        meta = response.meta
        if response.status < 300 and isinstance(response, TextResponse):
            meta = {**_own(meta), "opener_texts": [*meta["opener_texts"], response.text]}
        yield from self.next_opener_file(meta)

    def opener_file_failed(self, failure):
        """A script file that cannot be read explains nothing: the others may."""
        yield from self.next_opener_file(failure.request.meta)


def _own(meta: dict) -> dict:
    """What a file's request carries on to the next one: its own keys, not Scrapy's (download_slot, depth)."""
    return {k: v for k, v in meta.items() if k in _KEYS or k.startswith("opener_")}


_KEYS = ("site_id", "page_depth", "check_url", "home_url")
