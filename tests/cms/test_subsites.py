"""A town's sub-site in a folder of its county's portal, told by its own homepage."""

from __future__ import annotations

import pytest
from parsel import Selector

from govcheck.cms.subsites import in_folder, town_home, town_places

H = "http://www.msx.gov.cn"
URL = f"{H}/xzjd/abz/index.html"


def page(title: str = "安边镇人民政府", home: str = "/xzjd/abz/index.html", h1: str = "") -> Selector:
    return Selector(text=f'<html><head><title>{title}</title></head><body><h1>{h1}</h1><div class="nav"><ul>'
                         f'<li><a href="{home}">首页</a></li><li><a href="/xzjd/abz/zwdt/">镇务动态</a></li>'
                         '</ul></div></body></html>')


@pytest.mark.parametrize(("title", "home", "town"), [
    ("安边镇人民政府", "/xzjd/abz/index.html", "安边镇"),
    ("安边镇人民政府", "/xzjd/abz/", "安边镇"),
    ("安边镇人民政府", "./", "安边镇"),
    ("首页_新兴乡政府_梅山县人民政府", "/xzjd/abz/index.html", "新兴乡"),
    ("城关街道办事处门户网站", "/xzjd/abz/default.htm", "城关街道"),
    ("安边镇_梅山县人民政府", "/xzjd/abz/", "安边镇"),
])
def test_a_towns_homepage_in_a_folder_is_told_by_its_name_and_its_own_home(title, home, town):
    assert town_home(page(title, home), URL) == town


@pytest.mark.parametrize(("title", "home", "url"), [
    ("安边镇人民政府", "/", URL),  # its 首页 is the county's: a page of the county's
    ("安边镇人民政府", "/xzjd/index.html", URL),  # the 乡镇 channel's page, above its folder
    ("镇务动态_安边镇人民政府", "/xzjd/abz/index.html", f"{H}/xzjd/abz/zwdt/index.html"),  # a column of the town's
    ("乡村振兴", "/ztzl/xczx/index.html", f"{H}/ztzl/xczx/index.html"),  # a 专题 names no town's government
    ("新型城镇化建设", "/ztzl/xxcz/", f"{H}/ztzl/xxcz/index.html"),
    ("特色小镇_梅山县人民政府", "/ztzl/tsxz/", f"{H}/ztzl/tsxz/index.html"),
    ("乡镇_梅山县人民政府", "/xzjd/", f"{H}/xzjd/index.html"),
    ("安边镇人民政府", "/index.html", f"{H}/index.html"),  # the site's root is the site's homepage
])
def test_no_towns_homepage(title, home, url):
    assert town_home(page(title, home), url) is None


def test_its_heading_names_the_town_when_its_title_does_not():
    assert town_home(page("梅山县人民政府", h1="安边镇人民政府"), URL) == "安边镇"


def test_a_towns_own_pages_lie_under_its_folder():
    assert in_folder(f"{H}/xzjd/abz/zwdt/index.html", URL)
    assert not in_folder(f"{H}/tzgg/", URL) and not in_folder(f"{H}/xzjd/xxx/zwdt/", URL)
    assert not in_folder("http://other.gov.cn/xzjd/abz/zwdt/", URL)


def test_a_column_under_a_heading_of_the_towns_menu_keeps_it_beneath_the_town():
    from govcheck.cms.navigation import ColumnLink

    news, docs = f"{H}/xzjd/abz/zwdt/", f"{H}/xzjd/abz/gsgg/"
    links = [(ColumnLink("镇务动态", news, "nav"), news), (ColumnLink("公示公告", docs, "more"), docs),
             (ColumnLink("公示公告", docs, "nav", "政务公开"), docs)]  # its block's 更多 first, its menu's after
    assert town_places("安边镇", links) == {news: "安边镇", docs: "安边镇 › 政务公开"}
