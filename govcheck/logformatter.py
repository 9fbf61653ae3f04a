"""Scrapy's log lines, without one per scraped item."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter

_engine_log = logging.getLogger("scrapy.core.engine")  # the logger the engine writes crawled() lines with


class QuietLogFormatter(LogFormatter):
    """Drops the "Scraped from" line: a crawl yields tens of items per page, and their text is page content.

    Even below LOG_LEVEL each line costs a log record; at 20 items a page that is measurable CPU.
    """

    def scraped(self, item, response, spider):
        return None

    def crawled(self, request, response, spider):
        """The "Crawled (200) <GET …>" line, a DEBUG one: below the log level it is not worked out (its referer and
        flags read for each of the crawl's responses, then a log record dropped)."""
        if not _engine_log.isEnabledFor(logging.DEBUG):
            return None
        return super().crawled(request, response, spider)
