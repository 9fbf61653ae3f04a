"""Realpage 87: 石家庄市人民政府's header menu in two boxes classed by pinyin initials of 导航 (zcdh, ycdh: 左侧导航,
右侧导航), no menu word: its entries are the site's first-level columns; its crumb, its footer's links and a box whose
class word only ends in dh (a crumb's mbxdh, a phone's lxdh) are no menu."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "87-sjz-article-menu-2024.html"


def test_a_menu_in_boxes_named_by_pinyin_initials_is_the_sites_first_level():
    sel, url = real(PAGE)
    nav = {c.name: c for c in find_column_links(sel, url) if c.source == "nav"}
    assert set(nav) == {"综合要闻", "政务公开", "政务动态", "政民互动", "数据发布", "美丽石家庄"}
    assert all(c.parent is None for c in nav.values())
    assert nav["政务公开"].url == "https://www.sjz.gov.cn/columns/a096dbcd-95dc-40df-9de0-1d1ab13d0969/index.html"


def test_a_crumb_and_a_phones_box_ending_in_dh_are_no_menu():
    html = ('<div class="mbxdh"><a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; '
            '<a href="/ywdt/sh/">上海要闻</a></div>'
            '<div class="lxdh"><a href="/lxwm/">联系我们</a> 电话：0311-86000000</div>'
            '<div class="ycdh"><a href="/zmhd/"><div class="szr">政民互动</div></a></div>')
    found = find_column_links(Selector(text=f"<html><body>{html}</body></html>"), "http://www.sjz.gov.cn/a/b.html")
    assert [(c.name, c.source) for c in found] == [("政民互动", "nav")]
