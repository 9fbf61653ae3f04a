"""Realpages 53 and 54, two column pages of a city education bureau's SiteServer site (README: what each holds,
checked by hand): a column whose list is empty and whose pager counts none (53), and one whose list a reader of
`<li>` rows would take for empty, its items cards of `<a class="box">` straight in a `<ul>`, beside an empty
`<ul>` of sub-columns (54)."""

from datetime import date

from govcheck.cms import column_list, parse_list
from govcheck.cms.containers import has_empty_list
from govcheck.cms.navigation import find_column_links
from govcheck.items import ColumnItem
from tests.cms.pages import real, real_text
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

AS_OF = date(2021, 1, 1)
HINT = {"name": "体育村", "parent": "二级机构", "top_level": False, "source": "nav", "level": 3}


def column(name: str):
    sel, url = real(name)
    page = parse_list(sel, url, as_of=AS_OF)
    return column_list(sel, url, page, ("https://www.lgedu.net/channels/", page.column_name or ""))


def test_an_empty_list_whose_pager_counts_none_is_an_empty_column():
    """53: an empty `<ul>` under the column's heading and `共 0 条 当前第 1 / 1 页`: nothing, and it says so."""
    listing = column("53-lgedu-tyc-empty-2020.html")
    assert (listing.items, listing.placeholder, listing.column_name) == ([], True, "体育村")
    assert has_empty_list(*real("53-lgedu-tyc-empty-2020.html"))


def test_a_list_of_cards_beside_an_empty_box_of_sub_columns_is_read():
    """54: ten cards, the date in each title's `<h3>` (`…(2020-12-16)`), from its sub-columns' folders; the empty
    `<ul class="clear-fix">` of its menu's sub-columns says nothing of its list."""
    listing = column("54-lgedu-bgs-2020.html")
    dates = [i.date for i in listing.items]
    assert len(dates) == 10 and None not in dates and not listing.placeholder
    assert (max(dates), min(dates)) == (date(2020, 12, 16), date(2020, 7, 31))
    assert listing.next_pages[0] == "https://www.lgedu.net/channels/18106_2.html"


def test_the_spider_reads_the_empty_page_as_an_empty_column():
    """53 as a menu's column: an empty column (no script of the site's that could fill it), not unverified nor
    skipped as a static page."""
    spider = portal_spider()
    url = f"{HOME}channels/18235.html"
    page = response(url, real_text("53-lgedu-tyc-empty-2020.html"), meta=page_meta(spider, url, column=HINT))
    out = list(spider.column_from_listing(page, spider.read_listing(page.selector, url), HINT, url))
    (item,) = out
    assert isinstance(item, ColumnItem) and item.reason is None and item.placeholder and not item.dates


def test_the_menu_is_read_beside_a_heading_whose_box_of_sub_columns_is_empty():
    """53's `<div class="menu-m" onclick="navClick('menu-m-list')">` over `<div id="menu-m-list"><ul
    class="clear-fix"></ul>`: a box holding an empty list still holds one (an lxml element's truth is whether it has
    children, and a FutureWarning); the page's menu is read whole."""
    names = [c.name for c in find_column_links(*real("53-lgedu-tyc-empty-2020.html")) if c.source == "nav"]
    assert names == ["机构职责", "领导分工", "机构科室", "二级机构", "直属学校", "政府信息公开", "互动交流",
                     "专题专栏"]
