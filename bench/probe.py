"""How long one `scrapy crawl probe` takes over many sites, some of which hang: it should be about one timeout.

    python -m bench.probe                     # 50 sites, one of them hangs, the national 15 s timeout
    python -m bench.probe --timeout 3 --hang 5 --sites 200

The sites are served from this process, one ThreadingHTTPServer per loopback address (127.0.2.1, 127.0.2.2, …,
all on one port); the last ``--hang`` of them accept the request and never answer. The probe run is a child
process writing to a throwaway SQLite store; the numbers are printed and written to var/bench-probe.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import socketserver
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK = "127.0.2"
HEADER = ("site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note")
HOMEPAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>基准站点{n}</title></head>"
            "<body><h1>基准站点{n}</h1><ul><li><a href='/xwdt/'>工作动态</a></li></ul></body></html>")
PROBE_SETTINGS = {
    "GOVCHECK_ALLOWED_NETWORKS": "127.0.0.0/8",  # the sites live on loopback
    "GOVCHECK_DNS_OFFLINE": "True",  # nothing leaves this machine
    "LOG_LEVEL": "INFO",  # the stats dump (elapsed_time_seconds) is logged at INFO
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _SiteServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:
        if self.server.hangs:
            self.server.stopping.wait()  # accepted, read, never answered
            self.close_connection = True
            return
        body = HOMEPAGE.format(n=self.server.n).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], n: int, hangs: bool, stopping: threading.Event):
        self.n, self.hangs, self.stopping = n, hangs, stopping
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for the address's name (getfqdn): skip it, loopback only
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class Sites:
    """``count`` homepages on 127.0.2.1 … 127.0.2.count, one port for all; the last ``hang`` never answer."""

    def __init__(self, count: int, hang: int):
        if not 0 < count <= 254 or not 0 <= hang <= count:
            raise SystemExit("bench.probe: --sites must be 1..254 and --hang at most --sites")
        self.count, self.hang = count, hang
        self.stopping = threading.Event()
        self.servers: list[_SiteServer] = []

    def ip(self, n: int) -> str:
        return f"{NETWORK}.{n}"

    def hangs(self, n: int) -> bool:
        return n > self.count - self.hang

    def __enter__(self) -> Sites:
        for _ in range(20):  # port 0 for the first address, then the same port on every other one
            port, self.servers = 0, []
            try:
                for n in range(1, self.count + 1):
                    srv = _SiteServer((self.ip(n), port), n, self.hangs(n), self.stopping)
                    self.servers.append(srv)
                    port = srv.server_address[1]
                break
            except OSError:
                for srv in self.servers:
                    srv.server_close()
        else:
            raise SystemExit("bench.probe: no port free on every address")
        self.port = port
        for srv in self.servers:
            threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()  # releases the hanging handlers
        for srv in self.servers:
            srv.shutdown()
            srv.server_close()

    def write_site_list(self, path: Path) -> Path:
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(HEADER)
            for n in range(1, self.count + 1):
                writer.writerow([f"s{n:03d}", f"基准站点{n}", f"http://{self.ip(n)}:{self.port}/", f"4399{n:06d}",
                                 f"基准单位{n}", "department", "基准市", "active", ""])
        return path


def read_probes(db: Path) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT site_id, ok, elapsed, http_status, reason FROM probes")]


def run(count: int, hang: int, timeout: float | None, out: Path | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-probe-") as tmp, Sites(count, hang) as sites:
        work = Path(tmp)
        site_list = sites.write_site_list(work / "sites.csv")
        db = work / "govcheck.sqlite"
        settings = {**PROBE_SETTINGS, "GOVCHECK_DATABASE_URL": f"sqlite:///{db}"}
        if timeout:
            settings["GOVCHECK_PROBE_TIMEOUT"] = str(timeout)
        cmd = [sys.executable, "-m", "scrapy", "crawl", "probe", "-a", f"sites={site_list}"]
        for key, value in settings.items():
            cmd += ["-s", f"{key}={value}"]
        started = time.monotonic()
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
        wall = time.monotonic() - started
        if done.returncode != 0:
            sys.stderr.write(done.stderr[-4000:])
            raise SystemExit(f"bench.probe: scrapy crawl probe exited with {done.returncode}")
        probes = read_probes(db)
    crawl = re.search(r"'elapsed_time_seconds': ([0-9.]+)", done.stderr)
    ok = [p for p in probes if p["ok"]]
    failed = [p for p in probes if not p["ok"]]
    result = {
        "sites": count, "hanging": hang, "timeout_s": timeout or "profile (15 s nationally)",
        "wall_s": round(wall, 2), "crawl_s": float(crawl.group(1)) if crawl else None,
        "probes": len(probes), "ok": len(ok), "failed": len(failed),
        "failure_reasons": dict(Counter(p["reason"] for p in failed)),
        "slowest_ok_s": max((p["elapsed"] for p in ok), default=None),
        "failed_elapsed_s": [min((p["elapsed"] for p in failed), default=None),
                             max((p["elapsed"] for p in failed), default=None)],
    }
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.probe", description=__doc__.split("\n")[0])
    p.add_argument("--sites", type=int, default=50)
    p.add_argument("--hang", type=int, default=1, help="how many of the sites never answer")
    p.add_argument("--timeout", type=float, help="probe timeout in seconds (default: the rule profile's, 15 s)")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-probe.json")
    args = p.parse_args(argv)
    r = run(args.sites, args.hang, args.timeout, args.out)
    print(f"probe run over {r['sites']} sites ({r['hanging']} hanging), timeout {r['timeout_s']}:")
    print(f"  wall time {r['wall_s']:.2f} s (scrapy start to finish {r['crawl_s']} s)")
    print(f"  probes {r['probes']}: {r['ok']} succeeded, {r['failed']} failed {r['failure_reasons']}")
    low, high = r["failed_elapsed_s"]
    print(f"  slowest successful probe {r['slowest_ok_s']} s; failed probes took {low}–{high} s")
    if args.out:
        print(f"  written to {args.out}")
    expected = (r["probes"], r["ok"], r["failed"]) == (args.sites, args.sites - args.hang, args.hang)
    return 0 if expected else 1


if __name__ == "__main__":
    sys.exit(main())
