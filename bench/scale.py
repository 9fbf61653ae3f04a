"""`make bench-scale`: a province of generated portals audited by one process, then by workers sharing the run.

    python -m bench.scale                                # 1,000 portals x 25 pages: one process, then 2 workers
    python -m bench.scale --sites 40 --pages 20          # a quick look
    python -m bench.scale --only distributed --workers 3

The farm (bench/farm.py, 10 相关链接 per homepage) is served pre-rendered from its own process on 127.0.1.x and
127.1.x.y, with its tail: 12 hanging links, one site that is down and, on a fifth of the sites, a link to a host
that refuses connections. Both modes store into PostgreSQL, each in a schema of its own dropped afterwards; the
distributed workers (`-s GOVCHECK_DISTRIBUTED=1`, the first creates the run, the others join it with `-a run=ID`)
share it through Redis. Each crawl process is measured with os.wait4 (wall, user+sys CPU, peak RSS); the farm's
CPU and the rest of the machine's (PostgreSQL, Redis, anything else running) are measured beside them, since on
a small machine they share the same cores. Each mode's tail is the time from its last page stored
(pages.fetched_at) to its last crawl process's exit. The numbers are printed and written to var/bench-scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from bench.farm import Farm, FarmServer
from bench.links import tail
from bench.tools import AS_OF, GOVCHECK_SETTINGS, ROOT, _proc_cpu, last_page_at

PG_URL = "postgresql+psycopg://127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"
# INFO, not WARNING: each worker's stats dump (requests it made) is logged at INFO; nothing is logged per page.
# Homepage probes off: only the homepage request itself.
SCALE_SETTINGS = {**GOVCHECK_SETTINGS, "GOVCHECK_CRAWL_PROBES": "1", "LOG_LEVEL": "INFO"}
MODES = ("single", "distributed")


# --- processes ---
@dataclass
class Child:
    name: str
    proc: subprocess.Popen
    started: float
    err_path: Path
    wall: float = 0.0
    cpu: float = 0.0
    max_rss_mib: float = 0.0
    returncode: int | None = None  # None: killed on timeout

    @property
    def log(self) -> str:
        return self.err_path.read_text(errors="replace")


def start(cmd: list[str], workdir: Path, name: str) -> Child:
    err_path = workdir / f"{name}.log"
    with open(err_path, "wb") as err:  # the child keeps its own descriptor
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    return Child(name, proc, time.monotonic(), err_path)


def reap(children: list[Child], deadline: float, sample=None) -> None:
    """Waits for every child with os.wait4 (its own rusage); past ``deadline`` the rest are killed.
    ``sample()`` is called about once a second meanwhile."""
    running = list(children)
    next_sample = 0.0
    while running:
        if sample is not None and time.monotonic() >= next_sample:
            sample()
            next_sample = time.monotonic() + 1.0
        for child in list(running):
            pid, status, usage = os.wait4(child.proc.pid, os.WNOHANG)
            if not pid and time.monotonic() > deadline:
                os.killpg(child.proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(child.proc.pid, 0)
                status = None
            if pid:
                child.wall = time.monotonic() - child.started
                child.cpu = usage.ru_utime + usage.ru_stime
                child.max_rss_mib = usage.ru_maxrss / 1024
                child.returncode = None if status is None else os.waitstatus_to_exitcode(status)
                child.proc.returncode = child.returncode if status is not None else -9  # Popen must not wait again
                running.remove(child)
        time.sleep(0.05)


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores; /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def service_cpu(names: tuple[str, ...] = ("postgres", "redis-server")) -> float:
    """CPU seconds used so far by the store's server processes, those already ended included: a PostgreSQL
    backend's time moves to its parent's cutime/cstime when it exits."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            comm, fields = stat.read_text().rsplit(")", 1)
        except OSError:  # the process ended meanwhile
            continue
        if comm.split("(", 1)[1] in names:
            total += sum(int(x) for x in fields.split()[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def busy_now(seconds: float = 2.0) -> float:
    """The share of the machine's cores busy over the next ``seconds``: other work skews the numbers."""
    before = machine_busy()
    time.sleep(seconds)
    return (machine_busy() - before) / (seconds * (os.cpu_count() or 1))


def crawl_stats(log: str) -> dict[str, int]:
    """The integer stats of the last "Dumping Scrapy stats" block of a crawl's log ({} without one)."""
    at = log.rfind("Dumping Scrapy stats")
    return {k: int(v) for k, v in re.findall(r"'([^']+)': (\d+)[,}]", log[at:])} if at >= 0 else {}


# --- the store: one PostgreSQL schema per mode ---
def schema_url(base: str, schema: str) -> str:
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"


class Schema:
    """A fresh schema for one audit, dropped on exit: each mode's run is the first and only one in it."""

    def __init__(self, base_url: str):
        from sqlalchemy import create_engine

        self.name = f"govcheck_scale_{uuid.uuid4().hex[:8]}"
        self.admin = create_engine(base_url)
        self.url = schema_url(base_url, self.name)
        self.engine = create_engine(self.url)

    def __enter__(self) -> Schema:
        from sqlalchemy import text

        with self.admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {self.name}"))
        return self

    def __exit__(self, *exc) -> None:
        from sqlalchemy import text

        self.engine.dispose()
        with self.admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {self.name} CASCADE"))
        self.admin.dispose()

    def run_id(self) -> int | None:
        from sqlalchemy import text

        try:
            with self.engine.connect() as conn:
                return conn.execute(text("SELECT max(id) FROM runs")).scalar_one()
        except Exception:  # the first worker's migration is still creating the tables
            return None

    def found(self, run_id: int) -> dict:
        """What the run stored: its status, pages, distinct links checked and the URLs judged broken."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            one = lambda sql: conn.execute(text(sql), {"r": run_id}).scalar_one()  # noqa: E731
            return {
                "run_status": one("SELECT status FROM runs WHERE id = :r"),
                "pages": one("SELECT count(*) FROM pages WHERE run_id = :r"),
                "homepages": one("SELECT count(*) FROM pages WHERE run_id = :r AND is_homepage"),
                "columns": one("SELECT count(*) FROM columns WHERE run_id = :r"),
                "top_level_columns": one("SELECT count(*) FROM columns WHERE run_id = :r AND top_level"),
                "links_checked": one("SELECT count(*) FROM link_checks WHERE run_id = :r"),
                # the links judged broken, and the homepage of each site found unreachable
                "broken_urls": set(conn.execute(text("SELECT url FROM link_checks WHERE run_id = :r "
                                                     "AND verdict = 'broken'"), {"r": run_id}).scalars())
                | set(conn.execute(text("SELECT url FROM run_sites WHERE run_id = :r AND status = 'unreachable'"),
                                   {"r": run_id}).scalars()),
                "last_page_at": last_page_at(conn.execute(text("SELECT max(fetched_at) FROM pages WHERE run_id = :r"),
                                                          {"r": run_id}).all()),
                # what the notice publishes, and each column's place and verdict: the same whatever the mode
                "verdicts": dict(conn.execute(text(
                    "SELECT site_id, verdict FROM site_judgements WHERE judgement_id = "
                    "(SELECT max(id) FROM judgements WHERE run_id = :r)"), {"r": run_id}).all()),
                "placed": {(row[0], row[1]): tuple(row[2:]) for row in conn.execute(text(
                    "SELECT site_id, url, parent, top_level, verdict, last_update FROM columns WHERE run_id = :r"),
                    {"r": run_id}).all()},
            }


def wait_for_run(schema: Schema, first: Child, timeout: float = 120) -> int:
    """The id of the run the first worker created: what every further worker is given with -a run=ID."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if first.proc.poll() is not None:
            raise RuntimeError(f"the first worker stopped before creating its run:\n{tail(first.log)}")
        run_id = schema.run_id()
        if run_id is not None:
            return run_id
        time.sleep(0.1)
    raise RuntimeError("the first worker created no run")


# --- one audit ---
def crawl_command(sites_csv: Path, db_url: str, settings: dict[str, str], args: dict | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites_csv}", "-a", f"as_of={AS_OF}"]
    for key, value in (args or {}).items():
        cmd += ["-a", f"{key}={value}"]
    for key, value in {**settings, "GOVCHECK_DATABASE_URL": db_url}.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def audit(mode: str, workers: int, sites_csv: Path, work: Path, db_base: str, settings: dict[str, str],
          timeout: float, sample=None) -> tuple[list[Child], float, dict]:
    """Runs one audit of the farm: (the crawl processes, wall seconds, what the run stored)."""
    with Schema(db_base) as schema:
        t0 = time.monotonic()
        deadline = t0 + timeout
        if mode == "single":
            children = [start(crawl_command(sites_csv, schema.url, settings), work, "single")]
            run_id = None
        else:
            children = [start(crawl_command(sites_csv, schema.url, settings), work, "worker1")]
            try:
                run_id = wait_for_run(schema, children[0])
            except RuntimeError:
                os.killpg(children[0].proc.pid, signal.SIGKILL)
                reap(children, deadline)
                raise
            children += [start(crawl_command(sites_csv, schema.url, settings, {"run": run_id}), work, f"worker{k}")
                         for k in range(2, workers + 1)]
        reap(children, deadline, sample)
        wall, ended_at = time.monotonic() - t0, time.time()
        run_id = run_id or schema.run_id()
        found = schema.found(run_id) if run_id is not None else {}
    found["ended_at"] = ended_at  # the last crawl process's exit, as a Unix time: for the tail
    return children, wall, found


def summarize(mode: str, children: list[Child], wall: float, found: dict, planted: set[str], farm_cpu: float,
              store_cpu: float, machine_cpu: float, busy_before: float, farm_conns: int, farm_errors: tuple[int, str]
              ) -> dict:
    pages = found.get("pages") or 0
    cpu = sum(c.cpu for c in children)
    broken = found.get("broken_urls") or set()
    last = found.get("last_page_at")
    tail_s = round(max(0.0, found["ended_at"] - last), 2) if last and found.get("ended_at") else None
    stats = [crawl_stats(c.log) for c in children]
    requests = [s.get("downloader/request_count", 0) if s else None for s in stats]  # None: no stats dump
    return {
        "mode": mode,
        "workers": len(children),
        "ok": all(c.returncode == 0 for c in children) and found.get("run_status") == "complete",
        "returncodes": [c.returncode for c in children],
        "run_status": found.get("run_status"),
        "wall_s": round(wall, 2),
        "pages": pages,
        "pages_per_s": round(pages / wall, 1) if wall else None,
        "links_checked": found.get("links_checked"),
        "homepages": found.get("homepages"),  # read as homepages: menu, identity, probe
        "columns": found.get("columns"),
        "top_level_columns": found.get("top_level_columns"),
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_page": round(cpu / pages * 1000, 2) if pages else None,
        "peak_rss_mib": [round(c.max_rss_mib, 1) for c in children],
        "requests_per_worker": requests,
        "retries": sum(s.get("retry/count", 0) for s in stats),  # e.g. timeouts while the farm cannot accept
        "broken_found": len(broken),
        "planted_found": len(broken & planted),
        "false_broken": sorted(broken - planted)[:20],
        # the tail: from the last page stored (pages.fetched_at) to the last crawl process's exit
        "tail_s": tail_s,
        "tail_share": round(tail_s / wall, 3) if tail_s is not None and wall else None,
        "farm_cpu_s": round(farm_cpu, 2),
        "store_cpu_s": round(store_cpu, 2),  # PostgreSQL and Redis (other clients of theirs included)
        # anything else on the machine: what the crawl processes, the farm and the store do not explain
        "other_cpu_s": round(max(0.0, machine_cpu - cpu - farm_cpu - store_cpu), 2),
        "machine_busy": round(machine_cpu / (wall * (os.cpu_count() or 1)), 3) if wall else None,
        "machine_busy_before": round(busy_before, 3),
        "farm_peak_connections": farm_conns,  # each keeps a descriptor in the crawl process too
        "farm_stderr_bytes": farm_errors[0],
        "farm_stderr_head": farm_errors[1],
    }


COLUMNS = (("mode", "mode", 12), ("wall s", "wall_s", 9), ("pages/s", "pages_per_s", 9),
           ("CPU ms/page", "cpu_ms_per_page", 12), ("peak RSS MiB", "peak_rss_mib", 14), ("pages", "pages", 8),
           ("planted broken", "planted", 16), ("tail s", "tail_s", 9), ("tail %", "tail_share", 8),
           ("farm CPU s", "farm_cpu_s", 11), ("PG+Redis CPU s", "store_cpu_s", 16),
           ("other CPU s", "other_cpu_s", 12), ("farm conns", "farm_peak_connections", 11),
           ("busy", "machine_busy", 6))


def _cell(r: dict, key: str, planted: int) -> str:
    if key == "mode":
        return r["mode"] if r["workers"] == 1 else f"{r['workers']} workers"
    if key == "planted":
        return f"{r['planted_found']:,}/{planted:,}"
    if key == "peak_rss_mib":
        return "/".join(f"{x:.0f}" for x in r[key])
    if key in ("machine_busy", "tail_share"):
        return f"{r[key]:.0%}" if r[key] is not None else "-"
    value = r.get(key)
    return "-" if value is None else f"{value:,}"


def table(results: list[dict], planted: int) -> str:
    lines = ["".join(label.rjust(width) for label, _, width in COLUMNS)]
    lines += ["".join(_cell(r, key, planted).rjust(width) for _, key, width in COLUMNS) for r in results]
    return "\n".join(lines)


def agreement(results: list[dict]) -> dict | None:
    """How many site verdicts and columns (place, verdict, last update) the single and distributed runs disagree on."""
    by_mode = {r["mode"]: r for r in results}
    one, many = by_mode.get("single"), by_mode.get("distributed")
    if not one or not many:
        return None
    a, b = one["found_detail"], many["found_detail"]
    sites = set(a["verdicts"]) | set(b["verdicts"])
    columns = set(a["placed"]) | set(b["placed"])
    return {"sites": len(sites), "verdicts_differ": sum(a["verdicts"].get(s) != b["verdicts"].get(s) for s in sites),
            "columns": len(columns), "columns_differ": sum(a["placed"].get(c) != b["placed"].get(c) for c in columns)}


def speedup(results: list[dict]) -> float | None:
    by_mode = {r["mode"]: r for r in results}
    one, many = by_mode.get("single"), by_mode.get("distributed")
    if one and many and one["ok"] and many["ok"] and many["wall_s"]:
        return round(one["wall_s"] / many["wall_s"], 2)
    return None


def ceiling(results: list[dict], cores: int) -> dict | None:
    """What the workers could reach at most on this machine: the cores left by the farm, the store and anything
    else running, filled at the workers' own CPU per page; and the share of that they reached."""
    by_mode = {r["mode"]: r for r in results}
    one, many = by_mode.get("single"), by_mode.get("distributed")
    if not (one and many and one["ok"] and many["ok"] and many["wall_s"] and many["cpu_ms_per_page"]):
        return None
    beside = (many["farm_cpu_s"] + many["store_cpu_s"] + many["other_cpu_s"]) / many["wall_s"]
    usable = min(float(many["workers"]), cores - beside)
    pages_per_s = usable / (many["cpu_ms_per_page"] / 1000)
    return {"cores_beside": round(beside, 2), "pages_per_s": round(pages_per_s, 1),
            "speedup": round(pages_per_s / one["pages_per_s"], 2),
            "reached": round(many["pages_per_s"] / pages_per_s, 2)}


def measure_mode(mode: str, n: int, server: FarmServer, sites_csv: Path, logs: Path, db_url: str,
                 settings: dict[str, str], timeout: float, planted: set[str]) -> dict:
    """One audit of the served farm in ``mode`` by ``n`` processes, with everything else the machine did."""
    print(f"{mode}: {n} crawl process{'es' if n > 1 else ''}, timeout {timeout:.0f} s ...", flush=True)
    busy_before = busy_now()
    if busy_before > 0.2:
        print(f"  the machine is already {busy_before:.0%} busy with other work: the numbers will show it")
    farm0, store0, busy0 = _proc_cpu(server.process.pid), service_cpu(), machine_busy()
    errors0, listening = server.errors_size(), server.open_files()
    peak = {"connections": 0}

    def sample():
        peak["connections"] = max(peak["connections"], server.open_files() - listening)

    children, wall, found = audit(mode, n, sites_csv, logs, db_url, settings, timeout, sample)
    result = summarize(mode, children, wall, found, planted, _proc_cpu(server.process.pid) - farm0,
                       service_cpu() - store0, machine_busy() - busy0, busy_before, peak["connections"],
                       (server.errors_size() - errors0, server.errors(errors0, 2000)))
    result["found_detail"] = {"verdicts": found.get("verdicts") or {}, "placed": found.get("placed") or {}}
    if result["farm_stderr_bytes"]:
        first = "\n".join(result["farm_stderr_head"].splitlines()[:5])
        print(f"  the farm wrote {result['farm_stderr_bytes']:,} bytes of errors, the first lines:\n{first}")
    for child in children:
        if child.returncode != 0:
            killed = "killed on timeout" if child.returncode is None else f"exit {child.returncode}"
            print(f"  {child.name} failed ({killed}); the end of its log:\n{tail(child.log)}")
    return result


def run(sites: int = 1000, pages: int = 25, workers: int = 2, modes: tuple[str, ...] = MODES, seed: int = 1,
        friends: int = 10, timeout: float = 3600, out: Path = ROOT / "var" / "bench-scale.json",
        logs: Path | None = None,
        db_url: str = PG_URL, redis_url: str = REDIS_URL, extra: dict[str, str] | None = None,
        tail_links: tuple[int, int, float] = (0, 0, 0.0)) -> dict:
    """Builds and serves the farm, audits it in each mode, prints the table and writes ``out``; the report.
    Each crawl process's log is kept in ``logs`` (default: bench-scale-logs beside ``out``). ``tail_links``:
    the farm's hanging links, down sites and share of sites linking to the refused host (none by default;
    `make bench-scale` plants 12, 1 and 0.2)."""
    logs = logs or out.parent / "bench-scale-logs"
    logs.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    hanging, down, refused = tail_links
    farm = Farm(sites, pages, seed, friends=friends, hanging=hanging, down=down, refused=refused)
    truth = farm.counts()
    print(f"farm: {truth.sites:,} sites ({truth.down_sites} down), {truth.pages:,} pages, {truth.occurrences:,} link "
          f"occurrences, {truth.distinct_urls:,} distinct URLs, {truth.broken} planted broken URLs: {truth.not_found} "
          f"404s, {truth.hanging} hanging, {truth.down} on the down sites, {truth.refused} refused; "
          f"built in {time.monotonic() - t0:.1f} s",
          flush=True)
    settings = {**SCALE_SETTINGS, "GOVCHECK_REDIS_URL": redis_url, **(extra or {})}
    results = []
    with tempfile.TemporaryDirectory(prefix="govcheck-scale-") as tmp, FarmServer(farm, prerender=True) as server:
        work = Path(tmp)
        sites_csv = farm.write_site_list(work / "sites.csv")
        planted = farm.broken_urls()
        print(f"farm served pre-rendered on {farm.sites[0].ip}-{farm.listed_sites[-1].ip} and the external host, "
              f"port {farm.port}", flush=True)
        for mode in modes:
            mode_settings = {**settings, "GOVCHECK_DISTRIBUTED": "1"} if mode == "distributed" else settings
            n = 1 if mode == "single" else workers
            results.append(measure_mode(mode, n, server, sites_csv, logs, db_url, mode_settings, timeout, planted))
    ratio = speedup(results)
    agree = agreement(results)
    for r in results:
        r.pop("found_detail", None)  # compared above; sets of rows, not numbers for the report
    print()
    print(table(results, len(planted)))
    for r in results:
        if r["tail_s"] is not None:
            print(f"{r['mode']}: {r['tail_s']} s ({r['tail_share']:.0%} of the wall time) from the last page stored "
                  "(pages.fetched_at) to the last crawl process's exit")
    if agree is not None:
        print(f"\nsite verdicts that differ between the modes: {agree['verdicts_differ']} of {agree['sites']}; "
              f"columns whose place, verdict or last update differ: {agree['columns_differ']} of {agree['columns']}")
    if ratio is not None:
        print(f"\nspeedup of {workers} workers over one process (wall): {ratio}x on {os.cpu_count()} cores")
    top = ceiling(results, os.cpu_count() or 1)
    if top is not None:
        print(f"at most on these cores ({top['cores_beside']} of them taken by the farm, PostgreSQL, Redis and the "
              f"rest): {top['pages_per_s']} pages/s, {top['speedup']}x; reached {top['reached']:.0%} of that")
    report = {"farm": {**truth.as_dict(), "seed": seed, "pages_per_site": pages, "friends": friends,
                       "hanging_links": hanging, "down_sites": down, "refused_share": refused},
              "results": results, "speedup": ratio, "agreement": agree, "ceiling": top, "settings": settings,
              "machine_cpus": os.cpu_count()}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"numbers written to {out}, crawl logs to {logs}")
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n")[0])
    p.add_argument("--sites", type=int, default=1000)
    p.add_argument("--pages", type=int, default=25, help="pages per site")
    p.add_argument("--workers", type=int, default=2, help="worker processes of the distributed mode")
    p.add_argument("--only", choices=MODES, help="run one mode only")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--friends", type=int, default=10, help="other portals each homepage links to")
    p.add_argument("--hanging", type=int, default=12, help="links to the host that never answers in time")
    p.add_argument("--down", type=int, default=1, help="listed sites that are down (12 s, then 504)")
    p.add_argument("--refused", type=float, default=0.2,
                   help="share of the sites with a link to a host that refuses connections")
    p.add_argument("--no-tail", action="store_true", help="no hanging links, down sites or refused host")
    p.add_argument("--timeout", type=float, default=3600, help="seconds allowed to each mode")
    p.add_argument("--database-url", default=os.environ.get("GOVCHECK_DATABASE_URL") or PG_URL,
                   help="a PostgreSQL database; each mode works in a schema of its own, dropped afterwards")
    p.add_argument("--redis-url", default=os.environ.get("GOVCHECK_REDIS_URL") or REDIS_URL)
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-scale.json")
    p.add_argument("--logs", type=Path, help="where each crawl process's log is kept (default: var/bench-scale-logs)")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="an extra Scrapy setting for every crawl process, to try a tuning")
    args = p.parse_args(argv)
    if args.workers < 1:
        p.error("--workers must be at least 1")
    modes = (args.only,) if args.only else MODES
    tail_links = (0, 0, 0.0) if args.no_tail else (args.hanging, args.down, args.refused)
    report = run(args.sites, args.pages, args.workers, modes, args.seed, args.friends, args.timeout, args.out,
                 args.logs, args.database_url, args.redis_url, dict(item.split("=", 1) for item in args.set),
                 tail_links)
    return 0 if all(r["ok"] for r in report["results"]) else 1


if __name__ == "__main__":
    sys.exit(main())
