"""Rows no element holds: the stretches of a box of links in turn (old portals' boxes of links, each followed by its
date and a <br>; a link and its date's <span> in turn; a <marquee> of two notices or more)."""

from __future__ import annotations

import copy

_INLINE = frozenset({"span", "font", "b", "strong", "em", "i", "u"})
_TICKER_LEAST = 2  # a scrolling <marquee> of notices holds what it has: two in turn are two rows


def _in_ticker(box) -> bool:
    """The box is a <marquee>, or a box right inside one."""
    up = box.getparent()
    return box.tag == "marquee" or up is not None and up.tag == "marquee"


class Stretches:
    """Rows no element holds: a box whose children are links in turn (at least `least`), each row the stretch from one
    <br> to the next when the box has a <br> between its links, else from one link to the next (a link and its
    date's <span> in turn). Each stretch is copied into an element of its own, for the date readers; memoised per
    box."""

    def __init__(self, is_row, least: int):
        self.is_row, self.least = is_row, least  # a box of fewer linked children holds no rows
        self.memo: dict = {}  # box -> {child: its stretch}

    def __call__(self, a, by_br: bool = False):
        """(box, stretch) of a link that is a box's child (or alone in an inline wrapper that is), else None;
        `by_br`: only if the box has <br>s between its links."""
        top = a
        while (up := top.getparent()) is not None and up.tag in _INLINE and len(up.findall(".//a")) == 1:
            top = up
        box = top.getparent()
        if box is None:
            return None
        split = self.memo.get(box)
        if split is None:
            split = self.memo[box] = self.split(box)
        stretch = split.get(top)
        return None if stretch is None or by_br and not split["by_br"] else (box, stretch)

    def split(self, box) -> dict:
        linked = [c for c in box if isinstance(c.tag, str) and (c.tag == "a" or c.find(".//a") is not None)]
        if len(linked) < (_TICKER_LEAST if _in_ticker(box) else self.least) or self.is_row(box):
            return {}
        by_br = sum(c.tag == "br" for c in box) >= len(linked) - 1
        out: dict = {"by_br": by_br}
        lead, nodes = (box.text if by_br else None), []
        for child in box:
            if by_br and child.tag == "br" or not by_br and child in linked:
                self.stretch(box, lead, nodes, out)
                lead, nodes = (child.tail if by_br else None), ([] if by_br else [child])
            elif by_br or nodes:  # before the first link of a box without <br>: no row's
                nodes.append(child)
        self.stretch(box, lead, nodes, out)
        return out

    @staticmethod
    def stretch(box, lead, nodes: list, out: dict) -> None:
        if not nodes:
            return
        copied = box.makeelement("span", {})
        copied.text = lead
        for node in nodes:
            copied.append(copy.deepcopy(node))  # with its tail: the text up to the next node
            out[node] = copied
