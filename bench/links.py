"""`make bench`: govcheck's crawl against LinkChecker on the generated farm (bench/farm.py), both on loopback.

    python -m bench.links                        # 10 sites x 550 pages, the default
    python -m bench.links --sites 2 --pages 40   # a quick look

Each tool runs in its own child process, measured with os.wait4: wall time, user+sys CPU seconds and the
peak RSS of that child. The farm is served from a third process. The table compares pages parsed per
second, distinct links checked per second, CPU per 1,000 pages, memory and the planted 404s each found;
the numbers are also written to var/bench-links.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.farm import EXTERNAL_IP, Farm, FarmServer

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-26"
GOVCHECK_SETTINGS = {
    "GOVCHECK_ALLOWED_NETWORKS": "127.0.0.0/8",
    "GOVCHECK_DNS_OFFLINE": "True",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "GOVCHECK_MAX_PAGES_PER_SITE": "100000",
    "GOVCHECK_MAX_DEPTH": "50",
    "GOVCHECK_MAX_URLS_PER_PATTERN": "100000",
    "GOVCHECK_CRAWL_PROBES": "1",
    "LOG_LEVEL": "WARNING",
    "GOVCHECK_PROGRESS_INTERVAL": "0",
}
# LinkChecker waits 0.1-0.6 s between requests to a host unless the host sends a "LinkChecker" header
# (the farm does) and this rate is raised: both tools then run without politeness delays.
LINKCHECKER_RC = "[checking]\nmaxrequestspersecond=1000\n"


@dataclass
class Measured:
    wall: float
    cpu: float  # user + sys seconds of the child (and any children it waited for)
    max_rss_mib: float
    returncode: int | None  # None: killed on timeout
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _proc_cpu(pid: int) -> float:
    """CPU seconds used so far by a running process (Linux /proc), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def measure(cmd: list[str], workdir: Path, name: str, timeout: float, cwd: Path = ROOT) -> Measured:
    """Run ``cmd`` to its end (or kill it after ``timeout`` s); its own rusage comes from os.wait4."""
    out_path, err_path = workdir / f"{name}.stdout", workdir / f"{name}.stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        returncode: int | None = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() - t0 > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                _, _, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.monotonic() - t0
    proc.returncode = returncode if returncode is not None else -9  # reaped by wait4: Popen must not wait again
    return Measured(wall=wall, cpu=usage.ru_utime + usage.ru_stime, max_rss_mib=usage.ru_maxrss / 1024,
                    returncode=returncode, stdout=out_path.read_text(errors="replace"),
                    stderr=err_path.read_text(errors="replace"))


# --- the two tools ---
def govcheck_command(sites_csv: Path, db_path: Path, extra: dict[str, str] | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites_csv}", "-a", f"as_of={AS_OF}",
           "-s", f"GOVCHECK_DATABASE_URL=sqlite:///{db_path}"]
    for key, value in {**GOVCHECK_SETTINGS, **(extra or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def read_govcheck(db_path: Path) -> dict:
    """What the crawl stored: pages parsed, distinct links checked, occurrences, and the broken URLs."""
    con = sqlite3.connect(db_path)
    try:
        run_id = con.execute("SELECT max(id) FROM runs").fetchone()[0]
        one = lambda sql: con.execute(sql, (run_id,)).fetchone()[0]  # noqa: E731
        return {
            "pages": one("SELECT count(*) FROM pages WHERE run_id = ?"),
            "links_checked": one("SELECT count(*) FROM link_checks WHERE run_id = ?"),
            "occurrences": one("SELECT count(*) FROM link_occurrences WHERE run_id = ?"),
            "broken_urls": {u for (u,) in con.execute(
                "SELECT url FROM link_checks WHERE run_id = ? AND verdict = 'broken'", (run_id,))},
            "checked_urls": {u for (u,) in con.execute("SELECT url FROM link_checks WHERE run_id = ?", (run_id,))},
        }
    finally:
        con.close()


def plain_command(farm: Farm) -> list[str]:
    """Scrapy alone (bench/plain.py), with govcheck's politeness-off concurrency."""
    return [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "plain.py"),
            "-a", "homepages=" + ",".join(farm.homepages()), "-a", f"outside={EXTERNAL_IP}",
            "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={GOVCHECK_SETTINGS['CONCURRENT_REQUESTS_PER_DOMAIN']}",
            "-s", "STATS_DUMP=True", "-s", "LOG_LEVEL=INFO"]


def plain_found(log: str) -> dict:
    """Pages and distinct URLs fetched, read from the stats the bare spider dumps."""
    import re

    def stat(name: str) -> int:
        m = re.search(rf"'{re.escape(name)}': (\d+)", log)
        return int(m.group(1)) if m else 0

    return {"pages": stat("plain/pages"), "links_checked": stat("plain/responses"), "occurrences": None,
            "broken_urls": set(), "checked_urls": set()}


def linkchecker_command(farm: Farm, rc: Path, out_csv: Path, threads: int) -> list[str]:
    exe = Path(sys.executable).with_name("linkchecker")
    return [str(exe), "-f", str(rc), "-t", str(threads), "--no-robots", "--check-extern", "-r", "-1", "-v",
            "--no-status", "-o", "none", "-F", f"csv/utf-8/{out_csv}", *farm.homepages()]


def read_linkchecker(out_csv: Path) -> list[dict]:
    """The rows of LinkChecker's CSV output (one per URL checked), comment lines dropped."""
    if not out_csv.exists():
        return []
    lines = [ln for ln in out_csv.read_text(encoding="utf-8", errors="replace").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter=";"))


