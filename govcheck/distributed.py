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

A request a worker takes from the queue moves, in the same script, to that worker's in-flight set in Redis. It
leaves that set only once it is done (its callback finished, its items stored, its new requests queued) and the
worker's rows are committed. Each write a callback makes to the shared `requested` set and page counters is
journalled with its undo under the request being handled, until that request is forgotten. When a worker's
heartbeat lapses, the next live worker to beat or go idle moves its in-flight requests back to the queue and
undoes their journal, so a SIGKILLed worker loses no page, and a page handled again marks and counts its links as
the first time did; work done twice is harmless (the duplicate filter drops requests already queued, the store's
unique keys rows already stored). A worker that stops early hands its own back. The writes and requests of
a callback reach Redis in one transaction with their journal entries, sent as the callback ends without waiting
for the reply (govcheck/outbox.py): Redis carries them out while the worker goes on. A page's membership
questions are sent before the page is read and answered when its links are followed, and the next requests are
taken while the last ones are still being fetched, so a worker seldom waits on Redis.

Every worker seeds: it stores the site list and queues the homepages, and the duplicate filter lets each homepage
in once, counted once; so a first worker killed while seeding leaves nothing unseeded once any worker starts.
Homepage probes and re-checks planned for later wait in Redis with the time they are due, so a killed worker's
are made by the others, and the run is not finished while any is still to come.

Redis unreachable mid-run: every command is retried for up to GOVCHECK_REDIS_PATIENCE seconds (default 30); the
worker pauses meanwhile and goes on when Redis is back. Past that it stops with one error line and close reason
`redis_error` (exit code 4), leaving the run open: its rows are stored and its requests stay in Redis for the
other workers or a later `-a run=ID`. Unreachable at start, it waits as long and stops the same way before any run
is created. Keep the patience under GOVCHECK_WORKER_TIMEOUT, or a waiting worker is taken for dead.

Resumed (`-s JOBDIR=DIR`, one process): Scrapy writes its JOBDIR queue state and spider state only when a crawl
closes cleanly, so after SIGKILL a plain JOBDIR resumes an empty queue whose requests are all "seen". Here the
JOBDIR instead keeps the run id (written as soon as the run exists) and a journal of responses, each written
to its own file the moment it arrives. Resuming replays the crawl from the homepages: journalled responses are
served from disk, everything else is fetched, and rows already stored are skipped by the store's unique keys.
So rows that were buffered and not yet committed when the process died are simply produced again.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import pickle
import shutil
import socket
import time
import uuid
from collections import deque
from contextvars import ContextVar
from itertools import chain
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

from govcheck.outbox import Outbox

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
        settings.set("REDIS_PARAMS", redis_params(settings), priority="spider")
        middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
        middlewares["govcheck.distributed.CallbackOwner"] = 1010  # next to the spider
        settings.set("SPIDER_MIDDLEWARES", middlewares, priority="spider")
    elif job_dir(settings):
        settings.set("SCHEDULER", "govcheck.distributed.ReplayScheduler", priority="spider")
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        middlewares["govcheck.distributed.ResponseJournal"] = 900
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")


# --- distributed: one run, many workers ---

# The request whose callback is running, in the task running it: a worker's writes to the run's shared bookkeeping
# are journalled under that request, to be undone if the worker dies before the request is done.
current_request: ContextVar = ContextVar("current_request", default=None)


class CallbackOwner:
    """Sets `current_request` around each step of a callback's output (the code up to its next yield)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def flush(self) -> None:
        """What the callback wrote and queued is sent soon, once it has no more to give."""
        coordinator = getattr(self.crawler.spider, "run_coordinator", None)
        if coordinator is not None:
            coordinator.flush_soon()

    def process_spider_output(self, response, result):
        it = iter(result)
        try:
            while True:
                token = current_request.set(response.request)
                try:
                    out = next(it)
                except StopIteration:
                    return
                finally:
                    current_request.reset(token)
                yield out
        finally:
            self.flush()

    async def process_spider_output_async(self, response, result):
        it = result.__aiter__()
        try:
            while True:
                token = current_request.set(response.request)
                try:
                    out = await it.__anext__()
                except StopAsyncIteration:
                    return
                finally:
                    current_request.reset(token)
                yield out
        finally:
            self.flush()


def redis_params(settings) -> dict:
    """Short socket timeouts and no retries inside redis-py: RedisGuard alone decides how long to wait."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return {"socket_timeout": 5, "socket_connect_timeout": 5, "retry_on_timeout": False, "retry": Retry(NoBackoff(), 0),
            **settings.getdict("REDIS_PARAMS")}


