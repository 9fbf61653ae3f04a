"""Rows no element and no link holds: an old 公告栏's lines of text, each a title and its full date, ended by a <br>
(`· 关于…的通告 2026-11-24<br>`) or each a paragraph of its own (`<p>标题（2026-11-24）</p>`). No link leads on from
them: they are counted, for a page that shows them, not read, is no page that dates nothing."""

from __future__ import annotations

import re

from govcheck.cms.base import iter_doc, marker
from govcheck.cms.rows import Chrome

_BOXES = ("p", "div", "td", "li", "dd", "marquee", "font", "center")
_INLINE = frozenset({"span", "font", "b", "strong", "em", "i", "u", "small"})
# a full date leading or ending the line, in brackets or not
_DATE = r"[\[【(（]?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\]】)）]?"
# leading only before a space (never a sentence's 2026年11月20日，…); ending never after a label's colon (更新时间：…)
_ENDS = re.compile(rf"^\s*{_DATE}(?=\s)|(?<![:：\s])\s*{_DATE}\s*$")
_TITLE = re.compile(r"[\u4e00-\u9fff]")
MAX_LINE = 80  # a row's line: a title and its date; a paragraph's sentence is longer
TITLE_CHARS = 6
UNREAD_ROWS = 3  # such rows make a list govcheck cannot read, never none


def _lines(box) -> list[tuple[str, bool]]:
    """The box's own lines of text, each with whether it holds a link: broken at a <br> and around block children;
    an inline child's text (not a link's) is the line's."""
    lines, text, linked = [], box.text or "", False
    for child in box:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br" or tag and tag not in _INLINE and tag != "a":
            lines.append((text, linked))
            text, linked = "", False
        elif tag == "a" or tag and child.find(".//a") is not None:
            linked = True
        elif tag:
            text += child.text_content()
        text += child.tail or ""
    lines.append((text, linked))
    return lines


def dated_lines(sel, url: str = "") -> int:
    """How many distinct lines of text, outside navigation, header and footer and with no link, show a title (6
    Chinese characters or more) and a full date leading or ending it, in a line short as a row's."""
    chrome, not_items = Chrome(), tuple(marker("not_item_dates"))
    seen: set[str] = set()
    for box in iter_doc(sel, *_BOXES):
        if chrome(box):
            continue
        for text, linked in _lines(box):
            line = " ".join(text.split())
            if linked or not line or len(line) > MAX_LINE or line in seen or any(m in line for m in not_items):
                continue
            found = _ENDS.search(line)
            if found and len(_TITLE.findall(line[:found.start()] + line[found.end():])) >= TITLE_CHARS:
                seen.add(line)
    return len(seen)
