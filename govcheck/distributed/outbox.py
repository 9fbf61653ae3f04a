"""Redis transactions sent without waiting for their replies: a distributed worker goes on crawling while Redis
carries out what its last callback wrote, instead of blocking on every round trip.

Redis answers the commands of one connection in order, so the outbox keeps a connection of its own and reads the
replies later, all at once (`drain`): when a caller needs an answer, and before any other command the worker sends
on another connection (RedisGuard drains first), so nothing the worker asks can overtake what it has sent.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

# unread transactions past which push() waits for the replies: bounds what Redis holds for this connection
MAX_UNREAD = 64


class Transaction:
    __slots__ = ("packed", "on_reply", "sent")

    def __init__(self, packed: list, on_reply):
        self.packed, self.on_reply, self.sent = packed, on_reply, False  # one reply per command packed


class Outbox:
    """MULTI/EXEC transactions posted now, their EXEC replies handed to `on_reply` when drained.

    A lost connection (an error sending or reading) resets it: every transaction not yet answered is sent again on
    the next attempt, as a blocking pipeline retried by RedisGuard would be. The caller retries `push` and `drain`
    (RedisGuard) until Redis answers or is given up.
    """

    def __init__(self, server):
        self.server = server
        self.conn = None
        self.unread: deque[Transaction] = deque()
        self.posted = 0  # transactions posted, for the stats

    def post(self, commands: list, on_reply: Callable[[list], None] | None = None) -> None:
        """Queues one transaction of `commands` (argument tuples, as sent to Redis); `push` sends it."""
        if not commands:
            return
        packed = [("MULTI",), *commands, ("EXEC",)]
        self.unread.append(Transaction(packed, on_reply))
        self.posted += 1

    def push(self) -> None:
        """Sends what is posted and not sent yet, without reading any reply (reads them first once too many wait)."""
        if len(self.unread) > MAX_UNREAD:
            self.drain()
            return
        self._send()

    def drain(self) -> None:
        """Sends what is left, then reads every reply in order and hands each transaction's to its `on_reply`."""
        self._send()
        conn = self.conn
        try:
            while self.unread:
                tx = self.unread[0]
                replies = [self._read(conn) for _ in tx.packed]
                self.unread.popleft()
                result = replies[-1]
                if isinstance(result, ResponseError):  # EXECABORT: a command was refused when queued
                    raise next((r for r in replies if isinstance(r, ResponseError) and r is not result), result)
                for reply in result:
                    if isinstance(reply, ResponseError):  # a script or command failed: a bug, not an outage
                        raise reply
                if tx.on_reply is not None:
                    tx.on_reply(result)
        except (RedisConnectionError, RedisTimeoutError, OSError):
            self.reset()
            raise

    @staticmethod
    def _read(conn):
        try:
            return conn.read_response(disconnect_on_error=False)
        except ResponseError as exc:  # returned, not raised, inside EXEC's array; raised on its own line
            return exc

    def _send(self) -> None:
        try:
            if self.conn is None:
                self.conn = self.server.connection_pool.get_connection()
            for tx in self.unread:
                if not tx.sent:
                    self.conn.send_packed_command(self.conn.pack_commands(tx.packed), check_health=False)
                    tx.sent = True
        except (RedisConnectionError, RedisTimeoutError, OSError):
            self.reset()
            raise

    def reset(self) -> None:
        """The connection is lost or out of step: drop it; what was not answered is sent again on a new one."""
        if self.conn is not None:
            self.conn.disconnect()
            self.server.connection_pool.release(self.conn)
            self.conn = None
        for tx in self.unread:
            tx.sent = False

    def close(self) -> None:
        if self.conn is not None:
            self.server.connection_pool.release(self.conn)
            self.conn = None
