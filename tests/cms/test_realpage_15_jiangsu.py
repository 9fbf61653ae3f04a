"""Realpage 15: the 通知公告 column of fzggw.jiangsu.gov.cn (Hanweb jpage, 2026), its 30 records twice."""

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from parsel import Selector

from govcheck.cms import parse_article, parse_list
from govcheck.cms.hanweb import parse_hanweb_records
from govcheck.cms.identity import read_identity
from govcheck.judge.dates import date_from_url
from tests.cms.pages import REAL_URLS, real, real_bytes, real_text

PAGE = "15-jsfzggw-tzgg-2026.html"
URL = REAL_URLS[PAGE]


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2026, 8, 31))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_family(listing):
    assert listing.family == "hanweb"


def test_record_count(listing):
    assert len(listing.items) == 30


def test_newest_and_oldest(listing):
    dates = [i.date for i in listing.items]
    assert max(dates) == date(2026, 8, 28)
    assert min(dates) == date(2025, 10, 27)


def test_newest_first(listing):
    dates = [i.date for i in listing.items]
    assert dates == sorted(dates, reverse=True)


def test_url_dates_agree_with_the_shown_dates(listing):
    for item in listing.items:
        assert item.raw_date == item.date.isoformat()
        assert date_from_url(item.url) == item.date


def test_records_after_the_empty_list_markup(listing):
    first = listing.items[0]
    assert first.title == "江苏省成品油价格调整公告（2026年第16号）"
    assert first.url == "https://fzggw.jiangsu.gov.cn/art/2026/8/28/art_284_11821965.html"


def test_sixty_records_of_two_units_are_thirty_items(listing):
    assert real_text(PAGE).count("<record>") == 60
    both = parse_hanweb_records(real_text(PAGE), URL)
    assert [(i.url, i.date) for i in both.items] == [(i.url, i.date) for i in listing.items]


def test_next_group_is_a_dataproxy_post_of_the_first_unit(listing):
    (url, form), = listing.post_requests
    parts = urlsplit(url)
    assert parts.path == "/module/web/jpage/dataproxy.jsp"
    query = parse_qs(parts.query)
    assert (query["startrecord"], query["endrecord"], query["perpage"]) == (["31"], ["60"], ["10"])
    assert (form["unitid"], form["columnid"], form["webid"]) == ("423656", "284", "3")
    assert form["webname"] == "江苏省发展和改革委员会"


def test_maketime_meta_is_not_an_item_date(listing):
    assert "content='2026-08-31 09:25:38'" in real_text(PAGE)
    assert max(i.date for i in listing.items) < date(2026, 8, 31)
    assert parse_article(*real(PAGE)).pub_date is None


def test_left_menu_of_sibling_columns_is_not_items(listing):
    titles = {i.title for i in listing.items}
    assert titles.isdisjoint({"时政要闻", "图片新闻", "发改要闻", "通知公告", "市县动态"})


def test_column_name(listing):
    assert listing.column_name == "通知公告"


def test_crlf_line_endings_read_the_same(listing):
    raw = real_bytes(PAGE)
    assert raw.count(b"\r") == 151
    as_saved = parse_list(Selector(text=raw.decode("utf-8")), URL, as_of=date(2026, 8, 31))
    assert as_saved.items == listing.items


def test_not_placeholder_nor_scripted(listing):
    assert not listing.placeholder
    assert not listing.scripted


def test_empty_site_code_meta(identity):
    assert identity["site_code"] is False
    assert parse_article(*real(PAGE)).site_code is None


@pytest.mark.parametrize("mark", ["conac_mark", "icp", "psb", "sponsor", "zhaocuo", "sitemap"])
def test_footer_drawn_by_a_script_shows_no_mark(identity, mark):
    assert identity[mark] is False
