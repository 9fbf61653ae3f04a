"""The date readers on pages alone: an item dated after the inspection date, once, as the item's finding; the date
an article shows, kept with its page, and each list's dates kept with its links (compared when the run is
finished: tests/judge/test_date_mismatch.py, tests/test_date_facts.py)."""

from __future__ import annotations

from datetime import date

from parsel import Selector

from govcheck.cms.base import ListItem, ListPage
from govcheck.items import PageItem, PageLinksItem
from govcheck.sites import Site
from govcheck.spiders.date_readers import future_dates, shown_date
from govcheck.spiders.evidence import PageView
from govcheck.store.rows import to_rows
from tests.spiders.helpers import HOME, portal_spider, response

AS_OF = date(2026, 11, 26)
SITE = Site("sy", "山阳县人民政府", "http://www.sysx.gov.cn/")
LIST = "http://www.sysx.gov.cn/tzgg/index.html"
ART = "http://www.sysx.gov.cn/tzgg/202611/t20261110_1.html"


def view(url, items=(), html="<html></html>", home=False, memo=None):
    return PageView(SITE, url, url, Selector(text=html), home, ListPage(items=list(items)), AS_OF, memo=memo)


def item(d: date | None, url=ART, title="关于做好冬季防火工作的通知"):
    return ListItem(title, url, d, str(d) if d else None)


def article(shown: str) -> str:
    return (f'<html><head><meta name="PubDate" content="{shown}"></head><body><h1>通知</h1>'
            f"<p>发布时间：{shown}</p><p>正文</p></body></html>")


def test_an_item_dated_after_the_inspection_date_once_as_the_items_finding():
    memo: dict = {}
    future = item(date(2026, 12, 16), url=LIST.replace("index", "t1"))
    assert list(future_dates(view("http://www.sysx.gov.cn/", [future], home=True, memo=memo))) == []
    (found,) = future_dates(view(LIST, [item(AS_OF), future], memo=memo))
    # the item's URL, not the list page's: the same finding whichever list a worker read first
    assert (found.check, found.page_url, found.detail["list_page"]) == ("future_date", future.url, LIST)
    assert found.found == "关于做好冬季防火工作的通知（2026-12-16）"
    assert list(future_dates(view(LIST + "index_1.html", [future], memo=memo))) == []


def test_the_date_an_article_shows_not_its_urls():
    assert shown_date(Selector(text=article("2026-11-10 09:00"))) == date(2026, 11, 10)
    meta_only = '<html><head><meta name="PubDate" content="2026-11-09 08:00"></head><body>正文</body></html>'
    assert shown_date(Selector(text=meta_only)) == date(2026, 11, 9)
    assert shown_date(Selector(text="<html><p>正文</p></html>"), ART) is None  # its URL's date is not read


def read(spider, url, body, home=False):
    meta = dict(spider.page_request(url, spider.sites[0], 0 if home else 1, home=home).meta)
    return list(spider.read_page(response(url, body, meta=meta), spider.sites[0]))


def test_a_read_page_keeps_its_own_date_and_each_lists_date_beside_its_link():
    spider = portal_spider()
    art = f"{HOME}tzgg/t1.html"
    (page,) = [i for i in read(spider, art, article("2026-11-10")) if isinstance(i, PageItem)]
    assert page.shown_date == date(2026, 11, 10)
    rows = "".join(f"<li><a href='/tzgg/t{n}.html'>第{n}条通知的标题</a><span>2026-11-{20 + n}</span></li>"
                   for n in range(1, 4))
    out = read(spider, HOME, f"<html><body><p>发布时间：2026-11-01</p><ul>{rows}</ul>"
                             "<a href='/about.html'>关于我们</a></body></html>", home=True)
    (home,) = [i for i in out if isinstance(i, PageItem)]
    assert home.shown_date is None  # a homepage is no article
    (links,) = [i for i in out if isinstance(i, PageLinksItem)]
    _, stored = to_rows(links)
    dated = {r["target_url"]: r["list_date"] for r in stored}
    assert dated[art] == date(2026, 11, 21) and dated[f"{HOME}tzgg/t3.html"] == date(2026, 11, 23)
    assert dated[f"{HOME}about.html"] is None
