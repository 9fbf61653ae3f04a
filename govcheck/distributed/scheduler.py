"""The scheduler of a distributed run: scrapy-redis's queue and duplicate filter under the run's keys, the idle
protocol that ends the run once, and the in-flight sets that hand a dead worker's requests to the others."""

from __future__ import annotations

import importlib
import json
import logging
import os
import socket
import time
import uuid
from collections import deque
from itertools import chain

from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.misc import load_object
from twisted.internet import task
from twisted.python.failure import Failure

from govcheck.distributed import engine_private, flush_requested
from govcheck.distributed.encoding import decode_request, encode_request, queue_score
from govcheck.distributed.guard import RedisGuard
from govcheck.distributed.keys import ENQUEUE_SCRIPT, HEARTBEAT_SCRIPT, IDLE_SCRIPT, LEAVE_SCRIPT, POP_SCRIPT, RunKeys
from govcheck.distributed.outbox import Outbox
from govcheck.distributed.shared import SharedCounter, SharedSet, coalesce, current_request

logger = logging.getLogger(__name__)

# Requests taken per round trip: fewer round trips, and still a small share of the queue for a worker to hold
# while the others may be idle.
POP_BATCH = 16
POP_LOW = 8  # requests left in hand when the next batch is asked for
ENQUEUE_BATCH = 200  # requests per call of the enqueue script
IDLE_LOOK_SECONDS = 1.0
FLUSH_DELAY = 0.0  # seconds a callback's writes and requests wait to be sent with others
DUE_SCORE = -1000  # due delayed requests go ahead of every priority the spider uses


class RunScheduler:
    """The run's scheduler (see the module). The run id exists only once the storage pipeline has created or joined
    the run, after the scheduler opens: the queue is bound on `spider_opened`, before the first request comes."""

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
        self.queue = self.df = None  # scrapy-redis's queue and duplicate filter, under the run's keys
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
        # the end of a run is not spent idle (a private attribute, read when the engine starts)
        if (engine := self.crawler.engine) is not None:
            beat = engine_private(engine, "_SLOT_HEARTBEAT_INTERVAL")
            engine._SLOT_HEARTBEAT_INTERVAL = min(beat, IDLE_LOOK_SECONDS)
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
        waiting for Redis to carry it out (see outbox.py). With `reads`, the commands `reads(pipe)` adds
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
        if not self.ask(reads, replies.extend):
            return None
        self.settle()
        return None if self.guard.lost else replies

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
        queue_keys = [self.keys.dupefilter, self.keys.requests, self.keys.pages]
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
                              0 if request.dont_filter else 1, seed or ""])
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
        request = decode_request(self.queue, data)
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
        """The requests the engine has taken and not finished with (downloaded, called back, items processed, new
        requests scheduled), in a private set of Scrapy's; None before the engine starts or once it closes."""
        slot = getattr(self.crawler.engine, "_slot", None)
        return None if slot is None else engine_private(slot, "inprogress")

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
            logger.info("govcheck: run %s: every worker idle, queue empty; this worker finishes it",
                        self.spider.run_id)
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
