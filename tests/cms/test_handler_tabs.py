"""Tab boxes whose tabs switch panes by a handler's index (cms/handler_tabs.py), on realpage 62, www.hangzhou.gov.cn's
homepage of 2018: five tabs, table cells with onMouseOver="changeNews(n)", over panes table#act01n, each pane's 更多 at
its foot, four tables away from its tab (the saved part holds the first two panes)."""

import re

import pytest
from parsel import Selector

from govcheck.cms.handler_tabs import tab_names
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real_text

PAGE = "62-hangzhou-home-2018.html"
HOME = "http://www.hangzhou.gov.cn/"
TABS = {"市委动态": 812252, "政府动态": 812253, "综合动态": 812255, "部门动态": 812256, "区县之窗": 812257}


def columns(text: str) -> dict[str, str]:
    return {c.name: c.url for c in find_column_links(Selector(text=text), HOME) if c.source == "more"}


def unlinked_tabs() -> str:
    """The page with each tab its name alone, no link (the shape of many such boxes): only the panes' 更多 lead on."""
    text, n = re.subn(r'<a [^>]*class="white">([^<]*)</a>', r"\1", real_text(PAGE))
    assert n == 5
    return text


@pytest.mark.parametrize("name", TABS)
def test_the_tab_boxs_columns_are_found_named_by_their_tabs(name):
    assert columns(real_text(PAGE))[name] == f"{HOME}col/col{TABS[name]}/index.html"


def test_each_panes_more_is_named_by_the_tab_its_script_ties_to_it():
    """changeNews(n) shows act01n: the 更多 of act011 and act012 (the saved part's panes) are its first two tabs'."""
    assert columns(unlinked_tabs()) == {"市委动态": f"{HOME}col/col812252/index.html",
                                        "政府动态": f"{HOME}col/col812253/index.html"}


def test_without_the_script_tabs_and_panes_are_tied_by_order_where_their_counts_match():
    text = unlinked_tabs().replace("function changeNews(n)", "function otherName(n)")
    assert columns(text) == {}  # five tabs, two 更多: no tie
    text = re.sub(r'<td width="66" align="center" class="nor02_1" id="li01[345]".*?</td>', "", text, flags=re.S)
    assert columns(text) == {"市委动态": f"{HOME}col/col812252/index.html",
                             "政府动态": f"{HOME}col/col812253/index.html"}


def test_a_row_of_handlers_tied_to_no_pane_is_no_tab_box():
    """A pager's links that call goPage(n): no pane, no column named by them."""
    sel = Selector(text='<html><body><ul class="list"><li><a href="/a/1.html">一则消息</a></li></ul><div>'
                        '<a href="/list/index_2.html" onclick="goPage(2)">下一页</a>'
                        '<a href="/list/index_9.html" onclick="goPage(9)">尾页</a></div></body></html>')
    assert tab_names(sel, HOME) == {}
    assert not {"下一页", "尾页"} & {c.name for c in find_column_links(sel, HOME)}


def test_a_lists_tabs_by_year_are_no_columns():
    sel = Selector(text='<html><head><script>function showYear(n){for(var i=1;i<=2;i++){document.getElementById('
                        '"y"+i).style.display=i==n?"block":"none";}}</script></head><body><table><tr>'
                        '<td onclick="showYear(1)"><a href="/list/?year=2026">2026年</a></td>'
                        '<td onclick="showYear(2)"><a href="/list/?year=2025">2025年</a></td></tr></table>'
                        '<div id="y1"><a href="/a/1.html">一则消息</a></div>'
                        '<div id="y2"><a href="/a/2.html">另一则</a></div></body></html>')
    assert tab_names(sel, HOME) == {}
