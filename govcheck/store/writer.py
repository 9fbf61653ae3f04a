"""Batched, idempotent writes of a run's rows: a crash loses at most the last batch, a replay adds no duplicates."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import JSON, Engine, insert, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from govcheck.store.db import StoreError
from govcheck.store.models import Base, Run

TABLES = Base.metadata.tables
RETRY_SECONDS = 30.0  # how long a store outage is waited out before the crawl stops
MAX_BACKOFF = 2.0  # a short outage is noticed soon after it ends
# SQLSTATEs a later attempt may not meet: connection lost (08), server shutting down or starting (57P0x), too many
# connections, serialization failure, deadlock
TRANSIENT_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53300", "40001", "40P01")
SQLITE_BUSY, SQLITE_LOCKED = 5, 6

logger = logging.getLogger(__name__)
T = TypeVar("T")


def row_key(*parts) -> str:
    return hashlib.sha1("\x1f".join(["" if p is None else str(p) for p in parts]).encode("utf-8")).hexdigest()


def first_line(exc: BaseException) -> str:
    """The driver's own message, first line only (psycopg adds hints below it)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def transient(exc: SQLAlchemyError) -> bool:
    """Whether waiting can cure the error: a busy SQLite file, a lost or refused server connection. A full or
    read-only disk, a rejected row or a missing table cannot be waited out."""
    if getattr(exc, "connection_invalidated", False):
        return True
    if not isinstance(exc, OperationalError):
        return False
    orig = exc.orig
    if orig.__class__.__module__.startswith("sqlite3"):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
        return "locked" in str(orig) or "busy" in str(orig)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    # no SQLSTATE: the server never answered (refused, reset, timed out)
    return sqlstate is None or str(sqlstate).startswith(TRANSIENT_SQLSTATES)


COPY_MIN_ROWS = 50  # PostgreSQL: a batch this large is staged with COPY (see copy_ignoring_duplicates)


def insert_ignoring_duplicates(conn, table, rows: list[dict]) -> None:
    name = conn.dialect.name
    if name == "postgresql":
        if len(rows) >= COPY_MIN_ROWS and conn.dialect.driver == "psycopg":
            copy_ignoring_duplicates(conn, table, rows)
            return
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:  # other databases: plain insert; unique keys still guard against duplicates
        conn.execute(insert(table), rows)
        return
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), rows)


