"""The markup a page's inline script writes in place, read as literals, never run: an old county portal's menu,
`<script>document.write('<li><a href="/tzgg/">通知公告</a></li>')</script>`, a call an entry, or a string built up
and written once (`s += '<li>…'; box.innerHTML = s`). Only a script whose every link's address is a literal of its
own is read: one that builds an address (`'<a href="' + url + '">'`) writes what its data say, unread here."""

from __future__ import annotations

import re

from govcheck.cms.base import iter_doc
from govcheck.cms.jsliterals import strings

SCRIPT_CHARS = 200_000  # a longer inline script is a bundle: not read for a menu
_WRITES = re.compile(r"document\.write(?:ln)?\s*\(|\.innerHTML\s*\+?=|\.(?:html|append)\s*\(|insertAdjacentHTML")
_HREF = re.compile(r"""\bhref\s*=\s*(?:(["'])(?P<q>[^"'<>]*)(?P<end>\1)?|(?P<bare>[^\s"'>]*)(?P<stop>[\s>])?)""",
                   re.I)


def _literal_links(texts: list[str]) -> bool:
    """Whether each link the literals write names its address whole, within one literal (href="/tzgg/"); not one
    whose address a literal leaves open for the script to finish (href=" + url + ")."""
    for text in texts:
        for m in _HREF.finditer(text):
            if (m["q"] is not None and not m["end"]) or (m["q"] is None and (not m["bare"] or not m["stop"])):
                return False
    return True


def written_markup(sel) -> list[tuple[object, str]]:
    """(the script element, the markup it writes) of each inline script of the page that writes links with
    literal addresses in place, in order."""
    out = []
    for el in iter_doc(sel, "script"):
        text = el.text or ""
        if el.get("src") or len(text) > SCRIPT_CHARS or "<a" not in text or not _WRITES.search(text):
            continue
        texts = strings(text)
        markup = "".join(texts)
        if "<a" in markup and _literal_links(texts):
            out.append((el, markup))
    return out
