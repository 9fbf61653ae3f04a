"""No way around the private-address guard: a portal links, redirects and scripts its way to a private service on
this machine in every way it can, and with default settings the service sees not one connection; every such link
is a blocked_address finding (unverified, the refused address in its detail), never retried.

The portal itself is audited (its own host may be anything); the "private service" is 127.0.0.2, which is not.
"""

from __future__ import annotations

import re
import socket
import sys
import threading
from contextlib import closing
from datetime import date

import pytest

from govcheck.demo.web import DemoRequest, Reply, html
from tests.conftest import ROOT, scrapy_args
from tests.demo.conftest import serve

PORTAL_IP, PRIVATE_IP = "127.0.0.60", "127.0.0.2"
AS_OF = date(2026, 11, 26)
INTERNAL_NAME = "internal.example.gov.cn"


class CountingService:
    """A TCP service on the private address that counts every connection made to it (and answers 200)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((PRIVATE_IP, 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stopping = False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with closing(conn):
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    def stop(self):
        self.stopping = True
        self.sock.close()


def spellings(port: int) -> dict[str, str]:
    """Every way a link can name the private service (and the cloud metadata endpoint) directly."""
    return {
        "dotted": f"http://{PRIVATE_IP}:{port}/admin",
        "decimal": f"http://2130706434:{port}/decimal",  # 127.0.0.2
        "hex": f"http://0x7f000002:{port}/hex",
        "short": f"http://127.2:{port}/short",
        "mapped": f"http://[::ffff:127.0.0.2]:{port}/mapped",
        "loopback6": f"http://[::1]:{port}/loopback6",
        "localhost": f"http://localhost:{port}/localhost",
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "named": f"http://{INTERNAL_NAME}:{port}/named",
    }


class Portal:
    """An audited portal whose pages lead to the private service by links, redirects, a meta refresh, a redirect
    chain that reaches it on the third hop, and a script its rendered column page runs."""

    def __init__(self, service_port: int):
        self.service = f"http://{PRIVATE_IP}:{service_port}"
        self.links = spellings(service_port)

    def page(self, title: str, body: str, head: str = "") -> Reply:
        return html(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
                    f"<body>{body}</body></html>")

    def respond(self, req: DemoRequest) -> Reply:
        s = self.service
        redirects = {"/go301": 301, "/go302": 302, "/go307": 307, "/go308": 308}
        if req.path == "/":
            links = "".join(f'<li><a href="{url}">{name}</a></li>' for name, url in self.links.items())
            hops = "".join(f'<li><a href="{p}">跳转{p}</a></li>' for p in (*redirects, "/meta", "/hop1"))
            return self.page("门户", f'<div class="nav"><ul><li><a href="/xwzx/">新闻中心</a></li></ul></div>'
                                     f"<ul>{links}{hops}</ul>")
        if req.path in redirects:
            return Reply(redirects[req.path], {"Location": f"{s}/redirected{req.path}"})
        if req.path == "/meta":
            return self.page("跳转", "<p>正在跳转</p>",
                             f'<meta http-equiv="refresh" content="0;url={s}/meta-refreshed">')
        if req.path == "/hop1":
            return Reply(302, {"Location": "/hop2"})
        if req.path == "/hop2":
            return Reply(302, {"Location": "/hop3"})
        if req.path == "/hop3":
            return Reply(302, {"Location": f"{s}/third-hop"})
        if req.path == "/xwzx/":  # a list only a browser builds; its script also calls the private service
            return self.page("新闻中心", '<div class="position">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>'
                                        '<ul class="list" id="list"></ul><script src="/xwzx/loader.js"></script>',
                             '<meta name="ColumnName" content="新闻中心">')
        if req.path == "/xwzx/loader.js":
            return Reply(200, {"Content-Type": "application/javascript"}, (
                f"fetch('{s}/rendered').catch(function(){{}});"
                "document.getElementById('list').innerHTML = '<li><a href=\"/xwzx/1.html\">要闻</a>"
                "<span>2026-11-25</span></li>';").encode())
        if req.path == "/xwzx/1.html":
            return self.page("要闻", "<p>正文</p>")
        return Reply(404, {"Content-Type": "text/html"}, b"not found")


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    import subprocess

    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    tmp = tmp_path_factory.mktemp("guard")
    service = CountingService()
    try:
        portal = Portal(service.port)
        with serve({PORTAL_IP: portal}) as ports:
            sites = tmp / "sites.csv"
            sites.write_text("site_id,name,url,site_code,sponsor,kind,region,status,note\n"
                             f"gw,示范门户,http://{PORTAL_IP}:{ports[PORTAL_IP]}/,4399990001,示范门户,portal,示范市,active,\n",
                             encoding="utf-8")
            db = f"sqlite:///{tmp / 'govcheck.sqlite'}"
            # default guard settings: no allowed networks; no name leaves this machine
            settings = {"GOVCHECK_DATABASE_URL": db, "GOVCHECK_DNS_OFFLINE": True,
                        "GOVCHECK_DNS_HOSTS": f'{{"{INTERNAL_NAME}": "{PRIVATE_IP}"}}',
                        "GOVCHECK_PROGRESS_INTERVAL": 0,
                        "DOWNLOAD_TIMEOUT": 4, "GOVCHECK_CRAWL_PROBE_INTERVAL": 0.5, "AUTOTHROTTLE_ENABLED": False}
            cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites}", "-a", f"as_of={AS_OF}",
                   *scrapy_args(settings)]
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        engine = make_engine(db)
        export = export_run(engine, latest_run_id(engine))
        engine.dispose()
        yield service.connections, export["sites"][0], done.stderr, portal
    finally:
        service.stop()


def test_the_private_service_sees_no_connection(guarded):
    connections, _, _, _ = guarded
    assert connections == 0


@pytest.mark.parametrize("name", list(spellings(0)))
def test_every_spelling_is_a_blocked_address(guarded, name):
    _, site, _, portal = guarded
    url = portal.links[name]
    (link,) = [x for x in site["links"] if x["url"] == url]
    assert (link["category"], link["verdict"]) == ("blocked_address", "unverified")
    address = {"localhost": "127.0.0.1", "loopback6": "::1", "metadata": "169.254.169.254"}.get(name, PRIVATE_IP)
    assert f"non-public address {address}, not fetched" in link["detail"]


@pytest.mark.parametrize("path", ["/go301", "/go302", "/go307", "/go308", "/meta", "/hop1"])
def test_a_redirect_to_it_ends_at_the_refused_hop(guarded, path):
    _, site, _, _ = guarded
    (link,) = [x for x in site["links"] if x["url"].endswith(path)]
    assert (link["category"], link["verdict"]) == ("blocked_address", "unverified")
    hops = 3 if path == "/hop1" else 1
    assert f"redirect hop {hops} to http://{PRIVATE_IP}:" in link["detail"] and "127.0.0.2" in link["detail"]


def test_a_refused_address_is_never_retried(guarded):
    """Each refused request is refused once, before any connection: 9 direct links and 6 redirect targets; no retry
    names the refusal."""
    _, _, log, _ = guarded
    assert "'govcheck/blocked_address': 15," in log
    assert not re.search(r"retry/reason_count/[^']*(?:BlockedAddress|DNSLookup)", log)


def test_the_rendered_page_ran_and_its_call_was_aborted(guarded):
    _, site, log, _ = guarded
    (column,) = [c for c in site["columns"] if c["name"] == "新闻中心"]
    assert column["rendered"] and column["last_update"] == "2026-11-25"  # Chromium ran the page
    assert "'govcheck/browser/blocked_address': 1" in log
