"""The hostile site's pages that test a crawler's reading: huge and compressed-bomb bodies, broken markup, a
lying charset, unusable hrefs and bases, a server that trickles (served by govcheck/demo/hostile.py)."""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from functools import cache

from govcheck.demo.web import DemoRequest, Reply

HUGE_SIZE = 500 * 1024 * 1024
BOMB_EXPANDED = 1024 * 1024 * 1024
TRICKLE_BYTES = 3600  # an hour at one byte a second
_CHUNK = 64 * 1024
_BOMB_BLOCK = 1024 * 1024
MOJIBAKE_PHRASE = "关于开展政府网站抽查工作的通知"


# ---- huge bodies ------------------------------------------------------------------------------------

def _huge_body(size: int) -> Iterator[bytes]:
    """``size`` bytes of HTML, one chunk at a time."""
    head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>档案汇编</title></head><body>'.encode()
    filler = ("<p>历年档案汇编，内容持续加载中。</p>\n" * 2000).encode()[:_CHUNK]
    yield head[:size]
    sent = len(head)
    while sent < size:
        piece = filler[: size - sent]
        yield piece
        sent += len(piece)


def huge_page(req: DemoRequest) -> Reply:
    # no Content-Length: the crawler learns the size only by reading
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, _huge_body(HUGE_SIZE))


@cache
def gzip_bomb(expanded: int = BOMB_EXPANDED) -> bytes:
    """A gzip member of ``expanded`` zero bytes (a whole number of MiB), built once on first use.

    Each block compresses the same megabyte of zeros from a reset window (a full flush), so its
    compressed form is identical: it is computed once and repeated instead of compressing 1 GB.
    """
    zeros = bytes(_BOMB_BLOCK)
    encoder = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = encoder.compress(zeros) + encoder.flush(zlib.Z_FULL_FLUSH)
    encoder = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = encoder.compress(zeros) + encoder.flush(zlib.Z_FINISH)
    blocks = expanded // _BOMB_BLOCK
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip, deflate, no name, mtime 0, unix
    trailer = crc.to_bytes(4, "little") + (expanded % 2**32).to_bytes(4, "little")
    return header + block * (blocks - 1) + last + trailer


def bomb_page(req: DemoRequest) -> Reply:
    return Reply(200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
                 gzip_bomb())


# ---- broken markup, lying charset, bad hrefs ------------------------------------------------------------

NESTING_DEPTH = 10_000
MALFORMED_LINKS = ["/about.html", "/contact.html"]  # links any HTML parser still finds


def malformed_page(req: DemoRequest) -> Reply:
    parts = [
        "<html><head><title>旧系统页面</title></head><body>",
        # the links a parser must still find: unclosed <li>s, an unclosed <ul> and <div>
        '<div class="nav"><ul><li><a href="/about.html">机构概况</a><li><a href=/contact.html>联系我们</a>',
        "<p>未闭合的段落<p><b><i>交错的标签</b></i>",
        '<img src="/logo.png" alt="标志" <a href="/x.html">',
        "<p>含空字节\x00的文字\x00</p>",
        '<a href="/news/1.html class=broken>属性引号未闭合</a>',  # swallows markup up to the next quote
        '<a href=/news/2.html" title=\'混用引号>混乱的属性</a>',
        "<div>" * NESTING_DEPTH,
        '<a href="/deep.html">深层链接</a>',  # past most parsers' depth limit: may be lost
        "</div>" * (NESTING_DEPTH // 2),  # half of them never close
        "<table><tr><td>未闭合的表格",
    ]
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, "".join(parts).encode())


def charset_lie_page(req: DemoRequest) -> Reply:
    text = (f"<html><head><title>{MOJIBAKE_PHRASE}</title></head><body><h1>{MOJIBAKE_PHRASE}</h1>"
            "<p>各乡镇、各部门：为进一步加强政府网站管理，现将有关事项通知如下。</p></body></html>")
    # the header says UTF-8, the bytes are GBK, and no <meta> corrects it
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode("gbk"))


INVALID_HREFS = [
    "http://",
    "http://:80/",
    "//",
    "\\\\server\\share",
    "/" + "a" * 9_999,
    "/news\x01\x02.html",
    "/notice\x07\x1f/list.html",
    "http://[bad/",  # an unclosed IPv6 bracket: Python's URL parsers raise on it
]


def bad_links_page(req: DemoRequest) -> Reply:
    items = "".join(f'<li><a href="{href}">友情链接{i}</a></li>' for i, href in enumerate(INVALID_HREFS, 1))
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                 f"<html><body><h1>友情链接</h1><ul>{items}</ul></body></html>".encode())


# <base href> that no URL parser accepts: a browser falls back to the page's own URL, so its relative links work
INVALID_BASE = "http://[base/"
INVALID_BASE_LINKS = ["/policy/2026/notice.html", "/about.html"]  # as the page's relative links resolve
MALFORMED_LOCATION = "http://[moved/"
MAIL_LOCATION = "mailto:xzbgs@example.gov.cn"


def malformed_refresh_page(req: DemoRequest) -> Reply:
    """A meta refresh to an address no URL parser accepts: a browser stays on the page, which is read."""
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, (
        '<html><head><meta http-equiv="refresh" content="0;url=http://[refresh/"><title>旧版首页</title></head>'
        '<body><h1>旧版首页</h1><a href="/about.html">机构概况</a></body></html>').encode())


# a relative <base href> (valid HTML): the page's relative links resolve against it, taken against the page's URL
RELATIVE_BASE_LINKS = ["/policy/2026/notice.html", "/about.html"]


def relative_base_page(req: DemoRequest) -> Reply:
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, (
        '<html><head><base href="/policy/2026/"><title>通知公告</title></head><body><h1>通知公告</h1><ul>'
        '<li><a href="notice.html">关于做好政府网站抽查整改工作的通知</a><span>2026-11-20</span></li>'
        '<li><a href="/about.html">机构概况</a><span>2026-10-09</span></li></ul></body></html>').encode())


def invalid_base_page(req: DemoRequest) -> Reply:
    items = ('<li><a href="2026/notice.html">关于做好政府网站抽查整改工作的通知</a><span>2026-11-20</span></li>'
             '<li><a href="../about.html">机构概况</a><span>2026-10-09</span></li>')
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, (
        f'<html><head><base href="{INVALID_BASE}"><title>政策文件</title></head>'
        f"<body><h1>政策文件</h1><ul>{items}</ul></body></html>").encode())


def trickle_page(req: DemoRequest) -> Reply:
    def body() -> Iterator[bytes]:
        for _ in range(TRICKLE_BYTES):
            yield b" "
            time.sleep(1)
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, body())
