"""Reading a column on fake responses: further list pages and article dates only while the verdict is open, and
a column that cannot be read is unverified with its reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from scrapy.http import HtmlResponse, Request
from twisted.python.failure import Failure

from govcheck.items import ColumnItem
from tests.cms.pages import real_text
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

AS_OF = date(2026, 11, 26)
URL = f"{HOME}tzgg/index.html"
HINT = {"name": "工作动态", "parent": None, "top_level": True, "source": "nav", "level": 1}


@pytest.fixture
def spider():
    return portal_spider()


def rows(days: list[int | None]) -> str:
    out = []
    for k, ago in enumerate(days):
        shown = "" if ago is None else f"<span>{(AS_OF - timedelta(days=ago)).isoformat()}</span>"
        out.append(f'<li><a href="/tzgg/content_{k}.html">关于做好第{k}项工作的通知</a>{shown}</li>')
    return '<ul class="list">' + "".join(out) + "</ul>"


def first_page(spider, days, pager: str = "") -> list:
    page = response(URL, f"<html><body><h2>工作动态</h2>{rows(days)}{pager}</body></html>",
                    meta=page_meta(spider, URL, column=HINT))
    listing = spider.read_listing(page.selector, URL)
    return list(spider.column_from_listing(page, listing, HINT, f"{HOME}tzgg/"))


def test_a_fresh_column_is_settled_on_its_first_page(spider):
    (item,) = first_page(spider, [2, 5, 9], pager='<a href="index_1.html">下一页</a>')
    assert isinstance(item, ColumnItem) and item.url == f"{HOME}tzgg/" and item.reason is None


def test_a_stale_list_shown_newest_first_is_settled_on_its_second_page(spider):
    """Its second page shows it older: later pages hold only older items."""
    (nxt,) = first_page(spider, [40, 50, 60], pager='<a href="index_1.html">下一页</a>')
    assert isinstance(nxt, Request) and nxt.url == f"{HOME}tzgg/index_1.html"
    more = response(nxt.url, "<html><body>" + rows([70, 80]).replace("content_", "content_1")
                    + "<a href='index_2.html'>下一页</a></body></html>", meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(more))
    assert isinstance(item, ColumnItem) and item.reason is None and max(item.dates) == AS_OF - timedelta(days=40)


@pytest.mark.parametrize("status", [404, 410])
def test_a_stale_list_shown_newest_first_whose_second_page_is_not_there_is_judged_by_its_first(spider, status):
    """Page two, asked only for items pinned on top of page one, not there (a VSB static page never published): the
    dead link is the site's finding, and the column is settled as page one shows it."""
    (nxt,) = first_page(spider, [40, 50, 60], pager='<a href="index_1.html">下一页</a>')
    gone = response(nxt.url, "<html><body><h1>404 Not Found</h1></body></html>", status=status, meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(gone))
    assert item.reason is None and max(item.dates) == AS_OF - timedelta(days=40)


@pytest.mark.parametrize("answer", [
    {"status": 503, "body": "<html><body><h1>503 Service Unavailable</h1></body></html>"},
    {"status": 502, "body": "<html><body>Bad Gateway</body></html>"},
    {"status": 429, "body": "<html><body>Too Many Requests</body></html>"},
    {"status": 200, "body": ""},  # an empty answer
    {"status": 200, "body": "<html><body><h1>网站防火墙</h1><p>您的访问被拦截</p></body></html>"},
])
def test_a_stale_list_shown_newest_first_whose_second_page_cannot_be_read_is_unverified(spider, answer):
    """Page two, asked for the list's newest below items pinned on top of page one, answering with a server error, a
    rate limit or a stand-in: it may hold the newest, so the column is unverified, never stale for it."""
    (nxt,) = first_page(spider, [40, 50, 60], pager='<a href="index_1.html">下一页</a>')
    (item,) = list(spider.parse_list_page(response(nxt.url, answer["body"], status=answer["status"],
                                                   meta=dict(nxt.meta))))
    assert isinstance(item, ColumnItem) and "index_1.html" in item.reason


def test_a_stale_list_shown_newest_first_whose_second_page_fails_is_unverified(spider):
    """Page two timing out (or reset) once retried: unverified. Once page two showed a newer item (page one pinned),
    a later page unread leaves the column unverified too."""
    (nxt,) = first_page(spider, [40, 50, 60], pager='<a href="index_1.html">下一页</a>')
    (item,) = list(spider.list_page_failed(failure_of(nxt)))
    assert "index_1.html" in item.reason and "超时" in item.reason
    more = response(nxt.url, "<html><body>" + rows([30, 70]).replace("content_", "content_1")
                    + "<a href='index_2.html'>下一页</a></body></html>", meta=dict(nxt.meta))
    (third,) = list(spider.parse_list_page(more))
    (item,) = list(spider.list_page_failed(failure_of(third)))
    assert "index_2.html" in item.reason


def test_a_stale_first_page_of_items_pinned_on_top_reads_on(spider):
    """VSB marks no item pinned (置顶): a first page of old ones, newest first, ends where the list's newest starts,
    on page two (/gzdt/3.htm, its pages numbered down from the oldest)."""
    url = f"{HOME}gzdt.htm"
    pager = ('<span class="p_pages"><span class="p_no"><a href="gzdt/3.htm">2</a></span><span class="p_next p_fun">'
             '<a href="gzdt/3.htm">下页</a></span><span class="p_last p_fun"><a href="gzdt/1.htm">尾页</a></span>'
             "</span>")
    page = response(url, f"<html><body><h2>工作动态</h2>{rows([300, 340, 400])}{pager}</body></html>",
                    meta=page_meta(spider, url, column=HINT))
    (nxt,) = list(spider.column_from_listing(page, spider.read_listing(page.selector, url), HINT, url))
    assert isinstance(nxt, Request) and nxt.url == f"{HOME}gzdt/3.htm"
    more = response(nxt.url, "<html><body>" + rows([6, 9, 15]).replace("content_", "content_3") + "</body></html>",
                    meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(more))
    assert isinstance(item, ColumnItem) and item.reason is None and max(item.dates) == AS_OF - timedelta(days=6)


