"""Chinese government date formats, one row per format (govcheck/judge/dates.py)."""

from datetime import date

import pytest

from govcheck.judge.dates import (
    date_from_url,
    days_ago,
    find_dates,
    match_date,
    match_split_date,
    parse_date,
    shift_years,
    year_from_url,
    years_ahead,
)

D = date(2019, 2, 20)
ART = "http://www.example.gov.cn/xwzx/201902/t20190221_123.html"  # an article URL whose year is 2019


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-02-20", D),
    ("[2019-02-20]", D),
    ("【2019-02-20】", D),
    ("2019年02月20日", D),
    ("2019年2月20日", D),
    ("2019 年 2 月 20 日", D),
    ("2019/02/20", D),
    ("2019.02.20", D),
    ("发布时间：2019-02-20 10:30", D),
    ("发布日期:2019-02-20", D),
    ("2019-2-3", date(2019, 2, 3)),
    ("２０１９－０２－２０", D),  # full-width digits and dash
    ("（２０１９年２月２０日）", D),
    ("2007-08-20-23:59:59", date(2007, 8, 20)),  # gov.cn's firstpublishedtime meta
    ("标题 2019-02-20 其后 2020-01-01", D),  # the first date
])
def test_full_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["02-20", "(02-20)", "[02-20]", "02/20", "2月20日", "（02-20）"])
def test_month_day_takes_the_year_from_the_url(text):
    assert parse_date(text, url=ART) == D


@pytest.mark.parametrize("text", ["02-20", "(02-20)", "2月20日"])
def test_month_day_takes_the_year_hint_without_url_year(text):
    assert parse_date(text, url="http://x.gov.cn/news/show.aspx?id=5", year_hint=2019) == D


def test_url_year_counts_over_the_hint():
    assert parse_date("(02-20)", url=ART, year_hint=2024) == D


def test_month_day_without_any_year_is_none():
    assert parse_date("(02-20)") is None


def test_full_date_wins_over_month_day():
    assert parse_date("10-11 发布于 2019-02-20", year_hint=2023) == D


@pytest.mark.parametrize("text", [
    "2019-02-30",  # no such day
    "2019-13-01",
    "2019年2月30日",
    "02-30",
    "电话：0477-2258659",  # phone numbers
    "联系电话：0795-3588888 传真：0795-3588889",
    "蒙ICP备13001412号-2",  # filing numbers
    "京公网安备11010202000001号",
    "2019年度工作报告",  # a year, not a date
    "共12页 第1/12页",  # page counters
    "1/2",
    "第10/12页",
    "总数 53365.53 亿元",
    "版本 2.8.0",
    "",
])
def test_not_dates(text):
    assert parse_date(text, year_hint=2019) is None


def test_match_date_returns_the_shown_text():
    assert match_date("[2019-02-20]") == (D, "2019-02-20")
    assert match_date("发布时间：2019年2月20日 10:30") == (D, "2019年2月20日")
    assert match_date("(02-20)", url=ART) == (D, "02-20")


def test_find_dates_in_order_and_valid_only():
    assert find_dates("2019-02-20 2019-02-30 2018年1月5日 (03-01)") == [D, date(2018, 1, 5)]
    assert find_dates("") == []


