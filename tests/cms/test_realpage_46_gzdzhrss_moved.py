"""Realpage 46: the homepage of 道真自治县's 人社局 (TRS), whose 党建信息 and 政策法规 boxes show month-days alone of
pieces the site moved into TRS on 2017-05-20 (t20170520_…): a month-day long after its address's day is no day near
it, but a piece of a year before; its year is a guess, which its article tells."""

from datetime import date

import pytest

from govcheck.cms import guessed_newest, parse_list
from govcheck.judge.date_mismatch import listed_dates
from govcheck.judge.dates import year_guessed
from tests.cms.pages import real

PAGE = "46-gzdzhrss-home-2020.html"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2021, 1, 10))


def box(listing, first_title: str) -> list:
    return next(b.items for b in listing.blocks if b.items[0].title.startswith(first_title))


def test_the_newest_is_a_day_its_address_agrees_with(listing):
    dates = [i.date for b in listing.blocks for i in b.items]
    assert max(dates) == date(2020, 12, 30)
    assert guessed_newest(listing) == (None, set())  # nothing guessed is newer than what is sure


def test_a_month_day_long_after_its_moved_address_has_its_year_guessed(listing):
    party = box(listing, "四风六严禁")  # 2015-09-17, 2015-09-17, 2010-10-11 on its list and articles
    assert [(i.raw_date, year_guessed(i.raw_date, i.url)) for i in party[:3]] == [
        ("09-17", True), ("09-17", True), ("10-11", True)]
    assert not any(i.url in listed_dates(party) for i in party[:3])  # no faked date held against the site


def test_a_month_day_near_its_address_is_sure(listing):
    laws = box(listing, "遵义市职业技能提升行动")
    assert (laws[0].date, laws[0].raw_date, year_guessed(laws[0].raw_date, laws[0].url)) == (
        date(2020, 4, 30), "04-30", False)


@pytest.mark.parametrize(("raw", "url", "guessed"), [
    ("09-17", "http://www.xx.gov.cn/djxx/201705/t20170520_1.html", True),  # 4 months after: moved in
    ("06-12", "http://www.xx.gov.cn/djxx/201705/t20170520_1.html", False),  # 23 days: put up a little later
    ("01-05", "http://www.xx.gov.cn/djxx/202512/t20251231_1.html", False),  # 5 days: the new year's
    ("12-28", "http://www.xx.gov.cn/djxx/202601/t20260105_1.html", False),  # before its address's day
    ("11-20", "http://www.xx.gov.cn/djxx/2026/1120/1.html", False),
    ("11-20", "http://www.xx.gov.cn/djxx/1.html", True),
    ("2026-11-20", "http://www.xx.gov.cn/djxx/201705/t20170520_1.html", False),
])
def test_year_guessed(raw, url, guessed):
    assert year_guessed(raw, url) is guessed
