"""URLs inside CSS and srcset, read as browsers read them: url(...) quoted or not with escapes decoded, @import in
a sheet, commented-out rules skipped; a srcset's candidates split where browsers split them (cms/links.py)."""

from __future__ import annotations

import re

# quoted strings and unquoted urls; the groups are atomic (runs of plain characters, then one escape), so a long
# data URI is read in one step and a url( that never closes costs one scan, not one per way to split it.
# An escape in an unquoted url may be hex digits and one space (\5f bg.png is _bg.png).
_STRING = r""""((?>[^"\\\n]+|\\[\s\S])*+)"|'((?>[^'\\\n]+|\\[\s\S])*+)'"""
_BARE = r"""((?>[^"'()\\\s]+|\\[0-9a-fA-F]{1,6}(?:\r\n|[ \t\n\r\f])?|\\[\s\S])*+)"""
# url("x") url('x') url(x) and, in <style>, @import "x"; an unquoted url with a space, quote or ( inside is a
# bad url for browsers too. Matched only where a cheap search found "url(" or "@import".
_URL_AT = re.compile(rf"""url\(\s*(?:{_STRING}|{_BARE})\s*\)""", re.IGNORECASE)
_IMPORT_AT = re.compile(rf"""@import\s*(?:{_STRING})""", re.IGNORECASE)
_CANDIDATE = re.compile(r"url\(|@import", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\n\r\f])?|(\r\n|[\n\r\f])|([\s\S]))")
_SPACE = " \t\n\r\f"


def srcset_urls(value: str) -> list[str]:
    """The image URLs of a srcset attribute, as browsers split it: a URL runs to the next whitespace (commas
    inside it are kept, as in data: URIs), trailing commas end a candidate, descriptors run to the next comma
    outside parentheses."""
    out, pos, n = [], 0, len(value)
    while pos < n:
        while pos < n and (value[pos] in _SPACE or value[pos] == ","):
            pos += 1
        if pos >= n:
            break
        start = pos
        while pos < n and value[pos] not in _SPACE:
            pos += 1
        url = value[start:pos]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth = 0
            while pos < n:
                c = value[pos]
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth = max(0, depth - 1)
                elif c == "," and depth == 0:
                    break
                pos += 1
        if url:
            out.append(url)
    return out


def css_urls(css: str, *, imports: bool = True) -> list[str]:
    """The URLs of CSS text: url(...) (quoted or not, escapes decoded) and, when `imports`, @import "...".
    Commented-out rules are skipped."""
    if "/*" in css:
        css = _strip_comments(css)
    out, done = [], 0
    for at in _candidates(css):
        if at < done:  # inside the url just read
            continue
        if css[at] == "@":
            m = _IMPORT_AT.match(css, at) if imports else None
            if m is None:
                continue
            url = m.group(1) if m.group(1) is not None else m.group(2)
        else:
            before = css[at - 1] if at else " "
            if before.isalnum() or before == "_" or before == "-":  # another function: myurl(...)
                continue
            m = _URL_AT.match(css, at)
            if m is None:
                continue
            double, single, bare = m.groups()
            url = double if double is not None else single if single is not None else bare
        done = m.end()
        if "\\" in url:
            url = _CSS_ESCAPE.sub(_css_unescape, url)
        url = url.strip(_SPACE)
        if url:
            out.append(url)
    return out


def _candidates(css: str) -> list[int]:
    """Offsets of "url(" and "@import" in any case, in order: str.find on a lower-cased copy is several times
    faster than a case-insensitive regex search over the whole text."""
    low = css.lower()
    if len(low) != len(css):  # a character that lower-cases to two would shift the offsets
        return [m.start() for m in _CANDIDATE.finditer(css)]
    out = []
    for needle in ("url(", "@import"):
        at = low.find(needle)
        while at >= 0:
            out.append(at)
            at = low.find(needle, at + 4)
    if len(out) > 1:
        out.sort()
    return out


def _strip_comments(css: str) -> str:
    """CSS without its /* comments */ (an unclosed one runs to the end)."""
    parts, at = [], 0
    while (start := css.find("/*", at)) >= 0:
        parts.append(css[at:start])
        parts.append(" ")
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(parts)
        at = end + 2
    parts.append(css[at:])
    return "".join(parts)


def _css_unescape(m: re.Match) -> str:
    hexa, newline, char = m.groups()
    if hexa:
        code = int(hexa, 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    if newline:
        return ""  # a backslash before a line break continues the string
    return char
