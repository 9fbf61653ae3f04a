"""Classifies each link check: ok, broken (with its failure class) or unverified."""

from __future__ import annotations

from itemadapter import ItemAdapter

from govcheck.items import CheckItem
from govcheck.judge.links import Observation, classify

# Failures a second look cannot change: the link as written, or our own refusal to fetch it.
NOT_RECHECKED = frozenset({"malformed_url", "missing_anchor", "blocked_address"})


class LinkHealthPipeline:
    """Fills category, verdict and detail of every CheckItem from what the spider saw, and with
    GOVCHECK_RECHECK_DELAY > 0 has each broken link checked once more later in the run."""

    def __init__(self, stats, crawler=None, recheck_delay: float = 0.0):
        self.stats = stats
        self.crawler = crawler
        self.recheck_delay = recheck_delay

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler, crawler.settings.getfloat("GOVCHECK_RECHECK_DELAY"))

    def process_item(self, item):
        if not isinstance(item, CheckItem):
            return item
        a = ItemAdapter(item)
        outcome = classify(Observation(
            url=a["url"], source_url=a["source_url"], method=a["method"], status=a["http_status"],
            failure=a["failure"], failure_detail=a["failure_detail"], headers=a["headers"], body=a["body"],
            body_length=a["body_length"],
            content_type=a["content_type"], redirects=tuple(a["redirects"]), redirect_loop=a["redirect_loop"],
            too_many_redirects=a["too_many_redirects"], browser_retry_status=a["browser_retry_status"],
            retried_after_429=a["retried_after_429"], site_hosts=a["site_hosts"],
        ))
        a["category"], a["verdict"], a["detail"] = outcome.category, outcome.verdict, outcome.detail
        if item.recheck:  # counted once already, when first seen
            self.stats.inc_value(f"govcheck/links/recheck/{'confirmed' if outcome.verdict == 'broken' else 'cleared'}")
            return item
        self.stats.inc_value(f"govcheck/links/{outcome.verdict}")
        if outcome.verdict != "ok":
            self.stats.inc_value(f"govcheck/links/category/{outcome.category}")
        if outcome.verdict == "broken" and self.recheck_delay > 0 and outcome.category not in NOT_RECHECKED:
            schedule = getattr(self.crawler.spider, "schedule_recheck", None)
            if schedule is not None:
                schedule(item, self.recheck_delay)
        return item
