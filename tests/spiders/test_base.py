"""The base spider: the site list's arguments, the one-line refusal to start, and what each mixin needs."""

from __future__ import annotations

import csv
import logging

import pytest
from openpyxl import Workbook
from scrapy.exceptions import CloseSpider
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.test import get_crawler

from govcheck.spiders.columns import ColumnsHost
from govcheck.spiders.crawl_probes import ProbesHost
from govcheck.spiders.fetch import FetchHost
from govcheck.spiders.follow import FollowHost
from govcheck.spiders.home_parts import HomePartsHost
from govcheck.spiders.portal import PortalSpider
from govcheck.spiders.probe import ProbeSpider
from tests.spiders.helpers import portal_spider

SITES = ("site_id,name,url,site_code,sponsor,kind,region,status,note\n"
         "gov,示范县人民政府,http://www.sf.gov.cn/,4399210001,示范县人民政府办公室,portal,示范县,active,\n"
         "jyj,示范县教育局,http://www.sf.gov.cn/jyj/,4399210002,示范县教育局,department,示范县,active,\n"
         "old,示范县档案馆,http://da.sf.gov.cn/,4399210003,示范县档案馆,department,示范县,offline,改版中\n")


def built(cls, tmp_path, path=None, overrides=None, **args):
    if path is None:
        path = tmp_path / "sites.csv"
        path.write_text(SITES, encoding="utf-8")
    settings = Settings()
    settings.setmodule("govcheck.settings", priority="project")
    settings.update(overrides or {}, priority="cmdline")
    crawler = get_crawler(cls, settings_dict=settings.copy_to_dict())
    spider = cls.from_crawler(crawler, sites=str(path), **args)
    crawler.spider = spider
    return spider


@pytest.mark.parametrize("cls", [PortalSpider, ProbeSpider])
def test_both_spiders_read_the_site_list_alike(cls, tmp_path):
    spider = built(cls, tmp_path)
    assert [s.site_id for s in spider.all_sites] == ["gov", "jyj", "old"]
    assert [s.site_id for s in spider.sites] == ["gov", "jyj"]  # the offline one is not crawled
    assert spider.site_hosts == {"www.sf.gov.cn"} and spider.setup_error is None
    # a department under its government's host is told apart by its path
    assert spider.site_for("http://www.sf.gov.cn/jyj/tzgg/1.html").site_id == "jyj"
    assert spider.site_for("http://www.sf.gov.cn/xwzx/1.html").site_id == "gov"
    assert spider.site_for("http://other.gov.cn/") is None


def gbk_list(tmp_path):
    path = tmp_path / "sites.csv"
    path.write_bytes(SITES.encode("gbk"))
    return path


def workbook_list(tmp_path):
    book = Workbook()
    for row in csv.reader(SITES.splitlines()):
        book.active.append([int(v) if v.isdigit() else v for v in row])  # site codes typed as numbers
    book.save(tmp_path / "sites.xlsx")
    return tmp_path / "sites.xlsx"


@pytest.mark.parametrize("cls", [PortalSpider, ProbeSpider])
@pytest.mark.parametrize("save, detected", [
    (gbk_list, "CSV in GBK"),
    (workbook_list, "Excel workbook (.xlsx), sheet Sheet"),
])
def test_both_spiders_read_a_list_as_offices_save_it(cls, tmp_path, caplog, save, detected):
    caplog.set_level(logging.INFO, logger="govcheck.spiders.base")
    path = save(tmp_path)
    spider = built(cls, tmp_path, path)
    assert spider.setup_error is None
    assert [(s.site_id, s.name, s.site_code) for s in spider.all_sites] == [
        ("gov", "示范县人民政府", "4399210001"),
        ("jyj", "示范县教育局", "4399210002"),
        ("old", "示范县档案馆", "4399210003"),
    ]
    assert [s.site_id for s in spider.sites] == ["gov", "jyj"]
    assert f"site list {path}: 3 sites, read as {detected}" in caplog.messages


@pytest.mark.parametrize("cls", [PortalSpider, ProbeSpider])
@deferred_f_from_coro_f
async def test_a_bad_argument_refuses_to_start_with_one_line(cls, tmp_path, caplog):
    spider = built(cls, tmp_path, site="nosuch")
    assert "no site 'nosuch'" in spider.setup_error
    with pytest.raises(CloseSpider) as closed:
        await spider.start().__anext__()
    assert closed.value.reason == "setup_error"
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [f"govcheck: {spider.setup_error}"]


@pytest.mark.parametrize(("value", "bad"), [
    ("127.0.0.0/8", None), ("10.20.0.0/16,192.168.5.0/24", None),
    ('["127.0.0.0/8"]', '\'["127.0.0.0/8"]\''),  # a JSON list given to -s: one string, no network
    ("10.20.0.0/33", "'10.20.0.0/33'"),
])
def test_a_network_the_address_guard_cannot_read_refuses_to_start(tmp_path, value, bad):
    """Not a dns_error on every link to the hosts it was meant to cover, blamed on the sites."""
    spider = built(PortalSpider, tmp_path, overrides={"GOVCHECK_ALLOWED_NETWORKS": value})
    if bad is None:
        assert spider.setup_error is None
    else:
        assert spider.setup_error.startswith(f"setting GOVCHECK_ALLOWED_NETWORKS: {bad} is not a network")


def test_the_portal_spider_gives_each_mixin_what_it_needs():
    spider = portal_spider()
    assert isinstance(spider, FetchHost) and isinstance(spider, ColumnsHost) and isinstance(spider, ProbesHost)
    assert isinstance(spider, HomePartsHost) and isinstance(spider, FollowHost)


def test_a_page_read_is_freed_with_its_response_without_waiting_for_the_collector():
    import gc
    import weakref

    from scrapy.http import HtmlResponse, Request

    from govcheck.spiders.base import page_selector

    response = HtmlResponse("http://a.gov.cn/", body=b"<html><body><a href='x.html'>x</a></body></html>",
                            encoding="utf-8", request=Request("http://a.gov.cn/"))
    sel = page_selector(response)
    assert sel.xpath("//a/@href").get() == "x.html" and page_selector(response) is sel  # made once a page
    gone = weakref.ref(response)
    was = gc.isenabled()
    gc.disable()
    try:
        del response, sel
        assert gone() is None
    finally:
        if was:
            gc.enable()
