"""A consultation column whose list shows each letter's day and status alone (信件标题 | 来信时间 | 状态): dated by
its letters' replies as their own pages show them, never by the day they came, nor stale on a letter that waits."""

from __future__ import annotations

from datetime import date

import pytest

from govcheck.items import ColumnItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

URL = f"{HOME}hdjl/zxts/index.html"
HINT = {"name": "咨询投诉", "parent": None, "top_level": True, "source": "nav", "level": 1}
LETTERS = (("咨询贷款提前还款手续", "2026-08-18", "已回复"), ("反映缴存证明开具不便", "2026-07-19", "未回复"),
           ("咨询公积金账户合并", "2026-06-19", "已回复"))


@pytest.fixture
def spider():
    return portal_spider()


def first_page(spider, name: str = "咨询投诉") -> list:
    hint = {**HINT, "name": name}
    rows = "".join(f'<tr><td><a href="/hdjl/zxts/{k}.html">{t}</a></td><td>{d}</td><td>{s}</td></tr>'
                   for k, (t, d, s) in enumerate(LETTERS))
    page = response(URL, f"<html><body><h2>{name}</h2><table><tr><th>信件标题</th><th>来信时间</th><th>办理状态</th>"
                         f"</tr>{rows}</table></body></html>", meta=page_meta(spider, URL, column=hint))
    return list(spider.column_from_listing(page, spider.read_listing(page.selector, URL), hint, URL))


def letter(request, reply: str):
    return response(request.url, f"<html><head><meta name=\"PubDate\" content=\"2026-08-18 09:00\"></head><body>"
                                  f"<table><tr><th>来信时间</th><td>2026-08-18</td><th>回复时间</th><td>{reply}</td>"
                                  "</tr></table></body></html>", meta=dict(request.meta))


def test_the_list_shows_no_day_of_the_office_and_asks_its_newest_letter():
    (ask,) = first_page(portal_spider())
    assert ask.url == f"{HOME}hdjl/zxts/0.html" and ask.callback.__name__ == "parse_article_date"


@pytest.mark.parametrize("name", ["留言选登", "信件选登", "来信选登", "信件公开", "来信公开", "网民留言"])
def test_the_letters_an_office_publishes_are_read_as_a_consultation_list(name):
    """Their letters' pages read for their replies' days, as 留言选登's, not for the day each page was made."""
    spider = portal_spider()
    (ask,) = first_page(spider, name)
    (item,) = list(spider.parse_article_date(letter(ask, "2026-09-07")))
    assert item.article_date == date(2026, 9, 7)


def test_a_letter_is_dated_by_its_reply_not_by_its_page_day(spider):
    (ask,) = first_page(spider)
    (item,) = list(spider.parse_article_date(letter(ask, "2026-09-07")))
    assert isinstance(item, ColumnItem) and item.reason is None and item.article_date == date(2026, 9, 7)


def test_letters_that_all_wait_leave_the_column_unverified_never_stale(spider):
    (ask,) = first_page(spider)
    for _ in range(3):
        out = list(spider.parse_article_date(letter(ask, "")))
        ask = out[0]
    (item,) = out
    assert isinstance(item, ColumnItem) and "尚未回复" in item.reason and not any(item.dates)
