"""A column's list drawn as a grid of picture cards, as old table portals draw 图片新闻 (a hodesoft CMS's
piccolumn.html, 江苏省物价局's site, 2020): four cards a row, each a table of its own in a cell of the grid, the
picture's link over an empty row over the caption's link, both to the article, no date shown."""

from __future__ import annotations

from html import escape

from govcheck.demo.column import Item

PICTURE = "data:image/gif;base64,R0lGODlhAQABAAAAACw="  # inline: no address of its own to check
CARDS_A_ROW = 4
CAPTION_CHARS = 14  # the caption cut short, the whole title in the picture's alt and the link's title


def _card(item: Item) -> str:
    href, title = escape(item.link or item.path), escape(item.title)
    caption = escape(item.title if len(item.title) <= CAPTION_CHARS else item.title[:CAPTION_CHARS] + "…")
    return (f"<td valign='top'><table width=\"100%\" border=\"0\" valign='top'>"
            f"<tr><td align='center'><a class='x_title' href='{href}' target='_blank'><img src='{PICTURE}' "
            f"alt='{title}' border='1' width='180' height='145'></a></td></tr><tr><td valign='top'></td></tr>"
            f"<tr><td align='center'><a class='x_title' href='{href}' target='_blank' title='{title}'>{caption}</a>"
            "</td></tr></table></td>")


def picture_grid(items: list[Item]) -> str:
    rows = ["<tr>" + "".join(_card(i) for i in items[k:k + CARDS_A_ROW]) + "</tr>"
            for k in range(0, len(items), CARDS_A_ROW)]
    return "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width='100%' align='center'>" + "".join(rows) + \
        "</table>"
