"""The tools `make bench` measures (govcheck, linkinator, and optionally LinkChecker and Scrapy alone): how each
is started, how its child process is measured, and how what it found is read back.

Every tool gets the same per-request timeout (TIMEOUT_S) and checks external links; none retries beyond its
own defaults. "Found" is the set of distinct URLs a tool reports broken: a timeout or a refused connection
is a broken link found, as a 404 is.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.farm import EXTERNAL_IP, Farm

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-26"
TIMEOUT_S = 10  # seconds per request, for every tool
GOVCHECK_SETTINGS = {
    "GOVCHECK_ALLOWED_NETWORKS": "127.0.0.0/8",
    "GOVCHECK_DNS_OFFLINE": "True",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "GOVCHECK_MAX_PAGES_PER_SITE": "100000",
    "GOVCHECK_MAX_DEPTH": "50",
    "GOVCHECK_MAX_URLS_PER_PATTERN": "100000",
    "DOWNLOAD_TIMEOUT": str(TIMEOUT_S),
    # homepage requests are probes and wait the rule profile's 15 s: the same 10 s as every other request here
    "GOVCHECK_PROBE_TIMEOUT": str(TIMEOUT_S),
    "LOG_LEVEL": "WARNING",
    "GOVCHECK_PROGRESS_INTERVAL": "0",
}
# The two ways govcheck is measured: homepage probes off (only the homepage request itself) and its defaults
# (3 probes, 20 s apart), which keep a crawl alive 40 s past its first homepage at least.
GOVCHECK_VARIANTS = {"govcheck-probes-off": {"GOVCHECK_CRAWL_PROBES": "1"}, "govcheck": {}}
LINKINATOR = ROOT / "var" / "linkinator" / "node_modules" / "linkinator"  # the package `make linkinator` installs
LINKINATOR_CONCURRENCY = 100  # its default
# LinkChecker waits 0.1-0.6 s between requests to a host unless the host sends a "LinkChecker" header
# (the farm does) and this rate is raised: it then runs without politeness delays.
LINKCHECKER_RC = f"[checking]\nmaxrequestspersecond=1000\ntimeout={TIMEOUT_S}\n"


@dataclass
class Measured:
    wall: float
    cpu: float  # user + sys seconds of the child (and any children it waited for)
    max_rss_mib: float
    returncode: int | None  # None: killed on timeout
    stdout: str
    stderr: str
    ended_at: float = 0.0  # time.time() when it exited: compared with the store's timestamps

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


def measure(cmd: list[str], workdir: Path, name: str, timeout: float, cwd: Path = ROOT,
            env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` to its end (or kill it after ``timeout`` s); its own rusage comes from os.wait4."""
    out_path, err_path = workdir / f"{name}.stdout", workdir / f"{name}.stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=env)
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
        wall, ended_at = time.monotonic() - t0, time.time()
    proc.returncode = returncode if returncode is not None else -9  # reaped by wait4: Popen must not wait again
    return Measured(wall=wall, cpu=usage.ru_utime + usage.ru_stime, max_rss_mib=usage.ru_maxrss / 1024,
                    returncode=returncode, stdout=out_path.read_text(errors="replace"),
                    stderr=err_path.read_text(errors="replace"), ended_at=ended_at)


# --- govcheck ---
def govcheck_python(root: Path) -> str:
    """The Python that runs a checkout of govcheck: its own .venv when it has one."""
    own = root / ".venv" / "bin" / "python"
    return str(own) if own.exists() else sys.executable


def govcheck_env(root: Path) -> dict[str, str]:
    """The environment of a crawl from ``root``: its packages before any installed govcheck."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return env


CODE_PATHS = ("govcheck", "pipelines", "data", "templates", "scrapy.cfg", "pyproject.toml")  # what a crawl runs


def govcheck_revision(root: Path) -> str | None:
    """The commit a checkout stands at and the last one that changed its crawl's code (the bench's own commits
    change none), "+dirty" when that code has uncommitted changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              check=True).stdout.strip()

    try:
        head, code = git("rev-parse", "--short", "HEAD"), git("log", "-1", "--format=%h", "--", *CODE_PATHS)
        dirty = git("status", "--porcelain", "--", *CODE_PATHS)
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{head}, its code as of {code}" + (" +uncommitted changes" if dirty else "")


