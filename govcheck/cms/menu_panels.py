"""A menu group whose columns sit in a hidden box far from its heading in the markup, joined to it by id alone: 瑞昌's
EWCMS header lists its headings (<li id="dmndivida4" onMouseOver="ChangeFoldern(this,'dmndivida','9',…)"><a>政务公开
</a></li>) and, after the whole menu, each one's columns (<div id="submenu"><ul id="tdmndivida4" style="display:none">
<li><a>公告公示</a>…); an older hover menu names its box in its call (<li onmouseover="show(1)"> ↔ <div id="sub1">).
The columns of such a box sit under its heading, never first-level. And a 网站导航 popup that lists the site's
columns flat, a group's after its own entry (中国福利彩票's), nests them by their addresses' folders."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import clean, iter_doc, link_title, marker, visible_text

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|[\s_-])(?:hide|hidden)(?:$|[\s_-])", re.I)
_HANDLERS = ("onmouseover", "onmouseenter", "onclick", "onfocus")
_CALL = re.compile(r"\(([^()]*)\)")
_LITERAL = re.compile(r"""'([^']*)'|"([^"]*)"|(?<![\w.])(\d{1,3})(?![\w.])""")
_TRAILING_NUMBER = re.compile(r"^([^\d]+)(\d{1,3})$")
_MAX_NAME = 20


def _hidden(el) -> bool:
    return bool(_HIDDEN.search(el.get("style") or "")) or bool(_HIDDEN_CLASS.search(el.get("class") or ""))


def _heading_name(el) -> str | None:
    """The name a menu heading shows: its one link's, else its own text; None when it holds more links or a list."""
    links = el.findall(".//a") if el.tag != "a" else [el]
    # whether it holds a list at all: an empty <ul> counts, an element's truth would be whether it has children
    if len(links) > 1 or next(el.iterdescendants("ul", "ol", "dl", "table"), None) is not None:
        return None
    name = link_title(links[0]) if links else clean(visible_text(el))
    return name if name and len(name) <= _MAX_NAME and name not in frozenset(marker("home_texts")) else None


def _keys(el) -> tuple[set[str], set[str], set[str]]:
    """A heading's ids (its own and its one link's), the string literals and the numbers its handlers' calls pass."""
    ids = {i for i in (el.get("id"), *(a.get("id") for a in el.iter("a"))) if i and len(i) >= 2}
    strings, numbers = set(), set()
    for attr in _HANDLERS:
        for args in _CALL.findall(el.get(attr) or ""):
            for quoted, dquoted, number in _LITERAL.findall(args):
                if number:
                    numbers.add(number)
                elif len(text := quoted or dquoted) >= 2:
                    strings.add(text)
    return ids, strings, numbers


def _tiers(panel_id: str, ids: set[str], strings: set[str], numbers: set[str]) -> int | None:
    """How surely a panel's id names a heading's box: 0 its id with a prefix or suffix (tdmndivida4 of dmndivida4),
    1 a string its call passes (show('sub1')), 2 a number its call passes, after a word (sub1 of show(1))."""
    if any(panel_id != i and (panel_id.endswith(i) or panel_id.startswith(i)) for i in ids):
        return 0
    if panel_id in strings:
        return 1
    m = _TRAILING_NUMBER.match(panel_id)
    return 2 if m and m.group(2) in numbers else None


def apart_panels(sel, in_nav) -> dict:
    """Hidden boxes of links, each with the name of the menu heading (in a navigation block, `in_nav`) it is joined
    to by id alone, away from it in the markup: {box element: heading's name}. A box more than one heading's in its
    surest way (every heading's call passing the menu's size, '9') is none's."""
    headings = []
    for el in iter_doc(sel):
        if not isinstance(el.tag, str) or not (el.get("id") or any(el.get(h) for h in _HANDLERS)) or _hidden(el) \
                or not in_nav(el):
            continue
        if el.tag == "a" and el.getparent() is not None and any(el.getparent().get(h) for h in _HANDLERS):
            continue  # its entry's handler is the heading's
        name = _heading_name(el)
        if name and (keys := _keys(el)) != (set(), set(), set()):
            headings.append((el, name, keys))
    found = {}
    if not headings:
        return found
    for panel in iter_doc(sel):
        pid = panel.get("id") if isinstance(panel.tag, str) else None
        if not pid or not _hidden(panel) or panel.find(".//a[@href]") is None:
            continue
        best: dict[int, set[str]] = {}
        for el, name, keys in headings:
            if el is panel or any(p is panel for p in el.iterancestors()) or any(
                    p is el for p in panel.iterancestors()):
                continue
            tier = _tiers(pid, *keys)
            if tier is not None:
                best.setdefault(tier, set()).add(name)
        if best and len(names := best[min(best)]) == 1:
            found[panel] = next(iter(names))
    return found


def panel_heading(a, panels: dict) -> str | None:
    """The heading whose apart box (apart_panels) holds a menu entry's link."""
    return next((panels[p] for p in a.iterancestors() if p in panels), None) if panels else None


def _folder(url: str) -> str:
    """The folder a column's address names: its path's, a last part without a dot a folder too (/zwgk → /zwgk/)."""
    path = urlsplit(url).path or "/"
    if path.endswith("/"):
        return path
    head, _, last = path.rpartition("/")
    return f"{head}/" if "." in last else f"{path}/"


def popup_parents(entries: list[tuple[str, str, object]]) -> dict[str, str]:
    """A 网站导航 popup lists the site's columns flat, a group's columns after its own entry (信息公开, then 通知公告,
    年度销售情况…), told apart by their looks alone: each entry (url, name, its popup's element), in the page's order,
    under the nearest entry before it in the same popup whose folder holds its own (/xxgk/ over /xxgk/tzgg/): {its
    address: that entry's}."""
    out: dict[str, str] = {}
    for i, (url, _, box) in enumerate(entries):
        folder = _folder(url)
        for other, _, other_box in reversed(entries[:i]):
            outer = _folder(other)
            if other_box is box and outer != "/" and folder != outer and folder.startswith(outer):
                out.setdefault(url, other)
                break
    return out
