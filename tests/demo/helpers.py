"""Small HTTP helpers for the demo tests: one request over loopback, no redirects followed."""

from __future__ import annotations

import http.client
from contextlib import closing
from urllib.parse import urlsplit


def request(url: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None,
            timeout: float = 5) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts = urlsplit(url)
    assert parts.hostname and parts.hostname.startswith("127."), url  # loopback only
    with closing(http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)) as conn:
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()


def join(base: str, path: str) -> str:
    return base.rstrip("/") + path
