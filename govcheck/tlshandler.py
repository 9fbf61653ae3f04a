"""The download handler that reads a site whose server sends its certificate without the intermediate, as a browser.

A request that fails certificate verification has its host's chain completed once (govcheck/tlschain.py): the
server's certificate is read, the intermediate fetched from the address the certificate names (a request through
the crawl's own downloader: the address guard, its timeouts and a size cap apply), and the completed chain verified
against the crawl's trust store, for the host, now. When it verifies, that host's requests go out through a second
HTTP/1.1 handler that does not verify by itself, and each response counts only if it came over the very certificate
verified (pinned by its SHA-256): any other is a TLS failure, never a page. Every other host is verified as before.
The decision lives in this worker's memory: another worker, or a resumed crawl, that meets the failure completes
the chain itself.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.settings import Settings

from govcheck.browser import LazyPlaywrightHandler
from govcheck.tlschain import MAX_ISSUER_BYTES, completion_fault, fingerprint, issuer_urls, trust_roots

logger = logging.getLogger(__name__)

ISSUER_TIMEOUT = 5.0  # seconds for a CA's server to give its intermediate


class PinMismatchError(Exception):
    """A response came over another certificate than the one whose completed chain verified."""


class _Unverifying:
    """The crawler, seen with DOWNLOAD_VERIFY_CERTIFICATES off: what the second handler is built from."""

    def __init__(self, crawler):
        self._crawler = crawler
        settings = Settings(crawler.settings.copy_to_dict())  # a frozen one's copy stays frozen
        settings.set("DOWNLOAD_VERIFY_CERTIFICATES", False, priority=100)  # above any -s
        settings.freeze()
        self.settings = settings

    def __getattr__(self, name):
        return getattr(self._crawler, name)


def tls_key(request) -> tuple[str, int] | None:
    """(host, port) of an https request Scrapy itself downloads; None for http and rendered (Chromium's) requests."""
    parts = urlsplit(request.url)
    if parts.scheme != "https" or request.meta.get("playwright"):
        return None
    return (parts.hostname or "").lower(), parts.port or 443


class ChainCompletingHandler(LazyPlaywrightHandler):
    """DOWNLOAD_HANDLERS for http and https: the lazy Playwright handler, completing chains as a browser does."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.ca_bundle = crawler.settings.get("GOVCHECK_CA_BUNDLE")
        self.pins: dict[tuple[str, int], str] = {}  # host -> fingerprint of the certificate whose chain verified
        self._completions: dict[tuple[str, int], asyncio.Future] = {}
        self._unverifying: HTTP11DownloadHandler | None = None

    async def download_request(self, request):
        key = tls_key(request)
        if key is not None and key in self.pins:
            self.refuse_if_down(request)
            return await self._pinned(request, key)
        try:
            return await super().download_request(request)
        except Exception as exc:
            if key is None or request.meta.get("tls_issuer") or not _certificate_failure(exc):
                raise
            if await self._complete(key) is None:
                raise
            return await self._pinned(request, key)

    async def _pinned(self, request, key):
        if self._unverifying is None:
            self._unverifying = HTTP11DownloadHandler(_Unverifying(self.crawler))
        response = await self._unverifying.download_request(request)
        cert = getattr(response, "certificate", None)
        der = cert.dump() if cert is not None else None
        if der is None or fingerprint(der) != self.pins.get(key):
            self.pins.pop(key, None)  # the next request completes the chain of what the server sends now
            self._completions.pop(key, None)
            raise PinMismatchError(f"TLS: the certificate of {key[0]}:{key[1]} is not the one whose chain was "
                                   "completed")
        return response

    async def _complete(self, key) -> str | None:
        """The pin of the host's certificate once its completed chain verifies, else None: once per host."""
        future = self._completions.get(key)
        if future is None:
            future = self._completions[key] = asyncio.ensure_future(self._completion(*key))
        return await asyncio.shield(future)

    async def _completion(self, host: str, port: int) -> str | None:
        from govcheck.net import peer_certificate

        der = await asyncio.to_thread(peer_certificate, host, port)
        if der is None:
            return None
        why = "the certificate names no plain-HTTP caIssuers address"
        for url in issuer_urls(der):
            body = await self._fetch_issuer(url)
            if body is None:
                why = f"its caIssuers address {url} gave nothing"
                continue
            roots = await asyncio.to_thread(trust_roots, self.ca_bundle)
            why = completion_fault(der, body, host, roots, datetime.now(UTC))
            if why is None:
                self.pins[(host, port)] = fingerprint(der)
                logger.info("govcheck: %s:%s sends its certificate without the intermediate; the chain completed "
                            "from %s verifies: its pages are read", host, port, url)
                return self.pins[(host, port)]
        logger.info("govcheck: the certificate of %s:%s does not verify, nor does a chain completed for it: %s",
                    host, port, why)
        return None

    async def _fetch_issuer(self, url: str) -> bytes | None:
        """The caIssuers answer's body, through the crawl's downloader (address guard included), or None."""
        meta = {"tls_issuer": True, "download_maxsize": MAX_ISSUER_BYTES, "download_timeout": ISSUER_TIMEOUT,
                "dont_retry": True}
        try:
            response = await self.crawler.engine.download_async(Request(url, meta=meta, dont_filter=True))
        except Exception as exc:  # noqa: BLE001 - refused, down or too large: nothing to complete with
            logger.info("govcheck: the intermediate at %s could not be fetched: %s", url, exc)
            return None
        return response.body if response.status == 200 else None

    async def close(self) -> None:
        await super().close()
        if self._unverifying is not None:
            await self._unverifying.close()


def _certificate_failure(exc: BaseException) -> bool:
    """The request failed on the server's certificate (verification), not on the connection."""
    from govcheck.spiders.failures import exception_reason

    return exception_reason(exc).startswith("tls_") and not isinstance(exc, PinMismatchError)
