"""The shared run's Redis scripts alone: queueing once, taking batches, delayed requests, the idle protocol,
a lapsed or leaving worker's requests handed back."""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

import redis

from govcheck.distributed.keys import HEARTBEAT_SCRIPT, IDLE_SCRIPT, LEAVE_SCRIPT
from govcheck.distributed.queue import DUE_SCORE, ENQUEUE_SCRIPT, POP_SCRIPT
from govcheck.distributed.scheduler import RunScheduler


def idle(server, k, worker, timeout=60) -> int:
    """The idle script's verdict: 1 this worker finishes, 2 another did, 0 not yet."""
    return run_script(server, k, IDLE_SCRIPT, worker, timeout, extra=[k.done, k.inflight(worker), k.delayed])[0]


def run_script(server, k, script, worker, timeout=60, extra=()):
    """As a worker's scheduler runs it, with the keys it declares."""
    scheduler = SimpleNamespace(server=server, keys=k, worker=worker, timeout=timeout,
                                guard=lambda command, *args, default=None, **kwargs: command(*args, **kwargs))
    return RunScheduler.script(scheduler, script, [k.alive, k.idle, k.requests, *extra])


def pop(server, k, worker):
    taken = server.register_script(POP_SCRIPT)(keys=[k.requests, k.idle, k.alive, k.inflight(worker), k.delayed,
                                                     k.delayed_requests], args=[worker, 60, DUE_SCORE, 1])
    return taken[0] if taken else None


def test_a_homepage_seeded_by_two_workers_is_queued_and_counted_once(keys):
    server, k = keys
    enqueue = server.register_script(ENQUEUE_SCRIPT)
    queue_keys = [k.dupefilter, k.requests, k.pages]
    args = ["fp-home", -100.5, b"home request", 1, "site-a"]
    assert [enqueue(keys=queue_keys, args=args) for _ in ("worker one", "worker two")] == [1, 0]
    assert server.zcard(k.requests) == 1
    assert server.hget(k.pages, "site-a") == b"1"
    # a request that is not a seed counts nothing here (its callback counted it)
    assert enqueue(keys=queue_keys, args=["fp-page", 0.5, b"page request", 1, ""]) == 1
    assert server.hget(k.pages, "site-a") == b"1"


def test_a_worker_takes_a_batch_in_queue_order_into_its_in_flight_set(keys):
    server, k = keys
    server.zadd(k.requests, {f"r{n}".encode(): n for n in range(10)})
    taken = server.register_script(POP_SCRIPT)(keys=[k.requests, k.idle, k.alive, k.inflight("a"), k.delayed,
                                                     k.delayed_requests], args=["a", 60, DUE_SCORE, 8])
    assert taken == [f"r{n}".encode() for n in range(8)]
    assert server.zrange(k.inflight("a"), 0, -1) == taken  # held in Redis, not only in the worker's memory
    assert server.zrange(k.requests, 0, -1) == [b"r8", b"r9"]


def test_a_delayed_request_is_queued_when_due_ahead_of_the_rest_and_keeps_the_run_open(keys):
    server, k = keys
    server.zadd(k.requests, {b"ordinary": 0.5})
    now = server.time()
    server.hset(k.delayed_requests, "t1", b"probe two")
    server.zadd(k.delayed, {"t1": now[0] + now[1] / 1e6 + 1.0})
    assert pop(server, k, "a") == b"ordinary"  # not due yet
    assert pop(server, k, "a") is None
    assert idle(server, k, "a") == 0  # a probe still to come: the run is not over
    time.sleep(1.1)
    server.zadd(k.requests, {b"later ordinary": 0.5})
    assert pop(server, k, "a") == b"probe two"  # due: ahead of everything queued
    assert server.zcard(k.delayed) == 0 and server.hlen(k.delayed_requests) == 0


# --- the idle protocol ---

def test_a_busy_worker_keeps_the_run_open(keys):
    server, k = keys
    run_script(server, k, HEARTBEAT_SCRIPT, "busy")
    assert idle(server, k, "a") == 0
    server.hdel(k.alive, "busy")
    assert idle(server, k, "a") == 1  # alone now: it finishes
    assert idle(server, k, "b") == 2  # and nobody else does


def test_queued_work_keeps_the_run_open(keys):
    server, k = keys
    server.zadd(k.requests, {b"request": 0})
    assert idle(server, k, "a") == 0


def test_a_worker_whose_heartbeat_lapsed_does_not_block_the_end(keys):
    server, k = keys
    server.hset(k.alive, "killed", 0)  # its deadline passed long ago
    assert idle(server, k, "a") == 1
    assert server.hkeys(k.alive) == [b"a"]


def test_two_idle_workers_looking_for_work_finish_the_run(keys):
    """A waiting worker looks in the queue every second: finding it empty, it stays idle, or two waiting workers
    could keep each other from ever seeing everyone idle."""
    server, k = keys
    run_script(server, k, HEARTBEAT_SCRIPT, "b")
    assert idle(server, k, "a") == 0  # b is busy
    assert pop(server, k, "a") is None  # a looks: nothing queued
    assert idle(server, k, "b") == 1  # b goes idle, sees a idle, and finishes


