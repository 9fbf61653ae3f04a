"""Dates of two-digit figures alone: the year first (26/11/20, 26-11-20), as most templates write them, or the month
first (11/10/26), as an English template does (govcheck/cms/short_years.py): a list's rows settle the order, else the
addresses of their articles, else nothing does and the rows are undated (their articles tell), never a day fifteen
years back (11/10/26 as 26 October 2011). And dates of four figures' years written month first (11/20/2026)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.judge.dates import address_agrees, match_date

BASE = "http://www.xx.gov.cn/notices/"
AS_OF = date(2026, 11, 26)


def dated(shown: list[str], folders: bool = False) -> list:
    def url(k, text):
        if not folders:
            return f"/notices/content_{500 - k}.html"
        m, d, y = text.strip("[]").replace("-", "/").split("/")
        return f"/notices/20{y}{m}/{d}/content_WS{500 - k}.html"

    rows = "".join(f'<li><a href="{url(k, d)}">Notice on the city\'s winter heating supply No. {k}</a>'
                   f"<span>{d}</span></li>" for k, d in enumerate(shown))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=AS_OF, column=(BASE, "通知公告"))
    return [(i.date, i.raw_date) for i in page.items]


def test_a_row_that_can_be_read_month_first_only_settles_its_list():
    assert [d for d, _ in dated(["11/20/26", "11/03/26", "10/09/26", "09/30/26"])] == [
        date(2026, 11, 20), date(2026, 11, 3), date(2026, 10, 9), date(2026, 9, 30)]


@pytest.mark.parametrize("shown", [["11/10/26", "10/09/26", "09/08/26", "08/07/26"],
                                   ["[11/10/26]", "[10/09/26]", "[09/08/26]", "[08/07/26]"],
                                   ["11-10-26", "10-09-26", "09-08-26", "08-07-26"]])
def test_figures_either_order_reads_are_month_first_where_the_addresses_folders_say_so(shown):
    assert [d for d, _ in dated(shown, folders=True)] == [
        date(2026, 11, 10), date(2026, 10, 9), date(2026, 9, 8), date(2026, 8, 7)]


def test_figures_either_order_reads_with_no_address_to_tell_date_no_row():
    assert dated(["11/10/26", "10/09/26", "09/08/26", "08/07/26"]) == [(None, None)] * 4


@pytest.mark.parametrize("shown", [["26/11/20", "26/11/03", "26/10/14"], ["[26/11/20]", "[26/11/03]", "[26/10/14]"],
                                   ["26.11.20", "26.11.03", "26.10.14"], ["26-11-20", "26-11-03", "26-10-14"]])
def test_the_year_first_stays_where_the_month_first_reads_no_day(shown):
    assert [d for d, _ in dated(shown)] == [date(2026, 11, 20), date(2026, 11, 3), date(2026, 10, 14)]


def test_the_year_first_stays_where_the_addresses_say_so():
    rows = "".join(f'<li><a href="/notices/20{y}{m}/t20{y}{m}{d}_{k}.html">Notice on the winter heating No. {k}</a>'
                   f"<span>{y}/{m}/{d}</span></li>" for k, (y, m, d) in enumerate([("11", "10", "26"),
                                                                                  ("11", "09", "12")]))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=AS_OF, column=(BASE, "通知公告"))
    assert [i.date for i in page.items] == [date(2011, 10, 26), date(2011, 9, 12)]


@pytest.mark.parametrize(("text", "when"), [("11/20/2026", date(2026, 11, 20)), ("1/13/2026", date(2026, 1, 13)),
                                            ("Posted 09-30-2026", date(2026, 9, 30))])
def test_a_day_over_12_second_under_four_figures_of_a_year_is_read_month_first(text, when):
    assert match_date(text)[0] == when


def test_a_list_month_first_settles_its_rows_either_order_reads():
    assert [d for d, _ in dated(["11/20/2026", "11/05/2026", "10/14/2026"])] == [
        date(2026, 11, 20), date(2026, 11, 5), date(2026, 10, 14)]


def test_address_agrees():
    assert address_agrees(date(2026, 11, 10), "http://x.gov.cn/n/202611/10/content_1.html")
    assert not address_agrees(date(2011, 10, 26), "http://x.gov.cn/n/202611/10/content_1.html")
    assert address_agrees(date(2026, 11, 12), "http://x.gov.cn/n/202611/t20261110_1.html")
    assert address_agrees(date(2026, 11, 12), "http://x.gov.cn/n/content_1.html") is None


def epoch_rows(shown: list[str], as_of: date, urls: list[str] | None = None) -> list:
    base = "http://www.xx.gov.cn/gzdt/"
    urls = urls or [f"/gzdt/{500 - k}.html" for k in range(len(shown))]
    rows = "".join(f'<li><a href="{u}">全县秋冬季农业生产现场推进会第{k}次会议召开</a><span>{d}</span></li>'
                   for k, (u, d) in enumerate(zip(urls, shown, strict=True)))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), base + "index.html",
                      as_of=as_of, column=(base, "工作动态"))
    return [(i.date, i.raw_date) for i in page.items]


def test_the_empty_time_under_a_two_digit_year_is_no_day_of_2070():
    assert epoch_rows(["26-11-20", "26-11-03", "70-01-01", "26-09-30"], AS_OF)[2] == (None, None)
    assert match_date("70-01-01")[0] == date(1970, 1, 1)


def test_the_empty_time_under_a_month_day_below_a_row_it_reads_newer_than_is_no_date():
    # in January: 01-01 below 12-03 would read as this year's first day, the column's newest, its news fresh
    assert epoch_rows(["12-20", "12-03", "01-01", "11-30"], date(2027, 1, 10)) == [
        (date(2026, 12, 20), "12-20"), (date(2026, 12, 3), "12-03"), (None, None), (date(2026, 11, 30), "11-30")]
    urls = [f"/gzdt/2026-12-0{k + 1}/{k}.html" for k in range(4)]  # EmpireCMS's folder of the day it was made
    assert epoch_rows(["12-20", "12-03", "01-01", "11-30"], date(2027, 1, 10), urls)[2] == (date(2026, 12, 3), None)


def test_a_first_of_january_in_its_place_stays():
    assert epoch_rows(["01-01", "12-03"], date(2027, 1, 10)) == [(date(2027, 1, 1), "01-01"),
                                                                 (date(2026, 12, 3), "12-03")]


def test_figures_day_first_are_read_so_where_the_addresses_folders_say_so():
    rows = [("20", "11", "26"), ("03", "11", "26"), ("21", "10", "26")]
    html = "".join(f'<li><a href="/notices/20{y}{m}/{d}/content_WS{k}.html">Notice on the winter heating No. {k}</a>'
                   f"<span>{d}/{m}/{y}</span></li>" for k, (d, m, y) in enumerate(rows))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{html}</ul></body></html>'), BASE + "index.html",
                      as_of=AS_OF, column=(BASE, "通知公告"))
    assert [i.date for i in page.items] == [date(2026, 11, 20), date(2026, 11, 3), date(2026, 10, 21)]


def test_figures_day_first_only_are_read_so():  # 28/10/26: no year 2028 before the inspection day
    assert [d for d, _ in dated(["20/11/26", "03/11/26", "28/10/26"])] == [
        date(2026, 11, 20), date(2026, 11, 3), date(2026, 10, 28)]


def test_a_homepage_box_month_first_is_read_so():
    from govcheck.cms import homepage_dates

    days = [("11", "10"), ("10", "09"), ("09", "08")]
    rows = "".join(f'<li><a href="/notices/2026{m}/{d}/content_WS{k}.html">Notice on the winter heating No. {k}</a>'
                   f"<span>{m}/{d}/26</span></li>" for k, (m, d) in enumerate(days))
    sel = Selector(text=f'<html><body><div class="box"><h3>Notices</h3><ul>{rows}</ul></div></body></html>')
    listing = parse_list(sel, "http://en.xx.gov.cn/", as_of=AS_OF)
    assert homepage_dates(listing, sel, "http://en.xx.gov.cn/", AS_OF)[:3] == [
        date(2026, 11, 10), date(2026, 10, 9), date(2026, 9, 8)]


def test_the_addresses_outweigh_a_row_after_the_inspection_day():
    # 12/01/26 month first is after 26 November: no reason to read the list year first (26 January 2012, a stale
    # column) when every address's folder says month first
    assert [d for d, _ in dated(["12/01/26", "11/10/26", "10/09/26"], folders=True)] == [
        date(2026, 12, 1), date(2026, 11, 10), date(2026, 10, 9)]
