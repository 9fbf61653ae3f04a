"""Realpage 45: the last page of 柘城县's 部门动态 (EmpireCMS), whose last row shows 1970-01-01, the CMS's empty time
(an item whose time was cleared): no date, its address's day read instead; and the same in other list shapes."""

import json
from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.endpoints import parse_endpoint
from tests.cms.pages import real

PAGE = "45-zhecheng-bmdt-epoch-2018.html"
AS_OF = date(2018, 7, 27)


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=AS_OF, column=("http://www.zhecheng.gov.cn/ywdt/bmdt/", "部门动态"))


def test_fourteen_rows_thirteen_dated_as_shown(listing):
    assert len(listing.items) == 14
    assert [i.raw_date for i in listing.items[:13]] == [i.date.isoformat() for i in listing.items[:13]]
    assert (listing.items[0].date, listing.items[12].date) == (date(2018, 6, 29), date(2018, 6, 20))


def test_the_empty_time_is_no_date_its_address_tells(listing):
    last = listing.items[-1]
    assert last.title == "县环保局全力做好环境污染防治重点工作"
    assert (last.date, last.raw_date) == (date(2018, 6, 28), None)  # /ywdt/bmdt/2018-06-28/68.html
    assert all(i.date.year == 2018 for i in listing.items)


BASE = "http://www.xx.gov.cn/gzdt/"


def _list(rows: list[tuple[str, str]]) -> list:
    html = "".join(f'<li><a href="{u}">全县秋冬季农业生产现场推进会第{k}次会议召开</a><span>{d}</span></li>'
                   for k, (u, d) in enumerate(rows))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{html}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 11, 26), column=(BASE, "工作动态"))
    return [(i.date, i.raw_date) for i in page.items]


def test_a_list_sorted_by_id_whose_newest_rows_show_the_empty_time_is_as_new_as_their_addresses():
    assert _list([("/gzdt/2026-11-23/640922.html", "1970-01-01"), ("/gzdt/2026-11-19/640930.html", "1970-01-01"),
                  ("/gzdt/2026-11-08/640946.html", "2026-11-08"), ("/gzdt/2026-10-29/640961.html", "2026-10-29")]) == [
        (date(2026, 11, 23), None), (date(2026, 11, 19), None), (date(2026, 11, 8), "2026-11-08"),
        (date(2026, 10, 29), "2026-10-29")]


def test_an_empty_time_at_an_address_without_a_date_dates_nothing():
    assert _list([("/gzdt/512.html", "1970-01-01"), ("/gzdt/511.html", "1900-01-01"),
                  ("/gzdt/510.html", "2026-11-08")]) == [(None, None), (None, None), (date(2026, 11, 8), "2026-11-08")]


def test_an_endpoints_empty_time_dates_nothing():
    answer = json.dumps({"list": [{"title": "关于开展安全生产大检查的通知", "url": "/gzdt/513.html",
                                   "publishTime": "1970-01-01 08:00:00"},
                                  {"title": "全县冬季防火工作会议召开", "url": "/gzdt/512.html",
                                   "publishTime": "2026-11-08 09:00:00"}]}, ensure_ascii=False)
    page = parse_endpoint(answer, BASE + "index.html", as_of=date(2026, 11, 26), content_type="application/json")
    assert [i.date for i in page.items] == [None, date(2026, 11, 8)]
