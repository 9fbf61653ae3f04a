"""Batched writes: PostgreSQL's COPY path stores what the plain insert stores (defaults, JSON, NULLs), and a
replayed batch adds no row, in both stores."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from govcheck.store.db import make_engine, migrate
from govcheck.store.models import Column, LinkOccurrence, Page
from govcheck.store.writer import COPY_MIN_ROWS, RunWriter, row_key
from tests.conftest import pg_schema_url

FETCHED = datetime(2026, 11, 26, 9, 30)


def batch() -> list[tuple[str, dict]]:
    rows = []
    for i in range(COPY_MIN_ROWS * 2):
        source, target = f"http://a.gov.cn/xwdt/{i // 10}.html", f"http://a.gov.cn/art/{i}.html"
        text = f"关于做好第{i}项工作的通知" if i % 7 else ""
        rows.append(("link_occurrences", {
            "key": row_key("a", source, target, "a", text), "site_id": "a", "source_url": source, "target_url": target,
            "text": text, "tag": "a", "kind": "page", "on_homepage": i < 10, "external": i % 13 == 0}))
    for i in range(COPY_MIN_ROWS):
        # every row leaves dated_items and rendered to the model's defaults; the homepage has JSON columns
        home = i == 0
        rows.append(("pages", {
            "site_id": "a", "url": f"http://a.gov.cn/xwdt/{i}.html", "status": 200 if i % 9 else None,
            "depth": i % 3, "fetched_at": FETCHED, "newest_date": date(2026, 11, i % 28 + 1) if i % 4 else None,
            "is_homepage": home, "title": "<script>某某县人民政府</script>" if home else f"第{i}页",
            "identity": {"site_code": "4211000001", "icp": "鄂ICP备05003307号"} if home else None,
            "menu": [["http://a.gov.cn/xwdt/", None], ["http://a.gov.cn/tzgg/", "政务公开"]] if home else None}))
        rows.append(("columns", {"site_id": "a", "name": f"栏目{i}", "url": f"http://a.gov.cn/c{i}/", "items": i,
                                 "last_update": date(2026, 5, 1) if i % 2 else None}))
    return rows


def stored(engine) -> dict:
    """Every row of the three tables, without the generated ids."""
    out = {}
    with engine.connect() as conn:
        for model, order in ((LinkOccurrence, LinkOccurrence.key), (Page, Page.url), (Column, Column.url)):
            cols = [c for c in model.__table__.columns if c.name != "id"]
            out[model.__tablename__] = [r._asdict() for r in conn.execute(select(*cols).order_by(order))]
    return out


def write_twice(engine) -> dict:
    migrate(engine)
    writer = RunWriter(engine, batch=10_000)
    writer.start_run(date(2026, 11, 26), "sites.csv", "national-2019", {})
    for _ in range(2):  # the same batch again, as a resumed crawl replays it
        for table, row in batch():
            writer.hold(table, dict(row))
        writer.flush()
    return stored(engine)


def test_copy_stores_what_insert_stores_and_a_replay_adds_nothing(tmp_path):
    sqlite = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
    expected = write_twice(sqlite)
    sqlite.dispose()
    assert len(expected["link_occurrences"]) == COPY_MIN_ROWS * 2
    assert len(expected["pages"]) == len(expected["columns"]) == COPY_MIN_ROWS
    with pg_schema_url("writer") as url:
        engine = make_engine(url)
        try:
            got = write_twice(engine)
        finally:
            engine.dispose()
    assert got == expected
    home = next(r for r in got["pages"] if r["is_homepage"])
    assert home["title"] == "<script>某某县人民政府</script>" and home["identity"]["icp"] == "鄂ICP备05003307号"
    assert home["menu"][1] == ["http://a.gov.cn/tzgg/", "政务公开"]
    assert {(r["dated_items"], r["rendered"]) for r in got["pages"]} == {(0, False)}  # the model's defaults
    assert sum(r["identity"] is None and r["menu"] is None for r in got["pages"]) == COPY_MIN_ROWS - 1


@pytest.mark.parametrize("rows", [COPY_MIN_ROWS - 1, COPY_MIN_ROWS])
def test_either_path_on_postgresql_keeps_defaults(rows):
    with pg_schema_url("writer") as url:
        engine = make_engine(url)
        try:
            migrate(engine)
            writer = RunWriter(engine, batch=10_000)
            writer.start_run(date(2026, 11, 26), "sites.csv", "national-2019", {})
            for i in range(rows):
                writer.hold("columns", {"site_id": "a", "name": "工作动态", "url": f"http://a.gov.cn/{i}/"})
            writer.flush()
            with engine.connect() as conn:
                got = conn.execute(select(Column.type, Column.future_dates, Column.requests, Column.empty,
                                          Column.parent)).all()
        finally:
            engine.dispose()
    assert len(got) == rows
    assert all(tuple(r) == ("other", [], 1, False, None) for r in got)
