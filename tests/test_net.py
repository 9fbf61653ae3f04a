"""The address guard's one rule, at each place a connection is made: literals and loopback names before any lookup,
names once resolved (the audited sites' own hosts allowed whatever they resolve to), Chromium's requests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.test import get_crawler

from govcheck.net import BlockedAddressError, BrowserGuard, GuardedResolver, loopback_name, refused_address


@pytest.mark.parametrize("host, address", [
    ("127.0.0.2", "127.0.0.2"), ("2130706434", "127.0.0.2"), ("0x7f000002", "127.0.0.2"), ("127.2", "127.0.0.2"),
    ("::ffff:127.0.0.2", "127.0.0.2"), ("[::1]", "::1"), ("169.254.169.254", "169.254.169.254"),
    ("10.0.0.8", "10.0.0.8"), ("localhost", "127.0.0.1"), ("LOCALHOST.", "127.0.0.1"),
    ("admin.localhost", "127.0.0.1"),
    ("224.0.0.1", "224.0.0.1"), ("fd00::1", "fd00::1"),
])
def test_refused_before_any_lookup(host, address):
    assert refused_address(host, frozenset()) == address


@pytest.mark.parametrize("host", ["www.gov.cn", "8.8.8.8", "2001:db8::1".replace("db8", "4860"), "localhostx.gov.cn"])
def test_public_hosts_and_names_pass_to_the_lookup(host):
    assert refused_address(host, frozenset()) is None


def test_an_audited_host_and_an_allowed_network_pass():
    assert refused_address("10.0.0.8", frozenset({"10.0.0.8"})) is None
    assert refused_address("10.0.0.8", frozenset(), ("10.0.0.0/8",)) is None
    assert refused_address("localhost", frozenset(), ("127.0.0.0/8",)) == "127.0.0.1"  # a name for this machine
    assert loopback_name("ip6-localhost") and not loopback_name("localhost.gov.cn")


def resolver(owner, hosts=None):
    r = GuardedResolver(None, 0, 5, hosts=hosts or {}, offline=True)
    r.crawler = owner
    return r


def result(d):
    out = []
    d.addBoth(out.append)
    return out[0]


def test_the_resolver_refuses_names_of_private_addresses_but_not_the_audited_sites():
    """Scrapy builds the resolver with its CrawlerProcess: the audited hosts are its crawlers' spiders'."""
    spider = SimpleNamespace(site_hosts=frozenset({"intranet.gov.cn"}))
    process = SimpleNamespace(crawlers=[SimpleNamespace(spider=spider)])
    r = resolver(process, {"intranet.gov.cn": "10.1.2.3", "other.example.cn": "10.1.2.4"})
    assert result(r.getHostByName("intranet.gov.cn")) == "10.1.2.3"
    refused = result(r.getHostByName("other.example.cn"))
    assert isinstance(refused.value, BlockedAddressError) and refused.value.address == "10.1.2.4"
    assert isinstance(result(r.getHostByName("localhost")).value, BlockedAddressError)
    assert isinstance(result(r.getHostByName("0x7f000001")).value, BlockedAddressError)


@deferred_f_from_coro_f
async def test_chromium_requests_pass_the_same_rule():
    crawler = get_crawler(settings_dict={"GOVCHECK_DNS_OFFLINE": True,
                                         "GOVCHECK_DNS_HOSTS": {"in.example.cn": "10.9.9.9"}})
    crawler.spider = SimpleNamespace(site_hosts=frozenset({"127.0.0.60"}))
    guard = BrowserGuard(crawler, skip=lambda request: request.resource_type == "image")

    async def asks(url, kind="fetch"):
        return await guard(SimpleNamespace(url=url, resource_type=kind))

    assert await asks("http://127.0.0.60:8080/list.json") is False  # the audited site itself
    for url in ("http://127.0.0.2:9/x", "http://localhost/x", "http://[::ffff:10.0.0.1]/", "http://in.example.cn/x",
                "http://169.254.169.254/latest/meta-data/"):
        assert await asks(url) is True, url
    assert await asks("http://unknown.example.cn/x") is True  # offline: nothing leaves the machine
    assert await asks("data:text/plain,hi") is False
    assert await asks("http://127.0.0.60:8080/a.png", "image") is True  # pictures are skipped as before


def test_the_retry_middleware_does_not_retry_a_refusal():
    from scrapy import Request, Spider

    from govcheck.middlewares import RetryMiddleware

    crawler = get_crawler(Spider, settings_dict={"RETRY_TIMES": 2})
    crawler.spider = Spider.from_crawler(crawler, name="t")
    mw = RetryMiddleware.from_crawler(crawler)
    assert mw.process_exception(Request("http://127.0.0.2/"), BlockedAddressError("127.0.0.2", "127.0.0.2")) is None
    from twisted.internet.error import DNSLookupError

    assert isinstance(mw.process_exception(Request("http://a.gov.cn/"), DNSLookupError("a.gov.cn")), Request)
