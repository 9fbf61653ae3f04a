"""The script files of the site's own that write or load a homepage's menu, read as literals, never run: one a
navigation box includes, or named for the header wherever included (head.js, top.js), writing the menu in place
(document.write); and, on a page that shows no menu of its own, the site's other script files (common.js), whose code
may load the header, its menu in it, from a page of markup ($("#header").load("/public/header.html"))."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from govcheck.cms.base import base_url, compiled, host_of, iter_doc, marker, resolve
from govcheck.cms.endpoints import find_endpoints
from govcheck.cms.jsliterals import strings
from govcheck.cms.navigation import ColumnLink, _NavTest, find_column_links
from govcheck.cms.script_menus import names_a_menu

MENU_WRITERS = 2  # script files of a page read for the menu they write or load
# a script file's name, a word of it, for the header or menu it writes (head.js, public_top.js; not headline.js)
_HEADER_SCRIPT = re.compile(r"(?:^|[_\-.])(?:head(?:er)?|top(?:nav|menu|bar)?|nav(?:bar)?|menu|daohang)(?:$|[_\-.\d])",
                            re.I)
SCRIPT_CHARS = 200_000  # a longer script file is a bundle: not read for a menu
_MARKUP_PAGE = re.compile(r"\.(?:s?html?|jsp|php|aspx?)$", re.I)  # what a fragment of markup is named


def menu_writers(sel, page_url: str, menu_shown: bool = True) -> list[str]:
    """The script files of the page's host that its navigation boxes include, or named for its header or menu
    wherever included (/include/head.js, /js/top.js), not a known library: what they write in place is its menu
    (<div class="nav"><script src="/script/0/1709211031225301.js">, a Hanweb platform drawing a department's menu with
    document.write). Those in navigation boxes first. A page that shows no menu of its own (`menu_shown` False) also
    gives its other script files, in its order (/js/common.js, which may load its header)."""
    in_nav, host, base = _NavTest(), host_of(page_url), base_url(sel, page_url)
    libraries = compiled(*marker("script_libraries"))
    found: dict[str, int] = {}  # file -> 0: a navigation box includes it, 1: named for the header, 2: any other
    for el in iter_doc(sel, "script"):
        src = (el.get("src") or "").strip()
        target = resolve(base, src) if src else None
        name = urlsplit(target).path.rsplit("/", 1)[-1] if target else ""
        if not target or host_of(target) != host or target in found or libraries.search(name):
            continue
        rank = 0 if in_nav(el) else 1 if _HEADER_SCRIPT.search(name.rsplit(".", 1)[0]) else 2
        if rank < 2 or not menu_shown:
            found[target] = rank
    return sorted(found, key=found.__getitem__)[:MENU_WRITERS]


def written_menu_columns(text: str, page_url: str) -> list[ColumnLink]:
    """The columns of the menu a script file writes in place (menu_writers): the links of the markup its string
    literals hold (document.write('<li><a href=…>')), as a navigation box's."""
    markup = " ".join(strings(text[:SCRIPT_CHARS]))
    if "<a" not in markup:
        return []
    sel = Selector(text=f"<html><body><nav>{markup}</nav></body></html>")
    return [c for c in find_column_links(sel, page_url) if c.source == "nav"]


def loaded_fragments(text: str, page_url: str) -> list[str]:
    """The addresses of the page's host from which a script file (menu_writers) loads markup or a menu's data into
    the page (`page_url`, against which a browser resolves them): a header's page ($("#header").load(…), $.get(…)
    then .html(…)), a file named for a menu (/config/menu.json); not a list's data. A bundle is not read."""
    if len(text) > SCRIPT_CHARS:
        return []
    sel = Selector(text="<html><body><script>" + text.replace("</", "<\\/") + "</script></body></html>")
    return [ep.url for ep in find_endpoints(sel, page_url) if ep.method == "GET" and (
        _MARKUP_PAGE.search(urlsplit(ep.url).path) or names_a_menu(ep.url))][:MENU_WRITERS]
