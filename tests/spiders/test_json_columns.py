"""A column at its list's endpoint (a gkmlpt category, cms/gkmlpt.py): its JSON answer is its list."""

from __future__ import annotations

import json

from scrapy.http import Request, TextResponse

from govcheck.items import ColumnItem
from tests.spiders.helpers import HOME, portal_spider

URL = f"{HOME}gkmlpt/api/all/722?page=1&sid=662021"


def answer(body: str) -> TextResponse:
    spider = portal_spider()
    column = {"name": "规划计划", "parent": "法定主动公开内容", "top_level": False, "source": "nav", "level": 2}
    meta = spider.page_request(URL, spider.sites[0], 2, column=column).meta
    request = Request(URL, meta=meta)
    response = TextResponse(URL, body=body.encode(), headers={"Content-Type": "application/json"}, request=request,
                            encoding="utf-8")
    return list(spider.json_column(response))


def test_an_answer_of_no_list_leaves_the_category_unverified_never_empty():
    (item,) = answer('{"code": 500, "msg": "系统繁忙"}')
    assert isinstance(item, ColumnItem) and item.reason == "栏目列表数据接口返回错误：系统繁忙"
    assert item.url == f"{HOME}gkmlpt/api/all/722?sid=662021"


def test_an_empty_list_is_an_empty_category():
    (item,) = answer(json.dumps({"classify": {"id": 722}, "total": 0, "articles": []}))
    assert isinstance(item, ColumnItem) and item.reason is None and item.placeholder and item.dates == []


def test_its_articles_date_the_category():
    arts = [{"id": 1, "title": "示范县国土空间总体规划（2021—2035年）", "url": "/gkmlpt/content/0/1/post_1.html",
             "date": 1759890600}]
    (item,) = answer(json.dumps({"total": 1, "articles": arts}))
    assert isinstance(item, ColumnItem) and item.reason is None and [d.isoformat() for d in item.dates] == [
        "2025-10-08"]
