"""Rounds without a crawl: the default round, parsing, and which run a run is compared with."""

from __future__ import annotations

from datetime import date

import pytest

from govcheck.rounds import (
    RoundError,
    RunInfo,
    baseline,
    default_round,
    parse_round,
    round_runs,
    round_title,
    run_scope,
    trend_ids,
)


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 1, 1), "2026Q1"), (date(2026, 3, 31), "2026Q1"), (date(2026, 4, 1), "2026Q2"),
    (date(2026, 9, 30), "2026Q3"), (date(2026, 11, 26), "2026Q4"), (date(2026, 12, 31), "2026Q4"),
])
def test_the_default_round_is_the_quarter_of_the_inspection_date(day, expected):
    assert default_round(day) == expected
    assert parse_round(None, day) == expected
    assert parse_round("", day) == expected


def test_a_round_is_read_and_upper_cased():
    assert parse_round(" 2019q1 ", date(2026, 11, 26)) == "2019Q1"
    assert round_title("2019Q1") == "2019年第一季度"
    assert round_title("2026Q4") == "2026年第四季度"
    assert round_title(None) == ""


@pytest.mark.parametrize("bad", ["2019Q5", "2019Q0", "19Q1", "2019-Q1", "2019Q1x", "Q1", "2019"])
def test_a_malformed_round_is_one_line(bad):
    with pytest.raises(RoundError) as exc:
        parse_round(bad, date(2026, 11, 26))
    assert "\n" not in str(exc.value) and "YYYYQn" in str(exc.value)


def test_scope_of_a_run():
    assert run_scope(None, None) == "round"
    assert run_scope(None, "qx") == "subset"
    assert run_scope("https://www.example.gov.cn/", None) == "adhoc"


def runs(*rows):
    return [RunInfo(i, r, scope, status) for i, (r, scope, status) in enumerate(rows, start=1)]


def test_an_adhoc_run_between_two_rounds_is_never_the_baseline():
    stored = runs(("2026Q3", "round", "complete"), ("2026Q4", "adhoc", "complete"),
                  ("2026Q4", "subset", "complete"), ("2026Q4", "round", "complete"))
    assert baseline(stored, stored[3]) == 1
    assert trend_ids(stored, stored[3], 8) == [1]
    # the ad hoc run itself is compared with the last round run before it
    assert baseline(stored, stored[1]) == 1
    assert round_runs(stored) == {"2026Q3": 1, "2026Q4": 4}


def test_the_newest_complete_round_run_stands_for_its_round():
    stored = runs(("2026Q2", "round", "complete"), ("2026Q3", "round", "complete"),
                  ("2026Q3", "round", "complete"), ("2026Q3", "round", "failed"),
                  ("2026Q4", "round", "running"), ("2026Q4", "round", "complete"))
    assert baseline(stored, stored[5]) == 3
    assert trend_ids(stored, stored[5], 8) == [1, 3]
    assert trend_ids(stored, stored[5], 2) == [3]
    # a second run of a round is compared with the round before, not with the first run of its own round
    assert baseline(stored, stored[2]) == 1


def test_a_first_round_has_no_baseline():
    stored = runs(("2026Q4", "adhoc", "complete"), ("2026Q4", "round", "complete"))
    assert baseline(stored, stored[1]) is None
    assert baseline(stored, stored[0]) is None
    assert trend_ids(stored, stored[1], 8) == []


def test_an_earlier_round_crawled_later_is_still_the_earlier_round():
    stored = runs(("2026Q4", "round", "complete"), ("2026Q3", "round", "complete"))
    assert baseline(stored, stored[0]) == 2
    assert baseline(stored, stored[1]) is None
