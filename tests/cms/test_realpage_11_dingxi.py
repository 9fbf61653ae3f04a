"""Realpage 11: the <datastore> of a Hanweb column on dingxi.gov.cn (通知公告-type), 45 records."""

from collections import Counter
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from govcheck.cms import parse_list
from govcheck.cms.hanweb import parse_hanweb_records
from tests.cms.pages import REAL_URLS, real, real_text

PAGE = "11-dingxi-hanweb-datastore-2022.html"
URL = REAL_URLS[PAGE]
CROSS_POSTED = "甘肃省人民政府教育督导委员会办公室关于开展2021年市（州）人民政府履行教育职责情况满意度调查的通知"


@pytest.fixture(scope="module")
def records():
    return parse_hanweb_records(real_text(PAGE), URL)


@pytest.fixture(scope="module")
def listing():
    return parse_list(*real(PAGE))


def test_record_count(records):
    assert len(records.items) == 45


def test_newest_and_oldest(records):
    dates = [i.date for i in records.items]
    assert max(dates) == date(2022, 1, 20)
    assert min(dates) == date(2021, 9, 30)


def test_page_order_kept_although_ids_do_not_follow_dates(records):
    dates = [i.date for i in records.items]
    assert dates == sorted(dates, reverse=True)
    ids = [int(i.url.rsplit("_", 1)[1].split(".")[0]) for i in records.items]
    assert ids != sorted(ids, reverse=True)


def test_cross_posted_notice_stays_twice(records):
    assert Counter(i.title for i in records.items)[CROSS_POSTED] == 2
    assert len({i.url for i in records.items if i.title == CROSS_POSTED}) == 2


def test_full_title_from_the_title_attribute(records):
    assert records.items[1].title.endswith("整改完成情况的公示")


def test_family(records, listing):
    assert records.family == "hanweb"
    assert listing.family == "hanweb"


def test_next_group_is_a_dataproxy_post(records):
    (url, form), = records.post_requests
    parts = urlsplit(url)
    assert parts.path == "/module/web/jpage/dataproxy.jsp"
    query = parse_qs(parts.query)
    assert (query["startrecord"], query["endrecord"], query["perpage"]) == (["46"], ["90"], ["15"])
    assert form["columnid"] == "12377"
    assert form["unitid"] == "38486"
    assert form["webid"] == "110"
    assert form["webname"] == "定西市政府信息公开平台"
    assert form["permissiontype"] == "0"
    assert form["col"] == "1" and form["appid"] == "1"


def test_parse_list_on_the_bare_datastore_reads_the_same(records, listing):
    assert [(i.url, i.date) for i in listing.items] == [(i.url, i.date) for i in records.items]
    assert [u for u, _ in listing.post_requests] == [u for u, _ in records.post_requests]


def test_a_notice_type_column(records):
    notices = [i for i in records.items if any(w in i.title for w in ("公告", "通告", "通知", "公示", "倡议"))]
    assert len(notices) >= 0.8 * len(records.items)
