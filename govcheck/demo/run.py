"""`govcheck demo`: serve the demo portals on loopback, audit them in this process, write the report.

By default three crawls, as an office's quarter goes: the last quarter's round over the portals as they were, an ad
hoc check of one site in between, and this quarter's round after the sites fixed some problems. The report of the
last one compares round with round and draws the trend; the ad hoc run counts for neither.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from govcheck.demo.settings import DEMO_SETTINGS
from govcheck.rounds import default_round

ROOT = Path(__file__).resolve().parents[2]
ADHOC_SITE = "jyj"  # the site checked ad hoc between the rounds


@dataclass(frozen=True)
class Step:
    """One crawl of the demo: the portals' state (1 before, 2 after fixing) and the crawl's -a arguments."""

    state: int
    title: str
    args: dict = field(default_factory=dict)


def demo_steps(as_of: date, state: int | None = None, adhoc: str = ADHOC_SITE) -> list[Step]:
    """The crawls `govcheck demo` makes; `state` alone: one round over the portals in that state."""
    last_quarter = default_round(date(as_of.year, (as_of.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1))
    rounds = {1: Step(1, f"round {last_quarter}", {"round": last_quarter}),
              2: Step(2, f"round {default_round(as_of)}", {"round": default_round(as_of)})}
    if state is not None:
        return [rounds[state]]
    return [rounds[1], Step(2, f"ad hoc check of {adhoc}", {"url": adhoc}), rounds[2]]


def scrapy_args(settings: dict) -> list[str]:
    """Settings as `scrapy crawl -s` arguments."""
    out = []
    for key, value in settings.items():
        out += ["-s", f"{key}={','.join(map(str, value)) if isinstance(value, (list, tuple)) else value}"]
    return out


def run_demo(as_of: date, port: int = 8808, round_: int | None = None, db: str | None = None,
             out: Path | None = None, sites: Sequence[str] | None = None) -> int:
    """The demo's crawls, each site's verdict printed, and the last crawl's report (into `out`, else reports/<run>);
    `sites`: these demo portals alone (their site ids)."""
    from govcheck.demo.server import DemoServer
    from govcheck.demo.site_list import SITES
    from govcheck.demo.tlscerts import ca_pem
    from govcheck.export import export_run
    from govcheck.report.write import write_report
    from govcheck.store.db import database_url, get_engine
    from govcheck.store.read import latest_run_id

    t0 = time.monotonic()
    unknown = sorted(set(sites or ()) - {m.site_id for m in SITES})
    if unknown:
        print(f"govcheck demo: no demo portal {', '.join(unknown)}", file=sys.stderr)
        return 2
    adhoc = ADHOC_SITE if not sites or ADHOC_SITE in sites else sites[0]
    sites_csv = ROOT / "var" / f"demo-sites-{port}.csv"
    sites_csv.parent.mkdir(parents=True, exist_ok=True)
    ca = ROOT / "var" / "demo-ca.pem"
    ca.write_bytes(ca_pem())
    settings = {**DEMO_SETTINGS, "GOVCHECK_SITES": str(sites_csv), "GOVCHECK_CA_BUNDLE": str(ca),
                "GOVCHECK_DATABASE_URL": database_url(db)}
    engine = get_engine(db)
    runs = []
    for step in demo_steps(as_of, round_, adhoc):
        # one `scrapy crawl` each: a Twisted reactor cannot be started twice in one process
        with DemoServer(as_of, port=port, round=step.state) as server:  # the same URLs in every crawl
            server.write_site_list(sites_csv, sites)
            print(f"demo portals on loopback for inspection date {as_of} (state {step.state}), {step.title}:")
            for row in server.site_rows(sites):
                print(f"  {row['site_id']:6} {row['url']:28} {row['name']} [{row['status']}]", flush=True)
            args = {**step.args, "as_of": as_of.isoformat()}
            if "url" in args:
                args["url"] = server.urls[args["url"]]
            cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", *scrapy_args(settings)]
            for key, value in args.items():
                cmd += ["-a", f"{key}={value}"]
            done = subprocess.run(cmd, cwd=ROOT)
        run_id = latest_run_id(engine, complete_only=False)
        if done.returncode != 0 or run_id is None or run_id in (r for _, r in runs):
            print(f"govcheck demo: the crawl of the {step.title} did not finish; see the log above")
            return 1
        runs.append((step, run_id))
    for step, run_id in runs:
        print(f"\n{step.title}:")
        print("\n".join(summary_lines(run_id, export_run(engine, run_id))))
    index = write_report(engine, run_id, out)
    print(f"report: {index}")
    print(f"done in {time.monotonic() - t0:.1f} s")
    return 0


def summary_lines(run_id: int, data: dict) -> list[str]:
    """The run in a few lines for the terminal: the list's figures, then each site's verdict and counts."""
    s = data["summary"]
    lines = [f"run {run_id}: {s.get('sites_in_list')} sites in the list, {s.get('exempt')} exempt, "
             f"{s.get('checked')} checked, {s.get('unqualified')} unqualified, pass rate {s.get('pass_rate')}%"]
    for site in data["sites"]:
        score = "-" if site["score"] is None else f"{site['score']:.1f}"
        broken = len({link["url"] for link in site["links"] if link["verdict"] == "broken"})  # a URL, not each place
        stale = sum(1 for c in site["columns"] if c["stale"])
        empty = sum(1 for c in site["columns"] if c["empty"])
        unread = sum(1 for c in site["columns"] if c["verdict"] == "unverified")
        vetoes = ", ".join(v["rule"] for v in site["vetoes"]) or "-"
        awaits = [w for w, hit in (("homepage", "homepage" in site["uncertain"]),
                                   ("columns", any(r != "homepage" for r in site["uncertain"]))) if hit]
        uncertain = f"  (verdict awaits a person: unread {' and '.join(awaits)})" if awaits else ""
        lines.append(f"  {site['site_id']:6} {site['verdict'] or '-':12} score {score:>5}  broken links {broken:3}  "
                     f"stale columns {stale}  empty columns {empty}  unread columns {unread}  vetoes: {vetoes}"
                     f"{uncertain}")
    return lines
