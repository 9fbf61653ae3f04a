"""Realpage 01: a TRS column list (信息公开年报) of an ordos.gov.cn subsite, page 1 of 2."""

from datetime import date

import pytest

from govcheck.cms import parse_list
from govcheck.cms.identity import read_identity
from tests.cms.pages import real

PAGE = "01-ordos-egb-xxgknb.html"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2020, 12, 31))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_family(listing):
    assert listing.family == "trs"


def test_item_count(listing):
    assert len(listing.items) == 10


def test_newest_and_oldest(listing):
    dates = [i.date for i in listing.items]
    assert max(dates) == date(2020, 9, 3)
    assert min(dates) == date(2017, 1, 7)


def test_items_in_page_order(listing):
    assert listing.items[0].title == "鄂尔多斯市2019年政府信息公开工作年度报告"
    assert listing.items[-1].title == "2016，恩格贝，精彩继续！"


@pytest.mark.parametrize(("url_tail", "shown"), [
    ("201811/t20181102_2290635.html", date(2018, 3, 26)),
    ("201811/t20181102_2290607.html", date(2018, 1, 5)),
    ("201805/t20180525_2166460.html", date(2017, 3, 22)),
    ("201802/t20180205_2082017.html", date(2017, 1, 7)),
])
def test_shown_date_counts_over_the_url_date(listing, url_tail, shown):
    item = next(i for i in listing.items if i.url.endswith(url_tail))
    assert item.date == shown
    assert item.raw_date == shown.isoformat()


def test_urls_are_absolute(listing):
    assert listing.items[0].url == "http://www.ordos.gov.cn/egb/xxgk/xxgknb/202009/t20200903_2748784.html"


def test_left_menu_of_undated_sub_columns_is_not_items(listing):
    titles = {i.title for i in listing.items}
    for menu in ("信息公开规定", "信息公开制度", "信息公开指南", "信息公开目录", "依申请公开", "信息公开年报",
                 "信息公开查询", "人事信息", "财务公开", "政府采购", "应急管理"):
        assert menu not in titles


def test_next_page_is_page_two_only(listing):
    assert listing.next_pages == ["http://www.ordos.gov.cn/egb/xxgk/xxgknb/index_1.html"]


def test_column_name_from_breadcrumb(listing):
    assert listing.column_name == "信息公开年报"


def test_not_placeholder_nor_scripted(listing):
    assert not listing.placeholder
    assert not listing.scripted


def test_conac_mark(identity):
    assert identity["conac_mark"] is True


def test_site_code(identity):
    assert identity["site_code"] == "1506000140"


def test_icp(identity):
    assert identity["icp"] == "蒙ICP备13001412号-2"


def test_psb(identity):
    assert identity["psb"] == "蒙公网安备 15062102000168号"


def test_sponsor(identity):
    assert identity["sponsor"] == "鄂尔多斯市恩格贝生态示范区管委会"


def test_zhaocuo(identity):
    assert identity["zhaocuo"] is True


def test_sitemap(identity):
    assert identity["sitemap"] == "http://www.ordos.gov.cn/egb/wzdt/"


def test_contact(identity):
    assert identity["contact"] is True
