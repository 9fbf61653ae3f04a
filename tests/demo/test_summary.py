"""The demo's summary in the terminal: a broken link is counted once however many pages show it."""

from __future__ import annotations

from govcheck.demo.run import summary_lines


def link(url: str, source: str, verdict: str = "broken") -> dict:
    return {"url": url, "source": source, "verdict": verdict}


def test_a_broken_link_on_every_page_counts_once():
    site = {"site_id": "xc", "verdict": "qualified", "score": 98.6, "vetoes": [], "uncertain": ["columns.empty"],
            "links": [link("http://x/tjxx/", f"http://x/p{n}.html") for n in range(3)]
                     + [link("http://x/a.pdf", "http://x/"), link("http://x/ok.html", "http://x/", "ok")],
            "columns": [{"stale": False, "empty": True, "verdict": "empty"},
                        {"stale": False, "empty": False, "verdict": "unverified"}]}
    data = {"summary": {"sites_in_list": 1, "exempt": 0, "checked": 1, "unqualified": 0, "pass_rate": 100.0},
            "sites": [site]}
    head, row = summary_lines(4, data)
    assert head == "run 4: 1 sites in the list, 0 exempt, 1 checked, 0 unqualified, pass rate 100.0%"
    assert "broken links   2  " in row
    assert "empty columns 1  unread columns 1" in row and row.endswith("(verdict awaits a person: unread columns)")
