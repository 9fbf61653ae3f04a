"""Running and comparing distributed crawls: the command lines, their logs, their stored rows and exports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from govcheck.demo.build import dns_hosts
from govcheck.demo.settings import DEMO_SETTINGS
from govcheck.distributed.keys import RunKeys
from govcheck.store.models import Column as ColumnRow
from govcheck.store.models import LinkCheck, LinkOccurrence, Page, ProbeRecord, Run
from tests.conftest import AS_OF, ROOT, scrapy_args

REDIS_URL = "redis://127.0.0.1:6379/0"
TABLES = {"pages": Page, "link_checks": LinkCheck, "link_occurrences": LinkOccurrence, "columns": ColumnRow,
          "probes": ProbeRecord}


def crawl_command(sites_csv: Path, db_url: str, ca: Path, extra: dict | None = None,
                  args: dict | None = None) -> list[str]:
    """The `scrapy crawl portal` command line run_crawl() builds, for a process the test controls."""
    settings = {**DEMO_SETTINGS, "GOVCHECK_DATABASE_URL": db_url, "GOVCHECK_PROGRESS_INTERVAL": 0,
                "GOVCHECK_CA_BUNDLE": str(ca), **(extra or {})}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={sites_csv}", "-a", f"as_of={AS_OF}"]
    for k, v in (args or {}).items():
        cmd += ["-a", f"{k}={v}"]
    return cmd + scrapy_args(settings)


def start(cmd: list[str], log: Path) -> subprocess.Popen:
    with log.open("w") as stderr:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def crawl_stats(log: str) -> dict[str, int]:
    """The integer stats of the "Dumping Scrapy stats" block of a crawl's log."""
    block = log[log.rindex("Dumping Scrapy stats"):]
    return {k: int(v) for k, v in re.findall(r"'([^']+)': (\d+)[,}]", block)}


def first_attempts(log: str) -> int:
    """Requests sent minus Scrapy's retries: each distinct fetch counted once, however often a timeout repeated it."""
    s = crawl_stats(log)
    return s["downloader/request_count"] - s.get("retry/count", 0)


def row_counts(engine, run_id: int) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(model).where(model.run_id == run_id)).scalar_one()
                for name, model in TABLES.items()}


def comparable(export: dict) -> dict:
    """An export without what differs between two equal runs: run id and times, row order, and the order of
    names inside a sentence (a deduction lists stale columns in the order the crawl met them)."""

    def text_bag(s):
        return "".join(sorted(s or ""))

    sites = []
    for s in export["sites"]:
        s = dict(s)
        s["links"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s["links"])
        s["columns"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s["columns"])
        # evidence is exported in the order it was stored: each worker stores what it read when it read it
        s["evidence"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s.get("evidence", []))
        s["warnings"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in s.get("warnings", []))
        s["vetoes"] = sorted((v["rule"], text_bag(v["detail"])) for v in s["vetoes"])
        s["deductions"] = sorted((d["indicator"], d["points"], d["count"], text_bag(d["detail"]))
                                 for d in s["deductions"])
        sites.append(s)
    return {"summary": export["summary"], "sites": sites}


def differences(got: dict, want: dict) -> list[str]:
    """What two comparable exports disagree on, site by site and field by field (empty when equal)."""
    out = [f"summary: {got['summary']} != {want['summary']}"] if got["summary"] != want["summary"] else []
    for g, w in zip(got["sites"], want["sites"], strict=False):
        for key in sorted(set(g) | set(w)):
            a, b = g.get(key), w.get(key)
            if a == b:
                continue
            if isinstance(a, list) and isinstance(b, list):
                extra, missing = [x for x in a if x not in b], [x for x in b if x not in a]
                out.append(f"{g['site_id']}.{key}: extra {extra}, missing {missing}")
            else:
                out.append(f"{g['site_id']}.{key}: {a!r} != {b!r}")
    if [s["site_id"] for s in got["sites"]] != [s["site_id"] for s in want["sites"]]:
        out.append("the sites differ")
    return out


def wait_for_run(engine, proc, timeout: float = 30, poll: float = 0.1) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the first worker stopped before creating its run"
        try:
            with engine.connect() as conn:
                run_id = conn.execute(select(func.max(Run.id))).scalar_one()
            if run_id is not None:
                return run_id
        except Exception:  # the schema is being created by the worker's migration
            pass
        time.sleep(poll)
    raise AssertionError("no run was created")


def keys_left(server, engine, run_id: int) -> list[str]:
    """The keys of this run still in Redis (other runs of the same id, from other databases, have other stamps)."""
    with engine.connect() as conn:
        keys = RunKeys(run_id, conn.execute(select(Run.started_at).where(Run.id == run_id)).scalar_one())
    found = [k for k in keys.all() if server.exists(k)]
    found += server.scan_iter(match=keys.inflight_prefix + "*")
    return sorted(k.decode() if isinstance(k, bytes) else k for k in found)


def same_ports(data: dict) -> dict:
    """Two demo servers differ only in their port."""
    names = "|".join(re.escape(name) for name in dns_hosts())  # the sites listed by domain name
    return json.loads(re.sub(rf"(127\.0\.0\.\d+|{names}):\d+", r"\1:PORT", json.dumps(data, ensure_ascii=False)))
