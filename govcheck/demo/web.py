"""The tiny interface between the demo server and the hosts it serves.

A host is any object with ``respond(req) -> Reply``; the server (server.py) binds each host to its own
loopback address and turns replies into bytes on the wire, including the misbehaviours a crawler must
survive (resets, hangs, streamed or compressed bodies).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class DemoRequest:
    method: str  # GET, HEAD, POST
    path: str  # without the query string
    query: dict[str, str]  # first value of each parameter
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # bytes, or an iterable of chunks for bodies too large to hold (sent without Content-Length)
    body: bytes | Iterable[bytes] = b""
    delay: float = 0.0  # seconds to wait before answering
    action: str | None = None  # "reset": close with RST; "hang": accept and never answer


def is_crawler(req: DemoRequest) -> bool:
    """A request a firewall takes for a crawler's: its User-Agent names govcheck or Scrapy, or claims no Mozilla."""
    agent = req.headers.get("user-agent", "").lower()
    return "govcheck" in agent or "scrapy" in agent or "mozilla" not in agent


def html(text: str, status: int = 200, charset: str = "utf-8", header_charset: bool = True,
         headers: dict[str, str] | None = None) -> Reply:
    """An HTML reply encoded in ``charset``; ``header_charset=False`` leaves the charset out of the header."""
    ctype = f"text/html; charset={charset}" if header_charset else "text/html"
    return Reply(status, {"Content-Type": ctype, **(headers or {})}, text.encode(charset))


# Optional extras a host may have (the server checks with getattr):
#   ssl_context: ssl.SSLContext   -> its address is served over TLS (https://)
#   set_bases(bases: dict[str, str]) -> told every mounted IP's real base URL once the ports are bound


def rebase(url: str, bases: dict[str, str]) -> str:
    """``url`` with its scheme, host and port replaced by the real base of the IP it names.

    Link cases may be written against port 8808; this puts in the port (and scheme) the server really
    bound. URLs naming an IP that is not in ``bases`` are left as they are.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    base = bases.get(host or "")
    if not base or parts.scheme not in ("http", "https"):
        return url
    b = urlsplit(base)
    return urlunsplit((b.scheme, b.netloc, parts.path, parts.query, parts.fragment))