def test_an_oldest_first_list_is_read_from_its_last_page(spider):
    (nxt,) = first_page(spider, [90, 60, 40], pager='<a href="index_1.html">下一页</a><a href="index_6.html">尾页</a>')
    assert isinstance(nxt, Request) and nxt.url == f"{HOME}tzgg/index_6.html"
    assert nxt.meta["column_state"]["last_read"]


def test_a_fresh_oldest_first_list_is_read_from_its_last_page_too(spider):
    """Fresh already on its first page, its last update is still on its last page: the date shown must be exact."""
    (nxt,) = first_page(spider, [12, 9, 5], pager='<a href="index_1.html">下一页</a><a href="index_3.html">尾页</a>')
    assert isinstance(nxt, Request) and nxt.url == f"{HOME}tzgg/index_3.html"
    newest = rows([4, 2, 1]).replace("content_", "content_9")  # other items than the first page's
    last = response(nxt.url, f"<html><body>{newest}</body></html>", meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(last))
    assert isinstance(item, ColumnItem) and max(item.dates) == AS_OF - timedelta(days=1) and item.reason is None


def test_a_fresh_oldest_first_list_whose_last_page_fails_stays_fresh(spider):
    """Its first page already shows it fresh: a last page that cannot be read loses only the exact last update."""
    (nxt,) = first_page(spider, [12, 9, 5], pager='<a href="index_1.html">下一页</a><a href="index_3.html">尾页</a>')
    (item,) = list(spider.list_page_failed(failure_of(nxt)))
    assert item.reason is None and max(item.dates) == AS_OF - timedelta(days=5)


def test_an_unsorted_stale_list_reads_on_as_far_as_allowed(spider):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    assert nxt.url == f"{HOME}tzgg/index_1.html"
    more = response(nxt.url, f"<html><body>{rows([80, 95])}<a href='index_2.html'>下一页</a></body></html>",
                    meta=dict(nxt.meta))
    spider.max_list_pages = 2
    (item,) = list(spider.parse_list_page(more))
    assert isinstance(item, ColumnItem) and len(item.dates) == 6 and item.reason is None  # newest first from 40 on


@pytest.mark.parametrize(("pager", "reason"), [
    ("<a href='index_2.html'>下一页</a>", "列表未按时间排序，仅读取了前2页"),  # a later item could sit on page 3
    ("", None),  # read to its end: stale on all it shows
])
def test_an_unsorted_stale_list_is_judged_only_when_read_to_its_end(spider, pager, reason):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    more = response(nxt.url, f"<html><body>{rows([95, 50])}{pager}</body></html>", meta=dict(nxt.meta))
    spider.max_list_pages = 2
    (item,) = list(spider.parse_list_page(more))
    assert isinstance(item, ColumnItem) and len(item.dates) == 6 and item.reason == reason


def test_an_undated_list_asks_its_articles_and_is_unverified_when_none_opens(spider):
    (ask,) = first_page(spider, [None, None, None])
    assert ask.url == f"{HOME}tzgg/content_0.html"
    state = ask
    for _ in range(3):
        out = list(spider.article_failed(failure_of(state)))
        state = out[0]
    assert isinstance(state, ColumnItem) and "文章页面的日期也无法读取" in state.reason


def test_a_list_page_that_fails_makes_the_column_unverified(spider):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    (item,) = list(spider.list_page_failed(failure_of(nxt)))
    assert "index_1.html" in item.reason and "超时" in item.reason


def failure_of(request: Request) -> Failure:
    from twisted.internet.error import TimeoutError as TwistedTimeout

    failure = Failure(TwistedTimeout())
    failure.request = request
    return failure


def broken_reader(*args, **kwargs):
    raise RecursionError("a page the reader cannot take")


@pytest.mark.parametrize("where", ["govcheck.spiders.portal.parse_list", "govcheck.spiders.columns.column_list"])
def test_a_list_the_reader_fails_on_is_unverified_never_empty(spider, monkeypatch, where):
    """The page shows an empty list container beside the list the reader failed on: nothing says it is empty."""
    monkeypatch.setattr(where, broken_reader)
    page = response(URL, f'<html><body><div class="list"></div>{rows([2, 5])}</body></html>',
                    meta=page_meta(spider, URL, column=HINT))
    (item,) = first_page_of(spider, page)
    assert isinstance(item, ColumnItem) and item.reason == "栏目页面的列表无法解析" and not item.dates
    assert spider.crawler.stats.get_value("govcheck/parse_errors") == 1


def test_a_rendered_page_the_reader_fails_on_is_unverified(spider, monkeypatch):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')  # a column's state
    monkeypatch.setattr("govcheck.spiders.portal.parse_list", broken_reader)
    rendered = response(URL, "<html><body><ul class='list'></ul></body></html>",
                        meta={"column_state": {**nxt.meta["column_state"], "rendered": True}, "playwright": True})
    (item,) = list(spider.parse_rendered(rendered))
    assert item.reason == "浏览器渲染后的页面无法解析"


class Page:
    """A Playwright page: the address it shows now, which its scripts may have changed."""

    def __init__(self, url):
        self.url = url


class Frame:
    def __init__(self, page):
        self.page = page


class PlaywrightRequest:
    def __init__(self, url, resource_type, page, failure=None):
        self.url, self.resource_type, self.failure, self.frame = url, resource_type, failure, Frame(page)


EMPTY_LIST = "<html><body><h2>工作动态</h2><ul class='list'></ul>{}</body></html>"


