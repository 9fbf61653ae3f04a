"""A homepage's boxes that show the day the page is served beside rows put up long before (a 12345热线 box of 工单,
今日头条 relaying a province's feed, 今日值班, an interview's day), and its fresh items that show no date (图片新闻 as
one picture and its caption): the dates it shows for them (cms.homepage_dates) and the articles it asks
(cms.undated_leads)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import homepage_dates, parse_list, undated_leads
from govcheck.judge.urls import column_page

URL, AS_OF = "http://www.xx.gov.cn/", date(2026, 12, 1)
STALE = ('<div class="box"><h3>工作动态</h3><ul>' + "".join(
    f'<li><a href="/gzdt/202610/t202610{d:02d}_{d}.html">第{d}条工作动态</a><span>2026-10-{d:02d}</span></li>'
    for d in range(1, 9)) + "</ul></div>")


def read(box: str) -> tuple:
    sel = Selector(text=f"<html><body>{box}{STALE}</body></html>")
    listing = parse_list(sel, URL, as_of=AS_OF)
    return max(d for d in homepage_dates(listing, sel, URL, AS_OF) if d), undated_leads(listing, URL, sel, AS_OF)


def rows(hrefs, shown: str) -> str:
    return "".join(f'<li><a href="{h}">关于群众反映问题的办理情况{n}</a><span>{shown}</span></li>'
                   for n, h in enumerate(hrefs))


TICKETS = [f"/rx12345/gd/58231{n}.html" for n in range(5)]
FEED = [f"/szyw/content_92010{n}.html" for n in range(4)]


@pytest.mark.parametrize("box", [
    f'<div class="rx12345"><div class="hd">12345热线</div><ul>{rows(TICKETS, "2026-12-01")}</ul></div>',
    f'<div class="rx12345"><div class="hd">12345热线</div><ul>{rows(TICKETS, "09:30")}</ul></div>',  # today's time
    '<div class="rx"><table><tr><th>工单标题</th><th>状态</th><th>受理时间</th></tr>' + "".join(
        f'<tr><td><a href="{h}">关于道路破损的诉求{n}</a></td><td>已办结</td><td>2026-12-01</td></tr>'
        for n, h in enumerate(TICKETS)) + "</table></div>",
])
def test_a_box_whose_every_row_shows_the_day_the_page_is_served_dates_nothing_its_articles_tell(box):
    """A 12345热线 box whose template prints the day it draws the box beside every 工单 (as a date, or today's time)
    keeps a stale homepage stale: only the first three 工单's pages tell when they were put up."""
    newest, leads = read(box)
    assert newest == date(2026, 10, 8)
    assert leads == [URL.rstrip("/") + h for h in TICKETS[:3]]


def test_a_relayed_feed_of_todays_dates_asks_its_articles_and_a_duty_row_is_no_item():
    """今日头条 relaying a province's news on the site, each row the day the page is served: its articles tell. A
    今日值班 row, 值班安排 and the day, links a column's page: no item, never asked."""
    feed = f'<div class="jrtt"><div class="hd">今日头条</div><ul>{rows(FEED, "2026-12-01")}</ul></div>'
    duty = ('<div class="zbxx"><div class="hd">今日值班</div><ul><li><a href="/zbap/index.html">值班安排</a>'
            "<span>2026-12-01</span></li><li>带班领导：王建国</li></ul></div>")
    newest, leads = read(feed + duty)
    assert newest == date(2026, 10, 8)
    assert leads == [URL.rstrip("/") + h for h in FEED[:3]]
    assert read(duty) == (date(2026, 10, 8), [])


def test_a_fresh_list_all_of_todays_rows_is_asked_never_taken_for_stale():
    """The site's own news, every row put up on the check day: read alone it dates nothing, but its articles are
    asked, and they say so (the homepage is fresh, or unknown when they cannot be read; never stale). A list with
    one older row keeps its dates."""
    news = "".join(f'<li><a href="/xwdt/content_7700{n}.html">今日新闻{n}</a><span>2026-12-01</span></li>'
                   for n in range(4))
    newest, leads = read(f'<div class="xw"><ul>{news}</ul></div>')
    assert leads == [f"{URL}xwdt/content_7700{n}.html" for n in range(3)]
    older = news + '<li><a href="/xwdt/content_76999.html">昨日新闻</a><span>2026-11-30</span></li>'
    assert read(f'<div class="xw"><ul>{older}</ul></div>') == (date(2026, 12, 1), [])


def test_without_the_inspection_day_a_box_keeps_its_dates():
    sel = Selector(text=f'<div class="rx"><ul>{rows(TICKETS, "2026-12-01")}</ul></div>{STALE}')
    listing = parse_list(sel, URL, as_of=AS_OF)
    assert max(d for d in homepage_dates(listing, sel, URL) if d) == date(2026, 12, 1)
    assert undated_leads(listing, URL, sel) == []


@pytest.mark.parametrize("box", [
    # a picture and its caption, each a link to the article, in a box named for no slide
    '<div class="jrgz"><div class="hd">今日关注</div><div class="pic"><a href="/tpxw/content_51.html">'
    '<img src="/img/1.jpg" alt="市长调研高标准农田建设"></a></div><p class="tit"><a href="/tpxw/content_51.html">'
    "市长调研高标准农田建设</a></p></div>",
    # one link holding the picture and its caption (宜春's home-tpxw item)
    '<div class="home-img"><a href="/tpxw/content_51.html" title="市长调研高标准农田建设"><img src="/img/1.jpg">'
    '<span class="item-name">市长调研高标准农田建设</span></a></div>',
    # the picture alone, its caption in its alt
    '<div class="imgnews"><a href="/tpxw/content_51.html"><img src="/img/1.jpg" alt="市长调研高标准农田建设"></a>'
    "</div>",
])
def test_one_picture_and_its_caption_beside_stale_blocks_is_asked_for_the_date(box):
    """图片新闻 shown as one picture (no carousel, no heading), no date: only its article tells when it was put up."""
    assert read(box) == (date(2026, 10, 8), [f"{URL}tpxw/content_51.html"])


@pytest.mark.parametrize("box", [
    '<div class="header"><a href="/"><img src="/img/logo.png" alt="示范市农业农村局门户网站"></a></div>',  # a logo
    '<div class="zt"><a href="/ztzl/xczx/"><img src="/img/zt.jpg" alt="全面推进乡村振兴专题"></a></div>',  # a 专题
    '<div class="ico"><a href="/tpxw/content_51.html"><img src="/img/i.png" alt="图片"></a></div>',  # no caption
    '<div class="wx"><a href="https://mp.weixin.qq.com/s/abc"><img src="/img/w.jpg" alt="示范农业政务微信公众号"></a>'
    "</div>",  # another site's
])
def test_pictures_that_are_no_news_are_not_asked(box):
    assert read(box) == (date(2026, 10, 8), [])


@pytest.mark.parametrize(("url", "column"), [
    ("http://www.xx.gov.cn/zbap/", True), ("http://www.xx.gov.cn/zbap/index.html", True),
    ("http://www.xx.gov.cn/zbap/list_2.html", True), ("http://www.xx.gov.cn/zbap/content_12.html", False),
    ("http://www.xx.gov.cn/rx/detail.jsp?id=5", False), ("http://www.xx.gov.cn/rx/58231.html", False),
    ("http://www.xx.gov.cn/ztzl/2026/", True), ("http://www.xx.gov.cn/xwdt/123456/", False),  # a folder per article
])
def test_a_column_page_is_told_by_its_address(url, column):
    assert column_page(url) is column


def test_a_row_dated_by_its_address_beside_rows_of_the_inspection_day_keeps_its_date():
    """In a box of the day the page is served, a row that shows no date keeps the one its address carries."""
    box = ('<div class="rx"><ul>' + rows(TICKETS[:3], "2026-12-01")
           + '<li><a href="/rx12345/202611/t20261120_7.html">关于路灯维修的诉求</a></li></ul></div>')
    assert read(box)[0] == date(2026, 11, 20)


@pytest.mark.parametrize("box", [
    # 专题 banners, each a picture linking its folder, the day of its event in its alt (ending or leading it)
    '<div class="ztzl"><ul>' + "".join(f'<li><a href="/ztzl/zt{n}/"><img src="/i/{n}.jpg" alt="农民丰收节庆祝活动'
                                        f'（2026年11月2{n}日）"></a></li>' for n in range(3)) + "</ul></div>",
    '<div class="ztzl"><ul>' + "".join(f'<li><a href="/ztzl/zt{n}/index.html"><img src="/i/{n}.jpg" '
                                        f'alt="2026年11月2{n}日 全市动员大会专题"></a></li>' for n in range(3))
    + "</ul></div>",
    '<div class="ztzl"><ul>' + "".join(f'<li><a href="/ztzl/zt{n}/">全国粮食安全宣传周（2026年11月2{n}日）</a></li>'
                                        for n in range(3)) + "</ul></div>",
])
def test_the_day_a_topics_banner_names_dates_no_item(box):
    """A 专题's page is a column's, no item's: the day its banner's title names is its event's."""
    assert read(box) == (date(2026, 10, 8), [])


def test_an_articles_title_ending_with_its_day_keeps_it():
    box = '<div class="tz"><ul>' + "".join(f'<li><a href="/tzgg/content_90{n}.html">关于冬季农业生产的通知'
                                           f'（2026年11月2{n}日）</a></li>' for n in range(3)) + "</ul></div>"
    assert read(box)[0] == date(2026, 11, 22)


def written(rows: list[tuple[str, str]]) -> str:
    """An empty list an inline script fills from an array of its own (address, date)."""
    data = ", ".join(f'{{"title": "第{n}条", "url": "{u}", "date": "{d}"}}' for n, (u, d) in enumerate(rows))
    return (f'<ul id="feed"></ul><script>var feed = [{data}]; var h = "";\n'
            "for (var i = 0; i < feed.length; i++) { h += '<li><a href=\"' + feed[i].url + '\">' + feed[i].title"
            " + '</a><span>' + feed[i].date + '</span></li>'; }\n"
            "document.getElementById('feed').innerHTML = h;</script>")


WEIBO = [(f"https://weibo.com/7712345678/P{n}", f"2026-11-2{n}") for n in range(4)]


def test_rows_a_script_writes_of_another_sites_posts_date_no_homepage():
    """A 政务微博 box an inline script fills with the account's posts at weibo.com: another site's, as a block of
    them in the markup is. Rows of the site's own, or mixed with them, keep their dates."""
    assert read(f'<div class="zwwb">{written(WEIBO)}</div>') == (date(2026, 10, 8), [])
    own = [(f"/xwdt/content_5500{n}.html", f"2026-11-2{n}") for n in range(3)]
    assert read(f'<div class="xw">{written(own)}</div>')[0] == date(2026, 11, 22)
    assert read(f'<div class="xw">{written(WEIBO[:2] + own[:2])}</div>')[0] == date(2026, 11, 21)


def test_rows_a_script_writes_each_of_the_inspection_day_are_asked_for_their_articles():
    """今日头条 relayed by an inline script whose every row shows the day the page is served: the first three
    articles tell."""
    feed = [(f"/szyw/content_9202{n}.html", "2026-12-01") for n in range(4)]
    assert read(f'<div class="jrtt">{written(feed)}</div>') == (
        date(2026, 10, 8), [f"{URL}szyw/content_9202{n}.html" for n in range(3)])
