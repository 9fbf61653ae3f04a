"""The spider reads every page it crawls: parse_list must stay linear and fast on a large homepage."""

import time

from govcheck.cms import parse_list
from tests.cms.pages import real


def test_parse_list_on_a_large_homepage_is_fast():
    sel, url = real("03-yichun-home-2023.html")
    parse_list(sel, url)  # warm the marker caches
    start = time.perf_counter()
    for _ in range(10):
        parse_list(sel, url)
    per_page = (time.perf_counter() - start) / 10
    assert per_page < 0.1, f"{per_page * 1000:.0f} ms per page"
