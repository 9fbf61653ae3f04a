"""Realpage 55, 中国福彩网's 专家解读: its own list empty (a `<ul class="list-group">` holding only a dotted line)
beside the side boxes every page of the site carries (热点视频, 一周 and 每日热点排行, their items dated by their
addresses, the newest put up the day the page was published). Read alone the page looks fresh; once those boxes
prove the site's, the column is empty (README: "an empty list beside a dated side block is an empty column")."""

from __future__ import annotations

from datetime import date

from govcheck.items import ColumnItem
from govcheck.judge.columns import judge_column, own_list
from govcheck.rules import load_profile
from tests.cms.pages import real_text
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

URL = f"{HOME}zcjd/zjjd/index.html"
HINT = {"name": "专家解读", "parent": "政策解读", "top_level": False, "source": "nav", "level": 2}
AS_OF = date(2021, 1, 4)


def column() -> ColumnItem:
    spider = portal_spider()
    html = real_text("55-cwl-zjjd-empty-2020.html").replace("http://www.cwl.gov.cn/", HOME)
    page = response(URL, html, meta=page_meta(spider, URL, column=HINT))
    (item,) = spider.column_from_listing(page, spider.read_listing(page.selector, URL), HINT, f"{HOME}zcjd/zjjd/")
    return item


def test_read_alone_the_page_is_dated_by_a_side_box_and_flagged_as_showing_an_empty_list():
    item = column()
    assert isinstance(item, ColumnItem) and item.reason is None and item.empty_list and not item.placeholder
    assert max(item.dates) == date(2020, 12, 29)  # 每日热点排行's newest, not the column's
    assert len(item.blocks) == 3 and sum(b["picked"] for b in item.blocks) == 1


def test_once_its_side_boxes_prove_the_sites_the_column_is_empty():
    """The copy shows the three boxes on 330 or more of its 445 other pages; two other pages make a box the site's."""
    item = column()
    elsewhere = {f"{HOME}c/2020-12-29/478800.html", f"{HOME}xxgk/tzgg/"}
    sitewide = {b["sig"]: elsewhere for b in item.blocks}
    evidence = {"blocks": item.blocks, "dates": [d.isoformat() for d in item.dates], "first": item.first,
                "placeholder": item.placeholder, "empty_list": item.empty_list}
    own = own_list(evidence, sitewide, f"{HOME}zcjd/zjjd/")
    assert own is not None and own.dates == [] and not own.static and own.reason is None
    assert judge_column(own.dates, "other", AS_OF, load_profile("national-2019")).verdict == "empty"
