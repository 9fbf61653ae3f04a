"""Completing a certificate chain a server sent without its intermediate, as a browser does (pure).

A browser that meets a certificate whose issuer it lacks fetches the issuer from the address the certificate names
(Authority Information Access, "CA Issuers", plain HTTP) and verifies the completed chain. govcheck does the same:
the fetched bytes (DER, PEM or a PKCS#7 bundle, size-capped by the caller) are taken as candidate intermediates
only; the chain must reach a root of the crawl's trust store for the host, at the time given, under the web PKI's
rules (cryptography's x509 verification), or nothing is completed.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import ssl
import warnings
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import AuthorityInformationAccessOID
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

MAX_ISSUER_BYTES = 32 * 1024  # an intermediate is 1 to 2 KB; a bundle of a few fits
MAX_ISSUERS = 4  # candidates taken from one answer
MAX_URLS = 2  # caIssuers addresses tried per certificate


def fingerprint(der: bytes) -> str:
    """The SHA-256 of a certificate's DER: what pins the certificate whose chain was completed."""
    return hashlib.sha256(der).hexdigest()


def issuer_urls(leaf_der: bytes) -> list[str]:
    """The plain-HTTP caIssuers addresses the certificate names (browsers fetch no other scheme), at most MAX_URLS."""
    try:
        cert = x509.load_der_x509_certificate(leaf_der)
        access = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except (ValueError, x509.ExtensionNotFound):
        return []
    urls = [d.access_location.value for d in access
            if d.access_method == AuthorityInformationAccessOID.CA_ISSUERS
            and isinstance(d.access_location, x509.UniformResourceIdentifier)
            and d.access_location.value.lower().startswith("http://")]
    return urls[:MAX_URLS]


def parse_issuers(body: bytes) -> list[x509.Certificate]:
    """The certificates an AIA answer holds (DER, PEM, or PKCS#7 in DER or PEM); [] for anything else."""
    if not body or len(body) > MAX_ISSUER_BYTES:
        return []
    loaders = (lambda b: [x509.load_der_x509_certificate(b)], x509.load_pem_x509_certificates,
               pkcs7.load_der_pkcs7_certificates, pkcs7.load_pem_pkcs7_certificates)
    for load in loaders:
        try:
            found = load(body)
        except ValueError:
            continue
        if found:
            return list(found)[:MAX_ISSUERS]
    return []


def _subject(host: str) -> x509.GeneralName:
    host = host.strip("[]").lower().rstrip(".")
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def completion_fault(leaf_der: bytes, issuer_body: bytes, host: str, roots: tuple[x509.Certificate, ...],
                     now: datetime | None = None) -> str | None:
    """None when the leaf, with the fetched intermediate(s), chains to one of `roots` for `host` at `now`
    (in date, names the host, for a server, every CA a CA); else why not, in a sentence."""
    issuers = parse_issuers(issuer_body)
    if not issuers:
        return "the certificate's caIssuers address gave no certificate"
    if not roots:
        return "no trusted root to verify against"
    try:
        leaf = x509.load_der_x509_certificate(leaf_der)
    except ValueError:
        return "the server's certificate does not parse"
    try:
        subject = _subject(host)
        verifier = (PolicyBuilder().store(Store(list(roots))).time(now or datetime.now(UTC))
                    .build_server_verifier(subject))
        verifier.verify(leaf, issuers)
    except (VerificationError, ValueError) as exc:
        return f"the completed chain does not verify: {exc}"
    return None


PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


@cache
def trust_roots(extra_cafile: str | None = None) -> tuple[x509.Certificate, ...]:
    """The crawl's trust store: OpenSSL's default roots (what Scrapy verifies against) and an extra CA file
    (GOVCHECK_CA_BUNDLE). Each certificate is read alone: one a strict parser refuses costs only itself."""
    paths = ssl.get_default_verify_paths()
    bundle = next((Path(p) for p in (paths.cafile, paths.openssl_cafile) if p and Path(p).is_file()), None)
    files = [bundle] if bundle else sorted(Path(paths.capath or "/nonexistent").glob("*.[0-9]"))
    if extra_cafile:
        files.append(Path(extra_cafile))
    roots: dict[bytes, x509.Certificate] = {}
    for file in files:
        try:
            blocks = PEM_BLOCK.findall(file.read_bytes())
        except OSError:
            continue
        for block in blocks:
            with warnings.catch_warnings():  # an old root's zero serial: read all the same, as OpenSSL reads it
                warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                try:
                    roots.setdefault(block, x509.load_pem_x509_certificate(block))
                except ValueError:
                    continue
    return tuple(roots.values())
