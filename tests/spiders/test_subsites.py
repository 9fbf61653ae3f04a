"""A town's sub-site hosted in a folder of its county's portal, read on fake responses: its homepage no column, its
columns the site's under the town's name whatever their breadcrumbs say."""

from __future__ import annotations

from scrapy.http import Request

from govcheck.items import ColumnItem, PageItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

TOWN = f"{HOME}xzjd/abz/index.html"
HINT = {"name": "安边镇", "parent": "乡镇街道", "top_level": False, "source": "nav", "level": 2}
HOMEPAGE = ('<html><head><title>安边镇人民政府</title></head><body><h1>安边镇人民政府</h1>'
            '<a href="/">返回梅山县人民政府</a><div class="nav"><ul><li><a href="/xzjd/abz/index.html">首页</a></li>'
            '<li><a href="/xzjd/abz/zwdt/">镇务动态</a></li><li><a href="/xzjd/abz/gsgg/">公示公告</a></li>'
            '<li><a href="/tzgg/">县通知公告</a></li></ul></div><div class="block"><h3>镇务动态</h3>'
            '<a class="more" href="/xzjd/abz/zwdt/">更多&gt;&gt;</a><ul>'
            '<li><a href="/xzjd/abz/zwdt/202610/t20261012_1.html">我镇开展森林防火检查</a><span>2026-10-12</span></li>'
            '<li><a href="/xzjd/abz/zwdt/202609/t20260930_2.html">我镇召开秋收工作会</a><span>2026-09-30</span></li>'
            '<li><a href="/xzjd/abz/zwdt/202609/t20260916_3.html">我镇开展防汛演练</a><span>2026-09-16</span></li>'
            "</ul></div></body></html>")


def column_item(url: str, body: str, state: dict, key: str, hinted: bool = True) -> ColumnItem:
    """The column item read from a column's page, as `state` (its request's hint, when `hinted`)."""
    spider = portal_spider()
    page = response(url, body, meta=page_meta(spider, url, **({"column": state} if hinted else {})))
    (item,) = [i for i in spider.column_from_listing(page, spider.read_listing(page.selector, url), state, key)
               if isinstance(i, ColumnItem)]
    return item


def test_a_towns_homepage_in_a_columns_place_is_no_column_and_leads_to_its_columns_under_its_name():
    spider = portal_spider()
    out = list(spider.read_page(response(TOWN, HOMEPAGE, meta=page_meta(spider, TOWN, column=HINT)),
                                spider.sites[0]))
    assert not [i for i in out if isinstance(i, ColumnItem)]
    hints = {r.url: r.meta["column"] for r in out if isinstance(r, Request) and r.meta.get("column")}
    assert sorted(hints) == [f"{HOME}xzjd/abz/gsgg/", f"{HOME}xzjd/abz/zwdt/"]  # its own, not the county's
    assert {(h["parent"], h["top_level"], h["level"], h.get("sub_site")) for h in hints.values()} == {
        ("安边镇", False, 1, True)}


def test_a_towns_column_keeps_its_place_whatever_its_breadcrumb_says():
    url = f"{HOME}xzjd/abz/gsgg/index.html"
    hint = {"name": "公示公告", "parent": "安边镇", "top_level": False, "source": "nav", "level": 1, "sub_site": True}
    body = ('<html><body><div class="position">当前位置：<a href="/xzjd/abz/index.html">首页</a> &gt; <span>公示公告'
            '</span></div><h2>公示公告</h2><ul class="list">'
            '<li><a href="/xzjd/abz/gsgg/202601/t20260130_1.html">关于道路施工的公示</a><span>2026-01-30</span></li>'
            '<li><a href="/xzjd/abz/gsgg/202601/t20260120_2.html">关于低保名单的公示</a><span>2026-01-20</span></li>'
            "</ul></body></html>")
    item = column_item(url, body, hint, f"{HOME}xzjd/abz/gsgg/")
    assert (item.parent, item.top_level, item.crumb) == ("安边镇", False, None)


def test_a_towns_homepage_keeps_its_menu_under_its_name_for_the_runs_end():
    """A town's column reached first by a plain link (a county box's [安边镇] tag) is read with no place of its own:
    the town's homepage's menu, kept on its page, places it when the run is finished, whichever came first."""
    spider = portal_spider()
    out = list(spider.read_page(response(TOWN, HOMEPAGE, meta=page_meta(spider, TOWN, column=HINT)),
                                spider.sites[0]))
    (page,) = [i for i in out if isinstance(i, PageItem)]
    assert sorted(page.menu) == [[f"{HOME}xzjd/abz/gsgg/", "安边镇"], [f"{HOME}xzjd/abz/zwdt/", "安边镇"]]


