"""Realpage 27: 通知公告 of www.cwl.gov.cn (2020), its list laid out twice: for desktops, and for phones in a copy a
style sheet hides until a script shows it (each date split into a day and a year-month)."""

from datetime import date

import pytest

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "27-cwl-tzgg-2020.html"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return column_list(sel, url, parse_list(sel, url, as_of=date(2020, 12, 28)), (url, "通知公告"))


def test_thirty_items_once(listing):
    dates = [i.date for i in listing.items]
    assert len(listing.items) == 30 and len({i.url for i in listing.items}) == 30 and None not in dates
    assert (max(dates), min(dates)) == (date(2020, 12, 23), date(2020, 4, 30))


def test_the_phones_copy_adds_no_title_with_a_split_date(listing):
    assert not any(i.title.startswith(("23 2020-12", "2020-12")) for i in listing.items)


def test_the_next_page(listing):
    assert listing.next_pages == ["http://www.cwl.gov.cn/xxgk/tzgg/index_2.html"]


def test_the_bullet_before_a_title_is_no_part_of_it(listing):
    assert listing.items[0].title == "关于2020年福彩双色球游戏派奖活动结束的公告"
