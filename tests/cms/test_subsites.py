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


def crumbed(home: str, middle: str = "") -> Selector:
    return Selector(text=f'<html><body><div class="position">当前位置：<a href="{home}">首页</a> &gt; {middle}'
                         '<span>镇政府文件</span></div><ul class="list"></ul></body></html>')


@pytest.mark.parametrize(("home", "url", "site", "want"), [
    ("/xzjd/xcz/index.html", f"{H}/xzjd/xcz/zfwj/index.html", f"{H}/", f"{H}/xzjd/xcz/index.html"),
    ("../", f"{H}/xzjd/xcz/zfwj/index.html", f"{H}/", f"{H}/xzjd/xcz/"),
    ("/site/fgw/zt/index.html", f"{H}/site/fgw/zt/gzdt/", f"{H}/site/fgw/index.html", f"{H}/site/fgw/zt/index.html"),
])
def test_a_breadcrumbs_home_at_a_folder_over_the_page_is_a_sub_sites_homepage(home, url, site, want):
    from govcheck.cms.subsites import crumb_sub_home

    assert crumb_sub_home(crumbed(home), url, site) == want


@pytest.mark.parametrize(("home", "url", "site"), [
    ("/", f"{H}/tzgg/index.html", f"{H}/"),  # the site's own homepage
    ("/index.html", f"{H}/xzjd/xcz/zfwj/", f"{H}/"),
    ("/site/fgw/index.html", f"{H}/site/fgw/tzgg/", f"{H}/site/fgw/index.html"),  # a platform's subsite's own
    ("/", f"{H}/site/fgw/tzgg/", f"{H}/site/fgw/index.html"),  # its platform's root, above the site
    ("/xzjd/abz/index.html", f"{H}/xzjd/xcz/zfwj/", f"{H}/"),  # another folder's, not over the page
    ("http://www.city.gov.cn/xzjd/xcz/", f"{H}/xzjd/xcz/zfwj/", f"{H}/"),  # another host's
    ("/xzjd/xcz/list.jsp?id=3", f"{H}/xzjd/xcz/zfwj/", f"{H}/"),  # a page, not a folder's index
])
def test_no_sub_sites_homepage(home, url, site):
    from govcheck.cms.subsites import crumb_sub_home

    assert crumb_sub_home(crumbed(home), url, site) is None


def test_a_sub_site_is_named_as_most_links_to_its_homepage_name_it():
    from govcheck.cms.subsites import sub_site_name

    assert sub_site_name(["首页", "新城镇", "[新城镇]", "更多", "首页"]) == "新城镇"
    assert sub_site_name(["首页", "返回首页"]) is None


def topic(home: str = "/zt/shce/index.html", crumb: str = "") -> Selector:
    return Selector(text='<html><head><title>扫黑除恶专项斗争专题</title></head><body><h1>扫黑除恶专项斗争</h1>'
                         f'{crumb}<div class="zt-nav"><ul><li><a href="{home}">首页</a></li>'
                         '<li><a href="/zt/shce/gzdt/index.html">工作动态</a></li></ul></div></body></html>')


def test_a_topics_homepage_under_a_topic_index_is_placed_under_it():
    from govcheck.cms.subsites import topic_home

    url = f"{H}/zt/shce/index.html"
    assert topic_home(topic(), url, name="扫黑除恶", parent="专题专栏") == "专题专栏 › 扫黑除恶"
    assert topic_home(topic(), url, parent="往期专题") == "往期专题 › 扫黑除恶专项斗争"  # named by its heading
    crumb = '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zt/">热点专题</a> &gt; 扫黑除恶</div>'
    assert topic_home(topic(crumb=crumb), url) == "热点专题 › 扫黑除恶专项斗争"  # reached otherwise: its breadcrumb


def test_no_topics_homepage():
    from govcheck.cms.subsites import topic_home

    url = f"{H}/zt/shce/index.html"
    assert topic_home(topic(), url, parent="政务公开") is None  # under no 专题 index
    assert topic_home(topic(home="/"), url, parent="专题专栏") is None  # its 首页 the site's: a column's page
    assert topic_home(topic(), f"{H}/index.html", parent="专题专栏") is None


@pytest.mark.parametrize(("trail", "place"), [
    ('<a href="/">首页</a> &gt; <a href="/zt/">专题专栏</a> &gt; <a href="/zt/hzz/">河长制</a> &gt; '
     "<span>河长动态</span>", "专题专栏 › 河长制"),
    ('<a href="/">首页</a> &gt; 政务公开 &gt; 热点专题 &gt; 河长制 &gt; <span>河长动态</span>', "热点专题 › 河长制"),
    ('<a href="/">首页</a> &gt; 往期专题 &gt; 疫情防控 &gt; <span>河长动态</span>', "往期专题 › 疫情防控"),
    # a 专题 the index lists as a list of its own: the index its parent, a column of the site, timed by its name
    ('<a href="/">首页</a> &gt; <a href="/zt/">专题专栏</a> &gt; <span>河长动态</span>', None),
    # the site's news, a 专题 of no index
    ('<a href="/">首页</a> &gt; 新闻中心 &gt; 专题报道 &gt; <span>河长动态</span>', None),
    ('<a href="/">首页</a> &gt; 新闻中心 &gt; <span>河长动态</span>', None),
])
def test_a_columns_breadcrumb_through_a_topic_index_and_a_topic_places_it_in_that_topic(trail, place):
    from govcheck.cms.subsites import topic_crumb

    sel = Selector(text=f'<html><body><div class="position">当前位置：{trail}</div><ul class="list"></ul>'
                        "</body></html>")
    assert topic_crumb(sel, f"{H}/zt/hzz/hzdt/index.html", name="河长动态") == place
