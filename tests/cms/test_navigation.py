"""Column discovery on a homepage and a site map page (govcheck/cms/navigation.py)."""

import pytest
from parsel import Selector

from govcheck.cms.navigation import find_column_links, find_sitemap_columns
from tests.cms.pages import small

HOME = "http://www.xx.gov.cn/index.html"


@pytest.fixture(scope="module")
def links():
    return {c.url: c for c in find_column_links(small("home_nav.html"), HOME)}


def test_text_nav_link(links):
    assert links["http://www.xx.gov.cn/zwgk/"].source == "nav"


def test_image_link_with_title_keeps_it_and_without_is_skipped(links):
    assert links["http://www.xx.gov.cn/zwfw/"].name == "政务服务"
    assert "http://www.xx.gov.cn/hdjl/" not in links


def test_skipped_links(links):
    assert not any(u.startswith(("javascript", "mailto")) for u in links)
    assert "http://www.other.gov.cn/" not in links
    assert HOME not in links and "http://www.xx.gov.cn/index.html#main" not in links
    assert not any("#page" in u for u in links)
    assert "首页" not in {c.name for c in links.values()}


def test_duplicate_url_keeps_the_more_informative_name(links):
    assert links["http://www.xx.gov.cn/zwgk/"].name == "政务公开栏目"
    assert list(links).count("http://www.xx.gov.cn/zwgk/") == 1


def test_more_link_takes_the_block_title(links):
    assert (links["http://www.xx.gov.cn/tzgg/"].name, links["http://www.xx.gov.cn/tzgg/"].source) == (
        "通知公告", "more")
    assert links["http://www.xx.gov.cn/zcwj/"].name == "政策文件"


def test_sitemap_link(links):
    assert (links["http://www.xx.gov.cn/wzdt/"].name, links["http://www.xx.gov.cn/wzdt/"].source) == (
        "网站地图", "sitemap")


def test_articles_are_not_columns(links):
    assert not any("/t2024" in u for u in links)


def test_dated_items_of_a_column_block_are_articles_not_columns():
    from scrapy import Selector

    # class "lm" (栏目) reads as a menu; its entries with a date beside them are a news list
    sel = Selector(text='<div class="nav"><ul><li><a href="/xwdt/">工作动态</a></li></ul></div>'
                        '<div class="lm"><h3>工作动态</h3><ul>'
                        '<li><a href="/xwdt/202611/t20261125_1.html">关于防汛抗旱有关情况的公示</a>'
                        '<span>2026-11-25</span></li>'
                        '<li><a href="/xwdt/zt/">专题专栏</a></li></ul></div>')
    found = {c.url: c.source for c in find_column_links(sel, HOME)}
    assert found == {"http://www.xx.gov.cn/xwdt/": "nav", "http://www.xx.gov.cn/xwdt/zt/": "nav"}


@pytest.fixture(scope="module")
def sitemap():
    return {c.name: c for c in find_sitemap_columns(small("sitemap.html"), "http://www.xx.gov.cn/wzdt/")}


@pytest.mark.parametrize(("name", "parent"), [
    ("政务公开", None),
    ("通知公告", "政务公开"),
    ("政策文件", "政务公开"),
    ("规范性文件", "政策文件"),
    ("互动交流", None),
    ("县长信箱", "互动交流"),
    ("办事指南", "政务服务"),
    ("表格下载", "政务服务"),
    ("县情概况", "走进某县"),
    ("优化营商环境", "专题专栏"),
])
def test_sitemap_parents(sitemap, name, parent):
    assert sitemap[name].parent == parent


def test_sitemap_urls_and_scope(sitemap):
    assert sitemap["规范性文件"].url == "http://www.xx.gov.cn/zwgk/zcwj/gfxwj/"
    assert "联系我们" not in sitemap and "首页" not in sitemap


@pytest.mark.parametrize("html, name, place", [
    ('当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; <span>乡镇动态</span>', None,
     ("工作动态",)),
    ('当前位置：<a href="/">首页</a> &gt; <span>政务公开</span> &gt; <span>通知公告</span>', "通知公告",
     ("政务公开",)),
    ('当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a>', "通知公告", (None,)),
    ('您现在的位置：<a href="/">网站首页</a>&gt;&gt;<a href="/a/">政务公开</a>&gt;&gt;<a href="/b/">通知</a>', None,
     ("政务公开",)),
    ('当前位置：<a href="/">首页</a> &gt; <a href="/a/">政务公开</a>', "通知公告", None),  # not this column's
    ("<p>没有位置栏</p>", None, None),
])
def test_a_breadcrumb_gives_the_columns_place(html, name, place):
    from govcheck.cms.names import breadcrumb_place

    assert breadcrumb_place(Selector(text=f'<div class="position">{html}</div>'), name=name) == place


@pytest.mark.parametrize("html, parent, heading", [
    # the name the page gives itself when the menus call it 部门: its ColumnName, else its breadcrumb's last name
    ('<meta name="ColumnName" content="部门动态"><div class="position">当前位置：<a href="/">首页</a> &gt; '
     "新闻中心 &gt; 部门</div>", "新闻中心", "部门动态"),
    ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 部门动态</div>',
     "新闻中心", "部门动态"),
    # a breadcrumb that stops at the section, or names the column as the menus do, gives it no other name
    ('<div class="position">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>', "新闻中心", None),
    ('<div class="position">当前位置：<a href="/">首页</a> &gt; 新闻中心 &gt; 部 门</div>', "新闻中心", None),
    # nor does a <title>, which a template may give the section
    ("<title>新闻中心_示范市体育局</title><p>无位置栏</p>", None, None),
])
def test_the_name_a_columns_page_gives_itself_beside_the_menus(html, parent, heading):
    from govcheck.cms.names import own_heading

    assert own_heading(Selector(text=html), name="部门", parent=parent) == heading


