"""A page's visible text for the wording check: no script, style or template text, and a line break wherever a
block (a paragraph, a cell, a list item, a heading, <br>) begins or ends, so that text of two blocks is never read as
one phrase or one sentence."""

from __future__ import annotations

import re

from lxml import etree

from govcheck.cms.base import SKIP_TAGS, doc_roots

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hr", "iframe", "li", "main", "marquee", "nav", "ol", "option", "p", "pre", "section", "select",
    "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
})
_SPACES = re.compile(r"\s+")


def page_text(sel) -> str:
    """The visible text of a whole document (a parsel Selector or an lxml element), blocks on lines of their own."""
    parts: list[str] = []
    for root in doc_roots(sel):
        _walk(root, parts)
    return "".join(parts)


def _walk(root, parts: list[str]) -> None:
    # iterative, as cms.base.visible_text: thousands of unclosed tags cannot exhaust the recursion limit
    if not isinstance(root.tag, str):
        return
    hidden = 0  # depth inside skipped elements
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in SKIP_TAGS:
                hidden += 1
            elif not hidden:
                if tag in BLOCKS:
                    parts.append("\n")
                if node.text:
                    parts.append(_SPACES.sub(" ", node.text))
            continue
        if event == "end":
            if tag in SKIP_TAGS:
                hidden -= 1
            elif not hidden and tag in BLOCKS:
                parts.append("\n")
        if node is not root and not hidden and node.tail:  # a comment's text is hidden, its tail is not
            parts.append(_SPACES.sub(" ", node.tail))
