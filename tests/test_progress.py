"""A long crawl logs its progress at a steady interval: sites, pages, links checked, problems, time left."""

from __future__ import annotations

import re

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


def test_progress_can_be_switched_off(demo_sites_csv, tmp_path):
    done = run_crawl(demo_sites_csv, f"sqlite:///{tmp_path / 'g.sqlite'}", args={"site": "nav"},
                     extra={"GOVCHECK_PROGRESS_INTERVAL": 0, "LOG_LEVEL": "INFO"}, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "progress:" not in done.stderr
