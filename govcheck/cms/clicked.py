"""Rows that hold no link and open their article by an onclick of their own (<tr onclick="window.open('…')">, an old
table portal's news box), by a data-url its page's script opens (<li data-url="/art/…">) or by the article's id its
script builds the address from (<li data-id="930528">): what the homepage shows in them, a title and a date, dates it
though no <a> with an address is there."""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import clean, holds_link, opened_by_click, scripted_target, visible_text
from govcheck.cms.openers import Openers
from govcheck.cms.row_dates import row_item
from govcheck.cms.rows import Chrome, Row

_ROW_TAGS = ("tr", "li", "dd", "div", "p")
# the article's id a script bound to the list opens it by: no address in the page, only its dates shown
_DATA_IDS = ("data-id", "data-docid", "data-aid", "data-articleid", "data-infoid")


def _opened_by_id(el) -> bool:
    """Whether a row without a link names the id of the article a click opens (not a box around such rows)."""
    def named(e) -> bool:
        return any(e.get(k) for k in _DATA_IDS)
    return named(el) and not holds_link(el) and not any(
        named(d) for d in el.iterdescendants() if isinstance(d.tag, str))


def clicked_row_dates(root, base: str, as_of: date | None, least: int = 3, counted=frozenset()) -> list[date]:
    """The dates shown by rows without a link that a click opens (an onclick of their own, a data-url, a data-id),
    outside navigation, header and footer; each dated like a list's row (its date cell, a clock's row left out). Only
    a list of them counts, `least` dated rows or more under one parent: not a banner or a weather box a click opens.
    A row the page's list read already, at the address a click opens and with the same date (`counted`: (address,
    date) pairs; rows.collect_rows reads such a row as an item), is not counted again."""
    chrome, lists = Chrome(), {}
    openers = Openers(root) if counted else None
    for el in root.iter(*_ROW_TAGS):
        if not (opened_by_click(el) or _opened_by_id(el)) or chrome(el):
            continue
        row = Row(el)
        # the address it opens, when its script names one (a month-day takes that address's year)
        row.links.append((scripted_target(el, base) or "", clean(visible_text(el))[:200], el))
        item, shown = row_item(row, as_of)
        if shown and item.date is not None:
            read = (scripted_target(el, base, openers), item.date) in counted  # as collect_rows reads its address
            lists.setdefault(el.getparent(), []).append((item.date, read))
    # a list is told by all its rows, those read already too
    return [d for dates in lists.values() if len(dates) >= least for d, read in dates if not read]
