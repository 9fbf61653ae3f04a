"""Downloader middlewares and guards for hostile input: lying charsets and addresses no one can open."""

from __future__ import annotations

import codecs
import logging
import re
from urllib.parse import urlsplit

from charset_normalizer import from_bytes
from scrapy.downloadermiddlewares.retry import RetryMiddleware as _RetryMiddleware
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

try:  # Scrapy's own signal that decompressing a body passed DOWNLOAD_MAXSIZE (a gzip bomb)
    from scrapy.utils._compression import _DecompressionMaxSizeExceeded
except ImportError:  # a Scrapy without it: its message still tells
    _DecompressionMaxSizeExceeded = None

logger = logging.getLogger(__name__)

# Scrapy's URLLENGTH_LIMIT: longer links are dropped silently before any request, so they are judged here
MAX_URL_LENGTH = 2083
# GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def unusable_href(href: str, url: str, max_length: int = MAX_URL_LENGTH) -> str | None:
    """Why a link that parses as a web address is still not one anybody can open, or None.

    `href` is the attribute as written, `url` the absolute address made of it.
    """
    raw = href.strip()
    if raw.startswith("\\\\"):
        return "a Windows file share path (\\\\server\\share), not a web address"
    if CONTROL_CHARS.search(url):
        return "control characters in the address"
    if len(url) > max_length:
        return f"address longer than {max_length} characters"
    return None


def decompressed_too_large(exc: BaseException) -> bool:
    """The exception says a compressed body grew past the size cap: the body exists, it is only too big."""
    if _DecompressionMaxSizeExceeded is not None and isinstance(exc, _DecompressionMaxSizeExceeded):
        return True
    return "exceeded DOWNLOAD_MAXSIZE" in str(exc)


def _decodes(body: bytes, encoding: str) -> bool:
    """The body decodes strictly; an incomplete character at the very end (a cut body) is allowed."""
    try:
        codecs.getincrementaldecoder(encoding)("strict").decode(body, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def declared_encoding(content_type: str, body: bytes) -> str | None:
    """The Python codec a response declares (header first, then <meta>), or None when it declares none."""
    name = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    return resolve_encoding(name) if name else None


def fallback_encoding(body: bytes, declared: str) -> str | None:
    """The encoding a body that does not decode as `declared` really has, or None to keep the declared one."""
    if declared != "gb18030" and is_gbk(body):  # Chinese servers send GBK: ask a guesser only when it is not
        return "gb18030"
    best = from_bytes(body).best()
    found = best.encoding if best is not None else None
    found = SUPERSETS.get(found, found) if found else None
    if found and found != declared and _decodes(body, found):
        return found
    return None


# a run of Chinese ideographs: GBK's double bytes read as GB18030; text in another encoding seldom makes them
_HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = {"cp1252", "latin_1", "iso8859-1", "iso8859_1"}


def is_gbk(body: bytes) -> bool:
    """The body is not UTF-8 but decodes cleanly as GB18030 into Chinese: however short, it is GBK. Guessers take a
    few GBK characters for Korean (cp949) or Big5, and a `年` so read loses every date."""
    if _decodes(body, "utf-8") or not _decodes(body, "gb18030"):
        return False
    return bool(_HAN.search(body.decode("gb18030", "ignore")))


def gbk_reading(content_type: str, body: bytes, declared: str | None) -> str | None:
    """GB18030 for a body that decodes as what it declares (or declares nothing) but is GBK: no charset at all, or
    Tomcat's default ISO-8859-1 over GBK bytes (its <meta> says GBK, or the bytes are GBK). None: keep the reading."""
    if declared is None:
        return "gb18030" if is_gbk(body) else None
    if declared not in LATIN or not http_content_type_encoding(content_type):
        return None
    meta = resolve_encoding(html_body_declared_encoding(body) or "") or ""
    if SUPERSETS.get(meta, meta) == "gb18030" and _decodes(body, "gb18030"):
        return "gb18030"
    return "gb18030" if is_gbk(body) else None


class CharsetFallbackMiddleware:
    """Re-decodes a page whose declared encoding does not fit its bytes (a UTF-8 header over GBK bytes), and GBK bytes
    under no charset or Tomcat's ISO-8859-1, which Scrapy would guess or read as something else."""

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or not response.body or read_bom(response.body)[0]:
            return response  # a BOM is authoritative
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        declared = declared_encoding(content_type, response.body)
        if declared is None or _decodes(response.body, declared):
            actual = gbk_reading(content_type, response.body, declared)
        else:
            actual = fallback_encoding(response.body, declared)
        if actual is None:
            return response  # no better reading: Scrapy's own stays
        logger.info("govcheck: %s declares %s but is %s: read as %s", response.url, declared, actual, actual)
        if self.stats is not None:
            self.stats.inc_value("govcheck/charset_fallback")
        return response.replace(encoding=actual)


class AddressGuardMiddleware:
    """Refuses, before any connection is made, a request to a private, loopback, link-local, multicast, reserved or
    metadata address outside the audited sites' hosts and GOVCHECK_ALLOWED_NETWORKS: every request passes here,
    redirect hops, retries, probes and list endpoints included. IP literals (any spelling) and loopback names are
    judged here; a name is looked up through the crawl's resolver (govcheck.net.GuardedResolver), which refuses it
    again when the connection is made: what it resolved to is cached, so both see the same address."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.allowed = tuple(crawler.settings.getlist("GOVCHECK_ALLOWED_NETWORKS"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        from twisted.internet import reactor

        from govcheck.judge.addresses import host_is_literal_ip
        from govcheck.net import BlockedAddressError, refused_address

        host = (urlsplit(request.url).hostname or "").lower()
        audited = getattr(self.crawler.spider, "site_hosts", frozenset())
        refused = refused_address(host, audited, self.allowed)
        if refused is None and host and host not in audited and host_is_literal_ip(host) is None:
            try:
                await maybe_deferred_to_future(reactor.resolver.getHostByName(host))
            except BlockedAddressError as exc:
                refused = exc.address
            except Exception:  # noqa: BLE001 - a lookup that fails is the download's to report (dns_error)
                pass
        if refused is not None:
            self.crawler.stats.inc_value("govcheck/blocked_address")
            raise BlockedAddressError(host, refused)
        return None


class RetryMiddleware(_RetryMiddleware):
    """Scrapy's retries, but never of a refused address: asking again would only be refused again."""

    def process_exception(self, request, exception):
        from govcheck.net import BlockedAddressError

        if isinstance(exception, BlockedAddressError):
            return None
        return super().process_exception(request, exception)
