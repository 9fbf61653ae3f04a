"""Date mismatches are settled from the stored facts when the run is finished: the same finding whichever process
stored the list and which the article, once however often the run is finished, under the run's own setting."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from sqlalchemy import select
from sqlalchemy.orm import Session

from govcheck.cms.base import ListItem
from govcheck.items import EvidenceItem, LinkOccurrence, PageItem, PageLinksItem
from govcheck.store.datefacts import mismatch_days
from govcheck.store.db import get_engine
from govcheck.store.finish import finish_run
from govcheck.store.models import Evidence, Run, RunSite
from govcheck.store.rows import to_rows
from govcheck.store.writer import RunWriter
from pipelines.storage import StoragePipeline

AS_OF = date(2026, 11, 26)
HOME = "http://127.0.0.5/"
LIST, OTHER = HOME + "tzgg/", HOME + "zwdt/"
ART, FINE, UNDATED = HOME + "tzgg/t1.html", HOME + "tzgg/t2.html", HOME + "tzgg/t3.html"


@pytest.fixture
def engine(any_store):
    return any_store


def page(url: str, shown: date | None = None, home: bool = False) -> PageItem:
    return PageItem("s", url, 200, 0 if home else 1, home, title=url, shown_date=shown)


def list_page(url: str, *dated: tuple[str, date | None]) -> PageLinksItem:
    """A list page linking each URL under its title, with the date the list shows beside it."""
    links = [LinkOccurrence("s", url, target, f"标题{n}", "a", "page", False, False)
             for n, (target, _) in enumerate(dated)]
    return PageLinksItem("s", url, links, [ListItem(f"标题{n}", t, d, None) for n, (t, d) in enumerate(dated)])


def store(engine, writers: list[list], options: dict) -> int:
    """Each writer (a worker, or a crawl and its resumption) stores its items in the one run."""
    run_id = None
    for items in writers:
        writer = RunWriter(engine, batch=100)
        run_id = writer.start_run(AS_OF, "sites.csv", "national-2019", options, run_id=run_id)
        for item in items:
            table, rows = to_rows(item)
            for row in rows:
                writer.hold(table, row)
        writer.flush()
    with Session(engine) as s, s.begin():
        s.add(RunSite(run_id=run_id, site_id="s", name="示范县人民政府", url=HOME))
    return run_id


def mismatches(engine, run_id: int) -> list[tuple]:
    with engine.connect() as conn:
        return conn.execute(select(Evidence.page_url, Evidence.found, Evidence.expected, Evidence.detail)
                            .where(Evidence.run_id == run_id, Evidence.check == "date_mismatch")).all()


LISTS = [list_page(LIST, (ART, date(2026, 11, 20)), (FINE, date(2026, 11, 12)), (UNDATED, None)),
         list_page(OTHER, (ART, date(2026, 11, 25)))]
ARTICLES = [page(HOME, home=True), page(LIST), page(OTHER), page(ART, date(2026, 11, 10)),
            page(FINE, date(2026, 11, 10)), page(UNDATED, date(2026, 1, 1))]


def test_lists_and_articles_stored_by_different_workers_make_one_finding(engine):
    run_id = store(engine, [LISTS, ARTICLES], {"date_mismatch_days": 3})
    # an earlier finish's finding that no longer holds is replaced
    with Session(engine) as s, s.begin():
        _, rows = to_rows(EvidenceItem("s", "date_mismatch", FINE, found="正文发布日期2026-11-10"))
        s.add_all(Evidence(run_id=run_id, **row) for row in rows)
    for _ in range(2):
        finish_run(engine, run_id, "national-2019")
        # ART's closest list date, 10 days off; FINE is 2 days off; UNDATED's list shows no date
        assert mismatches(engine, run_id) == [
            (ART, "正文发布日期2026-11-10", "与列表日期2026-11-20一致",
             {"title": "标题0", "list_date": "2026-11-20", "article_date": "2026-11-10", "list_page": LIST})]


def test_the_runs_own_setting_decides(engine):
    run_id = store(engine, [ARTICLES + LISTS], {"date_mismatch_days": 10})
    finish_run(engine, run_id, "national-2019")
    assert mismatches(engine, run_id) == []
    with Session(engine) as s, s.begin():
        s.get(Run, run_id).options = {}  # a run stored before the setting was kept: the default, 3 days
    finish_run(engine, run_id, "national-2019")
    assert [m[0] for m in mismatches(engine, run_id)] == [ART]



def test_the_crawls_setting_is_kept_with_the_run_and_a_joining_worker_leaves_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"

    def open_run(days: int, run: int | None = None) -> int:
        settings = Settings()
        settings.setmodule("govcheck.settings")
        settings.setdict({"GOVCHECK_DATABASE_URL": url, "GOVCHECK_DISTRIBUTED": False,
                          "GOVCHECK_DATE_MISMATCH_DAYS": days}, priority="cmdline")
        crawler = get_crawler(settings_dict=settings.copy_to_dict())
        crawler.spider = SimpleNamespace(name="portal", as_of=AS_OF, arg_site=None, arg_url=None, arg_sites="s.csv",
                                         arg_run=run, setup_error=None)
        StoragePipeline(crawler).open_spider()
        return crawler.spider.run_id

    run_id = open_run(7)
    assert open_run(2, run=run_id) == run_id
    engine = get_engine(url)
    with engine.connect() as conn:
        options = conn.execute(select(Run.options).where(Run.id == run_id)).scalar_one()
    assert mismatch_days(options) == 7
