"""Functions of a page that open an address built from their arguments (function showInfo(id) {window.open(
"detail.jsp?id=" + id)}): where a list's link that calls one with an article's id alone leads. Read, never run."""

from __future__ import annotations

import re

from lxml import etree

from govcheck.cms.base import DATA_ADDRESSES, iter_doc, opened_by_click, scripted_target
from govcheck.cms.jsliterals import argument_at, string_at
from govcheck.cms.text import doc_memo, doc_roots

# A function whose body, before any other function, opens an address: window.open(…), location.href = …,
# location.assign(…) or .replace(…). Bounded: a page's scripts may run to hundreds of kilobytes.
_OPENER = re.compile(
    r"function\s+([\w$]+)\s*\(([\w$\s,]*)\)\s*\{((?:(?!function\b)[^}]){0,400}?)"
    r"(?:window\.open\s*\(|(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=(?!=)|"
    r"location\.(?:assign|replace)\s*\()")
_CALL = re.compile(r"([\w$]+)\s*\(")
_TERM = re.compile(r"\s*(?:([\w$]+)|(['\"]))")
_NUMBER = re.compile(r"\d+")
_ID = re.compile(r"[\w.\-]{1,64}")  # what an article's id looks like; not a path, a URL or code


def _template(text: str, i: int, params: list[str]) -> list | None:
    """The address expression at text[i] as parts: strings, and parameter positions; None when it uses
    anything else (a variable, a call) or names no text of its own."""
    parts: list = []
    while True:
        m = _TERM.match(text, i)
        if m is None:
            return None
        if m[1]:
            if m[1] not in params:
                return None
            parts.append(params.index(m[1]))
            i = m.end()
        else:
            found = string_at(text, m.start(2))
            if found is None or found[0] is None:
                return None
            parts.append(found[0])
            i = found[1]
        rest = text[i:i + 40].lstrip()
        if not rest.startswith("+"):
            break
        i = text.index("+", i) + 1
    return parts if any(isinstance(p, str) and p for p in parts) else None


_NAMED = re.compile(r"\s*([\w$]+)\s*[),;]")  # an address the opener is given by a variable's name


def _through_variable(m, text: str, params: list[str]) -> list | None:
    """The address an opener (`m`, _OPENER's match in `text`) opens by a variable its function assigns once before
    (var url = "/art/" + id + ".html"; window.open(url)), as parts; None otherwise."""
    named = _NAMED.match(text, m.end())
    if named is None or named[1] in params:
        return None
    found = list(re.finditer(rf"(?<![\w$.]){re.escape(named[1])}\s*=(?!=)", m[3]))
    return _template(m[3], found[0].end(), params) if len(found) == 1 else None


class Openers:
    """The opening functions of one page, read from its inline scripts on first use."""

    def __init__(self, root, files: tuple[str, ...] = ()):
        self.root = root  # a Selector or an element (None: none): its whole document's scripts are read
        self.files = files  # the text of script files the page includes, read after its inline scripts
        self.found: dict | None = None

    def load(self) -> dict:
        found: dict = {}
        texts: list[str] = []
        if self.root is not None:
            top = getattr(self.root, "root", self.root)
            top = top.getroottree().getroot() if hasattr(top, "getroottree") else top
            texts = ["" if s.get("src") else (s.text or "") for r in doc_roots(top) for s in r.iter("script")]
        for text in (*texts, *self.files):
            if "function" not in text:
                continue
            for m in _OPENER.finditer(text):
                params = [p.strip() for p in m[2].split(",") if p.strip()]
                parts = (_template(text, m.end(), params) or _through_variable(m, text, params)) if params else None
                if parts is not None:
                    found.setdefault(m[1], (len(params), parts))
        return found

    def target(self, code: str) -> str | None:
        """The address a call in `code` (an onclick, a javascript: href) opens, when it calls one of the page's
        opening functions with literal arguments."""
        if self.found is None:
            self.found = self.load()
        if not self.found:
            return None
        for m in _CALL.finditer(code):
            opener = self.found.get(m[1])
            if opener is None:
                continue
            args = call_arguments(code, m.end())
            used = [p for p in opener[1] if isinstance(p, int)]
            if all(p < len(args) and args[p] is not None for p in used):
                return "".join(p if isinstance(p, str) else args[p] for p in opener[1])
        return None


