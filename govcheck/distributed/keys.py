"""The Redis keys of a run, and the Lua scripts that change them in one step."""

from __future__ import annotations

import hashlib

PREFIX = "govcheck:run:"


class RunKeys:
    """The Redis keys of one run: govcheck:run:<ID>:<stamp>:<name>.

    The stamp (from the run's start time) keeps apart runs of the same id in different databases sharing a Redis.
    """

    def __init__(self, run_id: int, started_at=None, requests: str | None = None, dupefilter: str | None = None):
        stamp = hashlib.sha1(str(started_at).encode()).hexdigest()[:8]
        self.base = base = f"{PREFIX}{run_id}:{stamp}:"  # `%(run)s` in SCHEDULER_QUEUE_KEY, SCHEDULER_DUPEFILTER_KEY
        # the shared queue (sorted set, SCHEDULER_QUEUE_CLASS) and the URLs requested (set, DUPEFILTER_CLASS)
        self.requests = requests or base + "requests"
        self.dupefilter = dupefilter or base + "dupefilter"
        self.pages = base + "pages"  # hash: pages requested per site (the spider's `pages_per_site`)
        self.patterns = base + "patterns"  # hash: barren self-leading pages per URL shape (the spider's `per_pattern`)
        self.claims = base + "claims"  # hash: column key -> the page that claimed it (the spider's `column_claims`)
        self.codes = base + "codes"  # hash: site id -> the code its homepage shows (the spider's `home_codes`)
        self.alive = base + "alive"  # hash: worker -> heartbeat deadline (Redis time, seconds)
        self.idle = base + "idle"  # set: workers idle with nothing in flight
        self.done = base + "done"  # string: the worker that finishes the run
        self.down = base + "down"  # hash: host -> its timeouts or refusals in a row, every worker's (downhosts)
        # requests to be queued later (crawl probes, re-checks): a sorted set of tokens scored by when (Redis time,
        # seconds), and a hash token -> request
        self.delayed = base + "delayed"
        self.delayed_requests = base + "delayed-requests"
        # sorted sets, one per worker: requests taken from the queue and not done yet (member and score as queued)
        self.inflight_prefix = base + "inflight:"

    def inflight(self, worker: str) -> str:
        return self.inflight_prefix + worker

    def all(self) -> list[str]:
        """Every key but the in-flight sets; the scripts read the first four."""
        return [self.alive, self.idle, self.requests, self.done, self.dupefilter, self.pages,
                self.patterns, self.claims, self.codes, self.down, self.delayed, self.delayed_requests]

    def watching(self, fixed: list[str], worker: str, timeout: int, workers) -> tuple[list[str], list]:
        """KEYS and ARGV of a script that watches heartbeats: its own keys, then the in-flight sets of `workers`
        (the alive hash's, read just before), so that every key it touches is declared."""
        return [*fixed, *map(self.inflight, workers)], [worker, timeout, self.inflight_prefix, len(fixed)]

    @staticmethod
    def pattern(run_id: int) -> str:
        return f"{PREFIX}{run_id}:*"


# Shared by the scripts that watch heartbeats. KEYS[1] alive, KEYS[2] idle, KEYS[3] requests, after the script's own
# keys (ARGV[4] of them) the in-flight sets of the workers the caller found alive; ARGV[1] this worker, ARGV[2]
# heartbeat timeout, ARGV[3] the in-flight sets' prefix. A request taken by a dead worker is handed back. (A worker
# missing from those sets joined after the caller looked: it is alive.)
LUA_COMMON = """
local now = tonumber(redis.call('TIME')[1])
local function requeue(from)
  local n = redis.call('ZCARD', from)
  if n > 0 then redis.call('ZUNIONSTORE', KEYS[3], 2, KEYS[3], from, 'AGGREGATE', 'MIN') end
  redis.call('DEL', from)
  return n
end
local function reap()
  local moved = 0
  for i = tonumber(ARGV[4]) + 1, #KEYS do
    local worker = string.sub(KEYS[i], #ARGV[3] + 1)
    local deadline = redis.call('HGET', KEYS[1], worker)
    if deadline and tonumber(deadline) < now then
      redis.call('HDEL', KEYS[1], worker); redis.call('SREM', KEYS[2], worker)
      moved = moved + requeue(KEYS[i])
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
# key of the run. KEYS[4] done, KEYS[5] this worker's in-flight set, then the run's other keys.
LEAVE_SCRIPT = LUA_COMMON + """
redis.call('HDEL', KEYS[1], ARGV[1]); redis.call('SREM', KEYS[2], ARGV[1])
local moved = requeue(KEYS[5]) + reap()
if redis.call('EXISTS', KEYS[4]) == 1 and redis.call('HLEN', KEYS[1]) == 0 then
  redis.call('DEL', unpack(KEYS))
  return {1, moved}
end
return {0, moved}
"""

def run_keys(server, run_id: int) -> list[str]:
    """The run's keys still in Redis."""
    return sorted(k.decode() if isinstance(k, bytes) else k for k in server.scan_iter(match=RunKeys.pattern(run_id)))
