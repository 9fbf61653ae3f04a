"""A document's visible text, walked once per page: the date readers (cms.base.doc_text) and the wording check
(wording.text.page_text) both read the whole page's text, one right after the other."""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hr", "iframe", "li", "main", "marquee", "nav", "ol", "option", "p", "pre", "section", "select",
    "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
})
BREAK = "\n"  # where a block begins or ends; a text piece never holds one (its whitespace is collapsed)
_SPACES = re.compile(r"\s+")


def doc_roots(obj) -> list:
    """The top-level elements of a Selector's (or element's) document: usually just <html>, but content
    after a stray </html> lands in a second top-level element that iterating <html> alone misses."""
    root = getattr(obj, "root", obj)
    if not hasattr(root, "itersiblings"):
        return []
    before = [e for e in root.itersiblings(preceding=True) if isinstance(e.tag, str)]
    after = [e for e in root.itersiblings() if isinstance(e.tag, str)]
    return [*reversed(before), root, *after]


class _Last:
    """The document read last and what was read of it. Holding its root keeps its id from being reused."""

    root = None
    memo: dict = {}


def doc_memo(obj) -> dict:
    """Room for what is read of a whole document (a parsel Selector or an lxml element) once, kept as long as it
    is the document read last: a page's readers run one after the other."""
    root = getattr(obj, "root", obj)
    if root is not _Last.root:
        _Last.root, _Last.memo = root, {}
    return _Last.memo


def text_content(el) -> str:
    """el.text_content(); an element without children is its own text, read without lxml's XPath string() (most
    links and date cells)."""
    return (el.text or "") if not len(el) else el.text_content()


def first_in_doc(sel, query: str):
    """sel.xpath(query).get() for a query from the document's root (//title/text(), //base/@href), read once a
    page: several readers ask for the same one, each a walk over the whole tree."""
    memo = doc_memo(sel)
    key = ("xpath", query)
    if key not in memo:
        found = doc_strings(sel, query)
        memo[key] = found[0] if found else None
    return memo[key]


@cache
def _xpath(query: str) -> etree.XPath:
    return etree.XPath(query, smart_strings=False)


def doc_strings(sel, query: str) -> list[str]:
    """sel.xpath(query).getall() for a query whose results are strings (text(), @attr, string()), by lxml's XPath
    compiled once: no query compiled again for each page, nor a parsel Selector made for each string found."""
    root = getattr(sel, "root", None)
    if etree.iselement(root):
        found = _xpath(query)(root)
        if not isinstance(found, list):  # string(), count(): one value, as parsel lists it
            found = [found]
        if all(isinstance(f, str) for f in found):
            return found
    return sel.xpath(query).getall()  # elements (parsel serializes them), numbers, booleans


def text_pieces(obj) -> list[str]:
    """The visible text of a whole document in order: no script, style or template text, each text node's
    whitespace collapsed to one space, BREAK where a block begins or ends."""
    memo = doc_memo(obj)
    pieces = memo.get("text_pieces")
    if pieces is None:
        pieces = memo["text_pieces"] = []
        for r in doc_roots(obj):
            _walk(r, pieces)
    return pieces


def element_pieces(el) -> list[str]:
    """The visible text of one element as text_pieces has it: a run of the document's pieces."""
    parts: list[str] = []
    _walk(el, parts)
    return parts


def shown_pieces(obj, hidden) -> list[str]:
    """text_pieces without the text of the elements in `hidden` (a set): what the page shows as served."""
    parts: list[str] = []
    for r in doc_roots(obj):
        _walk(r, parts, hidden)
    return parts


def _walk(root, parts: list[str], skip=None) -> None:
    # iterative: thousands of unclosed tags cannot exhaust the recursion limit
    if not isinstance(root.tag, str):
        return
    hidden = 0  # depth inside skipped elements
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS or (skip and node in skip):
                hidden += 1
            elif not hidden:
                if tag in BLOCKS:
                    parts.append(BREAK)
                if node.text:
                    parts.append(_SPACES.sub(" ", node.text))
            continue
        if event == "end":
            if tag in SKIP_TAGS or (skip and node in skip):
                hidden -= 1
            elif not hidden and tag in BLOCKS:
                parts.append(BREAK)
        if node is not root and not hidden and node.tail:  # a comment's text is hidden, its tail is not
            parts.append(_SPACES.sub(" ", node.tail))
