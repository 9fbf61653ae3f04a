"""Batched, idempotent writes of a run's rows: a crash loses at most the last batch, a replay adds no duplicates."""

from __future__ import annotations

import hashlib
import time
from datetime import datetime

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from govcheck.store.db import StoreError
from govcheck.store.models import Base, Run

TABLES = Base.metadata.tables


def row_key(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()


def insert_ignoring_duplicates(conn, table, rows: list[dict]) -> None:
    name = conn.dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:  # other databases: plain insert; unique keys still guard against duplicates
        conn.execute(insert(table), rows)
        return
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), rows)


class RunWriter:
    """Buffers rows per table and commits them together every `batch` rows or `seconds`."""

    def __init__(self, engine: Engine, batch: int = 500, seconds: float = 5.0):
        self.engine = engine
        self.batch = batch
        self.seconds = seconds
        self.buffer: dict[str, list[dict]] = {}
        self.pending = 0
        self.last_flush = time.monotonic()
        self.run_id: int | None = None

    def start_run(self, as_of, site_list: str, profile: str, options: dict, run_id: int | None = None) -> int:
        try:
            with self.engine.begin() as conn:
                if run_id is not None:
                    found = conn.execute(Run.__table__.select().where(Run.id == run_id)).first()
                    if found is None:
                        raise StoreError(f"run {run_id} does not exist in the store")
                    conn.execute(update(Run).where(Run.id == run_id).values(status="running"))
                    self.run_id = run_id
                else:
                    self.run_id = conn.execute(insert(Run).values(
                        as_of=as_of, started_at=datetime.now(), status="running", site_list=site_list,
                        profile=profile, options=options)).inserted_primary_key[0]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.__class__.__name__}: {str(exc).splitlines()[0]}") from exc
        return self.run_id

    def add(self, table: str, row: dict) -> None:
        row["run_id"] = self.run_id
        self.buffer.setdefault(table, []).append(row)
        self.pending += 1
        if self.pending >= self.batch or time.monotonic() - self.last_flush >= self.seconds:
            self.flush()

    def flush(self, retries: int = 3) -> None:
        if not self.pending:
            return
        for attempt in range(retries + 1):
            try:
                with self.engine.begin() as conn:
                    for name, rows in self.buffer.items():
                        if rows:
                            insert_ignoring_duplicates(conn, TABLES[name], rows)
                break
            except OperationalError as exc:
                # a database restarting or a locked SQLite file: wait and retry, then stop with a clear error
                if attempt == retries:
                    raise StoreError(f"cannot write to the store: {str(exc.orig).strip() or exc}") from exc
                time.sleep(min(2 ** attempt, 10))
        self.buffer.clear()
        self.pending = 0
        self.last_flush = time.monotonic()
