"""Realpage 92: 岳西网's main menu, a classless <table> of 2 rows of 14 <td><a> cells near the top of the page: its
entries are the site's first-level columns; 73's header table of <a class='link'> cells between spacer cells too."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "92-ahyx-home-2018.html"
ROOT = "http://ahyx.gov.cn"
# the menu's entries on the site's own host that name a column (not 首 页, not a sub-site's root)
MENU = {
    "头 条": "/news/sz/sz", "理 论": "/news/ShowClass.asp?ClassID=27", "读 书": "/read",
    "人 物": "/news/ShowClass.asp?ClassID=147", "文 物": "/wenwu/", "环球": "/news/jj/gjxw/", "中国": "/news/jj/gmxw/",
    "新 闻": "/news", "资 讯": "/news/zhgg/Index.html", "专 题": "/zt/", "文 学": "/zl/",
    "电 商": "/dianshang/ds/Index.html", "图 片": "/photos", "视 频": "/news/ShowClass.asp?ClassID=594",
    "教 育": "/jiaoyu/", "岳西杂志": "/news/sz/wh/yuexizazhi/Index.html", "岳西周刊": "/paper/",
}


def _nav(sel, url):
    return {c.url: c for c in find_column_links(sel, url) if c.source == "nav"}


def test_a_classless_table_of_link_cells_at_the_top_is_the_menu():
    nav = _nav(*real(PAGE))
    for name, path in MENU.items():
        assert ROOT + path in nav, name
        assert nav[ROOT + path].name == name and nav[ROOT + path].parent is None
    assert nav["http://bbs.ahyx.gov.cn/forum.php"].name == "论 坛"  # a host of its own domain, a page on it
    assert nav["http://www.ahyx.gov.cn/zt/rexian/rx.html"].name == "新闻热线"
    assert "http://www.yuexirc.com/" not in nav  # 招 聘: another site
    assert not any(u.rstrip("/").endswith("ahyx.gov.cn") for u in nav)  # 首 页 and the sub-sites' roots


def test_the_townships_row_and_the_ads_are_no_menu():
    nav = _nav(*real(PAGE))
    assert not any("xiangzhen/" in u for u in nav)  # 24 links in one cell: a row of places, not a table menu
    assert not any("ClassID=2648" in u or "xinhuanet" in u for u in nav)


def test_73_the_header_table_of_link_cells_between_spacers_is_the_menu():
    sel, url = real("73-sdnu-jxjy-home-2020.html")
    nav = {c.name: c.url for c in find_column_links(sel, url) if c.source == "nav"}
    root = "http://www.ilushanedu.com/"
    want = {"学院简介": "p/1/index.html", "党务工作": "p/6/index.html", "资源建设": "p/5/index.html",
            "成人教育": "p/11/index.html", "自学考试": "p/7/index.html", "培训与考试": "p/19/index.html",
            "网络学院": "p/15/index.html", "终身教育": "index1.html"}
    assert {k: nav.get(k) for k in want} == {k: root + v for k, v in want.items()}


def _page(body: str) -> Selector:
    return Selector(text=f"<html><body>{body}</body></html>")


def _row(names, href="/{i}/"):
    return "<tr>" + "".join(f'<td><a href="{href.format(i=i)}">{n}</a></td>' for i, n in enumerate(names)) + "</tr>"


COLS = ["要闻动态", "通知公告", "政务公开", "政策文件", "办事服务", "互动交流", "走进本县"]
ARTICLE = ('<div><h3>工作动态</h3><ul><li><a href="/xwdt/202401/t20240105_1.html">县政府召开常务会议研究部署工作</a>'
           '<span>2024-01-05</span></li></ul></div>')


def test_a_table_of_link_cells_before_the_content_is_a_menu():
    found = find_column_links(_page(f"<table>{_row(COLS)}</table>{ARTICLE}"), "http://www.x.gov.cn/")
    assert [c.name for c in found if c.source == "nav"] == COLS


def test_link_boxes_footers_articles_and_calendars_in_tables_are_no_menu():
    url = "http://www.x.gov.cn/"
    sites = ["中国政府网", "省政府", "市政府", "发改委", "财政厅", "教育厅"]
    friends = f'<div><h3>友情链接</h3><table>{_row(sites)}</table></div>'
    quick = f'<div>快速链接</div><table>{_row(COLS)}</table>'
    footer = f'<table>{_row(["关于我们", "联系我们", "网站地图", "隐私声明", "使用帮助", "网站纠错"])}</table>'
    days = f'<table>{_row([str(d) for d in range(1, 8)], "/rl/2024-01-{{i}}/")}</table>'
    long = f'<table>{_row(["县政府召开常务会议研究部署" + str(i) for i in range(6)])}</table>'
    few = f'<table>{_row(COLS[:5])}</table>'
    other = f'<table>{_row(COLS, "http://www.other.com/{{i}}/")}</table>'
    late = f"{ARTICLE}<table>{_row(COLS)}</table>"
    for body in (friends, quick, footer, days, long, few, other, late):
        assert [c.name for c in find_column_links(_page(body), url) if c.source == "nav"] == [], body
