"""The hostile site's traps, through a real socket on loopback."""

from __future__ import annotations

import gzip
import http.client
import re
import time
import zlib
from contextlib import closing
from datetime import date
from html import unescape
from types import GeneratorType
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse

from govcheck.demo import hostile, hostile_pages
from govcheck.demo.hostile import HOSTILE_IP
from tests.demo.conftest import fetch, serve

AS_OF = date(2026, 11, 27)
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def ports():
    with serve(hostile.hosts(AS_OF)) as ports:
        yield ports


@pytest.fixture(scope="module")
def port(ports):
    return ports[HOSTILE_IP]


@pytest.fixture(scope="module")
def cases(ports):
    return {case["id"]: case for case in hostile.hostile_cases(ports, AS_OF)}


def get(port, path, **kwargs):
    return fetch(HOSTILE_IP, port, path, **kwargs)


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def hrefs(body: bytes) -> list[str]:
    return [unescape(h.decode("utf-8", "replace")) for h in re.findall(rb'href="([^"]*)"', body)]


def open_stream(port, path, timeout=5):
    conn = http.client.HTTPConnection(HOSTILE_IP, port, timeout=timeout)
    conn.request("GET", path)
    return conn, conn.getresponse()


# ---- the site and its cases ----------------------------------------------------------------------------

def test_cases_are_described(cases):
    assert set(cases) == {"calendar", "event-days", "search-pages", "daily-bulletins", "huge-page", "gzip-bomb",
                          "redirect-loop", "malformed-html", "charset-lie", "invalid-hrefs", "invalid-base",
                          "relative-base", "malformed-redirect", "non-web-redirect", "malformed-refresh", "hang",
                          "trickle", "down-hosts"}
    for case in cases.values():
        assert case["url"].startswith(f"http://{HOSTILE_IP}:")
        assert case["expected"] and case["note"] and case["text"]
    assert target(cases["calendar"]["url"]) == "/calendar?date=2026-11"
    assert target(cases["event-days"]["url"]) == "/events/2026/11/27/"


def test_homepage_has_a_footer_and_links_to_every_trap(port, cases):
    status, _, body = get(port, "/")
    assert status == 200
    text = body.decode()
    assert "主办单位" in text and "网站标识码" in text
    assert {target(c["url"]) for c in cases.values()} <= set(hrefs(body))


# ---- endless spaces ------------------------------------------------------------------------------------

def _follow(port, start: str, label: str, steps: int) -> list[str]:
    """Follows the link with anchor ``label`` ``steps`` times; returns the pages visited."""
    seen, path = [], start
    for _ in range(steps):
        status, _, body = get(port, path)
        assert status == 200, path
        seen.append(path)
        found = re.search(rf'href="([^"]+)">{label}<', body.decode())
        assert found, (path, label)
        path = unescape(found.group(1))
    return seen


def test_calendar_links_to_new_months_forever(port):
    forward = _follow(port, "/calendar?date=2026-11", "下个月", 40)
    assert len(set(forward)) == 40
    assert forward[-1] == "/calendar?date=2030-02"
    backward = _follow(port, "/calendar?date=2026-11", "上个月", 40)
    assert len(set(backward) | set(forward)) == 79
    assert "/calendar?date=0001-01" in _follow(port, "/calendar?date=0001-02", "上个月", 3)[1:]


def test_calendar_month_links_every_day(port):
    body = get(port, "/calendar?date=2028-02")[2]
    days = [h for h in hrefs(body) if h.startswith("/events/")]
    assert len(days) == 29 and days[0] == "/events/2028/02/01/"


def test_event_days_go_on_forever(port):
    days = _follow(port, "/events/2026/11/27/", "后一天", 40)
    assert len(set(days)) == 40 and days[-1] == "/events/2027/01/05/"
    assert get(port, "/events/2026/02/30/")[0] == 404


def test_search_always_has_a_next_page(port):
    pages = _follow(port, "/search?page=1", "下一页", 40)
    assert pages[-1] == "/search?page=40" and len(set(pages)) == 40


def test_bulletins_differ_only_in_numbers_and_each_has_its_attachment(port, cases):
    from html.parser import HTMLParser

    case = cases["daily-bulletins"]
    status, _, body = get(port, target(case["url"]))
    assert status == 200 and [target(u) for u in case["pages"]] == sorted(
        h for h in hrefs(body) if h.startswith("/bulletins/"))

    class Text(HTMLParser):
        words = ""

        def handle_data(self, data):
            self.words += re.sub(r"[\d\s]+", "", data)

    words = []
    for page_url, file_url in zip(case["pages"], case["attachments"], strict=True):
        status, _, body = get(port, target(page_url))
        assert status == 200 and target(file_url) in hrefs(body)
        reader = Text()
        reader.feed(body.decode())
        words.append(reader.words)
        want = 404 if file_url in case["broken"] else 200
        assert get(port, target(file_url))[0] == want
    assert len(set(words[1:-1])) == 1  # compared without their numbers, all alike (the first and last but for a link)
    assert len(case["pages"]) > 30 and len(case["broken"]) == 1


# ---- huge bodies -----------------------------------------------------------------------------------

def test_huge_page_streams_without_a_length(port, cases):
    conn, response = open_stream(port, target(cases["huge-page"]["url"]))
    with closing(conn):
        assert response.status == 200 and "Content-Length" not in response.headers
        first = response.read(4 * MiB)
        assert len(first) == 4 * MiB and first.startswith(b"<!DOCTYPE html>")
        assert "档案汇编" in first.decode("utf-8", "ignore")


