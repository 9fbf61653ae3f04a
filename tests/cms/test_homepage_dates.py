"""The item dates a homepage shows (govcheck.cms.homepage_dates): beside its dated lists, its lists of titles alone,
each dated by its article's address."""

from datetime import date, timedelta

import pytest
from parsel import Selector

from govcheck.cms import future_leads, homepage_dates, parse_list, undated_leads
from govcheck.cms.script_rows import loads_unread
from tests.cms.pages import real


def test_a_homepage_counts_its_lists_of_titles_alone_beside_its_dated_ones():
    """A block of notices dated only by their addresses, fresher than the blocks that show dates, dates the
    homepage (its items are no column's list: a column page's lists of titles alone beside a dated list are not)."""
    dated = "".join(f'<li><a href="/xw/202611/t202611{d:02d}_{d}.html">要闻{d}</a><span>2026-11-{d:02d}</span></li>'
                    for d in (1, 2, 3, 4, 5))
    notices = "".join(f'<li><a href="/c/2026-11-{d:02d}/{d}.html">通知{d}</a></li>' for d in (20, 21, 22, 23))
    html = f'<div class="yw"><ul>{dated}</ul></div><div class="tzgg"><ul>{notices}</ul></div>'
    listing = parse_list(Selector(text=html), "http://www.xx.gov.cn/", as_of=date(2026, 11, 26))
    assert max(i.date for i in listing.items) == date(2026, 11, 5)
    assert max(d for d in homepage_dates(listing) if d) == date(2026, 11, 23)


def test_realpage_29_the_notices_dated_by_their_addresses_count():
    listing = parse_list(*real("29-cwl-home-2020.html"), as_of=date(2021, 1, 2))
    (notices,) = [b for b in listing.blocks if any(i.url.endswith("/c/2020-12-23/478618.html") for i in b.items)]
    assert (notices.picked, notices.shown, len(notices.items)) == (False, 0, 12)
    assert max(d for d in homepage_dates(listing) if d) == date(2020, 12, 29)
    assert len(homepage_dates(listing)) - len(listing.items) >= 12


def test_a_small_dated_block_beside_larger_lists_dates_the_homepage():
    """领导活动's three items beside two lists of eight: a column page would leave such a box out as a sidebar, but on
    the homepage every dated item is one the homepage shows."""
    def block(folder, days):
        return "<ul>" + "".join(f'<li><a href="/{folder}/202610/t202610{d:02d}_{d}.html">{folder}的第{d}条消息标题</a>'
                                f"<span>2026-10-{d:02d}</span></li>" for d in days) + "</ul>"

    leaders = "".join(f'<li><a href="/ldhd/202611/t202611{d}_{d}.html">领导活动的第{d}条消息</a>'
                      f"<span>2026-11-{d}</span></li>" for d in (27, 25, 20))
    html = (f'<div class="a">{block("ywdt", range(1, 9))}</div><div class="b">{block("tzgg", range(2, 10))}</div>'
            f'<div class="c"><ul>{leaders}</ul></div>')
    listing = parse_list(Selector(text=html), "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing) if d) == date(2026, 11, 27)


@pytest.mark.parametrize("widget", [
    '<li><a href="/tq/">道真天气</a> 2026年12月01日 星期二 小雨 3~8℃</li>',
    '<li><a href="/rl/">万年历</a> 2026-12-01 农历十月十二</li>',
])
def test_a_clock_or_weather_row_beside_a_link_dates_no_item(widget):
    news = "".join(f'<li><a href="/xw/202610/t202610{d:02d}_{d}.html">要闻{d}</a><span>2026-10-{d:02d}</span></li>'
                   for d in (1, 2, 3, 4, 5))
    html = f'<div class="tool"><ul>{widget}</ul></div><div class="yw"><ul>{news}</ul></div>'
    listing = parse_list(Selector(text=html), "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing) if d) == date(2026, 10, 5)


@pytest.mark.parametrize("newest", [30, 1])  # the newest put up on the check date too: no clock
def test_a_list_whose_rows_show_their_weekdays_keeps_their_dates(newest):
    days = [date(2026, 11, 30) if newest == 30 else date(2026, 12, 1), date(2026, 11, 27), date(2026, 11, 23)]
    news = "".join(f'<li><a href="/xw/{d.day}.html">要闻{d.day}</a><span>{d.isoformat()} '
                   f'星期{"一二三四五六日"[d.weekday()]}</span></li>' for d in days)
    listing = parse_list(Selector(text=f'<div class="yw"><ul>{news}</ul></div>'), "http://www.xx.gov.cn/",
                         as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing) if d) == days[0]


def test_a_block_a_hanweb_module_fills_counts_beside_the_pages_own_blocks():
    """A <datastore> of old records (a Hanweb module's block) on a homepage whose own blocks are fresh: all count."""
    fresh = "".join(f'<li><a href="/art/2026/11/{d}/art_1_{d}.html">要闻{d}</a><span>2026-11-{d:02d}</span></li>'
                    for d in (21, 22, 23, 24, 25))
    records = "".join(f'<record><![CDATA[<li><a href="/art/2026/6/{d}/art_2_{d}.html">人事{d}</a>'
                      f"<span>2026-06-{d:02d}</span></li>]]></record>" for d in (26, 27, 28, 29, 30))
    html = (f'<html><body><div class="yw"><ul>{fresh}</ul></div><div id="41003"><script type="text/xml">'
            f"<datastore><recordset>{records}</recordset></datastore></script></div></body></html>")
    sel, url = Selector(text=html), "http://www.xx.gov.cn/"
    listing = parse_list(sel, url, as_of=date(2026, 11, 26))
    assert listing.family == "hanweb" and max(i.date for i in listing.items) == date(2026, 6, 30)
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 11, 26)) if d) == date(2026, 11, 25)


