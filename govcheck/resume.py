"""A run resumed after a crash (`-s JOBDIR=DIR`, one process): the JOBDIR keeps the run id, written as soon as the
run exists, and Scrapy's HTTP cache of the run's responses (set up by distributed.apply_mode). Resuming replays the
crawl from the homepages: cached responses are served, the rest is fetched, and rows already stored are skipped by
the store's unique keys, so rows not yet committed when the process died are produced again."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from scrapy import signals
from scrapy.core.scheduler import Scheduler as ScrapyScheduler
from scrapy.dupefilters import RFPDupeFilter as ScrapyDupeFilter
from scrapy.extensions.httpcache import DummyPolicy, FilesystemCacheStorage
from scrapy.utils.misc import load_object
from scrapy.utils.request import fingerprint

from govcheck.distributed import scrapy_private

RUN_FILE = "govcheck-run.json"
CACHE_DIR = "httpcache"
# Headers govcheck varies for one URL: the browser-like retry behind a bot wall, the ranged GET after a HEAD, a page
# asked again with the cookie its redirect set (a firewall's cookie check)
KEY_HEADERS = ("User-Agent", "Range", "Cookie")


def read_run_file(jobdir: str) -> int | None:
    path = Path(jobdir, RUN_FILE)
    if not path.exists():
        return None
    return int(json.loads(path.read_text(encoding="utf-8"))["run_id"])


def write_run_file(jobdir: str, run_id: int) -> None:
    """Written atomically as soon as the run exists: Scrapy's own spider state is saved only on a clean close."""
    Path(jobdir).mkdir(parents=True, exist_ok=True)
    tmp = Path(jobdir, RUN_FILE + ".tmp")
    tmp.write_text(json.dumps({"run_id": run_id}), encoding="utf-8")
    os.replace(tmp, Path(jobdir, RUN_FILE))


class ReplayScheduler(ScrapyScheduler):
    """Scrapy's scheduler in memory, even with JOBDIR: a resumed run is replayed from its homepages. Scrapy saves
    its disk queues' state (active.json, info.json) only on a clean close, but requests.seen reaches the disk as its
    write buffer fills: after SIGKILL the queue reopens empty and the homepages are dropped as seen."""

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        dupefilter = ScrapyDupeFilter(None, s.getbool("DUPEFILTER_DEBUG"), fingerprinter=crawler.request_fingerprinter)
        return cls(dupefilter, jobdir=None, mqclass=load_object(s["SCHEDULER_MEMORY_QUEUE"]), stats=crawler.stats,
                   pqclass=load_object(s["SCHEDULER_PRIORITY_QUEUE"]), crawler=crawler)


class ReplayPolicy(DummyPolicy):
    """Every response is kept (bar HTTPCACHE_IGNORE_HTTP_CODES: statuses retried or waited out), except for
    requests that must reach the site at their own time (later probes, re-checks) and rendered pages."""

    def should_cache_request(self, request) -> bool:
        refused = any(map(request.meta.get, ("probe_n", "recheck", "playwright")))
        return super().should_cache_request(request) and not refused


class AtomicCacheStorage(FilesystemCacheStorage):
    """Scrapy's filesystem cache, one directory per run, dropped when the run finishes. An entry is several
    files: each is written into a temporary directory renamed into place, so it is whole or absent whenever the
    process dies."""

    _into: str | None = None  # the temporary directory being written

    def open_spider(self, spider) -> None:
        scrapy_private(FilesystemCacheStorage, "_get_request_path")  # overridden below: the entry's own path
        super().open_spider(spider)
        self.cachedir = str(Path(self.cachedir, str(getattr(spider, "run_id", None))))
        spider.crawler.signals.connect(self.run_closed, signal=signals.spider_closed)

    def run_closed(self, spider=None, reason=None) -> None:
        if reason == "finished":  # a finished run is never resumed: its cache is only disk space now
            shutil.rmtree(self.cachedir, ignore_errors=True)

    def _get_request_path(self, spider, request) -> str:
        if self._into is not None:
            return self._into
        key = fingerprint(request, include_headers=KEY_HEADERS).hex()
        return str(Path(self.cachedir, key[:2], key))

    def store_response(self, spider, request, response) -> None:
        path = Path(self._get_request_path(spider, request))
        path.parent.mkdir(parents=True, exist_ok=True)
        self._into = tempfile.mkdtemp(prefix=".tmp-", dir=path.parent)
        try:
            super().store_response(spider, request, response)
            if not path.exists():  # else another response to the same request came first: that one is kept
                os.rename(self._into, path)
        finally:
            shutil.rmtree(self._into, ignore_errors=True)
            self._into = None

    def retrieve_response(self, spider, request):
        try:
            return super().retrieve_response(spider, request)
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            return None  # a damaged entry: fetched again
