"""Serves the demo portals, each on its own loopback address, plus any other hosts (linkhosts.py).

Run by hand: ``python -m govcheck.demo.server --as-of 2026-11-26 --port 8808 --round 1``; Ctrl-C stops.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import signal
import socket
import ssl
import sys
import threading
import time
from collections import Counter
from collections.abc import Collection
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from govcheck.demo.build import build_sites, listed_url, site_base
from govcheck.demo.http_server import Host, HostServer
from govcheck.demo.model import DEFAULT_PORT, EXTERNAL_IP
from govcheck.demo.portals import ExternalFallback, PortalHost
from govcheck.demo.site_list import SITE_LIST_COLUMNS, SITES


def linkhosts_hosts(as_of: date) -> dict[str, Host]:
    """The external link-target hosts of linkhosts.py, keyed by IP; none when that module is absent."""
    try:
        module = importlib.import_module("govcheck.demo.linkhosts")
    except ModuleNotFoundError as exc:
        if exc.name != "govcheck.demo.linkhosts":
            raise
        return {}
    return dict(module.hosts(as_of))


class _TlsSlot:
    """A site served over TLS (SiteMeta.tls) until its PortalHost takes its place: the certificate it presents."""

    def __init__(self, kind: str):
        self.kind = kind

    def ssl_context_at(self, port: int) -> ssl.SSLContext:
        from govcheck.demo.tlscerts import ssl_context_for

        return ssl_context_for(self.kind, port)


class DemoServer:
    """The demo portals and the extra hosts, one ThreadingHTTPServer per loopback IP.

    ``port=0`` gives every IP a free port; ``urls`` (site_id -> base URL) and ``host_urls`` (IP -> base URL
    of the extra hosts) then hold the real addresses.
    """

    def __init__(self, as_of: date, port: int = DEFAULT_PORT, round: int = 1,  # noqa: A002 - the brief's name
                 hosts: dict[str, Host] | None = None, linkhosts: bool = True):
        self.as_of, self.port, self.round = as_of, port, round
        self.extra_hosts: dict[str, Host] = linkhosts_hosts(as_of) if linkhosts else {}
        self.extra_hosts.update(hosts or {})
        self.extra_hosts.setdefault(EXTERNAL_IP, ExternalFallback())
        self.urls: dict[str, str] = {}
        self.host_urls: dict[str, str] = {}
        self.sites: dict = {}
        self.stopping = threading.Event()
        self.hits: Counter = Counter()  # (method, ip, path with query) -> requests received
        self._hits_lock = threading.Lock()
        self._servers: list[HostServer] = []
        self._threads: list[threading.Thread] = []

    def count(self, method: str, ip: str, path: str) -> None:
        with self._hits_lock:
            self.hits[(method, ip, path)] += 1

    # -- life cycle --

    def start(self) -> DemoServer:
        """Bind every address, render the sites against the real URLs, serve; returns once listening."""
        if self._servers:
            return self
        self.stopping.clear()
        bound = self._bind()
        self._servers = [srv for _, srv in bound]
        site_servers = {key: srv for key, srv in bound if key in self._site_ids()}
        self.host_urls = {srv.server_address[0]: srv.base for key, srv in bound if key not in site_servers}
        port = self._servers[0].server_address[1]
        for m in SITES:  # an address nobody listens on refuses connections
            base = site_servers[m.site_id].base if m.site_id in site_servers else f"http://{m.ip}:{port}/"
            self.urls[m.site_id] = site_base(m, base)
        bases = self.bases()
        self.sites = build_sites(self.as_of, self.round, bases)
        for site_id, srv in site_servers.items():
            srv.host = PortalHost(self.sites[site_id], bases)
        for host in self.extra_hosts.values():
            if hasattr(host, "set_bases"):
                host.set_bases(dict(bases))
        for srv in self._servers:
            t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
                                 name=f"demo-{srv.server_address[0]}")
            t.start()
            self._threads.append(t)
        return self

    @staticmethod
    def _site_ids() -> set[str]:
        return {m.site_id for m in SITES if m.listening}

    def _bind(self) -> list[tuple[str, HostServer]]:
        """One server per address, all on one port: with port 0 the first free one, so that every URL
        (and a truth built from the site URLs alone) shares it."""
        wanted = [(m.site_id, m.ip, _TlsSlot(m.tls) if m.tls else None) for m in SITES if m.listening]
        wanted += [(ip, ip, host) for ip, host in self.extra_hosts.items()]
        for _ in range(20):
            bound: list[tuple[str, HostServer]] = []
            port = self.port
            try:
                for key, ip, host in wanted:
                    srv = HostServer((ip, port), self, host)
                    bound.append((key, srv))
                    port = srv.server_address[1]
                return bound
            except OSError:
                for _, srv in bound:
                    srv.server_close()
                if self.port:
                    raise
        raise OSError("no port free on every demo address")

    def stop(self) -> None:
        self.stopping.set()
        stoppers = [threading.Thread(target=srv.shutdown, daemon=True) for srv in self._servers]
        for t in stoppers:
            t.start()
        for t in stoppers:
            t.join(5)
        for srv in self._servers:
            for conn in list(srv.connections):  # wake handlers blocked on idle keep-alive reads
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self._close_all()
        for t in self._threads:
            t.join(5)
        self._threads = []

    def _close_all(self) -> None:
        for srv in self._servers:
            srv.server_close()
        self._servers = []

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def sleep(self, seconds: float) -> bool:
        """Sleep in small steps; False when the server is stopping (so stop() is prompt)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.stopping.wait(min(0.05, end - time.monotonic())):
                return False
        return True

    # -- addresses --

    def base_url(self, site_id: str) -> str:
        return self.urls[site_id]

    def bases(self) -> dict[str, str]:
        """Base URLs by site_id and by IP (sites and extra hosts): what pages and the truth are built with."""
        out = dict(self.urls)
        out.update({urlsplit(u).hostname: u for u in self.urls.values()})
        out.update(self.host_urls)
        return out

    def site_rows(self, only: Collection[str] | None = None) -> list[dict[str, str]]:
        """The site list's rows with the real URLs (`only`: these site ids alone)."""
        return site_rows(self.urls, only)

    def write_site_list(self, path: str | Path, only: Collection[str] | None = None) -> Path:
        """A site list CSV (UTF-8, header row) with the real URLs (`only`: these site ids alone)."""
        return write_site_list(path, self.urls, only)

    def truth(self) -> dict:
        from govcheck.demo.truth import ground_truth

        return ground_truth(self.as_of, self.bases(), self.round)