class RedisGuard:
    """Runs a worker's Redis commands through an outage: retried for up to `patience` seconds, with the worker
    paused; past that the worker stops (close reason redis_error) and every later command returns its default.

    With an outbox, what it holds unanswered is read first: a command never overtakes what the worker has sent."""

    def __init__(self, crawler, patience: float, outbox: Outbox | None = None):
        self.crawler = crawler
        self.patience = patience
        self.outbox = outbox
        self.lost = False
        self.calls = 0  # round trips, and the seconds this worker spent waiting on them (stats at close)
        self.seconds = 0.0

    def __call__(self, command, *args, default=None, **kwargs):
        return self.timed(command, args, kwargs, default, settle=True)

    def post(self) -> None:
        """Sends the outbox's transactions, not waiting for their replies."""
        self.timed(self.outbox.push, (), {}, None, settle=False)

    def timed(self, command, args, kwargs, default, settle: bool):
        started = time.perf_counter()
        try:
            return self.attempt(command, args, kwargs, default, settle)
        finally:
            self.calls += settle
            self.seconds += time.perf_counter() - started

    def attempt(self, command, args, kwargs, default, settle: bool):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        if self.lost:
            return default
        since = None
        while True:
            try:
                if settle and self.outbox is not None and self.outbox.unread:
                    self.outbox.drain()
                result = command(*args, **kwargs)
            except (RedisConnectionError, RedisTimeoutError) as exc:
                now = time.monotonic()
                if since is None:
                    since = now
                    logger.warning("govcheck: Redis unreachable (%s); waiting up to %g s for it", exc, self.patience)
                if now - since >= self.patience:
                    self.give_up(exc, now - since)
                    return default
                time.sleep(min(0.5, self.patience - (now - since)))
                continue
            if since is not None:
                logger.warning("govcheck: Redis reachable again after %.1f s; going on", time.monotonic() - since)
            return result

    def give_up(self, exc, waited: float) -> None:
        self.lost = True
        run_id = getattr(self.crawler.spider, "run_id", None)
        kept = "" if run_id is None else (f"; run {run_id} stays open, its requests kept in Redis for the other "
                                          f"workers or a later `-a run={run_id}`")
        logger.error("govcheck: Redis unreachable for %.0f s (%s): this worker stops%s", waited, exc, kept)
        from twisted.internet import reactor

        reactor.callLater(0, self.stop)

    def stop(self) -> None:
        from scrapy.utils.defer import deferred_from_coro

        engine = self.crawler.engine
        if engine is not None and engine.running and engine.spider is not None:  # not while opening: open() raises
            d = deferred_from_coro(engine.close_spider_async(reason="redis_error"))
            d.addErrback(lambda _: None)  # already closed


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
        # requests to be queued later (crawl probes, re-checks): a sorted set of tokens scored by when (Redis time,
        # seconds), and a hash token -> request (journal entries are JSON: they name the token, not the bytes)
        self.delayed = base + "delayed"
        self.delayed_requests = base + "delayed-requests"
        # sorted sets, one per worker: requests taken from the queue and not done yet (member and score as queued)
        self.inflight_prefix = base + "inflight:"
        # sorted sets, one per worker: how to undo the writes to `requested`, `pages` and `patterns` made by the
        # callbacks of requests it has not finished (member: a JSON command, score: the request's number)
        self.journal_prefix = base + "journal:"

    def inflight(self, worker: str) -> str:
        return self.inflight_prefix + worker

    def journal(self, worker: str) -> str:
        return self.journal_prefix + worker

    def of_worker(self, worker: str) -> list[str]:
        return [self.inflight(worker), self.journal(worker)]

    def all(self) -> list[str]:
        """Every key but the in-flight sets; the scripts read the first four."""
        return [self.alive, self.idle, self.requests, self.done, self.dupefilter, self.requested, self.pages,
                self.patterns, self.delayed, self.delayed_requests]

    @staticmethod
    def pattern(run_id: int) -> str:
        return f"{PREFIX}{run_id}:*"


# Shared by the scripts that watch heartbeats. KEYS[1] alive, KEYS[2] idle, KEYS[3] requests;
# ARGV[1] this worker, ARGV[2] heartbeat timeout, ARGV[3] and ARGV[4] prefixes of the in-flight sets and the
# journals (other workers' keys are named here, not passed in KEYS: a run lives in one Redis, never a cluster).
# A request taken by a dead worker is handed back with its writes undone: the URLs it marked requested and the
# page counts it added were for requests and rows that may never have reached Redis or the store, and the
# worker that handles it again must be free to make them.
LUA_COMMON = """
local now = tonumber(redis.call('TIME')[1])
local function requeue(from)
  local n = redis.call('ZCARD', from)
  if n > 0 then redis.call('ZUNIONSTORE', KEYS[3], 2, KEYS[3], from, 'AGGREGATE', 'MIN') end
  redis.call('DEL', from)
  return n
end
local function undo(journal)
  for _, entry in ipairs(redis.call('ZRANGE', journal, 0, -1)) do
    local command = cjson.decode(entry)
    redis.call(unpack(command, 1, #command - 1))
  end
  redis.call('DEL', journal)
end
local function reap()
  local moved = 0
  local entries = redis.call('HGETALL', KEYS[1])
  for i = 1, #entries, 2 do
    if tonumber(entries[i + 1]) < now then
      redis.call('HDEL', KEYS[1], entries[i]); redis.call('SREM', KEYS[2], entries[i])
      moved = moved + requeue(ARGV[3] .. entries[i])
      undo(ARGV[4] .. entries[i])
    end
  end
  return moved
end
"""

