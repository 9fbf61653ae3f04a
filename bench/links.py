"""`make bench`: govcheck against linkinator on the generated farm (bench/farm.py), in the same run, on loopback.

    python -m bench.links                        # 10 sites x 550 pages with the tail; govcheck twice, linkinator
    python -m bench.links --sites 2 --pages 40   # a quick look
    python -m bench.links --govcheck-root ../old-checkout --tools govcheck-probes-off

The farm has a tail: 12 links to a host that never answers in time and one listed site that is down (every
request waits 12 s, then 504), linked from the other sites. Each tool runs in its own child process, measured
with os.wait4: wall time, user+sys CPU seconds and the peak RSS of that child; the farm is served from a third
process. Every tool waits 10 s per request. The table compares time, memory, pages parsed, distinct links
checked and the planted broken URLs each found; the numbers are also written to var/bench-links.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.farm import Farm, FarmServer
from bench.tools import (
    GOVCHECK_SETTINGS,
    GOVCHECK_VARIANTS,
    LINKCHECKER_RC,
    LINKINATOR,
    LINKINATOR_CONCURRENCY,
    ROOT,
    TIMEOUT_S,
    Measured,
    _proc_cpu,
    govcheck_command,
    govcheck_env,
    govcheck_revision,
    linkchecker_command,
    linkchecker_found,
    linkinator_command,
    linkinator_env,
    measure,
    plain_command,
    plain_found,
    read_govcheck,
    read_linkchecker,
    read_linkinator,
)

TOOLS = ("scrapy-alone", *GOVCHECK_VARIANTS, "linkinator", "linkchecker")
DEFAULT_TOOLS = (*GOVCHECK_VARIANTS, "linkinator")
KINDS = (("404", "planted 404s"), ("hanging", "hanging links"), ("down", "down site's URLs"),
         ("refused", "refused host's URLs"))


def tail(text: str, n: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-n:])


def load() -> float:
    return round(os.getloadavg()[0], 2)


# --- the numbers ---
def summarize(tool: str, m: Measured, found: dict, kinds: dict[str, str], server_cpu: float) -> dict:
    """One tool's row: what it cost, what it found, and which of the planted broken URLs (by kind) it found."""
    pages, links = found.get("pages") or 0, found.get("links_checked") or 0
    broken = found.get("broken_urls") or set()
    planted = set(kinds)
    last = found.get("last_page_at")
    tail_s = round(max(0.0, m.ended_at - last), 2) if last else None
    by_kind = {}
    for kind, _label in KINDS:
        urls = {u for u, k in kinds.items() if k == kind}
        by_kind[kind] = {"planted": len(urls), "found": len(broken & urls)}
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
        "planted": len(planted),
        "recall": round(len(broken & planted) / len(planted), 4) if planted else None,
        "found_by_kind": by_kind,
        "false_broken_n": len(broken - planted),
        "false_broken": sorted(broken - planted)[:20],
        # seconds from the last page fetched to the exit: waiting out hanging links, the down site, probes, finishing
        "tail_s": tail_s,
        "tail_share": round(tail_s / m.wall, 3) if tail_s is not None and m.wall else None,
        "server_cpu_s": round(server_cpu, 2),
    }


def _cell(r: dict, key: str) -> str:
    if key.startswith("kind:"):
        k = r["found_by_kind"][key[5:]]
        return f"{k['found']}/{k['planted']}"
    if key == "planted_found":
        return f"{r['planted_found']:,}/{r['planted']:,}"
    if key == "tail_share":
        return "-" if r.get(key) is None else f"{r[key]:.0%}"
    value = r.get(key)
    return "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value}"


def table(results: list[dict]) -> str:
    rows = [("wall s", "wall_s"), ("CPU s (user+sys)", "cpu_s"), ("peak RSS MiB", "peak_rss_mib"),
            ("pages parsed (1)", "pages"), ("distinct links checked", "links_checked"),
            ("broken found (distinct URLs)", "broken_found"), ("planted broken found", "planted_found"),
            ("recall of planted broken", "recall")]
    planted_kinds = {k for r in results for k, v in r["found_by_kind"].items() if v["planted"]}
    rows += [(f"  {label}", f"kind:{kind}") for kind, label in KINDS if kind in planted_kinds]
    rows += [("found broken, not planted", "false_broken_n"), ("after last page s (2)", "tail_s"),
             ("  share of wall", "tail_share"), ("pages/s", "pages_per_s"), ("farm server CPU s", "server_cpu_s"),
             ("load avg before (1 min)", "load_before"), ("exit code", "returncode")]
    width = max(len(label) for label, _ in rows) + 2
    col = max(14, *(len(r["tool"]) + 2 for r in results))
    lines = ["".ljust(width) + "".join(r["tool"].rjust(col) for r in results)]
    lines += [label.ljust(width) + "".join(_cell(r, key).rjust(col) for r in results) for label, key in rows]
    lines += ["(1) linkinator: pages it parsed (its pagestart events, 404 pages included)",
              "(2) from the last page fetched to the exit: govcheck's last pages.fetched_at (stamped as the parsed",
              "    page is stored), linkinator's last pagestart event (sent as a fetched page's parsing starts)"]
    return "\n".join(lines)


