"""A homepage whose rows are dated by their age alone (2周前): an age that may mean a day inside the homepage's 14
days or outside it leaves its freshness to a person, never stale; one wholly outside is stale, one inside fresh."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request

from govcheck.items import PageItem
from tests.spiders.helpers import HOME, page_meta, portal_spider

PAGE = ('<html><head><title>示范县人民政府</title></head><body><div class="nav"><a href="/gzdt/">工作动态</a></div>'
        '<div class="box"><h3>工作动态</h3><ul>{}</ul><a href="/gzdt/">更多</a></div></body></html>')


async def homepage(*cells: str) -> PageItem:
    rows = "".join(f'<li><a href="/gzdt/content_{n}.html">关于第{n}项工作的通知</a><span>{c}</span></li>'
                   for n, c in enumerate(cells, start=1))
    spider = portal_spider()
    url = HOME
    answer = HtmlResponse(url, body=PAGE.format(rows).encode(), encoding="utf-8",
                          request=Request(url, meta=page_meta(spider, url, home=True)))
    (page,) = [i async for i in spider.parse_page(answer) if isinstance(i, PageItem) and i.is_homepage]
    return page


@pytest.mark.parametrize(("newest", "unread"), [
    ("2周前", True),     # 11 to 20 days ago: fresh or stale, a person's to check
    ("1个月前", False),  # 26 to 60 days: stale whatever day it was
    ("3天前", False),    # fresh
])
async def test_a_homepage_dated_by_an_age_across_its_limit_is_unread_never_stale(newest, unread):
    page = await homepage(newest, "2个月前", "3个月前")
    assert page.unread is unread
