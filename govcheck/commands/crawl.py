"""`scrapy crawl` that exits non-zero when govcheck stopped a run (bad site list, store unusable, Redis lost).

A scheduled `scrapy crawl portal && govcheck report` must not go on to report the previous run.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from govcheck.rules import ProfileError, settings_profile

# close reasons of a run that could not be done; the log already says why in one line
FAILED_REASONS = {"setup_error": 2, "store_error": 3, "redis_error": 4}


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args, opts) -> None:
        try:  # read by the pipelines as the crawler is built: a bad name would stop it with a traceback
            settings_profile(self.settings)
        except ProfileError as exc:
            print(f"govcheck: GOVCHECK_RULES: {exc}", file=sys.stderr)
            self.exitcode = FAILED_REASONS["setup_error"]
            return
        super().run(args, opts)
        reason = self.crawler.stats.get_value("finish_reason") if getattr(self, "crawler", None) else None
        if reason in FAILED_REASONS:
            self.exitcode = FAILED_REASONS[reason]
