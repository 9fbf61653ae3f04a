"""Every link of a page: the elements and attributes that make a browser open or fetch another URL.

Pure: an lxml root in, tuples out, no Scrapy engine. `page_links` walks the tree once, in document order, and
yields (element, href, text, scheme class, absolute URL or None) for

- a[href], area[href]                                   what a person clicks
- frame[src], iframe[src]                               pages shown inside the page (crawled like links)
- img[src], img[srcset], input[type=image][src], lazy-load attributes (data-src, data-original, ...)
- object[data], embed[src], video[src|poster], audio[src], source[src|srcset], track[src]
- link[href] when rel is stylesheet or icon             a missing stylesheet leaves the page visibly broken
- the legacy background attribute (body, table, tr, td, th)
- CSS url(...) and @import "..." in style attributes and <style> elements: yielded as a `CssRef` whose tag is
  "css" (link_kind makes it an image when the extension says so)

Left out on purpose: script[src] (analytics and plugin scripts of third parties, nothing a reader sees),
link rel=preload/prefetch/dns-prefetch/preconnect/canonical/alternate/manifest (hints and metadata), the
TRS editor's oldsrc (a bare upload file name, not resolvable against the page), object classid/codebase and
embed pluginspage (plugin installers), longdesc/lowsrc/usemap, meta refresh (the spider follows it as a redirect).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from govcheck.cms.css import css_urls, srcset_urls
from govcheck.judge.urls import link_scheme_class, normalize_url

# the attribute that holds the one URL of each link tag
URL_ATTR = {
    "a": "href", "area": "href", "img": "src", "frame": "src", "iframe": "src", "object": "data", "embed": "src",
    "source": "src", "video": "src", "audio": "src", "track": "src", "input": "src", "link": "href",
}
# what root.iter walks: the link tags and <style>; the few elements with a CSS url() or a background attribute
# are found by one XPath and their links given out just before the next link element (see _styled)
LINK_TAGS = (*URL_ATTR, "option", "style")
_LINK_TAG_SET = frozenset(LINK_TAGS)

TEXT_MAX = 300  # characters of link text kept
_TEXT_PIECES = 64  # text nodes of a link read at most for its text (reading all of a never-closed <a> for each
# such link would take time in the square of the page's length)

# Lazy-loading scripts keep the real image in these while src holds a placeholder (or nothing).
LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "lazy-src", "original")
_LAZY_TAGS = frozenset({"img", "iframe", "source", "video", "audio"})
_EXTRA_ATTRS = frozenset({"srcset", "data-srcset", "poster", *LAZY_ATTRS})  # more URLs besides the tag's own
_TEMPLATE = re.compile(r"\{\{|\{\$|\$\{|<%|\[\[|\{@")  # a client-side template placeholder, not a URL yet

# Elements a style attribute with url( or a background attribute stands on. XPath runs in C and hands back only
# the few attributes that can hold a URL ("(" keeps it cheap; the CSS pattern below decides).
_STYLED = etree.XPath("descendant-or-self::*/@style[contains(., '(')] | descendant-or-self::*/@background")
_BACKGROUND_TAGS = frozenset({"body", "table", "tr", "td", "th"})  # where browsers show a background attribute
_URL_CALL = re.compile(r"(?<![\w-])url\(", re.IGNORECASE)

_SPACE = " \t\n\r\f"


class CssRef:
    """A url(...) found in CSS: `tag` is "css"; anything else is read from the element whose style attribute or
    <style> content holds it (`element`)."""

    __slots__ = ("element",)
    tag = "css"

    def __init__(self, element):
        self.element = element

    def __getattr__(self, name):
        if name == "element":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.element, name)

    def __repr__(self) -> str:
        return f"<CssRef in <{self.element.tag}>>"


# libxml2 stops reading a page, without an error, once elements nest this deep (2048 with huge_tree): a list whose
# rows each leave a <div> open loses everything after its 2,048th row
_PARSER_DEPTH = 2000
_REST_PARSES = 64  # a long page of unclosed rows needs a few; the cap keeps a hostile page bounded


def _depth_of_last(root) -> tuple[int, object]:
    """How deep the document's last element sits, and that element: the chain of last children."""
    depth, el = 0, root
    while len(el):
        last = el[-1]
        if not isinstance(last.tag, str):
            break
        el, depth = last, depth + 1
    return depth, el


