"""The date comparison on its own: an article's date against the dates its lists show, more than the setting's
days apart, once per article whatever order the lists and article were read in."""

from __future__ import annotations

from datetime import date, timedelta

from govcheck.cms.base import ListItem
from govcheck.judge.date_mismatch import Listed, date_mismatches, listed_dates

SITE = "sy"
ART = "http://www.sysx.gov.cn/tzgg/202611/t20261110_1.html"
LIST = "http://www.sysx.gov.cn/tzgg/index.html"
OWN = date(2026, 11, 10)


def shown(list_date, article_date=OWN, list_page=LIST, title="关于做好冬季防火工作的通知", url=ART) -> Listed:
    return Listed(SITE, url, list_page, list_date, title, article_date)


def test_exactly_the_setting_days_apart_is_no_finding_one_more_is():
    assert date_mismatches([shown(OWN + timedelta(days=3))], days=3) == []
    assert date_mismatches([shown(OWN - timedelta(days=3))], days=3) == []
    (found,) = date_mismatches([shown(OWN + timedelta(days=4))], days=3)
    assert (found.site_id, found.check, found.page_url, found.found, found.expected) == (
        SITE, "date_mismatch", ART, "正文发布日期2026-11-10", "与列表日期2026-11-14一致")
    assert found.detail == {"title": "关于做好冬季防火工作的通知", "list_date": "2026-11-14",
                            "article_date": "2026-11-10", "list_page": LIST}
    assert len(date_mismatches([shown(OWN - timedelta(days=2))], days=1)) == 1  # the setting is the limit


def test_an_article_without_its_own_date_or_a_list_without_one_is_no_finding():
    assert date_mismatches([shown(date(2026, 1, 1), article_date=None)]) == []
    assert date_mismatches([shown(None)]) == []


def test_one_finding_per_article_against_the_closest_list_date_whatever_the_order():
    other = "http://www.sysx.gov.cn/a/index.html"
    rows = [shown(date(2026, 11, 30), list_page=other), shown(date(2026, 11, 20)),
            shown(date(2026, 11, 20), list_page="http://www.sysx.gov.cn/z/index.html")]
    for order in (rows, rows[::-1]):
        (found,) = date_mismatches(order)
        assert (found.expected, found.detail["list_page"]) == ("与列表日期2026-11-20一致", LIST)  # a tie: URL order
    # a list that shows the article's own date vouches for it
    assert date_mismatches([*rows, shown(date(2026, 11, 11), list_page=other)]) == []


def test_each_article_is_judged_on_its_own_and_in_url_order():
    later = ART.replace("_1", "_2")
    found = date_mismatches([shown(date(2026, 11, 20), url=later), shown(date(2026, 11, 11)),
                             shown(date(2026, 11, 25), url=later.replace("_2", "_3"))])
    assert [f.page_url for f in found] == [later, later.replace("_2", "_3")]


def test_a_list_dates_each_link_once_by_its_normalised_url():
    items = [ListItem("通知", "HTTP://WWW.sysx.gov.cn:80/tzgg/a.html#top", date(2026, 11, 20), "2026-11-20"),
             ListItem("通知（详情）", "http://www.sysx.gov.cn/tzgg/a.html", date(2026, 11, 21), "2026-11-21"),
             ListItem("无日期", "http://www.sysx.gov.cn/tzgg/b.html", None, None)]
    assert listed_dates(items) == {"http://www.sysx.gov.cn/tzgg/a.html": date(2026, 11, 20)}


def test_a_month_day_whose_year_govcheck_gave_holds_no_article_to_it():
    """(05-07) beside an address without a year: the year is a guess, so a year's difference is no finding."""
    items = [ListItem("规划", "http://kx.gov.cn/show.jsp?id=7", date(2026, 5, 7), "(05-07)"),
             ListItem("计划", "http://kx.gov.cn/2025/show.jsp?id=8", date(2025, 5, 6), "(05-06)"),  # the address's
             ListItem("总结", "http://kx.gov.cn/show.jsp?id=9", date(2025, 5, 5), "2025-05-05")]
    assert listed_dates(items) == {"http://kx.gov.cn/2025/show.jsp?id=8": date(2025, 5, 6),
                                   "http://kx.gov.cn/show.jsp?id=9": date(2025, 5, 5)}


def test_a_letters_reply_day_holds_no_article_to_it():
    """A consultation list dated by its replies: the letter's page shows the day it was asked, weeks before."""
    items = [ListItem("咨询医保缴费时间", "http://qx.gov.cn/hdjl/2.html", date(2026, 10, 27), "2026-10-27", True),
             ListItem("关于冬季防火的通知", "http://qx.gov.cn/tzgg/3.html", date(2026, 10, 20), "2026-10-20")]
    assert listed_dates(items) == {"http://qx.gov.cn/tzgg/3.html": date(2026, 10, 20)}