# Forget workers whose heartbeat lapsed (their requests queued again), mark this one idle, and tell whether the
# run is over: {state, requests of lapsed workers queued again, requests this worker took and never got}, state
# 1 = this worker finishes it, 2 = another one did, 0 = not yet (work queued or delayed, or a worker busy).
# KEYS[4] done, KEYS[5] this worker's in-flight set: empty by now unless a reply was lost in an outage;
# KEYS[6] the delayed requests.
IDLE_SCRIPT = LUA_COMMON + """
local reaped, leftover = reap(), requeue(KEYS[5])
redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[2]))
redis.call('SADD', KEYS[2], ARGV[1])
if redis.call('EXISTS', KEYS[4]) == 1 then return {2, reaped, leftover} end
if redis.call('ZCARD', KEYS[3]) > 0 or redis.call('ZCARD', KEYS[6]) > 0 then return {0, reaped, leftover} end
for _, worker in ipairs(redis.call('HKEYS', KEYS[1])) do
  if redis.call('SISMEMBER', KEYS[2], worker) == 0 then return {0, reaped, leftover} end
end
redis.call('SET', KEYS[4], ARGV[1])
return {1, reaped, leftover}
"""

# Returns how many requests of lapsed workers it queued again.
HEARTBEAT_SCRIPT = LUA_COMMON + """
local reaped = reap()
redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[2]))
return reaped
"""

# A worker leaves, handing back what it took and did not finish; the last one out of a finished run deletes every
# key of the run. KEYS[4] done, KEYS[5] and KEYS[6] this worker's in-flight set and journal, then the run's others.
LEAVE_SCRIPT = LUA_COMMON + """
redis.call('HDEL', KEYS[1], ARGV[1]); redis.call('SREM', KEYS[2], ARGV[1])
local moved = requeue(KEYS[5]) + reap()
undo(KEYS[6])
if redis.call('EXISTS', KEYS[4]) == 1 and redis.call('HLEN', KEYS[1]) == 0 then
  redis.call('DEL', unpack(KEYS))
  return {1, moved}
end
return {0, moved}
"""

# Takes the first request of the queue into this worker's in-flight set, and leaves the idle set, in one step:
# no worker can see the queue empty and everyone idle while a request is on its way, and no request is ever only
# in a worker's memory. Delayed requests that are due join the queue first, ahead of all others. KEYS: requests,
# idle, alive, this worker's in-flight set, delayed tokens, delayed requests; ARGV: worker, timeout, the score
# of due requests, how many to take (in queue order).
POP_SCRIPT = """
redis.call('SREM', KEYS[2], ARGV[1])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local due = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now)
if #due > 0 then
  for _, token in ipairs(due) do
    local request = redis.call('HGET', KEYS[6], token)
    if request then redis.call('ZADD', KEYS[1], ARGV[3], request) end
    redis.call('HDEL', KEYS[6], token)
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
end
local top = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[4]) - 1, 'WITHSCORES')
if #top == 0 then return {} end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, #top / 2 - 1)
local taken = {}
for i = 1, #top, 2 do
  redis.call('ZADD', KEYS[4], top[i + 1], top[i])
  taken[#taken + 1] = top[i]
end
redis.call('HSET', KEYS[3], ARGV[1], tonumber(clock[1]) + tonumber(ARGV[2]))
return taken
"""
# Requests taken per round trip: fewer round trips, and still a small share of the queue for a worker to hold
# while the others may be idle.
POP_BATCH = 16
POP_LOW = 8  # requests left in hand when the next batch is asked for

# The duplicate filter and the queue in one step, so a retry after a lost reply cannot drop a request as seen;
# any number of requests per call, 6 arguments each. A homepage seeded by every worker counts once towards its
# site's page caps: only the worker whose request gets in counts it. KEYS: dupefilter, requests, pages, patterns;
# ARGV, for each request: fingerprint, score, request, 1 to filter, and for a seed its site and URL pattern ('' and
# '' otherwise). Returns how many were queued.
ENQUEUE_SCRIPT = """
local queued = 0
for i = 1, #ARGV, 6 do
  if ARGV[i + 3] ~= '1' or redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
    redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i + 2])
    if ARGV[i + 4] ~= '' then
      redis.call('HINCRBY', KEYS[3], ARGV[i + 4], 1)
      redis.call('HINCRBY', KEYS[4], ARGV[i + 5], 1)
    end
    queued = queued + 1
  end
end
return queued
"""
ENQUEUE_BATCH = 200  # requests per call of the enqueue script
MERGE_MAX = 1000  # members per merged SADD (and its undo): the journal's undo unpacks them onto Lua's stack
IDLE_LOOK_SECONDS = 1.0
FLUSH_DELAY = 0.0  # seconds a callback's writes and requests wait to be sent with others
DUE_SCORE = -1000  # due delayed requests go ahead of every priority the spider uses


