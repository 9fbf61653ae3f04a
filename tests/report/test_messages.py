"""找错 messages: the period of a run, working-day deadlines, the counts, the file's errors and where they show."""

from datetime import date
from pathlib import Path

import pytest

from govcheck.office import MessageRule
from govcheck.report.messages import (
    MessagesError,
    messages_file,
    messages_summary,
    period,
    read_messages,
    working_day_deadline,
)
from govcheck.report.render import render_report

RULE = MessageRule(reply_within_working_days=1, source="test")
HEADER = "received_at,site_id,summary,status,resolved_at\n"


@pytest.mark.parametrize("as_of, round_, expected", [
    (date(2026, 11, 26), None, (date(2026, 10, 1), date(2026, 11, 26))),  # capped at the inspection date
    (date(2026, 12, 31), None, (date(2026, 10, 1), date(2026, 12, 31))),
    (date(2026, 1, 1), None, (date(2026, 1, 1), date(2026, 1, 1))),
    (date(2026, 6, 30), None, (date(2026, 4, 1), date(2026, 6, 30))),
    (date(2019, 4, 5), "2019Q1", (date(2019, 1, 1), date(2019, 3, 31))),  # inspected after its round's quarter
    (date(2019, 2, 10), "2019Q1", (date(2019, 1, 1), date(2019, 2, 10))),
    (date(2020, 1, 3), "2019Q4", (date(2019, 10, 1), date(2019, 12, 31))),
])
def test_period(as_of, round_, expected):
    assert period(as_of, round_) == expected


@pytest.mark.parametrize("round_", ["2019Q5", "2019-1", "Q1"])
def test_a_round_that_is_not_a_quarter(round_):
    with pytest.raises(ValueError, match="is not a quarter like 2019Q1"):
        period(date(2019, 1, 1), round_)


def test_working_day_deadline():
    friday = date(2026, 11, 27)
    assert working_day_deadline(friday, 1) == date(2026, 11, 30)  # Monday
    assert working_day_deadline(date(2026, 11, 24), 1) == date(2026, 11, 25)
    assert working_day_deadline(friday, 1, holidays=(date(2026, 11, 30),)) == date(2026, 12, 1)
    assert working_day_deadline(friday, 1, workdays=(date(2026, 11, 28),)) == date(2026, 11, 28)
    assert working_day_deadline(friday, 3) == date(2026, 12, 2)


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    return path


ROWS = HEADER + """\
2020-02-01,qx,an old message,resolved,2020-02-03
2026-10-08,qx,on time,resolved,2026-10-09
2026-10-09,qx,late: Friday to Tuesday,resolved,2026-10-13
2026-11-20,jyj,open past its deadline,open,
2026-11-26,jyj,open on the inspection date,open,
2026-11-27,jyj,after the inspection date,open,
"""


def test_only_the_period_counts_and_overdue_is_counted(tmp_path):
    s = messages_summary(read_messages(write(tmp_path, ROWS)), period(date(2026, 11, 26)), RULE)
    assert (s["start"], s["end"]) == ("2026-10-01", "2026-11-26")
    assert (s["received"], s["resolved"], s["open"], s["overdue"]) == (4, 2, 2, 2)
    assert s["by_site"] == {"qx": 2, "jyj": 2}
    assert s["overdue_by_site"] == {"qx": 1, "jyj": 1}
    assert s["open_by_site"] == {"jyj": 2}


@pytest.mark.parametrize("text, message", [
    (HEADER + "2026-10-08,qx,x,done,\n", "line 2: status must be resolved or open, got 'done'"),
    (HEADER + "# a comment\n2026-13-08,qx,x,open,\n", "line 3: expected a date YYYY-MM-DD, got '2026-13-08'"),
    (HEADER + "2026-10-08,qx,x,resolved,\n", "line 2: a resolved message needs its resolved_at date"),
    (HEADER + "2026-10-08,qx,x,resolved,2026-10-01\n", "line 2: resolved_at 2026-10-01 is before received_at"),
    ("received_at,site_id\n", "line 1: missing columns summary, status, resolved_at"),
])
def test_a_bad_file_names_its_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(MessagesError) as err:
        read_messages(path)
    assert str(err.value) == f"{path}: {message}" or str(err.value).startswith(f"{path}: {message}")


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(HEADER.encode() + "2026-10-08,qx,首页,open,\n".encode("gbk"))
    with pytest.raises(MessagesError, match="not UTF-8 text"):
        read_messages(path)


def test_which_file(tmp_path, monkeypatch):
    path = write(tmp_path, HEADER)
    monkeypatch.setenv("GOVCHECK_MESSAGES", str(path))
    assert messages_file() == path
    assert messages_file(str(path)) == path
    with pytest.raises(MessagesError, match="nope.csv: no such messages file"):
        messages_file(str(tmp_path / "nope.csv"))


def test_the_notice_and_the_attachment_show_them(tmp_path, export):
    path = write(tmp_path, HEADER + """\
2018-12-20,wjw,last year,open,
2019-01-08,jyj,on time,resolved,2019-01-09
2019-01-21,wjw,late,resolved,2019-01-23
2019-02-14,wjw,still open,open,
""")
    render_report(export, tmp_path / "out", messages_csv=path)
    notice = (tmp_path / "out" / "notice.html").read_text(encoding="utf-8")
    assert "本期（2019年1月1日至2019年3月1日）共收到“我为政府网站找错”平台转办的网民留言3条，已办结2条" in notice
    assert "须在1个工作日内答复的要求，本期超期办理（含超期未办结）的留言2条" in notice
    attachment = (tmp_path / "out" / "attachment.html").read_text(encoding="utf-8")
    assert "<th>找错留言数</th><th>未办结留言数</th><th>超期办理留言数</th>" in attachment
    csv_text = (tmp_path / "out" / "attachment.csv").read_text(encoding="utf-8-sig")
    rows = {line.split(",")[1]: line.split(",")[-3:] for line in csv_text.splitlines()[1:]}
    assert rows["示例区卫生健康局网站"] == ["2", "1", "2"]
    assert rows["示例区教育局网站"] == ["1", "0", "0"]


def test_without_a_file_the_counts_are_absent(tmp_path, export):
    render_report(export, tmp_path / "out")
    csv_text = (tmp_path / "out" / "attachment.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[1].split(",")[-3:] == ["—", "—", "—"]


def test_the_round_of_the_run_sets_the_period(tmp_path, export):
    path = write(tmp_path, HEADER + "2018-11-02,wjw,in 2018Q4,open,\n2019-01-08,jyj,in 2019Q1,resolved,2019-01-09\n")
    export["run"]["round"] = "2018Q4"
    render_report(export, tmp_path / "out", messages_csv=path)
    notice = (tmp_path / "out" / "notice.html").read_text(encoding="utf-8")
    assert "本期（2018年10月1日至2018年12月31日）共收到“我为政府网站找错”平台转办的网民留言1条，已办结0条" in notice
    export["run"]["round"] = "第一轮"
    with pytest.raises(MessagesError, match=r"m.csv: the messages' period: run 7: round '第一轮' is not a quarter"):
        render_report(export, tmp_path / "out2", messages_csv=path)
