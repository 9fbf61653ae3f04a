"""The spider's bookkeeping shared by the workers of a run: the URLs requested and the page counters."""

from __future__ import annotations

from contextvars import ContextVar
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govcheck.distributed.scheduler import RunScheduler

# The request whose callback is running, in the task running it: a worker's writes to the run's shared bookkeeping
# wait under that request until it is done and its rows are committed (RunScheduler.write).
current_request: ContextVar = ContextVar("current_request", default=None)


class CallbackOwner:
    """Sets `current_request` around each step of a callback's output (the code up to its next yield)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def flush(self) -> None:
        """The requests the callback queued are sent soon, once it has no more to give (its writes wait for its
        request to be done: RunScheduler.write)."""
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


class SharedSet:
    """The spider's `requested` set, shared by the workers of a run: the duplicate filter's record of the URLs
    requested (membership by exact URL), which the run's queue adds to as a request gets in.

    Once Redis is given up every URL counts as requested: the stopping worker starts nothing new.
    """

    def __init__(self, owner: RunScheduler, key: str, known=()):
        self.owner, self.key = owner, key
        self.page: dict = {}  # membership of the link targets of the pages being read (see prefetch)
        self.readers = 0  # pages being read: their outputs interleave
        # added by this worker (known at once, sent as RunScheduler.write says), and what every worker knows from
        # the site list (the homepages it seeds)
        self.mine: set = set(known)

    def prefetch(self, urls, counts=(), per_url=None) -> None:
        """Asks about all of a page's link targets in one round trip (SMISMEMBER) instead of one each, with the
        shared counts the page will read: `counts` (SharedCounter, name) pairs, and with `per_url` (SharedCounter,
        function) the count of each asked-about URL's name. The answers are kept while any page is being read and
        forgotten when the last one is done, so another worker's additions are seen soon. A stale "not requested"
        costs at most a request that the duplicate filter drops."""
        self.readers += 1
        urls = [u for u in dict.fromkeys(urls) if u not in self.mine and u not in self.page]
        wanted: dict = {}  # counter -> names to read
        for counter, name in chain(counts, ((per_url[0], per_url[1](u)) for u in urls) if per_url else ()):
            if name not in counter.known:
                wanted.setdefault(counter, {})[name] = None
        if not (urls or wanted):
            return
        wanted = {counter: list(names) for counter, names in wanted.items()}

        def read():
            pipe = self.owner.server.pipeline(transaction=False)
            if urls:
                pipe.smismember(self.key, urls)
            for counter, names in wanted.items():
                pipe.hmget(counter.key, names)
            return pipe.execute()

        replies = self.owner.guard(read)
        if replies is None:  # Redis given up
            self.page.update(dict.fromkeys(urls, True))
            return
        if urls:
            self.page.update(zip(urls, map(bool, replies.pop(0)), strict=True))
        for (counter, names), values in zip(wanted.items(), replies, strict=True):
            # this worker's sent increments are in them; its unsent ones are added on reading
            for name, value in zip(names, values, strict=True):
                counter.known[name] = int(value or 0)

    def done(self) -> None:
        """A page whose targets were prefetched has been read."""
        self.readers = max(0, self.readers - 1)
        if not self.readers:
            self.page = {}
            self.owner.forget_counts()

    def __contains__(self, url) -> bool:
        if url in self.mine:
            return True
        known = self.page.get(url)
        if known is not None:
            return known
        return bool(self.owner.guard(self.owner.server.sismember, self.key, url, default=True))

    def add(self, url) -> None:
        if url in self.mine:
            return
        self.mine.add(url)
        self.owner.write(["SADD", self.key, url])


class SharedCounter:
    """A Counter shared by the workers: `c[k] += 1` becomes one atomic HINCRBY of the difference, sent as
    RunScheduler.write says. Values read from Redis are kept while pages are being read (see SharedSet.done).
    Page counts are added by the run's queue instead, as a request gets in (`pending` until it is sent)."""

    def __init__(self, owner: RunScheduler, key: str):
        self.owner, self.key = owner, key
        self.known: dict = {}  # name -> value in Redis when asked, until no page is being read
        self.unsent: dict = {}  # name -> this worker's increments not sent yet
        self.pending: dict = {}  # name -> this worker's requests counting for it, not sent yet
        self.read: dict = {}

    def __getitem__(self, name) -> int:
        base = self.known.get(name)
        if base is None:
            base = self.known[name] = int(self.owner.guard(self.owner.server.hget, self.key, name) or 0)
        value = base + self.unsent.get(name, 0) + self.pending.get(name, 0)
        self.read[name] = value
        return value

    def __setitem__(self, name, value: int) -> None:
        delta = value - self.read.pop(name, 0)
        self.unsent[name] = self.unsent.get(name, 0) + delta
        self.owner.write(["HINCRBY", self.key, name, delta], counter=self)

    def landed(self, name, delta: int) -> None:
        """An increment of this worker's has reached Redis."""
        self.unsent[name] -= delta
        if name in self.known:
            self.known[name] += delta

    def queued(self, name) -> None:
        """A request counting for `name` waits to be sent."""
        self.pending[name] = self.pending.get(name, 0) + 1

    def settled(self, name) -> None:
        """A request counting for `name` has been sent; the queue counted it if it got in."""
        self.pending[name] -= 1
        self.known.pop(name, None)

    def forget(self) -> None:
        self.known.clear()
