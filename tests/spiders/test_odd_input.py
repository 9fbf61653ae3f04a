"""Odd input a portal can send, mutated from the saved pages with a fixed seed: no reader, callback or judgement
raises on it (a reader that raises leaves its column unread and logs a warning of govcheck's own trouble).

Each kind of oddity here once raised: an href, <base href>, Location or meta refresh no URL parser accepts
("http://[x/"), a redirect to mailto:, a list page sent as XML, an endpoint's answer with an unpaired surrogate
escape or element names a recovering XML parser let in."""

from __future__ import annotations

import logging
import random
import re

import pytest
from parsel import Selector
from scrapy.utils.defer import deferred_f_from_coro_f

from govcheck.cms import parse_endpoint, parse_more
from govcheck.items import CheckItem
from govcheck.judge.links import Observation, classify
from tests.cms.pages import FIXTURES
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

HREFS = ["http://[x/", "http://a]b/", "http://127.0.0.99:99999/", "http://:80/", "//", "http://", "\\\\srv\\s",
         "javascript:", "http://exa mple/", "%zz", "/%E4%B8", "\x00", "http://xn--/", "?page=-1", "../../../../x",
         "#", "/a#b#c", "mailto:a@b.gov.cn"]
DATES = ["2026-13-45", "9999-12-31", "0000-00-00", "2026-02-30", "２０２６－１１－２０", "2026年13月1日", "1900-01-01",
         "2026-11-20 25:61", "2026/11/", "12-31", "2147483648-01-01"]
NUMBERS = ["99999999999", "-1", "0", "1e9", "NaN", "", "'x'", "3.5"]
STRAYS = ["<table>", "</html>", "<frameset>", "<![CDATA[", "<!--", "<script>", "<a href='", "\x00",
          "<iframe src='http://[i/'>"]
PAGES = sorted(p for p in FIXTURES.glob("**/*.html"))


def mutated(rng: random.Random, text: str) -> str:
    text = re.sub(r'(href|src)="[^"]*"', lambda m: f'{m[1]}="{rng.choice(HREFS)}"' if rng.random() < 0.15 else m[0],
                  text)
    text = re.sub(r"\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?", lambda m: rng.choice(DATES) if rng.random() < 0.2 else m[0],
                  text)
    text = re.sub(r"(createPageHTML\(|countPage\s*=\s*|totalRecord[:=]\s*)(\d+)",
                  lambda m: m[1] + (rng.choice(NUMBERS) if rng.random() < 0.5 else m[2]), text)
    if rng.random() < 0.3:
        text = text.replace("<head>", f'<head><base href="{rng.choice(HREFS)}">', 1)
    if rng.random() < 0.3:
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice(STRAYS) + text[at:]
    return text


def test_mutated_pages_are_read_without_an_error(caplog):
    rng = random.Random(20261205)
    spider = portal_spider()
    caplog.set_level(logging.WARNING, logger="govcheck")
    for _ in range(120):
        path = rng.choice(PAGES)
        url = rng.choice([f"{HOME}a/index.html", HOME, f"{HOME}col/col1/index.html"])
        body = mutated(rng, path.read_text(encoding="utf-8", errors="replace"))
        list(spider.read_page(response(url, body, meta=page_meta(spider, url)), spider.sites[0]))
    assert [r.getMessage() for r in caplog.records] == []


@deferred_f_from_coro_f
async def test_odd_answers_to_link_checks_are_judged_without_an_error():
    rng = random.Random(20261205)
    spider = portal_spider(GOVCHECK_RETRY_AFTER_MAX=0, GOVCHECK_429_RETRIES=0)
    judged = 0
    for n in range(300):
        url = f"{HOME}t{n}.html"
        headers = {}
        if rng.random() < 0.6:
            headers["Location"] = rng.choice([*HREFS, "/ok/", "ftp://x/", "data:text/html,x", ""])
        if rng.random() < 0.3:
            headers["Content-Type"] = rng.choice(["", "text/html; charset=bogus", "application/pdf", ";;;"])
        if rng.random() < 0.2:
            headers["Content-Length"] = rng.choice(["-1", "abc", "99999999999999"])
        body = rng.choice([b"", b"<html>", b'<meta http-equiv="refresh" content="0;url=http://[x/">',
                           b'<meta http-equiv="refresh" content="0;url=javascript:x">',
                           b'<meta http-equiv="refresh" content="abc">', b'<base href="http://[b/"><a href="x">x</a>'])
        status = rng.choice([200, 301, 302, 303, 307, 308, 304, 404, 410, 403, 500, 503, 999, 204])
        meta = dict(spider.check_request(url, "page", spider.sites[0], HOME).meta)
        got = response(url, body, status=status, headers=headers, meta=meta, method=rng.choice(["GET", "HEAD"]),
                       html=rng.random() < 0.7)
        out = await spider.settle(got, spider.parse_check)
        if out is None:
            out = [x async for x in spider.parse_check(got)]
        for item in out:
            if isinstance(item, CheckItem):
                classify(Observation(
                    url=item.url, source_url=item.source_url, method=item.method, status=item.http_status,
                    failure=item.failure, failure_detail=item.failure_detail, headers=item.headers, body=item.body,
                    body_length=item.body_length, content_type=item.content_type, redirects=tuple(item.redirects),
                    redirect_loop=item.redirect_loop, too_many_redirects=item.too_many_redirects,
                    browser_retry_status=item.browser_retry_status, retried_after_429=item.retried_after_429,
                    site_hosts=item.site_hosts))
                judged += 1
    assert judged > 100


@pytest.mark.parametrize("seed", range(3))
def test_odd_endpoint_answers_and_further_list_pages_are_read_without_an_error(seed):
    rng = random.Random(seed)
    answers = [p.read_text(encoding="utf-8", errors="replace")
               for p in sorted(FIXTURES.glob("**/*")) if p.suffix in (".json", ".xml")]
    odd = ["http://[x/", "9999-99-99", "\\ud800", '"', "{", "}", "[", "]", "null", "1e999", "<", "&#xD800;", "NaN",
           "<?xml version='1.0'?>", "<recordhttp:x>"]
    url = "http://www.xx.gov.cn/module/web/jpage/dataproxy.jsp?page=2"
    for _ in range(300):
        chars = list(rng.choice(answers))
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(chars))
            chars[at:at + rng.randint(0, 20)] = list(rng.choice(odd))
        text = "".join(chars)
        parse_endpoint(text, url, content_type=rng.choice(["application/json", "text/xml", "", "text/html"]))
        parse_more(Selector(text=text or "<html/>", type="html"), url, text=text, column=(url, "通知公告"),
                   seen=frozenset())


def test_a_pagers_address_no_request_can_be_made_for_leads_nowhere():
    from govcheck.cms.base import ListPage
    from govcheck.spiders.list_pages import followable

    page = ListPage(items=[], next_pages=["http://127.0.0.99:99999/list_2.html", f"{HOME}list_2.html"],
                    last_page="http://127.0.0.99:99999/list_9.html")
    kept = followable(page)
    assert (kept.next_pages, kept.last_page) == ([f"{HOME}list_2.html"], None)
    assert followable(kept) is kept
