"""A menu (or a site map) that an inline script writes from an array of its own, no link in the markup:
`var navData = [{name: "新闻中心", url: "/xwzx/", children: [{name: "部门动态", url: "/xwzx/bmdt/"}]}]`, or a tree
drawn from a flat array whose entries name their parent's id (zTree's `var zNodes = [{id: 11, pId: 1, name, url}]`,
as 信息公开 platforms draw their 目录). Read as literals, never run (cms/jsliterals.py)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.base import iter_doc, resolve
from govcheck.cms.jsliterals import literal, object_at, object_entries, scan

_MENU_SCRIPT = re.compile(r"nav|menu|daohang|lanmu|channel|column|tree", re.I)  # what a menu's script names itself by
_NAME_KEYS = ("name", "title", "text", "label", "menuName", "channelName", "columnName", "catname")
_URL_KEYS = ("url", "href", "link", "path", "linkUrl", "channelUrl", "menuUrl")
# a flat tree's entry names its own id and its parent's (zTree's simpleData: id, pId)
_ID_KEYS = ("id",)
_PARENT_ID_KEYS = ("pId", "pid", "parentId", "parent_id", "parentid")
# an item of a list of articles, not a menu's entry
_DATE_KEY = re.compile(r"date|time|day|riqi|rq$", re.I)
_SCRIPT_CHARS = 200_000  # a menu's array is small: a longer script is a bundle, not read
_ENTRIES = 300


def script_menu(sel, base: str) -> list[tuple[str, str, str | None]]:
    """(name, absolute URL, its parent entry's name) of each entry of the menus the page's inline scripts write
    from arrays of their own, in order."""
    out: list[tuple[str, str, str | None]] = []
    for el in iter_doc(sel, "script"):
        text = el.text or ""
        if el.get("src") or len(text) > _SCRIPT_CHARS or not _MENU_SCRIPT.search(text):
            continue
        _objects(text, base, None, out, {})
    return out[:_ENTRIES]


# a file of a menu's data, not a column's list: its own name says so (a folder may be a column's: /lanmu/list.do)
_MENU_FILE = re.compile(r"nav|menu|daohang", re.I)


def names_a_menu(url: str) -> bool:
    """Whether a file a page's script fetches is named for a menu (/config/menu.json, /js/nav.json, getMenu.do)."""
    return bool(_MENU_FILE.search(urlsplit(url).path.rpartition("/")[2]))


def menu_file(text: str, url: str, base: str) -> list[tuple[str, str, str | None]]:
    """The entries of a menu's array in a file a page's script fetches (`url`, named for a menu), read as
    script_menu reads an inline one; nothing from a file named otherwise (a list of articles)."""
    out: list[tuple[str, str, str | None]] = []
    if names_a_menu(url) and len(text) <= _SCRIPT_CHARS:
        _objects(text, base, None, out, {})
    return out[:_ENTRIES]


def _field(fields: dict, keys: tuple[str, ...]):
    return next((v for k in keys if (v := literal(fields.get(k))) not in (None, "")), None)


def _objects(text: str, base: str, parent: str | None, out: list, names: dict) -> None:
    """The entries of the object literals in `text`, each nested one under the entry that holds it, or under the one
    whose id it names as its parent's (`names`: each named object's id -> its name, an entry without an address
    too: a tree's root, 法定主动公开内容)."""
    skip_to = 0
    for i, c in scan(text, 0):
        if i < skip_to or c != "{" or len(out) >= _ENTRIES:
            continue
        obj = object_at(text, i)
        if obj is None:
            return
        skip_to = i + len(obj)
        fields = object_entries(obj)
        name = next((v for k in _NAME_KEYS if (v := literal(fields.get(k))) and isinstance(v, str)), None)
        href = next((v for k in _URL_KEYS if (v := literal(fields.get(k)))), None)
        entry = bool(name and href) and not any(_DATE_KEY.search(k) for k in fields)
        url = resolve(base, href) if entry else None
        if isinstance(name, str) and (own := _field(fields, _ID_KEYS)) is not None:
            names.setdefault(str(own), name.strip())
        up = _field(fields, _PARENT_ID_KEYS)
        if url:
            out.append((name.strip(), url, names.get(str(up), parent) if up is not None else parent))
        for value in fields.values():  # its sub-menu, or the arrays of a config object
            if value.lstrip().startswith(("[", "{")):
                _objects(value, base, name.strip() if url else parent, out, names)
