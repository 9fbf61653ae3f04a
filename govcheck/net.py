"""The address guard and name resolution: no connection to a private, loopback, link-local, multicast, reserved
or cloud-metadata address except the audited sites' own hosts and GOVCHECK_ALLOWED_NETWORKS.

One rule (`refused_address`), applied where each connection is made: the resolver for names (GuardedResolver,
Scrapy's TWISTED_DNS_RESOLVER), a downloader middleware for IP literals and loopback names in any spelling
(govcheck.middlewares.AddressGuardMiddleware: every request, redirect hops, retries and probes included), and a
request filter in Chromium for what a rendered page loads (BrowserGuard).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

from govcheck.judge.addresses import host_is_literal_ip, is_blocked_address
from govcheck.tlsleaf import CHAIN_CODES, leaf_fault

# Names that mean this machine whatever DNS says (RFC 6761): never looked up, always refused.
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class BlockedAddressError(DNSLookupError):
    """The host is, or resolves to, a private, loopback, link-local or metadata address that is not allowed."""

    def __init__(self, host: str, address: str):
        super().__init__(host, f"the non-public address {address}")
        self.host, self.address = host, address


def loopback_name(host: str) -> bool:
    h = host.lower().rstrip(".")
    return h in LOOPBACK_NAMES or h.endswith(".localhost")


def refused_address(host: str, audited: frozenset[str] | set[str], allowed=()) -> str | None:
    """The address a connection to `host` (an IP literal in any spelling, or a name) would be refused for without
    asking DNS, else None: an audited site's host is always allowed, a name is judged once resolved."""
    host = (host or "").lower()
    if host in audited:
        return None
    if loopback_name(host):
        return "127.0.0.1"
    ip = host_is_literal_ip(host)
    if ip is not None and is_blocked_address(ip, allowed):
        mapped = ipaddress.ip_address(ip)
        return str(mapped.ipv4_mapped) if getattr(mapped, "ipv4_mapped", None) else ip
    return None


class GuardedResolver(CachingThreadedResolver):
    """Resolves through GOVCHECK_DNS_HOSTS first; refuses private addresses of hosts not being audited.

    With GOVCHECK_DNS_OFFLINE, a name outside the map fails at once without asking any DNS server:
    the demo and the tests must send no traffic beyond this machine.
    """

    def __init__(self, reactor, cache_size, timeout, hosts=None, offline=False, allowed_networks=()):
        super().__init__(reactor, cache_size, timeout)
        self.hosts = {k.lower(): v for k, v in (hosts or {}).items()}
        self.offline = offline
        self.allowed_networks = tuple(allowed_networks)
        self.crawler = None

    @classmethod
    def from_crawler(cls, crawler, reactor):
        s = crawler.settings
        cache_size = s.getint("DNSCACHE_SIZE") if s.getbool("DNSCACHE_ENABLED") else 0
        resolver = cls(reactor, cache_size, s.getfloat("DNS_TIMEOUT"), hosts=s.getdict("GOVCHECK_DNS_HOSTS"),
                       offline=s.getbool("GOVCHECK_DNS_OFFLINE"),
                       allowed_networks=s.getlist("GOVCHECK_ALLOWED_NETWORKS"))
        resolver.crawler = crawler
        return resolver

    def _audited_hosts(self) -> frozenset[str]:
        """The hosts of the sites being audited: Scrapy builds the resolver with its CrawlerProcess, whose crawlers
        hold the spiders (a Crawler, in tests, holds its own)."""
        owner = self.crawler
        crawlers = getattr(owner, "crawlers", None)
        spiders = [c.spider for c in crawlers] if crawlers is not None else [getattr(owner, "spider", None)]
        hosts = [getattr(s, "site_hosts", frozenset()) for s in spiders if s is not None]
        return hosts[0] if len(hosts) == 1 else frozenset().union(*hosts)

    def _guard(self, ip: str, name: str) -> str:
        if name.lower() not in self._audited_hosts() and is_blocked_address(ip, self.allowed_networks):
            raise BlockedAddressError(name, ip)
        return ip

    def getHostByName(self, name, timeout=()):
        refused = refused_address(name, self._audited_hosts(), self.allowed_networks)
        if refused is not None:  # a loopback name or literal that reached the resolver: refused all the same
            return defer.fail(BlockedAddressError(name, refused))
        try:
            ipaddress.ip_address(name)
            return defer.succeed(name)
        except ValueError:
            pass
        mapped = self.hosts.get(name.lower())
        if mapped:
            return defer.maybeDeferred(self._guard, mapped, name)
        if self.offline:
            return defer.fail(DNSLookupError(name, "not resolved: offline mode knows only GOVCHECK_DNS_HOSTS"))
        d = super().getHostByName(name, timeout)
        d.addCallback(self._guard, name)
        return d


