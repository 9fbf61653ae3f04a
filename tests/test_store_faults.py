"""A store that cannot be written (read-only, full, unreachable, silent) stops the crawl with one clear line naming
the problem: no traceback, no hang, no run reported complete, and never a password in the log."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import run_crawl

SECRET = "s3cret"


@contextmanager
def tmpfs(path: Path, size: str):
    """A small tmpfs at `path` (root only); the test is skipped when the sandbox forbids mounting."""
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to simulate the fault: {done.stderr.strip() or done.returncode}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount(path: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(path)], check=True, capture_output=True)


def migrated(db: Path) -> str:
    from govcheck.store.db import make_engine, migrate

    url = f"sqlite:///{db}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def fill(directory: Path, leave: int = 0) -> None:
    """Fill the file system of `directory` up to `leave` bytes free."""
    with open(directory / "filler", "wb") as fh:
        block = bytes(4096)
        try:
            while True:
                fh.write(block)
                fh.flush()
                stat = os.statvfs(directory)
                if stat.f_bavail * stat.f_frsize <= leave:
                    break
        except OSError:
            pass


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
    with tmpfs(tmp_path / "ro", "4m") as mnt:
        url = migrated(mnt / "govcheck.sqlite")
        remount(mnt, "ro")
        started = time.monotonic()
        done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=60)
        line = assert_one_clear_store_error(done, "cannot open the store", str(mnt / "govcheck.sqlite"))
        assert time.monotonic() - started < 20
        assert done.stderr.count("Spider closed (store_error)") == 1
        remount(mnt, "rw")
        assert run_statuses(url) == []  # no run was started, let alone completed
    assert "readonly" in line or "unable to open" in line or "read-only" in line


def test_new_store_in_read_only_directory(tmp_path, demo_sites_csv):
    with tmpfs(tmp_path / "ro-empty", "1m") as mnt:
        remount(mnt, "ro")
        url = f"sqlite:///{mnt / 'var' / 'govcheck.sqlite'}"
        done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=60)
        assert_one_clear_store_error(done, "cannot open the store", "Read-only file system")
        assert "Spider closed (store_error)" in done.stderr


def test_full_disk_before_the_run(tmp_path, demo_sites_csv):
    with tmpfs(tmp_path / "full", "1m") as mnt:
        url = migrated(mnt / "govcheck.sqlite")
        fill(mnt)
        done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, timeout=60)
        assert_one_clear_store_error(done, "store")
        (mnt / "filler").unlink()
        assert "complete" not in run_statuses(url)


def test_disk_filling_up_during_the_crawl(tmp_path, demo_sites_csv):
    with tmpfs(tmp_path / "filling", "2m") as mnt:
        url = migrated(mnt / "govcheck.sqlite")
        fill(mnt, leave=96 * 1024)  # room for the run to start, not for its rows
        started = time.monotonic()
        try:
            done = run_crawl(demo_sites_csv, url, args={"site": "qx"}, extra={"GOVCHECK_DB_BATCH": 20}, timeout=25)
        except subprocess.TimeoutExpired:
            pytest.fail("the crawl did not stop within 25 s of the disk filling up")
        assert_one_clear_store_error(done, "database or disk is full", "not complete")
        assert time.monotonic() - started < 25
        assert done.returncode == 3  # store_error: a scheduled `crawl && report` stops here
        assert done.stderr.count("Spider closed (store_error)") == 1
        (mnt / "filler").unlink()
        assert "complete" not in run_statuses(url)


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
