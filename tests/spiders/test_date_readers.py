"""The date readers on pages alone: an item dated after the inspection date, once, on a list page; an article whose
own date differs from the list's by more than the setting, whichever of the two is read first."""

from __future__ import annotations

from datetime import date

from parsel import Selector
from scrapy.settings import Settings

from govcheck.cms.base import ListItem, ListPage
from govcheck.sites import Site
from govcheck.spiders.date_readers import date_mismatches, future_dates
from govcheck.spiders.evidence import PageView

AS_OF = date(2026, 11, 26)
SITE = Site("sy", "山阳县人民政府", "http://www.sysx.gov.cn/")
LIST = "http://www.sysx.gov.cn/tzgg/index.html"
ART = "http://www.sysx.gov.cn/tzgg/202611/t20261110_1.html"


def view(url, items=(), html="<html></html>", home=False, memo=None, settings=None):
    return PageView(SITE, url, url, Selector(text=html), home, ListPage(items=list(items)), AS_OF,
                    settings=settings, memo=memo)


def item(d: date | None, url=ART, title="关于做好冬季防火工作的通知"):
    return ListItem(title, url, d, str(d) if d else None)


def article(shown: str) -> str:
    return (f'<html><head><meta name="PubDate" content="{shown}"></head><body><h1>通知</h1>'
            f"<p>发布时间：{shown}</p><p>正文</p></body></html>")


def test_an_item_dated_after_the_inspection_date_once_on_a_list_page():
    memo: dict = {}
    future = item(date(2026, 12, 16), url=LIST + "t1.html")
    assert list(future_dates(view("http://www.sysx.gov.cn/", [future], home=True, memo=memo))) == []
    (found,) = future_dates(view(LIST, [item(AS_OF), future], memo=memo))
    assert (found.check, found.page_url) == ("future_date", LIST)
    assert found.found == "关于做好冬季防火工作的通知（2026-12-16）"
    assert list(future_dates(view(LIST + "index_1.html", [future], memo=memo))) == []


def test_an_article_dated_apart_from_its_list_whichever_is_read_first():
    for order in ("list first", "article first"):
        memo: dict = {}
        pages = [view(LIST, [item(date(2026, 11, 20))], memo=memo), view(ART, html=article("2026-11-10"), memo=memo)]
        if order == "article first":
            pages.reverse()
        found = [f for v in pages for f in date_mismatches(v)]
        assert [(f.check, f.page_url, f.found, f.expected) for f in found] == [
            ("date_mismatch", ART, "正文发布日期2026-11-10", "与列表日期2026-11-20一致")], order
        assert found[0].detail["list_page"] == LIST


def test_a_few_days_apart_is_within_the_setting_and_the_setting_is_read():
    memo: dict = {}
    list(date_mismatches(view(LIST, [item(date(2026, 11, 13))], memo=memo)))
    assert list(date_mismatches(view(ART, html=article("2026-11-10 09:00"), memo=memo))) == []
    memo = {}
    strict = Settings({"GOVCHECK_DATE_MISMATCH_DAYS": 1})
    list(date_mismatches(view(LIST, [item(date(2026, 11, 13))], memo=memo, settings=strict)))
    assert len(list(date_mismatches(view(ART, html=article("2026-11-10"), memo=memo, settings=strict)))) == 1


def test_an_article_without_a_shown_date_or_an_undated_item_is_no_finding():
    memo: dict = {}
    list(date_mismatches(view(LIST, [item(None)], memo=memo)))
    assert list(date_mismatches(view(ART, html=article("2026-01-01"), memo=memo))) == []
    memo = {}
    list(date_mismatches(view(LIST, [item(date(2026, 11, 20))], memo=memo)))
    assert list(date_mismatches(view(ART, html="<html><p>正文</p></html>", memo=memo))) == []  # its URL's date unread


def test_an_article_compared_once_however_many_lists_show_it():
    memo: dict = {}
    list(date_mismatches(view(LIST, [item(date(2026, 11, 20))], memo=memo)))
    assert len(list(date_mismatches(view(ART, html=article("2026-11-10"), memo=memo)))) == 1
    assert list(date_mismatches(view("http://www.sysx.gov.cn/", [item(date(2026, 11, 20))], home=True,
                                     memo=memo))) == []