def more_links(html: str) -> dict[str, str]:
    found = find_column_links(Selector(text=html), HOME)
    return {c.url.rsplit("/", 2)[-2]: c.name for c in found if c.source == "more"}


def test_the_title_beside_a_more_link_in_the_blocks_header_row():
    """<div class="z1">林业风采</div><div class="z2"><a>更多>></a></div>, after a slider whose pager is class hd."""
    html = ('<div class="slideBox"><div class="hd"><ul><li>1</li><li>2</li><li>3</li></ul></div></div>'
            '<div class="c_cjzt"><div class="t_cjzt"><div class="z1">林业风采</div>'
            '<div class="z2"> <a href="/lyfc/index.html"> 更多>></a> </div></div>'
            '<div class="d_cjzt"><ul><li><a href="/lyfc/201708/t20170805_633883.html"><img src="a.jpg"></a></li></ul>'
            "</div></div>")
    assert more_links(html) == {"lyfc": "林业风采"}


def test_a_short_class_word_is_a_heading_only_as_a_whole_word():
    html = ('<div class="news"><div class="lbt"><span>海报：冬季防火</span></div><div class="news_bt">图片新闻</div>'
            '<ul><li><a href="/tpxw/a.html">一</a></li></ul><a href="/tpxw/index.html">更多</a></div>')
    assert more_links(html) == {"tpxw": "图片新闻"}


@pytest.fixture(scope="module")
def cwl():
    from tests.cms.pages import real

    return {c.url: c for c in find_column_links(*real("29-cwl-home-2020.html"))}


def test_realpage_29_a_more_link_takes_its_panes_tab(cwl):
    """Tabs over panes, one 查看更多 per pane; the panes' cards carry their titles in <h6> inside their links."""
    names = {u.rsplit("/", 2)[-2]: c.name for u, c in cwl.items() if c.source == "more"}
    assert {k: names.get(k) for k in ("zzfc", "sz", "gs", "rw")} == {
        "zzfc": "站主风采", "sz": "数字", "gs": "故事", "rw": "人物"}


def test_realpage_29_an_items_title_around_a_menu_name_does_not_replace_it(cwl):
    assert cwl["http://www.cwl.gov.cn/rdsp/fcybs/index.html"].name == "为幸福喝彩"


def test_realpage_32_the_tabs_beside_one_more_link_are_columns_each():
    """One 更多 over four tabs (the site's script points it at the pane shown); each tab links its own column."""
    from tests.cms.pages import real

    found = {c.url.removeprefix("http://hdzfxxgk.hd.gov.cn"): c.name
             for c in find_column_links(*real("32-hdzfxxgk-home-2020.html")) if c.source == "more"}
    assert found == {"/zfwj/jinqixxgk/": "近期信息公开", "/zfwj/szfwj/": "市政府文件",
                     "/zfwj/zhengcejd/": "市政府办公室文件", "/zfwj/szfl/": "市政府令", "/zfwj/xdfz/": "修订废止"}


def test_realpage_33_a_heading_whose_link_has_no_address_names_its_more():
    """<ul class="tit"><li class="on"><a>政府文件</a></li></ul> beside the 更多: a link without an address is the
    heading's text."""
    from tests.cms.pages import real

    found = {c.url.removeprefix("http://www.zhecheng.gov.cn/"): c.name
             for c in find_column_links(*real("33-zhecheng-home-2018.html")) if c.source == "more"}
    assert found == {"xxgk/xxgkml/zcjd/index.html": "政策解读", "xxgk/xxgkml/zfwj/index.html": "政府文件",
                     "xxgk/index.html": "信息公开"}


@pytest.mark.parametrize("more", [
    '<span class="more"><a href="/zfwj/"><img src="/images/more.gif" alt="更多"></a></span>',  # 更多 as a picture
    '<span class="more"><a href="/zfwj/">更多</a></span>',
])
def test_a_calendars_day_over_a_block_is_no_name(more):
    """A calendar's <th>日</th> above the block: one character is no column's name; the heading is."""
    calendar = "<table class='rili'><tr>" + "".join(f"<th>{d}</th>" for d in "日一二三四五六") + "</tr></table>"
    html = (f'{calendar}<div class="box"><div class="hd"><ul class="tit"><li class="on"><a>政府文件</a></li></ul>'
            f'{more}</div><ul><li><a href="/zfwj/1.html">关于印发某某办法的通知</a><span>07-20</span></li></ul></div>')
    assert more_links(html) == {"zfwj": "政府文件"}


@pytest.mark.parametrize("row", [
    # tabs in a list of their own beside the 更多
    '<div class="hd"><ul><li><a href="/tzgg/">通知公告</a></li><li><a href="/gsgg/">公示公告</a></li></ul>'
    '<span class="more"><a href="/tzgg/">更多</a></span></div>',
])
def test_tabs_in_a_more_links_row_are_columns(row):
    html = f'{row}<ul><li><a href="/tzgg/1.html">关于开展安全生产检查的通知</a><span>2024-05-01</span></li></ul>'
    assert more_links(html) == {"tzgg": "通知公告", "gsgg": "公示公告"}


