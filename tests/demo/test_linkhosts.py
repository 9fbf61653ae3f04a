"""The off-site link targets, through a real socket on loopback."""

from __future__ import annotations

import http.client
import socket
import ssl
from contextlib import closing
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from govcheck.demo import linkhosts, tlscerts
from govcheck.demo.linkhosts import (
    COMMERCIAL_IP,
    EXTERNAL_IP,
    PARKED_IP,
    PDF_SIZE,
    REFUSED_IP,
    TLS_AIA_DEAD_IP,
    TLS_CHAIN_IP,
    TLS_EXPIRED_IP,
    TLS_MISMATCH_IP,
)
from govcheck.demo.web import DemoRequest
from tests.demo.conftest import fetch, serve, tls_handshake

AS_OF = date(2026, 11, 27)
BOT_UA = "Mozilla/5.0 (compatible; govcheck/0.1; +https://example.gov.cn/govcheck)"
SCRAPY_UA = "Mozilla/5.0 (compatible; Scrapy/2.19.0; +https://scrapy.org)"  # names Mozilla too
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"


@pytest.fixture(scope="module")
def ports():
    with serve(linkhosts.hosts(AS_OF)) as ports:
        yield ports


@pytest.fixture
def fresh_ports():
    """A server of its own, for the hosts that remember what they were asked."""
    with serve(linkhosts.hosts(AS_OF)) as ports:
        yield ports


def get(ports, path, method="GET", **headers):
    return fetch(EXTERNAL_IP, ports[EXTERNAL_IP], path, method, headers)


# ---- the cases themselves ------------------------------------------------------------------------------

def test_cases_have_the_promised_fields_and_values():
    cases = linkhosts.link_cases(AS_OF, 8808)
    assert len({c["id"] for c in cases}) == len(cases)
    for case in cases:
        assert set(case) >= {"url", "text", "tag", "category", "verdict"}
        assert case["tag"] in {"a", "img"}
        assert case["verdict"] in {"broken", "unverified", "ok"}
        assert (case["category"] == "ok") == (case["verdict"] == "ok")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in case["text"])


def test_cases_cover_every_category_the_brief_lists():
    categories = {c["category"] for c in linkhosts.link_cases(AS_OF, 8808)}
    assert categories >= {"http_404", "http_410", "http_403", "http_4xx", "http_5xx", "empty_response",
                          "soft_404", "wrong_link", "timeout", "connection_reset", "rate_limited",
                          "bot_blocked", "tls_error", "dns_error", "connection_refused",
                          "blocked_address", "malformed_url", "ok"}


def test_cases_use_each_ips_port_and_the_external_port_where_none_is_given():
    cases = {c["id"]: c["url"] for c in linkhosts.link_cases(AS_OF, {EXTERNAL_IP: 1001, PARKED_IP: 1002,
                                                                      TLS_EXPIRED_IP: 1003})}
    assert cases["missing-html"] == f"http://{EXTERNAL_IP}:1001/missing.html"
    assert cases["parked"] == f"http://{PARKED_IP}:1002/"
    assert cases["tls-expired"] == f"https://{TLS_EXPIRED_IP}:1003/"
    assert cases["refused"] == f"http://{REFUSED_IP}:1001/"
    assert cases["metadata-address"] == "http://169.254.169.254/latest/meta-data/"
    assert cases["space-in-url"] == "http://exa mple.gov.cn/a b"


def test_redirect_target_uses_the_told_base_else_the_request_port():
    req = DemoRequest("GET", "/partner-link.html", {}, {"host": "127.0.0.30:8808"})
    external = linkhosts.hosts(AS_OF)[EXTERNAL_IP]
    assert external.respond(req).headers["Location"] == f"http://{PARKED_IP}:8808/"
    external.set_bases({PARKED_IP: f"http://{PARKED_IP}:9000/"})
    assert external.respond(req).headers["Location"] == f"http://{PARKED_IP}:9000/"


def test_link_cases_default_to_the_demo_port():
    assert linkhosts.link_cases(AS_OF)[0]["url"] == f"http://{EXTERNAL_IP}:8808/index.html"


def _check(url: str) -> int:
    """What a careful checker ends with: one redirect followed (with the cookie it sets, as a browser sends it), one
    retry after 429 or 503."""
    cookie: dict[str, str] = {}
    for _ in range(3):
        parts = urlsplit(url)
        status, headers, _ = fetch(parts.hostname, parts.port, parts.path, headers={"User-Agent": BOT_UA, **cookie})
        if status in (301, 302):
            url = urljoin(url, headers["Location"])
            if set_cookie := headers.get("Set-Cookie"):
                cookie = {"Cookie": set_cookie.split(";")[0]}
        elif status not in (429, 503):
            return status
    return status