def rendered_empty(spider, page: Page) -> HtmlResponse:
    """The rendering of a column page whose empty list a script may fill, in `page`, and the page as Chromium left
    it (at the address `page` shows at the end)."""
    from scrapy.utils.misc import load_object

    spider.browser_ready = lambda: True
    first = response(URL, EMPTY_LIST.format('<script src="/js/list.js"></script>'),
                     meta=page_meta(spider, URL, column=HINT))
    (render,) = first_page_of(spider, first)
    assert render.meta["playwright"]
    init = load_object(render.meta["playwright_page_init_callback"])(page, render)  # as scrapy-playwright calls it
    with pytest.raises(StopIteration):
        init.send(None)  # it awaits nothing
    return response(page.url, EMPTY_LIST.format(""), meta=render.meta)


def test_a_rendered_list_left_empty_by_a_script_that_did_not_load_is_unverified_never_empty(spider):
    """The list's script (another host's) was refused in the browser, its data answered 503: what they would have
    filled is unknown. A picture that failed, or a script of another page, says nothing of this list; nor does the
    address the page's own script wrote after the failures (a hash pager's #page=1)."""
    page, other = Page(URL), Page(f"{HOME}other/index.html")
    rendered_empty(spider, other)  # another column's render, at the same time
    rendered = rendered_empty(spider, page)
    spider.render_request_failed(PlaywrightRequest("http://cdn.example.gov.cn/list.js", "script", page,
                                                   "net::ERR_CONNECTION_REFUSED"))
    spider.render_request_failed(PlaywrightRequest(f"{HOME}images/a.png", "image", page, "net::ERR_FAILED"))
    spider.render_request_failed(PlaywrightRequest(f"{HOME}js/b.js", "script", other, "net::ERR_FAILED"))
    data = PlaywrightRequest(f"{HOME}tzgg/data.json", "xhr", page)
    answered(spider, data, 503)
    page.url = f"{URL}#page=1"
    (item,) = list(spider.parse_rendered(rendered.replace(url=page.url)))
    assert isinstance(item, ColumnItem) and not item.dates and not item.placeholder
    assert item.reason.startswith("浏览器渲染时2个脚本或数据请求未完成") and "ERR_CONNECTION_REFUSED" in item.reason
    assert len(spider.render_trouble) == 1  # this page's taken, the other's kept


class PlaywrightResponse:
    def __init__(self, request, status, body="", ctype="application/json;charset=UTF-8"):
        self.request, self.status, self.body, self.headers = request, status, body, {"content-type": ctype}

    async def text(self):
        return self.body


def answered(spider, request, status, body=""):
    """Playwright's response event for `request`, as the render's handler gets it (its body at hand: it awaits
    nothing)."""
    with pytest.raises(StopIteration):
        spider.render_response(PlaywrightResponse(request, status, body)).send(None)


@pytest.mark.parametrize("body", ['{"code": 500, "msg": "系统繁忙", "data": null}',
                                  '{"code": 401, "msg": "请先登录"}'])
def test_a_rendered_list_still_saying_it_is_empty_after_its_data_answered_an_error_is_unverified(spider, body):
    """The backend's error answered with 200 (a login wall's code 401 too): the template's 暂无数据 stays, and says
    nothing of the list."""
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    answered(spider, PlaywrightRequest(f"{HOME}api/article/list?columnId=12", "xhr", page), 200, body)
    shown = EMPTY_LIST.format("").replace("<ul class='list'></ul>", "<ul class='list'><li>暂无数据</li></ul>")
    (item,) = list(spider.parse_rendered(rendered.replace(body=shown.encode())))
    assert isinstance(item, ColumnItem) and item.reason.startswith("浏览器渲染时1个脚本或数据请求未完成")
    assert "返回错误" in item.reason


def test_a_rendered_list_whose_data_answered_an_empty_list_is_empty(spider):
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    answered(spider, PlaywrightRequest(f"{HOME}api/article/list?columnId=12", "fetch", page), 200,
             '{"code": 200, "msg": "操作成功", "data": {"records": [], "total": 0}}')
    (item,) = list(spider.parse_rendered(rendered))
    assert isinstance(item, ColumnItem) and item.reason is None and item.empty_list


def test_a_render_waits_for_what_the_page_draws_once_settled(spider):
    """Lists drawn after a delay or once scrolled into view: a render scrolls, and waits for links to stop coming."""
    methods = spider.render_request({"read_url": URL, "requests": 1}).meta["playwright_page_methods"]
    assert [m.method for m in methods] == ["wait_for_load_state", "evaluate"]
    assert "scrollTo" in methods[1].args[0] and "IntersectionObserver" not in methods[1].args[0]


def test_a_rendered_list_still_saying_it_is_empty_after_its_data_failed_is_unverified(spider):
    """The 暂无数据 a list's template shows until its script's answer replaces it: the data request failed (404), so
    it says nothing of the list."""
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    data = PlaywrightRequest(f"{HOME}api/list.json?channel=tzgg&page=1", "xhr", page)
    answered(spider, data, 404)
    shown = EMPTY_LIST.format("").replace("<ul class='list'></ul>", "<ul class='list'><li>暂无数据</li></ul>")
    (item,) = list(spider.parse_rendered(rendered.replace(body=shown.encode())))
    assert isinstance(item, ColumnItem) and item.reason.startswith("浏览器渲染时1个脚本或数据请求未完成")


def test_a_rendered_empty_list_whose_scripts_all_loaded_is_empty(spider):
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    spider.render_request_failed(PlaywrightRequest(f"{HOME}images/a.png", "image", page, "net::ERR_FAILED"))
    (item,) = list(spider.parse_rendered(rendered))
    assert isinstance(item, ColumnItem) and item.reason is None and not item.dates and item.empty_list


# third-party widgets that fill no box: Baidu's and CNZZ's counters, the 找错 widget, a 无障碍 toolbar, share buttons
WIDGETS = ("https://hm.baidu.com/hm.js?5f3a9c0e7b21d4c8", "https://s4.cnzz.com/z_stat.php?id=1281034567",
           "https://zfwzgl.www.gov.cn/exposure/jiucuo.js", "https://wza.qx.gov.cn/assist.js",
           f"{HOME}static/api/js/share.js?v=89860593.js")


