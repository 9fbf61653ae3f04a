"""A column page that says its list has nothing, read on fake responses: empty where a visitor sees it so, rendered
first where a script of the site's may fill it, never empty for what govcheck could not run."""

from __future__ import annotations

import pytest
from scrapy.http import Request

from govcheck.items import ColumnItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

URL = f"{HOME}zwgk/index.html"
HINT = {"name": "政务公开", "parent": None, "top_level": True, "source": "nav", "level": 1}


@pytest.fixture
def spider():
    return portal_spider()


def first_page(spider, body: str) -> list:
    page = response(URL, f"<html><head><title>政务公开 - 示范市国资委</title></head><body><h2>政务公开</h2>{body}"
                         "</body></html>", meta=page_meta(spider, URL, column=HINT))
    return list(spider.column_from_listing(page, spider.read_listing(page.selector, URL), HINT, f"{HOME}zwgk/"))


NODATA_BOX = ('<div class="list"><ul id="zwgkList" data-src="/zwgk/rows.json"><li class="nodata">暂无数据</li>'
              "</ul></div>")


def test_a_list_box_saying_it_has_nothing_that_a_script_file_may_fill_is_rendered_first(spider):
    """The template's 暂无数据 in a list box a script file of the site's fills (/js/zwgk-list.js, from the address
    its data-src names): what a visitor sees is the list once the script has run."""
    spider.browser_ready = lambda: True
    (render,) = first_page(spider, f'{NODATA_BOX}<script src="/js/zwgk-list.js"></script>')
    assert isinstance(render, Request) and render.meta["playwright"]


def test_without_a_browser_such_a_list_is_unverified_never_empty():
    spider = portal_spider(GOVCHECK_PLAYWRIGHT=False)
    (item,) = first_page(spider, f'{NODATA_BOX}<script src="/js/zwgk-list.js"></script>')
    assert isinstance(item, ColumnItem) and item.reason and "脚本" in item.reason


@pytest.mark.parametrize("scripts", ["", '<script src="https://cdn.example.com/jquery/1.12.4/jquery.min.js"></script>'])
def test_a_list_box_saying_it_has_nothing_and_no_script_to_fill_it_is_empty(spider, scripts):
    (item,) = first_page(spider, f"{NODATA_BOX}{scripts}")
    assert isinstance(item, ColumnItem) and item.reason is None and item.placeholder and not item.dates


@pytest.mark.parametrize("content", [
    '<div class="con"><p align="center">暂无</p></div>',  # a bare 暂无 alone under the column's heading
    "<script>alert('该栏目暂无信息');</script>",  # an old template's alert as the page loads
    "<script>document.write('<p>该栏目暂无信息</p>');</script>",  # or its script writing no more than that
])
def test_a_column_page_that_says_so_apart_from_any_list_is_an_empty_column(spider, content):
    (item,) = first_page(spider, content)
    assert isinstance(item, ColumnItem) and item.reason is None and item.placeholder and not item.dates


ROWS = "".join(f'<li><a href="/zwgk/202611/t2026110{k}_{k}.html">关于第{k}项工作的通知</a><span>2026-11-0{k}</span>'
                "</li>"
               for k in range(1, 4))


@pytest.mark.parametrize("box", ["list", "con"])
def test_a_list_a_comment_left_open_hides_is_an_empty_column_that_says_why(spider, box):
    """Its rows after `<!--` with no `-->`: a browser shows nothing from there on, a script file of the site's
    included after them too; the column is empty for visitors, and its note says why."""
    spider.browser_ready = lambda: True
    (item,) = first_page(spider, f'<div class="{box}"><!-- 列表开始 <ul>{ROWS}</ul><div class="page">共1页</div></div>'
                                 '<script src="/js/zwgk-list.js"></script>')
    assert isinstance(item, ColumnItem) and item.reason is None and item.empty_list and not item.dates
    assert "未闭合的HTML注释" in item.note and "3条" in item.note
