"""Office profiles (data/offices/): the bundled example loads and stays generic; a broken one is one line naming
the file and the key, from the library and from `govcheck report`."""

import subprocess
import sys
from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from govcheck.office import OfficeError, load_office, office_names
from tests.conftest import ROOT

EXAMPLE = (ROOT / "data" / "offices" / "example.yaml").read_text(encoding="utf-8")


def test_the_example_loads_and_is_generic(monkeypatch):
    monkeypatch.delenv("GOVCHECK_OFFICE", raising=False)
    office = load_office()
    assert office.path == "data/offices/example.yaml" and "example" in office_names()
    assert office.name.startswith("××") and office.number(2026) == "××政办函〔2026〕  号"
    assert office.fonts.body[0] == "仿宋_GB2312" and office.messages.reply_within_working_days == 1


def test_the_setting_chooses_the_office(tmp_path, monkeypatch):
    path = tmp_path / "mine.yaml"
    path.write_text(EXAMPLE.replace("××市人民政府办公室", "某市大数据局"), encoding="utf-8")
    monkeypatch.setenv("GOVCHECK_OFFICE", str(path))
    assert load_office().name == "某市大数据局"


def test_holidays_are_dates(tmp_path):
    path = tmp_path / "o.yaml"
    path.write_text(EXAMPLE.replace("holidays: []", "holidays: [2026-10-01, '2026-10-02']"), encoding="utf-8")
    assert load_office(str(path)).messages.holidays == (date(2026, 10, 1), date(2026, 10, 2))


@pytest.mark.parametrize("old, new, message", [
    ("recipients:", "recipient:", "recipient: unknown key; did you mean 'recipients'?"),
    ("××政办函〔{year}〕{n}号", "××政办函〔{yr}〕{n}号", "document_number: unknown field {yr}; use {year} and {n}"),
    ("××政办函〔{year}〕{n}号", "××政办函〔{year}〕号", "document_number: expected {n} where the serial number goes"),
    ("××政办函〔{year}〕{n}号", "××政办函〔{year〕{n}号", "document_number: "),
    ("working_days: 1", "working_days: 0", "messages.reply_within_working_days: expected at least 1"),
    ("holidays: []", "holidays: [2026-13-01]", "messages.holidays[0]: expected a date YYYY-MM-DD"),
    ("  body: [仿宋_GB2312, 仿宋, FangSong]", "  body: []", "fonts.body: expected font names"),
    ("name: ××市人民政府办公室", "name: ''", "name: expected text, got an empty one"),
])
def test_a_broken_profile_names_file_and_key(tmp_path, old, new, message):
    assert old in EXAMPLE
    path = tmp_path / "o.yaml"
    path.write_text(EXAMPLE.replace(old, new), encoding="utf-8")
    with pytest.raises(OfficeError) as err:
        load_office(str(path))
    assert str(err.value).startswith(f"{path}: {message}"), str(err.value)
    assert "\n" not in str(err.value)


def test_an_unknown_name():
    with pytest.raises(OfficeError, match=r"^no office named 'exampel' in data/offices; did you mean 'example'\?"):
        load_office("exampel")


@pytest.fixture
def store(tmp_path):
    """A store holding one complete run with no sites."""
    from govcheck.store.db import get_engine
    from govcheck.store.models import Run

    url = f"sqlite:///{tmp_path / 'g.sqlite'}"
    with Session(get_engine(url)) as s, s.begin():
        s.add(Run(as_of=date(2026, 11, 26), started_at=datetime(2026, 11, 26, 8), status="complete"))
    return url


def report(store, tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck.cli", "--db", store, "report", "-o", str(tmp_path / "r"),
                           *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_report_with_an_office_and_messages(store, tmp_path):
    messages = tmp_path / "m.csv"
    messages.write_text("received_at,site_id,summary,status,resolved_at\n2026-11-02,qx,x,open,\n"
                        "2020-01-06,qx,old,open,\n", encoding="utf-8")
    done = report(store, tmp_path, "--office", "example", "--messages", str(messages))
    assert done.returncode == 0, done.stderr
    notice = (tmp_path / "r" / "notice.html").read_text(encoding="utf-8")
    assert "本期（2026年10月1日至2026年11月26日）共收到“我为政府网站找错”平台转办的网民留言1条" in notice


@pytest.mark.parametrize("args, message", [
    (["--office", "nope"], "govcheck: no office named 'nope' in data/offices"),
    (["--messages", "/nonexistent.csv"], "govcheck: /nonexistent.csv: no such messages file"),
])
def test_report_with_bad_input_is_one_line(store, tmp_path, args, message):
    done = report(store, tmp_path, *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().startswith(message) and len(done.stderr.strip().splitlines()) == 1


def test_a_bad_messages_line_from_the_command(store, tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("received_at,site_id,summary,status,resolved_at\n2026-11-02,qx,x,open,\n2026-11-3,qx,x,open,\n",
                   encoding="utf-8")
    done = report(store, tmp_path, "--messages", str(bad))
    assert done.returncode == 2
    assert done.stderr.strip() == f"govcheck: {bad}: line 3: expected a date YYYY-MM-DD, got '2026-11-3'"
