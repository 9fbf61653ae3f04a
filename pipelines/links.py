"""Classifies each link check: ok, broken (with its failure class) or unverified."""

from __future__ import annotations

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
        # a CheckItem is a dataclass: its fields read as attributes (an ItemAdapter per check cost 1% of a crawl)
        outcome = classify(Observation(
            url=item.url, source_url=item.source_url, method=item.method, status=item.http_status,
            failure=item.failure, failure_detail=item.failure_detail, headers=item.headers, body=item.body,
            body_length=item.body_length, content_type=item.content_type, redirects=tuple(item.redirects),
            redirect_loop=item.redirect_loop, too_many_redirects=item.too_many_redirects,
            browser_retry_status=item.browser_retry_status, retried_after_429=item.retried_after_429,
            site_hosts=item.site_hosts,
        ))
        item.category, item.verdict, item.detail = outcome.category, outcome.verdict, outcome.detail
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
