"""Finishing a distributed run by hand, once all its workers are gone."""

from __future__ import annotations

from govcheck.distributed.keys import RunKeys


def finish_run_now(run_id: int, database_url: str | None, redis_url: str, profile: str = "national-2019") -> dict:
    """Finishes a distributed run whose workers are all gone (killed, or stopped), and deletes its Redis keys.

    The explicit finish step, for an operator: a run whose last worker died before finishing it stays running.
    """
    import redis
    from sqlalchemy import select, update

    from govcheck.store.db import get_engine
    from govcheck.store.finish import finish_run
    from govcheck.store.models import Run

    engine = get_engine(database_url)
    with engine.begin() as conn:
        started_at = conn.execute(select(Run.started_at).where(Run.id == run_id)).scalar_one()
        claimed = conn.execute(update(Run).where(Run.id == run_id, Run.status.in_(("running", "finishing")))
                               .values(status="finishing")).rowcount
    if not claimed:
        raise RuntimeError(f"run {run_id} is not running: nothing to finish")
    summary = finish_run(engine, run_id, profile)
    server = redis.Redis.from_url(redis_url)
    keys = RunKeys(run_id, started_at)
    workers = list(server.scan_iter(match=keys.inflight_prefix + "*"))
    server.delete(*keys.all(), *workers)
    return summary
