"""Realpage 40, the 政民互动 entry of 西安市灞桥区人民政府's homepage menu (博达 VSB, 2018): under its heading a
drop-down box whose right column is a tab box, 投诉选登 | 在线访谈 | 征集调查, each tab a link to nowhere
(javascript:void(0)) in a <div class="m-title1">, each pane a <div class="tabshow4"> (the hidden ones classed dn)
whose list ends with an <a class="m-btn2">更多+</a>, the only link in the entry to
投诉选登's and 在线访谈's columns."""

from tests.cms.pages import menu_entry_columns

PAGE = "40-baqiao-zmhd-nav-2018.html"


def columns():
    return menu_entry_columns(PAGE)


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


def test_the_panes_letters_articles_and_surveys_are_items_not_columns():
    # each pane's list ends with its 更多+: its rows are that column's items (letters, 在线访谈's articles, surveys)
    got = columns()
    assert not [c.name for c in got.values() if "leadermailid=" in c.url or "surveyid=" in c.url
                or "/info/" in c.url or "hudong.xa.gov.cn" in c.url]
    assert set(got) == {
        "zmhd.htm", "zmhd/zxzx.jsp?urltype=tree.TreeTempUrl&wbtreeid=1132",
        "zmhd/qzxx_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1064",
        "zmhd/kmnj.jsp?urltype=tree.TreeTempUrl&wbtreeid=1225",
        "zmhd/qzxx_tj.jsp?urltype=guestbook.GbBookAddUrl&wbtreeid=1065&wbdeptcode=-1&wbgbtypecode=gbcomplaint",
        "zmhd/tajybl1/ssjybl.htm", "zmhd/dcwj_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1067",
        "zmhd/zxts.jsp?urltype=tree.TreeTempUrl&wbtreeid=1065", "zmhd/zxft.htm"}


def test_the_drop_downs_columns_sit_under_its_heading():
    # its blocks' headings and its panes' 更多+ in 政民互动's drop-down: second-level, never first-level
    got = columns()
    assert got["zmhd.htm"].parent is None
    below = {"在线咨询", "区长信箱", "开门纳谏", "投诉咨询", "提案建议", "征集调查", "投诉选登", "在线访谈"}
    assert {c.name: c.parent for u, c in got.items() if u != "zmhd.htm"} == dict.fromkeys(below, "政民互动")