def copy_ignoring_duplicates(conn, table, rows: list[dict]) -> None:
    """Rows COPYed into a temporary table of the same shape, then moved with INSERT ... ON CONFLICT DO NOTHING: the
    same outcome as a multi-row insert at a third of the client's CPU and less of the server's (no statement of
    thousands of parameters to build, send and parse). The staging table empties itself at commit."""
    given = set().union(*rows)
    # every column a row gives, and those SQLAlchemy would fill with their Python-side default
    columns = [c for c in table.columns if not c.primary_key and (c.name in given or c.default is not None)]
    as_json = {c.name for c in columns if isinstance(c.type, JSON)}
    names = ", ".join(f'"{c.name}"' for c in columns)
    stage = f"govcheck_stage_{table.name}"
    with conn.connection.driver_connection.cursor() as cur:
        # the table's columns but its key, with none of its constraints, defaults (the sequence) or indexes
        every = ", ".join(f'"{c.name}"' for c in table.columns if not c.primary_key)
        cur.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" ON COMMIT DELETE ROWS '
                    f'AS SELECT {every} FROM "{table.name}" WITH NO DATA')
        with cur.copy(f'COPY "{stage}" ({names}) FROM STDIN') as copy:
            for row in rows:
                values = [row[c.name] if c.name in row else column_default(c) for c in columns]
                if as_json:
                    values = [json.dumps(v) if c.name in as_json and v is not None else v
                              for c, v in zip(columns, values, strict=True)]
                copy.write_row(values)
        cur.execute(f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{stage}" ON CONFLICT DO NOTHING')


def column_default(column):
    """The value SQLAlchemy's insert would give a column a row leaves out (a callable default is called)."""
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


class RunWriter:
    """Buffers rows per table and commits them together every `batch` rows or `seconds`.

    A store that is unavailable for now (a locked SQLite file, a lost PostgreSQL connection) is waited for, with
    backoff, for up to `retry_seconds` from the first failure; any other error raises a StoreError at once.
    """

    def __init__(self, engine: Engine, batch: int = 500, seconds: float = 5.0, retry_seconds: float = RETRY_SECONDS):
        self.engine = engine
        self.batch = batch
        self.seconds = seconds
        self.retry_seconds = retry_seconds
        self.buffer: dict[str, list[dict]] = {}
        self.pending = 0
        self.last_flush = time.monotonic()
        self.run_id: int | None = None
        self.outage_since: float | None = None  # when the store became unavailable, until a write succeeds
        self.backoff = 0.0

    def start_run(self, as_of, site_list: str, profile: str, options: dict, run_id: int | None = None,
                  columns: dict | None = None) -> int:
        """A new run (with `columns`: its round, scope and sample), or the run `run_id` joined as it is."""
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
                        profile=profile, options=options, **(columns or {}))).inserted_primary_key[0]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0]}") from exc
        return self.run_id

    def mark_failed(self) -> bool:
        """One try, without waiting (the store has just failed), at marking the run failed, so that no worker
        finishes it as complete; False when the store refuses that too."""
        if self.run_id is None:
            return False
        try:
            with self.engine.begin() as conn:
                conn.execute(update(Run).where(Run.id == self.run_id, Run.status == "running").values(status="failed"))
        except SQLAlchemyError:
            return False
        return True

    def hold(self, table: str, row: dict) -> None:
        """Buffers a row; the caller commits when `due`, by `flush` (waiting out an outage) or `try_flush`."""
        self.hold_all(table, [row])

    def hold_all(self, table: str, rows: list[dict]) -> None:
        """hold() of each of an item's rows (a page's link occurrences: dozens), in one call."""
        if not rows:  # an item stored as nothing
            return
        run_id = self.run_id
        for row in rows:
            row["run_id"] = run_id
        self.buffer.setdefault(table, []).extend(rows)
        self.pending += len(rows)

    def due(self) -> bool:
        return self.pending >= self.batch or (self.pending > 0 and time.monotonic() - self.last_flush >= self.seconds)

    def flush(self) -> None:
        """Commits the buffer, waiting (blocking) while the store is unavailable for now."""
        if self.pending:
            self.retrying(self._write_buffer)
            self._flushed()

    def try_flush(self) -> float | None:
        """One attempt at committing the buffer: None when committed, else the seconds to wait before the next
        attempt. Raises StoreError when waiting cannot help, or has not for `retry_seconds`."""
        if self.pending:
            try:
                self._write_buffer()
            except (SQLAlchemyError, StoreError) as exc:
                return self.wait_after(exc)
            self._flushed()
        self.recovered()
        return None

    def retrying(self, work: Callable[[], T]) -> T:
        """Runs `work` (whole transactions, safe to replay), sleeping between attempts while the store is
        unavailable for now."""
        while True:
            try:
                result = work()
            except (SQLAlchemyError, StoreError) as exc:
                time.sleep(self.wait_after(exc))
                continue
            self.recovered()
            return result

    def wait_after(self, exc: SQLAlchemyError | StoreError) -> float:
        """The seconds to wait before trying again after `exc`; raises StoreError when waiting cannot help (a full
        or read-only disk, a rejected row) or the outage has lasted `retry_seconds`."""
        cause = exc.__cause__ if isinstance(exc, StoreError) else exc
        if not isinstance(cause, SQLAlchemyError):
            raise exc
        if not transient(cause):
            raise StoreError(f"cannot write to the store: {first_line(cause)}") from cause
        now = time.monotonic()
        if self.outage_since is None:
            self.outage_since, self.backoff = now, 0.25
            logger.warning("govcheck: store unavailable (%s); retrying for up to %g s", first_line(cause),
                           self.retry_seconds)
        left = self.outage_since + self.retry_seconds - now
        if left <= 0:
            raise StoreError(f"cannot write to the store: {first_line(cause)} "
                             f"(still failing after {now - self.outage_since:.0f} s of retries)") from cause
        delay, self.backoff = min(self.backoff, left), min(self.backoff * 2, MAX_BACKOFF)
        return delay

    def recovered(self) -> None:
        if self.outage_since is not None:
            logger.warning("govcheck: store available again after %.1f s; going on",
                           time.monotonic() - self.outage_since)
            self.outage_since = None

    def _write_buffer(self) -> None:
        with self.engine.begin() as conn:
            for name, rows in self.buffer.items():
                if rows:
                    insert_ignoring_duplicates(conn, TABLES[name], rows)

    def _flushed(self) -> None:
        self.buffer.clear()
        self.pending = 0
        self.last_flush = time.monotonic()
