"""Dates written day first (20/11/2026, 20-11-2026): a day over 12 anywhere; a day and month that could each be the
other (05/11/2026) only where the list's other rows show days first and none second (govcheck/cms/day_first.py)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.judge.dates import match_date

BASE = "http://www.xx.gov.cn/hydt/"


def dates(shown: list[str]) -> list:
    rows = "".join(f'<li><a href="/hydt/content_{k}.html">全市粮食收购工作推进会第{k}次会议召开</a>'
                   f"<span>{d}</span></li>" for k, d in enumerate(shown))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 11, 26), column=(BASE, "行业动态"))
    return [i.date for i in page.items]


@pytest.mark.parametrize("text", ["23/11/2026", "23-11-2026", "[23/11/2026]", "发布时间：23/11/2026"])
def test_a_day_over_12_first_is_read_day_first(text):
    assert match_date(text)[0] == date(2026, 11, 23)


@pytest.mark.parametrize("text", ["05/11/2026", "0791-13-2026", "23/13/2026", "v1.23/11/2026"])
def test_nothing_else_is_read_day_first_alone(text):
    assert match_date(text) is None


def test_the_lists_rows_settle_the_order_of_the_others():
    assert dates(["23/11/2026", "05/11/2026", "28/10/2026", "10/10/2026"]) == [
        date(2026, 11, 23), date(2026, 11, 5), date(2026, 10, 28), date(2026, 10, 10)]


@pytest.mark.parametrize("shown", [
    ["05/11/2026", "03/11/2026", "10/10/2026"],  # nothing settles the order
    ["23/11/2026", "05/11/2026", "10/20/2026"],  # one row month first: the list says both
])
def test_a_list_that_does_not_settle_its_order_dates_no_such_row(shown):
    got = dates(shown)
    assert all(d is None for d, s in zip(got, shown, strict=True) if int(s[:2]) <= 12 and int(s[3:5]) <= 12)