@pytest.mark.parametrize("block", [
    # short undated items beside a 更多 wrapped alone: no link to the 更多's column, so no tab row
    '<div class="zt"><ul><li><a href="/zt/xczx/">乡村振兴</a></li><li><a href="/zt/fzzf/">法治政府</a></li></ul>'
    '<div class="more"><a href="/zt/">更多</a></div></div>',
    # picture cards of a pane, its 查看更多 wrapped alone (realpage 29)
    '<div class="pane"><a href="/c/2020-07-27/1.html"><img src="a.jpg"><h6>扎根福彩</h6></a>'
    '<div class="ydMore"><a href="/rw/index.html">查看更多</a></div></div>',
])
def test_a_blocks_own_links_beside_its_more_are_no_tabs(block):
    assert set(more_links(f"<h3>专题</h3>{block}")) <= {"zt", "rw"}


PANES = ('<div class="{bd}"><div id="con_1_0"><ul><li><a href="/tzgg/1.html">关于开展安全生产检查的通知</a>'
         '<span>2026-11-01</span></li></ul>{more0}</div><div id="con_1_1" style="display:none"><ul><li>'
         '<a href="/gzdt/1.html">镇里召开冬季防火工作会议</a><span>2026-11-11</span></li></ul>{more1}</div></div>')


@pytest.mark.parametrize(("head", "wrap"), [
    ('<ul class="tab-hd"><li class="on" onmouseover="setTab(1,0)">通知公告</li><li>工作动态</li></ul>', "{}"),
    ('<div class="tab-hd"><span>通知公告</span><span>工作动态</span></div>', "{}"),  # the header a div, as the panes'
    ('<div class="tab-hd"><span>通知公告</span><span>工作动态</span></div>', '<div class="more">{}</div>'),
])
def test_a_pane_of_a_tab_box_takes_its_own_tab_not_the_whole_header(head, wrap):
    """Tabs without links (setTab boxes): the 更多 of each pane names the tab over that pane."""
    more = lambda path: wrap.format(f'<a class="more" href="/{path}/">更多</a>')  # noqa: E731
    html = f'<div class="tabbox">{head}{PANES.format(bd="tab-bd", more0=more("tzgg"), more1=more("gzdt"))}</div>'
    assert more_links(html) == {"tzgg": "通知公告", "gzdt": "工作动态"}


def test_one_more_for_a_whole_tab_box_names_no_tab():
    html = ('<div class="tabbox"><ul class="tab-hd"><li class="on">通知公告</li><li>工作动态</li></ul>'
            + PANES.format(bd="tab-bd", more0="", more1="") + '<a class="more" href="/tzgg/">更多</a></div>')
    assert more_links(html).get("tzgg") != "通知公告 工作动态"


def test_menu_and_site_map_entries_that_send_the_visitor_on_by_onclick_are_columns():
    """<li onclick="window.location.href='…'"><span>政务动态</span></li>: no link, but a click gets there."""
    nav = ('<div class="nav"><ul><li><a href="/">首页</a></li>'
           "<li onclick=\"window.location.href='/xwzx/zwdt/'\"><span>政务动态</span></li>"
           "<li onclick=\"showMenu(3)\"><span>办事服务</span></li></ul></div>")  # a script naming no address
    assert [(c.name, c.url, c.source) for c in find_column_links(Selector(text=nav), HOME)] == [
        ("政务动态", "http://www.xx.gov.cn/xwzx/zwdt/", "nav")]
    site_map = ('<div class="sitemap"><ul><li onclick="location.href=\'/xw/\'"><span>新闻中心</span><ul>'
                "<li onclick=\"location.href='/xw/zwdt/'\"><span>政务动态</span></li></ul></li></ul></div>")
    assert [(c.name, c.url, c.parent) for c in find_sitemap_columns(Selector(text=site_map), HOME)] == [
        ("新闻中心", "http://www.xx.gov.cn/xw/", None), ("政务动态", "http://www.xx.gov.cn/xw/zwdt/", "新闻中心")]


def test_a_menu_an_inline_script_writes_from_an_array_of_its_own():
    """var navData = [{name, url, children}] and a script that writes it into an empty box: each entry a column
    under its parent's name, placed by the menu before a block's 更多 link to the same column; a news list's data
    (dated items), a script named for no menu and another host's entries are no menu."""
    menu = ('[{"name": "首页", "url": "/"}, {"name": "新闻中心", "url": "/xwzx/", "children": ['
            '{"name": "部门动态", "url": "/xwzx/bmdt/"}, {name: \'乡镇动态\', url: \'/xwzx/xzdt/\'}]},'
            '{"title": "政务公开", "link": "/zwgk/", "sub": [{"title": "通知公告", "link": "/zwgk/tzgg/"}]},'
            '{"name": "省政府", "url": "http://www.other.gov.cn/"}]')
    news = '[{"title": "县政府召开常务会议", "url": "/xwzx/a/", "pubDate": "2026-11-25"}]'
    html = (f'<html><body><div id="nav"></div><script>var navData = {menu}; render(navData);</script>'
            f'<script>var rows = {news}; show(rows);</script><script>var x = [{{"name": "a", "url": "/b/"}}];</script>'
            '<div class="box"><h3>部门动态</h3><a href="/xwzx/bmdt/">更多</a></div></body></html>')
    got = [(c.name, c.url.removeprefix("http://www.xx.gov.cn"), c.source, c.parent)
           for c in find_column_links(Selector(text=html), HOME)]
    assert got == [("新闻中心", "/xwzx/", "nav", None), ("部门动态", "/xwzx/bmdt/", "nav", "新闻中心"),
                   ("乡镇动态", "/xwzx/xzdt/", "nav", "新闻中心"), ("政务公开", "/zwgk/", "nav", None),
                   ("通知公告", "/zwgk/tzgg/", "nav", "政务公开")]


