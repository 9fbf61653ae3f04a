"""A host that does not answer costs one wait: the down-hosts middleware, on a clock of its own."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import DownloadConnectionRefusedError, DownloadTimeoutError
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from govcheck.downhosts import DownHostsMiddleware, HostDownError
from govcheck.spiders.failures import exception_reason

HOST = "http://127.0.0.41:8000"


class Clock:
    now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def mw(clock):
    return DownHostsMiddleware(get_crawler(), after=3, retry_after=30.0, clock=clock)


def fail(mw, url, exc=None):
    request = Request(url)
    assert mw.process_request(request) is None
    assert mw.process_exception(request, exc or DownloadTimeoutError()) is None
    return request


def test_three_timeouts_in_a_row_put_the_host_down_with_their_class(mw):
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html")
    with pytest.raises(HostDownError) as raised:
        mw.process_request(Request(f"{HOST}/9.html"))
    assert exception_reason(raised.value) == "timeout"
    assert "127.0.0.41:8000" in raised.value.detail
    assert mw.process_request(Request("http://127.0.0.42/a.html")) is None  # other hosts go on


def test_refusals_give_their_own_class(mw):
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html", DownloadConnectionRefusedError())
    with pytest.raises(HostDownError) as raised:
        mw.process_request(Request(f"{HOST}/9.html"))
    assert exception_reason(raised.value) == "connection_refused"


def test_an_answer_between_failures_keeps_the_host_up(mw):
    fail(mw, f"{HOST}/1.html")
    fail(mw, f"{HOST}/2.html")
    mw.process_response(Request(f"{HOST}/ok.html"), Response(f"{HOST}/ok.html", status=404))
    fail(mw, f"{HOST}/3.html")
    assert mw.process_request(Request(f"{HOST}/4.html")) is None


def test_the_host_is_tried_once_more_later_and_an_answer_restores_it(mw, clock):
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html")
    clock.now += 31
    trial = Request(f"{HOST}/5.html")
    assert mw.process_request(trial) is None  # one request goes through ...
    with pytest.raises(HostDownError):
        mw.process_request(Request(f"{HOST}/6.html"))  # ... and only one
    mw.process_response(trial, Response(trial.url, status=200))
    assert mw.process_request(Request(f"{HOST}/7.html")) is None


def test_a_failed_try_keeps_it_down_for_as_long_again(mw, clock):
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html")
    clock.now += 31
    trial = Request(f"{HOST}/5.html")
    assert mw.process_request(trial) is None and trial.meta["host_trial"]
    mw.process_exception(trial, DownloadTimeoutError())
    with pytest.raises(HostDownError):
        mw.process_request(trial.copy())  # its retry waits on the host no more
    clock.now += 29
    with pytest.raises(HostDownError):
        mw.process_request(Request(f"{HOST}/6.html"))
    clock.now += 2
    assert mw.process_request(Request(f"{HOST}/7.html")) is None


def test_probes_always_go_out(mw):
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html")
    assert mw.process_request(Request(f"{HOST}/", meta={"probe_n": 2})) is None
    assert mw.process_request(Request(f"{HOST}/", meta={"probe": True})) is None


def test_other_failures_do_not_count(mw):
    from twisted.internet.error import ConnectionLost

    for n in range(5):
        fail(mw, f"{HOST}/{n}.html", ConnectionLost())
    assert mw.process_request(Request(f"{HOST}/9.html")) is None


def test_off_when_set_to_zero(clock):
    mw = DownHostsMiddleware(get_crawler(), after=0, retry_after=30.0, clock=clock)
    for n in range(5):
        fail(mw, f"{HOST}/{n}.html")
    assert mw.process_request(Request(f"{HOST}/9.html")) is None


def test_a_request_queued_while_its_host_went_down_is_refused_when_sent(mw, clock):
    queued = Request(f"{HOST}/queued.html")
    assert mw.process_request(queued) is None  # the host was up when it entered the slot's queue
    for n in range(3):
        fail(mw, f"{HOST}/{n}.html")
    refused = mw.refusal(queued)
    assert isinstance(refused, HostDownError) and exception_reason(refused) == "timeout"
    assert mw.refusal(Request("http://127.0.0.42/a.html")) is None
    clock.now += 31
    trial = Request(f"{HOST}/trial.html")
    assert mw.process_request(trial) is None and mw.refusal(trial) is None  # the one try goes out



def test_hanging_pages_on_a_host_that_answers_meanwhile_do_not_put_it_down(mw, clock):
    """Three slow pages sent together time out together, but the host answered other requests while they waited:
    it is up, and its other URLs are fetched, not recorded as timeouts unasked."""
    hanging = [Request(f"{HOST}/hang/{n}.html") for n in range(3)]
    for request in hanging:
        assert mw.process_request(request) is None and mw.refusal(request) is None  # sent at 100
    clock.now += 1
    answered = Request(f"{HOST}/ok.html")
    mw.process_request(answered)
    mw.refusal(answered)
    mw.process_response(answered, Response(answered.url, request=answered))
    clock.now += 3
    for request in hanging:
        mw.process_exception(request, DownloadTimeoutError())
    assert mw.process_request(Request(f"{HOST}/next.html")) is None
    # the same three with no answer from the host while they waited: down
    for request in hanging:
        mw.refusal(request)  # sent again at 104
    clock.now += 3
    for request in hanging:
        mw.process_exception(request, DownloadTimeoutError())
    with pytest.raises(HostDownError):
        mw.process_request(Request(f"{HOST}/next.html"))


class Peers:
    """The run's count of failures in a row per host, as a distributed run's scheduler keeps it in Redis."""

    keys = "run keys"

    def __init__(self):
        self.failures: dict = {}

    def host_failed(self, host):
        self.failures[host] = self.failures.get(host, 0) + 1
        return self.failures[host]

    def host_answered(self, host):
        self.failures.pop(host, None)


def workers_of_one_run(clock, n=2):
    from types import SimpleNamespace

    peers, workers = Peers(), []
    for _ in range(n):
        crawler = get_crawler()
        crawler.spider = SimpleNamespace(run_coordinator=peers)
        workers.append(DownHostsMiddleware(crawler, after=3, retry_after=30.0, clock=clock))
    return peers, workers


def test_workers_sharing_a_run_count_a_hosts_failures_together(clock):
    """A homepage's first try on one worker, its retry on the other, a link on the first: the host is down."""
    _peers, (one, two) = workers_of_one_run(clock)
    fail(one, f"{HOST}/")
    fail(two, f"{HOST}/", DownloadConnectionRefusedError())
    assert two.process_request(Request(f"{HOST}/a.html")) is None  # two failures: not down yet
    fail(one, f"{HOST}/b.html")
    with pytest.raises(HostDownError) as raised:
        one.process_request(Request(f"{HOST}/c.html"))
    assert exception_reason(raised.value) == "timeout"
    fail(two, f"{HOST}/d.html")  # the other worker's next failure there is the run's fourth in a row
    with pytest.raises(HostDownError):
        two.process_request(Request(f"{HOST}/e.html"))


def test_an_answer_to_any_worker_starts_the_count_again(clock):
    """A host serving one worker while another's pages hang there is not down: no false alarm."""
    _peers, (one, two) = workers_of_one_run(clock)
    fail(one, f"{HOST}/1.html")
    fail(one, f"{HOST}/2.html")
    two.process_response(Request(f"{HOST}/ok.html"), Response(f"{HOST}/ok.html", status=200))
    fail(one, f"{HOST}/3.html")
    assert one.process_request(Request(f"{HOST}/4.html")) is None