def widgets_failed(spider, page) -> None:
    """The widgets' requests as a render meets them off loopback: refused by the address guard, or a 404."""
    for url in WIDGETS[:-1]:
        spider.render_request_failed(PlaywrightRequest(url, "script", page, "net::ERR_FAILED"))
    answered(spider, PlaywrightRequest(WIDGETS[-1], "script", page), 404)


def test_a_rendered_empty_list_whose_only_failed_requests_are_widgets_that_fill_nothing_is_empty(spider):
    """A counter, the 找错 widget, a 无障碍 toolbar, share buttons that did not load fill no list: it is empty, not
    unverified for them."""
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    widgets_failed(spider, page)
    (item,) = list(spider.parse_rendered(rendered))
    assert isinstance(item, ColumnItem) and item.reason is None and item.empty_list
    assert spider.crawler.stats.get_value("govcheck/render/widget_failed") == len(WIDGETS)


@pytest.mark.parametrize("url", [f"{HOME}js/list.js", "https://cdn.bootcdn.net/ajax/libs/jquery/1.12.4/jquery.min.js",
                                 f"{HOME}js/tongjixx.js", f"{HOME}api/tongji.json"])
def test_a_rendered_empty_list_beside_widgets_and_a_script_that_may_fill_it_is_unverified_for_that_script(spider, url):
    """The site's own list script, a library it needs or its own data (a statistics list, not a counter): its failure
    may have left the list empty, the widgets' says nothing."""
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    widgets_failed(spider, page)
    answered(spider, PlaywrightRequest(url, "xhr" if url.endswith(".json") else "script", page), 404)
    (item,) = list(spider.parse_rendered(rendered))
    assert isinstance(item, ColumnItem) and item.reason == f"浏览器渲染时1个脚本或数据请求未完成：{url}（返回404）"


def test_a_render_asks_for_the_failed_requests_by_the_spider_methods_names(spider):
    """Names, not callables: the request may wait in Redis; the methods must exist under those names."""
    request = spider.render_request({"read_url": URL, "requests": 1})
    handlers = request.meta["playwright_page_event_handlers"]
    assert handlers == {"requestfailed": "render_request_failed", "response": "render_response"}
    assert all(callable(getattr(spider, name)) for name in handlers.values())


def first_page_of(spider, page) -> list:
    listing = spider.read_listing(page.selector, URL)
    return list(spider.column_from_listing(page, listing, HINT, f"{HOME}tzgg/"))


def test_articles_the_reader_fails_on_leave_an_undated_list_unverified(spider, monkeypatch):
    (ask,) = first_page(spider, [None, None, None])
    monkeypatch.setattr("govcheck.spiders.article_dates.parse_article", broken_reader)
    out = [ask]
    for _ in range(3):
        page = response(out[0].url, "<html><body><p>2026-11-20</p></body></html>", meta=dict(out[0].meta))
        out = list(spider.parse_article_date(page))
    (item,) = out
    assert isinstance(item, ColumnItem) and "content_2.html 无法解析" in item.reason


def test_the_homepage_under_another_url_is_not_a_column(spider):
    """/index.html beside /, reached by a link, carrying the CMS's ColumnName (首页) and dated blocks: the
    homepage, never a column of its own."""
    url = f"{HOME}index.html"
    page = response(url, f'<html><head><meta name="ColumnName" content="首页"></head><body>{rows([2, 5, 9])}'
                         "</body></html>", meta=page_meta(spider, url))
    out = list(spider.read_page(page, spider.sites[0]))
    assert not [i for i in out if isinstance(i, ColumnItem)]
    assert not [r for r in out if isinstance(r, Request) and r.meta.get("column_state")]


@pytest.mark.parametrize(("metas", "column"), [
    # an article whose PubDate is the day its page was generated (页面生成时间): still an article
    ('<meta name="PubDate" content="2022-10-14 10:16:14">'
     '<meta name="others" content="页面生成时间 2022-10-14 10:16:14">', False),
    ("", True),  # no date of its own at all: a page of the column's list, named by its ColumnName
])
def test_an_article_with_a_list_beside_it_is_no_column(spider, metas, column):
    url = f"{HOME}szdt/e651244f.shtml"  # an address without a date
    page = response(url, f'<html><head><meta name="ColumnName" content="市州动态">{metas}</head><body>'
                         f"<h1>绵阳开展系列活动</h1><p>正文。</p>{rows([2, 5, 9])}</body></html>",
                    meta=page_meta(spider, url))
    out = list(spider.read_page(page, spider.sites[0]))
    assert bool([i for i in out if isinstance(i, ColumnItem)]) is column


def test_a_page_that_names_itself_and_says_its_list_is_empty_is_an_empty_column(spider):
    """Realpage 21, a county office's page reached from a page of offices, no menu's: 此栏目暂无任何新增信息 in its
    list box. A column by its own name, as its siblings with news are, and an empty one."""
    url = f"{HOME}gzjg/zfgzbm/xswj/index.html"
    page = response(url, real_text("21-zhecheng-xswj-empty-2018.html"), meta=page_meta(spider, url))
    (column,) = [i for i in spider.read_page(page, spider.sites[0]) if isinstance(i, ColumnItem)]
    assert (column.name, column.url, column.placeholder, column.dates, column.reason) == (
        "县商务局", f"{HOME}gzjg/zfgzbm/xswj/", True, [], None)


@pytest.mark.parametrize(("pager", "empty"), [("共 0 条 当前第 1 / 1 页", True), ("", False)])
def test_a_page_whose_items_may_be_the_sites_keeps_what_it_says_of_its_own_list(spider, pager, empty):
    """A box of news beside an empty list that only its pager's count tells: the box may prove the whole site's
    when the run is finished; then the column is empty if the page said so, else a page without a list."""
    page = response(URL, f'<html><body><h2>意见征集</h2><div class="box">{rows([2, 5, 9])}</div><ul></ul>'
                         f'<div class="page">{pager}</div></body></html>', meta=page_meta(spider, URL, column=HINT))
    (item,) = first_page_of(spider, page)
    assert isinstance(item, ColumnItem) and len(item.dates) == 3 and item.empty_list is empty and not item.placeholder


