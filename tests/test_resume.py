"""The HTTP cache a JOBDIR run resumes from: what it keeps, and entries that are whole or not served at all."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from scrapy import Request, Spider, signals
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from govcheck.distributed import apply_mode
from govcheck.resume import CACHE_DIR

URL = "http://127.0.0.41:8000/news/1.html"
CRAWLER_UA = {"User-Agent": "govcheck"}


class JobSpider(Spider):
    name = "job"

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        apply_mode(settings)  # as PortalSpider does


def cache(jobdir: Path, run_id: int = 7) -> HttpCacheMiddleware:
    """The cache middleware of a crawl with this JOBDIR, opened for the run: one process of the run."""
    crawler = get_crawler(JobSpider, {"JOBDIR": str(jobdir), "RETRY_HTTP_CODES": [500, 503]})
    crawler.spider = JobSpider.from_crawler(crawler)
    crawler.spider.run_id = run_id
    mw = HttpCacheMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    return mw


def fetched(mw: HttpCacheMiddleware, request: Request, status: int = 200, body: bytes = b"<p>news</p>"):
    """The request through the middleware, answered by the site unless the cache answers it."""
    cached = mw.process_request(request)
    if cached is not None:
        return cached
    response = HtmlResponse(request.url, status=status, body=body, request=request)
    return mw.process_response(request, response)


def served(jobdir: Path, request: Request):
    """What a resumed process's cache serves for the request, or None."""
    return cache(jobdir).process_request(request)


def test_a_response_is_served_back_to_the_resumed_run(tmp_path):
    fetched(cache(tmp_path), Request(URL, headers=CRAWLER_UA))
    response = served(tmp_path, Request(URL, headers=CRAWLER_UA))
    assert (response.status, response.body, response.flags) == (200, b"<p>news</p>", ["cached"])
    assert isinstance(response, HtmlResponse)
    assert list((tmp_path / CACHE_DIR).iterdir()) == [tmp_path / CACHE_DIR / "7"]  # the run's own directory


@pytest.mark.parametrize("meta", [{"probe_n": 2}, {"recheck": True}, {"playwright": True}, {"dont_cache": True}])
def test_probes_rechecks_and_rendered_pages_ask_the_site_again(tmp_path, meta):
    fetched(cache(tmp_path), Request(URL, headers=CRAWLER_UA, meta=meta))
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA, meta=meta)) is None
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is None


@pytest.mark.parametrize("status", [503, 500, 429])
def test_statuses_retried_or_waited_out_are_not_kept(tmp_path, status):
    fetched(cache(tmp_path), Request(URL, headers=CRAWLER_UA), status=status)
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is None


def test_the_browser_like_retry_behind_a_bot_wall_is_kept_apart(tmp_path):
    mw = cache(tmp_path)
    fetched(mw, Request(URL, headers=CRAWLER_UA), status=403, body=b"denied")
    browser = {"User-Agent": "Mozilla/5.0 Chrome"}
    assert mw.process_request(Request(URL, headers=browser)) is None  # not the crawler's 403
    fetched(mw, Request(URL, headers=browser), body=b"welcome")
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)).status == 403
    assert served(tmp_path, Request(URL, headers=browser)).body == b"welcome"
    ranged = Request(URL, headers={**CRAWLER_UA, "Range": "bytes=0-65535"})  # the GET after a refused HEAD
    assert served(tmp_path, ranged) is None


def test_a_page_asked_again_with_the_cookie_its_redirect_set_is_kept_apart(tmp_path):
    # a firewall's cookie check: the page sends its visitor back to itself with a cookie, then answers
    mw = cache(tmp_path)
    fetched(mw, Request(URL, headers=CRAWLER_UA), status=302, body=b"")
    with_cookie = Request(URL, headers={**CRAWLER_UA, "Cookie": "wzws_cid=1f2e"})
    assert mw.process_request(with_cookie) is None  # not the redirect that set it
    fetched(mw, with_cookie, body=b"welcome")
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)).status == 302
    assert served(tmp_path, with_cookie).body == b"welcome"


def test_an_entry_cut_short_by_the_process_dying_is_not_served(tmp_path):
    mw = cache(tmp_path)
    real_open = mw.storage._open

    class DyingFile:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):  # half the body reaches the disk, then the process is killed
            self.f.write(data[:len(data) // 2])
            self.f.flush()
            os.kill(os.getpid(), signal.SIGKILL)

    def dying_open(path, mode, *args):
        f = real_open(path, mode, *args)
        return DyingFile(f) if Path(path).name == "response_body" else f  # the meta and headers are written

    pid = os.fork()
    if pid == 0:  # a process of the run, killed while it stores a response
        mw.storage._open = dying_open
        fetched(mw, Request(URL, headers=CRAWLER_UA))
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status)
    assert [p.name for p in (tmp_path / CACHE_DIR).rglob("pickled_meta")] == ["pickled_meta"]  # half written
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is None
    # a damaged entry, whatever damaged it, is fetched again
    fetched(cache(tmp_path), Request(URL, headers=CRAWLER_UA))
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is not None
    body, = (p for p in (tmp_path / CACHE_DIR).rglob("response_body") if not p.parent.name.startswith(".tmp"))
    body.unlink()
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is None


def test_the_cache_of_a_finished_run_is_dropped(tmp_path):
    mw = cache(tmp_path)
    fetched(mw, Request(URL, headers=CRAWLER_UA))
    mw.crawler.signals.send_catch_log(signal=signals.spider_closed, spider=mw.crawler.spider, reason="shutdown")
    assert served(tmp_path, Request(URL, headers=CRAWLER_UA)) is not None  # a run stopped early resumes
    mw.crawler.signals.send_catch_log(signal=signals.spider_closed, spider=mw.crawler.spider, reason="finished")
    assert not (tmp_path / CACHE_DIR / "7").exists()
