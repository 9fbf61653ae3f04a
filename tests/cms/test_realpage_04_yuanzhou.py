"""Realpage 04: a TRS column list (政务要闻) of www.yzq.gov.cn with createPageHTML(120, …)."""

from datetime import date

import pytest

from govcheck.cms import parse_list
from govcheck.cms.identity import read_identity
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "04-yuanzhou-zwyw-2017.html"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2017, 10, 14))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_family(listing):
    assert listing.family == "trs"


def test_item_count_despite_spacer_rows(listing):
    assert len(listing.items) == 25


def test_newest_and_oldest(listing):
    dates = [i.date for i in listing.items]
    assert max(dates) == date(2017, 10, 13)
    assert min(dates) == date(2017, 9, 28)


def test_every_item_is_an_article_with_its_shown_date(listing):
    for item in listing.items:
        assert "/t2017" in item.url
        assert item.title
        assert item.raw_date == item.date.isoformat()


def test_image_navigation_and_todays_date_script_give_no_items(listing):
    urls = {i.url for i in listing.items}
    for nav in ("http://www.yzq.gov.cn/", "http://www.yzq.gov.cn/mlyz/", "http://www.yzq.gov.cn/zwgk/",
                "http://www.yzq.gov.cn/wsbs/", "http://www.yzq.gov.cn/zmhd/", "http://www.yzq.gov.cn/wzdh/"):
        assert nav not in urls
    assert all(date(2017, 9, 28) <= i.date <= date(2017, 10, 13) for i in listing.items)


def test_image_only_navigation_is_not_a_column():
    urls = {c.url for c in find_column_links(*real(PAGE))}
    assert urls.isdisjoint({"http://www.yzq.gov.cn/mlyz/", "http://www.yzq.gov.cn/zwgk/", "http://www.yzq.gov.cn/wsbs/",
                            "http://www.yzq.gov.cn/zmhd/", "http://www.yzq.gov.cn/wzdh/"})


def test_next_page_from_create_page_html(listing):
    assert listing.next_pages == ["http://www.yzq.gov.cn/zwgk/zwdt/zwyw/index_1.html"]


def test_column_name(listing):
    assert listing.column_name == "政务要闻"


def test_icp(identity):
    assert identity["icp"] == "赣ICP备05010765号"


def test_sponsor(identity):
    assert identity["sponsor"] == "袁州区人民政府"


@pytest.mark.parametrize("mark", ["conac_mark", "site_code", "psb", "zhaocuo"])
def test_missing_marks_are_false(identity, mark):
    assert identity[mark] is False