def govcheck_command(sites_csv: Path, db_path: Path, extra: dict[str, str] | None = None,
                     root: Path = ROOT) -> list[str]:
    cmd = [govcheck_python(root), "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites_csv}",
           "-a", f"as_of={AS_OF}", "-s", f"GOVCHECK_DATABASE_URL=sqlite:///{db_path}"]
    for key, value in {**GOVCHECK_SETTINGS, **(extra or {})}.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def last_page_at(rows) -> float | None:
    """The latest pages.fetched_at (naive local time, stamped when the parsed page is stored) as a Unix time."""
    times = [t if isinstance(t, datetime) else datetime.fromisoformat(t) for (t,) in rows if t is not None]
    return max(times).timestamp() if times else None


def read_govcheck(db_path: Path) -> dict:
    """What the crawl stored: pages parsed, distinct links checked, occurrences, the broken URLs (link checks
    judged broken, and the homepage of each site found unreachable), and when its last page was stored."""
    con = sqlite3.connect(db_path)
    try:
        run_id = con.execute("SELECT max(id) FROM runs").fetchone()[0]
        one = lambda sql: con.execute(sql, (run_id,)).fetchone()[0]  # noqa: E731
        urls = lambda sql: {u for (u,) in con.execute(sql, (run_id,))}  # noqa: E731
        return {
            "pages": one("SELECT count(*) FROM pages WHERE run_id = ?"),
            "links_checked": one("SELECT count(*) FROM link_checks WHERE run_id = ?"),
            "occurrences": one("SELECT count(*) FROM link_occurrences WHERE run_id = ?"),
            "broken_urls": urls("SELECT url FROM link_checks WHERE run_id = ? AND verdict = 'broken'")
            | urls("SELECT url FROM run_sites WHERE run_id = ? AND status = 'unreachable'"),
            "checked_urls": urls("SELECT url FROM link_checks WHERE run_id = ?"),
            "last_page_at": last_page_at(con.execute("SELECT fetched_at FROM pages WHERE run_id = ?", (run_id,))),
        }
    finally:
        con.close()


# --- linkinator ---
def linkinator_command(farm: Farm, package: Path = LINKINATOR, concurrency: int = LINKINATOR_CONCURRENCY) -> list[str]:
    """Its CLI in one process for every site (it takes several start URLs and recurses into each one's host),
    with bench/linkinator/pages.mjs loaded first to count the pages it parses."""
    src = package.resolve() / "build" / "src"
    return [shutil.which("node") or "node", "--import", (ROOT / "bench" / "linkinator" / "pages.mjs").as_uri(),
            str(src / "cli.js"), *farm.homepages(), "--recurse", "--format", "json",
            "--timeout", str(TIMEOUT_S * 1000), "--concurrency", str(concurrency)]


def linkinator_env(package: Path = LINKINATOR) -> dict[str, str]:
    return {**os.environ, "BENCH_LINKINATOR_INDEX": (package.resolve() / "build" / "src" / "index.js").as_uri()}


def read_linkinator(stdout: str, stderr: str) -> dict:
    """Its JSON report, one row per link and parent (OK and BROKEN; SKIPPED rows are left out at the default
    verbosity), and the pages it parsed and when the last one was fetched, which pages.mjs prints (404 pages
    included: it reads them too)."""
    try:
        links = json.loads(stdout[stdout.find("{"):])["links"]
    except (ValueError, KeyError):
        return {}
    checked = {x["url"] for x in links if x.get("state") != "SKIPPED"}
    parsed = re.search(r"^bench: linkinator parsed (\d+) pages, the last at ([\d.]+)$", stderr, re.MULTILINE)
    return {"pages": int(parsed.group(1)) if parsed else None, "links_checked": len(checked), "occurrences": None,
            "broken_urls": {x["url"] for x in links if x.get("state") == "BROKEN"}, "checked_urls": checked,
            "last_page_at": float(parsed.group(2)) if parsed and int(parsed.group(1)) else None}


# --- Scrapy alone and LinkChecker, on demand ---
def plain_command(farm: Farm) -> list[str]:
    """Scrapy alone (bench/plain.py), with govcheck's politeness-off concurrency."""
    return [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "plain.py"),
            "-a", "homepages=" + ",".join(farm.homepages()), "-a", f"outside={EXTERNAL_IP}",
            "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={GOVCHECK_SETTINGS['CONCURRENT_REQUESTS_PER_DOMAIN']}",
            "-s", f"DOWNLOAD_TIMEOUT={TIMEOUT_S}", "-s", "STATS_DUMP=True", "-s", "LOG_LEVEL=INFO"]


def plain_found(log: str) -> dict:
    """Pages and distinct URLs fetched, read from the stats the bare spider dumps."""

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