@pytest.mark.parametrize(("url", "expected"), [
    ("http://www.a.gov.cn/xw/201902/t20190220_123.html", D),
    ("http://www.a.gov.cn/xw/t20190220_123.shtml", D),
    ("./201902/t20190220_123.html", D),
    ("http://www.a.gov.cn/art/2019/2/20/art_123_456.html", D),
    ("http://www.a.gov.cn/art/2019/12/3/art_123_456.html", date(2019, 12, 3)),
    ("http://www.gov.cn/xinwen/2019-02/20/content_5367099.htm", D),
    ("http://www.a.gov.cn/news/20190220/12.html", D),
    ("http://www.a.gov.cn/xw/201902/t20190230_1.html", None),  # not a real day
    ("http://www.sc.gov.cn/10462/10595/2019/2/20/e651244f5f89400a95c651e2f53de7fe.shtml", D),  # UCAP: a folder a day
    ("http://www.a.gov.cn/zwgk/2019/2/20/", None),  # folders, no article in the last
    ("http://www.a.gov.cn/zwgk/2019/2/20/3/list.html", None),  # three numbers under a year: not a day's folder
    ("http://www.a.gov.cn/n3/n13/c672769/content.html", None),
    ("http://www.a.gov.cn/col/col12377/index.html", None),
    ("http://www.a.gov.cn/ycsrmzf/zwyw/202310/34e1d41233c34c52a652e278c5529a33.shtml", None),  # a month only
    ("http://www.a.gov.cn/zcwj/P020190220553429683452.pdf", D),  # a document's file TRS names by its day
    ("http://www.a.gov.cn/zcwj/202103/P020190220553429683452.DOCX", D),
    ("http://www.a.gov.cn/zcwj/P020190220553429683452.jpg", None),  # a picture of an article, no document
    ("http://www.a.gov.cn/zcwj/P0201902.pdf", None),  # no serial after the day
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("http://www.a.gov.cn/xw/201902/t20190220_123.html", 2019),
    ("http://www.a.gov.cn/ycsrmzf/zwyw/202310/34e1d41233c34c52a652e278c5529a33.shtml", 2023),
    ("http://www.a.gov.cn/xinwen/2018-07/abc.htm", 2018),
    ("http://www.a.gov.cn/news/2017/abc.htm", 2017),
    ("http://www.a.gov.cn/n3/n13/c672769/content.html", None),
    ("http://www.a.gov.cn/list.jsp?id=2019", None),
    ("http://jyj.a.gov.cn/contents/2015/35210.html", None),  # SiteServer: a channel's number, no year
    ("http://www.a.gov.cn/info/1992/4101.htm", None),  # 博达 (VSB): a column's id, no year
    ("http://www.a.gov.cn/qxdt/2019/35210.html", None),  # a node's id, then the article's: no year either
    ("http://www.a.gov.cn/news/2017/12/35210.html", 2017),  # under a year and a month
    (None, None),
])
def test_year_from_url(url, expected):
    assert year_from_url(url) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("05 2026-10", date(2026, 10, 5)), ("1 2026/10", date(2026, 10, 1)), ("05 2026年10月", date(2026, 10, 5)),
    ("2026.10 05", date(2026, 10, 5)), ("2026年10月 5日", date(2026, 10, 5)),
    ("０５ ２０２６－１０", date(2026, 10, 5)),
    ("31 2026-02", None), ("01 2026-13", None),  # no such day
    ("5 2026-10-01", None), ("第5 2026-10", None), ("05 10月", None), ("12 2026", None), ("05 2026-10 访问", None),
    # the month and day apart from the year, either first
    ("11-21 2025", date(2025, 11, 21)), ("2025 11-21", date(2025, 11, 21)), ("11.21 2025", date(2025, 11, 21)),
    ("11月21日 2025年", date(2025, 11, 21)), ("2025年 11月21日", date(2025, 11, 21)), ("02-30 2025", None),
    ("11-21 2025 访问", None), ("11-21 10:30", None),
])
def test_calendar_box_cells(cell, expected):
    """A list cell that shows the day apart from the year and month: read only when the cell holds nothing else."""
    assert match_split_date(cell) == expected


@pytest.mark.parametrize(("guess", "found", "years"), [
    (date(2026, 11, 23), date(2025, 11, 23), 1),
    (date(2026, 11, 23), date(2023, 11, 20), 3),  # within a week of the same day
    (date(2026, 11, 23), date(2026, 11, 23), 0),
    (date(2026, 11, 23), date(2025, 6, 1), 0),  # no same day in any year: nothing to go by
    (date(2024, 2, 29), date(2023, 2, 28), 1),
])
def test_how_many_years_a_month_day_guess_is_ahead(guess, found, years):
    assert years_ahead(guess, found) == years


