"""The 分类 tree of Guangdong's 政府信息公开目录 platform (gkmlpt): its page (`/gkmlpt/index`) writes no link to its
categories; its script draws the tree from `window._CONFIG = {SID: '662021', TREE: [{id, name, children,
jump_url}]}`, and each category's list from `api/all/<id>?page=1&sid=<SID>` beside the page, at a hash route
(`index#721`) that names no address. Each leaf category is a column at its list's endpoint (its page's number
aside: `api/all/721?sid=662021`), read as the JSON it answers; a category that leads elsewhere (its `jump_url`)
is a column there. Read as literals, never run."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from govcheck.cms.base import iter_doc, resolve
from govcheck.cms.jsliterals import literal, object_at, object_entries

_CONFIG = re.compile(r"\b_CONFIG\s*=\s*(?=\{)")
_NODES = 500  # a tree's categories read, at most


def _config(sel) -> dict[str, str]:
    """The entries of the page's `_CONFIG` object (each as source text), or {}."""
    for el in iter_doc(sel, "script"):
        text = el.text or ""
        if el.get("src") or "_CONFIG" not in text:
            continue
        for m in _CONFIG.finditer(text):
            entries = object_entries(object_at(text, m.end()) or "{}")
            if "SID" in entries and "TREE" in entries:
                return entries
    return {}


def _walk(nodes, api: str, sid: str, parent: str | None, out: list) -> None:
    """The leaves of `nodes`, each under its nearest named parent; `api` the endpoints' folder (…/gkmlpt/api/all/)."""
    for node in nodes if isinstance(nodes, list) else ():
        if len(out) >= _NODES or not isinstance(node, dict):
            continue
        name, ident = str(node.get("name") or "").strip(), node.get("id")
        children = node.get("children")
        if children:
            _walk(children, api, sid, name or parent, out)
            continue
        jump = node.get("jump_url")
        url = resolve(api, jump) if isinstance(jump, str) and jump.strip() else (
            f"{api}{ident}?page=1&sid={sid}" if str(ident).isdigit() else None)
        if name and url:
            out.append((name, url, parent))


def gkml_tree(sel, page_url: str) -> list[tuple[str, str, str | None]]:
    """(name, URL, its parent category's name) of each leaf of the page's gkmlpt tree: at its list's endpoint beside
    the page, asked for page one with the site's id; [] for any other page."""
    entries = _config(sel)
    sid = literal(entries.get("SID"))
    if not entries or not sid:
        return []
    try:
        tree = json.loads(entries["TREE"])
    except ValueError:  # not written as JSON: not read
        return []
    out: list[tuple[str, str, str | None]] = []
    _walk(tree, urljoin(page_url, "api/all/"), sid, None, out)
    return out
