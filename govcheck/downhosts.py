"""A host that does not answer costs one wait, not one per URL.

After GOVCHECK_HOST_DOWN_AFTER timeouts or refused connections in a row on one host (host and port), none of them
on a request the host answered others while it waited (a slow or hanging page on a live host is its own), its other
URLs fail at once with the same failure class, each still recorded where it occurs, without waiting on the host
again (and without a download slot, so no AutoThrottle delay grows with it). GOVCHECK_HOST_RETRY_AFTER seconds
later one request is let through to try it again; an answer puts the host back to normal, another failure (not
retried) keeps it down for as long again. Availability probes are always sent: each is evidence of its own.
Workers sharing a run count a host's failures in a row together (a retry may go to another worker).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from govcheck.spiders.crawl_probes import is_probe
from govcheck.spiders.failures import exception_reason

logger = logging.getLogger(__name__)

DOWN_CLASSES = frozenset({"timeout", "connection_refused"})  # what a host that is down or gone gives


class HostDownError(Exception):
    """A request not sent because its host did not answer the last ones: `reason` is their failure class."""

    def __init__(self, host: str, reason: str, failures: int):
        self.host, self.reason = host, reason
        self.detail = f"not requested: {host} gave no answer to {failures} requests in a row"
        super().__init__(self.detail)


@dataclass
class HostState:
    failures: int = 0  # in a row
    reason: str = ""
    down: bool = False
    retry_at: float = 0.0  # monotonic time from which one request may try the host again
    trying: bool = False  # that request is on its way


@lru_cache(maxsize=4096)  # asked of each request up to four times: when queued, sent, answered
def host_key(url: str) -> str:
    return urlsplit(url).netloc.lower()


class DownHostsMiddleware:
    """Sits nearer the downloader than the retry middleware, so it sees every failure before a retry is made."""

    def __init__(self, crawler, after: int, retry_after: float, clock=time.monotonic):
        self.crawler, self.after, self.retry_after, self.clock = crawler, after, retry_after, clock
        self.hosts: dict[str, HostState] = {}
        self.answered: dict[str, float] = {}  # host -> when it last answered

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(crawler, s.getint("GOVCHECK_HOST_DOWN_AFTER"), s.getfloat("GOVCHECK_HOST_RETRY_AFTER"))

    def process_request(self, request, spider=None):
        if self.after <= 0:
            return None
        host = host_key(request.url)
        state = self.hosts.get(host)
        if state is None or not state.down or is_probe(request):
            return None
        if not state.trying and self.clock() >= state.retry_at:
            state.trying = True
            request.meta["host_trial"] = True
            return None
        self.crawler.stats.inc_value("govcheck/hosts/not_requested")
        raise HostDownError(host, state.reason, state.failures)

    def refusal(self, request) -> HostDownError | None:
        """At the moment of sending: a request that waited in its host's download slot while the host went down is
        not sent either (process_request saw the host still up). The trial request and probes go out. Notes when
        each request goes out: a host that answers others meanwhile is not down, whatever this one gets."""
        request.meta["host_sent_at"] = self.clock()
        if self.after <= 0 or is_probe(request) or request.meta.get("host_trial"):
            return None
        host = host_key(request.url)
        state = self.hosts.get(host)
        if state is None or not state.down:
            return None
        self.crawler.stats.inc_value("govcheck/hosts/not_requested")
        return HostDownError(host, state.reason, state.failures)

    def shared(self):
        """The run's count of each host's failures in a row, when workers share the run (RunScheduler)."""
        coordinator = getattr(self.crawler.spider, "run_coordinator", None)
        return coordinator if coordinator is not None and coordinator.keys is not None else None

    def process_response(self, request, response, spider=None):
        self.answered[host_key(request.url)] = self.clock()
        if (shared := self.shared()) is not None:
            shared.host_answered(host_key(request.url))
        state = self.hosts.pop(host_key(request.url), None)
        if state is not None and state.down:
            self.crawler.stats.inc_value("govcheck/hosts/back")
            logger.info("govcheck: %s answers again: its URLs are requested again", host_key(request.url))
        return response

    def process_exception(self, request, exception, spider=None):
        if isinstance(exception, HostDownError) or self.after <= 0:
            return None
        reason = exception_reason(exception)
        host = host_key(request.url)
        sent = request.meta.get("host_sent_at")
        if reason not in DOWN_CLASSES or (sent is not None and self.answered.get(host, sent) > sent):
            self.hosts.pop(host, None)  # it answered something, if not well, or others while this one waited
            return None
        state = self.hosts.setdefault(host, HostState())
        shared = self.shared()  # a run's workers count together: an answer to any of them starts it again
        state.failures = shared.host_failed(host) if shared is not None else state.failures + 1
        state.reason = reason
        if request.meta.pop("host_trial", False) and state.trying:
            # the one try failed: its retry (made from this request, after this) is not sent either
            state.trying = False
            state.retry_at = self.clock() + self.retry_after
        elif not state.down and state.failures >= self.after:
            state.down, state.retry_at = True, self.clock() + self.retry_after
            self.crawler.stats.inc_value("govcheck/hosts/down")
            logger.info("govcheck: %s gave no answer to %d requests in a row (%s): its other URLs are recorded so "
                        "without waiting on it; it is tried again in %g s", host, state.failures, reason,
                        self.retry_after)
        return None


def down_hosts(crawler) -> DownHostsMiddleware | None:
    """The crawl's down-hosts middleware, when it is enabled."""
    downloader = getattr(crawler.engine, "downloader", None)
    middlewares = getattr(getattr(downloader, "middleware", None), "middlewares", ())
    return next((m for m in middlewares if isinstance(m, DownHostsMiddleware)), None)

