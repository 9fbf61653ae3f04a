"""Ages (1个月前), two-digit years dotted or slashed (26.11.20) and a day box's month alone (20 11月), as list
cells show them: the pure readers of govcheck/judge/dates.py."""

from __future__ import annotations

from datetime import date

import pytest

from govcheck.judge.dates import SHOWN_YEAR, age_span, match_date, match_short_year, split_month_day


@pytest.mark.parametrize(("cell", "span"), [
    ("1周前", (7, 13)), ("2周前", (11, 20)), ("3周前", (18, 27)), ("2个星期前", (11, 20)),
    ("1个月前", (26, 60)), ("3个月前", (77, 121)), ("3 个月前", (77, 121)), ("两个月前", (46, 91)),
    ("6个月前", (168, 213)), ("半个月前", (7, 30)), ("1年前", (320, 730)), ("2年前", (548, 1095)),
    ("发布时间：1个月前", (26, 60)),
])
def test_an_age_means_a_span_of_days_from_the_fewest_any_library_rounds_to_the_most(cell, span):
    """moment.js and dayjs say "a month ago" from 26 days and round N units from N - 0.5; timeago.js and PHP helpers
    count whole units, up to N + 1 less a day."""
    assert age_span(cell) == span


@pytest.mark.parametrize("cell", ["3天前", "0个月前", "1个月前发布的通知", "关于1个月前", "2026年1月", "第3周"])
def test_no_age_in_other_cells(cell):
    assert age_span(cell) is None


def test_an_age_of_a_month_is_stale_as_news_and_fresh_as_a_notice_whatever_day_it_was():
    fewest, most = age_span("1个月前")
    assert fewest > 14 and most <= 180


@pytest.mark.parametrize(("cell", "day"), [
    ("26.11.20", date(2026, 11, 20)), ("26/11/20", date(2026, 11, 20)), ("[26/11/20]", date(2026, 11, 20)),
    ("(26.01.05)", date(2026, 1, 5)),
])
def test_a_two_digit_year_dotted_or_slashed_alone_in_a_cell(cell, day):
    assert match_short_year(cell, date(2026, 11, 26)) == day
    assert SHOWN_YEAR.search(cell)  # its year shown: never shifted back as a month-day's guess


@pytest.mark.parametrize("cell", [
    "26.11.27",      # after the inspection day: a day-first 26 November 2027? never read
    "26.13.01", "26.02.30", "26.11.20.1", "1.2.3", "v26.11.20", "26.11/20", "11.20", "0799.11.20",
    "版本 26.11.20",
])
def test_no_two_digit_year_date_where_it_could_be_another_thing(cell):
    assert match_short_year(cell, date(2026, 11, 26)) is None


@pytest.mark.parametrize(("cell", "shown"), [
    ("20 11月", "11月20日"), ("05 1月", "1月5日"), ("11月 20", "11月20日"), ("11月20", "11月20日"),
])
def test_a_day_box_of_the_day_and_its_month_alone_is_a_month_day(cell, shown):
    assert split_month_day(cell) == shown


@pytest.mark.parametrize("cell", ["20 11", "30 2月", "20 13月", "2026 11月", "20 2026-11"])
def test_no_month_day_in_a_box_without_its_month_word_or_a_real_day(cell):
    assert split_month_day(cell) is None


def test_the_month_day_of_a_box_takes_its_year_as_any_month_day_does():
    assert match_date(split_month_day("20 11月"), year_hint=2026)[0] == date(2026, 11, 20)
    assert match_date(split_month_day("20 11月"), url="/jcdt/2025/content_1.html")[0] == date(2025, 11, 20)


def test_every_age_shows_before_so_a_row_without_it_is_not_read_for_one():
    """cms/row_dates.py reads a row for an age only where its text holds 前 (_AGE_HINT): every pattern ends so."""
    from govcheck.judge.dates import _ages

    assert all(pattern.pattern.endswith("前$") for pattern, _ in _ages())


@pytest.mark.parametrize(("raw", "guessed"), [
    ("11-25", True), ("[11.25]", True), ("11月25日", True), ("11/25", True),
    ("3天前", False), ("1个月前", False), ("昨天 09:30", False), ("上周五 16:20", False),  # counted back, no year
    ("2026-11-25", False), ("26.11.25", False),  # a year shown
])
def test_only_a_month_day_alone_has_its_year_guessed(raw, guessed):
    from govcheck.judge.dates import year_guessed

    assert year_guessed(raw, "http://www.xx.gov.cn/gqdt/content_1.html") is guessed
    assert not year_guessed(raw, "http://www.xx.gov.cn/gqdt/202611/t20261125_1.html")
