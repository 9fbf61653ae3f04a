"""The lists a homepage's scripts load: read as parts of what the homepage shows, as its frames are."""

from __future__ import annotations

import json
from datetime import date

import pytest
from scrapy.http import Request, TextResponse
from twisted.internet.error import TCPTimedOutError
from twisted.python.failure import Failure

from govcheck.cms.endpoints import find_endpoints
from govcheck.items import PageItem
from govcheck.spiders.base import page_selector
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

HOMEPAGE = """<html><body><div class="block"><h3>要闻</h3><ul id="yw"></ul>
<script>fetch('/api/home-0.json').then(function(r){ return r.json(); }).then(render);</script></div>
<div class="block"><h3>专题</h3><ul><li><a href="/zt/1.html">乡村振兴专题</a><span>2026-06-01</span></li></ul></div>
</body></html>"""
ANSWER = {"items": [{"title": "区领导调研民生实事项目推进情况", "url": "/yw/1.html", "date": "2026-11-25"},
                    {"title": "全区秋冬季农业生产现场会召开", "url": "/yw/2.html", "date": "2026-11-23"}]}


@pytest.fixture
def spider():
    return portal_spider()


def endpoint_request(spider):
    home = response(HOME, HOMEPAGE, meta=page_meta(spider, HOME, home=True))
    (request,) = spider.home_endpoints(find_endpoints(page_selector(home), HOME), HOME, spider.sites[0], 0)
    return request


def answer(request, body: str | bytes, status: int = 200, ctype: str = "application/json") -> TextResponse:
    data = body.encode() if isinstance(body, str) else body
    return TextResponse(request.url, status=status, body=data, headers={"Content-Type": ctype}, request=request,
                        encoding="utf-8")


def test_a_block_a_script_fills_counts_towards_the_homepage(spider):
    request = endpoint_request(spider)
    assert request.url == f"{HOME}api/home-0.json" and request.callback == spider.parse_home_endpoint
    (item,) = spider.parse_home_endpoint(answer(request, json.dumps(ANSWER)))
    assert isinstance(item, PageItem) and item.home_frame and not item.is_homepage and not item.unread
    assert (item.newest_date, item.dated_items, item.url) == (date(2026, 11, 25), 2, f"{HOME}api/home-0.json")


def test_an_answer_that_fails_leaves_the_homepage_unknown_never_stale(spider):
    request = endpoint_request(spider)
    failure = Failure(TCPTimedOutError())
    failure.request = request
    (failed,) = spider.home_endpoint_failed(failure)
    (server_error,) = spider.parse_home_endpoint(answer(request, "busy", status=503, ctype="text/plain"))
    assert failed.unread and server_error.unread and failed.home_frame and failed.newest_date is None
    for status in (429, 408):  # a rate limit, the server's timeout: no word about the list
        (item,) = spider.parse_home_endpoint(answer(request, "Too Many Requests", status=status, ctype="text/plain"))
        assert item.unread and item.newest_date is None, status


def test_an_answer_that_is_no_list_or_missing_adds_nothing(spider):
    """A visitor counter's answer, or an endpoint that answers 404 (the block is empty for visitors too)."""
    request = endpoint_request(spider)
    (counter,) = spider.parse_home_endpoint(answer(request, '{"count": 12345}'))
    (missing,) = spider.parse_home_endpoint(answer(request, "not found", status=404, ctype="text/html"))
    assert not counter.unread and counter.newest_date is None and not missing.unread


@pytest.mark.parametrize("body", ['{"code": 500, "msg": "系统繁忙，请稍后再试", "data": null}',
                                  '{"code": 401, "msg": "请先登录"}', '{"success": false}',
                                  # the error said in words alone, beside empty defaults
                                  '{"status": "error", "rows": []}', '{"total": 0, "rows": [], "msg": "系统异常"}',
                                  '{"errcode": 40001, "errmsg": "invalid token", "data": null}'])
def test_an_answer_that_is_the_backends_error_leaves_the_homepage_unknown_never_stale(spider, body):
    """Answered with 200 but no list: the block shows visitors nothing this time, which says nothing of the site."""
    (item,) = spider.parse_home_endpoint(answer(endpoint_request(spider), body))
    assert item.unread and item.newest_date is None


