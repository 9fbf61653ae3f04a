"""A store that cannot be written (read-only, full, unreachable, silent) stops the crawl with one clear line naming
the problem: no traceback, no hang, no run reported complete, and never a password in the log."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import run_crawl

SECRET = "s3cret"


def migrated(db: Path) -> str:
    from govcheck.store.db import make_engine, migrate

    url = f"sqlite:///{db}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def pages_of(url: str) -> int:
    from govcheck.store.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA page_count").scalar()
    finally:
        engine.dispose()


def full(url: str, room: int = 0) -> str:
    """The store's URL capped `room` pages (4 KiB each) above its size now: a disk with that much left, wherever
    the tests run (no file system to mount)."""
    return f"{url}?max_page_count={pages_of(url) + room}"


def run_statuses(url: str) -> list[str]:
    from govcheck.store.db import make_engine
    from govcheck.store.models import Run

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(Run.status)).scalars())
    finally:
        engine.dispose()


def error_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "] ERROR:" in line or "] CRITICAL:" in line]


def assert_one_clear_store_error(done: subprocess.CompletedProcess, *words: str) -> str:
    log = done.stdout + done.stderr
    assert "Traceback" not in log, log[-3000:]
    errors = [line for line in error_lines(log) if "store" in line]
    assert len(errors) == 1, errors or log[-3000:]
    assert any(all(w in line for w in words) for line in errors), errors
    assert "Error processing" not in log
    return errors[0]


def test_read_only_store(tmp_path, demo_sites_csv):
    db = tmp_path / "govcheck.sqlite"
    migrated(db)
    url = f"sqlite:///file:{db}?mode=ro&uri=true"  # SQLite opens the file read-only, as on a read-only disk
    started = time.monotonic()
    done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=60)
    line = assert_one_clear_store_error(done, "store")
    assert time.monotonic() - started < 20
    assert done.returncode == 3
    assert done.stderr.count("Spider closed (store_error)") == 1
    assert run_statuses(f"sqlite:///{db}") == []  # no run was started, let alone completed
    assert "readonly" in line or "unable to open" in line or "read-only" in line, line


def test_new_store_whose_folder_cannot_be_made(tmp_path, demo_sites_csv):
    (tmp_path / "var").write_text("a file where the store's folder should be")
    url = f"sqlite:///{tmp_path / 'var' / 'db' / 'govcheck.sqlite'}"
    done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=60)
    assert_one_clear_store_error(done, "cannot open the store", "Not a directory")
    assert done.returncode == 3
    assert "Spider closed (store_error)" in done.stderr


def test_full_disk_before_the_run(tmp_path, demo_sites_csv):
    url = migrated(tmp_path / "govcheck.sqlite")
    done = run_crawl(demo_sites_csv, full(url), args={"site": "qx"}, timeout=60)
    line = assert_one_clear_store_error(done, "store", "database or disk is full")
    assert done.returncode == 3
    assert run_statuses(url) == ["failed"]  # its row fitted; the first of its sites did not
    assert "(marked failed)" in line and re.search(r"; [1-9]\d* collected rows are not stored$", line), line


def test_disk_filling_up_during_the_crawl(tmp_path, demo_sites_csv):
    url = migrated(tmp_path / "govcheck.sqlite")
    capped = full(url, room=24)  # room for the run to start, not for its rows
    started = time.monotonic()
    try:
        done = run_crawl(demo_sites_csv, capped, args={"site": "qx"}, extra={"GOVCHECK_DB_BATCH": 20}, timeout=25)
    except subprocess.TimeoutExpired:
        pytest.fail("the crawl did not stop within 25 s of the disk filling up")
    line = assert_one_clear_store_error(done, "database or disk is full", "not complete (marked failed)")
    assert re.search(r"; [1-9]\d* collected rows are not stored$", line), line  # said, not lost silently
    assert time.monotonic() - started < 25
    assert done.returncode == 3  # store_error: a scheduled `crawl && report` stops here
    assert done.stderr.count("Spider closed (store_error)") == 1
    assert "'item_scraped_count'" in done.stderr  # the crawl had started collecting when the disk filled
    assert run_statuses(url) == ["failed"]


def test_the_cap_is_a_whole_number(tmp_path):
    from govcheck.store.db import StoreError, make_engine

    with pytest.raises(StoreError, match="max_page_count in the database URL: expected a whole number"):
        make_engine(f"sqlite:///{tmp_path / 'g.sqlite'}?max_page_count=lots")


def test_postgresql_refusing_connections(demo_sites_csv):
    started = time.monotonic()
    done = run_crawl(demo_sites_csv, f"postgresql+psycopg://u:{SECRET}@127.0.0.1:1/x", args={"site": "qx"}, timeout=60)
    assert time.monotonic() - started < 20
    line = assert_one_clear_store_error(done, "cannot open the store", "127.0.0.1", "u:***@")
    assert "Connection refused" in line
    assert SECRET not in done.stdout + done.stderr


def test_password_from_the_environment_is_never_logged(demo_sites_csv, monkeypatch):
    monkeypatch.setenv("GOVCHECK_DATABASE_URL", f"postgresql+psycopg://govcheck:{SECRET}@127.0.0.1:1/govcheck")
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={demo_sites_csv}", "-a", "site=qx",
         "-s", "GOVCHECK_DNS_OFFLINE=True", "-s", "LOG_LEVEL=DEBUG"],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=60)
    assert SECRET not in done.stdout + done.stderr
    assert_one_clear_store_error(done, "govcheck:***@")


@pytest.fixture
def silent_server():
    """A port that accepts TCP connections and never says a word (a server hung, or a proxy that stalls)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    yield sock.getsockname()[1]
    sock.close()


def test_postgresql_that_never_answers(demo_sites_csv, silent_server):
    url = f"postgresql+psycopg://u:{SECRET}@127.0.0.1:{silent_server}/x"
    try:
        done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=15)
    except subprocess.TimeoutExpired:
        pytest.fail("the crawl hung on a PostgreSQL server that never answers")
    assert_one_clear_store_error(done, "cannot open the store", "u:***@")
    assert SECRET not in done.stdout + done.stderr


def test_crawl_stopped_early_is_kept_incomplete(tmp_path, demo_sites_csv):
    """A crawl closed before its end (here by CLOSESPIDER_TIMEOUT; a shutdown alike) is never reported complete."""
    url = f"sqlite:///{tmp_path / 'govcheck.sqlite'}"
    done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, extra={"CLOSESPIDER_TIMEOUT": 2}, timeout=60)
    assert "Spider closed (closespider_timeout)" in done.stderr, done.stderr[-3000:]
    assert "stopped (closespider_timeout): kept as incomplete" in done.stderr
    assert run_statuses(url) == ["incomplete"]
