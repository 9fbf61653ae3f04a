"""Realpage 86: 共青团北京市朝阳区委's 领导讲话, a section page of five boxes, one per sub-column (中央, 团中央, 市委,
团市委, 区领导讲话), each headed by a picture that names it (no text) and a 更多>> link to its own list, its rows dated
[YYYY-MM-DD]: the section's list is its boxes' rows together, newest the newest of any, the side's links none."""

from datetime import date

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "86-bjcy-ldjh-2021.html"


def test_a_section_page_of_boxes_headed_by_pictures_is_read_whole():
    sel, url = real(PAGE)
    listing = column_list(sel, url, parse_list(sel, url, as_of=date(2021, 4, 26)), (url, "领导讲话"))
    dates = [i.date for i in listing.items]
    assert len(dates) == 24 and None not in dates  # 5 + 5 + 4 + 5 + 5 rows
    assert (max(dates), min(dates)) == (date(2020, 11, 2), date(2012, 11, 27))
    assert all("/speech/Detail-" in i.url for i in listing.items)  # no 相关链接 nor menu entry
    # each box's newest: 中央 2020-11-02, 团中央 2020-08-20, 市委 2012-11-30, 团市委 2016-11-18, 区 2020-09-24
    newest = {date(2020, 11, 2), date(2020, 8, 20), date(2012, 11, 30), date(2016, 11, 18), date(2020, 9, 24)}
    assert newest <= set(dates)
