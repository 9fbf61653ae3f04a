"""The pipelines built from a crawler, as Scrapy builds them: they judge the items the spider hands over."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from govcheck.items import CheckItem, ColumnItem
from govcheck.sites import Site
from pipelines.freshness import FreshnessPipeline
from pipelines.links import LinkHealthPipeline

AS_OF = date(2026, 11, 26)


@pytest.fixture
def crawler():
    settings = Settings()
    settings.setmodule("govcheck.settings")
    crawler = get_crawler(settings_dict=settings.copy_to_dict())
    site = Site("qx", "示范县人民政府", "http://127.0.0.11/", column_types={"领导活动": "news"})
    crawler.spider = SimpleNamespace(by_id={"qx": site}, as_of=AS_OF)
    return crawler


def test_link_health_classifies_a_404(crawler):
    pipe = build_from_crawler(LinkHealthPipeline, crawler)
    item = pipe.process_item(CheckItem(url="http://127.0.0.11/a.html", site_id="qx", source_url="http://127.0.0.11/",
                                       http_status=404, body="<html><title>404</title></html>",
                                       site_hosts=frozenset({"127.0.0.11"})))
    assert (item.category, item.verdict) == ("http_404", "broken")


def test_link_health_keeps_a_rate_limited_link_unverified(crawler):
    pipe = build_from_crawler(LinkHealthPipeline, crawler)
    item = pipe.process_item(CheckItem(url="http://127.0.0.30/x", site_id="qx", source_url="http://127.0.0.11/",
                                       http_status=429, retried_after_429=True))
    assert (item.category, item.verdict) == ("rate_limited", "unverified")


def test_freshness_types_by_name_and_judges_staleness(crawler):
    pipe = build_from_crawler(FreshnessPipeline, crawler)
    item = pipe.process_item(ColumnItem(site_id="qx", name="工作动态", url="http://127.0.0.11/gzdt/",
                                        dates=[date(2026, 11, 1), None, date(2026, 10, 20)]))
    assert (item.type, item.last_update, item.stale, item.threshold_days) == ("news", date(2026, 11, 1), True, 14)


def test_freshness_applies_the_site_lists_override(crawler):
    pipe = build_from_crawler(FreshnessPipeline, crawler)
    item = pipe.process_item(ColumnItem(site_id="qx", name="领导活动", url="http://127.0.0.11/ldhd/",
                                        dates=[date(2026, 11, 1)]))
    assert item.type == "news" and item.stale  # "other" by name, news by the site's own rule


def test_freshness_placeholder_column_is_empty_not_stale(crawler):
    pipe = build_from_crawler(FreshnessPipeline, crawler)
    item = pipe.process_item(ColumnItem(site_id="qx", name="通知公告", url="http://127.0.0.11/tzgg/", dates=[],
                                        placeholder=True))
    assert item.empty and not item.stale