def test_a_page_without_items_that_says_nothing_is_no_column(spider):
    """The same page with its list box gone: a page of text, not a column."""
    url = f"{HOME}gzjg/zfgzbm/xswj/index.html"
    html = real_text("21-zhecheng-xswj-empty-2018.html").replace("此栏目暂无任何新增信息", "")
    page = response(url, html, meta=page_meta(spider, url))
    assert not [i for i in spider.read_page(page, spider.sites[0]) if isinstance(i, ColumnItem)]


@pytest.mark.parametrize(("content", "column"), [
    # its list in an iframe of a page of the site's, beside it or in its 信息公开 目录's folder: read there
    ('<div class="list"><iframe src="list.html"></iframe></div>', True),
    ('<iframe src="/gkml/zcwj/list.html" width="100%"></iframe>', True),
    # a table's header row over one row that says it has nothing: an empty column
    ('<table class="list"><tr><th>标题</th><th>发布日期</th></tr><tr><td colspan="2">暂无数据</td></tr></table>',
     True),
    # a map of another host in a frame: no list of the site's
    ('<iframe src="http://map.example.com/?q=1"></iframe>', False),
])
def test_a_page_reached_by_no_menu_that_names_itself_is_a_column_by_its_list_elsewhere(spider, content, column):
    """A 信息公开 leaf reached from a box of links named by no menu word (its 当前位置 under 政务公开): a column by its
    own name when its list sits in a frame of its content, or when it says, under its table's header row, that it has
    nothing."""
    url = f"{HOME}zwgk/zcwj/index.html"
    page = response(url, '<html><head><meta name="ColumnName" content="政策文件"></head><body><div class="crumb">'
                         '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>'
                         f"{content}</body></html>", meta=page_meta(spider, url))
    out = list(spider.read_page(page, spider.sites[0]))
    asks = [r for r in out if isinstance(r, Request) and r.meta.get("column_state")]
    items = [i for i in out if isinstance(i, ColumnItem)]
    assert bool(asks or items) is column
    if items:
        assert items[0].name == "政策文件" and items[0].placeholder


def framed_page(spider) -> Request:
    """A column page whose list container holds only an iframe of list.html: the list is read there."""
    page = response(URL, '<html><body><h2>工作动态</h2><div class="list"><iframe src="list.html" name="listFrame">'
                         "</iframe></div></body></html>", meta=page_meta(spider, URL, column=HINT))
    (ask,) = first_page_of(spider, page)
    assert isinstance(ask, Request) and ask.url == f"{HOME}tzgg/list.html"
    return ask


def test_a_list_in_an_iframe_is_read_there(spider):
    ask = framed_page(spider)
    frame = response(ask.url, f"<html><body>{rows([40, 50, 60])}</body></html>", meta=dict(ask.meta))
    (item,) = list(spider.parse_list_frame(frame))
    assert isinstance(item, ColumnItem) and item.url == f"{HOME}tzgg/" and item.reason is None
    assert max(item.dates) == AS_OF - timedelta(days=40) and item.read_url == ask.url and item.requests == 2
    assert not spider.claim_column(f"{HOME}tzgg/list.html", ask.url)  # the frame page is no column of its own


def test_a_frame_that_says_its_list_is_empty_is_an_empty_column(spider):
    ask = framed_page(spider)
    frame = response(ask.url, '<html><body><ul class="list"></ul><p>暂无信息</p></body></html>', meta=dict(ask.meta))
    (item,) = list(spider.parse_list_frame(frame))
    assert item.reason is None and item.placeholder and not item.dates


@pytest.mark.parametrize("answer", [404, 503, 302, "timeout"])
def test_a_list_frame_that_cannot_be_read_leaves_the_column_unverified_never_empty(spider, answer):
    ask = framed_page(spider)
    if answer == "timeout":
        (item,) = list(spider.list_frame_failed(failure_of(ask)))
        assert "超时" in item.reason
    else:
        (item,) = list(spider.parse_list_frame(response(ask.url, "<html><body></body></html>", status=answer,
                                                        meta=dict(ask.meta))))
        assert str(answer) in item.reason
    assert "list.html" in item.reason and not item.dates and not item.placeholder


def answer(request: Request, status: int, location: str | None = None, body: str = "") -> HtmlResponse:
    """The response the engine hands over for `request` itself (its callback, method and body kept)."""
    headers = {} if location is None else {"Location": location}
    return HtmlResponse(request.url, status=status, headers=headers, body=body.encode(), encoding="utf-8",
                        request=request)


def test_an_article_moved_with_a_301_is_read_where_it_moved(spider):
    """An undated list linking its articles' old addresses: each answers 301; the article's date is read there."""
    (ask,) = first_page(spider, [None, None, None])
    (again,) = list(spider.parse_article_date(answer(ask, 301, "/new/content_0.html")))
    assert again.url == f"{HOME}new/content_0.html" and again.callback == spider.parse_article_date
    article = answer(again, 200, body='<html><head><meta name="PubDate" content="2026-11-20 09:00"></head>'
                                      "<body><h1>标题</h1></body></html>")
    (item,) = list(spider.parse_article_date(article))
    assert item.reason is None and item.article_date == date(2026, 11, 20)


def test_an_article_that_sends_its_visitor_back_with_a_cookie_is_asked_again_with_it(spider):
    """A firewall's cookie check (wzws_cid) on an undated list's article: asked again sending the cookie, as a
    browser does, the article answers with its date."""
    (ask,) = first_page(spider, [None, None, None])
    check = HtmlResponse(ask.url, status=302, headers={"Location": ask.url, "Set-Cookie": "wzws_cid=8c3e5f; path=/"},
                         body=b"", encoding="utf-8", request=ask)
    (again,) = list(spider.parse_article_date(check))
    assert again.url == ask.url and again.headers["Cookie"] == b"wzws_cid=8c3e5f"
    (item,) = list(spider.parse_article_date(dated_article(again, "2026-11-20")))
    assert item.reason is None and item.article_date == date(2026, 11, 20)


