"""Fair checks by hand, on fake responses: redirects and their loops, meta refresh, HEAD->GET, 429 with
Retry-After, the browser-like retry behind a bot wall, frames read as the homepage."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import Request
from scrapy.utils.defer import deferred_f_from_coro_f

from govcheck.items import CheckItem, PageLinksItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response


@pytest.fixture
def spider():
    return portal_spider(GOVCHECK_RETRY_AFTER_MAX=3, GOVCHECK_429_RETRIES=2)


def check_meta(spider, url: str, **extra) -> dict:
    return dict(spider.check_request(url, "page", spider.sites[0], HOME).meta, **extra)


@deferred_f_from_coro_f
async def test_a_redirect_is_followed_by_hand_with_its_chain(spider):
    url = f"{HOME}old/"
    (nxt,) = await spider.settle(response(url, status=301, headers={"Location": "/new/"}, meta=page_meta(spider, url)),
                                 spider.parse_page)
    assert (nxt.url, nxt.callback, nxt.meta["redirects"], nxt.meta["check_url"]) == (
        f"{HOME}new/", spider.parse_page, (f"{HOME}new/",), url)
    assert nxt.dont_filter  # the duplicate filter must not drop a hop


@deferred_f_from_coro_f
async def test_a_page_redirected_off_its_site_is_checked_not_read(spider):
    url = f"{HOME}out/"
    (nxt,) = await spider.settle(response(url, status=302, headers={"Location": "http://www.other.gov.cn/"},
                                          meta=page_meta(spider, url)), spider.parse_page)
    assert (nxt.callback, nxt.errback) == (spider.parse_check, spider.check_failed)


@deferred_f_from_coro_f
async def test_a_listed_homepage_redirected_to_another_host_is_read_there_as_the_site(spider):
    site = spider.sites[0]
    meta = dict(spider.page_request(HOME, site, 0, home=True).meta)
    (nxt,) = await spider.settle(response(HOME, status=302, headers={"Location": "http://ly.sysx.gov.cn/"},
                                          meta=meta), spider.parse_page)
    assert (nxt.callback, nxt.meta["check_url"]) == (spider.parse_page, HOME)
    assert spider.site_for("http://ly.sysx.gov.cn/xwzx/index.html") is site
    assert "ly.sysx.gov.cn" not in spider.site_hosts  # the address guard still judges the new host
    assert spider.column_claimed("http://ly.sysx.gov.cn/")  # its homepage there is never a column

    # a worker that did not see the redirect takes the host up from the site's page it is given
    other = portal_spider()
    page = "http://ly.sysx.gov.cn/xwzx/index.html"
    assert await other.settle(response(page, meta=dict(other.page_request(page, other.sites[0], 1).meta)),
                              other.parse_page) is None
    assert other.site_for(page) is other.sites[0]


@deferred_f_from_coro_f
async def test_a_redirect_to_an_address_no_parser_accepts_is_a_malformed_link(spider):
    url = f"{HOME}moved.html"
    (item,) = await spider.settle(response(url, status=302, headers={"Location": "http://[moved/"},
                                           meta=check_meta(spider, url)), spider.parse_check)
    assert isinstance(item, CheckItem) and (item.url, item.failure) == (url, "malformed")
    assert item.failure_detail == "redirects to a malformed address: http://[moved/"


@deferred_f_from_coro_f
async def test_a_redirect_to_a_mail_address_is_not_followed(spider):
    url = f"{HOME}mail.html"
    (item,) = await spider.settle(response(url, status=302, headers={"Location": "mailto:a@b.gov.cn"},
                                           meta=check_meta(spider, url)), spider.parse_check)
    assert (item.failure, item.failure_detail) == (
        "non_web_redirect", "redirects to a non-web address, not followed: mailto:a@b.gov.cn")


@deferred_f_from_coro_f
@pytest.mark.parametrize("target", ["http://[x/", "javascript:void(0)"])
async def test_a_meta_refresh_no_browser_follows_leaves_the_page_as_it_is(spider, target):
    url = f"{HOME}index.html"
    body = f'<html><head><meta http-equiv="refresh" content="0;url={target}"></head><body></body></html>'
    assert await spider.settle(response(url, body, meta=page_meta(spider, url)), spider.parse_page) is None


def test_a_list_page_sent_as_xml_is_read_as_html():
    from scrapy.http import XmlResponse

    from govcheck.spiders.base import page_selector

    body = '<?xml version="1.0"?><html><body><ul><li><a href="a.html">甲</a></li></ul></body></html>'
    sel = page_selector(XmlResponse(f"{HOME}zcwj/index_1.xml", body=body.encode(), encoding="utf-8"))
    assert sel.type == "html" and sel.css("li a::text").get() == "甲" and sel.root.text_content()


def test_a_page_whose_base_href_no_parser_accepts_is_read_against_its_own_url(spider):
    url = f"{HOME}zcwj/index.html"
    body = ('<html><head><base href="http://[x/"><title>政策文件</title></head>'
            '<body><a href="a.html">a</a></body></html>')
    out = list(spider.read_page(response(url, body, meta=page_meta(spider, url)), spider.sites[0]))
    links = [link for item in out if isinstance(item, PageLinksItem) for link in item.links]
    assert [(link.target_url, link.text) for link in links] == [(f"{HOME}zcwj/a.html", "a")]
    assert f"{HOME}zcwj/a.html" in {r.url for r in out if isinstance(r, Request)}


@deferred_f_from_coro_f
async def test_a_redirect_loop_is_judged_at_once(spider):
    url = f"{HOME}loop/a"
    meta = check_meta(spider, url, redirects=(f"{HOME}loop/b",))
    (item,) = await spider.settle(response(f"{HOME}loop/b", status=302, headers={"Location": "/loop/a"}, meta=meta),
                                  spider.parse_check)
    assert isinstance(item, CheckItem) and item.redirect_loop and item.url == url


@deferred_f_from_coro_f
async def test_a_page_that_sends_its_visitor_back_with_a_cookie_is_asked_again_with_it(spider):
    """A firewall's cookie check (wzws_cid): a visitor without its cookie is sent back to the same page with one. A
    browser goes back sending it, so govcheck does; sent back again with nothing new, it is a loop."""
    url = f"{HOME}zwgk/index.html"
    check = {"Location": url, "Set-Cookie": "wzws_cid=8c3e5f; path=/; HttpOnly"}
    (again,) = await spider.settle(response(url, status=302, headers=check, meta=check_meta(spider, url)),
                                   spider.parse_check)
    assert isinstance(again, Request) and again.url == url and again.headers["Cookie"] == b"wzws_cid=8c3e5f"
    (item,) = await spider.settle(response(url, status=302, headers=check, meta=dict(again.meta)), spider.parse_check)
    assert isinstance(item, CheckItem) and item.redirect_loop


def test_the_cookies_a_browser_sends_on_are_those_it_sent_and_those_set():
    from govcheck.spiders.fetch import cookie_jar

    answer = response(HOME, status=302, headers={"Set-Cookie": ["b=2; path=/", "a=3; HttpOnly", "bad"]})
    assert cookie_jar("a=1; c=4", answer) == "a=3; c=4; b=2"
    assert cookie_jar(None, response(HOME, status=302)) is None


@deferred_f_from_coro_f
async def test_a_meta_refresh_is_followed_like_a_redirect(spider):
    url = f"{HOME}index.html"
    body = '<html><head><meta http-equiv="refresh" content="0;url=/portal/index.shtml"></head><body></body></html>'
    (nxt,) = await spider.settle(response(url, body, meta=page_meta(spider, url)), spider.parse_page)
    assert nxt.url == f"{HOME}portal/index.shtml" and nxt.callback == spider.parse_page
    slow = body.replace("content=\"0;", "content=\"600;")  # a page that reloads itself later is not a redirect
    assert await spider.settle(response(url, slow, meta=page_meta(spider, url)), spider.parse_page) is None


@deferred_f_from_coro_f
async def test_a_page_that_shows_nothing_and_sends_its_visitor_on_by_script_is_followed(spider):
    url = f"{HOME}tpxw/index.html"
    body = '<html><head></head><body><script>window.location.href="list/index.html";</script></body></html>'
    (nxt,) = await spider.settle(response(url, body, meta=page_meta(spider, url)), spider.parse_page)
    assert nxt.url == f"{HOME}tpxw/list/index.html" and nxt.meta["check_url"] == url
    # a link checked is not followed: its page answered
    assert await spider.settle(response(url, body, meta=check_meta(spider, url)), spider.parse_check) is None


@deferred_f_from_coro_f
async def test_head_refused_falls_back_to_a_short_get(spider):
    url = f"{HOME}files/a.pdf"
    meta = dict(spider.check_request(url, "attachment", spider.sites[0], HOME).meta)
    (nxt,) = await spider.settle(response(url, status=405, meta=meta, method="HEAD", html=False), spider.parse_check)
    assert (nxt.method, nxt.headers.get("Range"), nxt.meta["head_fallback"]) == ("GET", b"bytes=0-65535", 405)


@deferred_f_from_coro_f
async def test_429_waits_as_told_then_gives_up(spider):
    url = f"{HOME}busy/"
    meta = check_meta(spider, url)
    (again,) = await spider.settle(response(url, status=429, headers={"Retry-After": "0"}, meta=meta),
                                   spider.parse_check)
    assert again.meta["tries_429"] == 1 and again.url == url
    last = response(url, status=429, headers={"Retry-After": "0"}, meta=dict(again.meta, tries_429=2))
    assert await spider.settle(last, spider.parse_check) is None and last.meta["gave_up_429"]
    too_long = response(url, status=429, headers={"Retry-After": "3600"}, meta=check_meta(spider, url))
    assert await spider.settle(too_long, spider.parse_check) is None  # longer than we wait: rate limited


@deferred_f_from_coro_f
async def test_a_bot_wall_is_asked_once_more_as_a_browser(spider):
    url = f"{HOME}walled/"
    (nxt,) = await spider.settle(response(url, status=403, meta=check_meta(spider, url)), spider.parse_check)
    assert b"Chrome" in nxt.headers["User-Agent"] and nxt.meta["browser_status_of"] == 403
    assert await spider.settle(response(url, status=403, meta=dict(nxt.meta)), spider.parse_check) is None


def test_frames_of_the_homepage_are_read_as_the_homepage(spider):
    from govcheck.cms.links import page_links

    home = response(HOME, '<html><frameset><frame src="/top.html"><frame src="/main.html"></frameset></html>',
                    meta=dict(spider.page_request(HOME, spider.sites[0], 0, home=True).meta))
    entries = list(page_links(home.selector.root, HOME))
    frames = [r for r in spider.follow_frames(entries, spider.sites[0], 0) if isinstance(r, Request)]
    assert [(r.url, r.meta["home_frame"], r.meta["page_depth"]) for r in frames] == [
        (f"{HOME}top.html", True, 0), (f"{HOME}main.html", True, 0)]


def test_the_page_a_splash_leads_to_is_read_as_the_homepage(spider):
    """A splash (a picture and 进入主站) dates nothing: the page it leads to is the homepage, not a column; a page
    that dates something, or leads back to itself, follows nothing so."""
    from datetime import date

    from parsel import Selector

    from govcheck.cms import parse_list

    site = spider.sites[0]
    body = '<html><body><img src="/img/bg.jpg"><a href="/index_main.html">进入主站</a></body></html>'

    def parts(html, newest=None):
        sel = Selector(text=html)
        spider.requested.discard(f"{HOME}index_main.html")
        return [(r.url, r.meta["home_frame"], r.meta.get("column")) for r in spider.home_parts(
            [], sel, HOME, site, 0, newest, parse_list(sel, HOME)) if isinstance(r, Request)]

    assert parts(body) == [(f"{HOME}index_main.html", True, None)]
    assert parts(body, newest=date(2026, 11, 20)) == []
    assert parts(body.replace("/index_main.html", "/index.html")) == []


def test_an_iframe_of_the_site_is_read_as_the_homepage_and_another_sites_is_not(spider):
    from govcheck.cms.links import page_links

    home = response(HOME, '<html><body><iframe src="/news/box.html"></iframe>'
                          '<iframe src="http://127.0.0.98/weather.html"></iframe></body></html>',
                    meta=dict(spider.page_request(HOME, spider.sites[0], 0, home=True).meta))
    entries = list(page_links(home.selector.root, HOME))
    frames = [r for r in spider.follow_frames(entries, spider.sites[0], 0) if isinstance(r, Request)]
    assert [(r.url, r.meta["home_frame"]) for r in frames] == [(f"{HOME}news/box.html", True)]


@deferred_f_from_coro_f
async def test_an_iframe_on_another_host_of_the_government_is_read_as_the_homepage_not_taken_as_the_site():
    """news.qx.gov.cn's 要闻 page in www.qx.gov.cn's homepage: read as the homepage; the host stays no audited site's
    (its links are checked, not crawled); another government's host is not read."""
    from scrapy.settings import Settings
    from scrapy.utils.test import get_crawler

    from govcheck.cms.links import page_links
    from govcheck.spiders.portal import PortalSpider

    base = Settings()
    base.setmodule("govcheck.settings", priority="project")
    crawler = get_crawler(PortalSpider, settings_dict={**base.copy_to_dict(), "GOVCHECK_DNS_OFFLINE": True})
    spider = PortalSpider.from_crawler(crawler, url="http://www.qx.gov.cn/", as_of="2026-11-26")
    site, home = spider.sites[0], "http://www.qx.gov.cn/"
    page = response(home, '<html><body><iframe src="http://news.qx.gov.cn/frames/yw.html"></iframe>'
                          '<iframe src="http://www.yy.gov.cn/yw.html"></iframe></body></html>',
                    meta=dict(spider.page_request(home, site, 0, home=True).meta))
    frames = [r for r in spider.follow_frames(list(page_links(page.selector.root, home)), site, 0)
              if isinstance(r, Request)]
    assert [(r.url, r.meta["home_frame"]) for r in frames] == [("http://news.qx.gov.cn/frames/yw.html", True)]
    assert await spider.settle(response(frames[0].url, "<html><body></body></html>", meta=dict(frames[0].meta)),
                               spider.parse_page) is None
    assert spider.site_for("http://news.qx.gov.cn/a/1.html") is None


