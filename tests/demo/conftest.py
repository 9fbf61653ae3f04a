"""A minimal test-only server: each demo host on its own loopback IP, replies mapped to the wire.

Enough of the server's contract to test hosts through a real socket: status and headers, HEAD without a
body, streamed bodies, delays, "reset" (RST) and "hang" (no answer until the server stops), TLS for hosts
with an ``ssl_context``, and ``set_bases`` once every port is bound (the extras web.py describes).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from govcheck.demo.web import DemoRequest


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_GET

    def _serve(self) -> None:
        self.close_connection = True
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        req = DemoRequest(
            method=self.command, path=split.path,
            query={k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()},
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self.rfile.read(length) if length else b"")
        reply = self.server.host.respond(req)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.action == "hang":
            self.server.stopping.wait(30)
            return
        if reply.action == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()  # the read buffer holds a reference that would delay the close
            self.connection.close()
            return
        headers = dict(reply.headers)
        if isinstance(reply.body, bytes) and "Content-Length" not in headers:
            headers["Content-Length"] = str(len(reply.body))
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        chunks = [reply.body] if isinstance(reply.body, bytes) else reply.body
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
        except OSError:  # the client went away, as a careful client does mid-stream
            pass
        finally:
            getattr(chunks, "close", lambda: None)()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, ip: str, host: object, stopping: threading.Event) -> None:
        self.host, self.stopping = host, stopping
        super().__init__((ip, 0), _Handler)
        self.context = getattr(host, "ssl_context", None)
        if self.context:
            self.socket = self.context.wrap_socket(self.socket, server_side=True)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # failed handshakes and dropped clients are what these tests provoke


@contextmanager
def serve(hosts: dict[str, object]) -> Iterator[dict[str, int]]:
    """Serves each host on its IP (port 0), tells the hosts their bases, yields IP -> port."""
    stopping = threading.Event()
    servers, ports, bases = [], {}, {}
    try:
        for ip, host in hosts.items():
            server = _Server(ip, host, stopping)
            servers.append(server)
            ports[ip] = server.server_address[1]
            bases[ip] = f"{'https' if server.context else 'http'}://{ip}:{ports[ip]}/"
        for host in hosts.values():
            getattr(host, "set_bases", lambda bases: None)(bases)
        for server in servers:
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                             daemon=True).start()
        yield ports
    finally:
        stopping.set()
        for server in servers:
            server.shutdown()
            server.server_close()


def fetch(ip: str, port: int, path: str, method: str = "GET", headers: dict[str, str] | None = None,
          timeout: float = 5) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request; the whole body (use only for small ones)."""
    with closing(http.client.HTTPConnection(ip, port, timeout=timeout)) as conn:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()


def tls_handshake(ip: str, port: int, cafile_pem: bytes) -> None:
    """A verifying TLS handshake that trusts ``cafile_pem``; raises what verification finds."""
    context = ssl.create_default_context(cadata=cafile_pem.decode())
    with socket.create_connection((ip, port), timeout=5) as raw_sock:
        with context.wrap_socket(raw_sock, server_hostname=ip):
            pass