def dated_article(request, day: str):
    return answer(request, 200, body=f'<html><head><meta name="PubDate" content="{day} 09:00"></head>'
                                     "<body><h1>标题</h1></body></html>")


def test_an_undated_list_whose_first_article_is_old_asks_the_next(spider):
    """An old item pinned on top of an undated list: the next articles tell the list's newest; the newest counts."""
    (ask,) = first_page(spider, [None, None, None])
    (second,) = list(spider.parse_article_date(dated_article(ask, "2024-03-12")))
    assert second.callback == spider.parse_article_date and second.url != ask.url
    (item,) = list(spider.parse_article_date(dated_article(second, "2026-11-20")))
    assert item.article_date == date(2026, 11, 20) and max(d for d in item.dates if d) == date(2026, 11, 20)
    (ask,) = first_page(spider, [None, None, None])  # all three old: the newest of them, stale
    third = next(iter(spider.parse_article_date(dated_article(ask, "2026-08-01"))))
    last = next(iter(spider.parse_article_date(dated_article(third, "2024-03-12"))))
    (item,) = list(spider.parse_article_date(dated_article(last, "2026-07-01")))
    assert item.article_date == date(2026, 8, 1) and item.reason is None


def month_day_page(spider, days: list[int]):
    """A list of month-days alone (10-21) at addresses without a year: each year is a guess."""
    out = "".join(f'<li><a href="/show.jsp?id={k}">关于做好第{k}项工作的通知</a>'
                  f"<span>({(AS_OF - timedelta(days=ago)):%m-%d})</span></li>" for k, ago in enumerate(days))
    page = response(URL, f'<html><body><h2>工作动态</h2><ul class="list">{out}</ul></body></html>',
                    meta=page_meta(spider, URL, column=HINT))
    return list(spider.column_from_listing(page, spider.read_listing(page.selector, URL), HINT, f"{HOME}tzgg/"))


@pytest.mark.parametrize(("published", "newest"), [
    (date(2025, 11, 23), date(2025, 11, 23)),  # last year's: every date a year back
    (date(2026, 11, 23), date(2026, 11, 23)),  # the year guessed
    (date(2026, 8, 1), date(2026, 11, 23)),  # no same day in any year: the list's own day stands
    (None, date(2026, 11, 23)),  # an article without a date: the guess stands
])
def test_a_fresh_list_of_month_days_asks_its_newest_article_for_the_year(spider, published, newest):
    (ask,) = month_day_page(spider, [3, 5, 20])
    assert ask.url == f"{HOME}show.jsp?id=0" and ask.callback == spider.parse_year
    meta = "" if published is None else f'<meta name="PubDate" content="{published} 09:00">'
    (item,) = list(spider.parse_year(answer(ask, 200, body=f"<html><head>{meta}</head><body>标题</body></html>")))
    assert isinstance(item, ColumnItem) and item.reason is None
    assert max(item.dates) == newest and (newest - min(item.dates)).days == 17


def test_a_stale_list_of_month_days_asks_nothing(spider):
    """The guess is the latest such day: the truth can only be older."""
    (item,) = month_day_page(spider, [300, 320])
    assert isinstance(item, ColumnItem) and item.reason is None


def test_an_article_that_cannot_be_read_leaves_the_guess(spider):
    (ask,) = month_day_page(spider, [3, 5, 20])
    (item,) = list(spider.year_failed(failure_of(ask)))
    assert isinstance(item, ColumnItem) and max(item.dates) == date(2026, 11, 23) and item.reason is None


@pytest.mark.parametrize("shown", [
    "",  # PubDate alone, the day the page was generated
    "<p>县政府召开常务会议。2026年09月15日，会议研究了有关事项。</p>",  # a date in its text, under no label
    "<div>成稿：2026年09月15日</div>",  # a label govcheck does not know
])
def test_an_article_whose_date_cannot_be_read_leaves_an_undated_list_unverified(spider, shown):
    """Its date is one govcheck cannot read: unknown, never "no date", which would make the column not updated."""
    (ask,) = first_page(spider, [None, None, None])
    generated = ('<meta name="PubDate" content="2026-11-25 10:16:14">'
                 '<meta name="others" content="页面生成时间 2026-11-25 10:16:14">') if not shown else ""
    body = f"<html><head>{generated}</head><body><h1>标题</h1>{shown}</body></html>"
    state = ask
    for _ in range(3):
        (state,) = list(spider.parse_article_date(answer(state, 200, body=body)))
    assert isinstance(state, ColumnItem) and "发布日期无法识别" in state.reason


def test_an_article_that_shows_no_date_at_all_leaves_an_undated_list_not_updated(spider):
    (ask,) = first_page(spider, [None, None, None])
    body = "<html><body><h1>标题</h1><p>县政府召开常务会议，研究有关事项。</p></body></html>"
    state = ask
    for _ in range(3):
        (state,) = list(spider.parse_article_date(answer(state, 200, body=body)))
    assert isinstance(state, ColumnItem) and state.reason is None


@pytest.mark.parametrize("read_at", [0, 1, 2])
def test_an_undated_list_whose_articles_fail_beside_one_without_a_date_is_unverified(spider, read_at):
    """One article read that shows no date, the others timing out: a newer date may be on those, whichever it is."""
    (ask,) = first_page(spider, [None, None, None])
    body = "<html><body><h1>标题</h1><p>县政府召开常务会议，研究有关事项。</p></body></html>"
    state = ask
    for k in range(3):
        out = spider.parse_article_date(answer(state, 200, body=body)) if k == read_at else \
            spider.article_failed(failure_of(state))
        (state,) = list(out)
    assert isinstance(state, ColumnItem) and "文章页面的日期也无法读取" in state.reason and "超时" in state.reason


