"""A timeout while govcheck's own event loop stalled is govcheck's doubt, not the site's dead link."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy import Request
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.python.failure import Failure

from govcheck.extensions import stalls
from govcheck.extensions.stalls import StallWatch


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def ticking(watch: StallWatch, clock: Clock, seconds: float, step: float = stalls.TICK) -> None:
    """The loop running for `seconds`, its tick every `step` seconds (late when step > TICK)."""
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        clock.now += step
        watch.tick()


def test_a_loop_on_time_shows_no_stall_and_a_held_one_does():
    clock = Clock()
    watch = StallWatch(clock)
    ticking(watch, clock, 5)
    assert watch.stalled_since(100.0) == 0
    held_from = clock.now
    clock.now += 1.6  # a page parsed for 1.6 s: the tick is 1.5 s late
    watch.tick()
    ticking(watch, clock, 1)
    assert abs(watch.stalled_since(held_from) - 1.5) < 1e-6
    assert abs(watch.stalled_since(held_from + 1.0) - 0.6) < 1e-6  # only the part after the time asked about
    assert watch.stalled_since(clock.now) == 0


def test_a_timeout_is_doubted_only_when_the_loop_stalled_for_a_quarter_of_the_wait():
    clock = Clock()
    watch = StallWatch(clock)
    request = Request("http://127.0.0.1/slow", meta={"started": clock.now})
    ticking(watch, clock, 4)  # a site that did not answer in 4 s, the loop on time
    assert not watch.overloaded(request)
    request = Request("http://127.0.0.1/answered", meta={"started": clock.now})
    ticking(watch, clock, 2)
    clock.now += 2.1  # then held up 2 s of a 4 s wait
    watch.tick()
    assert watch.overloaded(request)
    assert not watch.overloaded(Request("http://127.0.0.1/unknown"))  # no start time: not doubted


def test_a_check_that_timed_out_while_govcheck_stalled_is_recorded_overloaded(monkeypatch):
    from govcheck.spiders.fetch import FetchMixin

    clock = Clock()
    watch = StallWatch(clock)
    monkeypatch.setattr(stalls, "WATCH", watch)
    counted = {}
    spider = SimpleNamespace(site_hosts=frozenset(), crawler=SimpleNamespace(
        stats=SimpleNamespace(inc_value=lambda key: counted.__setitem__(key, counted.get(key, 0) + 1))))
    meta = {"check_url": "http://127.0.0.1/a", "site_id": "s", "started": clock.now}
    failure = Failure(TxTimeoutError())
    failure.request = Request("http://127.0.0.1/a", meta=meta)
    ticking(watch, clock, 4)
    assert FetchMixin.failure_item(spider, failure).failure == "timeout"  # a calm loop: the site's
    meta["started"] = clock.now
    clock.now += 3.0
    watch.tick()
    ticking(watch, clock, 1)
    assert FetchMixin.failure_item(spider, failure).failure == "overloaded"
    assert counted == {"govcheck/links/overloaded": 1}


def test_a_host_is_not_taken_for_down_on_timeouts_govcheck_was_too_busy_to_read(monkeypatch):
    from govcheck.downhosts import DownHostsMiddleware

    clock = Clock()
    watch = StallWatch(clock)
    monkeypatch.setattr(stalls, "WATCH", watch)
    crawler = SimpleNamespace(stats=SimpleNamespace(inc_value=lambda key: None))
    middleware = DownHostsMiddleware(crawler, after=2, retry_after=60, clock=clock)
    for n in range(3):
        request = Request(f"http://127.0.0.9/{n}", meta={"started": clock.now})
        clock.now += 4.0  # the whole wait held up
        watch.tick()
        middleware.process_exception(request, TxTimeoutError())
    assert middleware.refusal(Request("http://127.0.0.9/next")) is None
    for n in range(3):
        request = Request(f"http://127.0.0.9/calm{n}", meta={"started": clock.now})
        ticking(watch, clock, 4)
        middleware.process_exception(request, TxTimeoutError())
    assert middleware.refusal(Request("http://127.0.0.9/next")) is not None