def page_roots(root, text: str) -> list:
    """The page's tree, and the trees of what follows where the parser stopped at its nesting limit (read on
    their own), so that a link at the end of a long page of unclosed rows is still found."""
    from lxml import html as lxml_html

    roots = [root]
    for _ in range(_REST_PARSES):
        depth, last = _depth_of_last(roots[-1])
        line = getattr(last, "sourceline", None)
        if depth < _PARSER_DEPTH or not line:
            break
        # from the line of the last element read on (it is read twice: its links are de-duplicated by the caller)
        rest = text.split("\n", line - 1)[-1] if text.count("\n") >= line else ""
        text = rest
        if not rest.strip():
            break
        try:
            roots.append(lxml_html.document_fromstring(rest, parser=lxml_html.HTMLParser(huge_tree=True)))
        except (etree.ParserError, ValueError):
            break
    return roots


def page_links(root, base: str) -> Iterator[tuple]:
    """(element, href, text, scheme class, absolute URL or None) of each link of a page, in document order.

    `base` is the URL relative links resolve against (the page's, or its <base href>). Links whose scheme is
    not checked (javascript:, mailto:, data:, ...) are left out; anchors (#x) and malformed ones are kept.
    """
    own, before, after = _styled(root)
    for el in root.iter(*LINK_TAGS):
        if before:
            waiting = before.get(el)
            if waiting:  # styled elements (a <div>, a <td>) that come just before this link element
                for styled in waiting:
                    yield from _styled_links(styled, base)
        tag = el.tag
        if tag == "a" or tag == "area":  # most links: kept inline
            raw = el.get("href")
            if raw is not None:
                href = raw.strip()
                scheme = link_scheme_class(href)
                if scheme != "skip":
                    # at most _TEXT_PIECES text nodes: a never-closed <a> may hold the rest of a long page; a link
                    # without child elements (most) is only its own text, read without an iterator
                    pieces = (el.text or "") if not len(el) else "".join(islice(el.itertext(), _TEXT_PIECES))
                    text = " ".join(pieces.split())[:TEXT_MAX]
                    yield (el, href, text or _fallback_text(el), scheme,
                           normalize_url(base, href) if scheme == "web" else None)
        elif tag == "style":
            if el.text:
                yield from _css_links(el, el.text, base, True)
        elif tag == "option":
            yield from _jump_link(el, base)
        else:
            yield from _element_links(el, tag, base)
        if own and el in own:
            yield from _styled_links(el, base)
    for styled in after:
        yield from _styled_links(styled, base)


def _styled(root) -> tuple[set | frozenset, dict, list]:
    """Where the links of elements with a CSS url() or a background attribute go in the walk over LINK_TAGS:
    (those that are link elements themselves, {link element: the styled elements just before it}, the styled
    elements after the last link element). The walk stays on LINK_TAGS: adding a styled element's tag would
    make it visit, say, every <td> of the page for one styled cell."""
    found = _STYLED(root)
    if not found:
        return _NO_STYLED
    own, before, after, seen = set(), {}, [], set()
    for value in found:  # in document order
        el = value.getparent()
        if value.attrname == "background":
            if el.tag not in _BACKGROUND_TAGS:
                continue
        elif not _URL_CALL.search(value):
            continue
        if el in seen:
            continue
        seen.add(el)
        if el.tag in _LINK_TAG_SET:
            own.add(el)
            continue
        following = _next_link_element(el)
        if following is None:
            after.append(el)
        else:
            before.setdefault(following, []).append(el)
    return own, before, after


_NO_STYLED: tuple[frozenset, dict, list] = (frozenset(), {}, [])


def _next_link_element(el):
    """The first element of LINK_TAGS after the start of `el` in document order (its own descendants first)."""
    found = next(el.iter(*LINK_TAGS), None)
    node = el
    while found is None and node is not None:
        for sibling in node.itersiblings():
            found = next(sibling.iter(*LINK_TAGS), None)
            if found is not None:
                break
        node = node.getparent()
    return found


def _styled_links(el, base: str):
    background = el.get("background")
    # background="#ffffff" or "white" (bgcolor meant): a colour, not an image to report as broken
    if background is not None and el.tag in _BACKGROUND_TAGS and _plausible_url(background.strip()):
        yield from _one(el, background, (el.get("title") or "").strip()[:TEXT_MAX], base)
    style = el.get("style")
    if style:
        yield from _css_links(el, style, base, False)


