"""Why a request got no answer: the failure class of the exception it ended with, in the link categories' terms."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from twisted.internet.error import (
    ConnectError,
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


def failure_reason(failure) -> str:
    """The failure class of a request that got no response."""
    return exception_reason(failure.value)


def exception_reason(exc: BaseException) -> str:
    """The failure class of the exception a request ended with."""
    from govcheck.downhosts import HostDownError
    from govcheck.middlewares import decompressed_too_large
    from govcheck.net import BlockedAddressError

    if isinstance(exc, HostDownError):
        return exc.reason  # not fetched: what the host's last requests ended with
    chain = [exc]
    while chain[-1].__cause__ is not None and len(chain) < 5:
        chain.append(chain[-1].__cause__)
    if any(isinstance(e, BlockedAddressError) for e in chain):
        return "blocked_address"
    if isinstance(exc, (CannotResolveHostError, DNSLookupError)):
        return "dns_error"
    if isinstance(exc, (DownloadTimeoutError, TimeoutError, TCPTimedOutError)):
        return "timeout"
    if isinstance(exc, (DownloadConnectionRefusedError, ConnectionRefusedError)):
        return "connection_refused"
    if isinstance(exc, DownloadCancelledError) or any(map(decompressed_too_large, chain)):
        # DOWNLOAD_MAXSIZE reached while reading or while decompressing (a gzip bomb): the body is there
        return "too_large"
    text = " ".join(repr(e) for e in chain)
    low = text.lower()
    if "dnsmismatch" in low or "ipaddressmismatch" in low:  # service_identity's, inside ResponseNeverReceived
        return "tls_hostname"
    if "ssl" in low or "certificate" in low or "tls" in low:
        if "expired" in low:
            return "tls_expired"
        if "hostname" in low or "mismatch" in low:
            return "tls_hostname"
        if "self signed" in low or "self-signed" in low or "unable to get local issuer" in low:
            return "tls_untrusted"
        return "tls_other"
    if isinstance(exc, (DownloadFailedError, ResponseDataLossError, ConnectionLost, ConnectionDone, ResponseFailed,
                        ResponseNeverReceived, ConnectError)):
        return "connection_reset"
    return "other"


# failures a browser gets past: a homepage larger than govcheck reads answered; a certificate sent without its
# intermediate (tls_chain) opens in a browser, which fetches the intermediate. A probe ending so is not failed.
ANSWERED = frozenset({"too_large", "tls_chain"})


def failed_probe(reason: str) -> tuple[bool, str | None]:
    """A probe's outcome from its request's failure class: (answered, the reason it keeps)."""
    return reason in ANSWERED, None if reason == "too_large" else reason


async def diagnosed(reason: str, url: str, cafile: str | None) -> str:
    """The finer TLS class (net.diagnose_tls) of a TLS failure at url; any other reason as it is."""
    if not reason.startswith("tls_"):
        return reason
    from govcheck.net import diagnose_tls

    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return await asyncio.to_thread(diagnose_tls, parts.hostname, port, cafile)


def refusal(exc) -> str:
    """Which non-public address a refused host is, in a finding's detail."""
    same = exc.host.strip("[]").lower() == exc.address
    return f"the non-public address {exc.address}" if same else f"{exc.host} is the non-public address {exc.address}"


def http_reason(status: int) -> str:
    """A failed probe's reason for an HTTP error status, in the link categories' terms."""
    return f"http_{status}" if status in (403, 404, 410) else ("http_5xx" if status >= 500 else "http_4xx")
