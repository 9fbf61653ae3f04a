"""Rows a column's list dates after the inspection date (a year typed wrong): when the list reads stale without them,
their articles tell their own dates (spiders/future_rows.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from scrapy.http import Request

from govcheck.items import ColumnItem
from tests.spiders.helpers import portal_spider
from tests.spiders.test_columns import AS_OF, answer, dated_article, failure_of, first_page

TYPO = -360  # a row dated about a year after the inspection date: 2027 typed for 2026


@pytest.fixture
def spider():
    return portal_spider()


def test_a_row_dated_after_the_inspection_date_is_as_new_as_its_article(spider):
    (ask,) = first_page(spider, [TYPO, 30, 40])
    assert isinstance(ask, Request) and ask.callback == spider.parse_future_row and ask.url.endswith("content_0.html")
    (item,) = list(spider.parse_future_row(dated_article(ask, (AS_OF - timedelta(days=5)).isoformat())))
    assert isinstance(item, ColumnItem) and item.reason is None
    assert max(d for d in item.dates if d) == AS_OF - timedelta(days=5)  # the article's date, not the list's typo


@pytest.mark.parametrize("article", ["later", "failed", "unreadable"])
def test_what_its_article_does_not_tell(spider, article):
    """An article that shows the list's later date dates nothing (the column as stale as its other rows); one that
    cannot be read, or shows a date govcheck cannot read, leaves the column unverified, never stale."""
    (ask,) = first_page(spider, [TYPO, 30, 40])
    if article == "later":
        (item,) = list(spider.parse_future_row(dated_article(ask, (AS_OF + timedelta(days=360)).isoformat())))
        assert item.reason is None and max(d for d in item.dates if d and d <= AS_OF) == AS_OF - timedelta(days=30)
        return
    if article == "failed":
        (item,) = list(spider.future_row_failed(failure_of(ask)))
    else:
        body = "<html><body><h1>标题</h1><div>成稿：2026年11月21日</div></body></html>"
        (item,) = list(spider.parse_future_row(answer(ask, 200, body=body)))
    assert isinstance(item, ColumnItem) and "晚于检查日期" in item.reason and "content_0.html" in item.reason


def test_a_list_fresh_without_them_asks_nothing(spider):
    (item,) = first_page(spider, [TYPO, 3, 10])
    assert isinstance(item, ColumnItem) and item.reason is None
