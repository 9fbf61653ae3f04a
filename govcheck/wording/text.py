"""A page's visible text for the wording check: no script, style or template text, and a line break wherever a
block (a paragraph, a cell, a list item, a heading, <br>) begins or ends, so that text of two blocks is never read as
one phrase or one sentence."""

from __future__ import annotations

from govcheck.cms.text import BLOCKS, text_pieces

__all__ = ["BLOCKS", "page_text"]


def page_text(sel) -> str:
    """The visible text of a whole document (a parsel Selector or an lxml element), blocks on lines of their own."""
    return "".join(text_pieces(sel))
