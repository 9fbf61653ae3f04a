"""Completing a chain sent without its intermediate from the certificate's caIssuers address (govcheck/tlschain.py),
with the demo's certificates: it verifies only to a trusted root, for the right host, in date."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from govcheck.demo import tlscerts
from govcheck.tlschain import completion_fault, fingerprint, issuer_urls, parse_issuers, trust_roots

AIA = "http://127.0.0.71:8808/ca/demo-intermediate.crt"
HOST = tlscerts.TLS_HOSTS["aia"]


def leaf(aia: str | None = AIA, kind: str = "aia") -> bytes:
    return tlscerts.certificate(kind, aia).public_bytes(Encoding.DER)


def roots() -> tuple:
    return (tlscerts.ca_certificate(),)


def intermediate_pem() -> bytes:
    return tlscerts.intermediate().public_bytes(Encoding.PEM)


def test_the_caissuers_address_is_read_from_the_certificate():
    assert issuer_urls(leaf()) == [AIA]
    assert issuer_urls(leaf(None, kind="chain")) == []  # names no place: nothing to fetch
    assert issuer_urls(leaf("https://127.0.0.71/ca.crt")) == []  # browsers fetch intermediates over plain HTTP
    assert issuer_urls(b"garbage") == []


@pytest.mark.parametrize("body", [
    tlscerts.intermediate_der(),
    intermediate_pem(),
    pkcs7.serialize_certificates([tlscerts.intermediate()], Encoding.DER),  # a .p7c bundle
])
def test_a_chain_completed_by_the_fetched_intermediate_verifies(body):
    assert completion_fault(leaf(), body, HOST, roots()) is None
    assert completion_fault(leaf(), body, f"{HOST}.", roots()) is None


@pytest.mark.parametrize(("body", "host", "trusted", "now", "said"), [
    (tlscerts.intermediate_der(), "127.0.0.71", True, None, "subjectAltName"),  # issued to another address
    (tlscerts.intermediate_der(expired=True), HOST, True, None, "does not verify"),  # the intermediate expired
    (tlscerts.intermediate_der(), HOST, True, datetime.now(UTC) + timedelta(days=400), "does not verify"),  # leaf
    (tlscerts.intermediate_der(), HOST, False, None, "does not verify"),  # the root is not in the store
    (b"<html><body>404 Not Found</body></html>", HOST, True, None, "gave no certificate"),
    (b"\x30\x82\x01\x00" + b"\x00" * 256, HOST, True, None, "gave no certificate"),  # DER-looking garbage
    (b"", HOST, True, None, "gave no certificate"),
    (tlscerts.intermediate_der() + b"\x00" * 40000, HOST, True, None, "gave no certificate"),  # past the cap
])
def test_a_chain_that_does_not_verify_is_not_completed(body, host, trusted, now, said):
    store = roots() if trusted else tuple(r for r in trust_roots(None) if r != tlscerts.ca_certificate())
    fault = completion_fault(leaf(), body, host, store, now)
    assert fault is not None and said in fault


def test_the_intermediate_cannot_stand_for_the_server_itself():
    # the fetched certificate as the leaf: a CA certificate is no server's
    der = tlscerts.intermediate_der()
    assert completion_fault(der, der, HOST, roots()) is not None


def test_the_trust_store_is_the_systems_and_the_extra_ca_file(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_bytes(b"junk before\n" + tlscerts.ca_pem())
    system = trust_roots(None)
    assert tlscerts.ca_certificate() not in system
    assert set(trust_roots(str(ca))) == {*system, tlscerts.ca_certificate()}
    assert trust_roots(str(tmp_path / "missing.pem")) == system


def test_the_pin_is_the_certificates_sha256():
    assert fingerprint(leaf()) == hashlib.sha256(leaf()).hexdigest()
    assert parse_issuers(intermediate_pem() * 6) == [tlscerts.intermediate()] * 4  # a few candidates at most
