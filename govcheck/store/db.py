"""The engine from GOVCHECK_DATABASE_URL (SQLite under var/ by default) and schema migrations."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_URL = "sqlite:///var/govcheck.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(RuntimeError):
    """The store cannot be used (unreachable server, read-only or full disk); the message says which."""


def database_url(setting: str | None = None) -> str:
    """The URL in force: an explicit setting, else GOVCHECK_DATABASE_URL, else SQLite under var/."""
    return setting or os.environ.get("GOVCHECK_DATABASE_URL") or DEFAULT_URL


def redact(url: str) -> str:
    """The URL with its password hidden, for logs and reports."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL may still hold a secret
        return "<database URL>"


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    # WAL lets the report read while a crawl writes; busy_timeout rides out a concurrent writer
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    # in WAL mode NORMAL survives a killed process; only a power cut may lose the last commits, not the file
    cur.execute("PRAGMA synchronous=NORMAL")
    # a checkpoint (WAL copied into the file, both synced) every 20,000 pages (~80 MB) instead of SQLite's 1,000:
    # at 1,000 the syncs took a tenth of a crawl's time (make bench); a commit is as safe either way
    cur.execute("PRAGMA wal_autocheckpoint=20000")
    cur.execute("PRAGMA foreign_keys=ON")
    # a page cache of 32 MiB (SQLite's default is 2 MiB): a batch's rows land all over the unique keys' and the
    # targets' indexes, and with 2 MiB their pages were read back from the file for every batch (make bench's
    # 105,000 rows written in batches of 500: 2.2 s of CPU before, 1.75 s after, the difference system time)
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def _max_page_count(pages: int):
    def cap(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA max_page_count={pages}")
        cur.close()
    return cap


def make_engine(url: str | None = None) -> Engine:
    """An engine for the URL. A SQLite URL may cap the file's size with `?max_page_count=N` (pages of 4 KiB): past
    it every write fails as on a full disk, which is how the tests fill a disk without mounting one."""
    url = database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        cap = parsed.query.get("max_page_count")
        parsed = parsed.difference_update_query(["max_page_count"])
        if cap is not None and not (isinstance(cap, str) and cap.isdigit() and int(cap) > 0):
            raise StoreError(f"max_page_count in the database URL: expected a whole number of pages, got {cap!r}")
        uri = parsed.query.get("uri") == "true"  # file:…?mode=ro: SQLite's own URI, not a path to make
        if parsed.database and parsed.database != ":memory:" and not uri:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        if cap is not None:
            event.listen(engine, "connect", _max_page_count(int(cap)))
        return engine
    # a server that accepts but never answers must not hang the crawl
    connect_args = {"connect_timeout": 8} if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (Alembic), creating it on an empty database."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@lru_cache(maxsize=8)
def _migrated_engine(url: str) -> Engine:
    from sqlalchemy.exc import SQLAlchemyError

    engine = None
    try:
        engine = make_engine(url)  # creates the SQLite file's folder: may fail on a read-only disk
        migrate(engine)
    except (SQLAlchemyError, OSError) as exc:
        if engine is not None:
            engine.dispose()
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreError(f"cannot open the store: {first}") from None
    return engine


def get_engine(url: str | None = None) -> Engine:
    """A migrated engine for the URL in force, shared within a process."""
    return _migrated_engine(database_url(url))
