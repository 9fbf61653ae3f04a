"""Realpage 31: 团委动态 of a district youth league's ASP.NET site (2021): 44 pages at one address, each the page's
form posted back by the pager (javascript:__doPostBack('ctl00$ContentPlaceHolder1$anpPageIndex','2'))."""

from datetime import date

import pytest

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real

PAGE = "31-bjchy-twdt-2021.html"
PAGER = "ctl00$ContentPlaceHolder1$anpPageIndex"


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return column_list(sel, url, parse_list(sel, url, as_of=date(2021, 4, 20)), (url, "团委动态"))


def test_twenty_dated_items_and_the_columns_name(listing):
    dates = [i.date for i in listing.items]
    assert len(dates) == 20 and (max(dates), min(dates)) == (date(2021, 4, 16), date(2020, 10, 22))
    assert listing.column_name == "团委动态"  # its breadcrumb 首页 >> 团委动态; its <title> is the site's name


def test_the_next_and_last_pages_are_the_form_posted_back(listing):
    (nxt,) = listing.post_requests
    url, form = nxt
    assert url == "http://youth.bjchy.gov.cn/news/Default.aspx" and listing.next_pages == []
    assert (form["__EVENTTARGET"], form["__EVENTARGUMENT"]) == (PAGER, "2")
    assert {"__VIEWSTATE", "__VIEWSTATEGENERATOR", "__EVENTVALIDATION"} <= form.keys()
    assert listing.last_post[0] == url and listing.last_post[1]["__EVENTARGUMENT"] == "44"


def test_the_bullet_before_a_title_is_no_part_of_it(listing):
    assert listing.items[0].title == "朝阳区青少年社工协会召开换届大会"
    assert not any(i.title.startswith(("·", "•")) for i in listing.items)
