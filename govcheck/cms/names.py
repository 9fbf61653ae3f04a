"""Names a page gives itself: the column (meta, breadcrumb, title) and the title."""

from __future__ import annotations

import re

from govcheck.cms.base import base_url, class_id, clean, iter_doc, marker, meta_content, resolve, squeeze
from govcheck.cms.text import first_in_doc

_MAX_NAME = 30


def _crumb_tokens(el) -> list[tuple[str, str]]:
    """("a", text) for each link and ("t", text) for the text between them, in document order."""
    out: list[tuple[str, str]] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "a":
                out.append(("a", clean(child.text_content())))
            elif tag and tag not in ("script", "style"):
                if child.text:
                    out.append(("t", child.text))
                walk(child)
            if child.tail:
                out.append(("t", child.tail))

    if el.text:
        out.append(("t", el.text))
    walk(el)
    return out


def _crumb_name(el) -> str | None:
    """The last part of a breadcrumb: a plain name after the last link (山西要闻), else the last link."""
    seps = re.compile(marker("breadcrumb_separators"))
    skip = set(marker("breadcrumb_skip"))
    tokens = _crumb_tokens(el)
    links = [i for i, (kind, text) in enumerate(tokens) if kind == "a" and text]
    if not links:
        return None
    after = clean(" ".join(t for _, t in tokens[links[-1] + 1:]))
    tail = [p.strip() for p in seps.split(after) if p.strip()]
    # the last name after the last link (信息公开 > 信息公示), unless that text is the page's tools (字号 | 打印)
    if tail and (len(tail) == 1 or "|" not in after) and all(len(p) <= _MAX_NAME and ":" not in p for p in tail) \
            and tail[-1] not in skip:
        return tail[-1]
    home = set(marker("home_texts"))
    for i in reversed(links):
        name = tokens[i][1]
        if name and name not in skip and name not in home and len(name) <= _MAX_NAME:
            return name
    return None


def _crumb_candidates(sel) -> tuple[list, list, list]:
    """(elements whose own text holds a 当前位置 label, elements whose class or id says breadcrumb, elements that
    start with a link to 首页 and a separator: 首页 >> 团委动态), in one pass over the document (XPath contains()
    over Chinese text is several times slower)."""
    labels = tuple(marker("breadcrumb_labels"))
    frags = re.compile("|".join(map(re.escape, marker("breadcrumb_fragments"))))
    starts = re.compile(rf"\s*(?:{marker('breadcrumb_separators')})")
    home = set(marker("home_texts"))
    labelled, marked, shaped = [], [], []
    for el in iter_doc(sel):
        if not isinstance(el.tag, str):
            if el.tail and "位置" in el.tail and any(w in el.tail for w in labels):  # text after a comment
                labelled.append(el.getparent())
            continue
        if el.text and "位置" in el.text and any(w in el.text for w in labels):
            labelled.append(el)
        if el.tail and "位置" in el.tail and any(w in el.tail for w in labels):
            labelled.append(el.getparent())
        if frags.search(class_id(el)):
            marked.append(el)
        if el.tag == "a" and el.tail and starts.match(el.tail) and clean(el.text_content()) in home:
            shaped.append(el.getparent())
    return labelled, marked, shaped


def _breadcrumb(sel):
    """(the breadcrumb element, the column it ends with), or (None, None)."""
    labelled, marked, shaped = _crumb_candidates(sel)
    for el in labelled:
        for _ in range(4):  # the label may sit in its own <td>/<strong>, the links beside it
            if el is None or el.tag in ("script", "style", "title", "head", "meta"):
                el = None
                break
            if el.find(".//a") is not None:
                break
            el = el.getparent()
        if el is not None:
            name = _crumb_name(el)
            if name:
                return el, name
    for frag in marker("breadcrumb_fragments"):  # in order of trust, each in document order
        for el in marked:
            if frag in class_id(el) and el.find(".//a") is not None:
                name = _crumb_name(el)
                if name:
                    return el, name
    for el in shaped:
        if el is not None and (name := _crumb_name(el)):
            return el, name
    return None, None


def breadcrumb_name(sel) -> str | None:
    """The column a breadcrumb (当前位置：首页 > … > 栏目) ends with."""
    return _breadcrumb(sel)[1]


def breadcrumb_place(sel, url: str | None = None, *, name: str | None = None) -> tuple[str | None] | None:
    """(parent,) of the column a breadcrumb ends with, (None,) when it sits right under 首页, None when the page
    has no breadcrumb or it does not end with the column `name` (when given)."""
    el, last = _breadcrumb(sel)
    if el is None:
        return None
    last = clean(name) if name else last
    parts = _crumb_parts(el)
    if last not in parts:
        return None
    home = set(marker("home_texts"))
    trail = [p for p in parts[:parts.index(last)] if p not in home]
    return (trail[-1] if trail else None,)


def breadcrumb_home(sel, url: str) -> str | None:
    """The address a page's breadcrumb's 首页 links (its first link named so), resolved; None without one."""
    el, _ = _breadcrumb(sel)
    if el is None:
        return None
    home = set(marker("home_texts"))
    for a in el.iter("a"):
        if clean(a.text_content()) in home:
            return resolve(base_url(sel, url), a.get("href"))
    return None


def breadcrumb_parts(sel) -> list[str]:
    """Every name of a page's breadcrumb, 首页 first ([] without one)."""
    el, _ = _breadcrumb(sel)
    return _crumb_parts(el) if el is not None else []


def _crumb_parts(el) -> list[str]:
    seps = re.compile(marker("breadcrumb_separators"))
    parts = []
    for kind, text in _crumb_tokens(el):
        for part in ([clean(text)] if kind == "a" else seps.split(clean(text))):
            part = part.strip()
            if part and len(part) <= _MAX_NAME and ":" not in part and not any(w in part for w in
                                                                               marker("breadcrumb_labels")):
                parts.append(part)
    return parts


def title_name(sel) -> str | None:
    """The first part of <title> (丰城新闻 – 丰城市政府网 gives 丰城新闻)."""
    title = clean(first_in_doc(sel, "string(//title)"))  # asked by the list's reader, then the article's
    if not title:
        return None
    parts = [p.strip() for p in re.split(marker("title_separators"), title) if p.strip()]
    return parts[0] if parts else None


def column_name(sel) -> str | None:
    return meta_content(sel, "ColumnName") or breadcrumb_name(sel) or title_name(sel)


def own_heading(sel, url: str | None = None, *, name: str, parent: str | None = None) -> str | None:
    """The name a column's page gives itself (its ColumnName, else the name its breadcrumb ends with) when the
    menus call it otherwise: 部门动态 on the page of a menu's 部门. None when it is the menus' name, or the parent's
    (a breadcrumb that stops at the column's section). Not the <title>, whose first part a template may give the
    section."""
    heading = clean(meta_content(sel, "ColumnName") or breadcrumb_name(sel) or "")
    if not heading or len(heading) > _MAX_NAME or squeeze(heading) in {squeeze(name), squeeze(parent or "")}:
        return None
    return heading
