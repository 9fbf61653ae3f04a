"""The scheduler of a distributed run: scrapy-redis's, with the run's own keys, the in-flight sets that hand a
dead worker's requests to the others, delayed requests, and the idle protocol that ends the run once."""

from __future__ import annotations

import importlib
import logging
import os
import socket
import time
import uuid
from collections import deque

from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.misc import load_object
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task
from twisted.python.failure import Failure

from govcheck.distributed import flush_requested, rows_committed, scrapy_private
from govcheck.distributed.guard import RedisGuard
from govcheck.distributed.keys import HEARTBEAT_SCRIPT, IDLE_SCRIPT, LEAVE_SCRIPT, RunKeys
from govcheck.distributed.queue import RunDupeFilter, RunQueue
from govcheck.distributed.shared import SharedClaims, SharedCodes, SharedCounter, SharedSet

logger = logging.getLogger(__name__)

POP_BATCH = 16  # requests taken per round trip: a small share of the queue for a worker to hold
IDLE_LOOK_SECONDS = 1.0
RETRY_LATER = 5.0  # seconds a retry waits in Redis before it goes ahead of the queue
TAKEN = "govcheck_taken"  # meta: the bytes of a request taken by look(), on its way through the engine
SETTINGS = {"queue_key": "SCHEDULER_QUEUE_KEY", "queue_cls": "SCHEDULER_QUEUE_CLASS",
            "dupefilter_key": "SCHEDULER_DUPEFILTER_KEY", "dupefilter_cls": "DUPEFILTER_CLASS",
            "serializer": "SCHEDULER_SERIALIZER"}


