"""Realpages 21–23, pages of a county portal mirrored in July 2018 (README: what each holds, checked by hand): an
office's page that says its list is empty (21), the 政府文件 list of its disclosure catalogue (22), an office's page
with news from its sub-columns (23)."""

from datetime import date

import pytest

from govcheck.cms import column_list, parse_list
from govcheck.cms.containers import has_empty_list
from tests.cms.pages import real

AS_OF = date(2018, 7, 28)


def column(name: str):
    sel, url = real(name)
    page = parse_list(sel, url, as_of=AS_OF)
    return column_list(sel, url, page, (url.rsplit("/", 1)[0] + "/", page.column_name or ""))


def test_an_office_page_that_says_its_list_is_empty():
    """此栏目暂无任何新增信息 in a <ul> without a class: an empty list, named 县商务局; its office menu of five
    undated links is no item."""
    listing = column("21-zhecheng-xswj-empty-2018.html")
    assert (listing.items, listing.placeholder, listing.column_name) == ([], True, "县商务局")
    assert has_empty_list(*real("21-zhecheng-xswj-empty-2018.html"))


@pytest.mark.parametrize(("name", "count", "newest", "oldest"), [
    ("22-zhecheng-zfwj-2018.html", 25, date(2018, 7, 6), date(2018, 5, 3)),
    ("23-zhecheng-fzggw-2018.html", 5, date(2018, 7, 23), date(2018, 7, 13)),
])
def test_the_column_list_its_count_and_dates(name, count, newest, oldest):
    items = column(name).items
    dates = [i.date for i in items]
    assert len(items) == count and None not in dates
    assert (max(dates), min(dates)) == (newest, oldest)


def test_the_date_shown_counts_over_the_date_in_the_address():
    """22: each address carries the day the item went online (…/2018-07-11/6358.html), the list the document's."""
    items = column("22-zhecheng-zfwj-2018.html").items
    first = next(i for i in items if i.url.endswith("/2018-07-11/6358.html"))
    assert first.date == date(2018, 7, 6)


def test_the_pager_inside_the_list_is_no_item_and_leads_on():
    listing = column("22-zhecheng-zfwj-2018.html")
    assert not any("index_" in i.url for i in listing.items)
    assert listing.next_pages[0] == "http://www.zhecheng.gov.cn/xxgk/xxgkml/zfwj/index_2.html"
