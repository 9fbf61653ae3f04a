"""Requests spent well: each distinct URL checked once per run, pages fetched once, files checked without their
bodies."""

from __future__ import annotations

import pytest

from tests.conftest import AS_OF


@pytest.fixture(scope="module")
def hits(fresh_run):
    """Every request the demo hosts received during one audit, (method, ip, path) -> count; the portals' URLs."""
    _, _, counts, urls = fresh_run
    return counts, urls


def test_each_page_is_fetched_once(hits):
    """Bar one: the newest article of 教体动态, whose list shows month-days at addresses without a year, is read once
    more for that year (the column's own read, beside the crawl's)."""
    from govcheck.demo.build import build_sites, default_bases

    counts, urls = hits
    qx_ip = urls["qx"].split("//")[1].split(":")[0]
    pages = {path: n for (method, ip, path), n in counts.items()
             if method == "GET" and ip == qx_ip and path.endswith(".html") and "/ljcs/" not in path
             and "/loop/" not in path and "/jump/" not in path}
    asked = build_sites(AS_OF, 1, default_bases())["qx"].column("教体动态").items[0].path
    assert len(pages) > 30
    assert {p: n for p, n in pages.items() if n != 1} == {asked: 2}


def test_homepage_probed_three_times_during_the_crawl(hits):
    counts, urls = hits
    ip = urls["nav"].split("//")[1].split(":")[0]
    assert counts[("GET", ip, "/")] == 3


def test_attachment_checked_by_head_without_download(hits):
    counts, _ = hits
    pdf = "/files/annual-report-2025.pdf"
    assert counts[("HEAD", "127.0.0.30", pdf)] == 1
    assert counts[("GET", "127.0.0.30", pdf)] == 0


def test_head_refused_falls_back_to_one_get(hits):
    counts, _ = hits
    assert counts[("HEAD", "127.0.0.30", "/head-405.html")] + counts[("GET", "127.0.0.30", "/head-405.html")] <= 2


def test_offsite_target_linked_from_many_pages_checked_once(hits):
    counts, _ = hits
    # the conac image stands in every page footer of every demo site
    assert (counts[("HEAD", "127.0.0.30", "/images/conac/red.png")]
            + counts[("GET", "127.0.0.30", "/images/conac/red.png")] == 1)


def test_blocked_and_unresolvable_targets_never_requested(hits):
    counts, _ = hits
    assert not any(ip in ("169.254.169.254", "10.11.12.13") for _, ip, _ in counts)
