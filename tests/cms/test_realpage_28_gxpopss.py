"""Realpage 28: the homepage of a provincial office (2019), its lists titles alone: each article's date is only in
its address (staticpages/20190523/…), and the newest sits in a block smaller than the notices'."""

from datetime import date

from govcheck.cms import parse_list
from tests.cms.pages import real

PAGE = "28-gxpopss-home-2019.html"


def test_every_block_of_articles_dates_the_homepage():
    items = parse_list(*real(PAGE), as_of=date(2021, 1, 5)).items
    dates = {i.date for i in items}
    assert max(dates) == date(2019, 5, 23)  # 成果集翠's three, not the notices' 2019-05-20
    assert date(2019, 5, 20) in dates and date(2019, 5, 13) in dates  # 通知公告's and 工作动态's newest


def test_the_build_stamp_is_no_items_date():
    """<!--make time: 2020-07-27 18:00:24-->, later than every item."""
    items = parse_list(*real(PAGE), as_of=date(2021, 1, 5)).items
    assert all(i.date <= date(2019, 5, 23) for i in items if i.date)