def test_shift_years_keeps_the_day_or_the_last_of_february():
    assert shift_years(date(2026, 11, 23), -2) == date(2024, 11, 23)
    assert shift_years(date(2024, 2, 29), -1) == date(2023, 2, 28)


@pytest.mark.parametrize(("text", "url", "expected"), [
    ("01-05", "http://www.a.gov.cn/xw/202512/t20251231_1.html", date(2026, 1, 5)),  # made 31 December, put up later
    ("12-30", "http://www.a.gov.cn/xw/202601/t20260102_1.html", date(2025, 12, 30)),  # made after it was dated
    ("06-01", "http://www.a.gov.cn/xw/202606/t20260601_1.html", date(2026, 6, 1)),
    ("01-05", "http://www.a.gov.cn/xw/2025/list.html", date(2025, 1, 5)),  # a year alone: that year
])
def test_a_month_day_is_the_nearest_such_day_to_its_articles_address(text, url, expected):
    assert parse_date(text, url=url) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[11.25]", date(2026, 11, 25)), ("县长调研乡村振兴工作 (11.25)", date(2026, 11, 25)),
    ("提高1.5倍", None), ("(12.5%)", None), ("版本(2.0)", None),  # a number, a share, a version: no day
])
def test_a_bracketed_month_day_with_a_dot(text, expected):
    assert parse_date(text, year_hint=2026) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[26-11-25]", date(2026, 11, 25)),  # PHP's date('y-m-d'): a two-digit year
    ("26-11-25 10:32", date(2026, 11, 25)),
    ("<font>[09-03-05]</font>", date(2009, 3, 5)),
    ("26-13-25", None),  # no month 13
    ("0799-86-12-34", None),  # a phone number's tail
    ("2026-11-25", date(2026, 11, 25)),  # a four-digit year is read as it was
])
def test_a_two_digit_year(text, expected):
    assert parse_date(text) == expected
    assert find_dates(text) == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Nov 25, 2026", date(2026, 11, 25)),  # an English sub-site's
    ("Updated: Sept. 3, 2026 17:06", date(2026, 9, 3)),
    ("November 25th, 2026", date(2026, 11, 25)),
    ("25 Nov 2026", date(2026, 11, 25)),
    ("Mayor 25, 2026", None),  # a word that begins like a month
    ("Nov 31, 2026", None),
])
def test_a_month_named_in_english(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇二六年十一月二十日", date(2026, 11, 20)),  # Chinese numerals, as a 公文's 落款 writes a date
    ("发布日期：二〇二六年一月一日", date(2026, 1, 1)),
    ("二零二六年十二月三十一日", date(2026, 12, 31)),
    ("二〇二六年十月十日", date(2026, 10, 10)),
    # the zero a circle typed in its place, as many a 公文 has it: ○ (U+25CB), ◯ (U+25EF)
    ("发布日期：二○二六年十一月十四日", date(2026, 11, 14)),
    ("二◯二六年一月五日", date(2026, 1, 5)),
    ("二○二六年十三月一日", None),
    ("二〇二六年十三月一日", None),
    ("二〇二六年度工作要点", None),
])
def test_a_date_in_chinese_numerals(text, expected):
    assert parse_date(text) == expected



@pytest.mark.parametrize(("cell", "days"), [
    ("09:30", 0), ("９：３０", 0), ("今天 09:30", 0), ("2小时前", 0), ("刚刚", 0), ("昨天 16:20", 1), ("昨天", 1),
    ("前天", 2), ("3天前", 3), ("12 天前", 12),
])
def test_a_date_shown_relative_to_the_day_its_page_is_served(cell, days):
    assert days_ago(cell) == days


@pytest.mark.parametrize("cell", ["2026-11-30", "第3页", "10:30-11:30", "3天", "会议时间：09:30", "共5天前后", ""])
def test_no_relative_date(cell):
    assert days_ago(cell) is None