def site_rows(urls: dict[str, str], only: Collection[str] | None = None) -> list[dict[str, str]]:
    return [{"site_id": m.site_id, "name": m.name, "url": listed_url(m, urls[m.site_id]),
             "site_code": m.listed_code or m.site_code,
             "sponsor": m.sponsor, "kind": m.kind, "region": m.region, "status": m.status, "note": m.note,
             "parent": m.parent}
            for m in SITES if only is None or m.site_id in only]


def write_site_list(path: str | Path, urls: dict[str, str], only: Collection[str] | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, SITE_LIST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(site_rows(urls, only))
    return path


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m govcheck.demo.server", description="Serve the demo portals.")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today(), help="check date, YYYY-MM-DD")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port on every address (0: a free one each)")
    parser.add_argument("--round", type=int, default=1, choices=(1, 2), help="2: after the sites fixed things")
    parser.add_argument("--site-list", help="also write the site list CSV with the real URLs here")
    args = parser.parse_args(argv)
    server = DemoServer(args.as_of, args.port, args.round)
    try:
        server.start()
    except OSError as exc:
        print(f"cannot listen on port {args.port}: {exc}", file=sys.stderr)
        return 1
    if args.site_list:
        server.write_site_list(args.site_list)
    print(f"demo portals as of {args.as_of}, round {args.round}:")
    for m in SITES:
        note = "" if m.listening else "  (nothing listens: unreachable)"
        if m.status != "active":
            note = f"  ({m.status}: {m.note})"
        print(f"  {m.site_id:5} {server.urls[m.site_id]}  {m.name}{note}")
    for ip, url in sorted(server.host_urls.items()):
        host = server.extra_hosts[ip]
        print(f"  host  {url}  {getattr(host, 'label', None) or type(host).__name__}")
    print("Ctrl-C stops.", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops as cleanly as Ctrl-C
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
