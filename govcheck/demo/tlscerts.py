"""Certificates of the demo's broken HTTPS hosts, made at start-up.

A demo root CA signs two server certificates: one that has expired, one issued to another hostname. A
client that trusts the demo CA (``ca_pem()``) sees exactly that fault; a client with the system store
sees an unknown issuer. Either way the TLS handshake fails verification, the link's category is
tls_error. A third ("chain"), valid and for its own address, is signed by a demo intermediate CA that its
server does not send (an incomplete chain): OpenSSL cannot build the chain ("unable to get local issuer
certificate"), a browser fetches the intermediate and opens the site; it names no place to fetch it from. The
"aia" certificate (a demo portal's) is sent alike but names where its intermediate is (Authority Information Access,
caIssuers, ``AIA_PATH`` on the AIA host); "aia-dead" names a place that answers 404. Keys are EC P-256 (instant to
generate); nothing leaves the process but a temp directory that ``ssl`` needs to load the files from, removed at exit.
"""

from __future__ import annotations

import atexit
import ipaddress
import shutil
import ssl
import tempfile
import zlib
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

# kind -> the loopback IP serving it; the expired certificate names its own IP, the mismatched one not
TLS_HOSTS = {"expired": "127.0.0.32", "mismatch": "127.0.0.33", "chain": "127.0.0.65", "aia": "127.0.0.70",
             "aia-dead": "127.0.0.72"}
MISMATCH_NAME = "www.another-site-demo.invalid"
KINDS = tuple(TLS_HOSTS)
AIA_IP = "127.0.0.71"  # serves the intermediate over plain HTTP, as CAs do
AIA_PATH = "/ca/demo-intermediate.crt"
AIA_DEAD_PATH = "/ca/retired-intermediate.crt"  # not served: 404
UNSENT = frozenset({"chain", "aia", "aia-dead"})  # servers that send their certificate without its intermediate


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "govcheck demo"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


CA_USAGE = x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                         encipher_only=False, decipher_only=False)  # a CA's: it signs certificates and lists


@cache
def _ca() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    name = _name("govcheck demo root CA")
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)  # one intermediate below it
        .add_extension(CA_USAGE, critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


@cache
def _intermediate_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@cache
def _intermediate(expired: bool = False) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The intermediate CA; `expired`: the same CA (name and key) in a copy whose validity ended a month ago."""
    ca_key, ca_cert = _ca()
    key = _intermediate_key()
    now = datetime.now(UTC)
    start, end = (now - timedelta(days=400), now - timedelta(days=30)) if expired else (now - timedelta(days=1),
                                                                                          now + timedelta(days=1825))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("govcheck demo intermediate CA")).issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(6 if expired else 4)
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(CA_USAGE, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


@cache
def _leaf(kind: str, aia: str | None = None) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The ``kind`` host's key and certificate; `aia`: the caIssuers URL it names (its port is known once bound)."""
    if kind not in TLS_HOSTS:
        raise ValueError(f"unknown TLS kind {kind!r}; expected one of {KINDS}")
    ca_key, ca_cert = _intermediate() if kind in UNSENT else _ca()
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    if kind == "expired":
        # valid for a year that ended a month ago, for the right address
        start, end = now - timedelta(days=400), now - timedelta(days=35)
        names: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(TLS_HOSTS[kind]))]
        common_name = TLS_HOSTS[kind]
    elif kind in UNSENT:
        # valid now and for the right address: only its issuer is missing from what the server sends
        start, end = now - timedelta(days=1), now + timedelta(days=365)
        names = [x509.IPAddress(ipaddress.ip_address(TLS_HOSTS[kind]))]
        common_name = TLS_HOSTS[kind]
    else:
        # valid now, but for another hostname only
        start, end = now - timedelta(days=1), now + timedelta(days=365)
        names = [x509.DNSName(MISMATCH_NAME)]
        common_name = MISMATCH_NAME
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name)).issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number({"expired": 2, "mismatch": 3, "chain": 5, "aia": 7, "aia-dead": 8}[kind])
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
    )
    if aia:
        builder = builder.add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            AuthorityInformationAccessOID.CA_ISSUERS, x509.UniformResourceIdentifier(aia))]), critical=False)
    return key, builder.sign(ca_key, hashes.SHA256())


def aia_url(kind: str, port: int) -> str | None:
    """Where the ``kind`` certificate says its intermediate is, on the AIA host at `port`; None: it says nothing."""
    path = {"aia": AIA_PATH, "aia-dead": AIA_DEAD_PATH}.get(kind)
    return f"http://{AIA_IP}:{port}{path}" if path else None


def intermediate(expired: bool = False) -> x509.Certificate:
    """The intermediate CA the "chain" and "aia" servers do not send; `expired`: a copy out of date."""
    return _intermediate(expired)[1]


def intermediate_der(expired: bool = False) -> bytes:
    """The intermediate CA as the AIA host serves it (DER)."""
    return intermediate(expired).public_bytes(serialization.Encoding.DER)


def ca_certificate() -> x509.Certificate:
    return _ca()[1]


def ca_pem() -> bytes:
    """The demo root CA in PEM, for a client that should see the exact fault of each host."""
    return _ca()[1].public_bytes(serialization.Encoding.PEM)


def certificate(kind: str, aia: str | None = None) -> x509.Certificate:
    return _leaf(kind, aia)[1]


@cache
def _files_dir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="govcheck-demo-tls-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


@cache
def _chain_files(kind: str, aia: str | None = None) -> tuple[Path, Path]:
    key, cert = _leaf(kind, aia)
    folder = _files_dir()
    stem = f"{kind}-{zlib.crc32(aia.encode()):08x}" if aia else kind
    cert_file, key_file = folder / f"{stem}.crt", folder / f"{stem}.key"
    # the "chain" and "aia" hosts send their certificate alone, without the intermediate that signed it
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + (b"" if kind in UNSENT else ca_pem()))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    key_file.chmod(0o600)
    return cert_file, key_file


def ssl_context_for(kind: str, port: int | None = None) -> ssl.SSLContext:
    """A server-side context presenting the ``kind`` certificate (the AIA host on `port` for "aia" kinds)."""
    cert_file, key_file = _chain_files(kind, aia_url(kind, port) if port else None)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context