@deferred_f_from_coro_f
async def test_a_column_moved_to_its_governments_platform_is_read_there_as_the_column():
    """www.qx.gov.cn's 政策解读 answers with a 302 to xxgk.qx.gov.cn, the county's 信息公开 platform: its list is read
    there as the column's, under its own address; the platform's host is not taken as the site's. Another
    government's host, or a page that is no column, is checked, not read."""
    from scrapy.settings import Settings
    from scrapy.utils.test import get_crawler

    from govcheck.items import ColumnItem
    from govcheck.spiders.portal import PortalSpider

    base = Settings()
    base.setmodule("govcheck.settings", priority="project")
    crawler = get_crawler(PortalSpider, settings_dict={**base.copy_to_dict(), "GOVCHECK_DNS_OFFLINE": True})
    spider = PortalSpider.from_crawler(crawler, url="http://www.qx.gov.cn/", as_of="2026-11-26")
    crawler.spider = spider
    site, url = spider.sites[0], "http://www.qx.gov.cn/zcjd/"
    hint = {"name": "政策解读", "parent": None, "top_level": True, "source": "nav", "level": 1}
    meta = dict(spider.page_request(url, site, 1, column=hint).meta)

    async def moved(to: str, meta: dict):
        (nxt,) = await spider.settle(response(url, status=302, headers={"Location": to}, meta=meta), spider.parse_page)
        return nxt

    assert (await moved("http://www.yy.gov.cn/zcjd/", meta)).callback == spider.parse_check
    assert (await moved("http://xxgk.qx.gov.cn/zcjd/", dict(meta, column=None))).callback == spider.parse_check
    nxt = await moved("http://xxgk.qx.gov.cn/zcjd/", meta)
    assert (nxt.callback, nxt.meta["column_moved"], nxt.meta["check_url"]) == (spider.parse_page, True, url)
    rows = "".join(f'<li><a href="/zcjd/2026{m:02d}/t2026{m:02d}10_{m}.html">关于第{m}号文件的解读</a>'
                   f"<span>2026-{m:02d}-10</span></li>" for m in (4, 3, 2))
    page = response(nxt.url, f'<html><body><h2>政策解读</h2><ul class="list">{rows}</ul></body></html>',
                    meta=dict(nxt.meta))
    out = [x async for x in spider.parse_page(page)]
    assert spider.site_for("http://xxgk.qx.gov.cn/zcjd/") is None  # checked, never crawled as the site's
    (column,) = [i for i in out if isinstance(i, ColumnItem)]
    assert (column.url, column.name, max(column.dates)) == (url, "政策解读", date(2026, 4, 10))