def test_a_column_under_a_heading_of_the_towns_menu_sits_under_the_town_and_that_heading():
    spider = portal_spider()
    body = HOMEPAGE.replace('<li><a href="/xzjd/abz/gsgg/">公示公告</a></li>',
                            '<li class="nav-item"><a href="javascript:void(0)">政务公开</a><div class="sub-nav">'
                            '<a href="/xzjd/abz/gsgg/">公示公告</a></div></li>')
    out = list(spider.read_page(response(TOWN, body, meta=page_meta(spider, TOWN, column=HINT)), spider.sites[0]))
    hints = {r.url: r.meta["column"]["parent"] for r in out if isinstance(r, Request) and r.meta.get("column")}
    assert hints == {f"{HOME}xzjd/abz/gsgg/": "安边镇 › 政务公开", f"{HOME}xzjd/abz/zwdt/": "安边镇"}
    (page,) = [i for i in out if isinstance(i, PageItem)]
    assert sorted(page.menu) == [[f"{HOME}xzjd/abz/gsgg/", "安边镇 › 政务公开"], [f"{HOME}xzjd/abz/zwdt/", "安边镇"]]


def test_a_column_reached_before_its_towns_homepage_keeps_the_homepage_its_breadcrumb_leads_to():
    """Reached by a plain link (a county box's tag), its town's homepage never read: its breadcrumb's 首页, the
    town's homepage at its folder, is kept for the run's end to place it under the town, never first-level."""
    url = f"{HOME}xzjd/xcz/zfwj/index.html"
    column = {"name": "镇政府文件", "parent": None, "top_level": True, "source": "meta", "level": 1}
    body = ('<html><body><div class="position">当前位置：<a href="/xzjd/xcz/index.html">首页</a> &gt; <span>镇政府文件'
            '</span></div><h2>镇政府文件</h2><ul class="list">'
            '<li><a href="/xzjd/xcz/zfwj/202603/t20260321_1.html">春耕方案的通知</a><span>2026-03-21</span></li>'
            '<li><a href="/xzjd/xcz/zfwj/202602/t20260210_2.html">领导分工的通知</a><span>2026-02-10</span></li>'
            "</ul></body></html>")
    item = column_item(url, body, column, f"{HOME}xzjd/xcz/zfwj/", hinted=False)
    assert item.crumb == [None, f"{HOME}xzjd/xcz/index.html"]


TOPIC = f"{HOME}zt/shce/index.html"
TOPIC_HOME = ('<html><head><title>扫黑除恶专项斗争专题</title></head><body><div class="zt-banner"><h1>扫黑除恶专项斗争'
              '</h1><a href="/">返回首页</a></div><div class="zt-nav"><ul><li><a href="/zt/shce/index.html">首页</a>'
              '</li><li><a href="/zt/shce/gzdt/index.html">工作动态</a></li></ul></div><div class="zt-block">'
              '<h3>工作动态</h3><a class="more" href="/zt/shce/gzdt/index.html">更多&gt;&gt;</a><ul>'
              '<li><a href="/zt/shce/gzdt/202103/t20210315_1.html">扫黑除恶推进会召开</a><span>2021-03-15</span></li>'
              '<li><a href="/zt/shce/gzdt/202102/t20210210_2.html">扫黑除恶发布会</a><span>2021-02-10</span></li>'
              "</ul></div></body></html>")


def test_a_topics_homepage_under_the_topic_index_is_no_column_and_leads_to_its_columns_beneath_it():
    spider = portal_spider()
    hint = {"name": "扫黑除恶专项斗争", "parent": "专题专栏", "top_level": False, "source": "nav", "level": 2}
    out = list(spider.read_page(response(TOPIC, TOPIC_HOME, meta=page_meta(spider, TOPIC, column=hint)),
                                spider.sites[0]))
    assert not [i for i in out if isinstance(i, ColumnItem)]
    hints = {r.url: r.meta["column"] for r in out if isinstance(r, Request) and r.meta.get("column")}
    assert {u: (h["parent"], h.get("sub_site")) for u, h in hints.items()} == {
        f"{HOME}zt/shce/gzdt/index.html": ("专题专栏 › 扫黑除恶专项斗争", True)}
    (page,) = [i for i in out if isinstance(i, PageItem)]
    assert page.menu == [[f"{HOME}zt/shce/gzdt/index.html", "专题专栏 › 扫黑除恶专项斗争"]]


def test_a_topics_column_is_untimed():
    url = f"{HOME}zt/shce/gzdt/index.html"
    hint = {"name": "工作动态", "parent": "专题专栏 › 扫黑除恶专项斗争", "top_level": False, "source": "nav",
            "level": 1, "sub_site": True}
    body = ('<html><body><h2>工作动态</h2><ul class="list">'
            '<li><a href="/zt/shce/gzdt/202103/t20210315_1.html">扫黑除恶推进会召开</a><span>2021-03-15</span></li>'
            '<li><a href="/zt/shce/gzdt/202102/t20210210_2.html">扫黑除恶发布会</a><span>2021-02-10</span></li>'
            "</ul></body></html>")
    assert column_item(url, body, hint, f"{HOME}zt/shce/gzdt/").archived
