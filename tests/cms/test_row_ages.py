"""List rows dated in forms of their own: an age alone (1个月前) read as the span it can mean and settled against a
column's limit, a two-digit year dotted or slashed, a day box's day and month alone, and a number column whose
figures look like a day's (编号 20261124): govcheck/cms/row_dates.py and date_columns.py, no crawl."""

from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.row_dates import ages_settled

AS_OF = date(2026, 11, 26)
BASE = "http://www.xx.gov.cn/gqdt/"


def rows(*cells: str, tag: str = "span") -> str:
    return "<html><body><ul class='list'>" + "".join(
        f"<li><a href='/gqdt/content_{n}.html'>国有企业改革第{n}项工作推进会召开</a><{tag}>{c}</{tag}></li>"
        for n, c in enumerate(cells, start=1)) + "</ul></body></html>"


def read(html: str, url: str = BASE):
    return parse_list(Selector(text=html), url, as_of=AS_OF)


def test_rows_dated_by_their_age_alone_take_the_latest_day_it_can_mean():
    page = read(rows("1个月前", "2个月前", "3个月前"))
    assert [i.date for i in page.items] == [date(2026, 10, 31), date(2026, 10, 11), date(2026, 9, 10)]
    assert [i.earliest for i in page.items] == [date(2026, 9, 27), date(2026, 8, 27), date(2026, 7, 28)]
    assert page.items[0].raw_date == "1个月前"


def test_an_age_beside_an_address_carrying_its_day_leaves_the_day_to_the_address():
    html = rows("1个月前", "2个月前", "3个月前").replace("/gqdt/content_1.html", "/gqdt/202610/t20261020_1.html")
    item = read(html).items[0]
    assert (item.date, item.earliest) == (date(2026, 10, 20), None)


@pytest.mark.parametrize(("cell", "limit", "dated"), [
    ("1个月前", 14, True),    # 26 to 60 days: stale as news whatever day it was
    ("1个月前", 180, True),   # fresh as a notice whatever day it was
    ("3个月前", 180, True),
    ("2周前", 14, False),     # 11 to 20 days: across news's limit, its article tells
    ("2周前", 180, True),
    ("6个月前", 180, False),  # 168 to 213 days
    ("1周前", 14, True),
])
def test_an_age_across_its_columns_limit_leaves_the_row_undated(cell, limit, dated):
    page = ages_settled(read(rows(cell, "4个月前", "5个月前")), AS_OF, limit)
    assert (page.items[0].date is not None) == dated
    assert page.items[0].raw_date == cell


def test_a_list_of_no_age_is_the_same_list_settled():
    page = read(rows("2026-11-20", "2026-11-18", "2026-11-16"))
    assert ages_settled(page, AS_OF, 14) is page


def test_no_age_read_without_the_inspection_day():
    assert parse_list(Selector(text=rows("1个月前", "2个月前", "3个月前")), BASE).items[0].date is None


@pytest.mark.parametrize(("cell", "day"), [
    ("26.11.20", date(2026, 11, 20)), ("[26/11/20]", date(2026, 11, 20)), ("25.12.31", date(2025, 12, 31)),
])
def test_a_two_digit_year_dotted_or_slashed_dates_its_row(cell, day):
    assert read(rows(cell, "25.10.01", "25.09.01")).items[0].date == day


def test_a_two_digit_year_after_the_inspection_day_dates_nothing():
    assert [i.date for i in read(rows("26.11.30", "26.11.20", "26.11.18")).items] == [
        None, date(2026, 11, 20), date(2026, 11, 18)]


def day_boxes(*days: tuple[int, int]) -> str:
    return "<html><body><ul class='list'>" + "".join(
        f"<li><div class='date'><span class='day'>{d:02d}</span><span class='mon'>{m}月</span></div>"
        f"<a href='/jcdt/content_{n}.html'>基层第{n}项工作推进会召开</a></li>"
        for n, (m, d) in enumerate(days, start=1)) + "</ul></body></html>"


def test_a_day_box_of_the_day_and_its_month_alone_takes_the_latest_year_not_after_the_inspection_day():
    page = read(day_boxes((11, 22), (11, 18), (12, 20)), "http://www.xx.gov.cn/jcdt/")
    assert [i.date for i in page.items] == [date(2026, 11, 22), date(2026, 11, 18), date(2025, 12, 20)]


def test_a_day_box_of_the_day_and_its_month_alone_takes_its_articles_year():
    html = day_boxes((11, 22)).replace("/jcdt/content_1.html", "/jcdt/2024/content_1.html")
    assert read(html, "http://www.xx.gov.cn/jcdt/").items[0].date == date(2024, 11, 22)


def numbered(ids: list[str], header: str | None, dated: bool = True) -> str:
    head = f"<tr><th>{header}</th><th>标题</th></tr>" if header else ""
    def path(k: int) -> str:
        return f"/jddt/202610/t202610{20 - k:02d}_{k}.html" if dated else f"/jddt/content_{k}.html"

    return "<html><body><table class='list'>" + head + "".join(
        f"<tr><td class='bh'>{n}</td><td><a href='{path(k)}'>监督检查第{k}项工作推进会召开</a></td></tr>"
        for k, n in enumerate(ids, start=1)) + "</table></body></html>"


def test_figures_under_a_number_header_never_date_a_row():
    page = read(numbered(["20261124", "20261123", "20261122"], "编号"), "http://www.xx.gov.cn/jddt/")
    assert [i.date for i in page.items] == [date(2026, 10, 19), date(2026, 10, 18), date(2026, 10, 17)]


def test_figures_where_any_row_shows_no_real_day_are_numbers_not_dates():
    page = read(numbered(["20261102", "20261101", "20261100"], None), "http://www.xx.gov.cn/jddt/")
    assert [i.date for i in page.items] == [date(2026, 10, 19), date(2026, 10, 18), date(2026, 10, 17)]


def test_a_column_of_real_days_run_together_under_no_number_header_still_dates_its_rows():
    """As a 信息公开 platform prints a date (20261205): read where the row shows no other date."""
    page = read(numbered(["20261124", "20261120", "20261117"], "发布日期", dated=False), "http://www.xx.gov.cn/jddt/")
    assert [i.date for i in page.items] == [date(2026, 11, 24), date(2026, 11, 20), date(2026, 11, 17)]
