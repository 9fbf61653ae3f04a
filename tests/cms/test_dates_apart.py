"""Dates a list row shows apart from any one cell's date (govcheck/cms/apart_dates.py): a date's figures run together
under a bare label among other text (来源：本站 日期：20261120); the year, the month and the day each in an element of
the row (<span>2026</span><span>11</span><span>20</span>); a calendar box's day and year-month as children of the row
on either side of its title. Never figures no date label names (编号, 电话, a 文号 in a title), pieces out
of order, nor a day and a year-month where the row shows two of either: unsure, the row stays undated and its
article dates it."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list

BASE = "http://www.xx.gov.cn/qydt/"
AS_OF = date(2026, 12, 7)
DAYS = (20, 14, 10)
WANT = [date(2026, 11, d) for d in DAYS]
TITLE = "关于开展冬季安全生产大检查的通知"


def dates(row: str, title: str = TITLE, tag: str = "li", box: str = "ul", days=DAYS) -> list:
    rows = "".join(f"<{tag}>" + row.format(a=f'<a href="/qydt/{d}.html">{title}</a>', d=d) + f"</{tag}>" for d in days)
    page = parse_list(Selector(text=f'<html><body><{box} class="list">{rows}</{box}></body></html>'),
                      BASE + "index.html", as_of=AS_OF, column=(BASE, "企业动态"))
    return [i.date for i in page.items]


@pytest.mark.parametrize("row", [
    # figures run together under a bare publication label
    "{a}<span>日期：202611{d}</span>",
    "{a}<span>发布日期:202611{d}</span>",
    "{a} 日期：202611{d}",
    '{a}<p class="info">来源：本站&nbsp;&nbsp;日期：202611{d}</p>',
    '{a}<p class="info">作者：办公室 | 发布时间：202611{d} | 浏览：35</p>',
    # a year, a month and a day each in an element
    "{a}<span>2026</span><span>11</span><span>{d}</span>",
    '<div class="time"><span>2026</span><span>11</span><span>{d}</span></div>{a}',
    "{a}<em>2026年</em><em>11月</em><em>{d}日</em>",
    # a calendar box's day and year-month as the row's children
    '<div class="day">{d}</div>{a}<div class="ym">2026-11</div>',
    '<span class="d">{d}</span><span class="ym">2026.11</span>{a}',
    '{a}<span class="ym">2026/11</span><span class="d">{d}</span>',
    '<b>{d}</b><p class="ym">2026年11月</p>{a}',
])
def test_a_date_shown_apart_dates_its_row(row):
    assert dates(row) == WANT


def test_a_year_a_month_and_a_day_each_in_a_cell_date_their_row():
    assert dates("<td>{a}</td><td>2026</td><td>11</td><td>{d}</td>", tag="tr", box="table") == WANT


@pytest.mark.parametrize("row", [
    "{a}<span>编号：202611{d}</span>",
    "{a}<span>电话：202611{d}</span>",
    '{a}<p class="info">来源：本站 202611{d}</p>',
    "{a}<span>成文日期：202611{d}</span>",
    "{a}<span>{d}</span><span>11</span><span>2026</span>",  # out of order: a day first is no year's piece
    "{a}<span>2026</span><span>{d}</span>",  # no month
    "{a}<span>2026</span><span>13</span><span>{d}</span>",  # no month 13
    "{a}<span>2026</span><span>11</span><span>{d}</span><span>2026</span><span>10</span><span>02</span>",  # two
    '<div class="day">{d}</div>{a}<div class="ym">2026-11</div><div class="ym">2026-10</div>',  # two year-months
    '<div class="day">{d}</div><div class="n">3</div>{a}<div class="ym">2026-11</div>',  # two days
    '<div class="day">31</div>{a}<div class="ym">2026-02</div>',  # no 31 February
])
def test_figures_that_are_no_one_date_shown_apart_date_nothing(row):
    assert not any(dates(row))


def test_solid_figures_in_a_title_date_nothing():
    assert not any(dates("{a}", title="关于转发示政发20261120号文件的通知"))


def test_figures_the_rows_count_up_beside_a_year_month_are_ranks_and_date_nothing():
    """A list numbered 1, 2, 3 beside each report's month (2026-11): ranks, never 1, 2 and 3 November."""
    assert not any(dates('<span class="num">{d}</span>{a}<span>2026-11</span>', days=(1, 2, 3)))