def test_a_redirect_that_cannot_be_followed_is_unread_never_undated(spider):
    (ask,) = first_page(spider, [None, None, None])
    state = ask
    for location in ("mailto:web@xx.gov.cn", "", "http://[bad/"):
        (state,) = list(spider.parse_article_date(answer(state, 302, location or None)))
    assert isinstance(state, ColumnItem) and "文章页面的日期也无法读取" in state.reason and "302" in state.reason


def test_redirects_are_followed_only_so_far(spider):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    for hop in range(30):
        out = list(spider.parse_list_page(answer(nxt, 302, f"loop_{hop}.html")))
        if isinstance(out[0], ColumnItem):
            break
        nxt = out[0]
    assert hop == 20 and "302" in out[0].reason  # fetch.MAX_REDIRECTS, then unread: unverified


def test_a_posted_list_page_answered_302_is_asked_again_with_get(spider):
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    posted = nxt.replace(method="POST", body=b"page=2")
    (again,) = list(spider.parse_list_page(answer(posted, 302, "list_2.html")))
    assert (again.method, again.body, again.url) == ("GET", b"", f"{HOME}tzgg/list_2.html")


DOCWRITE = "".join(f"""<li><script>document.write('<a href="/tzgg/t2026110{d}_1.html">关于第{d}批工作的通知</a>');"""
                   f"""</script><span class="date">2026-11-0{d}</span></li>""" for d in (5, 3, 1))


# an empty list an inline script fills from data of its own (开普云's, epoch dates)
FILLED = ('<ul id="list" class="list"></ul><script>var data = {"list": [{"title": "关于做好冬季工作的通知", '
          '"url": "/tzgg/1.html", "pubtime": 1764288000}]}; var html = ""; data.list.forEach(function(it){ html += '
          '\'<li><a href="\' + it.url + \'">\' + it.title + "</a></li>"; }); '
          'document.getElementById("list").innerHTML = html;</script>')


@pytest.mark.parametrize("body", [f'<ul class="list">{DOCWRITE}</ul>', FILLED])
def test_rows_whose_links_their_scripts_write_are_rendered_never_empty(body):
    """A list container whose rows carry dates and the scripts that write their links, or an empty list an inline
    script fills from data of its own: its HTML holds no link, a browser shows the list. Without Chromium the column
    is unverified; with it, the page is rendered."""
    for playwright, want in ((False, "未启用浏览器渲染"), (True, None)):
        spider = portal_spider(GOVCHECK_PLAYWRIGHT=playwright)
        spider.browser_ready = lambda: True
        page = response(URL, f"<html><body><h2>工作动态</h2>{body}</body></html>",
                        meta=page_meta(spider, URL, column=HINT))
        (out,) = first_page_of(spider, page)
        if want:
            assert isinstance(out, ColumnItem) and want in out.reason and not out.placeholder and not out.dates
        else:
            assert isinstance(out, Request) and out.meta["playwright"] and out.url == URL


def opaque_list(script: str) -> str:
    out = [f'<li><a href="javascript:void(0);" onclick="openDoc(\'{k}\')">关于做好第{k}项工作的通知</a>'
           f"<span>{(AS_OF - timedelta(days=40 + k)).isoformat()}</span></li>" for k in range(4)]
    return f'<html><body><h2>工作动态</h2><ul class="list">{"".join(out)}</ul>{script}</body></html>'


@pytest.mark.parametrize(("script", "reason"), [
    ('<script src="/js/opendoc.js"></script>', "脚本"),  # where openDoc leads, only a browser that clicks knows
    ("<script>function openDoc(id) { window.open('/tzgg/doc/' + id + '.html'); }</script>", None),
])
def test_dated_rows_opened_by_a_script_naming_no_address_are_unverified_never_dropped(spider, script, reason):
    """A stale list whose links call a function of a script file: unverified, not a static page without a list;
    with the function in the page, the list is read and judged."""
    (item,) = first_page_of(spider, response(URL, opaque_list(script), meta=page_meta(spider, URL, column=HINT)))
    assert isinstance(item, ColumnItem) and len(item.dates) == (0 if reason else 4)
    assert (item.reason is None) if reason is None else reason in item.reason


def test_dated_rows_without_links_beside_an_empty_list_are_unverified_never_empty(spider):
    """Table rows that open their articles by script, with no link, after an empty list: not an empty column."""
    rows = "".join(f"<tr onclick=\"openDoc('{k}')\"><td>关于做好第{k}项工作的通知</td>"
                   f"<td>{(AS_OF - timedelta(days=40 + k)).isoformat()}</td></tr>" for k in range(4))
    html = f'<html><body><h2>工作动态</h2><ul class="list"></ul><table class="tb">{rows}</table></body></html>'
    (item,) = first_page_of(spider, response(URL, html, meta=page_meta(spider, URL, column=HINT)))
    assert isinstance(item, ColumnItem) and "未能识别出列表" in item.reason and not item.dates


def test_an_undated_list_stale_by_its_first_article_whose_next_ones_fail_is_unverified(spider):
    """The first article old (pinned on top, maybe), the next ones not read: a newer one may be among them."""
    (ask,) = first_page(spider, [None, None, None])
    second = next(iter(spider.parse_article_date(dated_article(ask, "2024-03-12"))))
    third = next(iter(spider.article_failed(_failed(second))))
    (item,) = list(spider.article_failed(_failed(third)))
    assert item.article_date == date(2024, 3, 12) and item.reason.startswith("列表未显示日期，可能更新的文章未能读取")


def _failed(request):
    from twisted.internet.error import TCPTimedOutError
    from twisted.python.failure import Failure

    failure = Failure(TCPTimedOutError())
    failure.request = request
    return failure


APP_SHELL = ('<html><head><title>通知公告</title></head><body><div id="app"></div>'
             '<script src="/static/js/app.js"></script></body></html>')


