"""A breadcrumb whose box a menu's class names too (防城港's <div class="crumb-nav">当前位置：首页 > 资讯中心 >
重大项目, realpage 99): its links are the page's place, no menu's columns (its channel 资讯中心 was read as a column
under its own 重大项目)."""

from __future__ import annotations

from parsel import Selector

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "99-fcgs-toolbar-article-2024.html"


def test_a_crumb_classed_as_a_menu_leads_to_no_column():
    found = {c.url: c.name for c in find_column_links(*real(PAGE), sub_columns=True)}
    assert "http://www.fcgs.gov.cn/zxzx/" not in found  # 资讯中心, the crumb's channel
    assert "http://www.fcgs.gov.cn/zxzx/zdxm/" not in found  # 重大项目, the page's own column
    for name in ("城市概况", "政府信息公开", "公共服务", "互动交流", "数据服务", "政策文件"):
        assert name in found.values()  # its menus still read


def test_a_box_classed_navigation_whose_text_opens_with_a_location_label_is_a_crumb():
    """As 99's crumb, in a box classed navigation alone (a label, then its links); a menu so classed still leads to
    its columns."""
    url = "http://www.fcgs.gov.cn/zxzx/zdxm/"
    crumb = ('<div class="navigation"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/zxzx/">资讯中心</a>'
             ' &gt; <a href="/zxzx/zdxm/">重大项目</a></div>')
    menu = ('<div class="navigation"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a>'
            "</div>")
    names = {c.name for c in find_column_links(Selector(text=f"<body>{crumb}{menu}</body>"), url, sub_columns=True)}
    assert "资讯中心" not in names
    assert {"政务公开", "互动交流"} <= names
