"""How the portal spider keeps out of crawl traps: URL shapes whose pages proved to add nothing new
(judge.traps) are no longer read; their URLs are still checked as links where they occur."""

from __future__ import annotations

import logging

from lxml import etree

from govcheck.judge.traps import added_something, adds_nothing, echo_key, hollow
from govcheck.judge.urls import url_pattern

logger = logging.getLogger(__name__)
_TEXT = etree.XPath("string()")  # the text of every node, as "".join(itertext()) gives it, ~5x faster


def tallies(shape: str) -> tuple[str, str]:
    """The names under which a shape's pages read, and those of them that added something, are counted."""
    return f"read:{shape}", f"added:{shape}"


class TrapsMixin:
    """Keeps its counts in `per_pattern` (a Counter, shared by the workers of a distributed run): per URL shape, the
    pages that added nothing new, and its tallies; per echo key (judge.traps), the pages that read so."""

    def may_parse(self, url: str, site, depth: int) -> bool:
        """Within the site's depth and page budget, unless its URL shape has proved a crawl trap."""
        return (depth <= self.max_depth and self.pages_per_site[site.site_id] < self.max_pages
                and not self.trapped(url_pattern(url)))

    def trapped(self, shape: str) -> bool:
        return self.per_pattern[shape] >= self.max_per_pattern

    @staticmethod
    def trap_counts(sel, shape: str) -> tuple[str, list[str]]:
        """The echo key of a page of this shape, and every count its reading looks at (for a distributed run to ask
        at once)."""
        key = echo_key(shape, _TEXT(sel.root))
        return key, [shape, key, *tallies(shape)]

    def echoes(self, key: str) -> bool:
        """Whether an earlier page read as this one does (same shape, same text but for its numbers)."""
        seen = self.per_pattern[key]
        self.per_pattern[key] = seen + 1
        return seen > 0

    def count_trap(self, site, shape: str, led_to: tuple[int, int, int], echo: bool) -> None:
        """Counts what the page added: `led_to` the new URLs it led to (own shape, proven traps', any other)."""
        own, trapped, fresh = led_to
        read, added = tallies(shape)
        self.per_pattern[read] += 1
        if added_something(fresh, echo):
            self.per_pattern[added] += 1
        was = self.trapped(shape)
        if adds_nothing(own, trapped, fresh, echo):
            self.per_pattern[shape] += 1
        elif not was and hollow(self.per_pattern[read], self.per_pattern[added], self.max_per_pattern):
            self.per_pattern[shape] = max(self.per_pattern[shape], self.max_per_pattern)
        if not was and self.trapped(shape):
            self.crawler.stats.inc_value("govcheck/trap_shapes")
            logger.info("govcheck: %s: a crawl trap: pages shaped %s added nothing new; no more of them are read",
                        site.site_id, shape)
