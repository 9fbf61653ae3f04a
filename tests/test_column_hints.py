"""A column keeps its hint whichever link to it the crawl meets first: the demo county's 乡镇动态 is linked plainly
from its parent's list page and listed as a column on the site map, and the two pages may be read in either order."""

from __future__ import annotations

import urllib.request

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from govcheck import settings as project_settings
from govcheck.items import ColumnItem
from govcheck.spiders.portal import PortalSpider

PARENT, SITE_MAP, TOWNS = "xwzx/gzdt/index.html", "wzdt/index.html", "xwzx/gzdt/xzdt/index.html"


@pytest.fixture
def spider(demo_sites_csv):
    crawler = get_crawler(PortalSpider, {k: v for k, v in vars(project_settings).items() if k.isupper()})
    crawler._apply_settings()  # its stats
    return PortalSpider.from_crawler(crawler, sites=str(demo_sites_csv))


def read(spider, base: str, path: str, column: dict | None = None) -> list:
    url = base + path
    with urllib.request.urlopen(url, timeout=10) as answer:
        body = answer.read()
    meta = {"site_id": "qx", "page_depth": 1, "home": False, "check_url": url, "column": column}
    if column is None:
        del meta["column"]
    response = HtmlResponse(url, body=body, request=Request(url, meta=meta))
    return list(spider.read_page(response, spider.by_id["qx"]))


def towns_requests(out: list, base: str) -> list[Request]:
    return [r for r in out if isinstance(r, Request) and r.url == base + TOWNS]


def test_a_column_met_after_a_plain_link_to_it_is_read_again_as_a_column(spider, demo_server):
    base = demo_server.bases()["qx"]
    plain, = towns_requests(read(spider, base, PARENT, {"name": "工作动态", "parent": None, "top_level": True,
                                                       "source": "nav", "level": 1}), base)
    assert "column" not in plain.meta and not plain.dont_filter
    again, = towns_requests(read(spider, base, SITE_MAP), base)
    assert again.dont_filter and again.meta["column"]["name"] == "乡镇动态"
    assert again.meta["column"]["parent"] == "工作动态"
    assert towns_requests(read(spider, base, SITE_MAP), base) == []  # once only


def test_a_column_met_first_is_requested_once(spider, demo_server):
    base = demo_server.bases()["qx"]
    first, = towns_requests(read(spider, base, SITE_MAP), base)
    assert first.meta["column"]["name"] == "乡镇动态" and not first.dont_filter
    assert towns_requests(read(spider, base, PARENT, {"name": "工作动态", "parent": None, "top_level": True,
                                                     "source": "nav", "level": 1}), base) == []


def test_read_again_it_yields_its_column(spider, demo_server):
    base = demo_server.bases()["qx"]
    read(spider, base, PARENT)
    again, = towns_requests(read(spider, base, SITE_MAP), base)
    columns = [i for i in read(spider, base, TOWNS, again.meta["column"]) if isinstance(i, ColumnItem)]
    assert [(c.name, c.parent, c.top_level) for c in columns] == [("乡镇动态", "工作动态", False)]
