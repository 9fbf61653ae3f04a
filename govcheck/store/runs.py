"""A run's status in the store: claiming its finish, reading where it stands."""

from __future__ import annotations

from sqlalchemy import select, update

from govcheck.store.models import Run


def claim_finish(engine, run_id: int) -> bool:
    """Marks a running run as being finished; False when another process got there first."""
    with engine.begin() as conn:
        claimed = conn.execute(update(Run).where(Run.id == run_id, Run.status == "running").values(status="finishing"))
        return claimed.rowcount == 1


def run_status(engine, run_id: int) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(Run.status).where(Run.id == run_id)).scalar_one_or_none()


def run_dates(engine, run_id: int):
    """(as_of, started_at) of a run."""
    with engine.connect() as conn:
        return conn.execute(select(Run.as_of, Run.started_at).where(Run.id == run_id)).one()
