"""Bad input to `govcheck` and `scrapy crawl` ends in one line on stderr and exit code 2, never a traceback."""

import subprocess
import sys

import pytest

from govcheck.sites import SiteListError
from govcheck.spiders.base import parse_run
from tests.conftest import ROOT


def govcheck(tmp_path, *args: str) -> subprocess.CompletedProcess:
    db = f"sqlite:///{tmp_path / 'g.sqlite'}"
    return subprocess.run([sys.executable, "-m", "govcheck.cli", "--db", db, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def one_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_score_with_an_unknown_profile(tmp_path):
    line = one_line(govcheck(tmp_path, "score", "--rules", "typo"))
    assert line.startswith("govcheck: no profile named 'typo' in data/rules")


def test_score_with_a_profile_file_that_is_not_text(tmp_path):
    binary = tmp_path / "rules.yaml"
    binary.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\xff")
    assert one_line(govcheck(tmp_path, "score", "--rules", str(binary))).endswith("it is not UTF-8)")


def test_report_with_no_run_stored(tmp_path):
    assert "no complete run in the store yet" in one_line(govcheck(tmp_path, "report"))


@pytest.mark.parametrize("value", ["abc", "0", "-3", "1.5", "１"])
def test_run_argument_must_be_a_run_id(value):
    with pytest.raises(SiteListError, match=r"^run argument: .* is not a run id"):
        parse_run(value)


def test_run_argument_given_or_not():
    assert parse_run(None) is None and parse_run("") is None
    assert parse_run(" 12 ") == 12


def test_crawl_with_a_run_that_is_not_an_id(tmp_path):
    from tests.conftest import run_crawl

    db = tmp_path / "g.sqlite"
    done = run_crawl(ROOT / "data" / "demo-sites.csv", f"sqlite:///{db}", args={"run": "abc"}, timeout=60)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "] ERROR:" in line]
    assert len(errors) == 1 and "run argument: 'abc' is not a run id" in errors[0], errors
    assert not db.exists()  # nothing stored for a run that never started
