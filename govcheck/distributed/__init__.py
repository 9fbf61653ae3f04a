"""Several workers sharing one run through Redis (`-s GOVCHECK_DISTRIBUTED=1`; each further worker `-a run=ID`), on
scrapy-redis's scheduler, queue and duplicate filter under the run's keys (README: "Running workers").

What scrapy-redis lacks is added on top. Every worker seeds (the filter lets each homepage in once). A request a
worker takes moves, in the same script, to its in-flight set, which it leaves once done (called back, its items
stored, its new requests queued) and the worker's rows committed; a worker whose heartbeat lapses
(GOVCHECK_WORKER_TIMEOUT) has its in-flight requests queued again by the next live one. Work done twice is harmless:
the filter has the links a page queued, the page's column claim names the page, and the store's unique keys skip
rows already stored. Probes and re-checks planned for later wait in Redis with their due time. When every live
worker is idle with nothing queued or delayed, the last one finishes the run, and the last one to leave deletes its
keys. Redis unreachable: redis-py's retries wait up to GOVCHECK_REDIS_PATIENCE seconds (keep it under the worker
timeout), then the worker stops with one error line (exit code 4), leaving the run open.

Modules: `scheduler` (the idle protocol, in-flight sets, delayed requests), `queue` (the PriorityQueue, taken in
batches; the duplicate filter), `shared` (the spider's bookkeeping on Redis), `keys` (keys and Lua scripts),
`guard` (Redis outages), `finish` (finishing a run by hand).
"""

from __future__ import annotations

import os

from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.job import job_dir

# Sent by a distributed worker before it declares itself idle: the storage pipeline commits its buffer.
flush_requested = object()
# Sent by the storage pipeline once it has committed every row collected so far.
rows_committed = object()


def distributed(settings) -> bool:
    return settings.getbool("GOVCHECK_DISTRIBUTED")


def apply_mode(settings) -> None:
    """Chooses the scheduler for the crawl mode; called from the spider's update_settings, after -s options."""
    if distributed(settings):
        settings.set("SCHEDULER", "govcheck.distributed.scheduler.RunScheduler", priority="spider")
        # scrapy-redis's settings, unless the project or -s chose others: the run's keys take its prefix as %(run)s
        for name, value in (("DUPEFILTER_CLASS", "govcheck.distributed.queue.RunDupeFilter"),
                            ("SCHEDULER_QUEUE_CLASS", "govcheck.distributed.queue.RunQueue"),
                            ("SCHEDULER_QUEUE_KEY", "%(run)srequests"),
                            ("SCHEDULER_DUPEFILTER_KEY", "%(run)sdupefilter")):
            if (settings.getpriority(name) or 0) < SETTINGS_PRIORITIES["project"]:  # Scrapy's or its command's
                settings.set(name, value, priority="command")
        settings.set("REDIS_URL", settings.get("GOVCHECK_REDIS_URL"), priority="spider")
        from govcheck.distributed.guard import redis_params

        settings.set("REDIS_PARAMS", redis_params(settings), priority="spider")
    elif job_dir(settings):
        from govcheck.resume import CACHE_DIR

        # replayed from the homepages, with Scrapy's HTTP cache (HttpCacheMiddleware, 900) in the JOBDIR serving
        # what was already fetched; statuses retried or waited out are asked again
        for name, value in (("SCHEDULER", "govcheck.resume.ReplayScheduler"),
                            ("HTTPCACHE_ENABLED", True),
                            ("HTTPCACHE_DIR", os.path.abspath(os.path.join(job_dir(settings), CACHE_DIR))),
                            ("HTTPCACHE_POLICY", "govcheck.resume.ReplayPolicy"),
                            ("HTTPCACHE_STORAGE", "govcheck.resume.AtomicCacheStorage"),
                            ("HTTPCACHE_IGNORE_HTTP_CODES", [*settings.getlist("RETRY_HTTP_CODES"), 429])):
            settings.set(name, value, priority="spider")


# Scrapy's private attributes govcheck still leans on: the engine's requests in progress (a distributed worker's
# requests done) and the HTTP cache's path of an entry (written whole by resume.AtomicCacheStorage).
# tests/distributed/test_internals.py fails on a Scrapy without them.
SCRAPY_PRIVATES = ("ExecutionEngine._slot", "_Slot.inprogress", "FilesystemCacheStorage._get_request_path")


def scrapy_private(obj, name: str):
    """`obj.name`, one of SCRAPY_PRIVATES, or a clear error at its first use: a Scrapy upgrade that drops it must
    stop the crawl, not change it silently."""
    try:
        return getattr(obj, name)
    except AttributeError:
        import scrapy

        owner = obj.__name__ if isinstance(obj, type) else type(obj).__name__
        raise RuntimeError(f"govcheck needs Scrapy's private {owner}.{name}, which Scrapy {scrapy.__version__} "
                           "lacks: install the Scrapy version pyproject.toml pins") from None
