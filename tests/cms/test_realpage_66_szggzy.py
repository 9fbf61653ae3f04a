"""Realpage 66: 吴江区分中心, a sub-centre's page of 苏州市公共资源交易中心's portal (Epoint, 2021): a slider of
five of its 中心动态's pictures, undated, over a tab box of its two sub-columns' lists, 通知公告 (shown) and
中心动态, each row a date <span> and a link, all under the page's own folder."""

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
