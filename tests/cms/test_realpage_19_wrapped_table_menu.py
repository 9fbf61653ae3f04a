"""Realpage 19: 樟树's header menu, an old table portal's row of cells in the page's frame of tables, each cell a
one-cell table round its link (<td><table width="76"><tr><td><span><a>走进樟树</a>), a spacer's picture cell between:
its entries are the site's first-level columns; the frame's tables round it, each laying out more, are no menu."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links
from govcheck.cms.table_menus import table_menus
from tests.cms.pages import real

PAGE = "19-zhangshu-zhxx-2017.html"
ROOT = "http://www.zhangshu.gov.cn"
MENU = {"走进樟树": "/zjzs/", "政务公开": "/zwgk/", "政民互动": "/zmhd/", "网上服务": "/wsfw/", "投资樟树": "/tzzs/",
        "旅游樟树": "/lyzs/", "服务三农": "/wsfw/fwsn/"}


def test_a_row_of_one_cell_tables_round_links_is_the_menu():
    sel, url = real(PAGE)
    nav = {c.url: c for c in find_column_links(sel, url) if c.source == "nav"}
    for name, path in MENU.items():
        assert nav[ROOT + path].name == name and nav[ROOT + path].parent is None
    assert ROOT + "/" not in nav  # 网站首页


def test_only_the_menus_own_row_is_read_as_a_menu_not_the_frame_round_it():
    sel, url = real(PAGE)
    menus = table_menus(sel, url, url)
    assert len(menus) == 1
    (table,) = menus
    assert len(table.xpath("./tr|./tbody/tr")) == 1 and len(table.xpath(".//a")) == 8  # 网站首页 and the seven


def test_a_cell_holding_a_table_of_two_cells_is_no_menus_entry():
    cells = "".join(f'<td><table><tr><td><a href="/{s}/">{n}</a></td><td>说明</td></tr></table></td>'
                    for n, s in (("要闻", "yw"), ("动态", "dt"), ("公开", "gk"), ("服务", "fw"), ("互动", "hd"),
                                 ("专题", "zt")))
    sel = Selector(text=f"<html><body><table><tr>{cells}</tr></table></body></html>")
    assert not table_menus(sel, "http://www.zhangshu.gov.cn/", "http://www.zhangshu.gov.cn/")
