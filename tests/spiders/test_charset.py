"""Short GBK bodies (a list endpoint's one or two rows) under no charset, a lying UTF-8 or Tomcat's ISO-8859-1."""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse, Request, TextResponse

from govcheck.middlewares import CharsetFallbackMiddleware, is_gbk

ROWS = {"code": 200, "data": {"total": 2, "list": [
    {"title": "节水", "link": "/art/2026/11/23/art_1.html", "pubDate": "2026年11月24日"},
    {"title": "公告", "link": "/art/2026/11/21/art_2.html", "pubDate": "2026年11月21日"}]}}
FRAGMENT = '<li><a href="/a/1.html">整改公告</a><span class="date">2026年11月24日</span></li>'


def respond(body: bytes, content_type: str, cls=TextResponse, url: str = "http://127.0.0.57/data.json"):
    headers = {"Content-Type": content_type} if content_type else {}
    response = cls(url, body=body, headers=headers, request=Request(url))
    return CharsetFallbackMiddleware().process_response(response.request, response)


def test_short_gbk_json_with_no_charset_keeps_its_dates():
    body = json.dumps(ROWS, ensure_ascii=False).encode("gbk")
    response = respond(body, "application/json")
    assert response.json()["data"]["list"][0]["pubDate"] == "2026年11月24日"
    assert response.json()["data"]["list"][1]["title"] == "公告"


def test_short_gbk_fragment_under_a_lying_utf8_header_keeps_its_date():
    response = respond(FRAGMENT.encode("gbk"), "text/html;charset=utf-8", HtmlResponse)
    assert response.css("span.date::text").get() == "2026年11月24日"
    assert response.css("a::text").get() == "整改公告"


def test_short_gbk_fragment_with_no_charset_anywhere():
    response = respond(FRAGMENT.encode("gbk"), "text/html", HtmlResponse)
    assert response.css("span.date::text").get() == "2026年11月24日"


def test_tomcat_latin1_over_gbk_bytes_is_read_as_gbk():
    response = respond(json.dumps(ROWS, ensure_ascii=False).encode("gbk"), "application/json;charset=ISO-8859-1")
    assert response.json()["data"]["list"][0]["title"] == "节水"


def test_tomcat_latin1_over_a_page_whose_meta_says_gbk():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>{FRAGMENT}'
    response = respond(page.encode("gbk"), "text/html;charset=ISO-8859-1", HtmlResponse)
    assert response.css("a::text").get() == "整改公告"


def test_real_latin1_and_utf8_and_ascii_are_left_alone():
    latin = "<p>Fran\u00e7ais, caf\u00e9 \u00a9 2026</p>".encode("latin-1")
    read = respond(latin, "text/html;charset=ISO-8859-1", HtmlResponse)
    assert read.css("p::text").get().startswith("Fran\u00e7ais")
    utf8 = FRAGMENT.encode("utf-8")
    assert respond(utf8, "text/html", HtmlResponse).encoding == "utf-8"
    assert respond(b"<p>2026-11-24</p>", "text/html", HtmlResponse).css("p::text").get() == "2026-11-24"


def test_is_gbk():
    assert is_gbk("节水".encode("gbk"))
    assert not is_gbk("节水".encode())  # UTF-8 first
    assert not is_gbk(b"plain ascii")
    assert not is_gbk("caf\u00e9 au lait".encode("latin-1"))  # é before a space is no GB18030