def test_huge_body_is_500_mb_made_lazily():
    body = hostile_pages.huge_page(None).body
    assert isinstance(body, GeneratorType)
    assert sum(len(chunk) for chunk in body) == hostile_pages.HUGE_SIZE == 500 * MiB


def test_gzip_bomb_is_small_on_the_wire_and_huge_expanded(port, cases):
    status, headers, compressed = get(port, target(cases["gzip-bomb"]["url"]))
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert len(compressed) == int(headers["Content-Length"]) < 1.2 * MiB
    cap, expanded = 128 * MiB, 0
    decoder, data = zlib.decompressobj(16 + zlib.MAX_WBITS), compressed
    while expanded < cap and not decoder.eof:
        out = decoder.decompress(data, 8 * MiB)
        data = decoder.unconsumed_tail
        expanded += len(out)
    assert expanded >= cap and not decoder.eof  # still going at 128 MB from ~1 MB
    assert int.from_bytes(compressed[-4:], "little") == hostile_pages.BOMB_EXPANDED == 1024 * MiB


def test_gzip_bomb_is_a_valid_gzip_stream_built_once():
    assert gzip.decompress(hostile_pages.gzip_bomb(8 * MiB)) == bytes(8 * MiB)  # checks CRC and length
    assert hostile_pages.gzip_bomb() is hostile_pages.gzip_bomb()


# ---- redirects, markup, charset, hrefs --------------------------------------------------------------------

def test_redirect_loop(port, cases):
    path, visited = target(cases["redirect-loop"]["url"]), []
    for _ in range(4):
        status, headers, _ = get(port, path)
        assert status == 302
        visited.append(path)
        path = headers["Location"]
    assert visited == ["/loop/a.html", "/loop/b.html"] * 2


def test_malformed_html_still_yields_its_links(port, cases):
    url = cases["malformed-html"]["url"]
    status, headers, body = get(port, target(url))
    assert status == 200
    assert b"\x00" in body and body.count(b"<div>") >= hostile_pages.NESTING_DEPTH
    response = HtmlResponse(url, body=body, headers=dict(headers))
    found = {response.urljoin(h) for h in response.css("a::attr(href)").getall()}
    assert set(cases["malformed-html"]["links"]) <= found


def test_charset_lie_sends_gbk_under_a_utf8_header(port, cases):
    status, headers, body = get(port, target(cases["charset-lie"]["url"]))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert cases["charset-lie"]["phrase"] in body.decode("gbk")


def test_invalid_hrefs_reach_the_parser_unchanged(port, cases):
    url = cases["invalid-hrefs"]["url"]
    status, headers, body = get(port, target(url))
    assert status == 200
    response = HtmlResponse(url, body=body, headers=dict(headers))
    assert response.css("a::attr(href)").getall() == cases["invalid-hrefs"]["hrefs"]
    assert max(len(h) for h in cases["invalid-hrefs"]["hrefs"]) == 10_000


def test_the_invalid_base_and_the_malformed_redirect_are_served_as_planted(port, cases):
    status, _, body = get(port, target(cases["invalid-base"]["url"]))
    assert status == 200 and f'<base href="{hostile_pages.INVALID_BASE}">' in body.decode()
    for link in cases["invalid-base"]["links"]:  # what its relative links name, against the page's own URL
        assert get(port, target(link))[0] == 200
    status, headers, _ = get(port, target(cases["malformed-redirect"]["url"]))
    assert (status, headers["Location"]) == (302, cases["malformed-redirect"]["location"])


def test_very_long_path_gets_414(port):
    assert get(port, "/" + "a" * 9_999)[0] == 414


def test_partners_link_to_a_host_that_is_down_and_one_that_refuses(ports, cases):
    case = cases["down-hosts"]
    status, _, body = get(ports[HOSTILE_IP], target(case["url"]))
    links = set(hrefs(body))
    assert status == 200 and set(case["timeout"]) | set(case["connection_refused"]) == links
    assert len(case["timeout"]) == len(case["connection_refused"]) > 3
    with pytest.raises(TimeoutError):
        fetch(hostile.DOWN_IP, ports[hostile.DOWN_IP], target(case["timeout"][0]), timeout=1)
    refused = urlsplit(case["connection_refused"][0])
    with pytest.raises(ConnectionRefusedError):
        fetch(refused.hostname, refused.port, refused.path, timeout=1)


# ---- servers that stall ---------------------------------------------------------------------------------

def test_hang_never_answers(port, cases):
    with closing(http.client.HTTPConnection(HOSTILE_IP, port, timeout=0.3)) as conn:
        conn.request("GET", target(cases["hang"]["url"]))
        with pytest.raises(TimeoutError):
            conn.getresponse()


def test_trickle_sends_about_a_byte_a_second(port, cases):
    conn, response = open_stream(port, target(cases["trickle"]["url"]), timeout=2)
    with closing(conn):
        assert response.status == 200
        assert response.read(1) == b" "
        started = time.monotonic()
        assert response.read(1) == b" "
        assert 0.8 < time.monotonic() - started < 1.5


def test_the_demo_server_serves_the_hostile_site():
    from govcheck.demo.server import DemoServer

    with DemoServer(AS_OF, port=0, hosts=hostile.hosts(AS_OF)) as server:
        served = urlsplit(server.host_urls[HOSTILE_IP]).port
        status, headers, body = get(served, "/reports/compressed.html")
        assert (status, headers["Content-Encoding"]) == (200, "gzip") and len(body) < 1.2 * MiB
        conn, response = open_stream(served, "/reports/full-archive.html")
        with closing(conn):
            assert response.status == 200 and len(response.read(MiB)) == MiB
