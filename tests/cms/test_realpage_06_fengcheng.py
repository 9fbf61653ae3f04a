"""Realpage 06: the 丰城新闻 list of www.jxfc.gov.cn, dates as [YYYY-MM-DD] before each title, a pager trap."""

from datetime import date

import pytest

from govcheck.cms import parse_list
from govcheck.cms.identity import read_identity
from govcheck.judge.dates import date_from_url
from tests.cms.pages import real

PAGE = "06-fengcheng-fcxw-2017.html"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2017, 10, 14))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_item_count(listing):
    assert len(listing.items) == 21


def test_newest_and_oldest(listing):
    dates = [i.date for i in listing.items]
    assert max(dates) == date(2017, 10, 13)
    assert min(dates) == date(2017, 10, 9)


def test_dates_come_from_the_rows_not_the_urls(listing):
    for item in listing.items:
        assert date_from_url(item.url) is None
        assert item.raw_date == item.date.isoformat()


def test_first_item(listing):
    first = listing.items[0]
    assert first.title == "胡江萍调研我市重点交通工程项目推进情况"
    assert first.url == "http://www.jxfc.gov.cn/n3/n13/c672769/content.html"


def test_hidden_reverse_pager_gives_one_next_page_not_199(listing):
    assert listing.next_pages == ["http://www.jxfc.gov.cn/n3/n13/index_958_198.html"]


def test_hidden_pager_links_are_not_items(listing):
    assert not any("index_958_" in i.url for i in listing.items)


def test_column_name(listing):
    assert listing.column_name == "丰城新闻"


def test_conac_mark(identity):
    assert identity["conac_mark"] is True


def test_icp(identity):
    assert identity["icp"] == "赣ICP备14007126号-1"


def test_zhaocuo(identity):
    assert identity["zhaocuo"] is True


def test_site_code_from_the_zhaocuo_script_only(identity):
    assert identity["site_code"] == "3609810078"


def test_sitemap(identity):
    assert identity["sitemap"] == "http://www.jxfc.gov.cn/n128/n129/index.html"


def test_no_psb(identity):
    assert identity["psb"] is False
