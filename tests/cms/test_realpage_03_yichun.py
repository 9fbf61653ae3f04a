"""Realpage 03: the homepage of www.yichun.gov.cn (2023)."""

from datetime import date

import pytest

from govcheck.cms import parse_article, parse_list
from govcheck.cms.identity import read_identity
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "03-yichun-home-2023.html"
HOME = "https://www.yichun.gov.cn/ycsrmzf/"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2023, 10, 11))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


@pytest.fixture(scope="module")
def columns():
    return find_column_links(*real(PAGE))


def test_newest_homepage_item(listing):
    assert max(i.date for i in listing.items if i.date) == date(2023, 10, 11)


def test_month_day_items_take_the_year_from_their_url(listing):
    item = next(i for i in listing.items if i.title == "谭赣明主持召开市政府常务会议")
    assert item.raw_date == "10-09"
    assert item.date == date(2023, 10, 9)


def test_more_links_are_not_items(listing):
    assert not any("更多" in i.title for i in listing.items)


def test_page_generated_meta_is_not_a_date():
    assert parse_article(*real(PAGE)).pub_date is None


@pytest.mark.parametrize("name", ["市政府", "政务公开", "政务服务", "互动交流", "数据开放", "走进宜春"])
def test_main_navigation(columns, name):
    link = next(c for c in columns if c.name == name)
    assert link.source == "nav"
    assert link.url.startswith(HOME)


@pytest.mark.parametrize("name, heading", [
    ("市政府", None), ("政务公开", None), ("政府领导", "市政府"), ("政务动态", "政务公开"), ("政府公告", "政务公开"),
    ("宜春市新闻发布会", "政务公开"), ("民意征集", "互动交流"), ("统计快讯", "数据开放"), ("宜春史志", "走进宜春"),
])
def test_the_drawer_menus_columns_sit_under_their_dt_headings(columns, name, heading):
    """Each group a <dl>: the heading's link in its <dt>, the columns <span>s of one <dd class="submenu">."""
    assert next(c for c in columns if c.name == name).parent == heading


def test_home_link_is_not_a_column(columns):
    assert "首页" not in {c.name for c in columns}


def test_side_menu_anchors_are_not_columns(columns):
    assert not any("#page" in c.url for c in columns)
    assert not {"新闻资讯", "宜起看", "宜起办", "宜起问"} & {c.name for c in columns}


def test_block_more_links_carry_the_block_title(columns):
    more = {c.name: c.url for c in columns if c.source == "more"}
    assert more["政务要闻"] == HOME + "zwyw/list.shtml"
    assert more["部门信息"] == HOME + "bmxx/list.shtml"


def test_sitemap_link(columns):
    assert [c.url for c in columns if c.source == "sitemap"] == [HOME + "wzdt/wzdt.shtml"]


def test_other_hosts_are_not_columns(columns):
    assert all(c.url.startswith("https://www.yichun.gov.cn/") for c in columns)


def test_conac_mark(identity):
    assert identity["conac_mark"] is True


def test_site_code(identity):
    assert identity["site_code"] == "3609000002"


def test_icp(identity):
    assert identity["icp"] == "赣ICP备06000141号"


def test_psb(identity):
    assert identity["psb"] == "赣公网安备 36090202000004号"


def test_sponsor(identity):
    assert identity["sponsor"] == "宜春市人民政府"


def test_zhaocuo_from_a_script_without_literal_text(identity):
    assert "我为政府网站找错" not in real(PAGE)[0].xpath("string(//body)").get()
    assert identity["zhaocuo"] is True


def test_sitemap(identity):
    assert identity["sitemap"] == HOME + "wzdt/wzdt.shtml"
