"""Realpage 68: page 7 of 柘城县's 公示公告 (2018): each row a link and a <span class="time">, the titles of its
停电公告 naming the week the power is cut (停电公告2018年01月15号-2018年01月21号), days after the row's own."""

from datetime import date

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "68-zhecheng-gsgg-titledates-2018.html"


def test_the_rows_spans_date_them_not_the_days_their_titles_name():
    sel, url = real(PAGE)
    listing = column_list(sel, url, parse_list(sel, url, as_of=date(2018, 1, 12)), (url, "公示公告"))
    dates = [i.date for i in listing.items]
    assert len(dates) == 15 and None not in dates
    # the newest row (posted twice) shows 2018-01-09; its title names 01-15 to 01-21, after the inspection date
    assert (max(dates), min(dates)) == (date(2018, 1, 9), date(2017, 12, 5))
    assert dates[:2] == [date(2018, 1, 9)] * 2 and all(a >= b for a, b in zip(dates, dates[1:], strict=False))
    assert listing.next_pages[0].endswith("/gsgg/index_8.html")
