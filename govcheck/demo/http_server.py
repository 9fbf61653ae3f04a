"""The HTTP side of the demo server: one ThreadingHTTPServer per loopback address (HostServer), whose handler
(DemoHandler) asks the address's host for a Reply and sends it, delays, resets and streamed bodies included."""

from __future__ import annotations

import math
import socket
import socketserver
import ssl
import struct
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

from govcheck.demo.web import DemoRequest, Reply

if TYPE_CHECKING:
    from govcheck.demo.server import DemoServer

NO_BODY = {204, 304}


class Host(Protocol):
    def respond(self, req: DemoRequest) -> Reply: ...


class DemoHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection is dropped after this

    server: HostServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet: no stderr line per request
        pass

    def setup(self) -> None:
        super().setup()
        self.server.connections.add(self.connection)

    def finish(self) -> None:
        self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def handle(self) -> None:
        if isinstance(self.connection, ssl.SSLSocket):
            try:
                self.connection.do_handshake()
            except (OSError, ssl.SSLError):
                self.close_connection = True
                return
        try:
            super().handle()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def _request(self) -> DemoRequest:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        parts = urlsplit(self.path)
        query: dict[str, str] = {}
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            query.setdefault(key, value)
        headers = {k.lower(): v for k, v in self.headers.items()}
        return DemoRequest(self.command, unquote(parts.path) or "/", query, headers, body)

    def _serve(self) -> None:
        demo = self.server.demo
        req = self._request()
        demo.count(req.method, self.server.server_address[0], self.path)
        try:
            reply = self.server.host.respond(req)
        except Exception:  # a host's bug must not kill the connection silently
            reply = Reply(500, {"Content-Type": "text/plain; charset=utf-8"}, b"demo host error")
        if reply.delay and not demo.sleep(reply.delay):
            self.close_connection = True
            return
        if reply.action == "reset":
            self._reset()
        elif reply.action == "hang":
            demo.sleep(math.inf)
            self.close_connection = True
        else:
            self._send(reply)

    def _reset(self) -> None:
        """Close with SO_LINGER 0: the kernel sends a TCP RST instead of a FIN."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.rfile.close()  # the makefile reference would keep the descriptor open
        self.connection.close()

    def _send(self, reply: Reply) -> None:
        body = reply.body
        streamed = not isinstance(body, (bytes, bytearray))
        names = {k.lower() for k in reply.headers}
        self.send_response_only(reply.status)
        if "server" not in names:
            self.send_header("Server", "nginx")
        if "date" not in names:
            self.send_header("Date", self.date_time_string())
        for key, value in reply.headers.items():
            self.send_header(key, value)
        if streamed:
            if "connection" not in names:
                self.send_header("Connection", "close")
            self.close_connection = True
        elif "content-length" not in names and reply.status not in NO_BODY:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "HEAD" or reply.status in NO_BODY or reply.status < 200:
            return
        if not streamed:
            self.wfile.write(body)
            return
        try:
            for chunk in body:
                if self.server.demo.stopping.is_set():
                    break
                self.wfile.write(chunk)
        except (ConnectionError, OSError):
            pass
        finally:
            close = getattr(body, "close", None)
            if close:
                close()


class HostServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 511  # nginx's backlog: with socketserver's 5 a burst of connections loses SYNs and stalls

    def __init__(self, address: tuple[str, int], demo: DemoServer, host: Host | None):
        super().__init__(address, DemoHandler)
        self.demo = demo
        self.host = host
        self.connections: set[socket.socket] = set()
        at = getattr(host, "ssl_context_at", None)
        context = at(self.server_address[1]) if at else getattr(host, "ssl_context", None)
        if context is not None:
            self.socket = context.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)
        self.scheme = "https" if context is not None else "http"

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the address up in DNS (getfqdn): skip it, loopback only
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # quiet: clients that vanish mid-reply are part of the demo

    @property
    def base(self) -> str:
        ip, port = self.server_address[:2]
        return f"{self.scheme}://{ip}:{port}/"
