"""Stores every item of a run, in batches, and finishes the run (site statuses, problems, judgement)."""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import datetime

from scrapy.exceptions import CloseSpider

from govcheck.items import CheckItem, ColumnItem, LinkItem, PageItem, ProbeItem, SiteItem
from govcheck.store.db import StoreError, database_url, get_engine, redact
from govcheck.store.finish import finish_run
from govcheck.store.writer import RunWriter, row_key

logger = logging.getLogger(__name__)


class StoragePipeline:
    """Writes items to the SQLAlchemy store (GOVCHECK_DATABASE_URL) and finishes the run when the crawl ends."""

    def __init__(self, crawler):
        self.crawler = crawler
        s = crawler.settings
        self.url = database_url(s.get("GOVCHECK_DATABASE_URL"))
        self.batch = s.getint("GOVCHECK_DB_BATCH")
        self.seconds = s.getfloat("GOVCHECK_DB_FLUSH_SECONDS")
        self.profile = s.get("GOVCHECK_RULES")
        self.writer: RunWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        if getattr(spider, "setup_error", None):
            return  # nothing is written for a run that cannot start
        try:
            self.writer = RunWriter(get_engine(self.url), self.batch, self.seconds)
            if not getattr(spider, "creates_run", True):
                return
            # -a run=ID joins a run (distributed workers); JOBDIR's spider state resumes one
            run_id = getattr(spider, "arg_run", None) or getattr(spider, "state", {}).get("run_id")
            run_id = int(run_id) if run_id else None
            options = {"spider": spider.name, "site": spider.arg_site, "url": spider.arg_url}
            spider.run_id = self.writer.start_run(spider.as_of, spider.arg_sites or self.crawler.settings.get("GOVCHECK_SITES"),
                                                  self.profile, options, run_id=run_id)
        except StoreError as exc:
            logger.error("govcheck: %s (database %s)", exc, redact(self.url))
            raise CloseSpider("store_error") from None
        if hasattr(spider, "state"):
            spider.state["run_id"] = spider.run_id
        logger.info("govcheck: run %s, inspection date %s, store %s", spider.run_id, spider.as_of, redact(self.url))
        self.crawler.stats.set_value("govcheck/run_id", spider.run_id)

    def process_item(self, item):
        if self.writer is None:
            return item
        table, row = to_row(item)
        if table:
            try:
                self.writer.add(table, row)
            except StoreError as exc:
                logger.error("govcheck: %s", exc)
                raise CloseSpider("store_error") from None
        return item

    def close_spider(self, spider=None):
        spider = self.crawler.spider
        if self.writer is None:
            return
        if not getattr(spider, "creates_run", True):
            self.writer.flush()
            return
        reason = self.crawler.stats.get_value("finish_reason") or "finished"
        try:
            self.writer.flush()
            if reason == "finished":
                summary = finish_run(self.writer.engine, spider.run_id, self.profile)
                logger.info("govcheck: run %s complete: %s", spider.run_id, summary)
            else:
                finish_run(self.writer.engine, spider.run_id, self.profile, status="incomplete")
                logger.warning("govcheck: run %s stopped (%s): kept as incomplete", spider.run_id, reason)
        except StoreError as exc:
            logger.error("govcheck: %s; run %s is not complete", exc, spider.run_id)


def to_row(item) -> tuple[str | None, dict]:
    """The table and row an item is stored as."""
    if isinstance(item, LinkItem):
        row = asdict(item)
        row["key"] = row_key(item.site_id, item.source_url, item.target_url, item.tag, item.text)
        return "link_occurrences", row
    if isinstance(item, CheckItem):
        return "link_checks", {
            "url": item.url, "method": item.method, "http_status": item.http_status, "failure": item.failure,
            "category": item.category or "ok", "verdict": item.verdict or "ok", "detail": item.detail,
            "final_url": item.redirects[-1] if item.redirects else None, "elapsed": item.elapsed,
            "checked_at": item.checked_at, "confirmed": False,
        }
    if isinstance(item, PageItem):
        return "pages", {**asdict(item), "fetched_at": datetime.now()}
    if isinstance(item, ColumnItem):
        row = asdict(item)
        for k in ("meta_type", "dates", "placeholder"):
            row.pop(k)
        return "columns", row
    if isinstance(item, ProbeItem):
        return "probes", asdict(item)
    if isinstance(item, SiteItem):
        return "run_sites", asdict(item)
    return None, {}
