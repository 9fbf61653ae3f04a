"""Crawl traps are told by what their pages yield, not by how many URLs share a shape: a chain of pages that lead
only to more of themselves stops, articles that differ only by their id are read like any page."""

from __future__ import annotations

import pytest
from scrapy.http import Request

from govcheck.cms.base import ListPage
from govcheck.cms.links import page_links
from tests.spiders.helpers import HOME, portal_spider, response

CAP = 5


@pytest.fixture
def spider():
    return portal_spider(GOVCHECK_MAX_URLS_PER_PATTERN=CAP, GOVCHECK_MAX_DEPTH=100, GOVCHECK_MAX_PAGES_PER_SITE=1000)


def follow(spider, url: str, body: str) -> list[Request]:
    """The page requests a page of the site leads to (its links are followed as the spider does)."""
    page = response(url, f"<html><body>{body}</body></html>",
                    meta={"site_id": spider.sites[0].site_id, "page_depth": 1, "home": False, "check_url": url})
    entries = list(page_links(page.selector.root, page.url))
    out = spider.follow_links(entries, ListPage(items=[]), page, spider.sites[0], 1, False)
    return [r for r in out if isinstance(r, Request) and r.callback == spider.parse_page]


def test_a_chain_that_only_leads_on_to_itself_stops_at_the_cap(spider):
    parsed = 0
    for n in range(1, 40):
        url = f"{HOME}search?page={n}"
        if not spider.may_parse(url, spider.sites[0], 2):
            break
        parsed += 1
        follow(spider, url, f'<p>第{n}页</p><a href="/search?page={n + 1}">下一页</a>')
    assert parsed == CAP


def test_articles_that_differ_by_id_are_all_read(spider):
    listing = "".join(f'<li><a href="/show.jsp?id={k}">文章{k}</a></li>' for k in range(100, 160))
    requests = follow(spider, f"{HOME}list.jsp?classid=5", f"<ul>{listing}</ul>")
    assert len(requests) == 60  # every article is read, though they share one shape
    for k in range(100, 160):  # each article adds nothing new: its shape is still read
        follow(spider, f"{HOME}show.jsp?id={k}", f'<p>正文{k}</p><a href="/list.jsp?classid=5">返回列表</a>')
    assert spider.may_parse(f"{HOME}show.jsp?id=999", spider.sites[0], 2)

