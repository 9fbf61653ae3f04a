"""Runs that outlive one process: several workers sharing one run through Redis, and a run resumed after a crash.

Distributed (`-s GOVCHECK_DISTRIBUTED=1`, or the environment variable of that name):

    scrapy crawl portal -s GOVCHECK_DISTRIBUTED=1                 # creates the run, seeds the homepages, works
    scrapy crawl portal -s GOVCHECK_DISTRIBUTED=1 -a run=ID       # each further worker, on any machine

Every worker reads the same site list (same -a sites / -a site / -a url) and the same database and Redis.
Requests, the duplicate filter, the URLs already requested and the per-site page counters live in Redis under
`govcheck:run:<ID>:`, so each distinct URL is fetched once by one of the workers. A worker that goes idle with
the run's queue empty waits for the others; when every live worker is idle, the last one finishes the run and
the last one to leave deletes the run's keys. A killed worker is forgotten once its heartbeat lapses
(GOVCHECK_WORKER_TIMEOUT); `finish_run_now()` finishes a run whose workers are all gone.

Resumed (`-s JOBDIR=DIR`, one process): Scrapy writes its JOBDIR queue state and spider state only when a crawl
closes cleanly, so after SIGKILL a plain JOBDIR resumes an empty queue whose requests are all "seen". Here the
JOBDIR instead keeps the run id (written as soon as the run exists) and a journal of responses, each written
to its own file the moment it arrives. Resuming replays the crawl from the homepages: journalled responses are
served from disk, everything else is fetched, and rows already stored are skipped by the store's unique keys.
So rows that were buffered and not yet committed when the process died are simply produced again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import socket
import uuid
from pathlib import Path

from scrapy import signals
from scrapy.core.scheduler import Scheduler as ScrapyScheduler
from scrapy.dupefilters import RFPDupeFilter as ScrapyDupeFilter
from scrapy.exceptions import CloseSpider, DontCloseSpider, NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.job import job_dir
from scrapy.utils.misc import load_object
from twisted.internet import task
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

# Sent by a distributed worker before it declares itself idle: the storage pipeline commits its buffer.
flush_requested = object()

PREFIX = "govcheck:run:"
RUN_FILE = "govcheck-run.json"
JOURNAL_DIR = "responses"


def distributed(settings) -> bool:
    return settings.getbool("GOVCHECK_DISTRIBUTED")


def apply_mode(settings) -> None:
    """Chooses the scheduler for the crawl mode; called from the spider's update_settings, after -s options."""
    if distributed(settings):
        settings.set("SCHEDULER", "govcheck.distributed.RunScheduler", priority="spider")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="spider")
        settings.set("SCHEDULER_PERSIST", True, priority="spider")
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="spider")
        settings.set("REDIS_URL", settings.get("GOVCHECK_REDIS_URL"), priority="spider")
    elif job_dir(settings):
        settings.set("SCHEDULER", "govcheck.distributed.ReplayScheduler", priority="spider")
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        middlewares["govcheck.distributed.ResponseJournal"] = 900
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")


# --- distributed: one run, many workers ---

class RunKeys:
    """The Redis keys of one run: govcheck:run:<ID>:<stamp>:<name>.

    The stamp (from the run's start time) keeps apart runs of the same id in different databases sharing a Redis.
    """

    def __init__(self, run_id: int, started_at=None):
        stamp = hashlib.sha1(str(started_at).encode()).hexdigest()[:8]
        base = f"{PREFIX}{run_id}:{stamp}:"
        self.requests = base + "requests"  # sorted set: the shared queue (scrapy-redis PriorityQueue)
        self.dupefilter = base + "dupefilter"  # set: request fingerprints (scrapy-redis RFPDupeFilter)
        self.requested = base + "requested"  # set: URLs some worker has requested (the spider's `requested`)
        self.pages = base + "pages"  # hash: pages requested per site (the spider's `pages_per_site`)
        self.patterns = base + "patterns"  # hash: pages requested per URL shape (the spider's `per_pattern`)
        self.alive = base + "alive"  # hash: worker -> heartbeat deadline (Redis time, seconds)
        self.idle = base + "idle"  # set: workers idle with nothing in flight
        self.done = base + "done"  # string: the worker that finishes the run

    def all(self) -> list[str]:
        """Every key, the three the leave script reads first."""
        return [self.alive, self.idle, self.done, self.requests, self.dupefilter, self.requested, self.pages,
                self.patterns]

    @staticmethod
    def pattern(run_id: int) -> str:
        return f"{PREFIX}{run_id}:*"


