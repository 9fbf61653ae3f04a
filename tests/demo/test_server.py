"""The demo server: one address per site, charsets as planted, and every reply behaviour on the wire."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from datetime import date
from urllib.parse import urlsplit

import pytest

from govcheck.demo.server import DemoServer
from govcheck.demo.web import Reply
from govcheck.sites import load_sites
from tests.demo.helpers import join, request

AS_OF = date(2026, 11, 26)
TEST_IP = "127.0.0.40"


class BehaviourHost:
    """A host whose paths exercise each reply semantic of web.py."""

    def respond(self, req):
        if req.path == "/reset":
            return Reply(action="reset")
        if req.path == "/hang":
            return Reply(action="hang")
        if req.path == "/stream":
            return Reply(200, {"Content-Type": "text/plain"}, (f"chunk{k};".encode() for k in range(3)))
        if req.path == "/slow":
            return Reply(200, {"Content-Type": "text/plain"}, b"late", delay=0.3)
        if req.path == "/echo":
            return Reply(200, {"Content-Type": "text/plain"}, f"{req.method} {req.query} ".encode() + req.body)
        return Reply(404, {"Content-Type": "text/plain"}, b"no")


@pytest.fixture(scope="module")
def server():
    with DemoServer(AS_OF, port=0, hosts={TEST_IP: BehaviourHost()}) as srv:
        yield srv


def test_every_listening_site_has_its_own_address(server):
    hosts = {sid: urlsplit(url).hostname for sid, url in server.urls.items()}
    assert hosts["qx"] == "127.0.0.11" and hosts["nav"] == "127.0.0.18"
    assert len(set(hosts.values())) == len(hosts) == 67
    # the sites listed by name: each name resolves, in the demo's crawl, to the site's own address
    from govcheck.demo.build import dns_hosts

    assert dns_hosts() == {"www.sysx.gov.cn": "127.0.0.25", "www.syjyj.gov.cn": "127.0.0.26",
                           "www.sylyw.com": "127.0.0.27", "ly.sysx.gov.cn": "127.0.0.27",
                           "xxgk.syjyj.gov.cn": "127.0.0.26", "www.sfgx.gov.cn": "127.0.0.38",
                           "news.sfgx.gov.cn": "127.0.0.38", "www.sfshi.gov.cn": "127.0.0.25",
                           "www.msx.gov.cn": "127.0.0.54", "xxgk.msx.gov.cn": "127.0.0.54"}


@pytest.mark.parametrize("site_id, name, header_charset, decode", [
    ("qx", "示范县人民政府", "utf-8", "utf-8"),
    ("jyj", "示范市教育局", "gbk", "gbk"),  # GBK, charset only in the header
    ("qq", "示范区人民政府", None, "gbk"),  # GBK, charset only in a meta tag
    ("wjw", "示范市卫生健康委员会", "utf-8", "utf-8"),
    ("zhen", "示范镇人民政府", "utf-8", "utf-8"),
    ("nav", "示范市文化和旅游局", "utf-8", "utf-8"),
    ("rsj", "示范市人力资源和社会保障局", "gbk", "gbk"),  # GBK, in the header and a meta tag
])
def test_homepages_answer_in_their_charset(server, site_id, name, header_charset, decode):
    status, headers, body = request(server.base_url(site_id))
    assert status == 200
    assert headers.get_content_charset() == header_charset
    assert f"<title>{name}</title>" in body.decode(decode)
    if decode == "gbk":
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_gbk_charset_signals(server):
    _, _, jyj = request(server.base_url("jyj"))
    assert b"charset" not in jyj.lower()  # the header alone says GBK
    _, _, qq = request(server.base_url("qq"))
    assert b'<meta charset="gbk">' in qq
    status, headers, bare = request(join(server.base_url("qq"), "/ywdt/tpxw/index.html"))
    assert status == 200 and headers.get_content_charset() is None and b"charset" not in bare.lower()
    assert "图片新闻" in bare.decode("gbk")
    _, headers, rsj = request(server.base_url("rsj"))
    assert headers.get_content_charset() == "gbk" and b'<meta charset="gbk">' in rsj  # both signals


def test_unreachable_site_refuses_connections(server):
    parts = urlsplit(server.base_url("mz"))
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((parts.hostname, parts.port), timeout=2).close()


def test_offline_site_shows_a_maintenance_page(server):
    status, _, body = request(server.base_url("old"))
    assert status == 200 and "改版" in body.decode()


def test_unknown_path_is_a_404_page(server):
    status, _, body = request(join(server.base_url("qx"), "/no/such/page.html"))
    assert status == 404 and "页面不存在" in body.decode()


# --- reply semantics ----------------------------------------------------------------------------------

def test_reset_sends_rst(server):
    with pytest.raises(ConnectionResetError):
        request(join(server.host_urls[TEST_IP], "/reset"))


def test_hang_never_answers(server):
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        request(join(server.host_urls[TEST_IP], "/hang"), timeout=0.3)
    assert time.monotonic() - started < 1.5


def test_streamed_body_has_no_length_and_closes(server):
    status, headers, body = request(join(server.host_urls[TEST_IP], "/stream"))
    assert status == 200 and body == b"chunk0;chunk1;chunk2;"
    assert headers["Content-Length"] is None and headers["Connection"] == "close"


def test_delay(server):
    started = time.monotonic()
    status, _, body = request(join(server.host_urls[TEST_IP], "/slow"))
    assert (status, body) == (200, b"late") and time.monotonic() - started >= 0.3


def test_head_sends_headers_only(server):
    _, get_headers, get_body = request(server.base_url("qx"))
    status, headers, body = request(server.base_url("qx"), "HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Length"] == get_headers["Content-Length"] == str(len(get_body))


def test_post_body_and_query_reach_the_host(server):
    status, _, body = request(join(server.host_urls[TEST_IP], "/echo?a=1&a=2&b="), "POST", b"x=y")
    assert status == 200 and body == b"POST {'a': '1', 'b': ''} x=y"


def test_requests_leave_no_log_lines(server, capfd):
    request(server.base_url("qx"))
    request(join(server.base_url("qx"), "/missing"))
    with pytest.raises(ConnectionResetError):
        request(join(server.host_urls[TEST_IP], "/reset"))
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_stop_is_prompt_while_a_request_hangs():
    srv = DemoServer(AS_OF, port=0, hosts={TEST_IP: BehaviourHost()}, linkhosts=False).start()
    outcome = []

    def ask():
        try:
            request(join(srv.host_urls[TEST_IP], "/hang"), timeout=5)
            outcome.append("answered")
        except (OSError, http.client.HTTPException) as exc:
            outcome.append(type(exc).__name__)

    hung = threading.Thread(target=ask)
    hung.start()
    time.sleep(0.1)
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 1.5
    hung.join(5)
    assert outcome and outcome[0] != "answered" and outcome[0] != "TimeoutError"  # closed by stop(), not timed out
    with pytest.raises(ConnectionRefusedError):
        request(srv.base_url("qx"))


def test_keep_alive_connection_serves_several_requests(server):
    parts = urlsplit(server.base_url("nav"))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=3)
    try:
        for path in ("/", "/wldt/index.html", "/wzdt/index.html"):
            conn.request("GET", path)
            response = conn.getresponse()
            assert response.status == 200 and response.read()
    finally:
        conn.close()


# --- the site list ------------------------------------------------------------------------------------

def test_site_list_has_the_real_urls(server, tmp_path):
    sites = load_sites(server.write_site_list(tmp_path / "sites.csv"))
    assert [s.site_id for s in sites] == ["qx", "jyj", "qq", "wjw", "zhen", "mz", "old", "nav", "rsj", "kx", "xc",
                                          "hd", "hx", "sy", "syjy", "syly", "hk", "tjj", "lk", "ys", "en", "gx",
                                          "sfj", "cz", "jt", "zjj", "sw", "ly", "slj", "dsj", "ybj", "qxj", "sl", "qs",
                                          "fgw", "sjj", "swj", "daj", "gh", "sthj", "scj", "mzj", "tyjr", "tyj", "bs",
                                          "whj", "lsj", "zrzy", "jgsw", "ksy",
                                          "qxny", "nyj", "jtt", "lq", "xfj", "zjw", "gxj", "rfb",
                                          "sthjt", "kjj", "cgj", "gjj",
                                          "gzw", "gzfw", "gsl", "ms", "yjj"]
    # a platform's subsite is listed by its homepage in its folder
    homes = {"fgw": "col/col1001/index.html", "sjj": "site/sjj/index.html", "swj": "col/col2001/index.html",
             "daj": "col/col3001/index.html"}
    assert {s.site_id: s.url for s in sites} == {sid: url + homes.get(sid, "") for sid, url in server.urls.items()}
    bundled = {s.site_id: s for s in load_sites("data/demo-sites.csv")}
    for s in sites:
        b = bundled[s.site_id]
        assert (s.name, s.site_code, s.sponsor, s.kind, s.region, s.status, s.note, s.parent) == (
            b.name, b.site_code, b.sponsor, b.kind, b.region, b.status, b.note, b.parent)
        assert b.url == f"{urlsplit(s.url).scheme}://{s.host}:8808/" + homes.get(s.site_id, "")
    assert [s.site_id for s in sites if not s.active] == ["old"]
