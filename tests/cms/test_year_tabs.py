"""A column's list split by year under tabs: the newest year's tab."""

from __future__ import annotations

import pytest
from parsel import Selector

from govcheck.cms.year_tabs import year_tabs

URL = "http://www.x.gov.cn/xczx/index.html"


def tabs(html: str, url: str = URL):
    found = year_tabs(Selector(text=f"<html><body>{html}<ul class='list'></ul></body></html>"), url)
    return max(found.items()) if found else None


@pytest.mark.parametrize("html", [
    '<ul class="year-tab"><li><a href="?year=2026">2026年</a></li><li class="on"><a href="?year=2024">2024年</a></li>'
    "</ul>",
    '<div class="tab"><a href="/xczx/2026/">2026</a> | <a href="/xczx/2025/">2025</a></div>',
    '<a href="list.jsp?nd=2026">2026年度</a><a href="list.jsp?nd=2025">2025年度</a>',
])
def test_the_newest_of_a_lists_year_tabs(html):
    year, url = tabs(html)
    assert year == 2026 and "2026" in url


def test_a_tab_of_the_page_itself_is_not_a_later_year():
    page = "http://www.x.gov.cn/xczx/index.html?year=2026"
    assert tabs('<a href="?year=2026">2026年</a><a href="?year=2025">2025年</a><a href="?year=2024">2024年</a>',
                page) == (2025, "http://www.x.gov.cn/xczx/index.html?year=2025")


@pytest.mark.parametrize("html", [
    '<a href="?year=2026">2026年</a>',  # one link: no tabs
    '<a href="/a.html">2026年</a><a href="/b.html">2025年</a>',  # addresses that name no year: an archive's titles
    '<a href="http://other.gov.cn/?y=2026">2026</a><a href="http://other.gov.cn/?y=2025">2025</a>',  # another host
    '<a href="?year=2026">2026年工作要点</a><a href="?year=2025">2025年工作要点</a>',  # titles, not a year alone
])
def test_links_that_are_no_year_tabs(html):
    assert tabs(html) is None
