"""A column's newest article shown over its list as a card (a picture, its heading, its date, a line of summary),
apart from the list's rows: one of the list's items, which a reader of the rows alone would miss."""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import ListItem, iter_doc, link_title, resolve
from govcheck.cms.listing import looks_like_article
from govcheck.cms.row_dates import date_cell, row_item
from govcheck.cms.rows import Chrome, Row

CARD_LEVELS = 4  # how far above its link a card's box reaches: a picture's link and a heading's in one box
CARDS = 3  # the most cards a column's page is read for (a row of featured articles over its list)


def card_items(root, base: str, listed: set[str], inside, as_of: date | None) -> list[ListItem]:
    """The dated cards of a column's page: a link to an article inside the column (`inside`, a test of its URL) that
    no row of a list holds (`listed`), in a box that links nowhere else and shows the article's date in a cell."""
    chrome, out, seen = Chrome(), [], set(listed)
    for a in iter_doc(root, "a"):
        url = resolve(base, a.get("href"))
        if not url or url in seen or not looks_like_article(url) or not inside(url) or not (title := link_title(a)):
            continue
        card = _card(a, url, base)
        if card is None or chrome(card):
            continue
        row = Row(card)
        row.links.append((url, title, a))
        item, shown = row_item(row, as_of)
        if shown and _date_cell_of(card, item, as_of):
            seen.add(url)
            out.append(item)
    return out[:CARDS]


def _date_cell_of(card, item: ListItem, as_of: date | None) -> bool:
    """Whether the card shows its date in a cell of its own (<p class="time">2026-11-28</p>), not in a caption's
    sentence (2026年12月1日起施行: the day a rule takes effect)."""
    hint = as_of.year if as_of else None
    return any(found[0] == item.date for el in card.iterdescendants() if isinstance(el.tag, str)
               and (found := date_cell(el, item.url, hint)))


def _card(a, url: str, base: str):
    """The largest box above a link, within CARD_LEVELS, whose links all lead to its article (a picture's and a
    heading's both may), else None."""
    card, node = None, a.getparent()
    for _ in range(CARD_LEVELS):
        if node is None or any(resolve(base, x.get("href")) not in (url, None) for x in node.iter("a")):
            break
        card, node = node, node.getparent()
    return card
