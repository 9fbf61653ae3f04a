"""Which IP addresses a link check must not reach: private, loopback, link-local, other non-public ranges."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Sequence
from functools import lru_cache

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Python's is_private does not cover carrier-grade NAT; fec0::/10 is deprecated site-local.
_EXTRA_BLOCKED = (
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("fec0::/10"),
)

# Shorthand IPv4 forms that resolvers accept as addresses (127.1, 0x7f.0.0.1, 2130706433).
_LEGACY_IPV4 = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.I)


def _parse(ip: str) -> IPAddress | None:
    text = ip.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _embedded(addr: IPAddress) -> list[IPAddress]:
    """What to judge: an IPv4-mapped address is its IPv4 one; 6to4 and Teredo add the one they carry."""
    found: list[IPAddress] = [addr]
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped:
            return [addr.ipv4_mapped]
        if addr.sixtofour:
            found.append(addr.sixtofour)
        if addr.teredo:
            found.append(addr.teredo[1])
    return found


def _non_public(addr: IPAddress) -> bool:
    return (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_unspecified
        or addr.is_multicast
        or addr.is_reserved
        or any(addr in net for net in _EXTRA_BLOCKED if net.version == addr.version)
    )


@lru_cache(maxsize=64)
def _networks(allowed: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in allowed)


def is_blocked_address(ip: str, allowed: Sequence[str] = ()) -> bool:
    """True when `ip` is not a public address and lies in none of the `allowed` CIDR networks.

    An unparsable `ip` is blocked: the check fails closed. A bad CIDR in `allowed` raises ValueError.
    """
    addr = _parse(ip)
    if addr is None:
        return True
    candidates = _embedded(addr)
    nets = _networks(tuple(allowed))
    if nets and any(a in net for a in candidates for net in nets if net.version == a.version):
        return False
    return any(_non_public(a) for a in candidates)


@lru_cache(maxsize=4096)
def host_is_literal_ip(host: str) -> str | None:
    """The normalized address when a URL host is an IP literal ("[::1]", "127.1", "0x7f000001"), else None."""
    text = host.strip().rstrip(".") if host else ""
    if not text:
        return None
    addr = _parse(text)
    if addr is not None:
        return str(addr)
    if _LEGACY_IPV4.match(text):
        try:
            return socket.inet_ntoa(socket.inet_aton(text))
        except OSError:
            return None
    return None