def test_a_tree_a_script_draws_from_a_flat_array_of_nodes():
    """zTree's simpleData, as 信息公开 platforms draw their 目录 (var zNodes = [{id, pId, name, url}]): each node with
    an address a column, under the node whose id it names as its parent's (a root without an address too); a node
    under no other (pId 0) sits under none."""
    nodes = ('[{id: 1, pId: 0, name: "法定主动公开内容", open: true},'
             '{id: 11, pId: 1, name: "政策文件", url: "/xxgk/zcwj/index.html", target: "_self"},'
             '{"id": "12", "pId": "1", "name": "规划计划", "url": "/xxgk/ghjh/index.html"},'
             '{id: 2, pId: 0, name: "政府信息公开指南", url: "/xxgk/gkzn/index.html"}]')
    html = ('<html><body><ul id="treeDemo" class="ztree"></ul><script>var setting = {data: {simpleData: {enable: '
            f'true}}}}}};\nvar zNodes = {nodes};\n$.fn.zTree.init($("#treeDemo"), setting, zNodes);</script>'
            "</body></html>")
    got = [(c.name, c.url.removeprefix("http://www.xx.gov.cn"), c.parent)
           for c in find_column_links(Selector(text=html), HOME)]
    assert got == [("政策文件", "/xxgk/zcwj/index.html", "法定主动公开内容"),
                   ("规划计划", "/xxgk/ghjh/index.html", "法定主动公开内容"),
                   ("政府信息公开指南", "/xxgk/gkzn/index.html", None)]


@pytest.mark.parametrize("menu", [
    # a dropdown: the heading's <li> holds its entries' list
    '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1011/index.html">政务公开</a><ul>'
    '<li><a href="/col/col1011/index.html">通知公告</a></li><li><a href="/col/col1012/index.html">政策文件</a></li>'
    "</ul></li></ul></div>",
    # a mega menu: a heading over its entries' list
    '<div class="nav"><div class="item"><h3><a href="/col/col1011/index.html">政务公开</a></h3><ul>'
    '<li><a href="/col/col1011/index.html">通知公告</a></li><li><a href="/col/col1012/index.html">政策文件</a></li>'
    "</ul></div></div>",
])
def test_a_menu_heading_linking_its_first_entry_leaves_the_entry_its_name(menu):
    """政务公开 links 通知公告's page, as many county portals' menus do: the column is 通知公告 (a notice column to
    judge), not 政务公开 (typed other, never stale)."""
    from govcheck.judge.columns import column_type
    from govcheck.rules import load_profile

    found = {c.url: (c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)}
    assert found == {"http://www.xx.gov.cn/col/col1011/index.html": ("通知公告", "政务公开"),
                     "http://www.xx.gov.cn/col/col1012/index.html": ("政策文件", "政务公开")}
    national = load_profile()
    assert column_type(found["http://www.xx.gov.cn/col/col1011/index.html"][0], None, national) == "notice"
    assert column_type("政务公开", None, national) == "other"


def test_two_entries_of_one_menu_linking_one_page_keep_the_first_name():
    """Peers, neither under the other: the first entry's name stays."""
    menu = ('<div class="nav"><ul><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/">信息公开</a></li>'
            "</ul></div>")
    assert [c.name for c in find_column_links(Selector(text=menu), HOME)] == ["政务公开"]


@pytest.mark.parametrize("menu", [
    # a mega menu's heading as plain text, its entries' list in a box of their own
    '<div class="nav"><ul><li><a href="/">首页</a></li><li class="group"><span>政务公开</span><div class="sub"><ul>'
    '<li><a href="/zwgk/zcwj/">政策文件</a></li></ul></div></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
])
def test_a_menu_entry_under_a_heading_sits_under_it_and_a_first_level_entry_under_none(menu):
    found = {c.name: c.parent for c in find_column_links(Selector(text=menu), HOME)}
    assert found == {"政策文件": "政务公开", "互动交流": None}


@pytest.mark.parametrize("menu", [
    # 扎兰屯's mega menu: the heading's <li> holds a hidden panel of boxes alone, no list
    '<div class="nav" id="nav"><div class="theme3"><div class="hd"><ul class="dt"><li><a class="link-nav" href="/">'
    '首页</a></li><li><a class="link-nav" href="/zwgk/zcwj/">政务公开</a><div class="dd" style="display:none">'
    '<div class="item"><div class="link-dt"><a href="/zwgk/zcwj/">政策文件</a></div></div><div class="item">'
    '<div class="link-dt"><a href="/zwgk/rsxx/">人事信息</a></div></div></div></li>'
    '<li><a class="link-nav" href="/hdjl/">互动交流</a></li></ul></div></div></div>',
    # a dropdown's list three boxes deep in its heading's <li>
    '<div class="nav"><ul class="navlist"><li><a href="/">首页</a></li><li class="navli"><a href="/zwgk/">政务公开</a>'
    '<div class="subnav" style="display:none"><div class="subnav-con"><div class="w1200"><ul>'
    '<li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/rsxx/">人事信息</a></li></ul></div></div></div>'
    '</li><li class="navli"><a href="/hdjl/">互动交流</a></li></ul></div>',
])
def test_a_menu_entry_in_its_headings_panel_of_boxes_sits_under_the_heading(menu):
    """A stale 政策文件 under 政务公开 is second-level: no veto count as a first-level policy column, no deduction."""
    found = {c.name: c.parent for c in find_column_links(Selector(text=menu), HOME)}
    assert (found["政策文件"], found["人事信息"], found["互动交流"]) == ("政务公开", "政务公开", None)


@pytest.mark.parametrize("heading", [
    '<a href="javascript:void(0)">政务公开</a>', '<a href="#">政务公开</a>', "<span>政务公开</span>", "政务公开",
    '<a href="/zwgk/">政务公开</a>'])
