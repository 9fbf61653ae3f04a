"""Realpage 10: a 2007 State Council gazette article on www.gov.cn, part of it after a stray </html>."""

from datetime import date

import pytest

from govcheck.cms import parse_article
from govcheck.cms.identity import read_identity
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "10-govcn-gongbao-article-2007.html"


@pytest.fixture(scope="module")
def article():
    return parse_article(*real(PAGE))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_pub_date_not_the_page_generated_meta(article):
    assert article.pub_date == date(2007, 8, 20)
    assert article.pub_date != date(2023, 10, 23)


def test_title_from_the_title_tag(article):
    assert article.title.startswith("全国人民代表大会常务委员会关于批准财政部发行特别国债")
    assert "中国政府网" not in article.title


def test_column_from_breadcrumb(article):
    assert article.column_name == "2007年第23号"


def test_top_bar_institutions_are_not_columns():
    urls = [c.url for c in find_column_links(*real(PAGE))]
    assert urls and all(u.startswith("https://www.gov.cn/") for u in urls)
    assert not any("npc.gov.cn" in u or "court.gov.cn" in u for u in urls)


def test_conac_mark(identity):
    assert identity["conac_mark"] is True


def test_site_code_without_colon(identity):
    assert identity["site_code"] == "bm01000001"


def test_icp(identity):
    assert identity["icp"] == "京ICP备05070218号"


def test_psb(identity):
    assert identity["psb"] == "京公网安备11010202000001号"


def test_sponsor(identity):
    assert identity["sponsor"] == "国务院办公厅"


def test_jiucuo_link_is_the_zhaocuo_entry(identity):
    assert identity["zhaocuo"] is True


def test_contact(identity):
    assert identity["contact"] is True
