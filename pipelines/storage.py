"""Stores every item of a run, in batches, and finishes the run (site statuses, problems, judgement)."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.job import job_dir

from govcheck.distributed import distributed, flush_requested, rows_committed
from govcheck.items import CheckItem
from govcheck.resume import read_run_file, write_run_file
from govcheck.store.db import StoreError, database_url, get_engine, redact
from govcheck.store.finish import apply_rechecks, finish_run
from govcheck.store.rows import to_rows
from govcheck.store.runs import claim_finish, run_dates, run_status
from govcheck.store.writer import RETRY_SECONDS, RunWriter

logger = logging.getLogger(__name__)


class StoragePipeline:
    """Writes items to the SQLAlchemy store (GOVCHECK_DATABASE_URL) and finishes the run when the crawl ends."""

    def __init__(self, crawler):
        self.crawler = crawler
        s = crawler.settings
        self.url = database_url(s.get("GOVCHECK_DATABASE_URL"))
        self.batch = s.getint("GOVCHECK_DB_BATCH")
        self.seconds = s.getfloat("GOVCHECK_DB_FLUSH_SECONDS")
        self.retry_seconds = s.getfloat("GOVCHECK_DB_RETRY_SECONDS", RETRY_SECONDS)
        self.profile = s.get("GOVCHECK_RULES")
        self.distributed = distributed(s)
        # a JOBDIR keeps the run id, so the run resumes after a crash (govcheck/resume.py); not when distributed,
        # where the run id is given to each worker and the Redis queue is the state that persists
        self.jobdir = None if self.distributed else job_dir(s)
        self.writer: RunWriter | None = None
        self.rechecks: dict[str, dict] = {}  # url -> outcome of a second look, not yet applied
        self.failed: StoreError | None = None  # the store error that stopped the crawl; later items are not stored
        self.retry_call = None  # the next attempt at committing while the store is unavailable
        self.paused = False  # the engine, by this pipeline, for the store to come back

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.flush, signal=flush_requested)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = self.crawler.spider
        if getattr(spider, "setup_error", None):
            return  # nothing is written for a run that cannot start
        try:
            self.writer = RunWriter(get_engine(self.url), self.batch, self.seconds, self.retry_seconds)
            if not getattr(spider, "creates_run", True):
                return
            # -a run=ID joins a run (a distributed worker, or a run continued by hand); a JOBDIR resumes its own
            run_id = self.run_to_resume(spider)
            # the crawl settings the run is finished with, whichever worker finishes it
            options = {"spider": spider.name, "site": spider.arg_site, "url": spider.arg_url,
                       "date_mismatch_days": self.crawler.settings.getint("GOVCHECK_DATE_MISMATCH_DAYS")}
            site_list = spider.arg_sites or self.crawler.settings.get("GOVCHECK_SITES")
            retrying = self.writer.retrying
            columns = {"round": getattr(spider, "round", None) or None, "scope": getattr(spider, "scope", "round"),
                       "sample": getattr(spider, "sample_record", None)}
            spider.run_id = retrying(lambda: self.writer.start_run(spider.as_of, site_list, self.profile, options,
                                                                   run_id=run_id, columns=columns))
            run = retrying(lambda: run_dates(self.writer.engine, spider.run_id))
            spider.run_started_at = run.started_at  # with the id, names the run's keys in Redis
            if run_id is not None:
                retrying(lambda: self.adopt(spider, run))
        except StoreError as exc:
            self.failed = exc
            logger.error("govcheck: %s (database %s)", exc, redact(self.url))
            raise CloseSpider("store_error") from None
        if self.jobdir:
            write_run_file(self.jobdir, spider.run_id)
        logger.info("govcheck: run %s, inspection date %s, store %s", spider.run_id, spider.as_of, redact(self.url))
        self.crawler.stats.set_value("govcheck/run_id", spider.run_id)

    def run_to_resume(self, spider) -> int | None:
        if getattr(spider, "arg_run", None):
            return int(spider.arg_run)
        if self.jobdir:
            run_id = read_run_file(self.jobdir)
            status = None if run_id is None else self.writer.retrying(lambda: run_status(self.writer.engine, run_id))
            if status not in (None, "complete"):
                logger.info("govcheck: resuming run %s from %s", run_id, self.jobdir)
                return run_id
        return None

    def adopt(self, spider, run) -> None:
        """A run joined or resumed keeps its own inspection date (probes it replays are ignored by the probes' key)."""
        if run.as_of != spider.as_of:
            logger.info("govcheck: run %s keeps its inspection date %s", spider.run_id, run.as_of)
            spider.as_of = run.as_of

    def process_item(self, item):
        if self.writer is None or self.failed is not None:
            return item
        table, rows = to_rows(item)
        if isinstance(item, CheckItem) and item.recheck:
            self.rechecks[item.url] = rows[0]  # amends the first check's row once that is committed (see commit)
            return item
        self.writer.hold_all(table, rows)
        if self.retry_call is None and self.writer.due():
            self.commit_soon()
        return item

    def commit_soon(self) -> None:
        """Commits the buffer without blocking the crawl. While the store is unavailable the engine is paused (the
        requests in flight finish, their rows wait in the buffer) and the commit is tried again later."""
        from twisted.internet import reactor

        self.retry_call = None
        try:
            delay = self.writer.try_flush()
        except StoreError as exc:
            self.stop(exc)
            return
        engine = self.crawler.engine
        if delay is not None:
            if not self.paused:
                self.paused = True
                engine.pause()
            self.retry_call = reactor.callLater(delay, self.commit_soon)
            return
        if not self.rechecks:  # else only commit() stores everything collected: it amends re-checked rows too
            self.crawler.signals.send_catch_log(rows_committed)
        if self.paused:
            self.paused = False
            engine.unpause()  # the engine's heartbeat (every 5 s) resumes the crawl: Scrapy has no public wake-up

    def stop(self, exc: StoreError) -> None:
        """Says once why the store failed and closes the spider: CloseSpider raised from a pipeline would only be
        logged as an error of that item, and the crawl would go on."""
        self.failed = exc
        logger.error("govcheck: %s (database %s); the crawl stops, %s", exc, redact(self.url), self.given_up())
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            d = deferred_from_coro(engine.close_spider_async(reason="store_error"))
            d.addErrback(lambda _: None)  # already closing

    def flush(self) -> None:
        """Commits the buffered rows now: a distributed worker does before it declares itself idle, and a
        StoreError raised here keeps it from doing so."""
        if self.failed is not None:
            raise self.failed
        if self.writer is not None:
            self.commit()

    def commit(self) -> None:
        """Commits the buffered rows, then amends the rows of links checked a second time."""
        self.writer.flush()
        if self.rechecks:
            run_id = self.crawler.spider.run_id
            self.writer.retrying(lambda: apply_rechecks(self.writer.engine, run_id, self.rechecks))
            self.rechecks = {}
        self.crawler.signals.send_catch_log(rows_committed)

    def close_spider(self, spider=None):
        """Commits what is buffered. The run is finished on spider_closed, the first moment the close reason is
        known (Scrapy records it only after the pipelines have closed)."""
        if self.retry_call is not None and self.retry_call.active():
            self.retry_call.cancel()  # the commit below waits out what is left of the outage
        self.retry_call = None
        if self.writer is None or self.failed is not None:
            return  # a failed store was reported when it failed; its run stays open (resumable), not complete
        try:
            self.commit()
        except StoreError as exc:
            self.failed = exc
            logger.error("govcheck: %s (database %s); %s", exc, redact(self.url), self.given_up())

    def given_up(self) -> str:
        """What a store fault leaves, said in its one line: the run is marked failed (a worker cannot then finish it
        as complete; JOBDIR or -a run=ID resumes it) and the rows collected but not stored are counted, not lost
        silently."""
        run_id = getattr(self.crawler.spider, "run_id", None)
        marked = "marked failed" if self.writer.mark_failed() else "not marked failed: the store refused that too"
        return f"run {run_id} is not complete ({marked}); {self.writer.pending} collected rows are not stored"

    def spider_closed(self, spider=None, reason=None) -> None:
        """Finishes the run: complete when the crawl finished, incomplete when it was stopped (a timeout, a
        shutdown). A store that fails here fails the crawl (`scrapy crawl` exits with the store_error code);
        connected after Scrapy's core stats, so this runs after they record the reason."""
        spider = self.crawler.spider
        if self.writer is not None and self.failed is None and self.finishes_run(spider):
            self.finish(spider, reason or "finished")
        if self.failed is not None and reason != "store_error":
            self.crawler.stats.set_value("finish_reason", "store_error")

    def finishes_run(self, spider) -> bool:
        """A distributed worker that is not the last one leaves the run to others."""
        coordinator = getattr(spider, "run_coordinator", None)
        return getattr(spider, "creates_run", True) and (coordinator is None or coordinator.finisher)

    def finish(self, spider, reason: str) -> None:
        engine, retrying = self.writer.engine, self.writer.retrying
        try:
            if getattr(spider, "run_coordinator", None) is not None \
                    and not retrying(lambda: claim_finish(engine, spider.run_id)):
                logger.warning("govcheck: run %s is already finished or being finished", spider.run_id)
                return
            # the run is marked in finish_run's last transaction: failing before it, the run is not complete
            if reason == "finished":
                summary = retrying(lambda: finish_run(engine, spider.run_id, self.profile))
                logger.info("govcheck: run %s complete: %s", spider.run_id, summary)
            else:
                retrying(lambda: finish_run(engine, spider.run_id, self.profile, status="incomplete"))
                logger.warning("govcheck: run %s stopped (%s): kept as incomplete", spider.run_id, reason)
        except StoreError as exc:
            self.failed = exc
            logger.error("govcheck: %s (database %s); run %s is not complete", exc, redact(self.url), spider.run_id)
