"""JavaScript literals read and never run: the strings, objects and arguments a page's inline script writes, as
far as a list endpoint's URL and the fields it sends are written as literals (cms/endpoints.py)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

_QUOTES = "'\"`"
_OPEN, _CLOSE = "{[(", "}])"
_KEY = re.compile(r"[\w$]+")
_WRAPPER = re.compile(r"^(?:new\s+)?[\w$.]+\s*\(\s*")  # JSON.stringify(…), new URLSearchParams(…), $.param(…)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")


def string_at(text: str, i: int) -> tuple[str | None, int] | None:
    """(value, index after) of the string literal that opens at text[i]; the value is None for a template
    literal with ${…} (its end still lets a scan skip it)."""
    if i >= len(text) or text[i] not in _QUOTES:
        return None
    quote, out, j = text[i], [], i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            nxt = text[j + 1:j + 2]
            if nxt == "u" and _HEX4.fullmatch(text[j + 2:j + 6]):
                out.append(chr(int(text[j + 2:j + 6], 16)))
                j += 6
            else:
                out.append(nxt)
                j += 2
            continue
        if c == quote:
            value = "".join(out)
            return (None if quote == "`" and "${" in value else value), j + 1
        if c == "\n" and quote != "`":
            return None  # not a string after all (an apostrophe in a comment)
        out.append(c)
        j += 1
    return None


def strings(text: str) -> list[str]:
    """The values of a script's string literals, in order (a template literal with ${…} left out)."""
    out, i = [], 0
    while i < len(text):
        found = string_at(text, i) if text[i] in _QUOTES else None
        if found is None:
            i += 1
            continue
        if found[0] is not None:
            out.append(found[0])
        i = found[1]
    return out


def scan(text: str, start: int):
    """(index, character) outside string literals, from start."""
    i = start
    while i < len(text):
        c = text[i]
        if c in _QUOTES:
            s = string_at(text, i)
            if s is not None:
                i = s[1]
                continue
        yield i, c
        i += 1


def object_at(text: str, i: int) -> str | None:
    """The {…} object literal that opens at text[i]."""
    if i < 0 or i >= len(text) or text[i] != "{":
        return None
    depth = 0
    for j, c in scan(text, i):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth == 0:
                return text[i:j + 1]
    return None


def argument_at(text: str, i: int) -> str:
    """The source text of the call argument that starts at text[i], up to its comma or closing bracket."""
    depth = 0
    for j, c in scan(text, i):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            if depth == 0:
                return text[i:j]
            depth -= 1
        elif c == "," and depth == 0:
            return text[i:j]
    return text[i:]


def object_entries(obj: str) -> dict[str, str]:
    """The key: value pairs of an object literal, each value as source text (nested objects included)."""
    out: dict[str, str] = {}
    body, start = obj[1:-1], 0
    while start <= len(body):
        part = argument_at(body, start)
        start += len(part) + 1
        part = part.strip()
        s = string_at(part, 0)
        if s is not None and s[0] is not None:
            key, rest = s[0], part[s[1]:]
        else:
            m = _KEY.match(part)
            if not m:
                continue
            key, rest = m.group(0), part[m.end():]
        rest = rest.lstrip()
        if rest.startswith(":"):  # not a shorthand {page} or a method
            out.setdefault(key, rest[1:].strip())
    return out


def literal(raw: str | None) -> str | None:
    """The value of a string, number or boolean literal written alone; None for an expression."""
    raw = (raw or "").strip()
    s = string_at(raw, 0)
    if s is not None:
        return s[0] if s[1] == len(raw) else None
    return raw if _NUMBER.fullmatch(raw) or raw in ("true", "false", "null") else None


def fields(raw: str | None, names: dict[str, str] | None = None) -> dict[str, str]:
    """What a data argument sends: the literal values of an object (also inside JSON.stringify(…) or new
    URLSearchParams(…)), or a query string; fields whose value is a variable are unknown and left out, unless
    `names` (assigned()) holds its value."""
    return read_fields(raw, names)[0]


def read_fields(raw: str | None, names: dict[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """(fields, unknown): what fields() reads, and the keys of the fields whose value it cannot know (an
    expression, a variable no literal assignment names)."""
    raw = (raw or "").strip()
    wrapper = _WRAPPER.match(raw)
    if wrapper:  # the wrapper's first argument; a callback's parameters lead to no object and no field
        raw = argument_at(raw, wrapper.end()).strip()
    text = literal(raw)
    if text is not None and not text.lstrip().startswith("{"):
        return (dict(parse_qsl(text.lstrip("?"), keep_blank_values=True)) if "=" in text else {}), []
    if text is not None:
        raw = text.strip()  # a JSON object written as a string
    obj = object_at(raw, 0)
    if obj is None:
        return {}, []
    known, unknown = {}, []
    for k, value in object_entries(obj).items():
        v = literal(value)
        if v is None and names:
            v = names.get(_name(value))
        if v is None:
            unknown.append(k)
        else:
            known[k] = v
    return known, unknown


_ASSIGN = re.compile(r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])((?:window\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)"
                     r"\s*=(?![=>])\s*")
_PATH = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")


def _name(source: str) -> str:
    """A variable or member path as assigned() keys it: `window._CONFIG.SID` -> `_CONFIG.SID`."""
    source = source.strip()
    return source.removeprefix("window.") if _PATH.fullmatch(source) else ""


def assigned(scripts: list[str]) -> dict[str, str]:
    """The literal values scripts assign by name (the first of each): `var SID = '662021'`, and each literal of an
    object assigned whole, by its path: `window._CONFIG = {SID: '2', TREE: […]}` gives `_CONFIG.SID`."""
    out: dict[str, str] = {}
    for text in scripts:
        for m in _ASSIGN.finditer(text):
            _assign(_name(m.group(1)), text, m.end(), out)
    return out


def _assign(name: str, text: str, i: int, out: dict[str, str], depth: int = 0) -> None:
    obj = object_at(text, i)
    if obj is not None and depth < 3:
        for key, value in object_entries(obj).items():
            _assign(f"{name}.{key}", value, 0, out, depth + 1)
        return
    found = string_at(text, i)
    if found is None and (m := _NUMBER.match(text, i)):
        found = m.group(0), m.end()
    if found is None or found[0] is None or not name:
        return
    j = found[1]
    while j < len(text) and text[j] in " \t":
        j += 1
    if j == len(text) or text[j] in ";,}\r\n":  # the value alone, not the start of an expression ('a' + b)
        out.setdefault(name, found[0])
