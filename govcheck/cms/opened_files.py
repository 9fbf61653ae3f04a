"""A homepage's rows of titles alone whose links call a function of a script file with an article's id (<a
href="javascript:void(0)" onclick="openArticle('4521')">, href="javascript:showDetail('abc123','xwdt')"): no date and
no address in the page. The site's script files are read for that function (cms.openers, never run); where it opens
an address built from its arguments, the rows' articles tell when their box was last added to. Where it does not,
the homepage's freshness is unknown, never stale."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import base_url, compiled, host_of, iter_doc, marker, resolve
from govcheck.cms.openers import _CALL, Openers, call_arguments
from govcheck.cms.row_dates import row_item
from govcheck.cms.rows import collect_rows

OPENER_FILES = 3  # the site's script files read for the functions its rows call
LEAST_ROWS = 3  # rows of one box that make a list, not a bar of tools (设为首页 | 加入收藏)
BOX_ARTICLES, BOXES = 3, 3  # as undated blocks are: each box's first articles, an old one maybe pinned on top
SCRIPT_CHARS = 500_000  # a longer file is a bundle: its functions are no template's
_DIGIT = re.compile(r"\d")


def _article_call(code: str) -> tuple[str, str] | None:
    """(function, id) of a call in a row's link code with an article's id among its literal arguments (a word with a
    digit: 4521, abc123), or None (setHome(this, 'http://…'), a call without literals)."""
    for m in _CALL.finditer(code):
        if m[1] in ("void", "javascript"):
            continue
        ids = [a for a in call_arguments(code, m.end()) if a is not None and _DIGIT.search(a)]
        if ids:
            return m[1], ids[0]
    return None


def _code(a) -> str:
    href = (a.get("href") or "").strip()
    return "\n".join(c for c in (href if href.lower().startswith("javascript:") else "", a.get("onclick") or "") if c)


def unopened_boxes(sel, url: str) -> list[list[str]]:
    """The link code of each row, box by box, of the homepage's boxes of three undated rows or more (outside
    navigation, header and footer) whose links call one function, each with an article's id of its own, that the
    page's own scripts do not explain: where they lead, only a script file tells."""
    boxes: dict = {}
    for row in collect_rows(sel.root, base_url(sel, url), opaque=True):
        if row_item(row, None)[1]:
            continue  # dated: what it shows counts already (cms.opaque_row_dates)
        code = _code(max(row.links, key=lambda lt: len(lt[1]))[2])
        if (call := _article_call(code)) is not None:
            boxes.setdefault(row.box, []).append((call, code))
    out = []
    for rows in boxes.values():
        names, ids = {c[0] for c, _ in rows}, {c[1] for c, _ in rows}
        if len(rows) >= LEAST_ROWS and len(names) == 1 and len(ids) == len(rows):
            out.append([code for _, code in rows])
    return out


def site_scripts(sel, url: str) -> list[str]:
    """The script files of the page's host it includes, in its order, not a known library (/js/common.js)."""
    host, base, found = host_of(url), base_url(sel, url), []
    libraries = compiled(*marker("script_libraries"))
    for el in iter_doc(sel, "script"):
        target = resolve(base, src) if (src := (el.get("src") or "").strip()) else None
        if target and host_of(target) == host and target not in found \
                and not libraries.search(urlsplit(target).path.rsplit("/", 1)[-1]):
            found.append(target)
    return found[:OPENER_FILES]


def opened_leads(boxes: list[list[str]], base: str, files: list[str]) -> tuple[list[str], bool]:
    """(the first articles of each box (unopened_boxes) the functions of the script files' texts `files` open, whether
    a box's rows open nothing they explain: a function not found, one building its address at run time)."""
    openers = Openers(None, tuple(f for f in files if len(f) <= SCRIPT_CHARS))
    leads: dict[str, None] = {}
    unknown = False
    for codes in boxes[:BOXES]:
        found = [resolve(base, t) if (t := openers.target(code)) else None for code in codes[:BOX_ARTICLES]]
        if None in found:
            unknown = True  # what that box shows is a browser's to know; the others are read all the same
        else:
            leads.update(dict.fromkeys(found))
    return list(leads), unknown