class CallbacksOf:
    """The spider as Request.to_dict sees it when naming a request's callback and errback: only those two methods.
    Scrapy finds a callback's name with inspect.getmembers over the whole spider, about 0.15 ms a request."""

    def __init__(self, spider, request):
        self.spider = spider
        self.names = [f.__name__ for f in (request.callback, request.errback) if hasattr(f, "__func__")]

    def __dir__(self):
        return self.names

    def __getattr__(self, name):
        return getattr(self.spider, name)


def encode_request(queue, request) -> bytes:
    """The queue's own encoding (scrapy_redis Base._encode_request), with the callbacks named cheaply."""
    try:
        obj = request.to_dict(spider=CallbacksOf(queue.spider, request))
    except ValueError:  # a callback that is not a method of the spider under its own name: Scrapy's full search
        obj = request.to_dict(spider=queue.spider)
    return queue.serializer.dumps(obj)


def queue_score(priority: int, fingerprint: str) -> float:
    """scrapy-redis's score (-priority) plus a fraction below 1 from the fingerprint. Requests of equal score
    leave a sorted set in the byte order of their encoding, which starts with the URL: one host after another,
    each hit with all the workers' concurrency at once. The fraction spreads them over hosts, and keeps the
    order between priorities."""
    return -priority + int(fingerprint[:8], 16) / 2**33


class SharedSet:
    """The spider's `requested` set, shared by the workers of a run (membership by exact URL).

    Once Redis is given up every URL counts as requested: the stopping worker starts nothing new.
    """

    def __init__(self, owner: RunScheduler, key: str, known=()):
        self.owner, self.key = owner, key
        self.page: dict = {}  # membership of the link targets of the pages being read (see prefetch)
        self.readers = 0  # pages being read: their outputs interleave
        self.asked = 0  # prefetches sent and not answered yet
        # added by this worker (known at once, though sent with its next flush), and what every worker knows from
        # the site list (the homepages it seeds)
        self.mine: set = set(known)

    def prefetch(self, urls, counts=(), per_url=None) -> None:
        """Asks about all of a page's link targets at once (SMISMEMBER) instead of one round trip each, and the
        shared counts the page will read: `counts` (SharedCounter, name) pairs, and with `per_url` (SharedCounter,
        function) the count of each asked-about URL's name. The question is sent at once, with the worker's
        buffered writes, and its answer read when first needed: the page is read meanwhile, so the answer is
        usually there by then. The answers are kept while any page is being read and forgotten when the last one is
        done, so another worker's additions are seen soon. A stale "not requested" costs at most a request that
        the duplicate filter drops."""
        self.readers += 1
        urls = [u for u in dict.fromkeys(urls) if u not in self.mine and u not in self.page]
        wanted: dict = {}  # counter -> names to read
        for counter, name in chain(counts, ((per_url[0], per_url[1](u)) for u in urls) if per_url else ()):
            if name not in counter.known:
                wanted.setdefault(counter, {})[name] = None
        if not (urls or wanted):
            return
        wanted = {counter: list(names) for counter, names in wanted.items()}

        def reads(pipe):
            if urls:
                pipe.smismember(self.key, urls)
            for counter, names in wanted.items():
                pipe.hmget(counter.key, names)

        def answered(replies):
            self.asked -= 1
            if urls:
                self.page.update(zip(urls, map(bool, replies.pop(0))))
            for (counter, names), values in zip(wanted.items(), replies):
                # read after this worker's buffered increments were sent, on the same connection: they are in it
                for name, value in zip(names, values):
                    counter.known[name] = int(value or 0)

        self.asked += 1
        if not self.owner.ask(reads, answered):  # Redis given up
            self.asked -= 1
            self.page.update(dict.fromkeys(urls, True))

    def answer(self) -> None:
        """Reads the answers to the prefetches sent so far, if any is still to come."""
        if self.asked:
            self.owner.settle()
            self.asked = 0  # answered, or Redis given up (every URL counts as requested then)

    def done(self) -> None:
        """A page whose targets were prefetched has been read."""
        self.readers = max(0, self.readers - 1)
        if not self.readers:
            self.answer()  # no answer may arrive after the page dict is cleared
            self.page = {}
            self.owner.forget_counts()

    def __contains__(self, url) -> bool:
        if url in self.mine:
            return True
        self.answer()
        known = self.page.get(url)
        if known is not None:
            return known
        replies = self.owner.flush(reads=lambda pipe: pipe.sismember(self.key, url))
        return True if replies is None else bool(replies[0])

    def add(self, url) -> None:
        if url in self.mine:
            return
        self.mine.add(url)
        self.owner.write(["SADD", self.key, url], undo=["SREM", self.key, url])


