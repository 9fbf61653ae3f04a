"""The outbox against the real Redis: transactions sent without waiting are carried out in order, answered when
drained, never overtaken by a command on another connection, and sent again after a lost connection."""

from __future__ import annotations

import uuid

import pytest
import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError

from govcheck.distributed.guard import RedisGuard
from govcheck.distributed.outbox import Outbox
from tests.distributed.helpers import REDIS_URL


@pytest.fixture
def server():
    client = redis.Redis.from_url(REDIS_URL)
    prefix = f"test:outbox:{uuid.uuid4().hex[:8]}:"
    yield client, prefix
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)
    client.close()


def test_replies_come_in_order_when_drained(server):
    client, prefix = server
    outbox, answers = Outbox(client), []
    outbox.post([["SADD", prefix + "s", "a", "b"], ["INCRBY", prefix + "n", 5]], answers.append)
    outbox.post([["SCARD", prefix + "s"], ["INCRBY", prefix + "n", 2]], answers.append)
    outbox.push()
    assert answers == [] and len(outbox.unread) == 2  # sent, not read
    outbox.drain()
    assert answers == [[2, 5], [2, 7]]
    assert not outbox.unread
    outbox.close()


def test_a_guarded_command_never_overtakes_what_was_sent(server):
    client, prefix = server
    outbox = Outbox(client)
    guard = RedisGuard(None, patience=5, outbox=outbox)
    for i in range(50):
        outbox.post([["RPUSH", prefix + "list", i]])
        guard.post()
    # another connection of the pool: the outbox is drained first, so all 50 are there
    assert guard(client.llen, prefix + "list") == 50
    assert not outbox.unread
    outbox.close()


def test_a_lost_connection_sends_again_what_was_not_answered(server):
    client, prefix = server
    outbox, answers = Outbox(client), []
    outbox.post([["SADD", prefix + "s", "x"]], answers.append)
    outbox.push()
    outbox.drain()
    # cut the outbox's own connection, as a Redis restart or a network fault would
    host, port = outbox.conn._sock.getsockname()[:2]
    local = f"{host}:{port}"
    client.client_kill_filter(addr=local)
    outbox.post([["SADD", prefix + "s", "y"], ["SCARD", prefix + "s"]], answers.append)
    with pytest.raises(RedisConnectionError):
        outbox.push()
        outbox.drain()
    assert len(outbox.unread) == 1 and outbox.conn is None  # kept, to be sent again
    outbox.drain()  # what RedisGuard's next attempt does
    assert answers == [[1], [1, 2]]
    assert client.smembers(prefix + "s") == {b"x", b"y"}
    outbox.close()


def test_a_failing_command_is_an_error_not_an_outage(server):
    client, prefix = server
    outbox = Outbox(client)
    outbox.post([["SET", prefix + "k", "v"], ["INCR", prefix + "k"]])
    with pytest.raises(ResponseError):
        outbox.drain()
    assert not outbox.unread
    got = []
    outbox.post([["GET", prefix + "k"]], got.append)
    outbox.drain()
    assert got == [[b"v"]]  # the connection is still in step after the error
    outbox.close()
