"""A column at its list's endpoint (a gkmlpt category, cms/gkmlpt.py): its JSON answer is its list."""

from __future__ import annotations

import json

from parsel import Selector
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


def test_a_directorys_tree_is_followed_however_deep_its_page():
    spider = portal_spider()
    tree = [{"id": 722, "name": "规划计划", "children": []}]
    html = (f"<html><body><div id='app'></div><script>window._CONFIG = {{SID: '662021', TREE: {json.dumps(tree)}}};"
            "</script><div class='nav'><a href='/zwgk/zcwj/'>政策文件</a></div></body></html>")
    sel = Selector(text=html)
    deep = {"name": "政府信息公开目录", "level": 2}  # under a 政务公开 hub: its menu's other links are not followed
    links = spider.column_links(sel, f"{HOME}gkmlpt/index", spider.sites[0], False, deep)
    assert [(link.name, target, parent) for link, target, parent in links] == [
        ("规划计划", URL, "政府信息公开目录")]
