"""A certificate sent without its intermediate (verify codes 20, 21): a browser opens the site, so govcheck blames
nothing; the certificate alone still fails when it has expired, names another host or signs itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from scrapy.utils.defer import deferred_f_from_coro_f
from twisted.python.failure import Failure

from govcheck.demo import linkhosts, tlscerts
from govcheck.items import PageItem
from govcheck.net import diagnose_tls
from govcheck.spiders import failures
from govcheck.tlsleaf import leaf_fault
from tests.demo.conftest import serve
from tests.spiders.helpers import portal_spider

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def cert(names: list[x509.GeneralName], *, days: tuple[int, int] = (-30, 300), self_signed: bool = False) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "www.example.gov.cn")])
    issuer = subject if self_signed else x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Some CA G2")])
    built = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
             .serial_number(7).not_valid_before(NOW + timedelta(days=days[0]))
             .not_valid_after(NOW + timedelta(days=days[1]))
             .add_extension(x509.SubjectAlternativeName(names), critical=False).sign(key, hashes.SHA256()))
    return built.public_bytes(serialization.Encoding.DER)


GOV = [x509.DNSName("www.example.gov.cn"), x509.DNSName("*.example.gov.cn")]


@pytest.mark.parametrize(("der", "host", "fault"), [
    (cert(GOV), "www.example.gov.cn", "tls_chain"),  # only the issuer is missing: a browser fetches it
    (cert(GOV), "WWW.Example.gov.cn.", "tls_chain"),
    (cert(GOV), "zwgk.example.gov.cn", "tls_chain"),  # the wildcard
    (cert(GOV), "a.b.example.gov.cn", "tls_hostname"),  # a wildcard covers one label
    (cert(GOV), "www.other.gov.cn", "tls_hostname"),
    (cert(GOV, days=(-400, -35)), "www.example.gov.cn", "tls_expired"),
    (cert(GOV, days=(5, 400)), "www.example.gov.cn", "tls_expired"),  # not yet valid
    (cert(GOV, self_signed=True), "www.example.gov.cn", "tls_untrusted"),
    (cert([x509.DNSName("x.gov.cn")]), "127.0.0.5", "tls_hostname"),
    (b"not a certificate", "www.example.gov.cn", "tls_untrusted"),
])
def test_the_certificate_alone_is_judged(der, host, fault):
    assert leaf_fault(der, host, NOW) == fault


@pytest.fixture(scope="module")
def ports():
    with serve(linkhosts.hosts(date(2026, 12, 1))) as ports:
        yield ports


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    path.write_bytes(tlscerts.ca_pem())
    return str(path)


@pytest.mark.parametrize(("ip", "trusted", "fault"), [
    (linkhosts.TLS_CHAIN_IP, True, "tls_chain"),
    (linkhosts.TLS_CHAIN_IP, False, "tls_chain"),  # the root unknown too: a lone certificate proves no fault
    (linkhosts.TLS_EXPIRED_IP, True, "tls_expired"),
    (linkhosts.TLS_MISMATCH_IP, True, "tls_hostname"),
    (linkhosts.TLS_EXPIRED_IP, False, "tls_untrusted"),  # its server sends an unknown root: no browser trusts it
])
def test_diagnose_tells_a_missing_intermediate_from_a_fault(ports, ca, ip, trusted, fault):
    assert diagnose_tls(ip, ports[ip], ca if trusted else None) == fault


def probe_failure(url: str) -> Failure:
    try:
        raise OSError("[('SSL routines', '', 'certificate verify failed')] unable to get local issuer certificate")
    except OSError:
        failure = Failure()
    failure.request = SimpleNamespace(url=url, meta={})
    return failure


def failed_homepage(monkeypatch, fault: str):
    """A portal spider whose homepage request failed in TLS, diagnosed as `fault`: (spider, site, failure)."""
    monkeypatch.setattr("govcheck.net.diagnose_tls", lambda host, port, cafile: fault)
    spider = portal_spider()
    site = spider.sites[0]
    request = spider.page_request(site.url, site, depth=0, home=True)
    spider.reached_downloader(request)
    failure = probe_failure(site.url)
    failure.request = request
    return spider, site, failure


@pytest.mark.parametrize(("fault", "ok"), [
    ("tls_chain", True),  # answered, for a person to confirm (Availability's warning)
    ("tls_expired", False),
    ("tls_hostname", False),
    ("tls_untrusted", False),
])
@deferred_f_from_coro_f
async def test_a_probe_answered_by_a_certificate_without_its_intermediate_is_no_failure(monkeypatch, fault, ok):
    spider, site, failure = failed_homepage(monkeypatch, fault)
    found = await failures.diagnosed(failures.failure_reason(failure), site.url, None)
    item = spider.probe_item(site, failure=failure, reason=found)
    assert (item.ok, item.reason) == (ok, fault)


@deferred_f_from_coro_f
async def test_only_a_tls_failure_is_diagnosed(monkeypatch):
    monkeypatch.setattr("govcheck.net.diagnose_tls", lambda host, port, cafile: pytest.fail("diagnosed"))
    assert await failures.diagnosed("timeout", "https://www.example.gov.cn/", None) == "timeout"


@pytest.mark.parametrize(("fault", "unread_home"), [("tls_chain", True), ("tls_expired", False)])
@deferred_f_from_coro_f
async def test_a_homepage_sent_without_its_intermediate_waits_for_a_person_unread(monkeypatch, fault, unread_home):
    # an unread homepage makes the site checked (its freshness for a person), where no homepage makes it unreachable
    spider, site, failure = failed_homepage(monkeypatch, fault)
    items = [x async for x in spider.page_failed(failure)]
    probe, check = items[0], items[1]
    assert (probe.ok, probe.reason, check.failure) == (fault == "tls_chain", fault, fault)
    homes = [x for x in items if isinstance(x, PageItem)]
    assert [(h.url, h.is_homepage, h.unread, h.status) for h in homes] == ([(site.url, True, True, None)]
                                                                           if unread_home else [])


class AiaSite(linkhosts.Host):
    """A server sending its certificate without the intermediate, the certificate naming its caIssuers address."""

    @property
    def ssl_context(self):
        return tlscerts.ssl_context_for("aia", 8808)


@pytest.fixture(scope="module")
def aia_port():
    site = AiaSite("aia-site", "", {}, fallback=linkhosts.page("示范市市场监督管理局", "<p>首页</p>"), tls="aia")
    with serve({tlscerts.TLS_HOSTS["aia"]: site}) as ports:
        yield ports[tlscerts.TLS_HOSTS["aia"]]


def chain_handler(ca: str, answer: bytes | None):
    """The crawl's download handler, its caIssuers fetch answering `answer` (the crawl fetches through Scrapy)."""
    from govcheck.tlshandler import ChainCompletingHandler

    handler = ChainCompletingHandler(portal_spider(GOVCHECK_CA_BUNDLE=ca).crawler)
    handler._down_hosts = False  # no engine here, so no down-hosts middleware to ask
    handler.asked = []

    async def fetch_issuer(url):
        handler.asked.append(url)
        return answer

    handler._fetch_issuer = fetch_issuer
    return handler


