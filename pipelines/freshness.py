"""Types each column and judges it stale or empty under the run's rule profile."""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter

from govcheck.items import ColumnItem
from govcheck.judge.columns import column_type, judge_column
from govcheck.rules import settings_profile

logger = logging.getLogger(__name__)


class FreshnessPipeline:
    """Fills type, last update, days since, threshold, stale and empty of every ColumnItem."""

    def __init__(self, crawler, profile):
        self.crawler = crawler
        self.profile = profile
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, settings_profile(crawler.settings))

    def process_item(self, item):
        if not isinstance(item, ColumnItem):
            return item
        spider = self.crawler.spider
        a = ItemAdapter(item)
        site = spider.by_id.get(a["site_id"])
        override = site.column_types.get(a["name"]) if site else None
        a["type"] = column_type(a["name"], a["meta_type"], self.profile, override, a["heading"], a["archived"])
        v = judge_column(a["dates"], a["type"], spider.as_of, self.profile, placeholder=a["placeholder"],
                         unverified=a["reason"])
        for field, value in v.stored().items():
            a[field] = value
        self.stats.inc_value("govcheck/columns")
        if v.verdict != "ok":
            self.stats.inc_value(f"govcheck/columns/{v.verdict}")
        if v.verdict == "unverified":  # a person looks at it: the report lists it with the reason
            logger.info("govcheck: column %s (%s) could not be read: %s", a["name"], a["url"], a["reason"])
        return item
