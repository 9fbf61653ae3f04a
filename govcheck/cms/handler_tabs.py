"""Tab boxes whose tabs switch panes by a handler's index: elements side by side with onMouseOver="changeNews(n)"
(old table portals' cells, www.hangzhou.gov.cn's of 2018), each tab tied to the pane its function shows by the ids
the page's script builds from the index (getElementById("act01"+i)), else by order where the 更多 links after the
row are as many as its tabs. Each pane's 更多 is named by its tab, however far apart the markup puts them; a tab's
own link is its column too."""

from __future__ import annotations

import re
from itertools import chain

from govcheck.cms.base import clean, doc_roots, is_more_text, iter_doc, link_title, resolve, visible_text

_HANDLER = re.compile(r"^\s*(?:javascript:)?([A-Za-z_$][\w$]*)\s*\(\s*(\d{1,2})\s*\)\s*;?\s*(?:return\s+\w+;?)?\s*$")
_EVENTS = ("onmouseover", "onclick", "onmouseenter")
_WITH_HANDLER = "//*[" + " or ".join(f"@{e}" for e in _EVENTS) + "]"
_ID_FROM_INDEX = re.compile(r"""getElementById\(\s*(["'])([\w\-]+)\1\s*\+|\$\(\s*(["'])#([\w\-]+)\3\s*\+""")
_MIN_TABS, _MAX_TABS = 2, 8  # a tabbed block's few tabs; more are a list
_MIN_NAME, _MAX_NAME = 2, 12  # a tab names a column in a few characters
_YEAR = re.compile(r"^\d{4}\s*年?度?$")  # a list's tabs by year (2026年 | 2025年) are no columns
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # 要　　闻: spaced out to fill its tab
_BODY = 3000  # how much of a script after `function name(` is the function's body
_UP = 8  # how far up from a row of tabs the box that holds its panes may be


def tab_names(sel, base: str) -> dict:
    """{link element: the name of its column}: each pane's one 更多 named by its tab, and each tab's own links
    that lead somewhere, for every row of handler tabs on the page."""
    rows = _rows(sel)
    if not rows:
        return {}
    scripts = "\n".join(s.text or "" for s in iter_doc(sel, "script") if not s.get("src"))
    ids = {el.get("id"): el for el in iter_doc(sel) if isinstance(el.tag, str) and el.get("id")}
    named: dict = {}
    for func, tabs in rows:
        panes = _panes_by_id(func, tabs, scripts, ids)
        mores = [p if p is None else _more_in(p) for p in panes] if panes else _mores_by_order(tabs)
        if not mores:  # no pane tied to a tab: a row of handlers (a pager's goPage(n)) is no tab box
            continue
        for (_, tab, name), more in zip(tabs, mores, strict=True):
            for a in tab.iter("a"):
                if resolve(base, a.get("href")) is not None:
                    named[a] = name
            if more is not None:
                named[more] = name
    return named


def _rows(sel) -> list[tuple[str, list]]:
    """Rows of tabs: two to eight siblings whose handlers call one function with indexes of their own, each showing
    a short name; (function, [(index, element, name)]) in the order of the page."""
    groups: dict[tuple, list] = {}
    handled = chain.from_iterable(r.xpath(_WITH_HANDLER) for r in doc_roots(sel))  # lxml's search, every page
    for el in handled:
        if el.getparent() is None:
            continue
        for event in _EVENTS:
            if (m := _HANDLER.match(el.get(event) or "")) is not None:
                groups.setdefault((el.getparent(), m.group(1)), []).append((int(m.group(2)), el))
                break
    rows = []
    for (_, func), tabs in groups.items():
        named = [(n, el, _CJK_GAP.sub("", clean(visible_text(el)))) for n, el in tabs]
        if _MIN_TABS <= len(named) <= _MAX_TABS and len({n for n, _, _ in named}) == len(named) \
                and all(_MIN_NAME <= len(name) <= _MAX_NAME and not is_more_text(name) and not _YEAR.match(name)
                        for _, _, name in named):
            rows.append((func, named))
    return rows


def _panes_by_id(func: str, tabs: list, scripts: str, ids: dict) -> list | None:
    """The pane each tab shows, by the ids the function builds from its index (prefix + n): the first prefix whose
    elements are not the tabs themselves nor hold them (None for a tab whose pane the page lacks)."""
    start = re.search(rf"function\s+{re.escape(func)}\s*\(", scripts)
    if start is None:
        return None
    body = scripts[start.end():start.end() + _BODY]
    if (nxt := re.search(r"\bfunction\s+[A-Za-z_$]", body)) is not None:
        body = body[:nxt.start()]
    tab_els = {el for _, el, _ in tabs}
    for m in _ID_FROM_INDEX.finditer(body):
        prefix = m.group(2) or m.group(4)
        panes = [ids.get(f"{prefix}{n}") for n, _, _ in tabs]  # a pane the page lacks names nothing
        if any(p is not None for p in panes) and all(
                p is None or p not in tab_els and not any(t in tab_els for t in p.iter()) for p in panes):
            return panes
    return None


def _more_in(pane):
    """The pane's one 更多 link; None for none or several (the pane's own boxes)."""
    mores = [a for a in pane.iter("a") if is_more_text(link_title(a))]
    return mores[0] if len(mores) == 1 else None


def _mores_by_order(tabs: list) -> list | None:
    """The 更多 links after the row in the nearest box around it that holds any: one per tab, in order, when they
    are as many as the tabs (a box with one 更多 for all its panes names none)."""
    row = tabs[0][1].getparent()
    node, inside = row.getparent(), set(row.iter())
    for _ in range(_UP):
        if node is None:
            return None
        after, seen = [], False
        for el in node.iter():
            if el is row:
                seen = True
            elif seen and el not in inside and el.tag == "a" and is_more_text(link_title(el)):
                after.append(el)
        if after:
            return after if len(after) == len(tabs) else None
        node = node.getparent()
    return None
