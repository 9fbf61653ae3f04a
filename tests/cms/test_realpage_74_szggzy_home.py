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
    assert {i.raw_date for i in newest} == {"01-12"}  # shown at the head of its text, taken out of its title
    assert all("/ztzl/028001/20210112/" in i.url for i in newest)


def test_中心动态s_rows_are_dated_as_shown_not_by_their_addresses_folders():
    """[12-29] under /20210104/, [12-25] under /20210105/: the day a person sees, its year before the folder's."""
    sel, url = real(PAGE)
    got = {i.url.rsplit("/", 2)[-2:][0] + " " + i.title: i.date for i in parse_list(sel, url, as_of=AS_OF).items
           if "/ztzl/028002/" in i.url}
    assert got["20210104 苏州市公共资源交易中心举行银行电子保函首单启动仪式"] == date(2020, 12, 29)
    assert got["20210105 苏州市公共资源交易中心召开政府集中采购中心工作座谈会"] == date(2020, 12, 25)
    assert got["20201218 2020年全市公共资源交易工作年终务虚会在吴江召开"] == date(2020, 12, 18)


@pytest.mark.parametrize("name, path, source", [
    ("交易信息", "jyxx/tradeInfo.html", "nav"), ("主体信息", "ztxx/mainInfo.html", "nav"),
    ("信用信息", "xyxx/moreinfo.html", "nav"), ("我想了解", "wxlj/moreinfo.html", "nav"),
    ("专题专栏", "ztzl/moreinfo.html", "nav"), ("建设工程", "jyxx/003001/tradeInfo.html", "nav"),
    ("通知公告", "ztzl/028001/moreinfo_new.html", "more"), ("中心动态", "ztzl/028002/moreinfo.html", "more"),
])
def test_the_menus_columns(name, path, source):
    found = {c.name: c for c in find_column_links(*real(PAGE))}
    assert (found[name].url, found[name].source) == (HOME + path, source)