def linkchecker_found(rows: list[dict], page_urls: set[str]) -> dict:
    checked = {r["url"] for r in rows}
    return {
        "pages": len(checked & page_urls),  # it parses every internal HTML page it checks
        "links_checked": len(checked),
        "occurrences": None,  # LinkChecker logs each URL once, not each place it stands
        "broken_urls": {r["url"] for r in rows if r.get("valid") != "True"},
        "checked_urls": checked,
    }


# --- the numbers ---
def summarize(tool: str, m: Measured, found: dict, planted: set[str], server_cpu: float) -> dict:
    pages, links = found.get("pages") or 0, found.get("links_checked") or 0
    broken = found.get("broken_urls") or set()
    return {
        "tool": tool,
        "ok": m.ok,
        "returncode": m.returncode,
        "wall_s": round(m.wall, 2),
        "cpu_s": round(m.cpu, 2),
        "peak_rss_mib": round(m.max_rss_mib, 1),
        "pages": pages,
        "links_checked": links,
        "occurrences": found.get("occurrences"),
        "pages_per_s": round(pages / m.wall, 1) if m.wall else None,
        "links_per_s": round(links / m.wall, 1) if m.wall else None,
        "cpu_s_per_1000_pages": round(m.cpu / pages * 1000, 2) if pages else None,
        "broken_found": len(broken),
        "planted_found": len(broken & planted),
        "recall": round(len(broken & planted) / len(planted), 4) if planted else None,
        "false_broken": sorted(broken - planted)[:20],
        "server_cpu_s": round(server_cpu, 2),
    }


ROWS = (("pages parsed", "pages"), ("pages/s", "pages_per_s"), ("distinct links checked", "links_checked"),
        ("distinct links checked/s", "links_per_s"), ("link occurrences", "occurrences"),
        ("CPU s per 1,000 pages", "cpu_s_per_1000_pages"), ("peak RSS MiB", "peak_rss_mib"), ("wall s", "wall_s"),
        ("CPU s (user+sys)", "cpu_s"), ("broken found", "broken_found"), ("planted 404s found", "planted_found"),
        ("recall of planted 404s", "recall"), ("farm server CPU s", "server_cpu_s"))


def table(results: list[dict]) -> str:
    width = max(len(label) for label, _ in ROWS) + 2
    lines = ["".ljust(width) + "".join(r["tool"].rjust(14) for r in results)]
    for label, key in ROWS:
        cells = ["-" if r.get(key) is None else f"{r[key]:,}" if isinstance(r[key], int) else f"{r[key]}"
                 for r in results]
        lines.append(label.ljust(width) + "".join(c.rjust(14) for c in cells))
    return "\n".join(lines)


def tail(text: str, n: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-n:])