def test_a_taken_request_waits_in_the_takers_in_flight_set(keys):
    server, k = keys
    server.zadd(k.requests, {b"home": -100, b"page": 0})
    server.sadd(k.idle, "a")
    assert pop(server, k, "a") == b"home"
    assert server.zrange(k.requests, 0, -1) == [b"page"]
    assert server.zrange(k.inflight("a"), 0, -1, withscores=True) == [(b"home", -100.0)]
    assert not server.sismember(k.idle, "a") and server.hexists(k.alive, "a")


def test_requests_in_flight_on_a_lapsed_worker_are_queued_again_before_the_run_can_end(keys):
    server, k = keys
    server.zadd(k.requests, {b"home": -100})
    pop(server, k, "killed")
    server.hset(k.alive, "killed", 0)  # then its heartbeat lapsed
    state, reaped, _ = run_script(server, k, IDLE_SCRIPT, "a", extra=[k.done, k.inflight("a")])
    assert (state, reaped) == (0, 1)
    assert server.zrange(k.requests, 0, -1, withscores=True) == [(b"home", -100.0)]
    assert not server.exists(k.inflight("killed"))


def test_a_busy_worker_queues_them_again_on_its_heartbeat(keys):
    server, k = keys
    server.zadd(k.inflight("killed"), {b"page": 0})
    server.hset(k.alive, "killed", 0)
    assert run_script(server, k, HEARTBEAT_SCRIPT, "busy") == 1
    assert server.zrange(k.requests, 0, -1) == [b"page"]


def test_a_worker_leaving_early_hands_back_what_it_took(keys):
    server, k = keys
    server.zadd(k.requests, {b"page": 0})
    pop(server, k, "a")
    run_script(server, k, HEARTBEAT_SCRIPT, "b")
    deleted, moved = run_script(server, k, LEAVE_SCRIPT, "a", extra=[k.done, k.inflight("a"), *k.all()[4:]])
    assert (deleted, moved) == (0, 1)
    assert server.zrange(k.requests, 0, -1) == [b"page"]


def test_a_request_is_queued_once_by_fingerprint_unless_unfiltered(keys):
    server, k = keys
    enqueue = server.register_script(ENQUEUE_SCRIPT)
    queue_keys = [k.dupefilter, k.requests, k.pages]
    assert enqueue(keys=queue_keys, args=["fp", 0, b"page", 1, ""]) == 1
    assert enqueue(keys=queue_keys, args=["fp", 0, b"page again", 1, ""]) == 0  # seen, or a retry
    assert enqueue(keys=queue_keys, args=["fp", -100, b"probe", 0, ""]) == 1
    assert server.zrange(k.requests, 0, -1) == [b"probe", b"page"]
    # many in one call: each filtered on its own, the count of those queued returned
    batch = ["fp2", 1, b"two", 1, "", "fp", 1, b"three", 1, "", "fp2", 1, b"two again", 1, ""]
    assert enqueue(keys=queue_keys, args=batch) == 1
    assert server.zrange(k.requests, 0, -1) == [b"probe", b"page", b"two"]



def test_every_script_touches_only_the_keys_it_declares(keys):
    """Each command a script runs, as MONITOR shows it, names no key missing from the script's KEYS (what Redis
    Cluster would need), the keys of each command told by Redis itself (COMMAND GETKEYS)."""
    server, k = keys
    watcher = redis.Redis(connection_pool=redis.ConnectionPool(**server.connection_pool.connection_kwargs))
    with watcher.monitor() as monitor:  # its own pool: a connection left in MONITOR mode answers nothing else
        server.zadd(k.requests, {b"home": -100, b"page": 0})
        server.register_script(ENQUEUE_SCRIPT)(keys=[k.dupefilter, k.requests, k.pages],
                                               args=["http://h/x", 0, b"x", 1, "s1"])
        server.zadd(k.delayed, {"t": 0})
        server.hset(k.delayed_requests, "t", b"probe")
        pop(server, k, "killed")
        server.hset(k.alive, "killed", 0)  # its heartbeat lapsed: its requests are handed back
        run_script(server, k, HEARTBEAT_SCRIPT, "b")
        pop(server, k, "b")
        idle(server, k, "a")
        run_script(server, k, LEAVE_SCRIPT, "b", extra=[k.done, k.inflight("b"), *k.all()[4:]])
        server.echo("end of the scripts")
        lines = []
        while not lines or "end of the scripts" not in lines[-1]:
            lines.append(monitor.connection.read_response().decode("utf-8", "backslashreplace"))
    watcher.connection_pool.disconnect()
    declared, scripts, undeclared = None, 0, []
    for line in lines:
        client = line.split("[", 1)[1].split("]", 1)[0]
        args = [a.replace('\\"', '"') for a in re.findall(r'"((?:[^"\\]|\\.)*)"', line)]
        if args[0].upper() in ("EVAL", "EVALSHA"):
            declared, scripts = set(args[3:3 + int(args[2])]), scripts + 1
        elif client.endswith(" lua"):
            if args[0].upper() == "TIME":  # no key: GETKEYS would refuse it
                continue
            touched = [key.decode() if isinstance(key, bytes) else key for key in server.command_getkeys(*args)]
            undeclared += [(args[0], key) for key in touched if key not in declared]
    assert scripts == 6 and undeclared == []
