"""Realpage 62: the homepage of www.hangzhou.gov.cn (2018), a Hanweb portal of tables: its 图片新闻 a Flash player
(bcastr) that an inline script feeds from arrays of pictures, links and captions, no slide in its markup."""

from datetime import date

import pytest
from lxml import etree
from parsel import Selector

from govcheck.cms import homepage_dates, parse_list, undated_leads
from govcheck.cms.flash_slides import slide_links
from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real, real_text

PAGE = "62-hangzhou-home-2018.html"
HOME = "http://www.hangzhou.gov.cn/"
AS_OF = date(2018, 3, 21)  # the day after the page was made (its Maketime: 2018-03-20 10:12:31)


def newest(sel, url=HOME, as_of=AS_OF):
    listing = parse_list(sel, url, as_of=as_of)
    return max((d for d in homepage_dates(listing, sel, url, as_of) if d), default=None)


def without_lists() -> Selector:
    """The page without its 头条 and its tab box of 党政动态: the carousel alone shows the site's articles."""
    sel = Selector(text=real_text(PAGE))
    for box in sel.root.xpath("//table[@id='act011' or @id='act012'] | //a[contains(@href, '/art/2018/')]"):
        if box.getparent() is not None:
            box.getparent().remove(box)
    assert not sel.root.xpath("//a[contains(@href, '/art/2018/')]")
    return sel


def test_newest_homepage_item():
    """市委动态's first pane and 政府动态's hidden one both list 2018-03-20's articles, dated by their addresses."""
    assert newest(real(PAGE)[0]) == date(2018, 3, 20)


def test_the_flash_players_slides_are_the_sites_articles_in_its_script():
    assert slide_links(*real(PAGE)) == [HOME + "art/2018/3/2/art_1054955_15683810.html",
                                        HOME + "art/2018/3/9/art_1054955_15935764.html"]  # not minyi.zjzwfw.gov.cn's


def test_the_slides_date_the_homepage_by_their_addresses():
    assert {date(2018, 3, 2), date(2018, 3, 9)} <= set(homepage_dates(parse_list(*real(PAGE), as_of=AS_OF),
                                                                      *real(PAGE), AS_OF))


def test_a_homepage_fresh_by_its_slides_alone_is_fresh():
    """Without its lists, the carousel's newest slide (12 days before) keeps the homepage within its 14 days."""
    assert newest(without_lists()) == date(2018, 3, 9)


def test_the_headline_alone_in_a_cell_and_the_marquees_notice_are_the_homepages_items():
    """The 头条 (a.h_h2 in a table's cell, no heading) and the 政府公报 marquee's one link, by their addresses."""
    dates = homepage_dates(parse_list(*real(PAGE), as_of=AS_OF), *real(PAGE), AS_OF)
    assert {date(2018, 3, 13), date(2017, 7, 27)} <= set(dates)


def test_a_homepage_fresh_by_its_headline_alone_is_fresh():
    """Without its lists and its carousel, the 头条 over them (8 days before) keeps the homepage within its 14 days."""
    sel = Selector(text=real_text(PAGE))
    for box in sel.root.xpath("//table[@id='act011' or @id='act012'] | //script"):
        box.getparent().remove(box)
    assert newest(sel) == date(2018, 3, 13)


def test_a_slide_at_an_address_without_a_date_is_asked_as_a_headline():
    script = real_text(PAGE).replace("/art/2018/3/9/art_1054955_15935764.html", "/xwzx/tpxw/15935764.html")
    sel = Selector(text=script)
    assert HOME + "xwzx/tpxw/15935764.html" in undated_leads(parse_list(sel, HOME, as_of=AS_OF), HOME, sel, AS_OF)


def test_the_marquee_and_the_weather_frame_date_nothing_newer():
    """The 政府公报 marquee's one link (2017-07-27) and the weather iframe (another host) add no newer day."""
    assert newest(real(PAGE)[0]) == date(2018, 3, 20)
    assert real(PAGE)[0].xpath("//iframe/@src").get() == "http://www.hzqx.com/hztq/weather1"


@pytest.mark.parametrize("name", ["走进杭州", "党政动态", "信息公开", "互动平台", "党政领导", "文件公告", "大事记"])
def test_the_left_menu_and_the_sub_menu_are_columns(name):
    assert name in {c.name for c in find_column_links(*real(PAGE)) if c.source == "nav"}


def test_the_saved_page_is_the_stored_copys_first_part():
    text = real_text(PAGE)
    assert text.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"')
    assert etree.HTML(text.encode()).xpath("count(//table[@class='h_news1'])") == 2
