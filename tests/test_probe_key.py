"""Crawl probes have a key (run, site, source, seq): a probe stored again (a batch replayed after its commit reply
was lost, a request handled again, a JOBDIR resume replaying the crawl) is stored once; cron probes have no key."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from sqlalchemy import column, insert, inspect, select, table

from govcheck.items import ProbeItem
from govcheck.store.db import MIGRATIONS, get_engine, make_engine, migrate
from govcheck.store.models import Base, ProbeRecord, Run
from govcheck.store.rows import to_rows
from govcheck.store.writer import RunWriter
from pipelines.storage import StoragePipeline
from tests.conftest import AS_OF, pg_schema_url

AT = datetime(2026, 11, 26, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'govcheck.sqlite'}"
    else:
        with pg_schema_url("govcheck_probekey") as url:
            yield url


def crawl_probe(seq: int, site_id: str = "qx", ok: bool = True) -> ProbeItem:
    return ProbeItem(site_id=site_id, url="http://127.0.0.11/", at=AT + timedelta(minutes=seq), ok=ok, elapsed=0.1,
                     http_status=200 if ok else None, reason=None if ok else "timeout", source="crawl", seq=seq)


def stored(engine) -> list[tuple]:
    with engine.connect() as conn:
        return conn.execute(select(ProbeRecord.run_id, ProbeRecord.site_id, ProbeRecord.source, ProbeRecord.seq,
                                   ProbeRecord.ok).order_by(ProbeRecord.id)).all()


def hold(writer: RunWriter, item: ProbeItem) -> None:
    table, rows = to_rows(item)
    for row in rows:
        writer.hold(table, row)


def test_a_replayed_batch_stores_a_crawl_probe_once_and_keeps_every_cron_probe(db_url):
    engine = make_engine(db_url)
    try:
        migrate(engine)
        writer = RunWriter(engine, retry_seconds=1)
        run_id = writer.start_run(AS_OF, "sites.csv", "national-2019", {})
        hold(writer, crawl_probe(1))
        hold(writer, crawl_probe(1))  # handled twice within one batch
        hold(writer, crawl_probe(2))
        writer._write_buffer()  # committed, but the reply was lost: the same batch is written again
        writer.flush()
        hold(writer, crawl_probe(2, ok=False))  # the request handled again after a worker died
        hold(writer, crawl_probe(1, site_id="nav"))  # another site's probe 1 is its own
        writer.flush()

        cron = RunWriter(engine)  # the probe spider: no run
        for _ in range(2):  # two cron probes alike in every field are both kept (seq NULL never conflicts)
            hold(cron, ProbeItem(site_id="qx", url="http://127.0.0.11/", at=AT, ok=True, source="cron"))
        cron.flush()

        assert stored(engine) == [(run_id, "qx", "crawl", 1, True), (run_id, "qx", "crawl", 2, True),
                                  (run_id, "nav", "crawl", 1, True), (None, "qx", "cron", None, True),
                                  (None, "qx", "cron", None, True)]
    finally:
        engine.dispose()


def test_a_resumed_run_replaying_its_probes_through_the_pipeline_stores_each_once(db_url):
    """What a JOBDIR resume does: a second process joins the run and its crawl yields the same probes again."""
    settings = Settings()
    settings.setmodule("govcheck.settings")
    settings.setdict({"GOVCHECK_DATABASE_URL": db_url, "GOVCHECK_DB_FLUSH_SECONDS": 3600,
                      "GOVCHECK_DISTRIBUTED": False}, priority="cmdline")

    def pipeline(run: str | None) -> StoragePipeline:
        crawler = get_crawler(settings_dict=settings.copy_to_dict())
        crawler.spider = SimpleNamespace(name="portal", as_of=AS_OF, arg_site=None, arg_url=None, arg_sites="s.csv",
                                         arg_run=run, setup_error=None)
        pipe = StoragePipeline(crawler)
        pipe.open_spider()
        return pipe

    try:
        first = pipeline(None)
        run_id = first.crawler.spider.run_id
        for seq in (1, 2):
            first.process_item(crawl_probe(seq))
        first.close_spider()  # probes 1 and 2 committed, then the process dies

        resumed = pipeline(str(run_id))
        assert resumed.crawler.spider.run_id == run_id
        for seq in (1, 2, 3):
            resumed.process_item(crawl_probe(seq))
        resumed.close_spider()

        assert stored(get_engine(db_url)) == [(run_id, "qx", "crawl", seq, True) for seq in (1, 2, 3)]
    finally:
        get_engine(db_url).dispose()  # the PostgreSQL schema is dropped next


def test_migrate_upgrades_a_0001_store(db_url):
    engine = make_engine(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with engine.begin() as conn:
            run_id = conn.execute(insert(Run).values(as_of=AS_OF, started_at=AT, status="running",
                                                     site_list="", profile="national-2019", options={})
                                  ).inserted_primary_key[0]
            probe = {"url": "http://127.0.0.11/", "ok": True, "elapsed": 0.1}
            # 0001's table has no seq: insert through a bare table of its columns
            old = table("probes", *(column(c) for c in ("site_id", "url", "at", "ok", "elapsed", "source", "run_id")))
            conn.execute(insert(old), [
                {**probe, "site_id": "qx", "at": AT + timedelta(minutes=5), "source": "crawl", "run_id": run_id},
                {**probe, "site_id": "qx", "at": AT, "source": "crawl", "run_id": run_id},
                {**probe, "site_id": "nav", "at": AT, "source": "crawl", "run_id": run_id},
                {**probe, "site_id": "qx", "at": AT, "source": "cron", "run_id": None},
            ])

        migrate(engine)

        with engine.connect() as conn:
            insp = inspect(conn)
            assert "seq" in {c["name"] for c in insp.get_columns("probes")}
            [key] = [i for i in insp.get_indexes("probes") if i["name"] == "uq_probes_run_site_source_seq"]
            assert key["unique"] and key["column_names"] == ["run_id", "site_id", "source", "seq"]
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []  # schema as the models say
            rows = conn.execute(select(ProbeRecord.site_id, ProbeRecord.source, ProbeRecord.at, ProbeRecord.seq)
                                .order_by(ProbeRecord.id)).all()
        # the rows survived; crawl probes already stored are numbered by time per run and site, cron ones are not
        assert rows == [("qx", "crawl", AT + timedelta(minutes=5), 2), ("qx", "crawl", AT, 1),
                        ("nav", "crawl", AT, 1), ("qx", "cron", AT, None)]

        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        with engine.connect() as conn:
            insp = inspect(conn)
            assert "seq" not in {c["name"] for c in insp.get_columns("probes")}
            assert "uq_probes_run_site_source_seq" not in {i["name"] for i in insp.get_indexes("probes")}
            kept = select(column("site_id")).select_from(table("probes")).order_by(column("id"))
            assert conn.execute(kept).scalars().all() == ["qx", "qx", "nav", "qx"]  # the rows outlive a downgrade
    finally:
        engine.dispose()