@pytest.mark.parametrize(("cell", "days"), [
    # DedeCMS's tranTime() and its kind: N小时前 and the article's time, which tells the day the hours reach back to
    ("3小时前 06:30", 0), ("15小时前 18:30", 1), ("23小时前 23:59", 1), ("1 小时前 08:00", 0),
    ("12分钟前 10:20", 0), ("2天前 10:32", 2),
    ("半小时前", 0), ("几秒前", 0), ("几分钟前", 0),
    # under the template's publication label
    ("发布时间：5小时前 04:10", 0), ("发布于 3 小时前", 0), ("更新时间：昨天 16:20", 1), ("发布日期：3天前", 3),
])
def test_relative_dates_as_php_helpers_write_them(cell, days):
    assert days_ago(cell) == days


# 今日 alone may be a badge beside a row (今日 | 热点), no date of its own
@pytest.mark.parametrize("cell", ["时间：09:30", "会议时间：今天", "3小时", "今天是星期一", "发布时间：", "今日",
                                  "今天"])
def test_no_relative_date_under_another_label(cell):
    assert days_ago(cell) is None


@pytest.mark.parametrize(("cell", "expected"), [
    ("20261120", date(2026, 11, 20)), ("[20261120]", date(2026, 11, 20)), ("（20260105）", date(2026, 1, 5)),
    ("发布日期：20261120", date(2026, 11, 20)), ("２０２６１１２０", date(2026, 11, 20)),
    # no real day, a year too old or after the inspection's, not eight figures alone: an id's or a number's
    ("20261320", None), ("20260231", None), ("19901120", None), ("20271120", None), ("2026112", None),
    ("202611201", None), ("No.20261120", None), ("成文日期：20261120", None), ("关于20261120号文件", None),
])
def test_a_dates_figures_run_together_in_a_cell_of_their_own(cell, expected):
    from govcheck.judge.dates import match_solid_date

    assert match_solid_date(cell, 2026) == expected


WEDNESDAY = date(2026, 12, 9)


@pytest.mark.parametrize(("cell", "days"), [
    ("本周一", 2), ("本周三", 0), ("这周二", 1), ("上周三", 7), ("上周日", 3), ("上周天", 3), ("上周五 16:20", 5),
    ("发布时间：上周一", 9), ("大前天", 3), ("大前天 08:15", 3),
    # a day of this week after today, a weekday alone, weeks or months ago (how long at least, not the day)
    ("本周四", None), ("本周日", None), ("周三", None), ("2周前", None), ("1个月前", None), ("3 个月前", None),
])
def test_a_day_of_this_week_or_last(cell, days):
    assert days_ago(cell, WEDNESDAY) == days
    assert days_ago(cell) == (3 if cell.startswith("大前天") else None)  # no day of the week without today


@pytest.mark.parametrize(("text", "url", "expected"), [
    # put up after the new year, written in December: the folder's next year
    ("01-03", "/rsrm/202512/content_1.html", date(2026, 1, 3)),
    ("1月2日", "/tzgg/2025-12/content_2.html", date(2026, 1, 2)),
    ("01-05", "/xwdt/2025/12/35210.html", date(2026, 1, 5)),
    ("02-20", "/tzgg/202512/content_3.html", date(2026, 2, 20)),
    # within the folder's year: its own month, a day typed in ahead, or far from the turn of the year
    ("12-28", "/rsrm/202512/content_1.html", date(2025, 12, 28)),
    ("11-28", "/rsrm/202512/content_1.html", date(2025, 11, 28)),
    ("10-28", "/rsrm/202512/content_1.html", date(2025, 10, 28)),
    ("09-15", "/tzgg/202603/content_4.html", date(2026, 9, 15)),
    # a year alone keeps it
    ("01-03", "/xwdt/2025/content_5.html", date(2025, 1, 3)),
])
def test_a_month_day_under_a_folder_of_a_year_and_month(text, url, expected):
    assert parse_date(text, url=url) == expected
