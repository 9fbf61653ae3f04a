"""The crawl's homepage probes on the spider's callbacks, with a fake clock: when the later probes are due."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from govcheck.spiders import crawl_probes
from tests.spiders.helpers import HOME, portal_spider, response


@pytest.fixture
def clock(monkeypatch):
    now = SimpleNamespace(t=1000.0)
    monkeypatch.setattr(crawl_probes, "time", SimpleNamespace(monotonic=lambda: now.t))
    return now


def probed(clock, tries: list[float], answered: float, probes: int = 3, interval: float = 20.0):
    """The homepage request reaching the downloader at each of `tries` (a retry keeps its meta), answered at
    `answered`: (its probe item, the times the later probes are planned for, their numbers)."""
    spider = portal_spider(GOVCHECK_CRAWL_PROBES=probes, GOVCHECK_CRAWL_PROBE_INTERVAL=interval)
    planned = []
    spider.later = lambda delay, make, *args: planned.append((clock.t + delay, make, args))
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    for t in tries:
        clock.t = t
        request = request.replace(dont_filter=True)  # a retry is a copy carrying the meta
        spider.reached_downloader(request)
    clock.t = answered
    item = spider.probe_item(site, response=response(HOME, meta=request.meta))
    return item, [at for at, _, _ in planned], [args[1] for _, make, args in planned if make == spider.probe_request]


def test_later_probes_are_due_the_spacing_after_the_homepage_first_went_out(clock):
    item, due, numbers = probed(clock, tries=[1000.0], answered=1002.5)
    assert (item.seq, item.ok, item.elapsed) == (1, True, 2.5)
    assert due == [1020.0, 1040.0] and numbers == [2, 3]


def test_a_retried_homepage_does_not_push_the_later_probes_back(clock):
    # the first try timed out at 1010 and the retry answered at 1016: the probe is timed from the retry, the
    # later ones stay due 20 and 40 s after the first try, not 20 s after the answer (1036, 1056)
    item, due, _ = probed(clock, tries=[1000.0, 1010.0], answered=1016.0)
    assert item.elapsed == 6.0
    assert due == [1020.0, 1040.0]


def test_probes_overdue_once_the_homepage_answers_go_out_at_once(clock):
    # three tries of 15 s: probe 2 was due at 1020, so it goes now; probe 3 keeps its time from the first try
    _, due, numbers = probed(clock, tries=[1000.0, 1015.0, 1030.0], answered=1045.0)
    assert due == [1045.0, 1045.0] and numbers == [2, 3]
    # a short crawl's last probe is out 40 s after its first homepage request, whatever each probe waited
    _, due, _ = probed(clock, tries=[1000.0, 1015.0], answered=1030.0)
    assert due == [1030.0, 1040.0]


def test_no_later_probes_with_probes_off(clock):
    _, due, _ = probed(clock, tries=[1000.0], answered=1001.0, probes=1)
    assert due == []


CHALLENGE = ("<html><head><script>$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};</script>"
             '<script src="/k8bZ/c.FxJz.js" r="m"></script></head><body></body></html>')


@pytest.mark.parametrize(("status", "body", "ok", "reason"), [
    (412, CHALLENGE, True, "bot_wall"),  # 瑞数's challenge: the site is up, and a browser gets through
    (521, "<script>document.cookie='__jsl_clearance=1';location.href=location.pathname</script>", True, "bot_wall"),
    (412, "<html><body><h1>Precondition Failed</h1></body></html>", False, "http_4xx"),
    (500, "<html><body>服务器错误</body></html>", False, "http_5xx"),
    # a rate limit's, after waiting as told: the site is up and asks govcheck to slow down; a visitor's pace gets it
    (429, "<html><body><h1>429 Too Many Requests</h1></body></html>", True, "rate_limited"),
])
def test_a_probe_answered_by_a_bot_wall_is_answered(status, body, ok, reason):
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    spider.reached_downloader(request)
    item = spider.probe_item(site, response=response(HOME, body, status=status, meta=request.meta))
    assert (item.ok, item.reason) == (ok, reason)
    page = spider.walled_home(response(HOME, body, status=status, meta=request.meta), site)
    assert (page is not None and page.unread and page.is_homepage) is ok


@pytest.mark.parametrize(("body", "walled"), [
    ("<html><head><title>提示</title></head><body><p>访问过于频繁，请稍后再试</p></body></html>", True),
    ("<html><head><title>示范县人民政府</title></head><body><ul><li><a href='/a.html'>要闻</a></li></ul>"
     "</body></html>", False),
])
def test_a_homepage_answered_200_by_a_wall_is_unread(body, walled):
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    page = spider.walled_home(response(HOME, body, meta=request.meta), site)
    assert (page is not None) is walled


def test_next_hop_carries_the_chain_and_the_time_left():
    meta = {"started": 100.0}
    hop = crawl_probes.next_hop(meta, "http://a.gov.cn/", "https://a.gov.cn/", 15.0, now=104.0)
    assert hop == {"probe_chain": ("http://a.gov.cn/", "https://a.gov.cn/"), "probe_begun": 100.0,
                   "download_timeout": 11.0}
    # the next hop keeps when the probe began, not when its own request went out
    later = crawl_probes.next_hop({**hop, "started": 110.0}, "https://a.gov.cn/", "https://a.gov.cn/i.html", 15.0,
                                  now=112.0)
    assert later["probe_begun"] == 100.0 and later["download_timeout"] == 3.0


@pytest.mark.parametrize(("chain", "target", "now", "why"), [
    (("http://a.gov.cn/", "http://a.gov.cn/b/"), "http://a.gov.cn/", 101.0, "redirect_loop"),
    (tuple(f"http://a.gov.cn/{n}" for n in range(crawl_probes.MAX_HOPS + 1)), "http://a.gov.cn/x", 101.0,
     "too_many_redirects"),
    (("http://a.gov.cn/",), "https://a.gov.cn/", 116.0, "timeout"),  # 15 s gone: the page has not opened
])
def test_a_probe_whose_redirects_lead_to_no_page_failed(chain, target, now, why):
    meta = {"started": 100.0, "probe_chain": chain}
    assert crawl_probes.next_hop(meta, chain[-1], target, 15.0, now=now) == why


def test_a_homepage_that_sends_its_visitor_back_with_a_cookie_is_probed_with_it():
    """A firewall's cookie check on the homepage: the probe goes back sending the cookie, as a browser does; sent back
    again with nothing new, the probe failed (a loop)."""
    meta = {"started": 100.0, "probe_chain": ("http://a.gov.cn/",)}
    hop = crawl_probes.next_hop(meta, "http://a.gov.cn/", "http://a.gov.cn/", 15.0, now=101.0, cookie="wzws_cid=1")
    assert hop["probe_cookie"] == "wzws_cid=1" and hop["probe_chain"] == ("http://a.gov.cn/", "http://a.gov.cn/")
    again = crawl_probes.next_hop({**meta, **hop}, "http://a.gov.cn/", "http://a.gov.cn/", 15.0, now=102.0,
                                  cookie="wzws_cid=1")
    assert again == "redirect_loop"
    answer = response("http://a.gov.cn/", status=302, headers={"Location": "/", "Set-Cookie": "wzws_cid=1; path=/"},
                      meta={"site_id": "x", "started": time.monotonic(), "probe_chain": ("http://a.gov.cn/",)})
    request, failed = crawl_probes.next_probe(answer, 15.0, "Mozilla/5.0",
                                              lambda url, headers=None, **hop: (url, headers, hop))
    assert failed is None and request[1] == {"Cookie": "wzws_cid=1"} and request[2]["probe_cookie"] == "wzws_cid=1"


@pytest.mark.parametrize(("status", "location", "target"), [
    (301, "https://127.0.0.1/", "https://127.0.0.1/"),
    (302, "/index.html", "http://127.0.0.1/index.html"),
    (200, "/index.html", None),  # a page's own answer
    (301, "mailto:web@a.gov.cn", None),  # no page to follow to
    (301, None, None),
])
def test_redirect_target(status, location, target):
    headers = {"Location": location} if location else {}
    assert crawl_probes.redirect_target(response("http://127.0.0.1/", status=status, headers=headers)) == target


def test_a_homepage_that_redirects_is_answered_where_it_leads(clock):
    # http:// sends every visitor to https://, where nothing listens: not an answer of the page
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    spider.reached_downloader(request)
    https = site.url.replace("http://", "https://")
    first = response(site.url, status=301, headers={"Location": https}, meta=request.meta)
    assert spider.home_probe(site, first) is None  # the hop carries the probe on
    assert first.meta["probe"] and first.meta["probe_chain"] == (site.url, https)
    # a later probe follows the same way, then fails where it ends
    later = spider.probe_request(site, 2)
    spider.reached_downloader(later)
    hop, = list(spider.parse_probe(response(site.url, status=301, headers={"Location": https}, meta=later.meta)))
    assert hop.url == https and hop.meta["probe_n"] == 2 and hop.meta["probe_chain"] == (site.url, https)
    loop = response(https, status=302, headers={"Location": site.url}, meta=hop.meta)
    item, = list(spider.parse_probe(loop))
    assert (item.seq, item.ok, item.reason, item.http_status) == (2, False, "redirect_loop", 302)


def test_a_homepage_answered_after_its_redirect_is_answered(clock):
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    spider.reached_downloader(request)
    page = response(site.url + "index.html", HOME_BODY, meta=dict(request.meta, probe_chain=(site.url,)))
    item = spider.home_probe(site, page)
    assert (item.seq, item.ok) == (1, True) and page.meta["probe"] is False  # a meta refresh after it is the crawl's


HOME_BODY = "<html><body><ul><li><a href='/a.html'>要闻</a><span>2026-11-30</span></li></ul></body></html>"


WAF_403 = ("<html><head><title>403 禁止访问</title></head><body><h1>403 禁止访问</h1>"
           "<p>请使用浏览器访问</p></body></html>")


@pytest.mark.parametrize(("status", "meta", "now", "again"), [
    (403, {}, 103.0, True),  # a firewall refused the crawler: asked again as a browser
    (403, {"browser_status_of": 403}, 103.0, False),  # the browser was refused too: a failed probe
    (403, {}, 116.0, False),  # no time left
    (503, {}, 103.0, False),  # a server's error answers the probe
])
def test_a_probe_refused_as_a_crawler_asks_again_as_a_browser(status, meta, now, again):
    got = crawl_probes.as_a_browser(response(HOME, WAF_403, status=status), {"started": 100.0, **meta}, 15.0, now)
    assert got == ({"probe_begun": 100.0, "download_timeout": 12.0} if again else None)


def test_a_later_probe_refused_as_a_crawler_is_answered_by_the_browser(clock):
    spider = portal_spider()
    site = spider.sites[0]
    probe = spider.probe_request(site, 2)
    spider.reached_downloader(probe)
    again, = list(spider.parse_probe(response(site.url, WAF_403, status=403, meta=probe.meta)))
    assert again.url == site.url and again.headers[b"User-Agent"].decode() == spider.browser_ua
    spider.reached_downloader(again)
    item, = list(spider.parse_probe(response(site.url, HOME_BODY, meta=again.meta)))
    assert (item.seq, item.ok, item.http_status) == (2, True, 200)
    # refused as a browser too: failed
    item, = list(spider.parse_probe(response(site.url, WAF_403, status=403, meta=again.meta)))
    assert (item.ok, item.reason) == (False, "http_403")


def test_a_homepage_refused_as_a_crawler_waits_for_the_browser(clock):
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    spider.reached_downloader(request)
    first = response(site.url, WAF_403, status=403, meta=request.meta)
    assert spider.home_probe(site, first) is None and first.meta["probe"]
    assert "browser_status_of" not in first.meta  # left for the crawl's own browser request (fetch.settle)
    item = spider.home_probe(site, response(site.url, HOME_BODY, meta=dict(first.meta, browser_status_of=403)))
    assert (item.seq, item.ok) == (1, True)