@pytest.mark.parametrize(("script", "newest"), [
    # a block an inline script fills from an array of its own
    ('var news = [{"title": "要闻一", "url": "/xw/1.html", "date": "2026-11-25"}, {"title": "要闻二", "url": '
     '"/xw/2.html", "date": "2026-11-20"}, {"title": "要闻三", "url": "/xw/3.html", "date": "2026-11-18"}];'
     "var h = ''; for (var i = 0; i < news.length; i++) { h += '<li><a href=\"' + news[i].url + '\">' + "
     "news[i].title + '</a><span>' + news[i].date + '</span></li>'; } document.getElementById('yw').innerHTML = h;",
     date(2026, 11, 25)),
    # rows written one by one
    ("document.write('<li><a href=\"/xw/1.html\">要闻一</a><span>2026-11-24</span></li>');"
     "document.write('<li><a href=\"/xw/2.html\">要闻二</a><span>2026-11-22</span></li>');"
     "document.write('<li><a href=\"/xw/3.html\">要闻三</a><span>2026-11-21</span></li>');", date(2026, 11, 24)),
    # a script per row
    ("document.write('<li><a href=\"/xw/1.html\">要闻一</a><span>2026-11-23</span></li>');</script><script>"
     "document.write('<li><a href=\"/xw/2.html\">要闻二</a><span>2026-11-22</span></li>');</script><script>"
     "document.write('<li><a href=\"/xw/3.html\">要闻三</a><span>2026-11-21</span></li>');", date(2026, 11, 23)),
    # a Vue template's rows (<li v-for>) the script mounts with its data: Vue 2's and Vue 3's
    ("new Vue({ el: '#yw', data: { news: [{title: '要闻一', url: '/xw/1.html', date: '2026-11-25'}, {title: '要闻二', "
     "url: '/xw/2.html', date: '2026-11-20'}, {title: '要闻三', url: '/xw/3.html', date: '2026-11-18'}] } });",
     date(2026, 11, 25)),
    ("Vue.createApp({ data() { return { news: [{title: '要闻一', url: '/xw/1.html', date: '2026-11-24'}, "
     "{title: '要闻二', url: '/xw/2.html', date: '2026-11-20'}, {title: '要闻三', url: '/xw/3.html', "
     "date: '2026-11-18'}] }; } }).mount('#yw');", date(2026, 11, 24)),
    # a clock and a holiday notice: no rows
    ("var d = new Date(); document.getElementById('clock').innerHTML = d.getFullYear() + '年';", date(2026, 9, 30)),
    ("var start = '2026-11-20', end = '2026-11-25', home = '2026-11-26'; if (now > start) show();", date(2026, 9, 30)),
])
def test_the_rows_an_inline_script_writes_count(script, newest):
    old = "".join(f'<li><a href="/tz/{d}.html">通知{d}</a><span>2026-09-{d:02d}</span></li>' for d in (26, 28, 30))
    html = f'<html><body><ul id="yw"></ul><script>{script}</script><div class="tz"><ul>{old}</ul></div></body></html>'
    sel, url = Selector(text=html), "http://www.xx.gov.cn/"
    listing = parse_list(sel, url, as_of=date(2026, 11, 26))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 11, 26)) if d) == newest


@pytest.mark.parametrize("box", [
    '<div class="weather"><ul><li><a href="/tq.html">城区天气</a> 11-26 周四 晴转多云 2/12°C</li></ul></div>',
    '<div class="ft"><p>版权所有：示范市教育局 <a href="/wzdt/">网站地图</a> 网站更新时间：2026-11-26</p></div>',
    '<table class="bottom"><tr><td>主办：示范市人民政府 <a href="/lxwm/">联系我们</a> 赣ICP备05001234号 '
    "更新日期：2026年11月26日</td></tr></table>",
    # a bar of tools: scripts (设为首页, 加入收藏), a link (手机版), then the site's update time
    '<div class="gjl"><a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> | '
    '<a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | <a href="/wza/">无障碍</a> | '
    '<a href="/m/">手机版</a> 网站更新时间：2026-11-26</div>',
])
def test_todays_date_in_a_weather_row_or_the_sites_own_line_dates_no_item(box):
    old = "".join(f'<li><a href="/tz/{d}.html">通知{d}</a><span>2026-11-{d:02d}</span></li>' for d in (2, 4, 6))
    html = f'<html><body>{box}<div class="tz"><ul>{old}</ul></div></body></html>'
    sel, url = Selector(text=html), "http://www.xx.gov.cn/"
    listing = parse_list(sel, url, as_of=date(2026, 11, 26))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 11, 26)) if d) == date(2026, 11, 6)


