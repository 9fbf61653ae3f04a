"""Realpage 40, the 政民互动 entry of 西安市灞桥区人民政府's homepage menu (博达 VSB, 2018): under its heading a
drop-down box whose right column is a tab box, 投诉选登 | 在线访谈 | 征集调查, each tab a link to nowhere
(javascript:void(0)) in a <div class="m-title1">, each pane a <div class="tabshow4"> (the hidden ones classed dn)
whose list ends with an <a class="m-btn2">更多+</a>, the only link in the entry to
投诉选登's and 在线访谈's columns."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import REAL_URLS, real_text

PAGE = "40-baqiao-zmhd-nav-2018.html"


def columns():
    # the entry inside the menu's list, as the homepage shows it
    sel = Selector(text=f'<ul class="nav nav2 nav3">{real_text(PAGE)}</ul>')
    return {c.url.removeprefix("http://www.baqiao.gov.cn/"): c for c in find_column_links(sel, REAL_URLS[PAGE])}


def test_each_panes_more_link_is_its_tabs_column():
    got = columns()
    assert got["zmhd/zxts.jsp?urltype=tree.TreeTempUrl&wbtreeid=1065"].name == "投诉选登"  # the pane shown
    assert got["zmhd/zxft.htm"].name == "在线访谈"  # a hidden pane's
    assert got["zmhd/zxft.htm"].source == "more"


def test_the_menus_entries_keep_their_names_and_places():
    got = columns()
    survey = got["zmhd/dcwj_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1067"]  # its pane's 更多+ too
    assert (survey.name, survey.parent) == ("征集调查", "政民互动")
    assert got["zmhd/qzxx_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1064"].parent == "政民互动"