# Drop workers whose heartbeat lapsed, mark this one idle (and alive), and tell whether the run is over:
# 1 = this worker finishes it, 2 = another one did, 0 = not yet (work queued, or a worker busy).
IDLE_SCRIPT = """
local now = tonumber(redis.call('TIME')[1])
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do
  if tonumber(entries[i + 1]) < now then
    redis.call('HDEL', KEYS[1], entries[i]); redis.call('SREM', KEYS[2], entries[i])
  end
end
redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[2]))
redis.call('SADD', KEYS[2], ARGV[1])
if redis.call('EXISTS', KEYS[4]) == 1 then return 2 end
if redis.call('ZCARD', KEYS[3]) > 0 then return 0 end
for _, worker in ipairs(redis.call('HKEYS', KEYS[1])) do
  if redis.call('SISMEMBER', KEYS[2], worker) == 0 then return 0 end
end
redis.call('SET', KEYS[4], ARGV[1])
return 1
"""

HEARTBEAT_SCRIPT = """
local now = tonumber(redis.call('TIME')[1])
redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[2]))
"""

# A worker leaves; the last one out of a finished run deletes every key of the run.
LEAVE_SCRIPT = """
local now = tonumber(redis.call('TIME')[1])
redis.call('HDEL', KEYS[1], ARGV[1]); redis.call('SREM', KEYS[2], ARGV[1])
local entries = redis.call('HGETALL', KEYS[1])
for i = 1, #entries, 2 do
  if tonumber(entries[i + 1]) < now then redis.call('HDEL', KEYS[1], entries[i]) end
end
if redis.call('EXISTS', KEYS[3]) == 1 and redis.call('HLEN', KEYS[1]) == 0 then
  redis.call('DEL', unpack(KEYS))
  return 1
end
return 0
"""


class SharedSet:
    """The spider's `requested` set, shared by the workers of a run (membership by exact URL)."""

    def __init__(self, server, key: str):
        self.server, self.key = server, key

    def __contains__(self, url) -> bool:
        return bool(self.server.sismember(self.key, url))

    def add(self, url) -> None:
        self.server.sadd(self.key, url)


class SharedCounter:
    """A Counter shared by the workers: `c[k] += 1` becomes one atomic HINCRBY of the difference."""

    def __init__(self, server, key: str):
        self.server, self.key = server, key
        self.read: dict = {}

    def __getitem__(self, name) -> int:
        value = int(self.server.hget(self.key, name) or 0)
        self.read[name] = value
        return value

    def __setitem__(self, name, value: int) -> None:
        self.server.hincrby(self.key, name, value - self.read.pop(name, 0))


