"""A worker's Redis commands carried through an outage, or the worker stopped with a clear error."""

from __future__ import annotations

import logging
import time

logger = logging.getLogger(__name__)


def redis_params(settings) -> dict:
    """Short socket timeouts and no retries inside redis-py: RedisGuard alone decides how long to wait."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return {"socket_timeout": 5, "socket_connect_timeout": 5, "retry_on_timeout": False,
            "retry": Retry(NoBackoff(), 0), **settings.getdict("REDIS_PARAMS")}


class RedisGuard:
    """Runs a worker's Redis commands through an outage: retried for up to `patience` seconds, with the worker
    paused; past that the worker stops (close reason redis_error) and every later command returns its default."""

    def __init__(self, crawler, patience: float):
        self.crawler = crawler
        self.patience = patience
        self.lost = False
        self.calls = 0  # round trips, and the seconds this worker spent waiting on them (stats at close)
        self.seconds = 0.0

    def __call__(self, command, *args, default=None, **kwargs):
        started = time.perf_counter()
        try:
            return self.attempt(command, args, kwargs, default)
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - started

    def attempt(self, command, args, kwargs, default):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        if self.lost:
            return default
        since = None
        while True:
            try:
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