class SharedCounter:
    """A Counter shared by the workers: `c[k] += 1` becomes one atomic HINCRBY of the difference, sent with the
    worker's next flush. Values read from Redis are kept while pages are being read (see SharedSet.done)."""

    def __init__(self, owner: RunScheduler, key: str):
        self.owner, self.key = owner, key
        self.known: dict = {}  # name -> value in Redis when asked, until no page is being read
        self.unsent: dict = {}  # name -> this worker's increments not sent yet
        self.read: dict = {}

    def __getitem__(self, name) -> int:
        base = self.known.get(name)
        if base is None and self.owner.spider.requested.asked:
            self.owner.spider.requested.answer()  # a prefetch on its way may carry it
            base = self.known.get(name)
        if base is None:
            replies = self.owner.flush(reads=lambda pipe: pipe.hget(self.key, name))
            base = self.known[name] = int(replies[0] or 0) if replies else 0
        value = base + self.unsent.get(name, 0)
        self.read[name] = value
        return value

    def __setitem__(self, name, value: int) -> None:
        delta = value - self.read.pop(name, 0)
        self.unsent[name] = self.unsent.get(name, 0) + delta
        self.owner.write(["HINCRBY", self.key, name, delta], undo=["HINCRBY", self.key, name, -delta])

    def sent(self) -> None:
        for name, delta in self.unsent.items():
            if name in self.known:
                self.known[name] += delta
        self.unsent.clear()

    def forget(self) -> None:
        self.known.clear()


def coalesce(writes: list) -> list:
    """The writes of one flush in fewer commands: the members a request's callbacks add to one set in one SADD
    (its undo one SREM), their increments of one counter summed; the other writes as they came. Their order does
    not matter: these writes commute."""
    sets: dict = {}  # (request number, key) -> members
    counts: dict = {}  # (request number, key, field) -> increment
    out = []
    for command, undo, number in writes:
        if command[0] == "SADD" and len(command) == 3:
            sets.setdefault((number, command[1]), []).append(command[2])
        elif command[0] == "HINCRBY":
            at = (number, command[1], command[2])
            counts[at] = counts.get(at, 0) + command[3]
        else:
            out.append((command, undo, number))
    merged = [(["SADD", key, *members[i:i + MERGE_MAX]], ["SREM", key, *members[i:i + MERGE_MAX]], number)
              for (number, key), members in sets.items() for i in range(0, len(members), MERGE_MAX)]
    merged += [(["HINCRBY", key, field, n], ["HINCRBY", key, field, -n], number)
               for (number, key, field), n in counts.items() if n]
    return merged + out