def test_ok_cases_end_in_200_and_http_cases_give_their_status(fresh_ports):
    statuses = {"http_404": 404, "http_410": 410, "http_403": 403, "http_4xx": 451, "http_5xx": 500,
                "rate_limited": 429, "bot_blocked": 403}
    checked = 0
    for case in linkhosts.link_cases(AS_OF, fresh_ports):
        if case["id"] in {"challenge-html", "challenge-en-html"}:
            expected = 200  # the wall is in the body
        elif case["verdict"] == "ok":
            expected = 200
        elif case["category"] in statuses:
            expected = statuses[case["category"]]
        else:
            continue
        assert _check(case["url"]) == expected, case
        checked += 1
    assert checked == 22  # every case of the external host but the empty, soft-404, redirect, hang, reset ones


# ---- plain pages and failures -----------------------------------------------------------------------

def test_normal_page_is_a_real_page(ports):
    status, headers, body = get(ports, "/news/1.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "合作单位新闻" in body.decode() and len(body) > 300


def test_conac_mark_image_the_portals_show_is_served(ports):
    status, headers, body = get(ports, "/images/conac/red.png")
    assert (status, headers["Content-Type"]) == (200, "image/png")
    assert body.startswith(b"\x89PNG")


@pytest.mark.parametrize("path,status", [("/missing.html", 404), ("/removed.html", 410),
                                         ("/forbidden.html", 403), ("/legal-block.html", 451),
                                         ("/server-error.html", 500), ("/files/missing.pdf", 404),
                                         ("/images/missing.png", 404), ("/no/such/path", 404)])
def test_error_pages(ports, path, status):
    assert get(ports, path)[0] == status


def test_forbidden_page_refuses_browsers_too(ports):
    assert get(ports, "/forbidden.html", **{"User-Agent": BROWSER_UA})[0] == 403


def test_server_error_persists(ports):
    assert [get(ports, "/server-error.html")[0] for _ in range(3)] == [500, 500, 500]


def test_empty_page_has_no_body(ports):
    status, headers, body = get(ports, "/empty.html")
    assert (status, body, headers["Content-Length"]) == (200, b"", "0")


def test_soft_404_pages_are_200_with_a_short_not_found_text(ports):
    status, _, body = get(ports, "/soft-404.html")
    assert status == 200 and "抱歉，您访问的页面不存在或已被删除" in body.decode() and len(body) < 300
    status, _, body = get(ports, "/soft-404-en.html")
    assert status == 200 and b"Page Not Found" in body


def test_redirects_to_the_parked_and_commercial_hosts(ports):
    status, headers, _ = get(ports, "/partner-link.html")
    assert status == 302 and headers["Location"] == f"http://{PARKED_IP}:{ports[PARKED_IP]}/"
    status, _, body = fetch(PARKED_IP, ports[PARKED_IP], "/")
    assert status == 200 and "该域名正在出售" in body.decode() and b"This domain is for sale" in body
    assert b"href=" in body  # the buy link
    status, headers, _ = get(ports, "/special-offer.html")
    assert status == 302
    target = urlsplit(headers["Location"])
    assert (target.hostname, target.port) == (COMMERCIAL_IP, ports[COMMERCIAL_IP])
    status, _, body = fetch(COMMERCIAL_IP, ports[COMMERCIAL_IP], target.path)
    assert status == 200 and "商城" in body.decode()


def test_same_host_redirect_lands_on_a_normal_page(ports):
    status, headers, _ = get(ports, "/moved.html")
    assert status == 301 and headers["Location"] == "/news/2.html"
    assert get(ports, headers["Location"])[0] == 200


def test_hanging_page_never_answers(ports):
    with closing(http.client.HTTPConnection(EXTERNAL_IP, ports[EXTERNAL_IP], timeout=0.3)) as conn:
        conn.request("GET", "/hang.html")
        with pytest.raises(TimeoutError):
            conn.getresponse()


def test_reset_page_resets_the_connection(ports):
    with closing(http.client.HTTPConnection(EXTERNAL_IP, ports[EXTERNAL_IP], timeout=2)) as conn:
        conn.request("GET", "/reset.html")
        with pytest.raises(ConnectionResetError):
            conn.getresponse()


def test_nothing_listens_on_the_refused_address(ports):
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((REFUSED_IP, ports[EXTERNAL_IP]), timeout=2).close()


# ---- HEAD, ranges and the big attachment -----------------------------------------------------------------

def test_head_405_page_works_with_get(ports):
    status, headers, _ = get(ports, "/head-405.html", "HEAD")
    assert status == 405 and headers["Allow"] == "GET"
    assert get(ports, "/head-405.html")[0] == 200


def test_head_404_page_works_with_get(ports):
    assert get(ports, "/head-404.html", "HEAD")[0] == 404
    assert get(ports, "/head-404.html")[0] == 200


PDF = "/files/annual-report-2025.pdf"


def test_large_pdf_head_gives_its_length_without_a_body(ports):
    status, headers, body = get(ports, PDF, "HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Length"] == str(PDF_SIZE) == str(20 * 1024 * 1024)
    assert headers["Content-Type"] == "application/pdf" and headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("asked,start,end", [("bytes=0-1023", 0, 1023), ("bytes=0-0", 0, 0),
                                             ("bytes=-100", PDF_SIZE - 100, PDF_SIZE - 1),
                                             ("bytes=20971000-", 20971000, PDF_SIZE - 1)])
def test_large_pdf_range_gives_206(ports, asked, start, end):
    status, headers, body = get(ports, PDF, Range=asked)
    assert status == 206
    assert headers["Content-Range"] == f"bytes {start}-{end}/{PDF_SIZE}"
    assert len(body) == end - start + 1 == int(headers["Content-Length"])
    if start == 0:
        assert body.startswith(b"%PDF-1.4"[: len(body)])


def test_large_pdf_unsatisfiable_range_gives_416(ports):
    status, headers, _ = get(ports, PDF, Range=f"bytes={PDF_SIZE}-")
    assert status == 416 and headers["Content-Range"] == f"bytes */{PDF_SIZE}"


def test_large_pdf_get_streams_the_declared_length(ports):
    with closing(http.client.HTTPConnection(EXTERNAL_IP, ports[EXTERNAL_IP], timeout=5)) as conn:
        conn.request("GET", PDF)
        response = conn.getresponse()
        assert response.status == 200 and response.headers["Content-Length"] == str(PDF_SIZE)
        assert response.read(8) == b"%PDF-1.4"
        assert len(response.read(1024 * 1024)) == 1024 * 1024  # then hang up, as a checker should


# ---- state: flaky and rate-limited pages ------------------------------------------------------------------

def test_flaky_page_fails_once_then_works(fresh_ports):
    assert [get(fresh_ports, "/flaky.html")[0] for _ in range(3)] == [503, 200, 200]


def test_rate_limited_page_asks_to_wait_then_works(fresh_ports):
    status, headers, _ = get(fresh_ports, "/rate-limited.html")
    assert (status, headers["Retry-After"]) == (429, "1")
    assert get(fresh_ports, "/rate-limited.html")[0] == 200


def test_rate_limited_page_without_retry_after_works_the_second_time(fresh_ports):
    status, headers, _ = get(fresh_ports, "/rate-limited-bare.html")
    assert status == 429 and "Retry-After" not in headers
    assert get(fresh_ports, "/rate-limited-bare.html")[0] == 200


def test_state_starts_over_with_a_new_server(fresh_ports):
    assert get(fresh_ports, "/flaky.html")[0] == 503


def test_always_429_page_never_lets_up(ports):
    answers = [get(ports, "/always-429.html")[:2] for _ in range(3)]
    assert [(s, h["Retry-After"]) for s, h in answers] == [(429, "1")] * 3


# ---- walls against crawlers ---------------------------------------------------------------------------

@pytest.mark.parametrize("agent,status", [(BOT_UA, 403), (SCRAPY_UA, 403), ("python-requests/2.32", 403),
                                          (BROWSER_UA, 200)])
def test_bot_wall_lets_only_browsers_in(ports, agent, status):
    assert get(ports, "/bot-wall.html", **{"User-Agent": agent})[0] == status


def test_challenge_pages_are_200_asking_for_javascript(ports):
    status, _, body = get(ports, "/challenge.html", **{"User-Agent": BROWSER_UA})
    assert status == 200 and "正在进行安全验证" in body.decode() and "JavaScript" in body.decode()
    status, _, body = get(ports, "/challenge-en.html")
    assert status == 200 and b"Just a moment..." in body


# ---- TLS -------------------------------------------------------------------------------------------------

def test_expired_certificate_fails_verification_as_expired(ports):
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        tls_handshake(TLS_EXPIRED_IP, ports[TLS_EXPIRED_IP], tlscerts.ca_pem())
    assert caught.value.verify_code == 10  # X509_V_ERR_CERT_HAS_EXPIRED
    assert "expired" in caught.value.verify_message


def test_mismatched_certificate_fails_verification_on_the_hostname(ports):
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        tls_handshake(TLS_MISMATCH_IP, ports[TLS_MISMATCH_IP], tlscerts.ca_pem())
    assert caught.value.verify_code == 64  # X509_V_ERR_IP_ADDRESS_MISMATCH
    assert "mismatch" in caught.value.verify_message.lower()


def test_certificate_sent_without_its_intermediate_fails_on_the_missing_issuer(ports):
    # trusting the root is not enough: the intermediate that signed the certificate is not sent
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        tls_handshake(TLS_CHAIN_IP, ports[TLS_CHAIN_IP], tlscerts.ca_pem())
    assert caught.value.verify_code in (20, 21)  # unable to get local issuer / verify the first certificate
    cert = tlscerts.certificate("chain")
    assert cert.issuer != cert.subject  # not self-signed: a browser fetching the intermediate trusts it


def test_tls_hosts_fail_with_the_system_trust_store_too(ports):
    for ip in (TLS_EXPIRED_IP, TLS_MISMATCH_IP, TLS_CHAIN_IP):
        with pytest.raises(ssl.SSLCertVerificationError):
            context = ssl.create_default_context()
            with socket.create_connection((ip, ports[ip]), timeout=5) as raw_sock:
                context.wrap_socket(raw_sock, server_hostname=ip).close()


def test_tls_hosts_serve_a_page_to_a_client_that_does_not_verify(ports):
    context = ssl._create_unverified_context()
    with closing(http.client.HTTPSConnection(TLS_EXPIRED_IP, ports[TLS_EXPIRED_IP], timeout=5,
                                             context=context)) as conn:
        conn.request("GET", "/")
        assert conn.getresponse().status == 200


def test_only_the_tls_hosts_have_an_ssl_context():
    served = linkhosts.hosts(AS_OF)
    assert {ip for ip, h in served.items() if getattr(h, "ssl_context", None)} == {
        TLS_EXPIRED_IP, TLS_MISMATCH_IP, TLS_CHAIN_IP, TLS_AIA_DEAD_IP}
    assert {served[ip].tls for ip in (TLS_EXPIRED_IP, TLS_MISMATCH_IP, TLS_CHAIN_IP)} == {"expired", "mismatch",
                                                                                           "chain"}


def test_the_demo_server_serves_these_hosts_with_tls_and_real_bases():
    from govcheck.demo.server import DemoServer

    with DemoServer(AS_OF, port=0) as server:
        urls = {ip: urlsplit(url) for ip, url in server.host_urls.items()}
        assert urls[TLS_EXPIRED_IP].scheme == urls[TLS_MISMATCH_IP].scheme == "https"
        status, headers, _ = fetch(EXTERNAL_IP, urls[EXTERNAL_IP].port, "/partner-link.html")
        assert headers["Location"] == server.host_urls[PARKED_IP]
        status, headers, body = fetch(EXTERNAL_IP, urls[EXTERNAL_IP].port, PDF, "HEAD")
        assert (status, headers["Content-Length"], body) == (200, str(PDF_SIZE), b"")
        with pytest.raises(ssl.SSLCertVerificationError) as caught:
            tls_handshake(TLS_EXPIRED_IP, urls[TLS_EXPIRED_IP].port, tlscerts.ca_pem())
        assert caught.value.verify_code == 10


def test_the_aia_host_serves_the_intermediate_a_certificate_names(ports):
    from cryptography import x509
    from cryptography.x509.oid import AuthorityInformationAccessOID

    port = ports[linkhosts.AIA_IP]
    status, headers, body = fetch(linkhosts.AIA_IP, port, tlscerts.AIA_PATH)
    assert (status, headers["Content-Type"], body) == (200, "application/pkix-cert", tlscerts.intermediate_der())
    assert x509.load_der_x509_certificate(body).subject == tlscerts.certificate("aia").issuer
    assert fetch(linkhosts.AIA_IP, port, tlscerts.AIA_DEAD_PATH)[0] == 404
    cert = tlscerts.certificate("aia-dead", tlscerts.aia_url("aia-dead", port))
    (access,) = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    assert access.access_method == AuthorityInformationAccessOID.CA_ISSUERS
    assert access.access_location.value == f"http://{linkhosts.AIA_IP}:{port}{tlscerts.AIA_DEAD_PATH}"
    assert tlscerts.aia_url("chain", port) is None  # the older chain host names no place
