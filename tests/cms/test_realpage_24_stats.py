"""Realpage 24: the list of 最新发布 of www.stats.gov.cn (2020), as a browser had built it: each item one link
holding its title and date, blank rows between items, the pager the list's last row."""

from datetime import date

import pytest

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "24-stats-zxfb-2020.html"


@pytest.fixture(scope="module")
def items():
    sel, url = real(PAGE)
    page = parse_list(sel, url, as_of=date(2020, 1, 12))
    return column_list(sel, url, page, (url, "最新发布")).items


def test_twenty_dated_items(items):
    dates = [i.date for i in items]
    assert len(items) == 20 and None not in dates
    assert (max(dates), min(dates)) == (date(2020, 1, 9), date(2019, 12, 16))


def test_the_pagers_jump_over_five_pages_is_no_item(items):
    """下5页 (TRS's next group of pages, to index_9.html) beside 下一页 and 尾页 in the pager row."""
    assert not any("index_" in i.url or "页" == i.title[-1:] for i in items)


def test_the_title_leaves_the_date_out(items):
    first = next(i for i in items if i.url.endswith("t20200109_1721984.html"))
    assert (first.title, first.date) == ("2019年12月份居民消费价格同比上涨4.5%", date(2020, 1, 9))


def test_the_date_shown_counts_over_the_date_in_the_address(items):
    item = next(i for i in items if "t20191213_1717470" in i.url)
    assert item.date == date(2019, 12, 16)
