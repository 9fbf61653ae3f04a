"""Guangdong's gkmlpt directory: its 分类 tree read from window._CONFIG (govcheck/cms/gkmlpt.py)."""

import json

from parsel import Selector

from govcheck.cms.gkmlpt import gkml_tree
from govcheck.cms.navigation import find_column_links

PAGE = "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/index"
TREE = [{"id": 1, "name": "法定主动公开内容", "children": [
    {"id": 721, "name": "通知公告", "jump_url": "", "children": []}, {"id": 722, "name": "规划计划"}]},
    {"id": 9, "name": "政府信息公开指南", "jump_url": "/yjzjj/gkmlpt/guide", "children": []}]
CONFIG = (f"<script>window._CONFIG = {{SID: '662021', TREE: {json.dumps(TREE, ensure_ascii=False)},"
          " SERVICE_AREA_ID: 3};</script>")


def page(body: str) -> Selector:
    return Selector(text=f"<html><body><div class='nav'><a href='/yjzjj/'>首页</a></div><div id='app'></div>{body}"
                         "<script src='/gkmlpt/gkml/pc/js/app.js'></script></body></html>")


def test_each_leaf_at_its_lists_endpoint_under_its_group():
    assert gkml_tree(page(CONFIG), PAGE) == [
        ("通知公告", "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/721?page=1&sid=662021", "法定主动公开内容"),
        ("规划计划", "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/722?page=1&sid=662021", "法定主动公开内容"),
        ("政府信息公开指南", "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/guide", None)]


def test_the_tree_is_among_the_pages_column_links():
    names = {link.name: link.url for link in find_column_links(page(CONFIG), PAGE)}
    assert names["规划计划"] == "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/722?page=1&sid=662021"


def test_no_site_id_or_no_tree_gives_none():
    assert gkml_tree(page(CONFIG.replace("SID: '662021', ", "")), PAGE) == []
    assert gkml_tree(page("<script>var TREE = [{\"id\": 1, \"name\": \"a\"}];</script>"), PAGE) == []
    assert gkml_tree(page(CONFIG.replace('"id": 722, "name"', 'id: 722, name')), PAGE) == []  # no JSON: not read
