"""Crawl traps, recognised by what their pages yield, not by how many URLs share a path.

A URL's shape (`judge.urls.url_pattern`) becomes a trap once enough of its pages added nothing new: each led on
only to more of itself (a search's next page), or repeated an earlier page of its shape but for its numbers and
led on only to more of itself or to proven traps (a calendar's next month, whose days are a trap). A shape whose
pages nearly all repeat one another and bring nothing new to check is hollow (a calendar's empty days), a trap
too. Pages that say something of their own (articles, columns) never count, nor does a page that brings anything
new to check (an attachment, an image, another kind of page): look-alike daily bulletins, each with its own
attachment, are content.
"""

from __future__ import annotations

import hashlib
import re

_NUMBERS_AND_SPACE = re.compile(r"[\d\s]+")
HOLLOW_SHARE = 10  # a shape is hollow when at most one page in this many added anything


def echo_key(shape: str, text: str) -> str:
    """The page's shape with a digest of its text, numbers and spacing left out: two months of an endless calendar
    share one key (as do two of its empty days); pages that say different things do not."""
    body = _NUMBERS_AND_SPACE.sub("", text)
    return f"{shape}#{hashlib.blake2b(body.encode('utf-8', 'replace'), digest_size=8).hexdigest()}"


def adds_nothing(own: int, trapped: int, fresh: int, echo: bool) -> bool:
    """Whether a page counts toward its shape being a trap, from the URLs it was first to lead to: `own` of its
    shape, `trapped` of shapes already proven traps, `fresh` of any other; `echo` when an earlier page of its shape
    read the same but for its numbers."""
    if fresh:
        return False
    if own and not trapped:
        return True
    # a repeated page that leads on only into traps; one that leads nowhere is a dead end (a republished article)
    return echo and bool(own or trapped)


def added_something(fresh: int, echo: bool) -> bool:
    """Whether a page said or brought anything new: its own words, or a new URL to check that is not a trap's."""
    return bool(fresh) or not echo


def hollow(read: int, added: int, cap: int) -> bool:
    """Whether a shape is a trap for its pages being all alike: `read` of them read (at least `cap`), of which only
    `added` said or brought anything new."""
    return read >= cap and added * HOLLOW_SHARE <= read