class BrowserGuard:
    """PLAYWRIGHT_ABORT_REQUEST for govcheck: whether Chromium must not make a request a rendered page makes: one to
    a refused address (the same rule as every other connection, names resolved as the crawl resolves them), or one
    for a picture, a font or a style the list does not need."""

    def __init__(self, crawler, skip=None):
        s = crawler.settings
        self.crawler = crawler
        self.hosts = {k.lower(): v for k, v in (s.getdict("GOVCHECK_DNS_HOSTS") or {}).items()}
        self.offline = s.getbool("GOVCHECK_DNS_OFFLINE")
        self.allowed = tuple(s.getlist("GOVCHECK_ALLOWED_NETWORKS"))
        self.skip = skip

    def audited(self) -> frozenset[str]:
        return getattr(getattr(self.crawler, "spider", None), "site_hosts", frozenset())

    async def blocked(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "ws", "wss"):
            return False  # data:, blob:, about: never leave the browser
        host = (parts.hostname or "").lower()
        audited = self.audited()
        if host in audited:
            return False
        if refused_address(host, audited, self.allowed) is not None:
            return True
        if host_is_literal_ip(host) is not None:
            return False
        mapped = self.hosts.get(host)
        if mapped:
            return is_blocked_address(mapped, self.allowed)
        if self.offline:
            return True  # the crawl would not resolve it either: nothing leaves the machine
        try:
            found = await asyncio.get_running_loop().getaddrinfo(host, parts.port or None, type=socket.SOCK_STREAM)
        except OSError:
            return False  # the browser fails the lookup itself
        return any(is_blocked_address(info[4][0], self.allowed) for info in found)

    async def __call__(self, request) -> bool:
        if await self.blocked(request.url):
            self.crawler.stats.inc_value("govcheck/browser/blocked_address")
            return True
        return bool(self.skip and self.skip(request))


def diagnose_tls(host: str, port: int, cafile: str | None = None, timeout: float = 5.0) -> str:
    """Why a server's certificate fails verification: tls_expired, tls_hostname, tls_untrusted, tls_chain (sent
    without its intermediate, a browser opens it: tlsleaf) or tls_other.

    Scrapy reports only "certificate verify failed"; a second handshake with Python's ssl tells which check failed.
    """
    context = ssl.create_default_context()
    if cafile:
        try:
            context.load_verify_locations(cafile)
        except (OSError, ssl.SSLError):
            pass
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            with context.wrap_socket(sock, server_hostname=host):
                return "tls_other"  # verifies now: the failure was something else
    except ssl.SSLCertVerificationError as exc:
        code = exc.verify_code
        if code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
            return "tls_expired"
        if code in (62, 64):  # hostname or IP address mismatch
            return "tls_hostname"
        if code in CHAIN_CODES:  # OpenSSL stopped at the missing issuer: the certificate itself is judged
            der = peer_certificate(host, port, timeout)
            return leaf_fault(der, host) if der else "tls_untrusted"
        return "tls_untrusted"
    except (OSError, ssl.SSLError):
        return "tls_other"


def peer_certificate(host: str, port: int, timeout: float = 5.0) -> bytes | None:
    """The server's own certificate (DER), read without verifying it, or None."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            with context.wrap_socket(sock, server_hostname=host) as tls:
                return tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return None
