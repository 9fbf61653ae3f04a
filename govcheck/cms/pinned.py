"""A column's pinned items (置顶) in a small block of their own over its list: a `<ul class="zd-list">` of a row or
three, a box headed 置顶, a table's first rows in a `<tbody class="top">`. Beside a list of fifteen rows such a block
is as small as a side box, yet its items are the column's: its newest may be there alone. It counts when it sits
over the list inside the list's own area and its items are the column's (under its folder or category), or, where
the column's address names neither, when its markup says it is pinned."""

from __future__ import annotations

import re

from govcheck.cms.base import class_id

PINNED_ROWS = 3  # templates pin a few items: a block longer is a list or a box of its own
_LEVELS = 3  # how far above the list the area holding both may sit (the list's <ul>, its <div>, the column's box)
# a box classed as pinned: zd-list, zhiding, istop, top-box, a <tbody class="top">
_MARK = re.compile(r"置顶|zhiding|istop|is_top|(?<![a-z])(?:zd|top|ding)(?![a-z])|top(?:list|news|box)", re.I)


def _ancestors(el) -> list:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


def _marked(el, top) -> bool:
    """Its box, or a box up to the area it shares with the list, is classed as pinned, or its rows say 置顶."""
    node = el
    while node is not None and node is not top:
        if _MARK.search(class_id(node)):
            return True
        node = node.getparent()
    shown = " ".join(el.xpath(".//img/@src|.//img/@alt|.//*/@class|.//text()"))
    return bool(re.search(r"置顶|top\.(?:gif|png)|zhiding|istop", shown, re.I))


def _over(el, main) -> tuple[bool, object]:
    """Whether `el` sits before the list `main` in the same area no more than _LEVELS above it, and that area."""
    mine = _ancestors(main)
    theirs = set(_ancestors(el))
    for depth, top in enumerate(mine[1:_LEVELS + 1], 1):
        if top in theirs:  # a block holding the list itself is none over it
            a = next((c for c in _ancestors(el) if c.getparent() is top), None)
            return a is not None and top.index(a) < top.index(mine[depth - 1]), top
    return False, None


def pinned_over(blocks: list, main, inside) -> list:
    """The blocks among `blocks` that are the column's pinned items over its list `main`; `inside` tests that an
    address is the column's own (None where its address names no folder nor category)."""
    out = []
    for b in blocks:
        if b is main or b.el is None or main.el is None or not b.dated or b.rows > PINNED_ROWS or b.side != main.side:
            continue
        before, top = _over(b.el, main.el)
        if not before:
            continue
        if inside is not None and all(inside(i.url) for i in b.items) or inside is None and _marked(b.el, top):
            out.append(b)
    return out