def test_a_single_page_apps_column_page_is_rendered_and_its_text_alone_is_a_static_page(spider):
    """A column page served as an app's mount point (history routes): rendered before anything is said of it; drawn
    as a page of text (机构概况), it is not judged; drawn with its list, the list is read."""
    spider.browser_ready = lambda: True
    (render,) = first_page_of(spider, response(URL, APP_SHELL, meta=page_meta(spider, URL, column=HINT)))
    assert render.meta["playwright"] and render.meta["column_state"]["app"]
    text = ("<html><body><div id='app'><h2>机构概况</h2><p>示范市医疗保障局是市政府工作部门，负责全市医疗保险、"
            "生育保险、医疗救助等医疗保障制度的拟订和组织实施。</p></div></body></html>")
    assert list(spider.parse_rendered(response(URL, text, meta=render.meta))) == []
    listed = "<html><body><div id='app'><h2>通知公告</h2><ul class='list'>{}</ul></div></body></html>".format(
        "".join(f"<li><a href='/tzgg/202611/t202611{d}_1.html'>关于开展医保工作的通知</a><span>2026-11-{d}</span></li>"
                for d in (20, 10)))
    (item,) = list(spider.parse_rendered(response(URL, listed, meta=render.meta)))
    assert item.reason is None and max(item.dates) == date(2026, 11, 20)


YEAR_TABS = "".join(f'<a href="index.html?year={y}">{y}年</a>' for y in (2026, 2025, 2024))


def test_a_list_shown_by_an_older_years_tab_is_read_from_the_newest_years(spider):
    """Its template shows 2024's by default: the column's last update is under the 2026 tab, one request on."""
    (nxt,) = first_page(spider, [700, 720, 740], pager=YEAR_TABS)
    assert isinstance(nxt, Request) and nxt.url == f"{HOME}tzgg/index.html?year=2026"
    tab = response(nxt.url, f"<html><body>{rows([3, 10, 20]).replace('content_', 'content_9')}{YEAR_TABS}"
                   "</body></html>", meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(tab))
    assert item.reason is None and max(item.dates) == AS_OF - timedelta(days=3) and item.requests == 2


def test_a_list_shown_by_its_newest_years_tab_asks_nothing_more(spider):
    (item,) = first_page(spider, [40, 50, 60], pager=YEAR_TABS.replace("2026", "2023"))
    assert isinstance(item, ColumnItem) and item.requests == 1


def test_an_unsorted_list_whose_last_page_leads_back_to_its_first_is_read_whole(spider):
    """Its last page's 下一页 is page one: nothing is left unread, and what it shows is stale."""
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="index_1.html">下一页</a>')
    last = response(nxt.url, f"<html><body>{rows([95, 50]).replace('content_', 'content_9')}"
                    "<a href='index.html'>下一页</a></body></html>", meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(last))
    assert isinstance(item, ColumnItem) and item.reason is None and len(item.dates) == 6 and item.requests == 2


def test_an_unsorted_list_whose_pager_the_site_ignores_is_read_whole(spider):
    """?page=2 shows page one again, its 下一页 ?page=3: the pager leads nowhere new, and the list is stale."""
    (nxt,) = first_page(spider, [60, 90, 40, 70], pager='<a href="?page=2">下一页</a>')
    again = response(nxt.url, f"<html><body><h2>工作动态</h2>{rows([60, 90, 40, 70])}<a href='?page=3'>下一页</a>"
                     "</body></html>", meta=dict(nxt.meta))
    (item,) = list(spider.parse_list_page(again))
    assert isinstance(item, ColumnItem) and item.reason is None and len(item.dates) == 4 and item.requests == 2


def test_a_years_tab_in_a_folder_of_its_own_is_the_columns_page_never_a_column(spider):
    tabs = '<a href="/tzgg/2026/index.html">2026年</a><a href="/tzgg/2025/index.html">2025年</a>'
    (nxt,) = first_page(spider, [700, 720, 740], pager=tabs)
    assert nxt.url == f"{HOME}tzgg/2026/index.html"
    for year in (2026, 2025):  # crawled later, neither is read as a column
        assert not spider.claim_column(f"{HOME}tzgg/{year}/", f"{HOME}tzgg/{year}/index.html")


def test_the_pages_a_columns_pager_links_are_its_lists_never_columns_of_their_own(spider):
    """PHPCMS v9's static pages (/tzgg/2.html beside index.html: no shape tells them from articles), each page of
    the list naming itself the column: reached by the crawl, neither page 2 nor 3, nor a page only 3's pager links
    (4), is a column; judged, each would be a stale column more."""
    pager = lambda n, last: "".join(f'<a href="/tzgg/{k}.html">{k}</a>' for k in range(1, last + 1)  # noqa: E731
                                    if k != n) + f'<a href="/tzgg/{n + 1}.html">下一页</a>'
    (item,) = first_page(spider, [2, 5, 9], pager=f'<div id="pages">{pager(1, 3)}</div>')
    assert isinstance(item, ColumnItem) and item.url == f"{HOME}tzgg/"
    url = f"{HOME}tzgg/3.html"
    page = response(url, f'<html><head><meta name="ColumnName" content="工作动态"></head><body>{rows([60, 70, 80])}'
                         f'<div id="pages">{pager(3, 4)}</div></body></html>', meta=page_meta(spider, url))
    assert not [i for i in spider.read_page(page, spider.sites[0]) if isinstance(i, ColumnItem)]
    for n in (2, 3, 4):
        assert not spider.claim_column(f"{HOME}tzgg/{n}.html", f"{HOME}tzgg/{n}.html")


def test_a_script_answering_404_then_aborted_is_one_request_not_got_named_by_its_status(spider):
    """Chromium reports a script file answering 404 twice, as a response and as a request aborted: one request."""
    page = Page(URL)
    rendered = rendered_empty(spider, page)
    script = PlaywrightRequest(f"{HOME}js/list.js", "script", page, "net::ERR_ABORTED")
    answered(spider, script, 404)
    spider.render_request_failed(script)
    (item,) = list(spider.parse_rendered(rendered))
    assert item.reason == f"浏览器渲染时1个脚本或数据请求未完成：{HOME}js/list.js（返回404）"
