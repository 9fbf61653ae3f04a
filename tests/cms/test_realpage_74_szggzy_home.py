"""Realpage 74: the homepage of 苏州市公共资源交易中心's portal (Epoint 网站群, 2021), each row's date shown in
brackets at the head of its link's text, its address in a folder of the day it went online."""

from datetime import date

import pytest

from govcheck.cms import homepage_dates, parse_list
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real

PAGE = "74-szggzy-home-2021.html"
AS_OF = date(2021, 1, 14)
HOME = "http://www.zjgztb.com/"


def test_the_newest_homepage_item_is_a_notice_of_01_12():
    sel, url = real(PAGE)
    listing = parse_list(sel, url, as_of=AS_OF)
    assert max(d for d in homepage_dates(listing, sel, url, AS_OF) if d) == date(2021, 1, 12)
    newest = [i for i in listing.items if i.date == date(2021, 1, 12)]
    assert {i.title[:7] for i in newest} == {"[01-12]"}
    assert all("/ztzl/028001/20210112/" in i.url for i in newest)


@pytest.mark.parametrize("name, path, source", [
    ("交易信息", "jyxx/tradeInfo.html", "nav"), ("主体信息", "ztxx/mainInfo.html", "nav"),
    ("信用信息", "xyxx/moreinfo.html", "nav"), ("我想了解", "wxlj/moreinfo.html", "nav"),
    ("专题专栏", "ztzl/moreinfo.html", "nav"), ("建设工程", "jyxx/003001/tradeInfo.html", "nav"),
    ("通知公告", "ztzl/028001/moreinfo_new.html", "more"), ("中心动态", "ztzl/028002/moreinfo.html", "more"),
])
def test_the_menus_columns(name, path, source):
    found = {c.name: c for c in find_column_links(*real(PAGE))}
    assert (found[name].url, found[name].source) == (HOME + path, source)