class RunScheduler:
    """scrapy-redis's scheduler with every key under the run's id, and the idle protocol that ends the run once.

    The run id exists only after the storage pipeline has created or joined the run, which Scrapy does after
    opening the scheduler; so the queue is bound on `spider_opened`, before the first request is scheduled.
    """

    def __init__(self, crawler, base):
        self.crawler = crawler
        self.base = base  # a scrapy_redis Scheduler: its server, serializer and queue class
        self.server = base.server
        self.timeout = crawler.settings.getint("GOVCHECK_WORKER_TIMEOUT")
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.keys: RunKeys | None = None
        self.queue = None
        self.df = None
        self.finisher = False  # True in the one worker that finishes the run
        self.heartbeat = None
        self.idle_script = self.server.register_script(IDLE_SCRIPT)
        self.heartbeat_script = self.server.register_script(HEARTBEAT_SCRIPT)
        self.leave_script = self.server.register_script(LEAVE_SCRIPT)
        self.spider = None

    @classmethod
    def from_crawler(cls, crawler):
        from redis.exceptions import RedisError
        from scrapy_redis.scheduler import Scheduler

        try:
            base = Scheduler.from_settings(crawler.settings)
        except RedisError as exc:
            raise RuntimeError(f"govcheck: Redis at {crawler.settings.get('REDIS_URL')} is not usable: {exc}") from None
        scheduler = cls(crawler, base)
        crawler.signals.connect(scheduler.bind, signal=signals.spider_opened)
        crawler.signals.connect(scheduler.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.leave, signal=signals.spider_closed)
        return scheduler

    # --- Scrapy's scheduler interface ---
    def open(self, spider):
        self.spider = spider
        spider.run_coordinator = self

    def bind(self, spider=None):
        """Attaches this worker to the run the storage pipeline opened, and shares the spider's bookkeeping."""
        from scrapy_redis.dupefilter import RFPDupeFilter

        run_id = getattr(self.spider, "run_id", None)
        if run_id is None:
            return  # the run could not be opened; the spider closes with its own error
        self.keys = keys = RunKeys(run_id, getattr(self.spider, "run_started_at", None))
        queue_cls = load_object(self.base.queue_cls)
        self.queue = queue_cls(server=self.server, spider=self.spider, key=keys.requests,
                               serializer=self.base.serializer)
        self.df = RFPDupeFilter(self.server, key=keys.dupefilter,
                                debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))
        # In-memory state that must be the run's, not this worker's: which URLs were requested and the page caps.
        # `homepages_done` stays per worker (progress display only); `pending_probes` counts this worker's
        # probe timers, which keep it busy (see on_idle) so the run cannot finish before its probes are made.
        self.spider.requested = SharedSet(self.server, keys.requested)
        self.spider.pages_per_site = SharedCounter(self.server, keys.pages)
        self.spider.per_pattern = SharedCounter(self.server, keys.patterns)
        self.beat()
        self.heartbeat = task.LoopingCall(self.beat)
        self.heartbeat.start(max(1.0, self.timeout / 4), now=False)
        logger.info("govcheck: worker %s joined run %s (%d requests queued)", self.worker, run_id, len(self.queue))

    def beat(self):
        self.heartbeat_script(keys=[self.keys.alive], args=[self.worker, self.timeout])

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    def __len__(self) -> int:
        return len(self.queue) if self.queue is not None else 0

    def enqueue_request(self, request) -> bool:
        if self.queue is None:
            return False
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queue.push(request)
        self.crawler.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        if self.queue is None:
            return None
        # Taking a request and leaving the idle set are one transaction: no worker can see the queue empty
        # and everyone idle while a request is on its way to this worker.
        pipe = self.server.pipeline()
        pipe.multi()
        pipe.zrange(self.keys.requests, 0, 0).zremrangebyrank(self.keys.requests, 0, 0)
        pipe.srem(self.keys.idle, self.worker)
        taken, _, _ = pipe.execute()
        if not taken:
            return None
        self.crawler.stats.inc_value("scheduler/dequeued/redis")
        return self.queue._decode_request(taken[0])

    def close(self, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()

    # --- the end of a run ---
    def on_idle(self, spider=None):
        if self.keys is None:
            return
        if getattr(self.spider, "pending_probes", 0):
            raise DontCloseSpider  # probe timers of this worker will schedule more requests
        for _, result in self.crawler.signals.send_catch_log(flush_requested):
            if isinstance(result, Failure):
                # rows this worker could not commit: it must not count as idle, or the run could end without them
                logger.error("govcheck: run %s: cannot commit this worker's rows: %s", self.spider.run_id, result.value)
                raise CloseSpider("store_error")
        state = self.idle_script(keys=[self.keys.alive, self.keys.idle, self.keys.requests, self.keys.done],
                                 args=[self.worker, self.timeout])
        if state == 1:
            self.finisher = True
            logger.info("govcheck: run %s: every worker idle, queue empty; this worker finishes it", self.spider.run_id)
            return
        if state == 2:
            return
        raise DontCloseSpider  # other workers are busy and may queue more

    def leave(self, spider=None, reason=None):
        if self.keys is None:
            return
        if self.leave_script(keys=self.keys.all(), args=[self.worker]):
            logger.info("govcheck: run %s: last worker out, Redis keys deleted", self.spider.run_id)


def run_keys(server, run_id: int) -> list[str]:
    """The run's keys still in Redis."""
    return sorted(k.decode() if isinstance(k, bytes) else k for k in server.scan_iter(match=RunKeys.pattern(run_id)))


def finish_run_now(run_id: int, database_url: str | None, redis_url: str, profile: str = "national-2019") -> dict:
    """Finishes a distributed run whose workers are all gone (killed, or stopped), and deletes its Redis keys.

    The explicit finish step; `govcheck run finish ID` in the CLI would call it.
    """
    import redis
    from sqlalchemy import select, update

    from govcheck.store.db import get_engine
    from govcheck.store.finish import finish_run

    from govcheck.store.models import Run

    engine = get_engine(database_url)
    with engine.begin() as conn:
        started_at = conn.execute(select(Run.started_at).where(Run.id == run_id)).scalar_one()
        claimed = conn.execute(update(Run).where(Run.id == run_id, Run.status.in_(("running", "finishing")))
                               .values(status="finishing")).rowcount
    if not claimed:
        raise RuntimeError(f"run {run_id} is not running: nothing to finish")
    summary = finish_run(engine, run_id, profile)
    server = redis.Redis.from_url(redis_url)
    server.delete(*RunKeys(run_id, started_at).all())
    return summary


# --- resumed: a JOBDIR that survives SIGKILL ---

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
    """Scrapy's scheduler in memory, even with JOBDIR: a resumed run is replayed from its homepages.

    Scrapy's disk queue and requests.seen are saved consistently only on a clean close; after a crash they
    would drop the very requests that must be made again.
    """

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(
            dupefilter=ScrapyDupeFilter(None, s.getbool("DUPEFILTER_DEBUG"),
                                        fingerprinter=crawler.request_fingerprinter),
            jobdir=None,
            mqclass=load_object(s["SCHEDULER_MEMORY_QUEUE"]),
            logunser=s.getbool("SCHEDULER_DEBUG"),
            stats=crawler.stats,
            pqclass=load_object(s["SCHEDULER_PRIORITY_QUEUE"]),
            crawler=crawler,
        )


class ResponseJournal:
    """Keeps every response of a run in JOBDIR as it arrives, one file each, and serves them back on resume.

    Not journalled: probes (each must reach the site at its own time), rendered pages, and statuses that are
    retried or waited out (RETRY_HTTP_CODES, 429), so a replay asks the site again as the first attempt did.
    The key includes the request's headers, so the browser-like retry behind a bot wall is kept apart.
    """

    def __init__(self, crawler, jobdir: str):
        self.crawler = crawler
        self.jobdir = jobdir
        self.stats = crawler.stats
        self.not_kept = set(crawler.settings.getlist("RETRY_HTTP_CODES", [])) | {429}
        self.not_kept = {int(c) for c in self.not_kept}
        self.dir: Path | None = None
        crawler.signals.connect(self.bind, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = job_dir(crawler.settings)
        if not jobdir or distributed(crawler.settings):
            raise NotConfigured
        return cls(crawler, jobdir)

    def bind(self, spider=None):
        run_id = getattr(self.crawler.spider, "run_id", None)
        if run_id is not None:
            self.dir = Path(self.jobdir, JOURNAL_DIR, str(run_id))
            self.dir.mkdir(parents=True, exist_ok=True)

    def closed(self, spider=None, reason=None):
        # a finished run is never resumed: its journal is only disk space now
        if self.dir is not None and reason == "finished":
            shutil.rmtree(self.dir, ignore_errors=True)

    @staticmethod
    def key(request) -> str:
        h = hashlib.sha1()
        for part in (request.method, request.url, request.body or b""):
            h.update(part.encode("utf-8") if isinstance(part, str) else part)
            h.update(b"\x1f")
        for name, values in sorted(request.headers.items()):
            h.update(name + b":" + b",".join(values) + b"\x1f")
        return h.hexdigest()

    def kept(self, request) -> bool:
        meta = request.meta
        return self.dir is not None and not (meta.get("probe_n") or meta.get("playwright") or meta.get("dont_cache"))

    def path(self, request) -> Path:
        k = self.key(request)
        return self.dir / k[:2] / k

    def process_request(self, request):
        if not self.kept(request):
            return None
        path = self.path(request)
        if not path.exists():
            return None
        try:
            data = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            return None  # a damaged entry: fetch again
        headers = Headers(data["headers"])
        cls = responsetypes.from_args(headers=headers, url=data["url"], body=data["body"])
        self.stats.inc_value("govcheck/journal/replayed")
        return cls(url=data["url"], status=data["status"], headers=headers, body=data["body"], flags=["journal"],
                   request=request)

    def process_response(self, request, response):
        if "journal" in response.flags or not self.kept(request) or response.status in self.not_kept:
            return response
        path = self.path(request)
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps({"url": response.url, "status": response.status,
                                      "headers": dict(response.headers), "body": response.body}, protocol=4))
        os.replace(tmp, path)  # whole or absent, whenever the process dies
        self.stats.inc_value("govcheck/journal/kept")
        return response