def call_arguments(code: str, i: int) -> list[str | None]:
    """The arguments of the call whose "(" ends just before code[i]: a string or number literal's value each,
    None for anything else, or a value no address part could be."""
    args: list[str | None] = []
    while i < len(code) and len(args) < 8:
        raw = argument_at(code, i)
        stripped, end = raw.strip(), i + len(raw)
        if stripped:
            value = string_at(stripped, 0)
            value = value[0] if value and value[1] == len(stripped) else stripped if _NUMBER.fullmatch(stripped) \
                else None
            args.append(value if value is not None and _ID.fullmatch(value) else None)
        if end >= len(code) or code[end] != ",":
            break
        i = end + 1
    return args


# a page sending its visitor on: location.href = "…", location.assign("…") or .replace("…")
_SENDS = re.compile(r"(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=(?!=)\s*|"
                    r"location\.(?:assign|replace)\s*\(\s*")
SENT_ON_CHARS = 20  # the most a page that sends its visitor on shows of its own (页面跳转中…)
_DEVICE = re.compile(r"navigator|useragent|screen\.width|innerwidth|ismobile", re.I)  # which device asks


def sent_on(sel) -> str | None:
    """The address a page that shows nothing of its own (no link, picture or frame; a short line at most) sends its
    visitor to by a script, when its scripts name that one address and no other (an old column index page's
    window.location.href = "list/index.html"): where a browser goes, as it goes after a meta refresh."""
    from govcheck.cms.base import clean, visible_text

    root = getattr(sel, "root", sel)
    body = root.find(".//body")
    body = root if body is None else body
    if body.xpath(".//a[@href] | .//img | .//iframe | .//frame") or len(clean(visible_text(body))) > SENT_ON_CHARS:
        return None
    targets = set()
    for script in root.iter("script"):
        text = "" if script.get("src") else (script.text or "")
        if _DEVICE.search(text):
            return None  # a phone's visitor sent to its own pages: a computer's stays here
        sent = sent_to(text)
        if sent is None:
            return None  # an address built at run time: where it leads is a browser's to know
        targets |= sent
    return targets.pop() if len(targets) == 1 else None


_JOIN = re.compile(r"\s*\+\s*")


def sent_to(code: str) -> set[str] | None:
    """The addresses `code` sends its visitor to by assigning location (location.href = "…", self.location='index',
    location.replace("…")), string literals joined by + read as one (www.bjsat.gov.cn's 'http:/'+'/'+'www.…/');
    None when one is built at run time (a variable's or a call's part)."""
    out = set()
    for m in _SENDS.finditer(code):
        parts, i, dangling = [], m.end(), False
        while (found := string_at(code, i)) is not None and found[0] is not None:
            parts.append(found[0])
            i, dangling = found[1], False
            if (plus := _JOIN.match(code, i)) is None:
                break
            i, dangling = plus.end(), True  # another part follows: a literal, or something built at run time
        address = "".join(parts).strip()
        if dangling or not address:
            return None
        out.add(address)
    return out


_CLICKED_TAGS = ("tr", "li", "dd", "div", "p")
# what opened_by_click asks first of an element: an onclick, or a data-url
_CLICKABLE = etree.XPath("boolean(//*[@onclick or " + " or ".join(f"@{a}" for a in DATA_ADDRESSES) + "])")
_LIST_ROWS = 3  # clicked rows under one parent that make a list, not a banner or a box a click opens


def clicked_rows(root, base: str, openers: Openers, skip) -> list[tuple[object, str]]:
    """(row, address) of each element holding no link that opens an address by an onclick of its own (<tr
    onclick="window.open('…')">, an old table portal's list) or a data-url its page's script opens (<li
    data-url="/art/…">): a click reaches its article as a link would. The
    outermost such element of a row, none that `skip` (navigation, header, footer) holds, and only where three
    siblings or more are such rows."""
    doc = getattr(root, "root", root).getroottree().getroot()
    memo = doc_memo(doc)
    if "clickable" not in memo:  # one XPath over the whole page (//): most have no element that opens on a click
        memo["clickable"] = _CLICKABLE(doc)
    if not memo["clickable"]:
        return []
    lists: dict = {}
    taken: set = set()
    for el in iter_doc(root, *_CLICKED_TAGS):
        if not opened_by_click(el) or any(up in taken for up in el.iterancestors()) or skip(el):
            continue
        if target := scripted_target(el, base, openers):
            taken.add(el)
            lists.setdefault(el.getparent(), []).append((el, target))
    return [row for rows in lists.values() if len(rows) >= _LIST_ROWS for row in rows]
