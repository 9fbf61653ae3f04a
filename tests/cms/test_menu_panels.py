"""A menu group whose columns sit in a hidden box away from its heading, joined to it by id alone
(govcheck/cms/menu_panels.py): its columns are under that heading, never first-level."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links

HOME = "http://www.xx.gov.cn/"


def places(html: str) -> dict[str, str | None]:
    return {c.name: c.parent for c in find_column_links(Selector(text=f"<html><body>{html}</body></html>"), HOME)
            if c.source == "nav"}


def test_a_box_named_by_its_headings_id_with_a_prefix():
    """瑞昌's EWCMS header: <li id="dmndivida2" onMouseOver="ChangeFoldern(this,'dmndivida','3',…)"> ↔ <ul
    id="tdmndivida2" style="display:none"> after the whole menu; every call passes the menu's size, 3."""
    over = "onMouseOver=\"ChangeFoldern(this,'dmndivida','3','current_menu','');\""
    got = places(f'<div id="nav"><ul><li id="dmndivida1" {over}><a href="/">首页</a></li>'
                 f'<li id="dmndivida2" {over}><a href="/xwzx/">新闻中心</a></li>'
                 f'<li id="dmndivida3" {over}><a href="javascript:void(0)">政务公开</a></li></ul></div>'
                 '<div id="submenu"><div id="tdmndivida1" style="display: ">欢迎</div>'
                 '<ul id="tdmndivida2" style="display:none"><li><a href="/xwzx/gzdt/">工作动态</a></li></ul>'
                 '<ul id="tdmndivida3" style="display:none"><li><a href="/tzgg/">通知公告</a></li><li>|</li>'
                 '<li><a href="/zcwj/">政策文件</a></li></ul></div>')
    assert got == {"新闻中心": None, "工作动态": "新闻中心", "通知公告": "政务公开", "政策文件": "政务公开"}


def test_a_box_named_by_the_number_its_headings_call_passes():
    got = places('<div class="nav"><ul><li onmouseover="show(1)"><a href="/zwgk/">政务公开</a></li>'
                 '<li onmouseover="show(2)"><a href="/xwzx/">新闻中心</a></li></ul></div><div class="banner">图</div>'
                 '<div id="sub1" class="subnav" style="display:none"><a href="/zwgk/tzgg/">通知公告</a>'
                 '<a href="/zwgk/zcwj/">政策文件</a></div>'
                 '<div id="sub2" class="subnav" style="display:none"><a href="/xwzx/gzdt/">工作动态</a></div>')
    assert got == {"政务公开": None, "新闻中心": None, "通知公告": "政务公开", "政策文件": "政务公开",
                   "工作动态": "新闻中心"}


def test_a_box_named_by_the_string_its_headings_call_passes():
    got = places('<div class="menu"><a href="/zwgk/" onmouseover="showMenu(\'drop_zwgk\')">政务公开</a></div>'
                 '<div class="menu hidden" id="drop_zwgk"><a href="/zwgk/tzgg/">通知公告</a></div>')
    assert got == {"政务公开": None, "通知公告": "政务公开"}


def test_no_heading_when_every_call_passes_the_same_number_or_the_box_shows():
    """A number every heading passes (the menu's size) names no one box; a box shown on the page is no dropdown."""
    same = places('<div class="nav"><ul><li onmouseover="menu(2)"><a href="/zwgk/">政务公开</a></li>'
                  '<li onmouseover="menu(2)"><a href="/xwzx/">新闻中心</a></li></ul></div>'
                  '<div id="sub2" class="subnav" style="display:none"><a href="/zwgk/tzgg/">通知公告</a></div>')
    shown = places('<div class="nav"><ul><li onmouseover="show(1)"><a href="/zwgk/">政务公开</a></li></ul></div>'
                   '<div id="sub1" class="subnav"><a href="/zwgk/tzgg/">通知公告</a></div>')
    assert same["通知公告"] is None and shown["通知公告"] is None


POPUP = ('<nav><ul class="top"><li class="pop_wzdh">网站导航<div class="box"><dl><dt>机构</dt><dd>'
         '<div class="n_item"><a href="/xxgk/index.html">信息公开</a></div>'
         '<div class="n_item"><a href="/xxgk/tzgg/index.html"><span>通知公告</span></a></div>'
         '<div class="n_item"><a href="/xxgk/gzzd/index.html"><span>规章制度</span></a></div>'
         '<div class="n_item"><a href="/zcjd/index.html">政策解读</a></div>'
         '<div class="n_item"><a href="/zcjd/zcfg/index.html"><span>政策法规</span></a></div>'
         '<div class="n_item"><a href="/c/2018-09-01/415803.html"><span>机构设置</span></a></div>'
         "</dd></dl></div></li></ul></nav>")


def test_a_site_wide_popup_lists_its_columns_flat_each_under_the_entry_whose_folder_holds_it():
    """中国福利彩票's 网站导航: a group's columns follow its own entry, told apart by their looks alone."""
    got = places(POPUP)
    assert got["通知公告"] == got["规章制度"] == "信息公开" and got["政策法规"] == "政策解读"
    assert got["信息公开"] is None and got["政策解读"] is None and got["机构设置"] is None  # a folder of its own


def test_the_menu_places_a_column_the_popup_lists_first():
    menu = ('<div class="nav"><ul><li><a href="/zcjd/index.html">政策解读</a></li><li><a href="/zwgk/">政务公开</a>'
            '<ul><li><a href="/xxgk/tzgg/index.html">通知公告</a></li></ul></li></ul></div>')
    got = places(POPUP + menu)
    assert got["通知公告"] == "政务公开" and got["政策法规"] == "政策解读" and got["规章制度"] == "信息公开"


def test_an_entry_named_for_navigation_is_no_popup():
    got = places('<div class="nav"><ul><li><a href="/zxfw/">在线服务</a><ul>'
                 '<li><a href="/zxfw/cjdh/">场景导航</a></li><li><a href="/zxfw/bmxx/">便民信息</a></li>'
                 "</ul></li></ul></div>")
    assert got["场景导航"] == got["便民信息"] == "在线服务"


def test_a_heading_whose_box_holds_an_empty_list_is_no_trouble():
    """A SiteServer column page's heading over the box of its sub-columns, empty for a column without any (`<div
    class="menu-m" onclick="navClick('menu-m-list')">` ↔ `<div id="menu-m-list"><ul class="clear-fix"></ul>`): the
    box holds a list all the same, asked so rather than by the element's truth (its children; a FutureWarning)."""
    got = places('<div class="nav"><ul><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>'
                 '</ul></div><div class="title-m"><span>领导信箱</span><div class="menu-m" id="menu-m" '
                 "onclick=\"navClick('menu-m-list')\"></div><div class=\"menu-m-list\" id=\"menu-m-list\">"
                 '<ul class="clear-fix"></ul></div></div>')
    assert got == {"政务公开": None, "互动交流": None}