def test_a_menu_file_the_homepage_fetches_leads_to_its_columns(spider):
    """/config/menu.json, a menu drawn by a script: its entries on the site are columns followed (each under its
    parent) and the homepage's menu; a column page fetching it has no list endpoint in it."""
    menu_home = HOMEPAGE.replace("/api/home-0.json", "/config/menu.json")
    home = response(HOME, menu_home, meta=page_meta(spider, HOME, home=True))
    (request,) = spider.home_endpoints(find_endpoints(page_selector(home), HOME), HOME, spider.sites[0], 0)
    menu = [{"name": "新闻中心", "url": "/xwzx/", "children": [{"name": "部门动态", "url": "/xwzx/bmdt/"}]}]
    item, *followed = spider.parse_home_endpoint(answer(request, json.dumps(menu, ensure_ascii=False)))
    assert not item.unread and item.newest_date is None and item.menu == [[f"{HOME}xwzx/", None],
                                                                           [f"{HOME}xwzx/bmdt/", "新闻中心"]]
    assert [(r.url, r.meta["column"]["name"], r.meta["column"]["parent"]) for r in followed] == [
        (f"{HOME}xwzx/", "新闻中心", None), (f"{HOME}xwzx/bmdt/", "部门动态", "新闻中心")]
    column = response(f"{HOME}xwzx/", menu_home.replace("要闻", "新闻中心"), meta=page_meta(spider, f"{HOME}xwzx/"))
    assert spider.read_listing(page_selector(column), column.url).endpoints == []


FILES_HOME = ('<html><body><div class="block"><h3>工作动态</h3><ul>' + "".join(
    f'<li><a href="/gzdt/{k}.html">第{k}条工作动态</a><span>2026-10-0{k}</span></li>' for k in range(1, 6)) +
    '</ul></div><div class="block"><h3>最新文件</h3><table><tr><th>标题</th><th>成文日期</th></tr>' + "".join(
    f'<tr><td><a href="/zcwj/content_{k}.html">关于印发第{k}号文件的通知</a></td><td>2026-10-1{k}</td></tr>'
    for k in (3, 2, 1)) + "</table></div></body></html>")
ARTICLE = ('<html><body><h1>关于印发第3号文件的通知</h1>{line}<div class="content"><p>各村：现将文件印发给你们。</p>'
           "</div></body></html>")