class RunScheduler(Scheduler):
    """scrapy-redis's scheduler for a run shared by workers (see the package). The run id exists only once the
    storage pipeline has created or joined the run, after the scheduler opens: the queue and the duplicate filter
    (SCHEDULER_QUEUE_CLASS, DUPEFILTER_CLASS, their keys formatted with the run's `%(run)s` prefix) are made on
    `spider_opened`, before the first request comes."""

    def __init__(self, server, crawler, **kwargs):
        super().__init__(server, **kwargs)
        self.crawler, self.stats = crawler, crawler.stats
        self.timeout = crawler.settings.getint("GOVCHECK_WORKER_TIMEOUT")
        self.guard = RedisGuard(crawler, crawler.settings.getfloat("GOVCHECK_REDIS_PATIENCE", 30.0))
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.keys: RunKeys | None = None
        self.queue = self.spider = None
        self.taken: dict = {}  # request -> its bytes in this worker's in-flight set, until done
        self.ready: deque = deque()  # requests taken into the in-flight set, not yet handed to the engine
        self.shared_any = False  # whether this worker has queued a request yet
        self.finisher = False  # True in the one worker that finishes the run
        # writes to the shared counters, (command, SharedCounter or None), and requests to queue (the enqueue
        # script's arguments), sent by the next flush
        self.writes: list = []
        self.outgoing: list = []
        self.answered_hosts: set = set()  # hosts that answered since the last flush (see host_failed)
        self.counters: list[SharedCounter] = []
        self.heartbeat = self.looking = None
        self.waiting = False  # idle, waiting for the other workers' requests
        self.clock_offset = 0.0  # Redis time minus this machine's

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        kwargs = {"persist": s.getbool("SCHEDULER_PERSIST")}
        kwargs.update({name: s.get(setting) for name, setting in SETTINGS.items() if s.get(setting)})
        if isinstance(kwargs.get("serializer"), str):
            kwargs["serializer"] = importlib.import_module(kwargs["serializer"])
        # no ping, unlike scrapy-redis's: Redis is first asked in open(), where an outage is waited out
        scheduler = cls(get_redis_from_settings(s), crawler, **kwargs)
        crawler.signals.connect(scheduler.bind, signal=signals.spider_opened)
        crawler.signals.connect(scheduler.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.leave, signal=signals.spider_closed)
        crawler.signals.connect(scheduler.committed, signal=rows_committed)
        return scheduler

    def open(self, spider):
        self.spider = spider
        spider.run_coordinator = self
        if not self.guard(self.server.ping, default=False):
            spider.setup_error = "Redis unreachable"  # the storage pipeline creates no run; bind() closes the spider

    def bind(self, spider=None):
        """Attaches this worker to the run the storage pipeline opened, and shares the spider's bookkeeping."""
        if self.guard.lost:
            raise CloseSpider("redis_error")
        run_id = getattr(self.spider, "run_id", None)
        if run_id is None:
            return  # the run could not be opened; the spider closes with its own error
        names = {"spider": self.spider.name, "run": RunKeys(run_id, getattr(self.spider, "run_started_at", None)).base}
        queue_cls, df_cls = load_object(self.queue_cls), load_object(self.dupefilter_cls)
        if not (issubclass(queue_cls, RunQueue) and issubclass(df_cls, RunDupeFilter)):
            # the in-flight sets need RunQueue's take; the spider's `requested`, the filter's record of URLs
            raise CloseSpider("a distributed run needs a SCHEDULER_QUEUE_CLASS derived from govcheck's RunQueue and "
                              "a DUPEFILTER_CLASS derived from its RunDupeFilter")
        self.queue = queue_cls(server=self.server, spider=self.spider, key=self.queue_key % names,
                               serializer=self.serializer)
        self.df = df_cls(self.server, key=self.dupefilter_key % names,
                         debug=self.crawler.settings.getbool("DUPEFILTER_DEBUG"))
        self.keys = keys = RunKeys(run_id, getattr(self.spider, "run_started_at", None), self.queue.key, self.df.key)
        self.queue.df, self.queue.counts_key = self.df, keys.pages
        self.queue.take_keys = lambda worker: [keys.requests, keys.idle, keys.alive, keys.inflight(worker),
                                               keys.delayed, keys.delayed_requests]
        # In-memory state that must be the run's, not this worker's: which URLs were requested (the duplicate
        # filter's record) and the page caps. `homepages_done` stays per worker (progress display only).
        self.spider.requested = SharedSet(self, keys.dupefilter, known=self.spider.requested)
        self.spider.column_claims = SharedClaims(self, keys.claims)
        self.spider.home_codes = SharedCodes(self, keys.codes)
        self.pages = self.spider.pages_per_site = SharedCounter(self, keys.pages)
        self.spider.per_pattern = SharedCounter(self, keys.patterns)
        self.counters = [self.spider.pages_per_site, self.spider.per_pattern]
        clock = self.guard(self.server.time, default=None)
        if clock is not None:
            self.clock_offset = clock[0] + clock[1] / 1e6 - time.time()
        self.beat()
        self.heartbeat = task.LoopingCall(self.tick)
        self.heartbeat.start(max(1.0, self.timeout / 4), now=False)
        self.looking = task.LoopingCall(self.look)
        self.looking.start(IDLE_LOOK_SECONDS, now=False)
        logger.info("govcheck: worker %s joined run %s (%d requests queued)", self.worker, run_id, len(self))

    def script(self, source: str, keys: list):
        """Runs one of keys.py's scripts (EVAL: a Redis restarted during an outage has forgotten loaded ones), the
        in-flight sets of the workers alive now declared with its own keys."""
        workers = self.guard(self.server.hkeys, self.keys.alive)
        if workers is None:  # Redis given up
            return None
        keys, args = self.keys.watching(keys, self.worker, self.timeout, [w.decode() for w in workers])
        return self.guard(self.server.execute_command, "EVAL", source, len(keys), *keys, *args)

    # --- the shared bookkeeping and the requests callbacks queue ---
    def write(self, command: list, counter=None) -> None:
        self.writes.append((command, counter))

    def flush(self) -> None:
        """Sends the requests queued and the writes made, in one transaction."""
        if self.keys is None or self.guard.lost or not (self.writes or self.outgoing):
            return
        if self.outgoing and not self.shared_any:
            # the seeding worker's items from start() (the site list) are stored before its first request is
            # shared: they belong to no request that another worker could take over
            self.shared_any = True
            self.commit_rows()
        writes, outgoing = self.writes, self.outgoing
        self.writes, self.outgoing = [], []
        self.guard(self.send, writes, outgoing)

    def send(self, writes: list, outgoing: list, forgotten=()) -> None:
        # MULTI/EXEC: what a callback queued reaches Redis before or with its request leaving the in-flight set, so
        # a page handled again after its worker died loses nothing, and queues and counts nothing again
        pipe = self.server.pipeline()
        calls = self.queue.push_many(outgoing, pipe)
        for command, _ in writes:
            pipe.execute_command(*command)
        if self.answered_hosts:
            pipe.hdel(self.keys.down, *self.answered_hosts)
            self.answered_hosts = set()
        if forgotten:
            pipe.zrem(self.keys.inflight(self.worker), *forgotten)
        results = pipe.execute()
        for command, counter in writes:
            if counter is not None:
                counter.landed(command[2], command[3])
        for *_, site in outgoing:
            if site:
                self.pages.settled(site)
        if calls:
            queued = sum(results[:calls])
            self.stats.inc_value("scheduler/enqueued/redis", queued)
            self.stats.inc_value("govcheck/redis/duplicates_dropped", len(outgoing) - queued)

    def host_failed(self, host: str) -> int:
        """Counts a timeout or refusal of `host` (downhosts); how many in a row the run's workers have had."""
        return int(self.guard(self.server.hincrby, self.keys.down, host, 1, default=0))

    def host_answered(self, host: str) -> None:
        """`host` answered: its count starts again (sent with the next flush)."""
        self.answered_hosts.add(host)

    def forget_counts(self) -> None:
        """No page is being read any more: the page counts read from Redis are asked afresh from now on."""
        for counter in self.counters:
            counter.forget()

    def delay(self, request, seconds: float) -> None:
        """Queues `request` in `seconds`, through Redis: a homepage probe or re-check still to be made survives the
        worker that planned it, and the run stays open until it is made. (Planned again by a page handled again
        after its worker died, a probe is made twice and stored once.)"""
        token = uuid.uuid4().hex  # one URL may wait several times over: retries of a page read, a check, a column
        due = time.time() + self.clock_offset + seconds
        self.write(["HSET", self.keys.delayed_requests, token, self.queue.encode(request)])
        self.write(["ZADD", self.keys.delayed, due, token])
        self.stats.inc_value("govcheck/redis/delayed")

    # --- Scrapy's scheduler interface ---
    def __len__(self) -> int:
        return 0 if self.queue is None else self.guard(self.server.zcard, self.keys.requests, default=0)

    def has_pending_requests(self) -> bool:
        return bool(self.outgoing or self.ready) or len(self) > 0

    def enqueue_request(self, request) -> bool:
        """Buffers the request for the next flush. True even for one the duplicate filter will drop there: Scrapy
        only logs a dropped request, and the stats count the drops."""
        if (data := request.meta.pop(TAKEN, None)) is not None:  # see look()
            self.ready.appendleft(data)
            return True
        if self.queue is None or self.guard.lost:
            return False
        if "retry_times" in request.meta and request.dont_filter:
            # a retry: later, then at once, as one process's per-host queue takes it, not behind the whole crawl
            self.delay(request, RETRY_LATER)
            return True
        site = request.meta.pop("counts_for", None) or ""  # see the enqueue script
        if site:
            self.pages.queued(site)
        self.outgoing.append(self.queue.entry(request, site))
        return True

    def next_request(self):
        if self.queue is None:
            return None
        if not self.ready:
            self.flush()  # what this worker queued is in the queue before it takes from it
            self.ready.extend(self.guard(self.queue.take, self.worker, self.timeout, POP_BATCH, default=[]))
            if not self.ready:
                return None
        data = self.ready.popleft()
        self.waiting = False
        request = self.queue.decode(data)
        if "started" in request.meta:
            # the time of another process's clock, or of when a delayed request was planned: it starts now
            request.meta["started"] = time.monotonic()
        self.taken[request] = data
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def look(self) -> None:
        """While this worker waits for the others, looks for their requests every second (an idle engine looks
        every 5 s): the first one taken goes through the engine's crawl(), which wakes it."""
        if not self.waiting or self.ready or self.guard.lost:
            return
        taken = self.guard(self.queue.take, self.worker, self.timeout, POP_BATCH, default=[])
        if taken:
            self.ready.extend(taken[1:])
            request = self.queue.decode(taken[0])
            request.meta[TAKEN] = taken[0]  # already this worker's: back into `ready`, not the queue
            try:
                self.crawler.engine.crawl(request)
            except RuntimeError:  # the spider is closing: leave() hands back what this worker took
                pass

    def close(self, reason):
        """Not scrapy-redis's: the queue is the run's, emptied by the workers, and its keys deleted by the last
        one out (leave)."""
        for loop in (self.heartbeat, self.looking):
            if loop is not None and loop.running:
                loop.stop()
        self.stats.set_value("govcheck/redis/round_trips", self.guard.calls)
        self.stats.set_value("govcheck/redis/wait_seconds", round(self.guard.seconds, 1))

    # --- requests in flight ---
    def beat(self):
        self.log_reaped(self.script(HEARTBEAT_SCRIPT, self.keys.all()[:3]) or 0)

    def log_reaped(self, reaped: int) -> None:
        if reaped:
            logger.warning("govcheck: run %s: %d requests in flight on workers whose heartbeat lapsed queued again",
                           self.spider.run_id, reaped)

    def tick(self):
        self.beat()
        self.flush()
        if self.finished():
            self.commit_rows()  # rows trickling in: committed now, so the requests done leave the in-flight set

    def in_progress(self):
        """The requests the engine has taken and not finished with (downloaded, called back, items processed, new
        requests scheduled), in a private set of Scrapy's; None before the engine starts or once it closes."""
        try:
            engine = self.crawler.engine
        except RuntimeError:  # Scrapy's "engine is not set yet"
            return None
        slot = None if engine is None else scrapy_private(engine, "_slot")
        return None if slot is None else scrapy_private(slot, "inprogress")

    def finished(self, everything: bool = False) -> list:
        """The requests taken that the engine is done with (downloaded, called back, items processed, new requests
        scheduled); `everything`: the engine is idle, all of them."""
        busy = set() if everything else self.in_progress()
        return [] if busy is None else [r for r in self.taken if r not in busy]

    def committed(self, everything: bool = False) -> None:
        """The storage pipeline has committed its rows, those of every request the engine is done with: these leave
        the in-flight set, with what they queued. From then on losing this worker loses none of their work."""
        if self.keys is None or self.guard.lost:
            return
        forgotten = {self.taken.pop(r) for r in self.finished(everything)}
        forgotten -= set(self.taken.values())  # equal bytes taken again: still busy
        if forgotten or self.writes or self.outgoing:
            writes, outgoing, self.writes, self.outgoing = self.writes, self.outgoing, [], []
            self.guard(self.send, writes, outgoing, forgotten)

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
        if self.ready:
            raise DontCloseSpider  # requests taken for this worker: not idle
        failure = self.commit_rows()
        if failure is not None:
            # rows this worker could not commit: it must not count as idle, or the run could end without them
            logger.error("govcheck: run %s: cannot commit this worker's rows: %s", self.spider.run_id, failure.value)
            raise CloseSpider("store_error")
        self.committed(everything=True)
        result = self.script(IDLE_SCRIPT, self.keys.all()[:4] + [self.keys.inflight(self.worker), self.keys.delayed])
        if result is None:  # Redis given up
            raise CloseSpider("redis_error")
        state, reaped, leftover = result
        self.log_reaped(reaped)
        if leftover:
            logger.warning("govcheck: run %s: %d requests this worker took but never received queued again",
                           self.spider.run_id, leftover)
        if state == 1:
            self.finisher = True
            logger.info("govcheck: run %s: every worker idle, queue empty; this worker finishes it",
                        self.spider.run_id)
            return
        if state == 2:
            return
        self.waiting = True
        raise DontCloseSpider  # other workers are busy and may queue more

    def leave(self, spider=None, reason=None):
        if self.keys is None:
            return
        result = self.script(LEAVE_SCRIPT, [*self.keys.all()[:4], self.keys.inflight(self.worker),
                                            *self.keys.all()[4:]])
        if result is None:
            return  # Redis given up: the others hand back this worker's requests once its heartbeat lapses
        deleted, moved = result
        if moved:
            logger.info("govcheck: run %s: %d requests this worker had not finished handed back to the queue",
                        self.spider.run_id, moved)
        if deleted:
            logger.info("govcheck: run %s: last worker out, Redis keys deleted", self.spider.run_id)
