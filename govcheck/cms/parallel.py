"""Rows whose dates stand apart from their titles, matched by their order: two lists side by side in one box, one of
the titles' links and one of their dates (`<ul>` beside `<ul>`); a table cell of links, one a `<br>`, beside a cell
of their dates, one a `<br>` (old table portals); a `<dl>` of date-first pairs, `<dt>` a date, `<dd>` its title's
link. Paired only where the counts match exactly, the two are siblings in one box, the box of dates holds no link
and nothing but a date in each of its entries (or two-digit figures alone, 11/20/26, its box's rows settling their
order as short_years.py does), and no row of the titles shows a date of its own: a calendar's days, a weather box or
another block's dates are never a list's. Each row so paired is read from a copy of it that shows
its date at its end, as a row that held it would."""

from __future__ import annotations

import copy

from govcheck.cms.base import flat, visible_text
from govcheck.cms.row_dates import date_cell, row_item
from govcheck.cms.short_years import short_figures

_LISTS = ("ul", "ol")
_CELLS = ("td", "div", "p")
_LEAST = 2  # a single title beside a single date may be anything's


def pair_apart(rows: dict) -> None:
    """Date, in place, the rows of `rows` (element -> Row, in document order) whose dates stand apart."""
    groups: dict = {}  # title box -> its rows, in order
    for el, row in rows.items():
        box = el.getparent()
        if box is None:  # a stretch of a box between its <br>s, copied
            if el is row.el and row.box is not None and row.box.tag in _CELLS:
                groups.setdefault(("cell", row.box), []).append(row)
        elif el is row.el and (el.tag, box.tag) in (("li", "ul"), ("li", "ol"), ("dd", "dl")):
            groups.setdefault(("dl" if el.tag == "dd" else "list", box), []).append(row)
    for (kind, box), group in groups.items():
        if len(group) < _LEAST:
            continue
        days = (_list_days(box, group) if kind == "list" else _dl_days(box, group) if kind == "dl"
                else _cell_days(box, group))
        if days is None or any(row_item(r, None)[1] for r in group):  # a row dated on its own: nothing apart
            continue
        for row, day in zip(group, days, strict=True):
            if row.el.getparent() is not None:  # a row of the page: read from a copy, the page left as it is
                row.el = copy.deepcopy(row.el)
            shown = row.el.makeelement("span", {"class": "date"})
            shown.text = day
            row.el.append(shown)


def _elements(box) -> list:
    return [c for c in box if isinstance(c.tag, str)]


def _dated(cells: list, count: int) -> list[str] | None:
    """The date each of `cells` shows alone, when there are `count` of them and each shows one, else None."""
    if len(cells) != count:
        return None
    days = []
    for cell in cells:
        if cell.find(".//a") is not None:
            return None
        if (found := date_cell(cell, "", None)) is not None:
            days.append(found[1])
        elif (figures := short_figures(flat(visible_text(cell)))) is not None:
            days.append(figures)  # 11/20/26, month first: its row settled with its box's (short_years.py)
        else:
            return None
    return days


def _beside(box, tags: tuple) -> list:
    """The boxes of `tags` next to `box` in its parent (the one before, the one after); where `box` is the only
    element of its parent, those next to that parent that hold one such box alone (`<div class="l"><ul>` beside
    `<div class="r"><ul>`)."""
    out = [s for s in (box.getprevious(), box.getnext()) if s is not None and s.tag in tags]
    parent = box.getparent()
    if not out and parent is not None and len(_elements(parent)) == 1:
        for s in (parent.getprevious(), parent.getnext()):
            kids = _elements(s) if s is not None and isinstance(s.tag, str) else []
            if len(kids) == 1 and kids[0].tag in tags:
                out.append(kids[0])
    return out


def _list_days(box, group: list) -> list[str] | None:
    """A list of the titles' links, each entry a row, beside a list of their dates, one an entry."""
    if len(_elements(box)) != len(group):
        return None
    for other in _beside(box, _LISTS):
        if (days := _dated(_elements(other), len(group))) is not None:
            return days
    return None


def _dl_days(box, group: list) -> list[str] | None:
    """A <dl> of <dt> date, <dd> title pairs: each row's <dd> right after its date's <dt>, nothing else in it."""
    kids = _elements(box)
    if len(kids) != 2 * len(group) or any(k.tag != "dt" for k in kids[::2]) or kids[1::2] != [r.el for r in group]:
        return None
    return _dated(kids[::2], len(group))


def _cell_days(box, group: list) -> list[str] | None:
    """A table cell (or box) of links, one a <br>, beside a cell of their dates, one a <br>."""
    if box.tag == "td":
        beside = [s for s in (box.getprevious(), box.getnext()) if s is not None and s.tag == "td"]
    else:
        beside = [s for s in (box.getprevious(), box.getnext()) if s is not None and s.tag == box.tag]
    for other in beside:
        if other.find(".//a") is None and (days := _dated(_by_br(other), len(group))) is not None:
            return days
    return None


def _by_br(box) -> list:
    """The stretches of `box` between its <br>s that show anything, each copied into an element of its own."""
    out, current = [], box.makeelement("span", {})
    current.text = box.text
    for child in box:
        if child.tag == "br":
            out.append(current)
            current = box.makeelement("span", {})
            current.text = child.tail
        else:
            current.append(copy.deepcopy(child))
    out.append(current)
    return [s for s in out if "".join(s.itertext()).strip()]
