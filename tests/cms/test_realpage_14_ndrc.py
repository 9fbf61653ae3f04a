"""Realpage 14: the 通知 list of www.ndrc.gov.cn (TRS, 2026), 解读 links hidden inside the items."""

from collections import Counter
from datetime import date

import pytest

from govcheck.cms import parse_article, parse_list
from govcheck.cms.identity import read_identity
from govcheck.judge.dates import date_from_url
from tests.cms.pages import real, real_text

PAGE = "14-ndrc-tz-2026.html"
BASE = "http://www.ndrc.gov.cn/xxgk/zcfb/tz/"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2026, 8, 31))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_family(listing):
    assert listing.family == "trs"


def test_item_count(listing):
    assert len(listing.items) == 25


def test_newest_and_oldest(listing):
    dates = [i.date for i in listing.items]
    assert max(dates) == date(2026, 8, 27)
    assert min(dates) == date(2026, 4, 24)


def test_newest_first(listing):
    dates = [i.date for i in listing.items]
    assert dates == sorted(dates, reverse=True)


def test_two_notices_on_the_same_day_twice(listing):
    twice = {d for d, n in Counter(i.date for i in listing.items).items() if n == 2}
    assert twice == {date(2026, 8, 3), date(2026, 5, 20)}


def test_slash_dates_as_the_rows_show_them(listing):
    assert all(i.raw_date == i.date.strftime("%Y/%m/%d") for i in listing.items)


def test_shown_date_counts_over_the_url_date(listing):
    first = listing.items[0]
    assert first.url == BASE + "202608/t20260828_1407232.html"
    assert date_from_url(first.url) == date(2026, 8, 28)
    assert (first.date, first.raw_date) == (date(2026, 8, 27), "2026/08/27")


def test_hidden_jiedu_links_are_not_items(listing):
    assert len(real(PAGE)[0].css(".popbox li a")) == 17
    assert not any("/jd/" in i.url for i in listing.items)


def test_a_newer_jiedu_link_does_not_date_its_item(listing):
    item = next(i for i in listing.items if i.url.endswith("t20260716_1406539.html"))
    assert item.date == date(2026, 7, 16)  # its 解读 is t20260717


def test_empty_spacer_rows_give_no_item(listing):
    assert len(real(PAGE)[0].css("li.empty")) == 5
    assert all(i.title and i.url.startswith(BASE + "2026") for i in listing.items)


def test_submenu_of_sibling_columns_is_not_items(listing):
    titles = {i.title for i in listing.items}
    assert titles.isdisjoint({"发展改革委令", "规范性文件", "规划文本", "公告", "通知"})


def test_next_page_from_create_page_html(listing):
    assert listing.next_pages == [BASE + "index_1.html"]


def test_column_name_from_a_meta_tag_without_a_space(listing):
    assert 'name="ColumnName"content="通知"' in real_text(PAGE)
    assert listing.column_name == "通知"
    assert listing.column_type == "政策文件"


def test_not_placeholder_nor_scripted(listing):
    assert not listing.placeholder
    assert not listing.scripted


def test_a_list_is_not_an_article():
    assert parse_article(*real(PAGE)).pub_date is None


def test_site_code_meta(identity):
    assert identity["site_code"] == "bm04000007"


@pytest.mark.parametrize("mark", ["conac_mark", "icp", "psb", "sponsor", "zhaocuo", "sitemap"])
def test_footer_drawn_by_a_script_shows_no_mark(identity, mark):
    assert identity[mark] is False
