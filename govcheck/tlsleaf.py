"""What a server's own certificate proves when OpenSSL cannot build its chain (verify codes 20 and 21).

A server that sends its certificate without the intermediate that signed it fails verification with "unable to get
local issuer certificate", yet opens in a browser, which fetches the intermediate itself. That failure proves no
fault: the certificate is judged alone, as a browser would judge it once the chain is complete. Expired, issued to
another name or self-signed, it is a fault (tls_expired, tls_hostname, tls_untrusted); otherwise the chain is only
incomplete (tls_chain), which govcheck cannot settle and a person confirms in a browser (pure).
"""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

from cryptography import x509

CHAIN_CODES = frozenset({20, 21})  # unable to get local issuer certificate; unable to verify the first certificate


def leaf_fault(der: bytes, host: str, now: datetime | None = None) -> str:
    """tls_expired, tls_hostname or tls_untrusted for a certificate at fault by itself, else tls_chain."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return "tls_untrusted"
    now = now or datetime.now(UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        return "tls_expired"
    if not names_host(cert, host):
        return "tls_hostname"
    if cert.issuer == cert.subject:
        return "tls_untrusted"  # self-signed: no intermediate completes it
    return "tls_chain"


def names_host(cert: x509.Certificate, host: str) -> bool:
    """The certificate's subject alternative names cover host (an IP address, or a name with one left wildcard)."""
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False  # browsers ignore the common name
    host = host.strip("[]").lower().rstrip(".")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        return address in names.get_values_for_type(x509.IPAddress)
    for name in names.get_values_for_type(x509.DNSName):
        name = name.lower().rstrip(".")
        if name == host:
            return True
        if name.startswith("*.") and "." in host and host.split(".", 1)[1] == name[2:] and host.split(".", 1)[0]:
            return True
    return False