def _one(el, raw: str, text: str, base: str):
    href = raw.strip()
    scheme = link_scheme_class(href)
    if scheme != "skip":
        yield el, href, text, scheme, normalize_url(base, href) if scheme == "web" else None


def _fallback_text(el) -> str:
    """The text of a link without text: its title, else the alt or title of its image."""
    text = (el.get("title") or "").strip()
    if not text:
        img = el.find(".//img")
        text = (img.get("alt") or img.get("title") or "") if img is not None else ""
    return text


def _media_text(el) -> str:
    return (el.get("alt") or el.get("title") or "").strip()[:TEXT_MAX]


_JUMPS = re.compile(r"location|window\.open|\.href", re.IGNORECASE)
_JUMP_VALUE = re.compile(r"(?:https?:)?/", re.IGNORECASE)  # an address, not a year or an id the script adds


def _jump_link(el, base: str):
    """An entry of a jump box (友情链接 as `<select onchange="window.open(this.value)">`): its value is a link a
    visitor follows. Values of other selects (a search scope, a year) are no addresses."""
    value = (el.get("value") or "").strip()
    if not _JUMP_VALUE.match(value):
        return
    select = next(el.iterancestors("select"), None)
    if select is None or not _JUMPS.search(select.get("onchange") or ""):
        return
    yield from _one(el, value, " ".join((el.text or "").split())[:TEXT_MAX], base)


def _element_links(el, tag: str, base: str):
    """The links of a frame, image or media element: its URL attribute, then srcset, lazy-load and poster."""
    if tag == "link":
        rel = (el.get("rel") or "").lower().split()
        if ("stylesheet" in rel and "alternate" not in rel) or "icon" in rel:
            yield from _one(el, el.get("href") or "", (el.get("title") or "").strip()[:TEXT_MAX], base)
        return
    if tag == "input" and (el.get("type") or "").strip().lower() != "image":
        return
    if tag == "frame" or tag == "iframe":
        text = (el.get("title") or el.get("name") or "").strip()[:TEXT_MAX]
    elif tag == "source":
        text = _source_text(el)
    else:
        text = _media_text(el)
    raw = el.get(URL_ATTR[tag])
    src = raw.strip() if raw is not None else ""
    if raw is not None:
        yield from _one(el, raw, text, base)
    if _EXTRA_ATTRS.isdisjoint(el.keys()):  # the usual case: one URL
        return
    if tag == "img" or tag == "source":
        srcset = el.get("srcset")
        if srcset:
            for href in srcset_urls(srcset):
                if href != src:
                    yield from _one(el, href, text, base)
    if tag in _LAZY_TAGS:
        seen = None
        for name in LAZY_ATTRS:
            value = el.get(name)
            if value is not None:
                href = value.strip()
                if href != src and _plausible_url(href) and href != seen:
                    seen = href
                    yield from _one(el, href, text, base)
        if tag == "img" or tag == "source":
            value = el.get("data-srcset")
            if value:
                for href in srcset_urls(value):
                    if href != src and _plausible_url(href):
                        yield from _one(el, href, text, base)
    if tag == "video":
        poster = el.get("poster")
        if poster is not None:
            yield from _one(el, poster, text, base)


def _plausible_url(href: str) -> bool:
    """A value of an attribute that only sometimes holds a URL (lazy-load, background) that does: a path or file
    name, not a flag, a number, a colour or a template placeholder still to be filled by a script."""
    return (("/" in href or "." in href) and not _TEMPLATE.search(href)
            and link_scheme_class(href) == "web")


def _source_text(el) -> str:
    text = _media_text(el)
    if text:
        return text
    parent = el.getparent()
    if parent is None:
        return ""
    text = (parent.get("title") or "").strip()[:TEXT_MAX]
    if not text and parent.tag == "picture":  # the picture's <img> (lxml nests it in the <source> before it)
        img = parent.find(".//img")
        text = _media_text(img) if img is not None else ""
    return text


def _css_links(el, css: str, base: str, is_sheet: bool):
    """The links of a style attribute (is_sheet False) or of a <style> element's text. Data URIs, script and
    other schemes are skipped, and so are #fragment references (SVG filters and masks of the same page)."""
    ref = CssRef(el)
    text = "" if is_sheet else (el.get("title") or "").strip()[:TEXT_MAX]
    for href in css_urls(css, imports=is_sheet):
        scheme = link_scheme_class(href)
        if scheme == "skip" or scheme == "anchor":
            continue
        yield ref, href, text, scheme, normalize_url(base, href) if scheme == "web" else None
