"""Realpage 37: 图片新闻 of a hodesoft-CMS site (2020), its list a grid of picture cards: each a table of its own in a
cell (the picture's link over an empty row over the caption's link, both to the article), no date shown; the
template's tables left unclosed, each card nests a level deeper than the one before."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import column_list, parse_list
from govcheck.cms.rows import collect_rows
from tests.cms.pages import real

PAGE = "37-jspn-tpxw-2020.html"
CARDS = ["582", "581", "580", "579", "573"]


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return column_list(sel, url, parse_list(sel, url, as_of=date(2020, 12, 28)), (url, "图片新闻"))


def test_the_cards_are_the_columns_list_in_their_order(listing):
    assert [i.url for i in listing.items] == [f"http://www.jspn.js.cn/col26/picinfo-{n}.html" for n in CARDS]
    # the whole title, the picture's alt, not the caption cut short
    title = listing.items[0].title
    assert title.startswith("江苏省价格认证协会被省发改委和省民政厅抽调参与") and "…" not in title


def test_no_card_shows_a_date_so_the_articles_tell(listing):
    assert all(i.date is None for i in listing.items)
    assert not listing.placeholder and not listing.scripted  # a list, neither empty nor left to a browser


def _grid(cards: int, *, hrefs=("/tpxw/content_{n}.html", "/tpxw/content_{n}.html"), picture: bool = True) -> str:
    def card(n: int) -> str:
        img = '<img src="p.jpg" alt="标题{n}">' if picture else "图{n}"
        return (f"<td valign='top'><table><tr><td><a href='{hrefs[0]}'>{img}</a></td></tr><tr><td></td></tr>"
                f"<tr><td><a href='{hrefs[1]}'>标题{{n}}…</a></td></tr></table></td>").format(n=n)
    return "<html><body><table><tr>" + "".join(card(n) for n in range(1, cards + 1)) + "</tr></table></body></html>"


def _rows(html: str) -> list[tuple[str, ...]]:
    return [tuple(u for u, _, _ in r.links) for r in collect_rows(Selector(text=html).root, "http://x.gov.cn/")]


def test_each_card_is_one_row_in_the_grids_block():
    rows = collect_rows(Selector(text=_grid(4)).root, "http://x.gov.cn/")
    assert [r.links[0][0] for r in rows] == [f"http://x.gov.cn/tpxw/content_{n}.html" for n in range(1, 5)]
    assert len({id(r.box) for r in rows}) == 1  # the grid's row of cards, one block
    assert all(len(r.links) == 2 for r in rows)  # the picture's link and the caption's, one row


@pytest.mark.parametrize("html", [
    _grid(2),  # two cards: no grid of them
    _grid(4, hrefs=("/tpxw/content_{n}.html", "/tpxw/other_{n}.html")),  # a picture and a caption to two pages
    _grid(4, picture=False),  # no picture: rows of a table as any
], ids=["two cards", "two addresses", "no picture"])
def test_what_is_no_grid_of_cards_keeps_a_row_a_link(html):
    assert all(len(links) == 1 for links in _rows(html))