def test_a_request_planned_for_later_is_not_sent_once_the_crawl_has_stopped(spider):
    """A homepage probe or re-check whose time comes after a store fault or a shutdown closed the spider: nothing is
    sent, and no traceback ends a run stopped for a reason of its own."""
    from types import SimpleNamespace

    sent = []
    spider.crawler.engine = SimpleNamespace(spider=None, crawl=sent.append)
    spider.pending_later = 1
    spider.send_later(lambda: Request(HOME), (), {})
    assert sent == [] and spider.pending_later == 0
    spider.crawler.engine = SimpleNamespace(spider=spider, crawl=sent.append)
    spider.pending_later = 1
    spider.send_later(lambda: Request(HOME), (), {})
    assert [r.url for r in sent] == [HOME] and "started" in sent[0].meta


def test_a_certificate_for_another_name_is_told_as_such_not_as_a_broken_connection():
    """A homepage whose certificate names another host fails inside ResponseNeverReceived, the reason given by
    service_identity: its availability veto must say 证书与域名不符, which its staff can fix."""
    from service_identity.exceptions import DNSMismatch, VerificationError
    from service_identity.hazmat import DNS_ID
    from twisted.python.failure import Failure
    from twisted.web._newclient import ResponseNeverReceived

    from govcheck.spiders.failures import exception_reason

    try:
        raise VerificationError(errors=[DNSMismatch(mismatched_id=DNS_ID("www.k13.gov.cn"))])
    except VerificationError:
        failure = Failure()
    assert exception_reason(ResponseNeverReceived([failure])) == "tls_hostname"
    assert exception_reason(ResponseNeverReceived([Failure(ConnectionResetError())])) == "connection_reset"