@deferred_f_from_coro_f
async def test_a_chain_completed_from_its_caissuers_address_is_read_pinned_to_its_certificate(aia_port, ca):
    from scrapy import Request

    from govcheck.tlshandler import PinMismatchError

    handler = chain_handler(ca, tlscerts.intermediate_der())
    url = f"https://{tlscerts.TLS_HOSTS['aia']}:{aia_port}/"
    try:
        response = await handler.download_request(Request(url))
        assert response.status == 200 and "示范市市场监督管理局" in response.text
        assert handler.asked == [tlscerts.aia_url("aia", 8808)]
        await handler.download_request(Request(url + "tzgg/"))  # the host's other pages: completed once
        assert len(handler.asked) == 1
        # another certificate than the one verified: a TLS failure, not a page; the next request starts over
        key = (tlscerts.TLS_HOSTS["aia"], aia_port)
        handler.pins[key] = "0" * 64
        with pytest.raises(PinMismatchError) as caught:
            await handler.download_request(Request(url))
        assert key not in handler.pins and failures.exception_reason(caught.value).startswith("tls_")
    finally:
        await handler.close()


@pytest.mark.parametrize("answer", [None, b"<html>404</html>", tlscerts.intermediate_der(expired=True)])
@deferred_f_from_coro_f
async def test_a_chain_not_completed_fails_as_before(aia_port, ca, answer):
    from scrapy import Request

    handler = chain_handler(ca, answer)
    try:
        with pytest.raises(Exception) as caught:
            await handler.download_request(Request(f"https://{tlscerts.TLS_HOSTS['aia']}:{aia_port}/"))
        assert failures.exception_reason(caught.value) == "tls_other" and handler.pins == {}
        assert len(handler.asked) == 1
    finally:
        await handler.close()


@deferred_f_from_coro_f
async def test_a_certificate_naming_no_caissuers_address_fetches_nothing(ports, ca):
    from scrapy import Request

    handler = chain_handler(ca, tlscerts.intermediate_der())
    ip = linkhosts.TLS_CHAIN_IP
    try:
        with pytest.raises(Exception) as caught:  # noqa: PT011 - Scrapy's download failure, whatever its class
            await handler.download_request(Request(f"https://{ip}:{ports[ip]}/"))
        assert failures.exception_reason(caught.value) == "tls_other"
        assert handler.asked == [] and handler.pins == {}
    finally:
        await handler.close()