@pytest.mark.parametrize("status, line, newest, unread", [
    (200, "<p>发布日期：2026-11-20</p>", date(2026, 11, 20), False),  # the block's newest article dates the homepage
    (200, "", None, False),  # it shows no date: the block dates nothing, as the rules say
    (200, "<p>登载日：2026-11-20</p>", None, True),  # a date govcheck cannot read: unknown, never stale
    (503, "", None, True),
    (429, "", None, True),  # a rate limit's: a visitor's pace gets the article, unknown, never stale
    (408, "", None, True),  # the server timed the request out: unknown
    (404, "", None, False),  # a dead link shows a visitor nothing
    (403, "", None, False),  # refused to a visitor too
])
def test_a_stale_homepage_asks_the_first_articles_of_a_block_that_shows_no_publication_date(
        spider, status, line, newest, unread):
    home = response(HOME, FILES_HOME, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    request, *rest = [r for r in out if getattr(r, "callback", None) == spider.parse_home_article]
    assert [r.url for r in (request, *rest)] == [f"{HOME}zcwj/content_{k}.html" for k in (3, 2, 1)]
    (item,) = spider.parse_home_article(response(request.url, ARTICLE.format(line=line), status=status,
                                                 meta=request.meta))
    assert item.home_frame and (item.newest_date, item.unread) == (newest, unread)
    assert item.url == f"{HOME}zcwj/content_3.html#home-date"


def test_a_fresh_homepage_asks_no_article(spider):
    fresh = FILES_HOME.replace("2026-10-05", "2026-11-25")
    out = list(spider.read_page(response(HOME, fresh, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))
    assert not [r for r in out if getattr(r, "callback", None) == spider.parse_home_article]


@pytest.mark.parametrize(("line", "newest"), [
    ("<p>发布日期：2026-11-20</p>", date(2026, 11, 20)),  # the year typed wrong in the list: its article's date
    ("<p>发布日期：2027-11-20</p>", None),  # its article says so too: no update, a faked date for a person
])
def test_a_stale_homepage_asks_the_article_of_an_item_it_dates_after_the_inspection_date(spider, line, newest):
    typo = FILES_HOME.replace('<li><a href="/gzdt/1.html">第1条工作动态</a><span>2026-10-01</span></li>',
                              '<li><a href="/gzdt/9.html">第9条工作动态</a><span>2027-11-20</span></li>')
    out = list(spider.read_page(response(HOME, typo, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))
    asked = [r for r in out if getattr(r, "callback", None) == spider.parse_home_article]
    (request,) = [r for r in asked if r.url == f"{HOME}gzdt/9.html"]
    (item,) = spider.parse_home_article(response(request.url, ARTICLE.format(line=line), meta=request.meta))
    assert item.home_frame and (item.newest_date, item.unread) == (newest, False)


MONTH_DAYS = ('<html><body><div class="block"><h3>工作动态</h3><ul>' + "".join(
    f'<li><a href="/show.asp?id={k}">第{k}条工作动态</a><span>(11-{20 - k:02d})</span></li>' for k in range(1, 6)) +
    "</ul></div></body></html>")


@pytest.mark.parametrize(("line", "newest"), [
    ("<p>发布时间：2025-11-19 09:00</p>", date(2025, 11, 19)),  # last year's: an abandoned portal
    ("<p>发布时间：2026-11-19 09:00</p>", date(2026, 11, 19)),
    ("", date(2026, 11, 19)),  # the article shows no date: the list's day, in the year guessed
])
def test_a_homepage_of_month_days_alone_asks_its_newest_article_for_the_year(spider, line, newest):
    home = response(HOME, MONTH_DAYS, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    (page,) = [i for i in out if isinstance(i, PageItem) and i.is_homepage]
    assert page.newest_date is None and page.dated_items == 5  # no year known: the article tells
    (ask,) = [r for r in out if getattr(r, "callback", None) == spider.parse_home_article]
    assert ask.url == f"{HOME}show.asp?id=1" and ask.meta["guessed"] == "2026-11-19"
    (item,) = spider.parse_home_article(response(ask.url, ARTICLE.format(line=line), meta=ask.meta))
    assert item.home_frame and (item.newest_date, item.unread) == (newest, False)
    (failed,) = spider.home_guess_failed(_failure(ask))  # the article could not be asked: the day stands
    assert failed.newest_date == date(2026, 11, 19) and not failed.unread


def _failure(request):
    failure = Failure(TCPTimedOutError())
    failure.request = request
    return failure


FOOTER_HOME = '<html><body><p>首页</p><div class="footer"><script src="/js/footer.js"></script></div></body></html>'
FOOTER_JS = "document.write('<p>主办单位：某县人民政府办公室　网站标识码：3609000001　赣ICP备12345678号</p>');"


@pytest.mark.parametrize(("status", "body", "site_code"), [
    (200, FOOTER_JS, "3609000001"),  # what the footer's script writes is read for the marks
    (503, "", None),  # not read: each mark unknown, never missing
    (429, "", None),  # a rate limit's: not read either
    (404, "", "none"),  # the visitor gets no footer either: nothing added, the marks stay missing
])
def test_a_footers_script_file_is_read_for_the_marks(spider, status, body, site_code):
    from govcheck.store.finish import merged_identity

    home = response(HOME, FOOTER_HOME, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    (page,) = [i for i in out if isinstance(i, PageItem) and i.is_homepage]
    (ask,) = [r for r in out if getattr(r, "callback", None) == spider.parse_footer_script]
    assert ask.url == f"{HOME}js/footer.js" and page.identity["site_code"] is False
    parts = list(spider.parse_footer_script(answer(ask, body, status=status, ctype="application/javascript")))
    marks = merged_identity([page.identity, *(p.identity for p in parts)])
    assert marks["site_code"] == (False if site_code == "none" else site_code)
    (failed,) = spider.footer_script_failed(_failure(ask))
    assert merged_identity([page.identity, failed.identity])["icp"] is None


SHELL = ('<html><head><title>示范市医疗保障局</title></head><body><div id="app"></div>'
         '<script src="/static/js/app.js"></script></body></html>')
DRAWN = ('<html><body><div id="app"><ul class="nav"><li><a href="/ybdt/index.html">医保动态</a></li>'
         '<li><a href="/tzgg/index.html">通知公告</a></li></ul><div class="block"><h3>医保动态</h3><ul>{}</ul></div>'
         '<div class="footer">主办单位：示范市医疗保障局　网站标识码：4399000062</div></div></body></html>')


def app_home(spider):
    """What reading the app's homepage, as served, yields."""
    return list(spider.read_page(response(HOME, SHELL, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))


def test_a_single_page_apps_homepage_is_drawn_by_chromium_and_read_as_the_homepage(spider):
    """Its blocks, menus and footer are only what the bundle draws: the page Chromium shows is read as a part of the
    homepage (its dates, its menu's columns followed), not the empty shell."""
    spider.browser_ready = lambda: True
    (render,) = [r for r in app_home(spider) if getattr(r, "meta", {}).get("playwright")]
    assert render.url == HOME and render.dont_filter and render.callback == spider.parse_app_render
    rows = "".join(f'<li><a href="/ybdt/202611/t202611{d}_1.html">医保工作动态</a><span>2026-11-{d}</span></li>'
                   for d in (25, 20, 15))
    drawn = response(HOME, DRAWN.format(rows), meta=render.meta)
    out = list(spider.parse_app_render(drawn))
    (part,) = [x for x in out if isinstance(x, PageItem)]
    assert part.home_frame and not part.unread and part.newest_date == date(2026, 11, 25)
    assert part.identity["site_code"] and part.identity["sponsor"]
    followed = {r.url for r in out if isinstance(r, Request) and r.meta.get("column")}
    assert followed == {f"{HOME}ybdt/index.html", f"{HOME}tzgg/index.html"}


def test_a_single_page_apps_homepage_without_a_browser_is_unknown_never_stale_nor_unmarked(spider):
    spider.browser_ready = lambda: False
    (item,) = [x for x in app_home(spider) if isinstance(x, PageItem) and x.home_frame]
    assert item.unread and item.newest_date is None and set(item.identity.values()) == {None}


def test_a_single_page_apps_homepage_drawn_with_hash_routes_is_unknown(spider):
    """Its items at #/detail/345: govcheck follows no such address, so it dates nothing it shows."""
    spider.browser_ready = lambda: True
    (render,) = [r for r in app_home(spider) if getattr(r, "meta", {}).get("playwright")]
    rows = "".join(f'<li><a href="#/detail/{n}">医保工作动态</a><span>2026-11-{n}</span></li>' for n in (25, 20, 15))
    out = list(spider.parse_app_render(response(HOME, DRAWN.format(rows), meta=render.meta)))
    assert any(isinstance(x, PageItem) and x.unread and x.url == f"{HOME}#unread" for x in out)


MENU_HOME = ('<html><body><div class="nav-box"><script src="/script/0/1709211031225301.js"></script></div>'
             '<p>首页</p></body></html>')
MENU_JS = ("document.write('<ul class=\"nav\"><li><a href=\"/zcwj/index.html\">政策文件</a></li>"
           "<li><a href=\"/tzgg/index.html\">通知公告</a></li></ul>');")


def test_a_menu_a_script_file_writes_in_place_leads_to_the_sites_columns(spider):
    home = response(HOME, MENU_HOME, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    (ask,) = [r for r in out if getattr(r, "callback", None) == spider.parse_menu_script]
    assert ask.url == f"{HOME}script/0/1709211031225301.js"
    parts = list(spider.parse_menu_script(answer(ask, MENU_JS, ctype="application/javascript")))
    (part,) = [p for p in parts if isinstance(p, PageItem)]
    assert part.home_frame and part.menu == [[f"{HOME}zcwj/index.html", None], [f"{HOME}tzgg/index.html", None]]
    hints = {r.url: r.meta.get("column", {}).get("name") for r in parts if not isinstance(r, PageItem)}
    assert hints == {f"{HOME}zcwj/index.html": "政策文件", f"{HOME}tzgg/index.html": "通知公告"}
    assert list(spider.parse_menu_script(answer(ask, "", status=404, ctype="text/html"))) == []
    assert list(spider.menu_script_failed(_failure(ask))) == []


TODAY_HOME = FILES_HOME.replace("</body>", '<div class="rx12345"><div class="hd">12345热线</div><ul>' + "".join(
    f'<li><a href="/rx12345/gd/5823{k}.html">关于道路破损的诉求{k}</a><span>2026-11-26</span></li>'
    for k in range(10, 14)) + "</ul></div></body>")


@pytest.mark.parametrize("status, line, newest, unread", [
    (200, "<p>发布日期：2026-10-20</p>", date(2026, 10, 20), False),  # put up long before the day the box shows
    (200, "<p>发布日期：2026-11-26</p>", date(2026, 11, 26), False),  # put up that day: the homepage is fresh
    (200, "<p>登载日：2026-11-26</p>", None, True),  # a date govcheck cannot read: unknown, never stale
])
def test_a_box_showing_the_day_the_page_is_served_asks_its_rows_articles(spider, status, line, newest, unread):
    """A 12345热线 box whose every row shows the inspection day dates nothing itself: a stale homepage beside it asks
    its first rows' pages, whose own dates count (an old 工单 keeps the homepage stale)."""
    home = response(HOME, TODAY_HOME, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    (page,) = [i for i in out if isinstance(i, PageItem)]
    assert page.newest_date == date(2026, 10, 5)
    asked = [r for r in out if getattr(r, "callback", None) == spider.parse_home_article and "rx12345" in r.url]
    assert [r.url for r in asked] == [f"{HOME}rx12345/gd/5823{k}.html" for k in (10, 11, 12)]
    (item,) = spider.parse_home_article(response(asked[0].url, ARTICLE.format(line=line), status=status,
                                                 meta=asked[0].meta))
    assert (item.newest_date, item.unread) == (newest, unread)
