"""Realpages 90, 91: empty columns on 博达 VSB's template. Its list unit over no item shows 尚无资料 over its pager
共0条 0/0 (items, then page of pages, no 页), or that pager alone beside VSB's page-jump script: an empty column,
neither a static page (no list to judge) nor one a script may fill (unverified)."""

from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import is_placeholder, parse_list
from govcheck.cms.base import says_empty
from govcheck.items import ColumnItem
from tests.cms.pages import real
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

PAGES = ["90-jsou-wfxy-xwgg-vsb-empty-2021.html", "91-jsou-jnds-cjwt-vsb-empty-2021.html"]


@pytest.mark.parametrize("page", PAGES)
def test_a_vsb_list_unit_over_no_item_is_a_placeholder(page):
    sel, url = real(page)
    assert not parse_list(sel, url, as_of=date(2021, 4, 15)).items
    assert is_placeholder(sel, url)


@pytest.mark.parametrize("page", PAGES)
def test_the_spider_reads_such_a_column_as_empty_never_static_nor_unverified(page):
    sel, _ = real(page)
    spider = portal_spider(GOVCHECK_PLAYWRIGHT=False)
    url = f"{HOME}xwgg/index.html"
    hint = {"name": "新闻公告", "parent": None, "top_level": True, "source": "nav", "level": 1}
    page_one = response(url, sel.get(), meta=page_meta(spider, url, column=hint))
    out = list(spider.column_from_listing(page_one, spider.read_listing(page_one.selector, url), hint,
                                          f"{HOME}xwgg/"))
    assert len(out) == 1 and isinstance(out[0], ColumnItem)  # a static page yields nothing
    assert out[0].reason is None and out[0].placeholder and not out[0].dates


@pytest.mark.parametrize(("text", "empty"), [
    ("共0条  0/0", True),
    ("共0条 \u00a0 0/0 ", True),
    ("共0条 0/0 首页 上页 下页 尾页", True),
    # a pager of some: items, then page of pages
    ("共25条  1/3", False),
    ("共10条  1/1", False),
    ("共0条  0/05", False),  # not what VSB writes: no count of none
])
def test_vsbs_pager_of_none_counts_nothing(text, empty):
    assert says_empty(text) is empty


def test_its_wording_said_in_a_sentence_is_no_placeholder():
    """尚无资料 in a page's text (a notice that the archive has no record of a year) is no list's placeholder."""
    box = ("<div class='con'><p>经查询，本单位档案室对2010年以前的该类事项尚无资料可查，如有需要请与办公室联系，"
           "联系电话：0799-1234567，工作日上午九点至下午五点。</p></div>")
    sel = Selector(text=f"<html><head><title>档案查询</title></head><body><h2>档案查询</h2>{box}</body></html>")
    assert not is_placeholder(sel, f"{HOME}dacx/index.html")