def test_a_menu_entry_in_a_box_of_bare_links_in_its_headings_li_sits_under_the_heading(heading):
    """<li><a href="javascript:void(0)">政务公开</a><div class="sub-nav"><a>通知公告</a><a>…: no list, the links
    alone in a box of the heading's <li>. A stale 通知公告 there is second-level: no veto count as a first-level
    notice column."""
    menu = ('<div class="nav"><ul class="nav-list"><li class="nav-item"><a href="/">首页</a></li>'
            f'<li class="nav-item">{heading}<div class="sub-nav"><a href="/tzgg/">通知公告</a>'
            '<a href="/zcwj/">政策文件</a></div></li>'
            '<li class="nav-item"><a href="/hdjl/">互动交流</a></li></ul></div>')
    found = {c.name: c.parent for c in find_column_links(Selector(text=menu), HOME)}
    assert (found["通知公告"], found["政策文件"], found["互动交流"]) == ("政务公开", "政务公开", None)


def test_a_first_level_entry_wrapped_in_a_box_of_its_own_li_heads_nothing():
    menu = ('<div class="nav"><ul><li><span><a href="/xwzx/">新闻中心</a></span></li><li><div class="item">'
            '<a href="/zwgk/">政务公开</a></div></li><li><span>网站导航</span><div class="x">'
            '<a href="/hdjl/">互动交流</a></div></li></ul></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
        ("新闻中心", None), ("政务公开", None), ("互动交流", None)]


def test_a_first_level_entry_wrapped_in_boxes_of_its_own_li_heads_nothing():
    """<li><div><div><div><a>: the entry's own <li>, no heading's label before its boxes."""
    menu = ('<div class="nav"><ul><li><div class="a"><div class="b"><div class="c"><a href="/xwzx/">新闻中心</a></div>'
            '</div></div></li><li><span>网站导航</span><div class="x"><div class="y"><div class="z">'
            '<a href="/zwgk/">政务公开</a></div></div></div></li></ul></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
        ("新闻中心", None), ("政务公开", None)]


def test_a_menu_list_after_a_title_without_a_link_is_the_first_level():
    """A title over the whole menu (网站导航) is no heading of its entries."""
    menu = ('<div class="nav"><h2>网站导航</h2><ul><li><a href="/xwzx/">新闻中心</a></li>'
            '<li><a href="/zwgk/">政务公开</a></li></ul></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
        ("新闻中心", None), ("政务公开", None)]


def test_a_menu_heading_over_an_entry_of_its_own_name_and_page_stays_first_level():
    """通知公告 over 通知公告 and 公示公告: the heading's page is the column itself, linked from the menu's first
    level."""
    menu = ('<div class="nav"><ul><li><a href="/tzgg/">通知公告</a><ul><li><a href="/tzgg/">通知公告</a></li>'
            '<li><a href="/gsgg/">公示公告</a></li></ul></li></ul></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
        ("通知公告", None), ("公示公告", "通知公告")]


def test_a_dialogs_title_beside_a_back_arrow_is_no_menu_heading():
    """realpage 30: a phone menu's dialog titled 栏目导航, its only link a 返回 arrow (javascript:;)."""
    menu = ('<div class="nav"><div class="m_header"><a class="back" href="javascript:;"><i></i></a><h3>栏目导航</h3>'
            '</div><ul class="navbar"><li><h3>鹰城快讯</h3><p><a href="/4.html">鹰城要闻</a></p></li></ul></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [("鹰城要闻", None)]


def test_a_page_a_heading_links_named_under_another_heading_keeps_the_first_name():
    """realpage 26: 机构 links the page 信息公开's entry 主动公开内容 links too: not the 机构 heading's entry."""
    menu = ('<div class="nav"><ul><li><a href="/gkjg.html">机构</a><dl><dd><a href="/ld.html">教育厅领导</a></dd></dl>'
            '</li><li><a href="/gkzn.html">信息公开</a><dl><dd><a href="/gkjg.html">主动公开内容</a></dd></dl></li>'
            "</ul></div>")
    found = {c.url.rsplit("/", 1)[1]: (c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)}
    assert found["gkjg.html"] == ("机构", None) and found["ld.html"] == ("教育厅领导", "机构")


def test_the_homepage_in_a_box_of_its_own_before_the_menu_heads_none_of_its_entries():
    """realpage 09: 首页 in a <dl> classed like a heading (oflow-hd) just before the menu's <ul>, its own link naming
    it: the menu's entries stay first-level, as 网站首页 would over a heading's list."""
    for home in ("首页", "网站首页"):
        menu = ('<div class="main-nav-box oflow-hd"><dl class="main-nav-home left oflow-hd"><dt> </dt>'
                f'<dd><a href="/">{home}</a></dd></dl><ul class="main-nav left"><li><a href="/tzgg/">通知公告</a></li>'
                '<li><a href="/zcwj/">政策文件</a></li></ul></div>')
        assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
            ("通知公告", None), ("政策文件", None)]


