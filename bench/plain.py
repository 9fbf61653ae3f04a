"""Scrapy alone on the farm: the ceiling govcheck's crawl is measured against (`make bench` runs it first).

A bare spider with Scrapy's defaults apart from politeness: it fetches every page, image and file the farm's
pages link to, once each, and parses nothing beyond the links. Run from a folder without scrapy.cfg, so
govcheck's own settings, middlewares and pipelines stay out:

    python -m scrapy runspider bench/plain.py -a homepages=URL,URL,... -s CONCURRENT_REQUESTS_PER_DOMAIN=16
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy


class PlainSpider(scrapy.Spider):
    name = "plain"
    custom_settings = {
        "ROBOTSTXT_OBEY": False, "LOG_LEVEL": "WARNING", "RETRY_ENABLED": False, "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False, "HTTPERROR_ALLOW_ALL": True, "CONCURRENT_REQUESTS": 64,
    }

    def __init__(self, homepages: str = "", outside: str = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [u for u in homepages.split(",") if u]
        self.outside = outside  # the farm's "external" host: its pages are fetched, not parsed, as govcheck does

    def parse(self, response):
        self.crawler.stats.inc_value("plain/responses")
        if not isinstance(response, scrapy.http.HtmlResponse) or urlsplit(response.url).hostname == self.outside:
            return
        self.crawler.stats.inc_value("plain/pages")
        for href in response.css("a::attr(href), img::attr(src)").getall():
            yield response.follow(href, callback=self.parse)
