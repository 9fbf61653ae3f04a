"""`govcheck demo`: serve the demo portals on loopback, audit them in this process, write the report."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from govcheck.demo.settings import DEMO_SETTINGS

ROOT = Path(__file__).resolve().parents[2]


def crawl_settings(extra: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("govcheck.settings", priority="project")
    settings.update({**DEMO_SETTINGS, **(extra or {})}, priority="cmdline")
    return settings


def run_demo(as_of: date, port: int = 8808, round_: int = 1, db: str | None = None) -> int:
    from govcheck.demo.server import DemoServer
    from govcheck.export import export_run
    from govcheck.report.write import write_report
    from govcheck.store.db import get_engine

    t0 = time.monotonic()
    sites_csv = ROOT / "var" / f"demo-sites-{port}.csv"
    sites_csv.parent.mkdir(parents=True, exist_ok=True)
    with DemoServer(as_of, port=port, round=round_) as server:
        server.write_site_list(sites_csv)
        print(f"demo portals on loopback for inspection date {as_of} (round {round_}):")
        for row in server.site_rows():
            print(f"  {row['site_id']:6} {row['url']:28} {row['name']} [{row['status']}]")
        from govcheck.demo.tlscerts import ca_pem

        ca = ROOT / "var" / "demo-ca.pem"
        ca.write_bytes(ca_pem())
        extra = {"GOVCHECK_SITES": str(sites_csv), "GOVCHECK_CA_BUNDLE": str(ca)}
        if db:
            extra["GOVCHECK_DATABASE_URL"] = db
        process = CrawlerProcess(crawl_settings(extra), install_root_handler=True)
        crawler = process.create_crawler("portal")
        process.crawl(crawler, as_of=as_of.isoformat())
        process.start()
    run_id = crawler.stats.get_value("govcheck/run_id")
    if run_id is None or crawler.stats.get_value("finish_reason") != "finished":
        print("govcheck demo: the crawl did not finish; see the log above")
        return 1
    engine = get_engine(db)
    index = write_report(engine, run_id)
    data = export_run(engine, run_id)
    print()
    print("\n".join(summary_lines(run_id, data)))
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
