"""Name resolution with two guards: a static hosts map for offline runs, and no off-site private addresses."""

from __future__ import annotations

import ipaddress
import socket
import ssl

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

from govcheck.judge.addresses import is_blocked_address


class BlockedAddressError(DNSLookupError):
    """The name resolves to a private, loopback, link-local or metadata address that is not allowed."""


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
        spider = getattr(self.crawler, "spider", None)
        return getattr(spider, "site_hosts", frozenset())

    def _guard(self, ip: str, name: str) -> str:
        if name.lower() not in self._audited_hosts() and is_blocked_address(ip, self.allowed_networks):
            raise BlockedAddressError(name, f"resolves to the non-public address {ip}")
        return ip

    def getHostByName(self, name, timeout=()):
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


def diagnose_tls(host: str, port: int, cafile: str | None = None, timeout: float = 5.0) -> str:
    """Why a server's certificate fails verification: tls_expired, tls_hostname, tls_untrusted or tls_other.

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
        return "tls_untrusted"
    except (OSError, ssl.SSLError):
        return "tls_other"
