"""The spider's bookkeeping shared by the workers of a run: the URLs requested, the columns claimed, the codes the
homepages show, the counters."""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govcheck.distributed.scheduler import RunScheduler

class SharedSet:
    """The spider's `requested` set, shared by the workers of a run: the duplicate filter's record of the URLs
    requested (membership by exact URL). A URL added here is this worker's at once; it reaches the filter with its
    request, which the spider queues next. Once Redis is given up every URL counts as requested."""

    def __init__(self, owner: RunScheduler, key: str, known=()):
        self.owner, self.key = owner, key
        self.page: dict = {}  # membership of the link targets of the pages being read (see prefetch)
        self.readers = 0  # pages being read: their outputs interleave
        self.mine: set = set(known)  # added by this worker, and the homepages every worker seeds

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
        self.mine.add(url)


class SharedClaims:
    """The spider's `column_claims` (column key -> the URL of the page that claimed it), shared: the first claim
    holds (HSETNX), and a page handled again after its worker died finds its own claim and reads the column."""

    def __init__(self, owner: RunScheduler, key: str):
        self.owner, self.key = owner, key
        self.known: dict = {}  # claims never change once made

    def setdefault(self, name: str, by: str) -> str:
        if name not in self.known:
            def claim():
                pipe = self.owner.server.pipeline()
                pipe.hsetnx(self.key, name, by)
                pipe.hget(self.key, name)
                return pipe.execute()[1]

            # Redis given up: claimed by nobody, so no column is read from now on
            self.known[name] = (self.owner.guard(claim) or b"").decode()
        return self.known[name]

    def __contains__(self, name: str) -> bool:
        if name not in self.known:
            held = self.owner.guard(self.owner.server.hget, self.key, name, default=b"")
            if held is None:
                return False
            self.known[name] = held.decode()
        return True


class SharedCodes:
    """The spider's `home_codes` (site id -> the 网站标识码 its homepage shows, "" for none), shared: a worker reading
    a site's pages may never have read its homepage. Written with the homepage's new requests (the next flush), so
    a worker taking one of them finds it."""

    def __init__(self, owner: RunScheduler, key: str):
        self.owner, self.key = owner, key
        self.known: dict = {}  # a homepage's code never changes once read

    def __setitem__(self, site_id: str, code: str | None) -> None:
        self.known[site_id] = code
        self.owner.write(["HSET", self.key, site_id, code or ""])

    def get(self, site_id: str, default=None):
        if site_id not in self.known:
            held = self.owner.guard(self.owner.server.hget, self.key, site_id)
            if held is None:  # not read yet (or Redis given up): the site's pages are all its own for now
                return default
            self.known[site_id] = held.decode() or None
        return self.known[site_id]


class SharedCounter:
    """A Counter shared by the workers: `c[k] += 1` becomes one atomic HINCRBY of the difference, sent with the
    worker's next flush. Values read from Redis are kept while pages are being read (see SharedSet.done).
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
