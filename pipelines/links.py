"""Classifies each link check: ok, broken (with its failure class) or unverified."""

from __future__ import annotations

from itemadapter import ItemAdapter

from govcheck.items import CheckItem
from govcheck.judge.links import Observation, classify


class LinkHealthPipeline:
    """Fills category, verdict and detail of every CheckItem from what the spider saw."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if not isinstance(item, CheckItem):
            return item
        a = ItemAdapter(item)
        outcome = classify(Observation(
            url=a["url"], source_url=a["source_url"], method=a["method"], status=a["http_status"],
            failure=a["failure"], headers=a["headers"], body=a["body"], body_length=a["body_length"],
            content_type=a["content_type"], redirects=tuple(a["redirects"]), redirect_loop=a["redirect_loop"],
            too_many_redirects=a["too_many_redirects"], browser_retry_status=a["browser_retry_status"],
            retried_after_429=a["retried_after_429"], site_hosts=a["site_hosts"],
        ))
        a["category"], a["verdict"], a["detail"] = outcome.category, outcome.verdict, outcome.detail
        self.stats.inc_value(f"govcheck/links/{outcome.verdict}")
        if outcome.verdict != "ok":
            self.stats.inc_value(f"govcheck/links/category/{outcome.category}")
        return item