# --- running the tools ---
def run_tool(tool: str, farm: Farm, work: Path, timeout: float, opts: argparse.Namespace) -> tuple[Measured, dict]:
    """Runs one tool against the served farm: (its measurement, what it found)."""
    if tool == "scrapy-alone":
        print(f"running Scrapy alone (bench/plain.py), timeout {timeout:.0f} s ...", flush=True)
        m = measure(plain_command(farm), work, "plain", timeout, cwd=work)
        return m, plain_found(m.stderr)
    if tool in GOVCHECK_VARIANTS:
        sites_csv = farm.write_site_list(work / "sites.csv")
        db = work / f"{tool}.sqlite"
        settings = {**GOVCHECK_VARIANTS[tool], **opts.govcheck_extra}
        print(f"running {tool} (scrapy crawl portal{''.join(f' -s {k}={v}' for k, v in settings.items())}), "
              f"timeout {timeout:.0f} s ...", flush=True)
        root = opts.govcheck_root
        m = measure(govcheck_command(sites_csv, db, settings, root), work, tool, timeout, cwd=root,
                    env=govcheck_env(root))
        try:
            return m, read_govcheck(db)
        except sqlite3.Error as exc:
            print(f"  could not read {db.name}: {exc}")
            return m, {}
    if tool == "linkinator":
        print(f"running linkinator (--recurse --timeout {TIMEOUT_S * 1000} --concurrency {opts.concurrency}), "
              f"timeout {timeout:.0f} s ...", flush=True)
        m = measure(linkinator_command(farm, opts.linkinator, opts.concurrency), work, "linkinator", timeout,
                    cwd=work, env=linkinator_env(opts.linkinator))
        return m, read_linkinator(m.stdout, m.stderr)
    rc = work / "linkcheckerrc"
    rc.write_text(LINKCHECKER_RC)
    rc.chmod(0o644)
    out_csv = work / "linkchecker.csv"
    page_urls = {f"http://{s.ip}:{farm.port}{p.path}" for s in farm.sites for p in s.pages}
    print(f"running LinkChecker ({opts.threads} threads), timeout {timeout:.0f} s ...", flush=True)
    m = measure(linkchecker_command(farm, rc, out_csv, opts.threads), work, "linkchecker", timeout)
    return m, linkchecker_found(read_linkchecker(out_csv), page_urls)


