"""Several workers sharing one run through Redis (`-s GOVCHECK_DISTRIBUTED=1`, or the environment variable of
that name):

    scrapy crawl portal -s GOVCHECK_DISTRIBUTED=1                 # creates the run, seeds the homepages, works
    scrapy crawl portal -s GOVCHECK_DISTRIBUTED=1 -a run=ID       # each further worker, on any machine

Every worker reads the same site list (same -a sites / -a site / -a url) and the same database and Redis.
The scheduler is scrapy-redis's (scheduler.RunScheduler), with its queue (queue.RunQueue, a PriorityQueue) and
duplicate filter (queue.RunDupeFilter, an RFPDupeFilter keeping the URLs requested: the spider's `requested` set)
under the run's keys `govcheck:run:<ID>:<stamp>:`; SCHEDULER_QUEUE_CLASS, DUPEFILTER_CLASS, SCHEDULER_QUEUE_KEY,
SCHEDULER_DUPEFILTER_KEY (`%(run)s` is that prefix) and SCHEDULER_SERIALIZER are honoured. Each distinct URL is
fetched once by one of the workers, and a page counts towards its site's cap where its request is queued. What
scrapy-redis lacks is added on top: a worker that goes idle with the run's queue empty waits for the others; when
every live worker is idle, the last one finishes the run and the last one to leave deletes the run's keys. A
killed worker is forgotten once its heartbeat lapses (GOVCHECK_WORKER_TIMEOUT); `finish.finish_run_now()` finishes
a run whose workers are all gone.

A request a worker takes from the queue moves, in the same script, to that worker's in-flight set in Redis. It
leaves that set only once it is done (its callback finished, its items stored, its new requests queued) and the
worker's rows are committed. The requests its callback queues reach Redis as it ends (a page handled again queues
nothing new: the duplicate filter has its links); what else it writes (marks that lead to no request, such as a
column claimed, and the crawl-trap counters) waits in the worker until then, and goes to Redis in one transaction
with its leaving the in-flight set. When a worker's heartbeat lapses, the next live worker to beat or go idle moves
its in-flight requests back to the queue, so a SIGKILLed worker loses no page, and a page handled again marks and
counts as the first time would have. Work done twice is harmless (the store's unique keys skip rows already
stored). A worker that stops early hands its own back. A page's link targets are looked up in one round trip.

Every worker seeds: it stores the site list and queues the homepages, and the duplicate filter lets each homepage
in once, counted once; so a first worker killed while seeding leaves nothing unseeded once any worker starts.
Homepage probes and re-checks planned for later wait in Redis with the time they are due, so a killed worker's
are made by the others, and the run is not finished while any is still to come.

Redis unreachable mid-run: every command is retried for up to GOVCHECK_REDIS_PATIENCE seconds (default 30); the
worker pauses meanwhile and goes on when Redis is back. Past that it stops with one error line and close reason
`redis_error` (exit code 4), leaving the run open: its rows are stored and its requests stay in Redis for the
other workers or a later `-a run=ID`. Unreachable at start, it waits as long and stops the same way before any run
is created. Keep the patience under GOVCHECK_WORKER_TIMEOUT, or a waiting worker is taken for dead.

Modules: `scheduler` (scrapy-redis's scheduler with the idle protocol, in-flight sets and delayed requests),
`queue` (scrapy-redis's PriorityQueue taken from in batches), `shared` (the spider's bookkeeping shared through
Redis), `keys` (the run's keys and the Lua scripts of the idle protocol), `guard` (Redis outages), `finish`.
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
        middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
        middlewares["govcheck.distributed.shared.CallbackOwner"] = 1010  # next to the spider
        settings.set("SPIDER_MIDDLEWARES", middlewares, priority="spider")
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


# Scrapy's private attributes that distributed runs still lean on (the requests in progress):
# tests/distributed/test_internals.py fails on a Scrapy without them
ENGINE_PRIVATES = (("_Slot", "inprogress"),)


def engine_private(obj, name: str):
    """`obj.name`, one of ENGINE_PRIVATES, or a clear error at its first use: a Scrapy upgrade that drops it must
    stop a distributed run, not change it silently."""
    try:
        return getattr(obj, name)
    except AttributeError:
        import scrapy

        raise RuntimeError(f"govcheck's distributed mode needs Scrapy's private {type(obj).__name__}.{name}, "
                           f"which Scrapy {scrapy.__version__} lacks: install the Scrapy version pyproject.toml "
                           "pins") from None
