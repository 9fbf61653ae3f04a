"""Realpage 43, a WordPress theme's archive list (insign/10rt) rendered by hand (tests/fixtures/realpages/README.md):
an English sub-site's Notices dated month first under a two-digit year (m/d/y), each in its month's first twelve days,
whose permalinks' folders (/2018/11/) tell the order; and realpage 45, 柘城县's EmpireCMS 部门动态, under the list
template's time format y-m-d (EmpireCMS's 时间显示格式, PHP's date()): its empty time shown 70-01-01."""

import re
from datetime import date

from parsel import Selector

from govcheck.cms import parse_list
from tests.cms.pages import real_text


def _listing(name: str, url: str, column: tuple[str, str], as_of: date, ymd: bool = False):
    text = real_text(name)
    if ymd:  # each date of its own line as y-m-d writes it: 2018-06-29 as 18-06-29, 1970-01-01 as 70-01-01
        text = re.sub(r"(?m)^(\s*)(?:19|20)(\d\d-\d\d-\d\d)$", r"\1\2", text)
    return parse_list(Selector(text=text), url, as_of=as_of, column=column)


def test_43_notices_month_first_are_of_their_folders_year_never_2011():
    page = _listing("43-wp10rt-notices-mdy-2018.html", "http://en.example.gov.cn/notices/",
                    ("http://en.example.gov.cn/notices/", "Notices 通知公告"), date(2018, 11, 20))
    assert [(i.date, i.raw_date) for i in page.items] == [
        (date(2018, 11, 9), "11/09/18"), (date(2018, 11, 2), "11/02/18"), (date(2018, 10, 12), "10/12/18"),
        (date(2018, 10, 8), "10/08/18"), (date(2018, 9, 10), "09/10/18"), (date(2018, 8, 6), "08/06/18")]


def test_45_under_y_m_d_its_empty_time_is_its_addresses_day_never_2070():
    page = _listing("45-zhecheng-bmdt-epoch-2018.html", "http://www.zhecheng.gov.cn/ywdt/bmdt/index_4.html",
                    ("http://www.zhecheng.gov.cn/ywdt/bmdt/", "部门动态"), date(2018, 7, 27), ymd=True)
    assert len(page.items) == 14
    assert (page.items[0].date, page.items[0].raw_date) == (date(2018, 6, 29), "18-06-29")
    assert [i.date for i in page.items[:13]] == sorted((i.date for i in page.items[:13]), reverse=True)
    last = page.items[-1]
    assert (last.title, last.date, last.raw_date) == ("县环保局全力做好环境污染防治重点工作", date(2018, 6, 28), None)
