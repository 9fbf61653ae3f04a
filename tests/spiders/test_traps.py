"""Crawl traps are told by what their pages yield, not by how many URLs share a shape: a chain of pages that lead
only to more of themselves stops, articles that differ only by their id are read like any page."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from govcheck.spiders.portal import PortalSpider

HOME = "http://127.0.0.99/"
CAP = 5


@pytest.fixture
def spider():
    settings = Settings()
    settings.setmodule("govcheck.settings", priority="project")
    crawler = get_crawler(PortalSpider, settings_dict={**settings.copy_to_dict(), "GOVCHECK_MAX_URLS_PER_PATTERN": CAP,
                                                       "GOVCHECK_MAX_DEPTH": 100, "GOVCHECK_MAX_PAGES_PER_SITE": 1000})
    spider = PortalSpider.from_crawler(crawler, url=HOME)
    crawler.spider = spider
    return spider


def follow(spider, url: str, body: str) -> list[Request]:
    """The page requests a page of the site leads to (its links are followed as the spider does)."""
    request = Request(url, meta={"site_id": spider.sites[0].site_id, "page_depth": 1, "home": False, "check_url": url})
    response = HtmlResponse(url, body=f"<html><body>{body}</body></html>".encode(), encoding="utf-8", request=request)
    entries = list(spider_links(response))
    out = spider.follow_links(entries, response.selector, response, spider.sites[0], 1, False)
    return [r for r in out if isinstance(r, Request) and r.callback == spider.parse_page]


def spider_links(response):
    from govcheck.cms.links import page_links

    return page_links(response.selector.root, response.url)


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

