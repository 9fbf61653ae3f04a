"""Realpage 29, the homepage of 中国福利彩票发行管理中心 (2020): its 网站导航 popup, before the menu, lists every
column flat (<li class="pop_wzdh">网站导航<div><dl><dt>机构</dt><dd><div class="n_item"><a>信息公开</a></div><div
class="n_item"><a><span>通知公告</span></a></div>…), a group's columns after its own entry, told apart by a <span>
alone; the menu lists the first level (信息公开, 政策解读, 双色球…)."""

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "29-cwl-home-2020.html"


def places():
    return {c.url.removeprefix("http://www.cwl.gov.cn/"): (c.name, c.parent) for c in find_column_links(*real(PAGE))}


def test_a_popup_lists_the_notices_and_policies_under_their_groups():
    got = places()
    assert got["xxgk/tzgg/index.html"] == ("通知公告", "信息公开")  # a notice column, second-level
    assert got["zcjd/zcfg/index.html"] == ("政策法规", "政策解读") and got["zcjd/zcjd/index.html"][1] == "政策解读"
    assert got["xxgk/gzzd/index.html"][1] == "信息公开" and got["djgz/djdt/index.html"][1] == "党建工作"
    # 开奖直播 shares 阳光开奖's address, which the menu names
    assert got["kjxx/wqkj/index.html"][1] == "阳光开奖" and got["kjxx/ssq/yxgz/index.html"][1] == "双色球"


def test_the_menus_entries_stay_first_level():
    got = places()
    for path in ("xxgk/index.html", "zcjd/index.html", "kjxx/ssq/index.html", "djgz/index.html", "zzjg/index.html"):
        assert got[path][1] is None, path
