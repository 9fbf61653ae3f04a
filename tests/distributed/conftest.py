"""Fixtures of the distributed tests: a PostgreSQL schema of their own, the demo's CA, a run's Redis keys."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine

from govcheck.distributed.keys import RunKeys
from tests.conftest import pg_schema_url
from tests.distributed.helpers import REDIS_URL


@pytest.fixture(scope="module")
def fresh_pg():
    """A schema of its own: the run must be the first complete one in its database, as sqlite_audit's is
    (a previous run would confirm failures and lend problems their first-seen run)."""
    with pg_schema_url("govcheck_dist") as url:
        engine = create_engine(url)
        yield url, engine
        engine.dispose()


@pytest.fixture(scope="module")
def ca(tmp_path_factory) -> Path:
    from govcheck.demo.tlscerts import ca_pem

    path = tmp_path_factory.mktemp("ca") / "demo-ca.pem"
    path.write_bytes(ca_pem())
    return path


@pytest.fixture
def keys():
    server = redis.Redis.from_url(REDIS_URL)
    k = RunKeys(10**9, uuid.uuid4().hex)
    yield server, k
    server.delete(*k.all(), *server.scan_iter(match=k.inflight_prefix + "*"))
