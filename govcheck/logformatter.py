"""Scrapy's log lines, without one per scraped item, nor a "Crawled" line below the crawl's log level."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


def shows_debug(settings) -> bool:
    """Whether the crawl's log (LOG_ENABLED, LOG_LEVEL) shows DEBUG lines; an unknown level counts as showing them."""
    if not settings.getbool("LOG_ENABLED", True):
        return False
    level = settings.get("LOG_LEVEL", "DEBUG")
    number = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    return not isinstance(number, int) or number <= logging.DEBUG


class QuietLogFormatter(LogFormatter):
    """Drops the "Scraped from" line: a crawl yields tens of items per page, and their text is page content.

    Even below LOG_LEVEL each line costs a log record; at 20 items a page that is measurable CPU. So does the
    "Crawled (200) <GET …> (referer: …)" DEBUG line of every response: Scrapy's loggers pass every level (its log
    handler filters by LOG_LEVEL), so each one read the request's referer and flags and made a record that was
    dropped (about 1% of make bench's CPU). It is written when LOG_LEVEL shows DEBUG lines, as Scrapy writes it.
    """

    crawled_shown = True

    @classmethod
    def from_crawler(cls, crawler):
        formatter = cls()
        formatter.crawled_shown = shows_debug(crawler.settings)
        return formatter

    def scraped(self, item, response, spider):
        return None

    def crawled(self, request, response, spider):
        if not self.crawled_shown:
            return None
        return super().crawled(request, response, spider)
