"""A worker's Redis commands carried through an outage by redis-py's own retries, or the worker stopped with a clear
error."""

from __future__ import annotations

import logging
import time

from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)


def redis_params(settings) -> dict:
    """redis-py's client options for a worker: short socket timeouts, so a Redis that hangs fails as one that is down
    does, and OutageRetry to wait out either for up to GOVCHECK_REDIS_PATIENCE seconds."""
    return {"socket_timeout": 5, "socket_connect_timeout": 5,
            "retry_on_timeout": False,  # deprecated in redis-py; the Retry's own errors include timeouts
            "retry": OutageRetry(settings.getfloat("GOVCHECK_REDIS_PATIENCE", 30.0)),
            **settings.getdict("REDIS_PARAMS")}


class OutageRetry(Retry):
    """redis-py's Retry, backing off up to 0.5 s and for as long as `patience` seconds from a command's first failure,
    after which the error is raised. Logs an outage once as it begins and once as it ends."""

    def __init__(self, patience: float):
        super().__init__(ExponentialWithJitterBackoff(cap=0.5, base=0.05), -1)  # -1: no count; the deadline bounds
        self.patience = patience
        self.since = None  # when the outage being waited out began

    def __deepcopy__(self, memo):
        return self  # redis-py copies it into each connection: one outage is noted once, whichever connections meet it

    def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
        first = None

        def failed(error, *count):
            nonlocal first
            fail(error, *count)
            now = time.monotonic()
            first = now if first is None else first
            if self.since is None:
                self.since = now
                logger.warning("govcheck: Redis unreachable (%s); waiting up to %g s for it", error, self.patience)
            if now - first >= self.patience:
                raise error  # after redis-py's own failure step (the disconnect); its loop has no deadline

        def done():
            result = do()
            if self.since is not None:
                logger.warning("govcheck: Redis reachable again after %.1f s; going on", time.monotonic() - self.since)
                self.since = None
            return result

        return super().call_with_retry(done, failed, is_retryable, with_failure_count)


class RedisGuard:
    """Runs a worker's Redis commands, which OutageRetry carries through an outage; once it gives up the worker stops
    (close reason redis_error) and every later command returns its default."""

    def __init__(self, crawler, patience: float):
        self.crawler = crawler
        self.patience = patience
        self.lost = False
        self.calls = 0  # round trips, and the seconds this worker spent waiting on them (stats at close)
        self.seconds = 0.0

    def __call__(self, command, *args, default=None, **kwargs):
        if self.lost:
            return default
        started = time.perf_counter()
        try:
            return command(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as exc:  # raised once redis-py's retries have given up
            self.give_up(exc, time.perf_counter() - started)
            return default
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - started

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
