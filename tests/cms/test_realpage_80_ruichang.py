"""Realpage 80: the header every page of 瑞昌市人民政府's portal includes (2012, its EWCMS template): the menu's
headings in one list (<li id="dmndivida4" onMouseOver="ChangeFoldern(…)"><a>政务公开</a></li>), each one's columns
in a hidden list after the whole menu, joined to it by id alone (<ul id="tdmndivida4" style="display:none">)."""

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "80-ruichang-header-2012.html"


def test_the_columns_of_a_hidden_list_sit_under_the_heading_its_id_names():
    places = {c.name: c.parent for c in find_column_links(*real(PAGE)) if c.source == "nav"}
    # a notice and a policy column under 政务公开: second-level, outside the 6-month part of the veto
    assert places["公告公示"] == places["政府文件"] == places["人事信息"] == "政务公开"
    assert places["瑞昌概况"] == "认识瑞昌" and places["市委"] == "领导之窗" and places["在线访谈"] == "政民互动"
    assert places["项目建设进度"] == "项目建设"
    first = {n for n, p in places.items() if p is None}
    assert first == {"认识瑞昌", "领导之窗", "政务公开", "政民互动", "在线服务", "专题专栏", "项目建设"}
