"""Realpage 42, the 走进灞桥 and 政务公开 entries of the same homepage menu as 40's (西安市灞桥区人民政府, 博达 VSB,
2018): under 走进灞桥 blocks whose heading row (a tab and its 更多+) stands over a list of articles (文化灞桥,
畅游灞桥); under 政务公开 a five-tab box, 政府文件 | 人事信息 | 政府采购 | 政策解读 | 公示公告, each pane a <div
class="tab-show3"> whose list of five articles ends with its 更多+ inside the list's <ul>, a box of 信息公开栏目 after
the panes."""

from parsel import Selector

from tests.cms.pages import menu_entry_columns, real_text

PAGE = "42-baqiao-zwgk-nav-2018.html"


def columns():
    return menu_entry_columns(PAGE)


def test_the_articles_the_drop_downs_list_are_items_not_columns():
    # the panes' articles (关于…的公告: a notice column by its words, first-level) and the blocks' (蛇蛋庙的传说)
    got = columns()
    listed = Selector(text=real_text(PAGE)).xpath('//ul[contains(@class, "ul-list3")]/li/a/@href').getall()
    assert len(listed) == 45  # 20 under 走进灞桥, five in each of the five panes
    assert not [got[u].name for u in listed if u in got]
    assert "info/egovinfo/1001/xxgk/xxgk_content/bqrmzf-30/2017-0701001.htm" in got  # 政府领导: the menu's entry


def test_a_panes_more_link_is_its_tabs_column_under_the_drop_downs_heading():
    # 公示公告's hidden pane, a box of another kind (信息公开栏目) after the panes: named by its tab, under 政务公开
    notices = columns()["gzdt.jsp?urltype=tree.TreeTempUrl&wbtreeid=1085"]
    assert (notices.name, notices.parent, notices.source) == ("公示公告", "政务公开", "more")


def test_no_column_of_the_drop_downs_is_first_level_but_their_headings():
    got = columns()
    assert {c.name for c in got.values() if c.parent is None} == {"走进灞桥", "政务公开"}
    assert got["zjbq/qqjj.htm"].parent == "走进灞桥"  # 区情简介's 更多+ beside its tab, in its heading row


def test_a_texts_detail_link_names_no_column():
    # 区情简介's text ends with 【详情】 to zjbq/qqjj/bqqz.htm, the page the list under the text names 灞桥区志
    assert ">【详情】</a>" in real_text(PAGE)
    got = columns()["zjbq/qqjj/bqqz.htm"]
    assert (got.name, got.parent) == ("灞桥区志", "走进灞桥")
