"""A menu written as a table: old portals lay their main menu out as a <table> of <td><a> cells that no class or id
names (岳西网's 2 rows of 14 cells, realpage 92; a college's header row of link cells between spacers, 73; 樟树's row
of cells each holding a one-cell table round its link, 19). Read as a menu only when it looks like nothing else: near
the top of the page, one or two rows of six or more cells, each one short column-like link on the site's own domain;
not a box of links under a 链接 heading, not a footer's row, not a calendar, not a list of articles, not a page's
frame of tables laying out more."""

from __future__ import annotations

import re

from govcheck.cms.base import flat, host_of, iter_doc, link_title, resolve, squeeze, visible_text
from govcheck.cms.block_titles import dated_entry
from govcheck.cms.listing import looks_like_article
from govcheck.judge.dates import parse_date
from govcheck.judge.urls import registrable_domain

MIN_CELLS = 6  # a row of a menu: six entries or more (fewer is a box's tabs or a pager's)
MAX_LABEL = 8  # a column's name in a menu cell (新闻热线, 培训与考试); longer is an article's title
# a footer's row of the site's own pages, not columns
_FOOTER = frozenset({"关于我们", "联系我们", "网站地图", "版权声明", "隐私声明", "免责声明", "网站声明", "使用帮助",
                     "帮助中心", "网站纠错", "法律声明", "意见建议"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LINK_BOX = re.compile(r"链接|友情")  # 友情链接, 快速链接, 相关链接: boxes of other sites' or services' links


def table_menus(sel, base: str, page_url: str) -> set:
    """The tables of the page that are its menu, each a <table> before the page's first article title or dated item
    (a banner's picture linking an article is no content yet)."""
    domain = registrable_domain(host_of(page_url))
    found = set()
    for el in iter_doc(sel, "a", "table"):
        if el.tag == "a":
            url = resolve(base, el.get("href"))
            if url and registrable_domain(host_of(url)) == domain and (dated_entry(el) or _article_title(el, url)):
                break  # the main content has begun (an article's title, a dated item): a table below is a block's
        elif _menu_table(el, base, domain):
            found.add(el)
    return found


def _article_title(a, url: str) -> bool:
    return looks_like_article(url) and len(squeeze(a.text_content())) > MAX_LABEL


def _menu_table(table, base: str, domain: str) -> bool:
    if any(_laid_out(t) for t in table.iter("table") if t is not table) or _under_link_box(table):
        return False
    rows = table.xpath("./tr|./tbody/tr|./thead/tr")
    return 1 <= len(rows) <= 2 and all(_menu_row(row, base, domain) for row in rows)


def _laid_out(table) -> bool:
    """Whether a table inside another lays out more than one cell: the outer one a page's frame, not a menu; a cell's
    link in a one-cell table of its own (樟树's <td><table width="76"><tr><td><a>走进樟树</a>, realpage 19) is a
    menu's entry still."""
    cells = table.iter("td", "th")  # up to its second cell only: a frame's table holds the whole page
    return next(cells, None) is not None and next(cells, None) is not None


def _menu_row(row, base: str, domain: str) -> bool:
    """Six or more cells of one link each, every name short and column-like; at most a quarter of the cells with
    text otherwise (another site's link, an entry without an address, one cell of two links)."""
    good = filled = 0
    for cell in row.xpath("./td|./th"):
        links = cell.xpath(".//a")
        text = squeeze(visible_text(cell))
        if not links and not text:
            continue  # a spacer
        filled += 1
        names = [squeeze(link_title(a)) for a in links]
        if any(n in _FOOTER for n in names):
            return False
        if len(links) == 1 and text == names[0] and _column_like(names[0], resolve(base, links[0].get("href")),
                                                                   domain):
            good += 1
    return good >= MIN_CELLS and good * 4 >= filled * 3


def _column_like(name: str, url: str | None, domain: str) -> bool:
    return bool(url and name and len(name) <= MAX_LABEL and _CJK.search(name) and parse_date(name) is None
                and registrable_domain(host_of(url)) == domain)


def _under_link_box(table) -> bool:
    """Whether a 链接 heading (友情链接, 快速链接) stands just before the table or the boxes around it."""
    node = table
    for _ in range(3):
        if node is None:
            return False
        before = node.getprevious()
        if before is not None and _LINK_BOX.search(flat(visible_text(before))[-12:]):
            return True
        node = node.getparent()
    return False
