"""A month-day in brackets at the head of a list link's own text ([12-29] 标题, Epoint's rows, realpage 74): the row's
date, its year the address's or the page's, preferred over the day the address's folder names; never a bracketed
number, nor a day that is no calendar's."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.title_dates import bare_title, title_date

URL = "http://www.zjgztb.com/ztzl/028002/20210104/c2b8fc54.html"


def test_a_bracketed_month_day_heading_the_text_dates_the_row_the_year_its_addresss():
    # put online on 4 January, shown 12-29: the year before the address's, the day shown
    assert title_date("[12-29] 苏州市公共资源交易中心举行银行电子保函首单启动仪式", URL, 2021) \
        == (date(2020, 12, 29), "12-29")
    assert title_date("【12-25】中心召开政府集中采购中心工作座谈会", URL.replace("0104", "0105"), 2021) \
        == (date(2020, 12, 25), "12-25")
    # no date in the address: the page's year
    assert title_date("[11-20] 关于开展安全生产检查的通知", "http://www.x.gov.cn/tzgg/123.html", 2026) \
        == (date(2026, 11, 20), "11-20")
    assert bare_title("[12-29] 苏州市公共资源交易中心举行银行电子保函首单启动仪式", "12-29") \
        == "苏州市公共资源交易中心举行银行电子保函首单启动仪式"


@pytest.mark.parametrize("title", [
    "[1] 关于开展安全生产检查的通知", "[2026]第3号 关于开展安全生产检查的通知", "[13-01] 关于开展安全生产检查的通知",
    "[02-30] 关于开展安全生产检查的通知", "关于 [12-29] 开展安全生产检查的通知", "(12-29) 关于开展安全生产检查的通知",
    "[12-29至12-31] 安全生产宣传周", "12-29 关于开展安全生产检查的通知", "[12-29]",
])
def test_no_other_bracketed_head_dates_a_row(title):
    assert title_date(title, "http://www.x.gov.cn/tzgg/123.html", 2026) is None


def test_a_shown_month_day_far_from_its_addresss_day_is_not_read():
    # shown in June, put online in January: no day of that address; the address's is kept
    assert title_date("[06-01] 关于开展安全生产检查的通知", URL, 2021) is None


def test_a_list_of_such_rows_is_dated_by_what_it_shows_never_after_the_inspection():
    rows = "".join(f'<li><a href="/hydt/{folder}/{n}.html" title="标题{n}">[{shown}] 行业动态第{n}条消息内容</a></li>'
                   for n, (shown, folder) in enumerate([("11-10", "20261116"), ("11-06", "20261117"),
                                                        ("12-20", "x")]))
    page = Selector(text=f"<html><body><ul>{rows}</ul></body></html>")
    got = parse_list(page, "http://www.jt.gov.cn/hydt/index.html", as_of=date(2026, 11, 26))
    assert [(i.title, i.date) for i in got.items] == [
        ("行业动态第0条消息内容", date(2026, 11, 10)), ("行业动态第1条消息内容", date(2026, 11, 6)),
        ("行业动态第2条消息内容", date(2025, 12, 20))]  # a month-day after the inspection day: last year's
