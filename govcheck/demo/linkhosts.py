"""The off-site targets the demo portals link to, and what a correct link checker must say of each.

``hosts(as_of)`` gives the hosts to serve, keyed by loopback IP; ``link_cases(as_of, port)`` gives every
link the portal pages carry, each with the verdict and category a correct checker reports ("ok" cases
are the ones it must not report). Redirects to another demo host need that host's real base URL: the
server tells it through ``set_bases``; until then the port the request came in on is used.
"""

from __future__ import annotations

import re
import ssl
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from datetime import date

from govcheck.demo import tlscerts
from govcheck.demo.channels import ELSEWHERE_LIST, letters_elsewhere, message_table
from govcheck.demo.model import DEFAULT_PORT, EXTERNAL_IP, REFUSED_IP
from govcheck.demo.web import DemoRequest, Reply, html, is_crawler

Handler = Callable[[DemoRequest], Reply]
Ports = int | dict[str, int] | None

PARKED_IP = "127.0.0.31"
TLS_EXPIRED_IP = "127.0.0.32"
TLS_MISMATCH_IP = "127.0.0.33"
TLS_CHAIN_IP = "127.0.0.65"  # a valid certificate sent without its intermediate, naming no place to fetch it
AIA_IP = tlscerts.AIA_IP  # the demo CA's plain-HTTP server of its intermediate (caIssuers)
TLS_AIA_DEAD_IP = "127.0.0.72"  # sent without its intermediate, naming a place that answers 404
COMMERCIAL_IP = "127.0.0.35"

PDF_SIZE = 20 * 1024 * 1024
_CHUNK = 64 * 1024


class Host:
    """A demo host: a handler per path, a fallback for every other path, and an optional TLS fault.

    ``bases`` (IP -> real base URL) is shared by the hosts of one ``hosts()`` call, so a redirect to
    another host finds its port once the server has bound them all and called ``set_bases``.
    """

    def __init__(self, name: str, label: str, routes: dict[str, Handler],
                 fallback: Handler | None = None, tls: str | None = None,
                 bases: dict[str, str] | None = None) -> None:
        self.name = name
        self.label = label  # what a reader of the demo sees
        self.routes = routes
        self.fallback = fallback or not_found
        self.tls = tls  # None, "expired", "mismatch" or "chain"
        self.bases = {} if bases is None else bases

    @property
    def ssl_context(self) -> ssl.SSLContext | None:
        """The server serves this host over TLS when set (see web.py)."""
        return tlscerts.ssl_context_for(self.tls) if self.tls else None

    def ssl_context_at(self, port: int) -> ssl.SSLContext | None:
        """The same, once bound to `port`: a certificate naming the AIA host there."""
        return tlscerts.ssl_context_for(self.tls, port) if self.tls else None

    def set_bases(self, bases: dict[str, str]) -> None:
        self.bases.update(bases)

    def respond(self, req: DemoRequest) -> Reply:
        return self.routes.get(req.path, self.fallback)(req)

    def __repr__(self) -> str:
        return f"Host({self.name!r}, tls={self.tls!r})"


class FirstThen:
    """Answers ``first`` to the first ``times`` requests made to this instance, then ``then``.

    State lives in the instance, so a fresh ``hosts()`` (a fresh server) starts over.
    """

    def __init__(self, first: Handler, then: Handler, times: int = 1) -> None:
        self.first, self.then, self.times = first, then, times
        self._count = 0
        self._lock = threading.Lock()  # the server answers from several threads

    def __call__(self, req: DemoRequest) -> Reply:
        with self._lock:
            self._count += 1
            count = self._count
        return (self.first if count <= self.times else self.then)(req)


def port_for(ports: Ports, ip: str) -> int | None:
    """The port ``ip`` is served on, from one port for all or a map by IP."""
    if isinstance(ports, int):
        return ports
    return (ports or {}).get(ip)


def base_for(bases: dict[str, str], ip: str, req: DemoRequest) -> str:
    """The base URL of ``ip``: as the server told, else on the port the request came in on."""
    if ip in bases:
        return bases[ip].rstrip("/")
    found = re.search(r":(\d+)$", req.headers.get("host", ""))
    return origin(ip, int(found.group(1)) if found else None)


