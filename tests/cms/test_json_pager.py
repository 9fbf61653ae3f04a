"""The pager of a list endpoint's JSON answer (govcheck/cms/json_pager.py, parse_endpoint's request)."""

import json
from datetime import date

from govcheck.cms.endpoints import parse_endpoint
from govcheck.cms.json_pager import json_pager, paging_field

PAGE = "http://www.xx.gov.cn/zwgk/index.html"
GKML = "http://www.xx.gov.cn/gkmlpt/api/all/721?page=1&sid=662021"


def gkml_answer(total: int, days: list[int]) -> str:
    """An answer as gkmlpt's api/all gives it: the page's articles dated in epoch seconds, the list's total."""
    arts = [{"id": 963100 + k, "title": f"关于做好第{k}批项目申报工作的通知", "date": 1764120600 + d * 86400,
             "url": f"http://www.xx.gov.cn/gkmlpt/content/0/963/post_9631{k:02d}.html",
             "created_at": "", "display_publish_time": 1764120600 + d * 86400} for k, d in enumerate(days)]
    return json.dumps({"classify": {"id": 721, "post_count": total}, "total": total, "articles": arts})


def test_gkmlpt_total_over_the_items_shown_names_the_next_and_last_pages():
    assert json_pager(json.loads(gkml_answer(145, list(range(20)))), GKML, None, 20) == (
        "http://www.xx.gov.cn/gkmlpt/api/all/721?page=2&sid=662021",
        "http://www.xx.gov.cn/gkmlpt/api/all/721?page=8&sid=662021")


def test_its_last_page_names_none():
    last = GKML.replace("page=1", "page=8")
    assert json_pager(json.loads(gkml_answer(145, list(range(5)))), last, None, 5, size=20) == (None, None)
    # page two of twenty shown: page one's size, as the answer says nothing of it
    assert json_pager(json.loads(gkml_answer(145, list(range(20)))), GKML.replace("page=1", "page=2"), None, 20,
                      size=20)[0] == GKML.replace("page=1", "page=3")


def test_a_count_of_pages_and_a_posted_form():
    data = {"code": 200, "data": {"pageNo": 1, "pageSize": 10, "totalPage": 4, "list": [{"count": 999}]}}
    nxt, last = json_pager(data, "http://a.gov.cn/api/list.do", {"columnId": "12", "pageNo": "1"}, 10)
    assert nxt == ("http://a.gov.cn/api/list.do", {"columnId": "12", "pageNo": "2"})
    assert last == ("http://a.gov.cn/api/list.do", {"columnId": "12", "pageNo": "4"})


def test_the_size_asked_counts_before_the_items_shown():
    data = {"total": 30, "rows": [{"title": "a"}] * 15}  # a short page: 15 shown of the 10 asked is no matter
    assert json_pager(data, "http://a.gov.cn/list?current=1&size=10", None, 15)[1] == \
        "http://a.gov.cn/list?current=3&size=10"


def test_a_page_counted_from_zero():
    data = {"totalElements": 25, "content": [{}] * 10}
    assert json_pager(data, "http://a.gov.cn/list?page=0", None, 10) == (
        "http://a.gov.cn/list?page=1", "http://a.gov.cn/list?page=2")


def test_no_page_asked_or_no_count_names_none():
    assert json_pager({"total": 145, "list": [{}] * 20}, "http://a.gov.cn/list.json", None, 20) == (None, None)
    assert json_pager({"list": [{}] * 20}, "http://a.gov.cn/list.json?page=1", None, 20) == (None, None)
    assert json_pager({"total": 145, "list": []}, "http://a.gov.cn/list.json?page=1", None, 0) == (None, None)


def test_parse_endpoint_gives_the_pages_of_a_request_and_reads_epoch_seconds():
    page = parse_endpoint(gkml_answer(36, list(range(10))), PAGE, request=(GKML, None))
    assert page.items[0].date == date(2025, 11, 26)
    assert page.next_pages == [GKML.replace("page=1", "page=2")]
    assert page.last_page == GKML.replace("page=1", "page=4")
    assert parse_endpoint(gkml_answer(36, list(range(10))), PAGE).next_pages == []  # no request: no pages


def test_paging_fields():
    assert paging_field("pageNo") and paging_field("PAGESIZE") and not paging_field("sid")
