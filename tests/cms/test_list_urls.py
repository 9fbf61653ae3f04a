"""A column's one identity: every URL of its list folds onto one key, and later pages are told apart."""

import pytest

from govcheck.cms.list_urls import column_key, is_later_page

CASES = [
    # (url, its column's key, a later page)
    ("http://a/xwzx/gzdt/", "http://a/xwzx/gzdt/", False),
    ("http://a/xwzx/gzdt/index.html", "http://a/xwzx/gzdt/", False),
    ("http://a/xwzx/gzdt/index.shtml", "http://a/xwzx/gzdt/", False),
    ("http://a/xwzx/gzdt/index_3.html", "http://a/xwzx/gzdt/", True),
    ("http://a/n3/n13/index_958_12.html", "http://a/n3/n13/", True),  # realpage 06's reverse pager
    ("http://a/xwzx/xzdt/list.html", "http://a/xwzx/xzdt/list.html", False),
    ("http://a/xwzx/xzdt/list_2.html", "http://a/xwzx/xzdt/list.html", True),
    ("http://a/zwgk/tzgg/?page=2", "http://a/zwgk/tzgg/", True),
    ("http://a/zwgk/tzgg/?page=1", "http://a/zwgk/tzgg/", False),
    ("http://a/col/col41/index.html?uid=141&pageNum=2", "http://a/col/col41/", True),
    ("http://a/list.jsp?classid=5&page=2", "http://a/list.jsp?classid=5", True),
    ("http://a/list.jsp?page=3&classid=5", "http://a/list.jsp?classid=5", True),
    ("http://a/list.jsp?classid=5", "http://a/list.jsp?classid=5", False),
    # VSB's dynamic list: its later pages by PAGENUM, which its pager names with the count of pages (totalpage)
    ("http://a/list.jsp?totalpage=3&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1005",
     "http://a/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005", True),
    ("http://a/list.jsp?totalpage=3&PAGENUM=1&urltype=tree.TreeTempUrl&wbtreeid=1005",
     "http://a/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005", False),
    ("http://a/NewsList.aspx?ClassID=7&PageIndex=4", "http://a/NewsList.aspx?ClassID=7", True),
    ("http://a/a/b/default.aspx?x=1&page=3#frag", "http://a/a/b/?x=1", True),
    # PbootCMS: its compatible mode's column a path in the query, kept as written; its ordinary mode's homepage
    ("http://a/?list_12/", "http://a/?list_12/", False),
    ("http://a/?list_12/&page=2", "http://a/?list_12/", True),
    ("http://a/index.php/", "http://a/", False),
    ("http://a/index.php/xzdt/", "http://a/index.php/xzdt/", False),
    # WordPress: a category's later pages in folders of their numbers, or ?paged= beside ?cat=; its blog's too
    ("http://a/category/gzdt/page/2/", "http://a/category/gzdt/", True),
    ("http://a/category/gzdt/page/12", "http://a/category/gzdt/", True),
    ("http://a/category/gzdt/page/1/", "http://a/category/gzdt/", False),
    ("http://a/?cat=3&paged=2", "http://a/?cat=3", True),
    ("http://a/page/3/", "http://a/", True),
    # DedeCMS: list_{tid}_{page}.html, its first page list_{tid}_1.html (a column that links its first page has no
    # index.html); its dynamic list, plus/list.php?tid=N, paged with the count of its items
    ("http://a/a/tzgg/list_2_1.html", "http://a/a/tzgg/list_2_1.html", False),
    ("http://a/a/tzgg/list_2_3.html", "http://a/a/tzgg/list_2_1.html", True),
    ("http://a/plus/list.php?tid=3&TotalResult=24&PageNo=2", "http://a/plus/list.php?tid=3", True),
    ("http://a/plus/list.php?tid=3&TotalResult=24&PageNo=1", "http://a/plus/list.php?tid=3", False),
    # a folder named page, or a number's folder under another name, is no pager's
    ("http://a/page/index.html", "http://a/page/", False),
    ("http://a/homepage/2/", "http://a/homepage/2/", False),
]


@pytest.mark.parametrize("url, key, later", CASES)
def test_every_url_of_a_list_folds_onto_its_column(url, key, later):
    assert (column_key(url), is_later_page(url)) == (key, later)


@pytest.mark.parametrize("url", ["http://a/show.jsp?id=5238", "http://a/content.jsp?id=9", "http://a/art/2026/1/2/art_1_2.html",
                                 "http://a/xwzx/gzdt/202611/t20261120_123.html"])
def test_articles_keep_their_own_identity(url):
    assert column_key(url) == url and not is_later_page(url)


def test_a_years_tab_of_a_list_is_a_page_of_its_column():
    assert column_key("http://x.gov.cn/xczx/index.html?year=2026") == "http://x.gov.cn/xczx/"
    assert is_later_page("http://x.gov.cn/xczx/index.html?year=2026")
