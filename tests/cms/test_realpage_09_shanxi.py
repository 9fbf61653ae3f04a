"""Realpage 09: a 山西要闻 article of www.shanxi.gov.cn (2019), under a long mega-menu."""

from datetime import date

import pytest

from govcheck.cms import parse_article, parse_list
from govcheck.cms.identity import read_identity
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "09-shanxi-article-2019.html"


@pytest.fixture(scope="module")
def article():
    return parse_article(*real(PAGE))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


def test_pub_date(article):
    assert article.pub_date == date(2019, 9, 18)


def test_column_name(article):
    assert article.column_name == "山西要闻"


def test_title_as_written(article):
    assert article.title == "山西品牌丝路行（南美站）正式启动"


def test_site_code_meta(article):
    assert article.site_code == "1400000045"


def test_an_article_is_not_a_list():
    sel, url = real(PAGE)
    listing = parse_list(sel, url)
    assert listing.items == []
    assert listing.next_pages == []


def test_mega_menu_columns_are_navigation():
    columns = {c.name: c for c in find_column_links(*real(PAGE))}
    for name in ("省政府", "要闻", "政策", "山西要闻", "通知公告", "人事信息"):
        assert columns[name].source == "nav"
        assert columns[name].url.startswith("http://www.shanxi.gov.cn/")


def test_the_main_menu_is_first_level_beside_its_homepage_box():
    """首页 sits in a <dl class="main-nav-home left oflow-hd"> of its own before the menu's <ul>: the homepage
    heads none of the menu's entries, each a first-level column."""
    columns = {c.name: c for c in find_column_links(*real(PAGE))}
    for name in ("省政府", "省长", "要闻", "政策", "服务", "互动", "数据", "省情"):
        assert columns[name].parent is None, name


@pytest.mark.parametrize("name, heading", [
    ("领导动态", "省政府"), ("最新活动", "省长"), ("山西要闻", "要闻"), ("政策解读", "要闻"), ("通知公告", "政策"),
    ("文件", "政策"), ("规划计划", "政策"), ("政务咨询", "服务"), ("省长信箱", "互动"), ("统计公报", "数据"),
    ("网站地图", None), ("关于我们", None),
])
def test_the_footer_menus_columns_sit_under_its_headings(name, heading):
    """The footer repeats the menu's groups, each heading a <p> without a link over a <ul>: 通知公告 (/zw/tzgg/) sits
    under 政策 (/zw/), a second-level column."""
    columns = {c.name: c for c in find_column_links(*real(PAGE))}
    assert columns[name].parent == heading


def test_conac_mark(identity):
    assert identity["conac_mark"] is True


def test_site_code(identity):
    assert identity["site_code"] == "1400000045"


def test_icp(identity):
    assert identity["icp"] == "晋ICP备12000773号"


def test_psb(identity):
    assert identity["psb"] == "晋公网安备 14010502050691号"


def test_sponsor(identity):
    assert identity["sponsor"] == "山西省人民政府办公厅"


def test_zhaocuo(identity):
    assert identity["zhaocuo"] is True


def test_sitemap(identity):
    assert identity["sitemap"] == "http://www.shanxi.gov.cn/wzgl/wzdt/"
