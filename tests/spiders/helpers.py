"""Spiders built from a crawler, and fake responses bound to their requests: callbacks tested without a crawl."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from govcheck.spiders.portal import PortalSpider

HOME = "http://127.0.0.99/"


def portal_spider(**settings) -> PortalSpider:
    """The portal spider over one ad hoc site (HOME), with govcheck's settings and these overrides."""
    base = Settings()
    base.setmodule("govcheck.settings", priority="project")
    crawler = get_crawler(PortalSpider,
                          settings_dict={**base.copy_to_dict(), "GOVCHECK_DNS_OFFLINE": True, **settings})
    spider = PortalSpider.from_crawler(crawler, url=HOME, as_of="2026-11-26")
    crawler.spider = spider
    return spider


def response(url: str, body: str | bytes = b"", status: int = 200, headers: dict | None = None,
             meta: dict | None = None, method: str = "GET", html: bool = True) -> Response:
    """A response to a request for url carrying meta (the spider's own keys), as the engine hands it over."""
    request = Request(url, method=method, meta=dict(meta or {}))
    cls = HtmlResponse if html else Response
    data = body.encode("utf-8") if isinstance(body, str) else body
    kwargs = {"encoding": "utf-8"} if html else {}
    return cls(url, status=status, headers=headers or {}, body=data, request=request, **kwargs)


def page_meta(spider: PortalSpider, url: str, **extra) -> dict:
    """The meta of a page request the spider made for url."""
    return dict(spider.page_request(url, spider.sites[0], 1).meta, **extra)
