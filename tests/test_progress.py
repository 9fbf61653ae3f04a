"""A long crawl logs its progress at a steady interval: sites, pages, links checked, problems, time left."""

from __future__ import annotations

import io
import re
from types import SimpleNamespace

from tests.conftest import run_crawl

LINE = re.compile(r"progress: (\d+)/(\d+) sites reached, (\d+) pages, (\d+) links checked, (\d+) problems so far, "
                  r"(\d+) requests queued, (~\d+s left|time left unknown)")


def test_progress_lines_count_up_while_crawling(demo_sites_csv, tmp_path):
    done = run_crawl(demo_sites_csv, f"sqlite:///{tmp_path / 'g.sqlite'}", args={"site": "qx"},
                     extra={"GOVCHECK_PROGRESS_INTERVAL": 0.3, "LOG_LEVEL": "INFO"}, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [tuple(int(g) for g in m.groups()[:6]) for m in LINE.finditer(done.stderr)]
    assert len(lines) >= 2, done.stderr[-3000:]
    assert {total for _, total, *_ in lines} == {1}  # one site of the list was audited
    pages = [p for _, _, p, *_ in lines]
    checked = [c for _, _, _, c, *_ in lines]
    assert pages == sorted(pages) and checked == sorted(checked)
    assert pages[-1] > 0 and checked[-1] > 0
    assert lines[-1][0] == 1
    assert "left" in done.stderr


def test_progress_lines_can_be_switched_off_and_a_bar_asked_for(demo_sites_csv, tmp_path):
    done = run_crawl(demo_sites_csv, f"sqlite:///{tmp_path / 'g.sqlite'}", args={"site": "nav"},
                     extra={"GOVCHECK_PROGRESS_INTERVAL": 0, "GOVCHECK_PROGRESS_BAR": True, "LOG_LEVEL": "INFO"},
                     timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "progress:" not in done.stderr
    final = re.findall(r"govcheck: 100%.*?(\d+)/\1 .*?1/1 sites, (\d+) pages", done.stderr)
    assert final and int(final[-1][1]) > 0, done.stderr[-2000:]


class Stats:
    def __init__(self, values: dict):
        self.values = values

    def get_value(self, key, default=None):
        return self.values.get(key, default)


def test_an_interactive_run_draws_a_bar_of_requests_answered_with_the_counts():
    from govcheck.extensions.progress import Progress

    crawler = SimpleNamespace(
        stats=Stats({"response_received_count": 120, "govcheck/pages": 37, "govcheck/links/ok": 80,
                     "govcheck/links/broken": 3, "govcheck/columns/stale": 2}),
        spider=SimpleNamespace(sites=[1, 2, 3], homepages_done={"a", "b"}),
        engine=SimpleNamespace(scheduler=[None] * 40))  # 40 requests queued
    ext = Progress(crawler, interval=0, bar=True)
    out = io.StringIO()
    ext.start_bar(out)
    ext.draw()
    drawn = out.getvalue().split("\r")[-1]
    assert "120/160" in drawn and "75%" in drawn
    assert "2/3 sites, 37 pages, 83 links, 5 problems" in drawn


def test_the_bar_is_shown_on_a_terminal_only_unless_asked():
    from govcheck.extensions.progress import bar_wanted

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert bar_wanted("auto", Terminal()) and not bar_wanted("auto", io.StringIO())
    assert bar_wanted("True", io.StringIO()) and not bar_wanted(False, Terminal())