class RunScheduler:
    """A scheduler on scrapy-redis's queue and duplicate filter with every key under the run's id, the idle
    protocol that ends the run once, and the in-flight sets that hand a dead worker's requests to the others.

    The run id exists only after the storage pipeline has created or joined the run, which Scrapy does after
    opening the scheduler; so the queue is bound on `spider_opened`, before the first request is scheduled.
    """

    def __init__(self, crawler, server):
        self.crawler = crawler
        self.server = server
        self.queue_cls = load_object(crawler.settings.get("SCHEDULER_QUEUE_CLASS"))
        serializer = crawler.settings.get("SCHEDULER_SERIALIZER")  # None: the queue's own (pickle)
        self.serializer = importlib.import_module(serializer) if isinstance(serializer, str) else serializer
        self.timeout = crawler.settings.getint("GOVCHECK_WORKER_TIMEOUT")
        self.outbox = Outbox(server)  # writes and pops sent without waiting (see flush)
        self.guard = RedisGuard(crawler, crawler.settings.getfloat("GOVCHECK_REDIS_PATIENCE", 30.0), self.outbox)
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.keys: RunKeys | None = None
        self.queue = None
        self.df = None
        self.taken: dict = {}  # request -> (its bytes in this worker's in-flight set, its number), until done
        self.ready: deque = deque()  # requests taken into the in-flight set, not yet handed to the engine
        self.popping = False  # a pop posted and not answered yet
        self.count = 0  # requests taken so far
        self.shared_any = False  # whether this worker has queued a request yet
        self.entries = 0  # journal entries written, to keep equal ones apart
        self.finisher = False  # True in the one worker that finishes the run
        # sent together by flush(): writes to the shared bookkeeping (command, undo, number of the request whose
        # callback made it or None), and requests to queue (the enqueue script's arguments)
        self.writes: list = []
        self.outgoing: list = []
        self.counters: list[SharedCounter] = []
        self.flush_call = None  # the pending flush_soon()
        self.clock_offset = 0.0  # Redis time minus this machine's
        self.heartbeat = None
        self.idle_script = self.server.register_script(IDLE_SCRIPT)
        self.heartbeat_script = self.server.register_script(HEARTBEAT_SCRIPT)
        self.leave_script = self.server.register_script(LEAVE_SCRIPT)
        self.spider = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy_redis.connection import get_redis_from_settings

        # no connection yet: Redis is first asked in open(), so that being unreachable closes the spider cleanly
        scheduler = cls(crawler, get_redis_from_settings(crawler.settings))
        crawler.signals.connect(scheduler.bind, signal=signals.spider_opened)
        crawler.signals.connect(scheduler.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.leave, signal=signals.spider_closed)
        return scheduler

    # --- Scrapy's scheduler interface ---
    def open(self, spider):
        self.spider = spider
        spider.run_coordinator = self
        # An idle engine looks for work every 5 s; a worker waiting for the others' requests looks every second, so
        # the end of a run is not spent idle (a private attribute, read when the engine starts; Scrapy pinned 2.19).
        engine = self.crawler.engine
        if engine is not None:
            engine._SLOT_HEARTBEAT_INTERVAL = min(engine._SLOT_HEARTBEAT_INTERVAL, IDLE_LOOK_SECONDS)
        if not self.guard(self.server.ping, default=False):
            spider.setup_error = "Redis unreachable"  # the storage pipeline creates no run; bind() closes the spider

    def bind(self, spider=None):
        """Attaches this worker to the run the storage pipeline opened, and shares the spider's bookkeeping."""
        from scrapy_redis.dupefilter import RFPDupeFilter

        if self.guard.lost:
            raise CloseSpider("redis_error")
        run_id = getattr(self.spider, "run_id", None)
        if run_id is None:
            return  # the run could not be opened; the spider closes with its own error
        self.keys = keys = RunKeys(run_id, getattr(self.spider, "run_started_at", None))
        self.queue = self.queue_cls(server=self.server, spider=self.spider, key=keys.requests,
                                    serializer=self.serializer)
        self.df = RFPDupeFilter(self.server, key=keys.dupefilter,
                                debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))
        # In-memory state that must be the run's, not this worker's: which URLs were requested and the page caps.
        # `homepages_done` stays per worker (progress display only). Probes and re-checks planned for later wait
        # in Redis (see delay), not in timers.
        self.spider.requested = SharedSet(self, keys.requested, known=self.spider.requested)
        self.spider.pages_per_site = SharedCounter(self, keys.pages)
        self.spider.per_pattern = SharedCounter(self, keys.patterns)
        self.counters = [self.spider.pages_per_site, self.spider.per_pattern]
        clock = self.guard(self.server.time, default=None)
        if clock is not None:
            self.clock_offset = clock[0] + clock[1] / 1e6 - time.time()
        self.beat()
        self.heartbeat = task.LoopingCall(self.tick)
        self.heartbeat.start(max(1.0, self.timeout / 4), now=False)
        logger.info("govcheck: worker %s joined run %s (%d requests queued)", self.worker, run_id, len(self))

    def script_args(self) -> list:
        return [self.worker, self.timeout, self.keys.inflight_prefix, self.keys.journal_prefix]

    def write(self, command: list, undo: list) -> None:
        """A write to the run's shared bookkeeping, sent with the next flush; journalled there with its undo when a
        callback of a request this worker took made it (not start(): its writes go with the requests it shares)."""
        owner = self.taken.get(current_request.get())
        self.writes.append((command, undo, None if owner is None else owner[1]))

    def flush(self, reads=None) -> list | None:
        """Sends the buffered writes, their journal entries and the queued requests in one transaction, without
        waiting for Redis to carry it out (see govcheck/outbox.py). With `reads`, the commands `reads(pipe)` adds
        follow in a second transaction and their replies are waited for and returned (None once Redis is given up).
        Callbacks' writes go out as each callback ends (flush_soon). Nothing buffered outlives the request that made
        it: a request is forgotten only after its writes are answered, and a worker killed before that loses only
        writes and requests that handling its unfinished requests again redoes."""
        if self.keys is None or self.guard.lost or (reads is None and not (self.writes or self.outgoing)):
            return None
        if reads is None:
            self.post_writes()
            self.guard.post()
            return None
        replies = []
        if not self.ask(reads, replies.extend) or self.guard(self.outbox.drain, default=False) is False:
            return None
        return replies

    def ask(self, reads, answered) -> bool:
        """Sends the buffered writes and the commands `reads(pipe)` adds; `answered(replies)` is called when they
        are read (settle, or any later command). False once Redis is given up."""
        if self.keys is None or self.guard.lost:
            return False
        self.post_writes()
        pipe = self.server.pipeline()
        reads(pipe)
        self.outbox.post([args for args, _ in pipe.command_stack], answered)
        self.guard.post()
        return not self.guard.lost

    def settle(self) -> None:
        """Reads every answer still to come."""
        if self.outbox.unread:
            self.guard(self.outbox.drain)

    def post_writes(self) -> None:
        """Moves the buffered writes and requests into the outbox, as one transaction."""
        writes, outgoing = self.writes, self.outgoing
        if not (writes or outgoing):
            return
        if outgoing and not self.shared_any:
            # the seeding worker's items from start() (the site list) are stored before its first request is
            # shared: they belong to no request that another worker could take over
            self.shared_any = True
            self.commit_rows()
        self.writes, self.outgoing = [], []
        journal = self.keys.journal(self.worker)
        queue_keys = [self.keys.dupefilter, self.keys.requests, self.keys.pages, self.keys.patterns]
        commands, entries = [], []
        for command, undo, number in coalesce(writes):
            commands.append(command)
            if number is not None:
                self.entries += 1  # keeps equal undo commands apart
                entries += [number, json.dumps(undo + [self.entries])]
        if entries:
            commands.append(["ZADD", journal, *entries])
        batches = [list(chain.from_iterable(outgoing[i:i + ENQUEUE_BATCH]))
                   for i in range(0, len(outgoing), ENQUEUE_BATCH)]
        # EVAL, not EVALSHA: a Redis restarted during an outage has forgotten loaded scripts
        commands += [["EVAL", ENQUEUE_SCRIPT, len(queue_keys), *queue_keys, *args] for args in batches]
        for counter in self.counters:
            counter.sent()

        def counted(results):
            if outgoing:
                queued = sum(results[len(results) - len(batches):])
                self.crawler.stats.inc_value("scheduler/enqueued/redis", queued)
                if queued < len(outgoing):
                    self.crawler.stats.inc_value("govcheck/redis/duplicates_dropped", len(outgoing) - queued)

        self.outbox.post(commands, counted)

    def flush_soon(self) -> None:
        """A callback has ended: what it wrote and queued is sent at once, with what else this turn of the reactor
        adds (Redis carries it out while the worker goes on)."""
        if (self.writes or self.outgoing) and (self.flush_call is None or not self.flush_call.active()):
            from twisted.internet import reactor

            self.flush_call = reactor.callLater(FLUSH_DELAY, self.flush)

    def forget_counts(self) -> None:
        """No page is being read any more: the page counts read from Redis are asked afresh from now on."""
        for counter in self.counters:
            counter.forget()

    def delay(self, request, seconds: float) -> None:
        """Queues `request` in `seconds`, through Redis: a homepage probe or re-check still to be made survives the
        worker that planned it, and the run stays open until it is made."""
        token = uuid.uuid4().hex
        due = time.time() + self.clock_offset + seconds
        self.write(["HSET", self.keys.delayed_requests, token, encode_request(self.queue, request)],
                   undo=["HDEL", self.keys.delayed_requests, token])
        self.write(["ZADD", self.keys.delayed, due, token], undo=["ZREM", self.keys.delayed, token])
        self.crawler.stats.inc_value("govcheck/redis/delayed")

    def beat(self):
        reaped = self.guard(self.heartbeat_script, keys=self.keys.all()[:3], args=self.script_args(), default=0)
        self.log_reaped(reaped)

    def log_reaped(self, reaped: int) -> None:
        if reaped:
            logger.warning("govcheck: run %s: %d requests in flight on workers whose heartbeat lapsed queued again",
                           self.spider.run_id, reaped)

    def tick(self):
        self.beat()
        self.forget_done()

    def has_pending_requests(self) -> bool:
        if self.popping:
            self.settle()  # requests taken by a pop not answered yet
        return bool(self.outgoing or self.ready) or len(self) > 0

    def __len__(self) -> int:
        if self.queue is None:
            return 0
        return self.guard(self.server.zcard, self.keys.requests, default=0)

    def enqueue_request(self, request) -> bool:
        """Buffers the request for the next flush. True even for one the duplicate filter will drop there: Scrapy
        only logs a dropped request, and the stats count the drops."""
        if self.queue is None or self.guard.lost:
            return False
        seed = request.meta.pop("seed_counts", None)
        # the queue's own encoding and score (scrapy_redis PriorityQueue.push), with the duplicate filter's fingerprint
        data = encode_request(self.queue, request)
        fingerprint = self.df.request_fingerprint(request)
        self.outgoing.append([fingerprint, queue_score(request.priority, fingerprint), data,
                              0 if request.dont_filter else 1, *(seed or ("", ""))])
        return True

    def next_request(self):
        if self.queue is None:
            return None
        if not self.ready:
            if not self.popping:
                self.pop()
            self.settle()
            if not self.ready:
                return None
        data = self.ready.popleft()
        if len(self.ready) < POP_LOW and not self.popping:
            self.pop()  # the next batch is on its way while these are fetched
            self.guard.post()
        request = self.queue._decode_request(data)
        if "started" in request.meta:
            # the time of another process's clock, or of when a delayed request was planned: it starts now
            request.meta["started"] = time.monotonic()
        self.count += 1
        self.taken[request] = (data, self.count)
        self.crawler.stats.inc_value("scheduler/dequeued/redis")
        return request

    def pop(self) -> None:
        """Posts, with the buffered writes, the script that takes up to POP_BATCH requests into this worker's
        in-flight set; its answer fills `ready` when the outbox is drained."""
        keys = [self.keys.requests, self.keys.idle, self.keys.alive, self.keys.inflight(self.worker),
                self.keys.delayed, self.keys.delayed_requests]
        self.post_writes()
        self.popping = True

        def taken(replies):
            self.popping = False
            self.ready.extend(replies[0])

        self.outbox.post([["EVAL", POP_SCRIPT, len(keys), *keys, self.worker, self.timeout, DUE_SCORE, POP_BATCH]],
                         taken)

    def close(self, reason):
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.flush_call is not None and self.flush_call.active():
            # only unfinished requests' writes are left (forgetting a request flushes first): leave() hands them back
            self.flush_call.cancel()
        self.outbox.close()
        self.crawler.stats.set_value("govcheck/redis/round_trips", self.guard.calls)
        self.crawler.stats.set_value("govcheck/redis/sent_ahead", self.outbox.posted)
        self.crawler.stats.set_value("govcheck/redis/wait_seconds", round(self.guard.seconds, 1))

    # --- requests in flight ---
    def in_progress(self):
        """The requests the engine has taken and not finished with (downloaded, called back, items processed,
        new requests scheduled); None when it cannot tell. Scrapy keeps them in a private set (pinned 2.19)."""
        return getattr(getattr(self.crawler.engine, "_slot", None), "inprogress", None)

    def forget_done(self, everything: bool = False) -> None:
        """Removes from the in-flight set the requests that are done, with their journal entries, once their rows
        are committed: from then on losing this worker loses none of their work. `everything`: the engine is idle,
        so all are done."""
        self.flush()  # their writes and requests reach Redis before they are forgotten
        busy = set() if everything else self.in_progress()
        if busy is None or not self.taken or self.guard.lost:
            return
        done = [r for r in self.taken if r not in busy]
        if not done or (not everything and self.commit_rows() is not None):
            return
        forgotten = [self.taken.pop(r) for r in done]
        data = {d for d, _ in forgotten} - {d for d, _ in self.taken.values()}  # equal bytes taken again: still busy

        def forget():
            pipe = self.server.pipeline()
            if data:
                pipe.zrem(self.keys.inflight(self.worker), *data)
            for _, n in forgotten:
                pipe.zremrangebyscore(self.keys.journal(self.worker), n, n)
            pipe.execute()

        self.guard(forget)

    def commit_rows(self) -> Failure | None:
        """Asks the storage pipeline to commit its buffer; the failure when it could not."""
        for _, result in self.crawler.signals.send_catch_log(flush_requested):
            if isinstance(result, Failure):
                return result
        return None

    # --- the end of a run ---
    def on_idle(self, spider=None):
        if self.keys is None:
            return
        if self.guard.lost:
            raise CloseSpider("redis_error")
        if self.popping or self.ready:
            raise DontCloseSpider  # requests taken for this worker: not idle
        failure = self.commit_rows()
        if failure is not None:
            # rows this worker could not commit: it must not count as idle, or the run could end without them
            logger.error("govcheck: run %s: cannot commit this worker's rows: %s", self.spider.run_id, failure.value)
            raise CloseSpider("store_error")
        self.forget_done(everything=True)
        keys = self.keys.all()[:4] + [self.keys.inflight(self.worker), self.keys.delayed]
        result = self.guard(self.idle_script, keys=keys, args=self.script_args())
        if result is None:  # Redis given up
            raise CloseSpider("redis_error")
        state, reaped, leftover = result
        self.log_reaped(reaped)
        if leftover:
            logger.warning("govcheck: run %s: %d requests this worker took but never received queued again",
                           self.spider.run_id, leftover)
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
        keys = self.keys.all()[:4] + self.keys.of_worker(self.worker) + self.keys.all()[4:]
        result = self.guard(self.leave_script, keys=keys, args=self.script_args())
        if result is None:
            return  # Redis given up: the others hand back this worker's requests once its heartbeat lapses
        deleted, moved = result
        if moved:
            logger.info("govcheck: run %s: %d requests this worker had not finished handed back to the queue",
                        self.spider.run_id, moved)
        if deleted:
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
    keys = RunKeys(run_id, started_at)
    workers = [*server.scan_iter(match=keys.inflight_prefix + "*"), *server.scan_iter(match=keys.journal_prefix + "*")]
    server.delete(*keys.all(), *workers)
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
