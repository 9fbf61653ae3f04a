"""The crawl's closing summary, from its stats."""

from govcheck.stats import summary_lines


def test_summary_counts_links_by_verdict_and_class_and_columns():
    stats = {"finish_reason": "finished", "elapsed_time_seconds": 42.4, "govcheck/pages": 1200,
             "govcheck/links/ok": 3000, "govcheck/links/broken": 15, "govcheck/links/unverified": 2,
             "govcheck/links/category/http_404": 12, "govcheck/links/category/timeout": 3,
             "govcheck/links/category/bot_blocked": 2, "govcheck/columns": 80, "govcheck/columns/stale": 4,
             "govcheck/columns/empty": 1, "govcheck/columns/unverified": 2,
             "govcheck/hosts/down": 1, "govcheck/hosts/not_requested": 230}
    lines = summary_lines(stats, sites=13)
    assert lines[0] == "govcheck: crawl finished in 42 s: 13 sites, 1,200 pages read, 3,017 links checked"
    assert lines[1] == ("govcheck: links: 3,000 ok, 15 broken, 2 unverified; not ok by class: http_404 12, timeout 3, "
                        "bot_blocked 2")
    assert lines[2] == "govcheck: columns: 80 judged, 4 not updated, 1 empty, 2 unverified"
    assert "230 of their URLs" in lines[3]


def test_a_crawl_without_problems_says_so():
    lines = summary_lines({"finish_reason": "finished"}, sites=1)
    assert lines[1].endswith("not ok by class: none") and len(lines) == 3


def test_pages_read_as_a_platforms_are_counted_in_the_summary():
    lines = summary_lines({"finish_reason": "finished", "govcheck/platform_pages": 1234}, sites=2)
    assert lines[3] == ("govcheck: 1,234 pages showing another 网站标识码 than their site's homepage read as their "
                        "platform's, not the site's")
