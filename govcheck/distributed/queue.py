"""The run's shared queue: scrapy-redis's PriorityQueue, queued through its duplicate filter (the run's record of the
URLs requested) in one step, spread over hosts, and taken in batches into the taking worker's in-flight set."""

from __future__ import annotations

import zlib
from itertools import chain

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue

# The duplicate filter and the queue in one step, so a retry after a lost reply cannot drop a request as seen;
# any number of requests per call, 5 arguments each. A page counts towards its site's page cap here, once, when
# its request gets in: a homepage every worker seeds, or a link two workers found, counts once, and a page whose
# callback runs again (its worker died) queues nothing new and counts nothing again. KEYS: dupefilter, requests,
# pages; ARGV, for each request: fingerprint, score, request, 1 to filter, the site a page counts for ('' if none).
# Returns how many were queued.
ENQUEUE_SCRIPT = """
local queued = 0
for i = 1, #ARGV, 5 do
  if ARGV[i + 3] ~= '1' or redis.call('SADD', KEYS[1], ARGV[i]) == 1 then
    redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i + 2])
    if ARGV[i + 4] ~= '' then
      redis.call('HINCRBY', KEYS[3], ARGV[i + 4], 1)
    end
    queued = queued + 1
  end
end
return queued
"""

# Takes the first requests of the queue into this worker's in-flight set, and leaves the idle set, in one step:
# no worker can see the queue empty and everyone idle while a request is on its way, and no request is ever only
# in a worker's memory. A worker that finds nothing stays idle: waiting workers look every second, and one that
# left the idle set on each look could keep the others from ever seeing everyone idle. Delayed requests that are
# due join the queue first, ahead of all others. KEYS: requests, idle, alive, this worker's in-flight set, delayed
# tokens, delayed requests; ARGV: worker, timeout, the score of due requests, how many to take (in queue order).
POP_SCRIPT = """
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
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, #top / 2 - 1)
local taken = {}
for i = 1, #top, 2 do
  redis.call('ZADD', KEYS[4], top[i + 1], top[i])
  taken[#taken + 1] = top[i]
end
redis.call('HSET', KEYS[3], ARGV[1], tonumber(clock[1]) + tonumber(ARGV[2]))
return taken
"""

ENQUEUE_BATCH = 200  # requests per call of the enqueue script
WAVE_SITES, MAX_WAVE = 50, 40.0  # at most 40 bands: homepages (100) and columns (50) keep their lead
DUE_SCORE = -1000  # due delayed requests go ahead of every priority the spider uses


class RunDupeFilter(RFPDupeFilter):
    """scrapy-redis's duplicate filter as the run's record of the URLs requested (DUPEFILTER_CLASS): a first request
    of a URL is seen as the URL the spider asked for (its `check_url`), which is what the spider's `requested` set
    holds; the spider's marks that lead to no request (a column claimed, a malformed link) share the set. Requests
    sent again (retries, redirects, probes) are dont_filter."""

    def request_fingerprint(self, request) -> str:
        return request.meta.get("check_url") or request.url


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


class RunQueue(PriorityQueue):
    """scrapy-redis's PriorityQueue for a run shared by workers (SCHEDULER_QUEUE_CLASS). `push` and `pop` keep
    its contract; the scheduler uses `push_many` (with the duplicate filter) and `take` (into the in-flight
    set). The scheduler sets `df`, `counts_key` and `take_keys` once the run's keys are known."""

    df = None
    counts_key = take_keys = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.depth_priority = self.spider.settings.getint("DEPTH_PRIORITY")
        sites = getattr(self.spider, "sites", ())
        self.wave = {site.site_id: min(n / WAVE_SITES, MAX_WAVE) for n, site in enumerate(sites)}

    def encode(self, request) -> bytes:
        """A request as the queue keeps it (scrapy-redis's encoding, through SCHEDULER_SERIALIZER)."""
        return self._encode_request(request)

    def decode(self, data: bytes):
        return self._decode_request(data)

    def _encode_request(self, request):
        try:
            obj = request.to_dict(spider=CallbacksOf(self.spider, request))
        except ValueError:  # a callback that is not a method of the spider under its own name: Scrapy's full search
            obj = request.to_dict(spider=self.spider)
        return self.serializer.dumps(obj)

    @staticmethod
    def score(priority: int, fingerprint: str) -> float:
        """scrapy-redis's score (-priority) plus a fraction below 1 from the fingerprint. Requests of equal score
        leave a sorted set in the byte order of their encoding, which starts with the URL: one host after another,
        each hit with all the workers' concurrency at once. The fraction spreads them over hosts, and keeps the
        order between priorities."""
        return -priority + zlib.crc32(fingerprint.encode()) / 2**33  # any DUPEFILTER_CLASS's fingerprint

    def entry(self, request, counts_for: str = "") -> list:
        """The enqueue script's arguments for one request. One process's per-host queues take a site's pages breadth
        first, the first sites' deep pages long before the last sites' first ones, and another site's page or a
        check (no page depth) as soon as it is found. One breadth-first order over every site would leave the
        checks found on deep pages, hanging links among them, to the end of the run, their timeouts then waited
        out with nothing left to overlap them. So the order is by the depth of a page in its own site (`page_depth`,
        not Scrapy's `depth` of links followed), a wave over the site list (WAVE_SITES sites a band) added to the
        pages a site's own links led to; the rest (checks, pages found on another site) go first, as found."""
        fingerprint = self.df.request_fingerprint(request)
        meta = request.meta
        depth, page_depth = meta.get("depth", 0), meta.get("page_depth", -1)
        priority = request.priority + (depth - max(page_depth, 0)) * self.depth_priority
        wave = self.wave.get(meta.get("site_id"), 0.0) if depth <= page_depth else 0.0
        score = self.score(priority, fingerprint) + wave
        return [fingerprint, score, self._encode_request(request),
                0 if request.dont_filter else 1, counts_for]

    def push_many(self, entries: list, pipe) -> int:
        """Adds to `pipe` the enqueue script over `entries`; returns the number of calls added."""
        keys = [self.df.key, self.key, self.counts_key]
        calls = 0
        for i in range(0, len(entries), ENQUEUE_BATCH):
            # EVAL, not EVALSHA: a Redis restarted during an outage has forgotten loaded scripts
            pipe.execute_command("EVAL", ENQUEUE_SCRIPT, len(keys), *keys,
                                 *chain.from_iterable(entries[i:i + ENQUEUE_BATCH]))
            calls += 1
        return calls

    def push(self, request):
        pipe = self.server.pipeline()
        self.push_many([self.entry(request)], pipe)
        return pipe.execute()[0]

    def take(self, worker: str, timeout: int, n: int) -> list[bytes]:
        """Up to `n` requests, as queued, moved into `worker`'s in-flight set (due delayed requests first)."""
        keys = self.take_keys(worker)
        return self.server.execute_command("EVAL", POP_SCRIPT, len(keys), *keys, worker, timeout, DUE_SCORE, n)

    def pop(self, timeout=0):
        raise NotImplementedError("a run's queue is taken from with take(): a request lives in an in-flight set "
                                  "until done")
