"""A menu's column whose page is one article and no list, read on fake responses: a news or notice column judged by
the day its text shows (its finding saying it holds one article), any other page static, and no day unsure."""

from __future__ import annotations

import pytest

from govcheck.items import ColumnItem
from govcheck.spiders.columns import ONE_ARTICLE
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

URL = f"{HOME}djdt/202609/t20260912_280430.html"
TEXT = ("<p>近日，示范市退役军人事务局机关党委召开党建工作推进会，传达学习上级有关会议精神，部署下一阶段重点工作。</p>"
        "<p>会议要求，各支部要压实责任，细化措施，确保各项任务落到实处。</p>")


@pytest.fixture
def spider():
    return portal_spider()


def read(spider, name: str, info: str = "<p>发布时间：2026-09-12 09:00　来源：示范市退役军人事务局</p>",
         body: str = TEXT) -> list:
    hint = {"name": name, "parent": None, "top_level": True, "source": "nav", "level": 1}
    page = response(URL, f"<html><head><title>召开党建工作推进会 - 示范市退役军人事务局</title></head><body>"
                         f'<div class="position">当前位置：<a href="/">首页</a> &gt; {name}</div>'
                         f'<h1>示范市退役军人事务局机关党委召开党建工作推进会</h1>{info}'
                         f'<div class="content">{body}</div>'
                         "</body></html>", meta=page_meta(spider, URL, column=hint))
    return list(spider.column_from_listing(page, spider.read_listing(page.selector, URL), hint, URL))


@pytest.mark.parametrize("name", ["党建动态", "通知公告"])
def test_a_news_or_notice_column_that_is_one_article_is_judged_by_its_day(spider, name):
    (item,) = read(spider, name)
    assert isinstance(item, ColumnItem) and item.reason is None
    assert [d.isoformat() for d in item.dates] == ["2026-09-12"] and item.note == ONE_ARTICLE


@pytest.mark.parametrize("name", ["人事科", "新闻科", "机构职能", "领导简介"])
def test_an_offices_or_an_untimed_pages_one_article_stays_a_static_page(spider, name):
    assert read(spider, name) == []


def test_one_article_whose_day_its_text_does_not_show_stays_a_static_page(spider):
    assert read(spider, "党建动态", info="<p>来源：示范市退役军人事务局</p>") == []
    # a day after the inspection's: a typo, no update
    assert read(spider, "党建动态", info="<p>发布时间：2027-01-12　来源：示范市退役军人事务局</p>") == []
