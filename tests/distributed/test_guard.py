"""OutageRetry, the redis-py Retry a worker's client waits out a Redis outage with: the deadline, the two warnings,
and the commands it carries (a MULTI/EXEC pipeline, EVAL) through a connection that hangs."""

from __future__ import annotations

import logging
import socket
import time

import pytest
import redis
from scrapy.settings import Settings

from govcheck.distributed.guard import OutageRetry, redis_params
from tests.distributed.test_redis_outage import Proxy


def warnings_in(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "Redis" in r.getMessage()]


def flaky(failures: int):
    """A command failing `failures` times with a connection error, then answering; and the calls made."""
    calls = []

    def do():
        calls.append(time.monotonic())
        if len(calls) <= failures:
            raise redis.ConnectionError("Connection refused")
        return "PONG"

    return do, calls


def test_a_command_waits_for_redis_and_goes_on(caplog):
    retry, (do, calls), failed = OutageRetry(5), flaky(3), []
    with caplog.at_level(logging.WARNING):
        assert retry.call_with_retry(do, failed.append) == "PONG"
    assert len(calls) == 4 and len(failed) == 3  # redis-py's fail step (disconnect) still runs on each failure
    assert [m.split(" (")[0].split(" after")[0] for m in warnings_in(caplog)] == [
        "govcheck: Redis unreachable", "govcheck: Redis reachable again"]


def test_past_the_patience_the_error_is_raised_not_before(caplog):
    retry, (do, calls) = OutageRetry(0.6), flaky(10**6)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING), pytest.raises(redis.ConnectionError):
        retry.call_with_retry(do, lambda error, count: None, with_failure_count=True)
    assert 0.6 <= calls[-1] - calls[0] and time.monotonic() - started < 0.6 + 1.0  # one backoff (0.5 s) at most over
    assert max(b - a for a, b in zip(calls, calls[1:], strict=False)) < 0.6  # backoff capped at 0.5 s
    assert len(warnings_in(caplog)) == 1


def test_one_outage_is_one_warning_however_many_commands_meet_it(caplog):
    retry = OutageRetry(0.2)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            with pytest.raises(redis.TimeoutError):
                retry.call_with_retry(lambda: (_ for _ in ()).throw(redis.TimeoutError("Timeout")), lambda e: None)
        assert len(warnings_in(caplog)) == 1
        assert retry.call_with_retry(lambda: 1, lambda e: None) == 1
        assert retry.call_with_retry(lambda: 2, lambda e: None) == 2
    assert len(warnings_in(caplog)) == 2 and "reachable again" in warnings_in(caplog)[1]


def test_a_refused_connection_is_retried_for_the_patience_then_raised(caplog):
    closed = socket.socket()  # bound, not listening: connections are refused
    closed.bind(("127.0.0.1", 0))
    try:
        client = redis.Redis.from_url(f"redis://127.0.0.1:{closed.getsockname()[1]}/0",
                                      **redis_params(Settings({"GOVCHECK_REDIS_PATIENCE": 1})))
        started = time.monotonic()
        with caplog.at_level(logging.WARNING), pytest.raises(redis.ConnectionError):
            client.ping()
        assert 1 <= time.monotonic() - started < 2.5
        assert len(warnings_in(caplog)) == 1
    finally:
        closed.close()


class FreezingProxy(Proxy):
    """freeze(): the connections open at that moment stop carrying anything, neither way, as a hung Redis would."""

    frozen: frozenset = frozenset()

    def freeze(self) -> None:
        with self.lock:
            self.frozen = frozenset(self.conns)

    def pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                if src not in self.frozen:
                    dst.sendall(data)
        except OSError:
            pass
        finally:
            self.drop(src, dst)


@pytest.mark.parametrize("command", ["pipeline", "eval"])
def test_a_hung_connection_times_out_and_the_command_is_sent_again(command, caplog):
    proxy = FreezingProxy()
    try:
        params = {**redis_params(Settings({"GOVCHECK_REDIS_PATIENCE": 5})), "socket_timeout": 0.3}
        client = redis.Redis.from_url(proxy.url, **params)
        key = f"govcheck:test:guard:{command}:{time.time_ns()}"
        client.ping()
        proxy.freeze()
        with caplog.at_level(logging.WARNING):
            if command == "pipeline":
                pipe = client.pipeline()  # MULTI/EXEC
                pipe.incr(key)
                pipe.expire(key, 60)
                assert pipe.execute() == [1, True]
            else:
                assert client.execute_command("EVAL", "return redis.call('INCR', KEYS[1])", 1, key) == 1
        assert client.get(key) == b"1"  # sent again on a new connection, and executed once
        client.delete(key)
        messages = warnings_in(caplog)
        assert len(messages) == 2 and "Timeout" in messages[0] and "reachable again" in messages[1]
    finally:
        proxy.cut()


def test_every_connection_of_a_client_shares_its_one_retry():
    params = redis_params(Settings({"GOVCHECK_REDIS_PATIENCE": 5}))
    client = redis.Redis.from_url("redis://127.0.0.1:6379/0", **params)
    pool = client.connection_pool
    conns = [pool.get_connection(), pool.get_connection()]  # redis-py deep-copies the Retry into each
    try:
        assert all(conn.retry is params["retry"] for conn in conns)
    finally:
        for conn in conns:
            pool.release(conn)
        client.close()
