"""Pages as old servers send them, read by the portal spider: a homepage sent as text/plain is read, never the site
unreachable; a page still gzip-compressed, or left to includes its server never ran, is unread, never stale."""

from __future__ import annotations

import gzip

from scrapy.http import Request, Response, TextResponse

from govcheck.items import ColumnItem, PageItem
from tests.spiders.helpers import HOME, page_meta, portal_spider

NEWS = {"name": "工作动态", "parent": None, "top_level": True, "source": "nav", "level": 1}
ROWS = "".join(f'<li><a href="/gzdt/202611/t202611{d}_{d}.html">关于第{d}项工作的通知</a><span>2026-11-{d}</span></li>'
               for d in (24, 20, 18))
PAGE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><title>示范县人民政府</title></head><body><div class="nav"><a href="/gzdt/">工作动态</a></div>'
        '<div class="box"><h3>工作动态</h3>{}<a href="/gzdt/">更多</a></div></body></html>')


async def read(url: str, body: bytes, content_type: str | None, column: dict | None = None) -> list:
    spider = portal_spider()
    meta = page_meta(spider, url, **({"column": column} if column else {"home": True}))
    headers = {"Content-Type": content_type} if content_type else {}
    cls = TextResponse if content_type else Response  # as Scrapy picks them for these types
    kwargs = {"encoding": "utf-8"} if content_type else {}
    answer = cls(url, body=body, headers=headers, request=Request(url, meta=meta), **kwargs)
    return [x async for x in spider.parse_page(answer)]


def homepage(out: list) -> PageItem:
    (page,) = [i for i in out if isinstance(i, PageItem) and i.is_homepage]
    return page


async def test_a_homepage_sent_as_text_plain_is_read_as_the_page_it_is():
    """Apache 2.2's DefaultType text/plain for an index.shtml: no homepage read made the site unreachable."""
    page = homepage(await read(HOME, PAGE.format(f"<ul>{ROWS}</ul>").encode(), "text/plain"))
    assert str(page.newest_date) == "2026-11-24" and not page.unread


async def test_a_homepage_still_gzipped_is_unread_never_stale():
    body = gzip.compress(PAGE.format(f"<ul>{ROWS}</ul>").encode())
    for content_type in ("text/html; charset=utf-8", None):
        page = homepage(await read(HOME, body, content_type))
        assert page.unread and page.newest_date is None


async def test_a_column_page_still_gzipped_is_unverified_with_its_reason():
    url = f"{HOME}gzdt/"
    out = await read(url, gzip.compress(PAGE.format(f"<ul>{ROWS}</ul>").encode()), "text/html", NEWS)
    (column,) = [i for i in out if isinstance(i, ColumnItem)]
    assert column.reason and "gzip" in column.reason and not column.dates


async def test_a_homepage_whose_blocks_are_left_to_an_include_never_run_is_unread():
    body = PAGE.format('<!--#include virtual="/inc/gzdt_list.html" -->').encode()
    page = homepage(await read(HOME, body, "text/html; charset=utf-8"))
    assert page.unread and page.newest_date is None


async def test_a_column_whose_list_is_left_to_an_include_never_run_is_unverified_never_static():
    body = PAGE.format('<!--#include virtual="/inc/gzdt_list.html" -->').replace("示范县人民政府", "工作动态").encode()
    out = await read(f"{HOME}gzdt/", body, "text/html; charset=utf-8", NEWS)
    (column,) = [i for i in out if isinstance(i, ColumnItem)]
    assert column.reason and "include" in column.reason and not column.dates


LINES = "".join(f"· 关于开展第{k}批冬季安全生产检查的通告 2026-11-2{k}<br>" for k in range(4))


async def test_a_homepage_showing_dated_lines_without_a_link_is_unread_never_stale():
    """An old 公告栏's lines of text: the homepage shows dates govcheck cannot follow, a person checks them."""
    page = homepage(await read(HOME, PAGE.format(f'<div class="list">{LINES}</div>').encode(), "text/html"))
    assert page.unread and page.newest_date is None


async def test_a_column_of_dated_lines_without_a_link_is_unverified_never_a_static_page():
    body = PAGE.format(f'<div class="list">{LINES}</div>').replace("示范县人民政府", "工作动态").encode()
    (column,) = [i for i in await read(f"{HOME}gzdt/", body, "text/html", NEWS) if isinstance(i, ColumnItem)]
    assert column.reason == "页面显示多条带日期的条目，但未能识别出列表" and not column.dates
