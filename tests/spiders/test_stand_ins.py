"""Answers that stand in for the page asked for, on fake responses: a column's later page, article or data answered
with a firewall's block page, a sign-in page, an empty body or the homepage leaves the column unverified, never
stale or empty; a homepage's frame or block article answered so leaves the homepage unread, never stale."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from govcheck.items import ColumnItem, PageItem
from govcheck.spiders.stand_ins import home_unread_item
from tests.judge.test_answers import LOGIN, RS, WAF
from tests.spiders.helpers import HOME, page_meta, portal_spider, response
from tests.spiders.test_columns import (
    URL,
    Page,
    PlaywrightRequest,
    answer,
    answered,
    first_page,
    rendered_empty,
    rows,
)

WALL = "被网站防火墙或人机验证拦截（浏览器中可能可以打开）"


def test_a_later_page_answered_by_a_firewall_leaves_an_unsorted_stale_list_unverified():
    spider = portal_spider()
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    (item,) = list(spider.parse_list_page(answer(nxt, 200, body=WAF)))
    assert isinstance(item, ColumnItem) and item.reason == f"列表后续页面（{nxt.url}）{WALL}"


def test_a_later_page_sent_to_the_homepage_is_unread_not_the_homepage_s_list():
    spider = portal_spider()
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    (moved,) = list(spider.parse_list_page(answer(nxt, 302, "/")))
    home = f"<html><body><h2>要闻</h2>{rows([1, 2, 3])}</body></html>"
    (item,) = list(spider.parse_list_page(answer(moved, 200, body=home)))
    assert item.reason == f"列表后续页面（{nxt.url}）被转到了网站首页" and len(item.dates) == 4  # page one's alone


def test_an_undated_list_whose_articles_answer_a_sign_in_page_is_unverified():
    spider = portal_spider()
    (state,) = first_page(spider, [None, None, None])
    for _ in range(3):
        (state,) = list(spider.parse_article_date(answer(state, 200, body=LOGIN)))
    assert isinstance(state, ColumnItem) and state.reason.startswith("列表未显示日期，文章页面的日期也无法读取")
    assert state.reason.count("转到了登录页面") == 3


def test_a_rendered_list_whose_data_request_got_a_web_page_is_unverified_never_empty():
    spider = portal_spider()
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    maintenance = "<!DOCTYPE html><html><head><title>系统提示</title></head><body>系统维护中</body></html>"
    answered(spider, PlaywrightRequest(f"{HOME}tzgg/data.json", "fetch", page), 200, maintenance)
    (item,) = list(spider.parse_rendered(rendered))
    assert isinstance(item, ColumnItem) and item.reason.startswith("浏览器渲染时1个脚本或数据请求未完成")
    assert "返回的是网页而非列表数据" in item.reason


def frame_answer(spider, status: int, body: str, url: str = f"{HOME}main.html") -> HtmlResponse:
    meta = page_meta(spider, url, home_frame=True)
    return HtmlResponse(url, status=status, body=body.encode(), encoding="utf-8", request=Request(url, meta=meta))


def test_a_homepage_frame_that_fails_or_stands_in_leaves_the_homepage_unread():
    spider = portal_spider()
    site = spider.sites[0]
    for status, body in ((500, "<html><body>500</body></html>"), (200, LOGIN), (200, ""), (412, RS),
                         (429, "<html><body>Too Many Requests</body></html>"), (408, "<html><body>408</body></html>")):
        item = home_unread_item(frame_answer(spider, status, body), site)
        assert isinstance(item, PageItem) and item.unread and item.home_frame and not item.is_homepage, status
    # a frame that is gone shows visitors nothing: it dates nothing, it is not unknown
    assert home_unread_item(frame_answer(spider, 404, "<html><body>404</body></html>"), site) is None
    news = f"<html><body><h2>要闻</h2>{rows([1, 2, 3])}</body></html>"
    assert home_unread_item(frame_answer(spider, 200, news), site) is None


def test_a_homepage_block_s_article_behind_a_bot_wall_leaves_the_homepage_unknown():
    spider = portal_spider()
    meta = {"site_id": spider.sites[0].site_id, "page_depth": 0, "check_url": f"{HOME}a/1.html#home-date",
            "home_url": HOME}
    for status, body in ((412, RS), (200, WAF)):
        ask = Request(f"{HOME}a/1.html", meta=dict(meta))
        (item,) = list(spider.parse_home_article(answer(ask, status, body=body)))
        assert item.unread and item.newest_date is None, status
    # an article read that shows no date dates nothing: read, not unknown
    ask = Request(f"{HOME}a/1.html", meta=dict(meta))
    (item,) = list(spider.parse_home_article(response(ask.url, "<html><body><p>正文</p></body></html>",
                                                      meta=dict(meta))))
    assert not item.unread


def test_an_item_sent_to_the_homepage_is_no_column_named_after_it():
    """An article (or a letter) whose address now redirects to the homepage: the homepage read there is no column
    (首页, from its ColumnName), whatever address it was asked at."""
    spider = portal_spider()
    home = (f'<html><head><meta name="ColumnName" content="首页"><title>首页</title></head><body><h2>要闻</h2>'
            f"{rows([1, 2, 3])}</body></html>")
    out = list(spider.read_page(response(HOME, home, meta=page_meta(spider, f"{HOME}xwzx/art_2001.html")),
                                spider.sites[0]))
    assert not [i for i in out if isinstance(i, ColumnItem)]
    assert not [r for r in out if isinstance(r, Request) and r.meta.get("column_state")]