def test_a_groups_dt_heads_the_entries_of_its_dd():
    """realpage 03's drawer menu: <li><dl><dt>heading</dt><dd class="submenu"><span>entry</span>…; a <dt> without a
    link heads them too, but not a 网站导航 title."""
    for term in ('<a href="/zwgk/">政务公开</a>', "政务公开"):
        menu = (f'<div class="nav"><ul><li><dl><dt>{term}</dt><dd class="submenu"><span><a href="/zfgg/">政府公告</a>'
                '</span><span><a href="/zcjd/">政策解读</a></span></dd></dl></li></ul></div>')
        found = {c.name: c.parent for c in find_column_links(Selector(text=menu), HOME)}
        assert (found["政府公告"], found["政策解读"]) == ("政务公开", "政务公开")
    menu = ('<div class="nav"><dl><dt>网站导航</dt><dd><a href="/zfgg/">政府公告</a></dd></dl></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [("政府公告", None)]


def test_a_label_without_a_link_heads_its_list_when_it_names_a_first_level_entry():
    """realpage 09's footer: 政务公开, a <p> without a link over a <ul>, is an entry of the menu over it; 服务指南,
    over the other list, is none: its entries stay first-level."""
    menu = ('<div class="nav"><ul><li><a href="/zwgk/">政务公开</a></li></ul></div>'
            '<div class="footer-nav"><div class="item"><p>政务公开</p><ul><li><a href="/zwgk/tzgg/">通知公告</a></li>'
            '</ul></div><div class="item"><p>服务指南</p><ul><li><a href="/bszn/">办事指南</a></li></ul></div></div>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [
        ("政务公开", None), ("通知公告", "政务公开"), ("办事指南", None)]
    # the column linked first from the menu's first level keeps its place
    first = '<li><a href="/zwgk/tzgg/">通知公告</a></li>'
    menu = menu.replace('/zwgk/">政务公开</a></li>', f'/zwgk/">政务公开</a></li>{first}')
    assert ("通知公告", None) in [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)]


def test_a_popup_menus_title_is_no_heading_of_its_entries():
    """realpage 29: a 网站导航 popup whose groups are its entries: they stay first-level."""
    menu = ('<nav><ul><li class="pop_wzdh">网站导航<i></i><div class="box"><dl><dt>机构</dt><dd>'
            '<div class="n_item"><a href="/xxgk/tzgg/index.html">通知公告</a></div></dd></dl></div></li></ul></nav>')
    assert [(c.name, c.parent) for c in find_column_links(Selector(text=menu), HOME)] == [("通知公告", None)]


def test_a_menu_file_a_page_fetches_gives_its_columns_a_list_file_none():
    """/config/menu.json (a menu's array, JSON): each entry a column under its parent's name; a file named for no
    menu (a list of articles) gives none, nor do entries that carry a date."""
    from govcheck.cms.navigation import fetched_menu_columns
    from govcheck.cms.script_menus import names_a_menu

    menu = ('[{"name": "首页", "url": "/", "children": []}, {"name": "新闻中心", "url": "/xwzx/", "children": '
            '[{"name": "部门动态", "url": "/xwzx/bmdt/", "children": []}]}, {"name": "省政府", "url": '
            '"http://www.other.gov.cn/", "children": []}]')
    got = [(c.name, c.url.removeprefix("http://www.xx.gov.cn"), c.parent)
           for c in fetched_menu_columns(menu, "http://www.xx.gov.cn/config/menu.json", HOME)]
    assert got == [("新闻中心", "/xwzx/", None), ("部门动态", "/xwzx/bmdt/", "新闻中心")]
    assert fetched_menu_columns(menu, "http://www.xx.gov.cn/api/list.json", HOME) == []
    dated = '[{"title": "县政府召开常务会议", "url": "/xwzx/a.html", "pubDate": "2026-11-25"}]'
    assert fetched_menu_columns(dated, "http://www.xx.gov.cn/data/nav.json", HOME) == []
    assert names_a_menu("http://www.xx.gov.cn/js/daohang.json") and not names_a_menu("http://x.cn/api/list?menu=1")
    assert not names_a_menu("http://www.xx.gov.cn/lanmu/list.do") and not names_a_menu("http://x.cn/nav/list.json")


def test_a_menus_column_on_a_platform_of_its_domain_is_a_column_link():
    """A county's menu links its 信息公开 columns at its city's platform (xxgk.sfcity.gov.cn, www.sfcity.gov.cn):
    column links, the spider reading them as the county's only where they show its code; so are another government's
    (a city's platform on a domain of its own, www.shicity.gov.cn); a domain outside .gov.cn's are not."""
    html = ('<ul class="nav"><li><a href="/xydt/">县域动态</a></li>'
            '<li><a href="http://xxgk.sfcity.gov.cn/hx/zcwj/">政策文件</a></li>'
            '<li><a href="http://www.sfcity.gov.cn/zfxxgk/hx/rsxx/index.html">人事信息</a></li>'
            '<li><a href="http://www.shicity.gov.cn/zfxxgk/hx/ndbg/">年度报告</a></li>'
            '<li><a href="http://www.other.com.cn/zcwj/">外站文件</a></li></ul>')
    found = {c.url: c.name for c in find_column_links(Selector(text=html), "http://hx.sfcity.gov.cn/")}
    assert found == {"http://hx.sfcity.gov.cn/xydt/": "县域动态", "http://xxgk.sfcity.gov.cn/hx/zcwj/": "政策文件",
                     "http://www.sfcity.gov.cn/zfxxgk/hx/rsxx/index.html": "人事信息",
                     "http://www.shicity.gov.cn/zfxxgk/hx/ndbg/": "年度报告"}


