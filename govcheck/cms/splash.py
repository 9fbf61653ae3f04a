"""The way a splash page (欢迎页, 引导页) leads its visitor into the site: its entry (a link, an image map's area, a
form's button named 进入网站), a Flash splash's link, its body's onload, or a timer alone. Read, never run."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from govcheck.cms.base import clean, link_title, resolve, visible_text
from govcheck.cms.jsliterals import argument_at, string_at
from govcheck.cms.navigation import find_column_links
from govcheck.cms.openers import sent_to

# the name of a splash's entry (进入主站) to the site's real homepage
_ENTER = re.compile(r"^(?:点击)?进入(?:主站|首页|网站|主页|门户|门户网站|政府网站|网站首页|政府门户网站)?$")
_FLASH_KEYS = ("url", "link", "href", "goto", "go", "target", "jumpurl", "home")  # FlashVars' keys that name a page
_TIMER = re.compile(r"(?:window\.)?set(?:Timeout|Interval)\s*\(\s*")
# a phone's pages: a timer that leads there leaves a computer's visitor here
_MOBILE = re.compile(r"^(?:m|wap|3g|mobile|h5)\.|/(?:m|wap|mobile|h5|phone)(?:/|$|\.)", re.I)
MENU_COLUMNS = 3  # columns a page's menu names that make it a page of its own, not a splash


def _name(el) -> str:
    """What an entry says: a link's title (its text, title or picture's alt), an area's alt or title, a button's
    value, text or title."""
    if el.tag == "a":
        return link_title(el)
    if el.tag == "area":
        return clean(el.get("alt") or el.get("title"))
    if el.tag == "input":
        return clean(el.get("value") or el.get("alt") or el.get("title"))
    return clean(visible_text(el)) or clean(el.get("title"))


def _sent(code: str | None, base: str) -> str | None:
    """The one address `code` (an onclick, a javascript: href, an onload) sends its visitor to, resolved."""
    sent = sent_to(code or "")
    return resolve(base, sent.pop()) if sent and len(sent) == 1 else None


def _target(el, base: str) -> str | None:
    """Where an entry leads: its href (a link's, an area's), else the location its onclick (or javascript: href)
    sets (www.bnpo.gov.cn's `onclick="self.location='index'"`)."""
    if el.tag in ("a", "area") and (target := resolve(base, el.get("href"))):
        return target
    href = (el.get("href") or "").strip()
    return _sent(f"{href if href.lower().startswith('javascript:') else ''}\n{el.get('onclick') or ''}", base)


def _one(targets: set) -> str | None:
    return targets.pop() if len(targets) == 1 else None


def entry_link(sel, base: str) -> str | None:
    """Where a splash page leads its visitor: the one address its entries named 进入主站 (进入首页, 进入网站, 点击进入:
    a link's text, title or picture's alt, an image map's area's alt, a form button's value) open, by their href or
    the location their onclick sets; else a Flash splash's (flash_entry); else the location its body's onload sets
    (`<body onload="location.href='…'">`, at once or by a timer). None when they name none or several."""
    root = getattr(sel, "root", sel)
    targets = set()
    for el in root.iter("a", "area", "input", "button"):
        if el.tag == "input" and (el.get("type") or "").lower() not in ("button", "submit", "image"):
            continue
        if _ENTER.match(_name(el).replace(" ", "")) and (target := _target(el, base)):
            targets.add(target)
    if targets:
        return _one(targets)
    if found := flash_entry(root, base):
        return found
    body = root.find(".//body")
    return _sent(body.get("onload"), base) if body is not None else None


def flash_entry(root, base: str) -> str | None:
    """A Flash splash's way in: the one page a link around its <embed> or <object> opens, or a link of its
    <noscript>, else the page its FlashVars name (`<param name="FlashVars" value="url=index.html">`). None on a page
    with no Flash, or when they name several."""
    flashes = list(root.iter("embed", "object"))
    if not flashes:
        return None
    targets = set()
    for el in flashes:
        for up in el.iterancestors("a"):
            if target := resolve(base, up.get("href")):
                targets.add(target)
    for noscript in root.iter("noscript"):
        for a in noscript.iter("a"):
            if target := resolve(base, a.get("href")):
                targets.add(target)
    if targets:
        return _one(targets)
    for el in flashes:
        values = [p.get("value") for p in el.iter("param") if (p.get("name") or "").lower() == "flashvars"]
        for value in (*values, el.get("flashvars")):
            for key, v in parse_qsl(value or "", keep_blank_values=False):
                if key.lower() in _FLASH_KEYS and (target := resolve(base, v)):
                    targets.add(target)
    return _one(targets)


def _uncommented(code: str) -> str:
    """A script's code without its comments (// …, /* … */, an old page's <!-- … line), string literals kept."""
    out, i = [], 0
    while i < len(code):
        if code[i] in "'\"`" and (found := string_at(code, i)) is not None:
            out.append(code[i:found[1]])
            i = found[1]
        elif code.startswith(("//", "<!--"), i):
            end = code.find("\n", i)
            i = len(code) if end < 0 else end
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            i = len(code) if end < 0 else end + 2
        else:
            out.append(code[i])
            i += 1
    return "".join(out)


def _timed(code: str) -> set[str] | None:
    """The addresses the timers of `code` send their visitor to (setTimeout("location.href='index.html'", 10000),
    window.setTimeout(function(){window.location='/web/'},3000)); None when one is built at run time."""
    out: set[str] = set()
    code = _uncommented(code)
    for m in _TIMER.finditer(code):
        raw = argument_at(code, m.end()).strip()
        found = string_at(raw, 0)
        body = found[0] if found and found[0] is not None and found[1] == len(raw) else raw
        sent = sent_to(body)
        if sent is None:
            return None
        out |= sent
    return out


def timer_target(sel, base: str, page_url: str) -> str | None:
    """Where a page's timer alone sends its visitor (`setTimeout("location.href='index.html'", 10000)`), when the
    page names no column menu of its own (a splash that shows a picture and waits): the one address its timers lead
    to, never a phone's pages (m., wap., /mobile/, /h5/) nor the page itself (a homepage's timer that reloads it)."""
    root = getattr(sel, "root", sel)
    codes = ["" if s.get("src") else (s.text or "") for s in root.iter("script")]
    body = root.find(".//body")
    codes.append(body.get("onload") or "" if body is not None else "")
    targets = set()
    for code in codes:
        timed = _timed(code)
        if timed is None:
            return None
        targets |= {t for a in timed if (t := resolve(base, a))}
    if len(targets) != 1:
        return None
    target = targets.pop()
    parts = urlsplit(target)
    if _MOBILE.search(parts.netloc) or _MOBILE.search(parts.path) or target.split("#")[0] == page_url.split("#")[0]:
        return None
    menu = [c for c in find_column_links(sel, page_url) if c.source == "nav"]
    return None if len(menu) >= MENU_COLUMNS else target