def run(sites: int, pages: int, seed: int, timeout: float, threads: int, tools: list[str], out: Path,
        govcheck_extra: dict[str, str] | None = None) -> int:
    t0 = time.monotonic()
    farm = Farm(sites, pages, seed)
    truth = farm.counts()
    print(f"farm: {truth.sites} sites, {truth.pages:,} pages, {truth.occurrences:,} link occurrences, "
          f"{truth.distinct_urls:,} distinct URLs, {truth.broken} planted 404s "
          f"({truth.broken / truth.distinct_urls:.1%} of distinct URLs); built in {time.monotonic() - t0:.1f} s")
    results = []
    with tempfile.TemporaryDirectory(prefix="govcheck-bench-") as tmp:
        work = Path(tmp)
        work.chmod(0o777)  # LinkChecker run as root drops to nobody and must still write its CSV here
        with FarmServer(farm) as server:
            planted = farm.broken_urls()
            page_urls = {f"http://{s.ip}:{farm.port}{p.path}" for s in farm.sites for p in s.pages}
            print(f"farm served on 127.0.1.1-{len(farm.sites)} and 127.0.1.200, port {farm.port}")
            for tool in tools:
                cpu_before = _proc_cpu(server.process.pid)
                if tool == "scrapy-alone":
                    print(f"running Scrapy alone (bench/plain.py), timeout {timeout:.0f} s ...", flush=True)
                    m = measure(plain_command(farm), work, "plain", timeout, cwd=work)
                    found = plain_found(m.stderr)
                elif tool == "govcheck":
                    sites_csv = farm.write_site_list(work / "sites.csv")
                    db = work / "bench.sqlite"
                    print(f"running govcheck (scrapy crawl portal), timeout {timeout:.0f} s ...", flush=True)
                    m = measure(govcheck_command(sites_csv, db, govcheck_extra), work, "govcheck", timeout)
                    try:
                        found = read_govcheck(db)
                    except sqlite3.Error as exc:
                        print(f"  could not read {db.name}: {exc}")
                        found = {}
                else:
                    rc = work / "linkcheckerrc"
                    rc.write_text(LINKCHECKER_RC)
                    rc.chmod(0o644)
                    out_csv = work / "linkchecker.csv"
                    print(f"running LinkChecker ({threads} threads), timeout {timeout:.0f} s ...", flush=True)
                    m = measure(linkchecker_command(farm, rc, out_csv, threads), work, "linkchecker", timeout)
                    found = linkchecker_found(read_linkchecker(out_csv), page_urls)
                result = summarize(tool, m, found, planted, _proc_cpu(server.process.pid) - cpu_before)
                # LinkChecker exits 1 when it found broken links: that is its success here
                if tool == "linkchecker" and m.returncode == 1 and found.get("links_checked"):
                    result["ok"] = True
                if m.returncode is None:
                    print(f"  {tool} killed after {timeout:.0f} s")
                if not result["ok"]:
                    print(f"  {tool} failed (exit {m.returncode}); the end of its stderr:\n{tail(m.stderr)}")
                results.append(result)
    print()
    print(table(results))
    by_tool = {r["tool"]: r for r in results}
    ratio = None
    g, lc = by_tool.get("govcheck"), by_tool.get("linkchecker")
    if g and lc and g["ok"] and lc["ok"] and lc["pages_per_s"]:
        ratio = round(g["pages_per_s"] / lc["pages_per_s"], 2)
        print(f"\npages/s govcheck / LinkChecker: {ratio}")
    plain = by_tool.get("scrapy-alone")
    if g and plain and g["ok"] and plain["ok"] and plain["pages_per_s"]:
        print(f"pages/s govcheck / Scrapy alone: {g['pages_per_s'] / plain['pages_per_s']:.2f} "
              f"(Scrapy alone: {plain['pages_per_s']} pages/s on this machine now)")
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"farm": {**truth.as_dict(), "seed": seed, "pages_per_site": pages}, "results": results,
              "govcheck_settings": {**GOVCHECK_SETTINGS, **(govcheck_extra or {})}, "linkchecker_threads": threads,
              "pages_per_s_ratio_govcheck_linkchecker": ratio, "machine_cpus": os.cpu_count()}
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"numbers written to {out}")
    return 0 if all(r["ok"] for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.links", description=__doc__.split("\n")[0])
    p.add_argument("--sites", type=int, default=10)
    p.add_argument("--pages", type=int, default=550, help="pages per site")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed to each tool")
    p.add_argument("--threads", type=int, default=10, help="LinkChecker's threads")
    p.add_argument("--only", choices=("scrapy-alone", "govcheck", "linkchecker"), help="run one tool only")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-links.json")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="an extra Scrapy setting for govcheck's crawl, to try a tuning")
    args = p.parse_args(argv)
    extra = dict(item.split("=", 1) for item in args.set)
    tools = [args.only] if args.only else ["scrapy-alone", "govcheck", "linkchecker"]
    return run(args.sites, args.pages, args.seed, args.timeout, args.threads, tools, args.out, extra)


if __name__ == "__main__":
    sys.exit(main())
