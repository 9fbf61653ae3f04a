"""Realpages 66 and 67: 吴江区分中心 and 张家港分中心, sub-centres' pages of 苏州市公共资源交易中心's portal (Epoint,
2021): a slider of five of one sub-column's pictures, undated, over a tab box of its two sub-columns' lists (通知公告
shown, then 中心动态 or 工作动态), each row a date <span> and a link, all under the page's own folder."""

from datetime import date

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "66-szggzy-wjfzx-2021.html"
AS_OF = date(2021, 1, 14)


def test_its_sub_columns_tab_boxes_date_it_not_its_slider():
    sel, url = real(PAGE)
    items = column_list(sel, url, parse_list(sel, url, as_of=AS_OF), (url, "吴江区分中心")).items
    dates = [i.date for i in items]
    # the boxes of its own sub-columns (under its folder) are its lists: 通知公告's newest, not the slider's
    assert None not in dates and max(dates) == date(2021, 1, 11)
    # 中心动态's last two rows show 2016-01-26 under a folder of 2019-11-25 (pieces moved in): the date shown counts
    assert len(items) == 16 and min(dates) == date(2016, 1, 26)
    assert sum("/035001/035001001/" in i.url for i in items) == 8


def test_the_hidden_tabs_box_counts_as_much_as_the_shown_one():
    """67: the tab shown, 通知公告, is older (2020-11-10) than the hidden one's, 工作动态 (2020-12-26), whose five
    newest the slider shows from 2020-12-02 on: every box of its sub-columns dates it."""
    sel, url = real("67-szggzy-zjgfzx-2021.html")
    items = column_list(sel, url, parse_list(sel, url, as_of=AS_OF), (url, "张家港分中心")).items
    dates = [i.date for i in items]
    assert len(items) == 16 and None not in dates
    assert (max(dates), min(dates)) == (date(2020, 12, 26), date(2020, 10, 14))
    # the shown date counts: 工作动态's newest sits in a folder of 2020-12-29
    assert next(i.url for i in items if i.date == max(dates)).split("/")[-2] == "20201229"