def origin(ip: str, port: int | None, scheme: str = "http") -> str:
    return f"{scheme}://{ip}:{port}" if port else f"{scheme}://{ip}"


def redirect(location: str, status: int = 302) -> Handler:
    return lambda req: Reply(status, {"Location": location})


def redirect_to_host(ip: str, path: str, bases: dict[str, str], status: int = 302) -> Handler:
    return lambda req: Reply(status, {"Location": base_for(bases, ip, req) + path})


def page(title: str, body: str, status: int = 200, headers: dict[str, str] | None = None) -> Handler:
    text = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
            f"</head><body><h1>{title}</h1>{body}</body></html>")
    return lambda req: html(text, status, headers=headers)


def raw(status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None) -> Handler:
    return lambda req: Reply(status, {"Content-Type": content_type, **(headers or {})}, body)


def not_found(req: DemoRequest) -> Reply:
    return html("<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                "<body><h1>404 Not Found</h1></body></html>", 404)


def by_method(head: Handler, get: Handler) -> Handler:
    return lambda req: (head if req.method == "HEAD" else get)(req)


def bot_wall(blocked: Handler, allowed: Handler) -> Handler:
    """Blocks crawlers by User-Agent: anything naming govcheck or Scrapy, or not claiming Mozilla."""
    def handler(req: DemoRequest) -> Reply:
        return (blocked if is_crawler(req) else allowed)(req)
    return handler


# ---- a large attachment: HEAD, ranges and a streamed body, never held in memory ----------------------

_PDF_HEAD = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


def _pdf_bytes(start: int, end: int) -> Iterator[bytes]:
    """Bytes ``start`` to ``end`` (exclusive) of the attachment: a PDF header, then filler."""
    pos = start
    while pos < end:
        if pos < len(_PDF_HEAD):
            chunk = _PDF_HEAD[pos:end]
        else:
            chunk = b"0" * min(_CHUNK, end - pos)
        yield chunk
        pos += len(chunk)


def _parse_range(value: str, size: int) -> tuple[int, int] | None:
    """The one byte range a ``Range`` header asks for, as (start, end exclusive); None if unusable."""
    found = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", value)
    if not found or found.groups() == ("", ""):
        return None
    first, last = found.groups()
    if first == "":  # the last N bytes
        return (max(0, size - int(last)), size) if int(last) > 0 else None
    start = int(first)
    end = min(size, int(last) + 1) if last else size
    return (start, end) if start < size and start < end else None


def large_file(size: int, content_type: str = "application/pdf") -> Handler:
    """An attachment of ``size`` bytes: HEAD gives its length, Range gives 206, GET streams it."""
    base = {"Content-Type": content_type, "Accept-Ranges": "bytes"}

    def handler(req: DemoRequest) -> Reply:
        if req.method == "HEAD":
            return Reply(200, {**base, "Content-Length": str(size)})
        asked = req.headers.get("range")
        if asked is not None:
            span = _parse_range(asked, size)
            if span is None:
                return Reply(416, {**base, "Content-Range": f"bytes */{size}", "Content-Length": "0"})
            start, end = span
            return Reply(206, {**base, "Content-Range": f"bytes {start}-{end - 1}/{size}",
                               "Content-Length": str(end - start)}, _pdf_bytes(start, end))
        return Reply(200, {**base, "Content-Length": str(size)}, _pdf_bytes(0, size))
    return handler


# ---- the hosts -----------------------------------------------------------------------------------------

def _png_1x1() -> bytes:
    """A valid one-pixel PNG: what an image checker may decode."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xcc\x00\x00\xff")) + chunk(b"IEND", b""))


_PNG = _png_1x1()

_SOFT_404_ZH = "抱歉，您访问的页面不存在或已被删除"
_CHALLENGE_ZH = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>安全验证</title>"
                 "<script>setTimeout(function(){location.reload()},5000)</script></head>"
                 "<body><p>正在进行安全验证…请开启JavaScript并稍候</p>"
                 "<noscript>请开启JavaScript后刷新页面</noscript></body></html>")
_CHALLENGE_EN = ("<!DOCTYPE html><html><head><title>Just a moment...</title>"
                 "<script>window._cf_chl_opt={cType:'managed'};</script></head>"
                 "<body><h1>Just a moment...</h1><p>Checking your browser before accessing the site. "
                 "Enable JavaScript and cookies to continue.</p></body></html>")


def _article(n: int, as_of: date) -> str:
    return (f"<p>发布日期：{as_of.isoformat()}</p>"
            f"<p>这是合作单位网站的第{n}篇文章。本站与政府网站开展信息共享合作，"
            "发布行业动态、办事指南和政策解读，欢迎公众查阅。</p>"
            '<p><a href="/index.html">返回首页</a></p>')


def external_site(as_of: date, bases: dict[str, str]) -> Host:
    ok_page = page("合作单位新闻", _article(2, as_of))
    ok_after_retry = page("合作单位通知", _article(3, as_of))
    home = page("合作单位门户", _article(0, as_of))
    routes: dict[str, Handler] = {
        "/": home,
        "/index.html": home,
        "/news/1.html": page("合作单位新闻", _article(1, as_of)),
        "/news/2.html": ok_page,
        # the national news a portal's 国务院要闻 block lists (demo/sites/jyj.py)
        **{f"/yw/{k}.html": page("国务院要闻", _article(10 + k, as_of)) for k in range(1, 6)},
        "/images/logo.png": raw(200, _PNG, "image/png"),
        "/images/conac/red.png": raw(200, _PNG, "image/png"),  # the footer mark of every demo portal
        "/moved.html": redirect("/news/2.html", 301),
        "/head-405.html": by_method(raw(405, headers={"Allow": "GET"}), ok_page),
        "/head-404.html": by_method(not_found, ok_page),
        "/flaky.html": FirstThen(page("服务暂时不可用", "<p>请稍后再试</p>", 503), ok_after_retry),
        "/rate-limited.html": FirstThen(
            page("请求过于频繁", "<p>请稍后再试</p>", 429, {"Retry-After": "1"}), ok_after_retry),
        "/rate-limited-bare.html": FirstThen(page("请求过于频繁", "<p>请稍后再试</p>", 429), ok_after_retry),
        "/always-429.html": page("请求过于频繁", "<p>请稍后再试</p>", 429, {"Retry-After": "1"}),
        "/bot-wall.html": bot_wall(page("403 Forbidden", "<p>访问被拒绝</p>", 403), ok_page),
        "/challenge.html": lambda req: html(_CHALLENGE_ZH),
        "/challenge-en.html": lambda req: html(_CHALLENGE_EN),
        "/files/annual-report-2025.pdf": large_file(PDF_SIZE),
        "/missing.html": not_found,
        "/removed.html": page("410 Gone", "<p>该页面已永久删除</p>", 410),
        "/forbidden.html": page("403 Forbidden", "<p>您无权访问此页面</p>", 403),
        "/legal-block.html": page("451 Unavailable For Legal Reasons", "<p>因法律原因无法访问</p>", 451),
        "/server-error.html": page("500 Internal Server Error", "<p>服务器内部错误</p>", 500),
        "/empty.html": raw(200, b""),
        "/soft-404.html": lambda req: html(f"<html><body><p>{_SOFT_404_ZH}</p></body></html>"),
        "/soft-404-en.html": lambda req: html(
            "<html><head><title>Page Not Found</title></head><body><h1>Page Not Found</h1>"
            "<p>The page you requested could not be found.</p></body></html>"),
        "/partner-link.html": redirect_to_host(PARKED_IP, "/", bases),
        "/special-offer.html": redirect_to_host(COMMERCIAL_IP, "/promo.html", bases),
        "/hang.html": lambda req: Reply(action="hang"),
        "/reset.html": lambda req: Reply(action="reset"),
        # a firewall's cookie check (云防护's wzws_cid): a visitor without its cookie is sent back to the same page
        # with it, as a browser then sends it; the page opens
        "/cookie-check.html": lambda req: ok_page(req) if "wzws_cid=" in req.headers.get("cookie", "") else Reply(
            302, {"Location": req.path, "Set-Cookie": "wzws_cid=8c3e5f; path=/; HttpOnly",
                  "Content-Type": "text/html"}, b""),
        "/files/missing.pdf": not_found,
        "/images/missing.png": not_found,
        # a portal's 县长信箱 kept on this host (demo/channels.py mailbox_elsewhere)
        ELSEWHERE_LIST: page("县长信箱", message_table(letters_elsewhere(as_of).items)),
    }
    return Host("external", "外部网站", routes, bases=bases)


def parked_site(bases: dict[str, str]) -> Host:
    # a parked domain answers every path with the same sale page
    sale = page("该域名正在出售 This domain is for sale",
                "<p>该域名正在出售，欢迎询价。This domain is for sale.</p>"
                '<p><a href="/buy.html?domain=partner">立即购买 Buy now</a></p>')
    return Host("parked", "停放域名", {}, fallback=sale, bases=bases)


def commercial_site(bases: dict[str, str]) -> Host:
    shop = page("优品商城 - 限时特惠",
                "<p>全场五折，限时抢购！新用户注册即送优惠券。</p>"
                '<p><a href="/cart.html">购物车</a> <a href="/promo.html">今日特价</a></p>')
    return Host("commercial", "无关商业网站", {}, fallback=shop, bases=bases)


def tls_site(kind: str, as_of: date, bases: dict[str, str]) -> Host:
    return Host(f"tls-{kind}", "证书错误的网站", {}, fallback=page("合作单位（加密访问）", _article(9, as_of)),
                tls=kind, bases=bases)


def aia_site(bases: dict[str, str]) -> Host:
    """The demo CA's caIssuers server: the intermediate in DER (application/pkix-cert), as CAs serve it."""
    der = raw(200, tlscerts.intermediate_der(), "application/pkix-cert")
    return Host("aia", "证书颁发机构中间证书下载", {tlscerts.AIA_PATH: der}, bases=bases)


def hosts(as_of: date) -> dict[str, Host]:
    """The off-site hosts, keyed by the loopback IP each is served on."""
    bases: dict[str, str] = {}  # shared: set_bases on any of them tells them all
    return {
        EXTERNAL_IP: external_site(as_of, bases),
        PARKED_IP: parked_site(bases),
        TLS_EXPIRED_IP: tls_site("expired", as_of, bases),
        TLS_MISMATCH_IP: tls_site("mismatch", as_of, bases),
        TLS_CHAIN_IP: tls_site("chain", as_of, bases),
        TLS_AIA_DEAD_IP: tls_site("aia-dead", as_of, bases),
        AIA_IP: aia_site(bases),
        COMMERCIAL_IP: commercial_site(bases),
    }


# ---- the cases --------------------------------------------------------------------------------------

# (path on the external site, anchor text, tag, category, verdict)
_EXTERNAL_CASES = [
    ("/index.html", "合作单位门户", "a", "ok", "ok"),
    ("/news/1.html", "合作单位新闻", "a", "ok", "ok"),
    ("/images/logo.png", "合作单位标志", "img", "ok", "ok"),
    ("/moved.html", "已迁移的新闻", "a", "ok", "ok"),
    ("/head-405.html", "不支持HEAD的页面", "a", "ok", "ok"),
    ("/head-404.html", "HEAD返回404的页面", "a", "ok", "ok"),
    ("/flaky.html", "偶尔出错的页面", "a", "ok", "ok"),
    ("/rate-limited.html", "限流后恢复的页面", "a", "ok", "ok"),
    ("/rate-limited-bare.html", "无等待提示的限流页面", "a", "ok", "ok"),
    ("/files/annual-report-2025.pdf", "2025年度报告（PDF）", "a", "ok", "ok"),
    ("/missing.html", "已失效的页面", "a", "http_404", "broken"),
    ("/removed.html", "已永久删除的页面", "a", "http_410", "broken"),
    ("/forbidden.html", "禁止访问的页面", "a", "http_403", "broken"),
    ("/legal-block.html", "因法律原因不可访问", "a", "http_4xx", "broken"),
    ("/server-error.html", "服务器错误的页面", "a", "http_5xx", "broken"),
    ("/empty.html", "空白页面", "a", "empty_response", "broken"),
    ("/soft-404.html", "页面不存在提示", "a", "soft_404", "broken"),
    ("/soft-404-en.html", "英文页面不存在提示", "a", "soft_404", "broken"),
    ("/partner-link.html", "原合作单位网站", "a", "wrong_link", "broken"),
    ("/special-offer.html", "合作单位专题", "a", "wrong_link", "broken"),
    ("/hang.html", "无响应的页面", "a", "timeout", "broken"),
    ("/reset.html", "连接被重置的页面", "a", "connection_reset", "broken"),
    ("/files/missing.pdf", "已删除的附件（PDF）", "a", "http_404", "broken"),
    ("/images/missing.png", "已删除的图片", "img", "http_404", "broken"),
    ("/always-429.html", "持续限流的页面", "a", "rate_limited", "unverified"),
    ("/bot-wall.html", "拒绝爬虫的页面", "a", "bot_blocked", "unverified"),
    ("/challenge.html", "安全验证页面", "a", "bot_blocked", "unverified"),
    ("/challenge-en.html", "英文安全验证页面", "a", "bot_blocked", "unverified"),
    ("/cookie-check.html", "设置Cookie后跳回原址的页面", "a", "ok", "ok"),
]


def link_cases(as_of: date, port: int | dict[str, int] = DEFAULT_PORT) -> list[dict]:
    """Every off-site link the demo portals carry, with what a correct checker reports.

    Each case: url, text (anchor text), tag ("a" or "img"), category, verdict ("broken",
    "unverified" or "ok"), and a short id. ``as_of`` is accepted for symmetry with ``hosts``.
    """
    def at(ip: str, scheme: str = "http") -> str:
        # an IP missing from the map (the refused one) gets the external site's port
        return origin(ip, port_for(port, ip) or port_for(port, EXTERNAL_IP), scheme)

    cases = [_case(re.sub(r"[^a-z0-9]+", "-", path).strip("-"), at(EXTERNAL_IP) + path, *rest)
             for path, *rest in _EXTERNAL_CASES]
    cases += [
        _case("parked", at(PARKED_IP) + "/", "原合作单位域名", "a", "wrong_link", "broken"),
        _case("tls-expired", at(TLS_EXPIRED_IP, "https") + "/", "证书过期的网站", "a", "tls_error",
              "broken"),
        _case("tls-mismatch", at(TLS_MISMATCH_IP, "https") + "/", "证书与域名不符的网站", "a",
              "tls_error", "broken"),
        # a browser fetches the missing intermediate and opens it: not provably broken, a person checks it
        _case("tls-chain", at(TLS_CHAIN_IP, "https") + "/", "证书链不完整的网站", "a", "tls_chain",
              "unverified"),
        # its intermediate's address answers 404: no chain to complete, a person checks it
        _case("tls-chain-aia-dead", at(TLS_AIA_DEAD_IP, "https") + "/", "中间证书已下线的网站", "a", "tls_chain",
              "unverified"),
        _case("dns-error", "http://www.nosuchhost-demo.invalid/", "域名无法解析的网站", "a",
              "dns_error", "broken"),
        _case("refused", at(REFUSED_IP) + "/", "拒绝连接的网站", "a", "connection_refused", "broken"),
        _case("metadata-address", "http://169.254.169.254/latest/meta-data/", "内部元数据地址", "a",
              "blocked_address", "unverified"),
        _case("private-address", "http://10.11.12.13/", "内网地址", "a", "blocked_address",
              "unverified"),
        _case("space-in-url", "http://exa mple.gov.cn/a b", "含空格的错误链接", "a", "malformed_url",
              "broken"),
        _case("bad-bracket", "http://[bad/", "格式错误的链接", "a", "malformed_url", "broken"),
    ]
    return cases


def _case(case_id: str, url: str, text: str, tag: str, category: str, verdict: str) -> dict:
    return {"id": case_id, "url": url, "text": text, "tag": tag, "category": category,
            "verdict": verdict}