def linkinator_version(package: Path) -> str | None:
    try:
        return json.loads((package / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError, IndexError):
        return None


def run(opts: argparse.Namespace) -> int:
    t0 = time.monotonic()
    farm = Farm(opts.sites, opts.pages, opts.seed, hanging=opts.hanging, down=opts.down, refused=opts.refused)
    truth = farm.counts()
    print(f"farm: {truth.sites} sites ({truth.down_sites} down), {truth.pages:,} pages, {truth.occurrences:,} link "
          f"occurrences, {truth.distinct_urls:,} distinct URLs, {truth.broken} planted broken URLs: "
          f"{truth.not_found} 404s, {truth.hanging} hanging, {truth.down} on the down site, {truth.refused} refused; "
          f"built in {time.monotonic() - t0:.1f} s")
    revision = govcheck_revision(opts.govcheck_root)
    print(f"govcheck from {opts.govcheck_root} ({revision or 'not a git checkout'})")
    if "linkinator" in opts.tools and not (opts.linkinator / "build" / "src" / "cli.js").exists():
        print(f"linkinator is not installed at {opts.linkinator}: run `make linkinator` (needs npm)")
        return 2
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="govcheck-bench-") as tmp:
        work = Path(tmp)
        work.chmod(0o777)  # LinkChecker run as root drops to nobody and must still write its CSV here
        with FarmServer(farm) as server:
            kinds = farm.broken_kinds()
            print(f"farm served on {farm.sites[0].ip}-{farm.listed_sites[-1].ip} and 127.0.1.200-201, "
                  f"port {farm.port}")
            for tool in opts.tools:
                cpu_before, load_before = _proc_cpu(server.process.pid), load()
                m, found = run_tool(tool, farm, work, opts.timeout, opts)
                result = summarize(tool, m, found, kinds, _proc_cpu(server.process.pid) - cpu_before)
                result["load_before"], result["load_after"] = load_before, load()
                # linkinator and LinkChecker exit 1 when they found broken links: that is their success here
                if tool in ("linkinator", "linkchecker") and m.returncode == 1 and found.get("links_checked"):
                    result["ok"] = True
                if m.returncode is None:
                    print(f"  {tool} killed after {opts.timeout:.0f} s")
                if not result["ok"]:
                    print(f"  {tool} failed (exit {m.returncode}); the end of its stderr:\n{tail(m.stderr)}")
                print(f"  {tool}: {result['wall_s']} s, {result['planted_found']}/{result['planted']} planted broken "
                      f"found; load average {result['load_before']} before, {result['load_after']} after", flush=True)
                results.append(result)
    print()
    print(table(results))
    by_tool = {r["tool"]: r for r in results}
    g, plain = by_tool.get("govcheck-probes-off") or by_tool.get("govcheck"), by_tool.get("scrapy-alone")
    if g and plain and g["ok"] and plain["ok"] and plain["pages_per_s"]:
        print(f"pages/s {g['tool']} / Scrapy alone: {g['pages_per_s'] / plain['pages_per_s']:.2f} "
              f"(Scrapy alone: {plain['pages_per_s']} pages/s on this machine now)")
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"farm": {**truth.as_dict(), "seed": opts.seed, "pages_per_site": opts.pages,
                       "hanging_links": opts.hanging, "down_sites": opts.down, "refused_share": opts.refused},
              "results": results, "timeout_per_request_s": TIMEOUT_S,
              "govcheck_root": str(opts.govcheck_root), "govcheck_revision": revision,
              "govcheck_settings": {t: {**GOVCHECK_SETTINGS, **v, **opts.govcheck_extra}
                                    for t, v in GOVCHECK_VARIANTS.items() if t in opts.tools},
              "linkinator": {"version": linkinator_version(opts.linkinator), "concurrency": opts.concurrency,
                             "command": ["linkinator", "<every homepage>",
                                         *linkinator_command(farm, opts.linkinator, opts.concurrency)[
                                             4 + len(farm.homepages()):]]},
              "linkchecker_threads": opts.threads if "linkchecker" in opts.tools else None,
              "load_average_after": os.getloadavg(), "machine_cpus": os.cpu_count()}
    opts.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"numbers written to {opts.out}")
    return 0 if all(r["ok"] for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.links", description=__doc__.split("\n")[0])
    p.add_argument("--sites", type=int, default=10)
    p.add_argument("--pages", type=int, default=550, help="pages per site")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--hanging", type=int, default=12, help="links to the host that never answers in time")
    p.add_argument("--down", type=int, default=1, help="listed sites that are down (12 s, then 504)")
    p.add_argument("--refused", type=float, default=0.0,
                   help="share of the sites with a link to a host that refuses connections")
    p.add_argument("--no-tail", action="store_true", help="no hanging links, down sites or refused host")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed to each tool")
    p.add_argument("--tools", default=",".join(DEFAULT_TOOLS),
                   help=f"comma-separated, in order, of: {', '.join(TOOLS)} (default: %(default)s)")
    p.add_argument("--only", choices=TOOLS, help="run one tool only")
    p.add_argument("--govcheck-root", type=Path, default=ROOT,
                   help="a checkout of govcheck to crawl with (its .venv/bin/python if it has one)")
    p.add_argument("--linkinator", type=Path, default=LINKINATOR, help="the linkinator package (its folder)")
    p.add_argument("--concurrency", type=int, default=LINKINATOR_CONCURRENCY, help="linkinator's --concurrency")
    p.add_argument("--threads", type=int, default=10, help="LinkChecker's threads")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-links.json")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="an extra Scrapy setting for govcheck's crawls, to try a tuning")
    opts = p.parse_args(argv)
    opts.tools = [opts.only] if opts.only else [t.strip() for t in opts.tools.split(",") if t.strip()]
    if unknown := [t for t in opts.tools if t not in TOOLS]:
        p.error(f"unknown tools: {', '.join(unknown)} (choose from {', '.join(TOOLS)})")
    if opts.no_tail:
        opts.hanging, opts.down, opts.refused = 0, 0, 0.0
    opts.govcheck_root = opts.govcheck_root.resolve()
    if not (opts.govcheck_root / "scrapy.cfg").exists():
        p.error(f"{opts.govcheck_root} is not a govcheck checkout (no scrapy.cfg)")
    opts.govcheck_extra = dict(item.split("=", 1) for item in opts.set)
    return run(opts)


if __name__ == "__main__":
    sys.exit(main())
