"""Realpages 18–20, three column lists of Jiangxi portals in 2017 (README: what each holds, checked by hand):
rows that are a <div> with the date in a <p> (18), month-day dates beside a scrolling box of older notices (19),
the date before a title in an <h1> on page 6 of 66 (20)."""

from datetime import date

import pytest

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

AS_OF = date(2017, 10, 20)


def column(name: str):
    sel, url = real(name)
    page = parse_list(sel, url, as_of=AS_OF)
    return column_list(sel, url, page, (url.rsplit("/", 1)[0] + "/", page.column_name or ""))


@pytest.mark.parametrize(("name", "count", "newest", "oldest"), [
    ("18-wanzai-wzyw-2017.html", 20, date(2017, 10, 13), date(2017, 9, 27)),
    ("19-zhangshu-zhxx-2017.html", 24, date(2017, 10, 19), date(2017, 9, 22)),
    ("20-yctravel-lykb-2017.html", 25, date(2017, 9, 28), date(2017, 9, 4)),
])
def test_the_column_list_its_count_and_dates(name, count, newest, oldest):
    items = column(name).items
    dates = [i.date for i in items]
    assert len(items) == count and None not in dates
    assert (max(dates), min(dates)) == (newest, oldest)


def test_a_scrolling_box_of_older_notices_is_not_the_list():
    """19: a marquee of 12 notices (2015–2017, month-day dates) sits before the list in the page: not its items."""
    items = column("19-zhangshu-zhxx-2017.html").items
    assert not any("/wsfw/" in i.url for i in items)
    assert all(i.url.startswith("http://www.zhangshu.gov.cn/zwgk/zhxx/") for i in items)



def test_the_next_page_its_pagers_script_opens():
    """20: <a class="next" href="#" onclick="location.href='index_7.jhtml'"> &gt;&gt; </a> on page 6."""
    sel, url = real("20-yctravel-lykb-2017.html")
    assert parse_list(sel, url, as_of=AS_OF).next_pages == ["http://www.yctravel.gov.cn/lykb/index_7.jhtml"]
