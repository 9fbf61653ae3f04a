"""Realpage 41, the main box of 西安市灞桥区人民政府's homepage (博达 VSB, 2018): its tabs 要　　闻 | 工作动态 |
公示公告, each a link to nowhere (javascript:void(0)), in a <ul class="m-list5 TAB_CLICK"> (no heading's class) that
also holds a box of a link elsewhere (国务院信息, www.gov.cn); the three panes are its siblings (<div
class="tabshow1">), each list ending with its 更多+: the only links on the homepage to the site's news and notice
columns, which no menu lists."""

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "41-baqiao-home-news-2018.html"


def test_each_panes_more_link_is_the_column_its_tab_names():
    got = {c.url.removeprefix("http://www.baqiao.gov.cn/"): (c.name, c.source) for c in find_column_links(*real(PAGE))}
    assert got == {"index/y__w.htm": ("要闻", "more"),  # 要　　闻, spaced out to fill its tab
                   "gzdt.jsp?urltype=tree.TreeTempUrl&wbtreeid=1261": ("工作动态", "more"),
                   "gzdt.jsp?urltype=tree.TreeTempUrl&wbtreeid=1085": ("公示公告", "more")}
