"""Every page reader of the other indicators sees each page read; one that fails costs that page's evidence only."""

from __future__ import annotations

import pytest

from govcheck.items import EvidenceItem, PageItem
from govcheck.spiders import evidence
from tests.spiders.helpers import HOME, portal_spider, response


@pytest.fixture
def readers(monkeypatch):
    found = []
    monkeypatch.setattr(evidence, "PAGE_READERS", found)
    return found


def test_each_reader_sees_the_page_and_its_items_are_yielded(readers):
    def broken(view):
        raise ValueError("a reader that cannot take this page")

    def title(view):
        yield EvidenceItem(view.site.site_id, "wording", view.url, found=view.sel.xpath("//title/text()").get(),
                           detail={"home": view.home, "items": len(view.listing.items)})

    readers.extend([broken, title])
    spider = portal_spider()
    home = response(HOME, "<html><title>某某县人民政府</title><body><ul><li><a href='/a.html'>通知</a>"
                          "<span>2026-11-20</span></li></ul></body></html>",
                    meta=dict(spider.page_request(HOME, spider.sites[0], 0, home=True).meta))
    out = list(spider.read_page(home, spider.sites[0]))
    (item,) = [i for i in out if isinstance(i, EvidenceItem)]
    assert (item.page_url, item.found, item.detail["home"]) == (HOME, "某某县人民政府", True)
    assert [i for i in out if isinstance(i, PageItem)]  # the page itself is still recorded
    stats = spider.crawler.stats
    assert stats.get_value("govcheck/parse_errors") == 1 and stats.get_value("govcheck/evidence/wording") == 1
