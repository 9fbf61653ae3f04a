"""What an empty list's box shows in place of rows, as templates draw it: a table's header row alone (its labels
in <th>s, a <thead> over an empty <tbody>, or in <td>s as old table portals write them), or a header row over a
row saying 暂无数据; a picture saying the column has nothing or is being built (alt="建设中", jianshezhong.jpg); a bare
暂无 or 无 where the list would be, under the column's heading; an alert saying so as the page loads; a list a comment
left open hides (<!-- and no -->: a browser shows nothing after it)."""

from __future__ import annotations

import re
from itertools import islice

from parsel import Selector

from govcheck.cms.base import (
    class_id,
    flat,
    iter_doc,
    marker,
    meta_content,
    placeholder_line,
    says_empty,
    squeeze,
    visible_text,
)
from govcheck.cms.listing import read_items
from govcheck.cms.names import breadcrumb_name, title_name

# class or id words that CMS templates give a list container
LIST_HINT = re.compile(r"list|news|liebiao|\b[a-z]{0,4}lb\b|xxgk_?list|datalist", re.I)  # xwlb: 新闻列表
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


# a box of the column's heading (column-hd, list-title, lmmc_tit), or a pager's (共0页, 首页 上一页), beside its list
_HEADING_BOX = re.compile(r"title|tit(?![a-z])|head|(?<![a-z])hd(?![a-z])|caption|name|lmmc", re.I)
_PAGER = re.compile(r"共\s*\d+\s*[条页]|第\s*\d+\s*页|上一页|下一页|尾页|\d+\s*/\s*\d+")
_HEADING_CHARS = 30
_BARE_TAGS = ("p", "div", "span", "td", "li", "dd", "font", "center", "strong", "b")
_MARKS = re.compile(r"[\s.。…!！~～-]+")


def said_in_its_list(sel, url: str | None = None) -> bool:
    """Whether a phrase saying the list is empty (暂无数据) stands as a row of a list's box (<ul id="list"><li>暂无数据
    </li></ul>): its template's, which a script filling the list replaces; not a pager's count (共0条), which the
    server counted, nor a line outside any list."""
    phrases = marker("placeholder_phrases")
    for el in iter_doc(sel, *_BARE_TAGS):
        own = flat("".join([el.text or "", *(c.tail or "" for c in el)]))
        if own and any(p in own for p in phrases) and placeholder_line(own) and any(
                up.tag in ("ul", "ol", "tbody") or LIST_HINT.search(class_id(up))
                for up in [el, *islice(el.iterancestors(), 3)]):
            return True
    return False


def said_apart(sel) -> bool:
    """Whether the page says its list has nothing where no list's wording is read: a bare 暂无 or 无 (the whole of
    what its content shows under the column's heading, a pager of none beside it at most), an alert run as the
    page loads (alert('该栏目暂无信息')), or a script that writes no more than that in place. Not a fact's 传真：暂无,
    nor a table's 传真 | 暂无: the line is then a fact's value beside its label."""
    return _bare_under_heading(sel) or _script_says_empty(sel)


def _bare_under_heading(sel) -> bool:
    words = {squeeze(w) for w in marker("bare_placeholders")}
    names = {squeeze(n) for n in (meta_content(sel, "ColumnName"), breadcrumb_name(sel), title_name(sel)) if n}
    for el in iter_doc(sel, *_BARE_TAGS):
        own = _MARKS.sub("", squeeze("".join([el.text or "", *(c.tail or "" for c in el)])))
        if own not in words or _MARKS.sub("", squeeze(visible_text(el))) != own or _hidden(el):
            continue
        box = el  # up to the largest box that shows nothing else
        while (up := box.getparent()) is not None and _MARKS.sub("", squeeze(visible_text(up))) == own:
            box = up
        if (area := box.getparent()) is None:
            continue
        beside = [c for c in area if c is not box and isinstance(c.tag, str) and squeeze(visible_text(c))]
        headed = [c for c in beside if _heading(c) and _names(squeeze(visible_text(c)), names)]
        if headed and all(c in headed or _PAGER.search(flat(visible_text(c))) for c in beside):
            return True
    return False


def _names(heading: str, names: set[str]) -> bool:
    """Whether a heading's text names the column (企业动态, 当前栏目：企业动态): it is the column's list's."""
    return len(heading) <= _HEADING_CHARS and any(n in heading for n in names)


def _heading(el) -> bool:
    return bool(re.fullmatch(r"h\d", el.tag)) or bool(_HEADING_BOX.search(f"{el.get('class') or ''} "
                                                                           f"{el.get('id') or ''}"))


def _hidden(el) -> bool:
    return any(up.get("hidden") is not None or re.search(r"display:\s*none|visibility:\s*hidden",
                                                         up.get("style") or "", re.I)
               for up in [el, *el.iterancestors()])


# an alert's message in a script of the page: run as the page loads when outside every function's braces
_ALERT = re.compile(r"""\balert\s*\(\s*(['"])(.{1,60}?)\1\s*\)""")


# a script that only writes text in place, each piece a literal (document.write('<p>该栏目暂无信息</p>')): a template's
_WRITE = r"""document\.write(?:ln)?\s*\(\s*(['"])((?:(?!\1).)*)\1\s*\)\s*;?\s*"""
_WRITES_ONLY = re.compile(rf"\s*(?:{_WRITE})+", re.S)


def _script_says_empty(sel) -> bool:
    """An alert run as the page loads, or a script writing nothing but literal text, that says the list is empty."""
    for script in iter_doc(sel, "script"):
        code = script.text or ""
        if not (script.get("type") or "javascript").lower().endswith("javascript"):
            continue
        if any(says_empty(m.group(2)) and code.count("{", 0, m.start()) == code.count("}", 0, m.start())
               for m in _ALERT.finditer(code)):
            return True
        if _WRITES_ONLY.fullmatch(code) and placeholder_line(flat(re.sub(r"<[^>]*>", " ", "".join(
                m.group(2) for m in re.finditer(_WRITE, code, re.S))))):
            return True
    return False


# a comment in a page's markup, outside scripts and styles: <!-- up to --> (or --!>; at once: <!--> and <!--->)
_RAW_TEXT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--(?:-?>|.*?--!?>)", re.S)


def open_comment_note(text: str, url: str) -> str | None:
    """Why a list that reads empty is so for visitors too, when its rows stand in the page's source after a comment
    its template left open (<!-- with no -->): the HTML standard, and every browser, make the rest of the page that
    comment, its rows and pager included. None when no comment is left open over a list's rows."""
    text = _RAW_TEXT.sub(" ", text)
    start = 0
    while (at := text.find("<!--", start)) >= 0:
        end = _COMMENT.match(text, at)
        if end is None:
            rows = read_items(Selector(text=text[at + 4:] or "<p></p>"), url)
            return (f"网页源码中有{len(rows)}条列表信息位于未闭合的HTML注释（<!--）之后，浏览器不予显示，"
                    "访问者看到的列表为空") if rows else None
        start = end.end()
    return None
