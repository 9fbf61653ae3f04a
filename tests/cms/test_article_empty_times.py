"""An article showing its CMS's empty time (1970-01-01 08:00:00, Unix time 0 in Beijing; SQL Server's 1900-01-01
0:00:00) for an item whose time was never set shows no date of its own (govcheck/cms/article.py): its address's, else
none, is read, never the year 1970 (a homepage's month-day given that year reads stale, a list dated by it too)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_article
from govcheck.cms.article import shows_a_date
from govcheck.spiders.date_readers import shown_date
from tests.cms.pages import real_text

URL = "http://www.xx.gov.cn/show.jsp?id=493"  # no date in the address


def page(head: str = "", body: str = "") -> Selector:
    return Selector(text=f"<html><head><title>“茶余”摄影</title>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize("shown", ["1970-01-01 08:00:00", "1970-01-01", "1970年01月01日", "1900-1-1 0:00:00"])
def test_an_empty_time_after_the_label_is_no_date(shown):
    sel = page(body=f"<h1>“茶余”摄影</h1><div class='content_attr'><span>发布日期：<b>{shown}</b></span>"
                    "<span>来源：<b>宋明</b></span></div><div id='zoomcon'><p>震旦鸦雀。</p></div>")
    assert shown_date(sel, URL) is None
    assert parse_article(sel, URL).pub_date is None
    assert shows_a_date(sel)  # a date govcheck does not take: unknown, never "shows no date"


def test_an_empty_time_leaves_the_address_date():
    sel = page(body="<h1>“茶余”摄影</h1><p>发布时间：1970-01-01 08:00:00 来源：县政府办</p><p>图片一组。</p>")
    assert parse_article(sel, "http://www.xx.gov.cn/zjzc/tszc/2018-07-01/493.html").pub_date == date(2018, 7, 1)


def test_an_empty_time_in_the_pubdate_meta_is_no_date():
    sel = page('<meta name="PubDate" content="1970-01-01 08:00:00">',
               "<h1>“茶余”摄影</h1><p>发布时间：1970-01-01 08:00:00　来源：县政府办</p><p>图片一组，供参阅。</p>")
    assert shown_date(sel, URL) is None


def test_the_page_meta_after_an_empty_time_label():
    sel = page('<meta name="PubDate" content="2026-11-24 09:00">',
               "<h1>“茶余”摄影</h1><p>发布时间：1970-01-01 08:00:00　来源：县政府办</p><p>图片一组，供参阅。</p>")
    assert shown_date(sel, URL) == date(2026, 11, 24)


def test_an_empty_time_opening_the_info_line_is_no_date():
    sel = page(body="<h1>“茶余”摄影</h1><div class='info'>1970-01-01 08:00　作者：管理员　点击数：12</div>"
                    "<p>本站讯，近日，县摄影家协会组织会员开展采风活动。</p>")
    assert shown_date(sel, URL) is None


def test_a_related_item_after_the_text_is_not_the_article_s_when_its_own_shows_an_empty_time():
    sel = page(body="<h1>“茶余”摄影</h1><p>发布日期：1970-01-01 08:00:00 来源：宋明</p>"
                    "<p>本站讯，近日，县摄影家协会组织会员开展采风活动，拍摄作品百余幅。</p>"
                    "<div class='xgyd'><h4>相关阅读</h4><ul><li><a href='/a/2.html'>“饭后”摄影</a>"
                    "<span>发布时间：2026-11-20</span></li></ul></div>")
    assert shown_date(sel, URL) is None


def test_a_real_date_of_1970_in_the_text_does_not_hide_the_publication():
    sel = page(body="<h1>县志办简介</h1><p>发布时间：2026-11-24 09:00 来源：县志办</p>"
                    "<p>县志办成立于1970年1月1日，负责全县地方志编纂工作。</p>")
    assert shown_date(sel, URL) == date(2026, 11, 24)


def test_realpage_50_zhecheng_article_showing_the_empty_time():
    """www.zhecheng.gov.cn's 图说柘城 article 493 (EmpireCMS): 发布日期：<b>1970-01-01 08:00:00</b>, its time never
    set; its address's folder says the day it went online, 2018-07-01 (its picture's folder too:
    /d/file/p/2018/07-01/)."""
    sel = Selector(text=real_text("50-zhecheng-epoch-article-2018.html"))
    assert shown_date(sel, None) is None
    assert parse_article(sel, "http://www.zhecheng.gov.cn/zjzc/tszc/2018-07-01/493.html").pub_date == date(2018, 7, 1)
    assert parse_article(sel, URL).pub_date is None
    assert shows_a_date(sel)