def test_a_menu_a_platforms_script_file_writes_in_place():
    """A Hanweb platform draws a department's menu with a script file of its host included in the menu's box,
    named by no menu word: that file is read for the menu; a library, a script outside the navigation, another
    host's are not."""
    from govcheck.cms.menu_files import menu_writers, written_menu_columns

    url = "http://www.sfcity.gov.cn/col/col2001/index.html"
    page = Selector(text='<html><head><script src="/js/common.js"></script></head><body>'
                         '<div class="nav-box"><script src="/script/0/1709211031225301.js"></script>'
                         '<script src="/js/jquery.min.js"></script><script src="http://cdn.x.cn/menu.js"></script></div>'
                         '<div class="list"><script src="/js/rows.js"></script></div></body></html>')
    assert menu_writers(page, url) == ["http://www.sfcity.gov.cn/script/0/1709211031225301.js"]
    script = ("document.write('<ul class=\"nav\">');\ndocument.write('<li><a href=\"/col/col2001/index.html\">首页</a>"
              "</li>');\ndocument.write('<li><a href=\"/col/col2004/index.html\">政策文件</a></li>');\n"
              "document.write('</ul>');\n")
    assert [(c.name, c.url, c.source) for c in written_menu_columns(script, url)] == [
        ("政策文件", "http://www.sfcity.gov.cn/col/col2004/index.html", "nav")]
    assert written_menu_columns("var a = 1;", url) == []


def test_the_header_a_page_loads_gives_its_menus_columns_a_list_fragment_none():
    """A header every page loads ($("#header").load("/public/header.html"), a file named for no menu): the columns of
    its navigation boxes; a fragment of a list's rows, or JSON of articles, gives none."""
    from govcheck.cms.navigation import fetched_menu_columns

    header = ('<div class="header"><div class="logo"><h1>示范市粮食局</h1></div></div><div class="nav"><ul>'
              '<li><a href="/">首页</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zcfg/">政策法规</a>'
              "</li></ul></div>")
    found = fetched_menu_columns(header, "http://www.xx.gov.cn/public/header.html", HOME)
    assert [(c.name, c.url, c.source) for c in found] == [("通知公告", "http://www.xx.gov.cn/tzgg/", "nav"),
                                                          ("政策法规", "http://www.xx.gov.cn/zcfg/", "nav")]
    rows = ('<ul class="list"><li><a href="/tzgg/202611/t20261120_1.html">关于开展检查的通知</a>'
            "<span>2026-11-20</span></li></ul>")
    assert fetched_menu_columns(rows, "http://www.xx.gov.cn/tzgg/list_ajax.html", HOME) == []


def test_a_script_file_named_for_the_header_writes_the_menu_wherever_it_is_included():
    """/include/head.js alone under <body>, /js/top.js in a box of no menu's name: read for the menu they write, after
    the scripts of navigation boxes; a script named for no header (headline.js, rows.js) is not."""
    from govcheck.cms.menu_files import menu_writers

    url = "http://www.xx.gov.cn/"
    page = Selector(text='<html><body><script src="/include/head.js"></script><script src="/js/headline.js"></script>'
                         '<div class="list"><script src="/js/rows.js"></script></div>'
                         '<div class="nav-box"><script src="/script/0/1709211031225301.js"></script></div>'
                         "</body></html>")
    assert menu_writers(page, url) == ["http://www.xx.gov.cn/script/0/1709211031225301.js",
                                       "http://www.xx.gov.cn/include/head.js"]
    top = Selector(text='<html><body><div class="top"><script src="/js/top.js"></script></div></body></html>')
    assert menu_writers(top, url) == ["http://www.xx.gov.cn/js/top.js"]


def test_a_page_without_a_menu_reads_its_sites_script_files_for_the_header_they_load():
    """A page that shows no menu of its own gives its site's other script files too (/js/common.js, after those named
    for the header), not libraries nor another host's; their code's loads of a header's page, or of a menu's file,
    are read, not a list's data."""
    from govcheck.cms.menu_files import loaded_fragments, menu_writers

    url = "http://www.xx.gov.cn/"
    page = Selector(text='<html><head><script src="/js/jquery.min.js"></script><script src="/js/common.js"></script>'
                         '<script src="http://cdn.x.cn/a.js"></script><script src="/js/index.js"></script>'
                         '</head><body><div id="header"></div><script src="/include/head.js"></script></body></html>')
    assert menu_writers(page, url) == ["http://www.xx.gov.cn/include/head.js"]
    assert menu_writers(page, url, menu_shown=False) == ["http://www.xx.gov.cn/include/head.js",
                                                         "http://www.xx.gov.cn/js/common.js"]
    common = ('$(function () {\n  $("#header").load("/public/header.html");\n'
              '  $.get("../include/foot.shtml", function (html) { $("#footer").html(html); });\n'
              '  $.getJSON("/api/news/list?page=1", function (d) { draw(d); });\n'
              '  $("#x").html("</div>");\n});\n')
    assert loaded_fragments(common, url) == ["http://www.xx.gov.cn/public/header.html",
                                             "http://www.xx.gov.cn/include/foot.shtml"]
    assert loaded_fragments('fetch("/config/menu.json").then(function (r) { return r.json(); })', url) == [
        "http://www.xx.gov.cn/config/menu.json"]
    assert loaded_fragments("var a = 1;" + " " * 200_000 + '$("#h").load("/public/header.html");', url) == []


_GKML = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li></ul></div>'
         '<div class="gkml-left"><h3>政府信息公开目录</h3><ul class="tree"><li><span>法定主动公开内容</span><ul>'
         '<li><a href="/xxgk/jgzn/index.html">机构职能</a></li><li><a href="/xxgk/ghjh/">规划计划</a></li></ul></li>'
         '</ul></div><div class="list"><ul><li><a href="/xxgk/zcjd/index.html">政策解读</a><span>2026-11-20</span>'
         '</li>'
         '<li><a href="/xxgk/202611/t20261120_1.html">关于印发方案的通知</a></li><li><a href="/xxgk/jgzn/ld/">领导</a>'
         '</li><li><a href="/xxgk/index_1.html">下一页</a></li></ul></div>')


