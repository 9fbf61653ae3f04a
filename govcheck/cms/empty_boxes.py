"""What an empty list's box shows in place of rows, as templates draw it: a table's header row alone (its labels
in <th>s, a <thead> over an empty <tbody>, or in <td>s as old table portals write them), or a header row over a
row saying 暂无数据; a picture saying the column has nothing or is being built (alt="建设中", jianshezhong.jpg)."""

from __future__ import annotations

import re

from govcheck.cms.base import flat, placeholder_line, says_empty, visible_text

# a picture that says "no data" or 栏目建设中 by its file's name (lmjsz, jsz: its initials; 建设中 in pinyin, English)
_NO_DATA_PICTURE = re.compile(r"nodata|no_data|no-data|empty|zwsj|zanwu|暂无|无数据|(?<![a-z])(?:lm)?jsz(?![a-z])"
                              r"|jianshezhong|zhengzaijianshe|construction|建设中", re.I)
# its words alone saying it is being built (建设中, 正在建设中…, 网站建设中): a placeholder's, not a photo's caption
_BUILDING = re.compile(r"^(?:本?栏目|页面|网站|网页|功能)?(?:正在)?建设中[.。…!！]*$")
# a header row's labels in <td>s: short words, one naming the item (标题, 名称), one its date (发布日期, 时间)
_LABEL_CHARS = 8
_TITLE_LABEL = re.compile(r"标题|名称|题目|主题")
_DATE_LABEL = re.compile(r"日期|时间")


def header_row(row) -> bool:
    """A table's header row (<th> cells alone, or in its <thead>): its labels, no item; the one row under it may
    say the list is empty (标题 | 发布日期 over 暂无数据)."""
    cells = _cells(row)
    parent = row.getparent()
    return row.tag == "tr" and bool(cells) and (all(c.tag == "th" for c in cells)
                                                 or parent is not None and parent.tag == "thead")


def _cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _label_row(row) -> bool:
    """A row of <td>s that are a list's labels (序号 | 标题 | 发布日期): short words without a link or a figure, one
    naming the item, one its date."""
    texts = [flat(visible_text(c)).replace(" ", "") for c in _cells(row)]
    return row.tag == "tr" and len(texts) >= 2 and row.find(".//a") is None \
        and all(len(t) <= _LABEL_CHARS and not re.search(r"\d", t) for t in texts) \
        and any(map(_TITLE_LABEL.search, texts)) and any(map(_DATE_LABEL.search, texts))


def empty_table(el) -> bool:
    """A table of any class whose header row's labels stand over rows that only say it has nothing (序号 | 文件名称 |
    发布日期 over 暂无数据), or over no row at all (two labels or more: not a heading's one cell): a list's table,
    empty."""
    if el.tag != "table":
        return False
    rows = list(el.iter("tr"))
    heads = [r for r in rows if header_row(r)] or [r for r in rows[:1] if _label_row(r)]
    if not heads:
        return False
    body = [t for r in rows if r not in heads and (t := flat(visible_text(r)))]
    if not body:
        return any(len(_cells(r)) >= 2 for r in heads)
    return all(map(placeholder_line, body))


def no_data_picture(el) -> bool:
    """A picture that says the list is empty, by its address (nodata.png, lmjsz.jpg: 栏目建设中's initials) or its
    words (alt, title: 暂无信息, 栏目建设中, 建设中): no content."""
    words = f"{el.get('alt') or ''} {el.get('title') or ''}"
    return bool(_NO_DATA_PICTURE.search(el.get("src") or "")) or says_empty(words) or any(
        _BUILDING.match(flat(w).replace(" ", "")) for w in (el.get("alt") or "", el.get("title") or "") if w)