def test_the_panes_of_a_settab_box_are_read_though_their_ids_say_menu():
    """setTab('menu', i, n) switches panes con_menu_1, con_menu_2 …: their rows are the homepage's, not a menu's."""
    def pane(i, days):
        rows = "".join(f'<li><a href="/p{i}/a{d}.html">第{i}栏的第{d}条消息标题</a><span>2026-11-{d:02d}</span></li>'
                       for d in days)
        hidden = "" if i == 1 else ' style="display:none"'
        return f'<div id="con_menu_{i}"{hidden}><ul>{rows}</ul></div>'

    old = "".join(f'<li><a href="/zcwj/a{d}.html">政策文件第{d}条标题</a><span>2026-09-{d:02d}</span></li>'
                  for d in range(1, 6))
    html = ('<div id="Tab1"><div class="Menubox"><ul><li id="menu1" onmouseover="setTab(\'menu\',1,2)">通知公告</li>'
            '<li id="menu2" onmouseover="setTab(\'menu\',2,2)">工作动态</li></ul></div>'
            f'<div class="Contentbox">{pane(1, range(1, 6))}{pane(2, range(20, 27))}</div></div>'
            f'<div class="zcwj"><ul>{old}</ul></div>')
    listing = parse_list(Selector(text=html), "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing) if d) == date(2026, 11, 26)


@pytest.mark.parametrize("block", [
    # a <div> per row: a [类别] tag, the title, [解读] and [图解], the date
    "".join(f'<div class="zc-row"><a href="/zwgk/">[县政府文件]</a><a href="/zwgk/{d}.html">'
            f'关于印发第{d}项实施方案的通知</a><a href="/jd/{d}.html">[解读]</a><a href="/tj/{d}.html">【图解】</a>'
            f"<span>2026-11-{d}</span></div>" for d in (28, 27, 26, 25)),
    # one <dl>: each title a <dt>, its summary a <dd>, its date the next <dd>
    '<dl class="newslist">' + "".join(f'<dt><a href="/xwzx/{d}.html">全县召开第{d}次安全生产会议</a></dt>'
                                      '<dd class="zy">会议强调，要坚决守牢安全生产底线……</dd>'
                                      f'<dd class="sj">2026-11-{d}</dd>' for d in (28, 27, 26, 25)) + "</dl>",
])
def test_rows_with_tag_links_or_a_summary_before_their_date_date_the_homepage(block):
    old = "".join(f'<li><a href="/tzgg/{d}.html">关于做好第{d}项工作的通知</a><span>2026-10-{d:02d}</span></li>'
                  for d in range(10, 17))
    sel = Selector(text=f'<div class="a"><ul>{old}</ul></div><div class="b">{block}</div>')
    listing = parse_list(sel, "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, "http://www.xx.gov.cn/", date(2026, 12, 1)) if d) == date(
        2026, 11, 28)
    assert {i.title for i in listing.items if i.date == date(2026, 11, 28)} <= {"关于印发第28项实施方案的通知",
                                                                              "全县召开第28次安全生产会议"}


def test_a_block_of_another_sites_news_does_not_date_the_homepage():
    """国务院要闻 at www.gov.cn, a province's news at its portal: not this site's updates. Its own, at a department's
    subdomain or a relative address, are."""
    own = "".join(f'<li><a href="/xw/{d}.html">县政府召开第{d}次常务会议</a><span>2026-10-{d:02d}</span></li>'
                  for d in range(10, 16))
    state = "".join(f'<li><a href="https://www.gov.cn/yaowen/2026-11/{d}/content_{d}.htm">国务院要闻第{d}条</a>'
                    f"<span>2026-11-{d}</span></li>" for d in range(24, 30))
    dept = "".join(f'<li><a href="http://jyj.xx.gov.cn/xw/{d}.html">部门动态第{d}条</a><span>2026-10-{d}</span></li>'
                   for d in range(20, 23))
    sel = Selector(text=f'<div class="a"><ul>{own}</ul></div><div class="b"><ul>{state}</ul></div>'
                        f'<div class="c"><ul>{dept}</ul></div>')
    listing = parse_list(sel, "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, "http://www.xx.gov.cn/", date(2026, 12, 1)) if d) == date(
        2026, 10, 22)
    sel, url = real("33-zhecheng-home-2018.html")  # its www.gov.cn tab (07-25) is older than its own news (07-27)
    listing = parse_list(sel, url, as_of=date(2018, 7, 28))
    assert max(d for d in homepage_dates(listing, sel, url, date(2018, 7, 28)) if d) == date(2018, 7, 27)


def test_the_first_article_of_each_block_dating_none_of_its_items_is_asked_for_the_date():
    """A 最新文件 table of 成文日期 alone and a list of titles alone at undated addresses: only their first articles
    tell when they were last added to. Not a block its addresses date, a dated one, another site's, nor one of links
    to pages that are no articles."""
    dated = "".join(f'<li><a href="/xw/{d}.html">要闻{d}</a><span>2026-11-{d:02d}</span></li>' for d in (1, 2, 3))
    files = "".join(f'<tr><td><a href="/zcwj/content_{n}.html">关于印发第{n}号文件的通知</a></td><td>示政〔2026〕{n}号'
                    f"</td><td>2026-10-{n:02d}</td></tr>" for n in (9, 8, 7))
    titles = "".join(f'<li><a href="/show.asp?id={n}">镇村动态第{n}条</a></li>' for n in (52, 51, 50))
    by_address = "".join(f'<li><a href="/tz/202611/t202611{d:02d}_{d}.html">通知{d}</a></li>' for d in (4, 5, 6))
    away = "".join(f'<li><a href="https://www.gov.cn/xinwen/show.asp?id={n}">要闻{n}</a></li>' for n in (1, 2, 3))
    topics = "".join(f'<li><a href="/zt/{n}/index.html">专题{n}</a></li>' for n in (1, 2, 3))
    html = (f'<div class="a"><ul>{dated}</ul></div><div class="b"><table><tr><th>标题</th><th>文号</th>'
            f'<th>成文日期</th></tr>{files}</table></div><div class="c"><ul>{titles}</ul></div>'
            f'<div class="d"><ul>{by_address}</ul></div><div class="e"><ul>{away}</ul></div>'
            f'<div class="f"><ul>{topics}</ul></div>')
    url = "http://www.xx.gov.cn/"
    listing = parse_list(Selector(text=html), url, as_of=date(2026, 12, 1))
    assert undated_leads(listing, url) == [*(f"http://www.xx.gov.cn/zcwj/content_{n}.html" for n in (9, 8, 7)),
                                           *(f"http://www.xx.gov.cn/show.asp?id={n}" for n in (52, 51, 50))]


def test_an_undated_block_under_an_old_article_pinned_on_top_asks_the_next_ones_too():
    """A block of titles alone whose first is an old article pinned on top ([置顶]): its newest is among the next,
    as a column's undated list is read (up to three articles a block)."""
    pinned = '<li><span class="zd">[置顶]</span><a href="/Article/ShowArticle.asp?ArticleID=7">年度工作要点</a></li>'
    rows = pinned + "".join(f'<li><a href="/Article/ShowArticle.asp?ArticleID={n}">工作动态第{n}条</a></li>'
                            for n in (120, 119, 118, 117))
    url = "http://www.xx.gov.cn/"
    listing = parse_list(Selector(text=f'<div class="a"><ul>{rows}</ul></div>'), url, as_of=date(2026, 12, 1))
    assert undated_leads(listing, url) == [f"{url}Article/ShowArticle.asp?ArticleID={n}" for n in (7, 120, 119)]


def test_a_dated_card_over_a_block_dates_the_homepage():
    """A block's newest shown as a card over its rows (a picture, its heading, its date, a summary) dates the
    homepage; one of another site's articles does not."""
    rows = "".join(f'<li><a href="/gzdt/content_{d}.html">动态{d}</a><span>2026-11-{d:02d}</span></li>'
                   for d in (9, 8, 7))

    def card(href):
        return (f'<div class="news-top"><a href="{href}"><img src="/img/t.jpg"></a><div class="txt"><h3>'
                f'<a href="{href}">全县冬季安全生产工作会议召开</a></h3><p class="time">2026-11-28</p>'
                "<p>会议总结了全年工作……</p></div></div>")

    url = "http://www.xx.gov.cn/"
    for href, newest in (("/gzdt/content_28.html", date(2026, 11, 28)),
                         ("http://www.gov.cn/yaowen/content_28.html", date(2026, 11, 9))):
        sel = Selector(text=f'<div class="block"><h3>工作动态</h3>{card(href)}<ul>{rows}</ul></div>')
        listing = parse_list(sel, url, as_of=date(2026, 12, 1))
        assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == newest


def test_rows_whose_links_only_a_script_file_opens_date_the_homepage():
    """openDoc(id), a function of a script file: no address govcheck can follow, but the title and date are shown.
    Two such links are no list (the notices a script opens, dated the days of what they announce)."""
    rows = "".join(f'<li><a href="javascript:void(0);" onclick="openDoc(\'{d}\')">林业动态第{d}期</a>'
                   f"<span>2026-11-{d:02d}</span></li>" for d in (29, 26, 22))
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    html = (f'<script src="/js/opendoc.js"></script><div class="a"><ul>{rows}</ul></div>'
            f'<div class="b"><ul>{old}</ul></div>')
    url = "http://www.ly.gov.cn/"
    one = ('<div class="tz"><ul>' + "".join(f'<li><a href="javascript:void(0)" onclick="openNotice({k})">系统维护公告'
                                             f"</a><span>2026-12-0{k}</span></li>" for k in (1, 2))
           + f'</ul></div><div class="b"><ul>{old}</ul></div>')
    for page, newest in ((html, date(2026, 11, 29)), (one, date(2026, 10, 9))):
        sel = Selector(text=page)
        listing = parse_list(sel, url, as_of=date(2026, 12, 1))
        assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == newest


def test_rows_without_a_link_that_a_click_opens_date_the_homepage():
    """<tr onclick="window.open('…')">: a title and a date in cells, no <a>. A clock's row that a click opens (today's
    date and its weekday) dates nothing."""
    rows = "".join(f'<tr onclick="window.open(\'/slyw/content_{d}.html\')"><td>水利要闻第{d}期</td>'
                   f"<td>2026-11-{d:02d}</td></tr>" for d in (30, 27, 24))
    clock = '<div class="top"><p onclick="showWeather()">2026年12月01日 星期二 晴 3~8℃</p></div>'
    # a banner a click opens: one row, no list (an event's day)
    banner = '<div class="banner" onclick="location.href=\'/zt/\'">全县第十届农民运动会 2026年12月1日开幕</div>'
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    url = "http://www.slj.gov.cn/"
    for html, newest in ((f"<table>{rows}</table><ul>{old}</ul>", date(2026, 11, 30)),
                         (f"{clock}<ul>{old}</ul>", date(2026, 10, 9)),
                         (f"{banner}<ul>{old}</ul>", date(2026, 10, 9))):
        sel = Selector(text=html)
        listing = parse_list(sel, url, as_of=date(2026, 12, 1))
        assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == newest


@pytest.mark.parametrize("row", [
    '<li data-url="/yw/{n}.html"><span class="tit">要闻第{n}期</span><span class="time">{day}</span></li>',
    '<div class="item" data-href="/art/2026/11/{d}/art_12_{n}.html"><p>要闻第{n}期</p><p>{day}</p></div>',
    '<li><a href="#" data-url="/yw/{n}.html">要闻第{n}期</a><em>{day}</em></li>',
    """<li style="cursor:pointer" onclick="newsDetail({n}, 1)"><a>要闻第{n}期</a><span>{day}</span></li>""",
    # the article's id alone, its address built by a script bound to the list: dates shown, no address to follow
    '<li data-id="{n}"><span class="title">要闻第{n}期</span><span class="date">{day}</span></li>',
])
@pytest.mark.parametrize("days", [(30, 27, 24), None])  # fresh, or as stale as the rest
def test_rows_a_click_opens_by_a_data_url_or_around_a_bare_a_date_the_homepage(row, days):
    """Rows whose address is in no href (a data-url a script bound to the list opens; a row's own onclick around an
    <a> without href, by a function of the page): what the homepage shows in them dates it, fresh or stale."""
    shown = [date(2026, 11, d) for d in days] if days else [date(2026, 10, d) for d in (7, 6, 5)]
    rows = "".join(row.format(n=100 + k, d=d.day, day=d.isoformat()) for k, d in enumerate(shown))
    opener = '<script>function newsDetail(id, t) { window.location.href = "/yw/" + id + ".html"; }</script>'
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    url = "http://www.kjj.gov.cn/"
    sel = Selector(text=f'<div class="yw"><ul>{rows}</ul></div>{opener}<ul>{old}</ul>')
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == max(
        shown[0], date(2026, 10, 9))



@pytest.mark.parametrize("row", [
    '<tr onclick="window.open(\'/slyw/content_{n}.html\')"><td>水利要闻第{n}期</td><td>{day}</td></tr>',
    '<li data-url="/yw/{n}.html"><span class="tit">要闻第{n}期</span><span class="time">{day}</span></li>',
    '<div class="item" data-href="/art/2026/11/{d}/art_12_{n}.html"><p>要闻第{n}期</p><p>{day}</p></div>',
    """<li style="cursor:pointer" onclick="newsDetail({n}, 1)"><a>要闻第{n}期</a><span>{day}</span></li>""",
    '<li data-id="{n}"><span class="title">要闻第{n}期</span><span class="date">{day}</span></li>',
])
def test_each_row_a_click_opens_dates_the_homepage_once(row):
    """A row a click opens to an address govcheck reads is a row of the page's list and a clicked row both: its
    date is one item the homepage shows, counted once (as a row the address of which only the list's script knows)."""
    shown = [date(2026, 11, d) for d in (30, 27, 24)]
    rows = "".join(row.format(n=100 + k, d=d.day, day=d.isoformat()) for k, d in enumerate(shown))
    box = {"<tr": f"<table>{rows}</table>", "<li": f'<div class="yw"><ul>{rows}</ul></div>'}.get(
        row[:3], f'<div class="yw">{rows}</div>')
    opener = '<script>function newsDetail(id, t) { window.location.href = "/yw/" + id + ".html"; }</script>'
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    url = "http://www.kjj.gov.cn/"
    sel = Selector(text=f"{box}{opener}<ul>{old}</ul>")
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert sorted(homepage_dates(listing, sel, url, date(2026, 12, 1))) == [date(2026, 10, 8), date(2026, 10, 9),
                                                                             *sorted(shown)]

def test_a_headline_over_the_blocks_is_asked_for_the_date():
    """A 头条, a title alone in an <h2>, <h3> (or a box named toutiao) at an undated address: only its article tells
    when it was put up, so a stale-reading homepage asks it first. Not a heading's link to a column or the homepage,
    nor a headline a dated block lists, nor another site's."""
    old = "".join(f'<li><a href="/tzgg/202610/t202610{d:02d}_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>'
                  for d in (1, 2, 3))
    html = ('<div class="logo"><h1><a href="/">示范市交通运输局</a></h1></div>'
            '<div class="toutiao"><h2><a href="/jtyw/content_210009.html">全市交通运输工作会议召开</a></h2>'
            '<p>会议总结了全年工作……</p></div>'
            '<div class="tt2"><div class="toutiao"><a href="https://www.gov.cn/yaowen/content_1.html">国务院要闻</a>'
            '</div></div><h2><a href="/tzgg/index.html">通知公告</a></h2>'
            f'<h2><a href="/tzgg/202610/t20261001_1.html">通知1</a></h2><div class="tz"><ul>{old}</ul></div>')
    url = "http://www.jt.gov.cn/"
    sel = Selector(text=html)
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert undated_leads(listing, url, sel) == ["http://www.jt.gov.cn/jtyw/content_210009.html"]
    assert undated_leads(listing, url) == []  # without the page, the blocks alone
    # the same in an <h3> of a box of no such name
    sel = Selector(text=html.replace('<div class="toutiao"><h2>', '<div class="news-top"><h3>').replace(
        "</a></h2><p>会议", "</a></h3><p>会议"))
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert undated_leads(listing, url, sel) == ["http://www.jt.gov.cn/jtyw/content_210009.html"]


@pytest.mark.parametrize(("script", "unread"), [
    # a tab's pane jQuery loads from the address the tab names: no address in the script
    ("$('#pane').load($('.tabhd li.on').data('url'));", True),
    ("fetch(tab.getAttribute('data-url')).then(function(r){ return r.text(); });", True),
    ("$('#pane').load('/inc/zwyw.html');", False),  # an address govcheck reads as one of the homepage's parts
    ("var d = new Date(); document.getElementById('clock').innerText = d;", False),  # loads nothing
])
def test_scripts_that_load_what_only_a_browser_reads(script, unread):
    sel = Selector(text='<ul class="tabhd"><li class="on" data-url="/inc/zwyw.html">要闻</li></ul>'
                        f'<div id="pane"></div><script>{script}</script>')
    assert loads_unread(sel, "http://www.xx.gov.cn/") is unread



def test_a_carousel_built_from_a_json_data_island_dates_the_homepage():
    """<ul id="focus"></ul>, the items a script file builds it from in <script type="application/json">; linked
    data (ld+json) describes the page, not what it lists."""
    island = ('[{"title":"县政府召开常务会议","url":"/ldhd/1.html","pubDate":"2026-11-30 10:00:00"},'
              '{"title":"县领导调研乡村振兴","url":"/ldhd/2.html","pubDate":"2026-11-27 09:00:00"}]')
    ld = '{"@type":"WebPage","datePublished":"2026-11-29","url":"/","name":"首页"}'
    old = "".join(f'<li><a href="/xw/202610/t202610{d:02d}_{d}.html">要闻{d}</a><span>2026-10-{d:02d}</span></li>'
                  for d in (1, 2, 3))
    html = (f'<ul id="focus"></ul><script type="application/json" id="focus-data">{island}</script>'
            f'<script src="/js/focus.js"></script><script type="application/ld+json">{ld}</script>'
            f'<div class="yw"><ul>{old}</ul></div>')
    sel = Selector(text=html)
    listing = parse_list(sel, "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    dates = homepage_dates(listing, sel, "http://www.xx.gov.cn/", date(2026, 12, 1))
    assert max(d for d in dates if d) == date(2026, 11, 30)
    assert date(2026, 11, 29) not in dates


_ISLAND = ('[{"title":"县政府召开常务会议","url":"/ldhd/1.html","pubDate":"2026-11-30 10:00:00"},'
           '{"title":"县领导调研乡村振兴","url":"/ldhd/2.html","pubDate":"2026-11-27 09:00:00"}]')
_ROWS = ('<li><a href="/ldhd/1.html">县政府召开常务会议</a><span>2026-11-30</span></li>'
         '<li><a href="/ldhd/2.html">县领导调研乡村振兴</a><span>2026-11-27</span></li>')


@pytest.mark.parametrize(("island", "newest"), [
    # a hidden <textarea> of JSON an inline script builds the list from, element by element
    (f'<textarea id="jc-data" style="display:none">{_ISLAND}</textarea>', date(2026, 11, 30)),
    # one of the list's rows, put into the empty list as they are
    (f'<textarea id="tpl" style="display:none">{_ROWS}</textarea>', date(2026, 11, 30)),
    (f'<script type="text/template" id="tpl">{_ROWS}</script>', date(2026, 11, 30)),
    (f'<script type="text/html" id="tpl">{_ROWS}</script>', date(2026, 11, 30)),
    # a template of placeholders, filled from data loaded elsewhere: no date of its own
    ('<script type="text/template" id="tpl"><li><a href="{{url}}">{{title}}</a><span>{{date}}</span></li></script>',
     date(2026, 10, 3)),
    # a form's field a visitor fills (a 留言 form's text, its example)
    (f'<form action="/hdjl/submit"><textarea name="content">{_ROWS}</textarea></form>', date(2026, 10, 3)),
])
def test_a_list_a_script_fills_from_a_textarea_or_a_template_dates_the_homepage(island, newest):
    """An empty list an inline script fills from data kept in the page: a hidden <textarea>'s JSON or rows, a
    <script type="text/template">'s rows. What it shows, its dates tell, with no browser to draw it."""
    old = "".join(f'<li><a href="/xw/202610/t202610{d:02d}_{d}.html">要闻{d}</a><span>2026-10-{d:02d}</span></li>'
                  for d in (1, 2, 3))
    html = (f'<div class="jc"><ul id="jc-list"></ul>{island}</div><script>var d = document.getElementById("tpl");'
            f'</script><div class="yw"><ul>{old}</ul></div>')
    sel = Selector(text=html)
    listing = parse_list(sel, "http://www.xx.gov.cn/", as_of=date(2026, 12, 1))
    dates = homepage_dates(listing, sel, "http://www.xx.gov.cn/", date(2026, 12, 1))
    assert max(d for d in dates if d) == newest


def test_a_platforms_subsite_leaves_out_its_platforms_blocks_on_its_homepage():
    """A department at /site/sjj/ of the city's platform shows the city's 要闻 (its articles at the city's /art/)
    beside its own blocks: the city's news, not an update of the department's homepage. A site at its host's root,
    or a subsite none of whose blocks lists its folder's pages, keeps them all."""
    city = "".join(f'<li><a href="/art/2026/11/{d}/art_13_{d}.html">市政府要闻第{d}条消息</a>'
                   f"<span>2026-11-{d:02d}</span></li>" for d in (25, 24, 23, 22, 21))
    own = "".join(f'<li><a href="/site/sjj/col/sjdt/202610/t202610{d:02d}_{d}.html">审计动态第{d}条消息</a>'
                  f"<span>2026-10-{d:02d}</span></li>" for d in (15, 12, 9, 6, 3))
    html = (f'<div class="city-news"><h3>市政府要闻</h3><ul>{city}</ul></div>'
            f'<div class="sjdt"><h3>审计动态</h3><ul>{own}</ul></div>')
    url = "http://www.sfcity.gov.cn/site/sjj/index.html"
    listing = parse_list(Selector(text=html), url, as_of=date(2026, 11, 26))
    assert max(homepage_dates(listing, url=url)) == date(2026, 11, 25)
    assert max(homepage_dates(listing, url=url, folder="www.sfcity.gov.cn/site/sjj/")) == date(2026, 10, 15)
    # a Hanweb platform's department (/col/col1001/): every site's articles under /art/, no block in its folder
    assert max(homepage_dates(listing, url=url, folder="www.sfcity.gov.cn/col/col1001/")) == date(2026, 11, 25)


def _module(unit: int, col: int, days: list[tuple[int, int]]) -> str:
    records = "".join(f'<record><![CDATA[<li><a href="/art/2026/{m}/{d}/art_{col}_{d}.html">第{d}条信息的标题</a>'
                      f"<span>2026-{m:02d}-{d:02d}</span></li>]]></record>" for m, d in days)
    return (f'<div id="{unit}"><script type="text/xml"><datastore><recordset>{records}</recordset></datastore>'
            f'</script></div><script>$("#{unit}").jpage({{totalRecord: 30}});</script>')


def test_every_hanweb_module_of_a_homepage_dates_it():
    """A Hanweb homepage whose blocks are modules, each a datastore of its own unit: a column's page reads its own
    (the largest), a homepage every one, the small fresh 工作动态 beside the larger stale 通知公告 too."""
    from datetime import date

    from parsel import Selector

    from govcheck.cms import homepage_dates, parse_list
    from govcheck.cms.hanweb import store_blocks

    url = "http://www.sfxx.gov.cn/index.html"
    sel = Selector(text="<html><body>" + _module(4061, 2002, [(11, 30), (11, 27)])
                   + _module(4062, 2003, [(9, d) for d in range(20, 1, -2)]) + "</body></html>")
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert max(i.date for i in listing.items) == date(2026, 9, 20)  # the page's list: the largest module
    assert [len(b.items) for b in store_blocks(sel, url)] == [2, 10]
    assert max(homepage_dates(listing, sel, url, date(2026, 12, 1))) == date(2026, 11, 30)


def _tooltip_row(ident: int, title: str, tip: str, pinned: bool = False) -> str:
    mark = '<font color="red">[固顶]</font>' if pinned else ""
    return (f'<li>{mark}<a href="/Article/ShowArticle.asp?ArticleID={ident}" title="文章标题：{title}&#13;&#10;'
            f'作&nbsp;&nbsp;者：办公室&#13;&#10;{tip}&#13;&#10;点击数：123" target="_blank">{title}</a></li>')


def test_titles_alone_dated_by_their_links_tooltips_date_the_homepage():
    """动易's lists write each article's 更新时间 in its link's title attribute, the page showing titles alone: an old
    article pinned on top does not make the homepage stale."""
    rows = [_tooltip_row(7, "民政局年度工作要点", "更新时间：2025-3-1 10:12:11", pinned=True)] + [
        _tooltip_row(100 + d, f"民政局开展第{d}项工作", f"更新时间：2026-11-{d} 9:30:00") for d in (24, 20, 16, 12)]
    html = f'<div class="box"><div class="tit">民政动态</div><ul>{"".join(rows)}</ul></div>'
    listing = parse_list(Selector(text=html), "http://mzj.xx.gov.cn/", as_of=date(2026, 11, 26))
    assert sorted(d for d in homepage_dates(listing) if d)[-2:] == [date(2026, 11, 20), date(2026, 11, 24)]


@pytest.mark.parametrize("tip", ["成文日期：2026-11-24", "2026年11月24日起施行", "发布机构：民政局", "更新时间："])
def test_a_tooltip_dates_a_row_only_by_its_publication_label(tip):
    rows = "".join(_tooltip_row(100 + k, f"关于第{k}项工作的通知", tip) for k in range(4))
    listing = parse_list(Selector(text=f"<ul>{rows}</ul>"), "http://mzj.xx.gov.cn/", as_of=date(2026, 11, 26))
    assert not [d for d in homepage_dates(listing) if d]



def test_the_slides_of_picture_news_are_asked_for_the_date():
    """图片新闻 as a carousel's few slides (a swiper's, SuperSlide's focusBox; too few for a list), each a picture and
    a caption at an article's address, no date shown, beside stale blocks: their addresses' days date the homepage
    (lone_links), and where none is shown, their articles tell when the homepage was last added to. Not a slide to a
    专题's folder, nor another site's."""
    old = "".join(f'<li><a href="/tzgg/202603/t202603{d:02d}_{d}.html">通知{d}</a><span>2026-03-{d:02d}</span></li>'
                  for d in (1, 2, 3))
    slide = ('<div class="swiper-slide"><a href="{0}"><img src="/img/{1}.jpg" alt="{2}"></a>'
             '<p class="swiper-title"><a href="{0}">{2}</a></p></div>')

    def page(*hrefs: str) -> str:
        slides = "".join(slide.format(href, n, f"图片新闻{n}") for n, href in enumerate(hrefs))
        return (f'<div class="focus-box"><div class="swiper-container"><div class="swiper-wrapper">{slides}</div>'
                f'</div></div><div class="box"><h3>通知公告</h3><ul>{old}</ul></div>')

    url, as_of = "http://www.xx.gov.cn/", date(2026, 12, 7)
    html = page("/tpxw/202612/t20261203_55.html", "/tpxw/202611/t20261120_54.html")
    for shown in (html, html.replace("focus-box", "banner").replace("swiper-", "").replace(
            'class="container"', 'class="focusBox"')):
        sel = Selector(text=shown)
        listing = parse_list(sel, url, as_of=as_of)
        assert max(d for d in homepage_dates(listing, sel, url, as_of) if d) == date(2026, 12, 3)  # by the address
        assert undated_leads(listing, url, sel) == ["http://www.xx.gov.cn/tpxw/202612/t20261203_55.html",
                                                    "http://www.xx.gov.cn/tpxw/202611/t20261120_54.html"]
    sel = Selector(text=page("/ztzl/xczx/", "https://www.gov.cn/xinwen/2026-12/03/content_1.htm"))
    assert undated_leads(parse_list(sel, url, as_of=as_of), url, sel) == []


def test_a_box_of_figures_counted_to_a_day_dates_no_homepage():
    """A box of the site's figures, each row a link and 统计截至：<a day> (数据更新至, 数据截至), shows the day
    they are counted to, no item's: a stale homepage stays stale beside it. A news title that begins with 截至 keeps
    its date."""
    old = "".join(f'<li><a href="/tzgg/202603/t202603{d:02d}_{d}.html">通知{d}</a><span>2026-03-{d:02d}</span></li>'
                  for d in (1, 2, 3))
    url, as_of = "http://www.xx.gov.cn/", date(2026, 12, 7)
    for label in ("统计截至：", "数据更新至", "数据截至 "):
        rows = "".join(f'<li><a href="/sjtj/{n}.html">政务公开信息 {n} 条</a><span>{label}2026-12-06</span></li>'
                       for n in (12, 35, 368))
        sel = Selector(text=f'<div class="box"><h3>通知公告</h3><ul>{old}</ul></div>'
                            f'<div class="sjtj"><ul>{rows}</ul></div>')
        assert max(d for d in homepage_dates(parse_list(sel, url, as_of=as_of), sel, url, as_of) if d) \
            == date(2026, 3, 3), label
    news = "".join(f'<li><a href="/xwdt/202612/t2026120{d}_{d}.html">截至11月底我市新增就业{d}万人</a>'
                   f"<span>2026-12-0{d}</span></li>" for d in (3, 2, 1))
    sel = Selector(text=f'<div class="box"><h3>通知公告</h3><ul>{old}</ul></div><div class="xw"><ul>{news}</ul></div>')
    assert max(d for d in homepage_dates(parse_list(sel, url, as_of=as_of), sel, url, as_of) if d) == date(2026, 12, 3)


def _roster(row: str, first: int = -2, last: int = 4) -> str:
    as_of = date(2026, 12, 1)
    days = [as_of + timedelta(days=k) for k in range(first, last + 1)]
    return "".join(row.format(day=d.isoformat(), n=k % 3, wd="一二三四五六日"[d.weekday()])
                   for k, d in enumerate(days))


@pytest.mark.parametrize("box", [
    # 日期 | 星期 | 带班领导 (the leader's page, the same on several days) | 值班人员
    "<table><tr><th>日期</th><th>星期</th><th>带班领导</th><th>值班人员</th></tr>" + _roster(
        '<tr><td>{day}</td><td>星期{wd}</td><td><a href="/ldzc/ld{n}.html">领导{n}</a></td><td>值班员</td></tr>')
    + "</table>",
    # a row a day, each linking the duty page
    "<ul>" + _roster('<li><a href="/zbap/index.html">带班领导：领导{n} 值班员：张三</a><span>{day}</span></li>')
    + "</ul>",
    # the week's days from the inspection day on, each its own page
    "<ul>" + _roster('<li><a href="/zbap/{day}.html">{day}值班安排</a><span>{day}</span></li>', 0, 6) + "</ul>",
    # today's duty and tomorrow's
    "<ul>" + _roster('<li><a href="/ldzc/ld{n}.html">带班领导：领导{n}</a><span>{day}</span></li>', 0, 1) + "</ul>",
])
def test_a_duty_rosters_days_date_nothing(box):
    """A 值班安排 box of a row a day, from before the inspection day to after it: a duty's days, no publication's;
    its coming days' pages are no articles to ask either."""
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    url = "http://www.nyj.gov.cn/"
    sel = Selector(text=f'<div class="zbap"><h3>值班安排</h3>{box}</div><div class="tz"><ul>{old}</ul></div>')
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == date(2026, 10, 9)
    assert future_leads(listing, url, date(2026, 12, 1)) == []


@pytest.mark.parametrize(("rows", "newest"), [
    # newest first: a list, one of its rows' year typed wrong (its article asked), the others dated
    ((date(2026, 12, 3), date(2026, 11, 30), date(2026, 11, 29)), date(2026, 11, 30)),
    # a day each, in the calendar's order, none after the inspection day: dated items
    ((date(2026, 11, 29), date(2026, 11, 30), date(2026, 12, 1)), date(2026, 12, 1)),
])
def test_dated_rows_that_are_no_roster_date_the_homepage(rows, newest):
    box = "".join(f'<li><a href="/xw/{d:%m%d}.html">要闻{d:%m%d}</a><span>{d.isoformat()}</span></li>' for d in rows)
    url = "http://www.nyj.gov.cn/"
    sel = Selector(text=f'<div class="xw"><ul>{box}</ul></div>')
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d <= date(2026, 12, 1)) == newest


def _letters(rows, header="<tr><th>标题</th><th>留言时间</th><th>状态</th><th>回复时间</th></tr>") -> str:
    return f"<table>{header}" + "".join(
        f'<tr><td><a href="/hdjl/xx/{k}.html">关于小区供暖问题的咨询{k}</a></td>'
        + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for k, row in enumerate(rows)) + "</table>"


@pytest.mark.parametrize(("box", "newest"), [
    # asked the day before, not answered: a visitor's day, no update of the site's
    (_letters([("2026-11-30", "未回复", ""), ("2026-11-27", "处理中", "")]), date(2026, 10, 9)),
    # asked long ago, answered lately: the office published its reply
    (_letters([("2026-09-02", "已回复", "2026-11-28"), ("2026-09-01", "已回复", "2026-10-01")]), date(2026, 11, 28)),
    # answered, its reply's day not shown: no date (its page tells)
    (_letters([("2026-11-30", "已回复")], "<tr><th>标题</th><th>留言时间</th><th>状态</th></tr>"), date(2026, 10, 9)),
    # entries that label their parts
    ("<ul>" + "".join(f'<li><a href="/hdjl/xx/{k}.html">关于供暖问题的咨询{k}</a><span>留言时间：2026-09-0{k}</span>'
                      f"<span>回复时间：2026-11-2{k}</span></li>" for k in (1, 2, 3)) + "</ul>", date(2026, 11, 23)),
    # a table of news under 发布时间 alone: no letters, dated as it shows
    (_letters([("2026-11-29",), ("2026-11-20",)], "<tr><th>标题</th><th>发布时间</th></tr>"), date(2026, 11, 29)),
    # Lonsun's homepage box: an <li> of <p>s of labels over an <li> a letter, a <p> each cell
    ("<ul><li><p>信件标题</p><p>来信时间</p><p>办理状态</p></li>" + "".join(
        f'<li><p><a href="/hdjl/xx/{k}.html">关于供暖问题的咨询{k}</a></p><p>2026-11-2{k}</p><p>{s}</p></li>'
        for k, s in ((9, "办理中"), (8, "已回复"), (7, "待回复"))) + "</ul>", date(2026, 10, 9)),
])
def test_a_letter_dates_the_homepage_by_its_reply_alone(box, newest):
    """A 领导信箱 box's letters: the office publishes a letter when it answers it; the day a visitor asked is none of
    the site's updates (首页不更新)."""
    old = "".join(f'<li><a href="/tzgg/content_{d}.html">通知{d}</a><span>2026-10-{d:02d}</span></li>' for d in (9, 8))
    url = "http://www.xx.gov.cn/"
    sel = Selector(text=f'<div class="xx"><h3>县长信箱</h3>{box}</div><div class="tz"><ul>{old}</ul></div>')
    listing = parse_list(sel, url, as_of=date(2026, 12, 1))
    assert max(d for d in homepage_dates(listing, sel, url, date(2026, 12, 1)) if d) == newest


LONE = '<table><tr><td><span><a class="h_h2" href="{href}">市领导调研重点项目建设</a></span></td></tr></table>'
OLD_NEWS = "".join(f'<li><a href="/xw/202610/t202610{d:02d}_{d}.html">要闻{d}</a><span>2026-10-{d:02d}</span></li>'
                   for d in (1, 2, 3, 4, 5))


@pytest.mark.parametrize(("href", "newest"), [
    ("/site/sjj/tpxw/202611/t20261124_9.html", date(2026, 11, 24)),  # the subsite's own 头条
    ("/xw/202611/t20261124_9.html", date(2026, 10, 5)),  # the platform's, outside the subsite's folder
    ("http://www.other.gov.cn/xw/202611/t20261124_9.html", date(2026, 10, 5)),  # another site's
])
def test_a_link_alone_dates_the_homepage_only_when_it_is_the_sites(href, newest):
    """A 头条 alone in a cell, outside any list, is dated by its address; on a platform's subsite only in its
    folder."""
    html = LONE.format(href=href) + f'<div class="yw"><ul>{OLD_NEWS.replace("/xw/", "/site/sjj/xw/")}</ul></div>'
    sel, url = Selector(text=html), "http://www.city.gov.cn/site/sjj/index.html"
    listing = parse_list(sel, url, as_of=date(2026, 11, 26))
    dates = homepage_dates(listing, sel, url, date(2026, 11, 26), folder="www.city.gov.cn/site/sjj/")
    assert max(d for d in dates if d) == newest


def test_a_noscript_copy_of_a_scripted_boxs_rows_dates_nothing_alone():
    """The rows a box's script fills, copied in a <noscript> for a browser that runs none: what a visitor's browser
    shows is what the script brings, so those links are no item alone (yjj's boxes, whose data does not come)."""
    rows = '<li><a href="/yjyw/202611/t20261124_5.html">应急要闻</a></li>'
    html = (f'<ul class="block-list" id="home-0"></ul><script src="/js/fill-0.js"></script>'
            f"<noscript><ul>{rows}</ul></noscript>")
    sel, url = Selector(text=html), "http://www.xx.gov.cn/"
    assert not [d for d in homepage_dates(parse_list(sel, url, as_of=date(2026, 11, 26)), sel, url) if d]
