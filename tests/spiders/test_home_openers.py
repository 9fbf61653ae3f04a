"""A stale homepage whose undated rows a script file's function opens by an article's id: the file is read for that
function and the articles it opens date the homepage; a function not understood, or no file read, leaves the
homepage's freshness unknown, never stale."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import TextResponse
from twisted.internet.error import TCPTimedOutError
from twisted.python.failure import Failure

from tests.spiders.helpers import HOME, page_meta, portal_spider, response

# stale dated blocks beside a box of titles alone: <a href="javascript:void(0)" onclick="openArticle('4521')">
HOMEPAGE = ('<html><head><script src="/js/jquery.min.js"></script><script src="/js/common.js"></script></head><body>'
            '<div class="block"><h3>通知公告</h3><ul>' + "".join(
                f'<li><a href="/tzgg/t2026100{k}_{k}.html">第{k}号通知公告的标题</a><span>2026-10-0{k}</span></li>'
                for k in range(1, 6)) + '</ul></div><div class="block"><h3>工作要闻</h3><ul>' + "".join(
                f'<li><a href="javascript:void(0)" onclick="openArticle(\'{k}\')">市城管局召开第{k}次工作部署会议'
                '</a></li>' for k in (4521, 4519, 4517, 4510, 4502)) + "</ul></div></body></html>")
COMMON = ("function setHome(obj, url) { obj.style.behavior = 'url(#default#homepage)'; obj.setHomePage(url); }\n"
          "function openArticle(id) {\n  window.open('/art/' + id + '.html');\n}\n")
# the same function asks a server for the address: only a browser knows where a row leads
UNREAD = "function openArticle(id) {\n  $.post('/api/url', {id: id}, function (d) { window.open(d.url); });\n}\n"
ARTICLE = ('<html><body><h1>市城管局召开第4521次工作部署会议</h1><p>发布日期：2026-11-24</p><p>会议要求……</p>'
           "</body></html>")


@pytest.fixture
def spider():
    return portal_spider()


def script_request(spider):
    home = response(HOME, HOMEPAGE, meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    asked = [r for r in out if getattr(r, "callback", None) == spider.parse_opener_file]
    assert [r.url for r in asked] == [f"{HOME}js/common.js"]  # the site's file, not a library's
    return asked[0]


def script(request, body: str, status: int = 200) -> TextResponse:
    return TextResponse(request.url, status=status, body=body.encode(), request=request, encoding="utf-8",
                        headers={"Content-Type": "application/javascript"})


def test_the_rows_articles_that_a_script_files_function_opens_date_the_homepage(spider):
    leads = list(spider.parse_opener_file(script(script_request(spider), COMMON)))
    assert [r.url for r in leads] == [f"{HOME}art/{k}.html" for k in (4521, 4519, 4517)]
    assert all(r.callback == spider.parse_home_article for r in leads)
    (item,) = spider.parse_home_article(response(leads[0].url, ARTICLE, meta=leads[0].meta))
    assert item.home_frame and not item.unread and item.newest_date == date(2026, 11, 24)
    assert item.url == f"{HOME}art/4521.html#home-date"


@pytest.mark.parametrize("body, status", [(UNREAD, 200), (COMMON.replace("openArticle", "openDoc"), 200),
                                          ("Not Found", 404), ("busy", 503)])
def test_a_function_not_understood_or_not_read_leaves_the_homepage_unknown_never_stale(spider, body, status):
    (item,) = spider.parse_opener_file(script(script_request(spider), body, status))
    assert item.home_frame and item.unread and item.newest_date is None
    assert item.url == f"{HOME}#opened"


def test_a_script_file_that_fails_leaves_the_homepage_unknown(spider):
    failure = Failure(TCPTimedOutError())
    failure.request = script_request(spider)
    (item,) = spider.opener_file_failed(failure)
    assert item.unread and item.newest_date is None


def test_a_fresh_homepage_asks_no_script_file(spider):
    fresh = HOMEPAGE.replace("2026-10-05", "2026-11-25")
    out = list(spider.read_page(response(HOME, fresh, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))
    assert not [r for r in out if getattr(r, "callback", None) == spider.parse_opener_file]


def test_rows_a_function_opens_on_a_page_without_a_script_file_leave_the_homepage_unknown(spider):
    bare = HOMEPAGE.replace('<script src="/js/common.js"></script>', "")
    out = list(spider.read_page(response(HOME, bare, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))
    (item,) = [i for i in out if getattr(i, "url", None) == f"{HOME}#opened"]
    assert item.unread and item.home_frame


def test_a_box_read_beside_one_not_understood_is_asked_and_the_homepage_left_unknown_unless_fresh(spider):
    """Its articles may make the homepage fresh; if they do not, what the other box shows is a person's to check."""
    other = "".join(f'<li><a href="javascript:showPic({k})">第{k}期城市管理图片新闻</a></li>' for k in (31, 30, 29))
    home = HOMEPAGE.replace("</body>", f'<div class="block"><h3>图片新闻</h3><ul>{other}</ul></div></body>')
    out = list(spider.read_page(response(HOME, home, meta=page_meta(spider, HOME, home=True)), spider.sites[0]))
    (request,) = [r for r in out if getattr(r, "callback", None) == spider.parse_opener_file]
    out = list(spider.parse_opener_file(script(request, COMMON)))
    (unread,) = [i for i in out if getattr(i, "url", None) == f"{HOME}#opened"]
    assert unread.unread and [r.url for r in out if r is not unread] == [f"{HOME}art/{k}.html" for k in (4521, 4519,
                                                                                                        4517)]
