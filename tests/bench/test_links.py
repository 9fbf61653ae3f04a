"""`make bench`'s reading of each tool's findings and its table (bench/links.py, bench/tools.py), without a crawl."""

from __future__ import annotations

import json
from datetime import datetime

from bench.links import summarize, table
from bench.tools import Measured, last_page_at, read_linkinator


def test_linkinator_report_gives_distinct_checked_and_broken_urls_and_its_pages():
    report = {"passed": False, "links": [
        {"url": "http://a/", "status": 200, "state": "OK", "parent": None},
        {"url": "http://a/x.html", "status": 404, "state": "BROKEN", "parent": "http://a/"},
        {"url": "http://a/x.html", "status": 404, "state": "BROKEN", "parent": "http://a/y.html"},  # once per parent
        {"url": "http://hang/1.html", "status": 0, "state": "BROKEN", "parent": "http://a/y.html"},  # a timeout
        {"url": "http://a/y.html", "status": 200, "state": "OK", "parent": "http://a/"},
    ]}
    found = read_linkinator(json.dumps(report), "bench: linkinator parsed 2 pages, the last at 1700000000.5\n")
    assert found["links_checked"] == 4 and found["pages"] == 2 and found["last_page_at"] == 1700000000.5
    assert found["broken_urls"] == {"http://a/x.html", "http://hang/1.html"}
    assert read_linkinator("killed before its report", "") == {}


def test_summary_counts_the_planted_broken_urls_found_by_kind_and_the_tail():
    kinds = {"http://a/x.html": "404", "http://hang/1.html": "hanging", "http://down/": "down"}
    m = Measured(wall=40.0, cpu=3.0, max_rss_mib=100.0, returncode=0, stdout="", stderr="", ended_at=1000.0)
    found = {"pages": 10, "links_checked": 50, "broken_urls": {"http://a/x.html", "http://hang/1.html", "http://a/z"},
             "last_page_at": 990.0}
    r = summarize("govcheck", m, found, kinds, 0.5)
    assert (r["broken_found"], r["planted_found"], r["planted"], r["false_broken_n"]) == (3, 2, 3, 1)
    assert r["found_by_kind"] == {"404": {"planted": 1, "found": 1}, "hanging": {"planted": 1, "found": 1},
                                  "down": {"planted": 1, "found": 0}, "refused": {"planted": 0, "found": 0}}
    assert r["tail_s"] == 10.0 and r["tail_share"] == 0.25 and r["recall"] == 0.6667
    r["load_before"] = 0.5
    text = table([r])
    assert "  hanging links" in text and "refused" not in text and "2/3" in text and "25%" in text


def test_the_last_page_is_read_from_naive_local_timestamps_as_sqlite_or_postgresql_give_them():
    at = datetime(2026, 11, 26, 9, 30, 5)
    assert last_page_at([(at.isoformat(sep=" "),), (None,), (datetime(2026, 11, 26, 9, 0),)]) == at.timestamp()
    assert last_page_at([(at,)]) == at.timestamp() and last_page_at([]) is None
