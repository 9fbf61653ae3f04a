"""A site map page read as one whatever its title: a template's fixed title names the site alone."""

from __future__ import annotations

from scrapy.http import Request

from govcheck.cms.navigation import ColumnLink
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

MAP = f"{HOME}wzdt/index.html"
BODY = ('<html><head><title>{title}</title></head><body><div class="sitemap"><h2>网站地图</h2><ul>'
        '<li><a href="/yjgl/index.html">应急管理</a></li><li><strong>政务公开</strong><ul>'
        '<li><a href="/tzgg/index.html">通知公告</a></li></ul></li></ul></div></body></html>')


def column_requests(title: str, **meta) -> dict:
    spider = portal_spider()
    out = spider.read_page(response(MAP, BODY.format(title=title), meta=page_meta(spider, MAP, **meta)),
                           spider.sites[0])
    return {r.url: (r.meta["column"]["source"], r.meta["column"]["parent"]) for r in out
            if isinstance(r, Request) and r.meta.get("column")}


def test_a_site_map_a_网站地图_link_led_to_lists_columns_whatever_its_title():
    want = {f"{HOME}yjgl/index.html": ("map", None), f"{HOME}tzgg/index.html": ("map", "政务公开")}
    assert column_requests("示范梅山县人民政府", site_map=True) == want
    assert column_requests("网站地图 - 示范梅山县人民政府") == want
    assert column_requests("示范梅山县人民政府") == {}  # a page no 网站地图 link led to, its title naming none


def test_the_request_for_a_网站地图_link_says_it_asks_the_site_map():
    spider = portal_spider()
    link = ColumnLink("网站地图", MAP, "sitemap")
    (request,) = spider.follow_columns([(link, MAP, None)], spider.sites[0], 0, None)
    assert request.meta["site_map"] is True and "column" not in request.meta