def test_a_column_pages_links_to_its_sub_columns_folders_lead_to_columns():
    """A 信息公开 目录's left tree named by no menu word: its leaves (a folder just under the page's, or its index) are
    the page's sub-columns; a dated row, an article, a deeper folder and the page's own pager are not."""
    site = "http://www.xx.gov.cn/"
    page = f"{site}xxgk/index.html"
    found = {c.url: c.source for c in find_column_links(Selector(text=_GKML), page, sub_columns=True)}
    assert found == {f"{site}xxgk/": "nav", f"{site}xxgk/jgzn/index.html": "nav", f"{site}xxgk/ghjh/": "nav"}
    # read as any page's (the homepage's): only its menus
    assert list(found)[:1] == [c.url for c in find_column_links(Selector(text=_GKML), page)]
    # at the site's root, every folder is one under it: none is taken for a sub-column
    assert [c.url for c in find_column_links(Selector(text=_GKML), site, sub_columns=True)] == [f"{site}xxgk/"]


def test_an_image_maps_places_are_a_menus_entries():
    """Old portals' picture of buttons: each <area> a column named by its alt; one without a name, the homepage's and
    an anchor are not."""
    page = ('<div class="kjdh"><img src="/images/kjdh.jpg" usemap="#kjdh"><map name="kjdh">'
            '<area shape="rect" coords="0,0,118,40" href="/ysjs/index.html" alt="预算决算">'
            '<area shape="rect" coords="120,0,238,40" href="/zdly/" title="重点领域">'
            '<area shape="rect" coords="240,0,358,40" href="/wsbs/">'
            '<area shape="rect" coords="360,0,478,40" href="/" alt="网站首页">'
            '<area shape="rect" coords="480,0,598,40" href="#top" alt="返回顶部"></map></div>')
    assert [(c.name, c.url, c.source) for c in find_column_links(Selector(text=page), HOME)] == [
        ("预算决算", "http://www.xx.gov.cn/ysjs/index.html", "nav"), ("重点领域", "http://www.xx.gov.cn/zdly/", "nav")]


def test_a_heading_whose_tab_leads_nowhere_names_its_more_link():
    """博达's block title: a tab that is a link to nowhere (<a href="javascript:void(0);">区情简介</a>) beside the
    block's 更多+ is the block's name, as a tab without a link is (灞桥's homepage)."""
    page = ('<div class="m-title1"><ul class="g-tab2 TAB_CLICK"><li class="on"><a href="javascript:void(0);">区情简介'
            '</a> </li></ul><a href="zjbq/qqjj.htm" class="more">更多+</a></div>')
    assert [(c.name, c.url, c.source) for c in find_column_links(Selector(text=page), HOME)] == [
        ("区情简介", "http://www.xx.gov.cn/zjbq/qqjj.htm", "more")]


@pytest.mark.parametrize("more", ['<a href="/zwgk/">更多</a>', '<a href="/zwgk/gg/">更多</a>'])
def test_a_drop_downs_sub_columns_ended_by_a_more_link_stay_its_columns(more):
    """A drop-down's list of sub-columns that a 更多 ends, to its heading's column or to another of one box alone (no
    tab box's pane), its entries no articles: the heading's columns, not a list's items (灞桥's panes' are)."""
    menu = ('<div class="nav"><ul><li><a href="/zwgk/">政务公开</a><div class="sub"><ul><li><a href="/zwgk/tzgg/">'
            f'通知公告</a></li><li><a href="/zwgk/zcwj/">政策文件</a></li></ul>{more}</div></li></ul></div>')
    found = {c.name: c.parent for c in find_column_links(Selector(text=menu), HOME)}
    assert (found["通知公告"], found["政策文件"]) == ("政务公开", "政务公开")


@pytest.mark.parametrize("detail", ["【详情】", "[详情]", "查看详情>>", "阅读全文…", "【查看详情】"])
def test_a_texts_detail_link_in_a_menu_names_no_column(detail):
    """A drop-down's text ending with a link to its whole (灞桥's 区情简介 and its 【详情】): the entry that names the
    page is its column, under the drop-down's heading; a 详情 alone in a menu is no column's name."""
    menu = ('<div class="nav"><ul><li><a href="/zjbq/">走进灞桥</a><div class="subBox"><div class="col-l">'
            f'<div class="txt"><p>灞桥区因境内的灞河古桥而得名。<a href="/zjbq/bqqz.htm">{detail}</a></p></div>'
            '<ul class="m-list10"><li><a href="/zjbq/bqqz.htm">灞桥区志</a></li></ul></div></div></li>'
            f'<li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/xq.htm">{detail}</a></li></ul></div>')
    found = {c.url.removeprefix("http://www.xx.gov.cn"): (c.name, c.parent)
             for c in find_column_links(Selector(text=menu), HOME)}
    assert found == {"/zjbq/": ("走进灞桥", None), "/zjbq/bqqz.htm": ("灞桥区志", "走进灞桥"),
                     "/zwgk/": ("政务公开", None)}


def test_realpage_32_a_jump_boxs_sites_are_no_columns():
    """邯郸's 友情链接 jump boxes (<select onchange="if(this.value!="市直部门")window.open(this.value)">): their
    options are other sites, the city's departments on hosts of its own domain too (http://www.hd.gov.cn/fgw/,
    http://rsj.hd.gov.cn/web/index.aspx), whose links are checked but which are no columns of the site's."""
    from tests.cms.pages import real

    sel, url = real("32-hdzfxxgk-home-2020.html")
    options = set(sel.xpath("//select/option/@value").getall())
    assert {"http://www.hd.gov.cn/fgw/", "http://rsj.hd.gov.cn/web/index.aspx"} <= options
    assert not options & {c.url for c in find_column_links(sel, url)}
