"""What an href is and where it leads, cheaply: the spider runs these on every link of every page.

`link_scheme_class` (web, anchor, javascript, mailto, …, malformed, skip), `normalize_url` (the absolute URL a
browser would request), `base_directory` (the base a relative href resolves against), `link_kind` (image,
attachment, page or other, from the tag and the extension; data/link_phrases.yaml lists the extensions), and the
hosts: `registrable_domain` (from the public suffix list, through tldextract) and `is_same_site`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import tldextract
import yaml

from govcheck.judge.addresses import host_is_literal_ip
from govcheck.paths import DATA_DIR

# The public suffix list as tldextract bundles it: never fetched, so nothing leaves the machine.
_SUFFIXES = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@cache
def _kind_by_ext() -> Mapping[str, str]:
    with open(DATA_DIR / "link_phrases.yaml", encoding="utf-8") as f:
        extensions = yaml.safe_load(f)["extensions"]
    return MappingProxyType({ext: kind for kind, exts in extensions.items() for ext in exts})


# --- href helpers (run on every link of every page: keep them cheap) -------------------------------------

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_STRIP = " \t\n\r\f\v\x00\u3000\u00a0"
_INNER_SPACE = re.compile(r"[\t\n\r]")
_BAD_HOST_CHARS = frozenset(' \t\r\n\f\v<>"{}|\\^`%[]@\x00')
_DOTTED_NUMBER = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.I)
_WEB_SCHEMES = frozenset({"http", "https"})
# Local paths pasted from an editor's computer (file:, C:\...) open for nobody: malformed, not skipped.
_LOCAL_SCHEMES = frozenset({"file"})


def _clean(href: str) -> str:
    href = href.strip(_STRIP)
    if "\t" in href or "\n" in href or "\r" in href:
        href = _INNER_SPACE.sub("", href)
    return href


@lru_cache(maxsize=4096)  # a site's pages name the same few hosts thousands of times
def _bad_authority(authority: str) -> bool:
    """True when the part after // cannot be a host[:port]."""
    hostport = authority.rpartition("@")[2]
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return True
        host, rest = hostport[1:end], hostport[end + 1 :]
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return True
        if rest and not rest.startswith(":"):
            return True
        port = rest[1:]
    else:
        host, _, port = hostport.partition(":")
        if ":" in port:
            return True
    if port and (not port.isdigit() or not port.isascii() or int(port) > 65535):
        return True
    if not host or not _BAD_HOST_CHARS.isdisjoint(host) or any(ord(c) < 32 for c in host):
        return True
    return bool(_DOTTED_NUMBER.match(host) and host_is_literal_ip(host) is None)


def _authority_of(rest: str) -> str | None:
    """The authority when `rest` starts with //, else None (a path-relative form)."""
    if not rest.startswith("//"):
        return None
    end = len(rest)
    for sep in "/?#":
        at = rest.find(sep, 2)
        if 0 <= at < end:
            end = at
    return rest[2:end]


def _web_form(href: str) -> str:
    """Backslashes count as slashes before the query in http(s) URLs, as in browsers."""
    if "\\" not in href:
        return href
    q = href.find("?")
    return href.replace("\\", "/") if q < 0 else href[:q].replace("\\", "/") + href[q:]


def _classify_clean(href: str) -> str:
    if not href:
        return "skip"  # an empty href is the page itself
    if href[0] == "#":
        return "anchor"
    m = _SCHEME.match(href)
    if m:
        scheme = m.group(1).lower()
        if len(scheme) == 1 or scheme in _LOCAL_SCHEMES:
            return "malformed"
        if scheme not in _WEB_SCHEMES:
            return "skip"
        rest = _web_form(href[m.end() :])
        authority = _authority_of(rest)
        if authority is None:
            return "web"  # http:x and http:/x are relative to the page, as in browsers
        return "malformed" if _bad_authority(authority) else "web"
    rest = _web_form(href)
    authority = _authority_of(rest)
    if authority is not None and _bad_authority(authority):
        return "malformed"
    return "web"


def join_url(base: str, href: str) -> str | None:
    """urljoin, or None for an address Python's URL parser refuses (an unclosed IPv6 bracket: "http://[x/"), or whose
    port is no number of one ("http://host:99999/", "http://host:8a/"): no request can be made for it."""
    try:
        url = urljoin(base, href)
        parts = urlsplit(url)
        if ":" in parts.netloc.rpartition("@")[2].rpartition("]")[2]:
            parts.port  # noqa: B018 - raises for a port out of range or not a number
        return url
    except ValueError:
        return None


def link_scheme_class(href: str) -> str:
    """web (http, https, relative), skip (javascript:, mailto:, tel:, ftp:, ...), anchor (#x), malformed."""
    if len(href) > _SCHEME_MEMO_CHARS:  # a data: URI of an inlined image is not kept in the memo
        return _classify_clean(_clean(href))
    return _scheme_class(href)


_SCHEME_MEMO_CHARS = 512


@lru_cache(maxsize=65536)  # every page repeats its site's menu, footer and side links
def _scheme_class(href: str) -> str:
    return _classify_clean(_clean(href))


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
        elif seg == ".":
            if i == len(segments) - 1:
                out.append("")
        else:
            out.append(seg)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def base_directory(base: str, href: str) -> str:
    """What of `base` a relative `href` depends on: the page's directory, unless the href keeps the page's
    own path (empty, ?query, #fragment) or the base has a query or parameters; only its scheme and host for an
    href from the root or an absolute one. Pages of one directory share their menus and list links, so results
    cached by directory are reused thousands of times."""
    if not href or href[0] in "?#;" or "?" in base or ";" in base or "#" in base or base.count("/") < 3:
        return base
    if (href[0] == "/" and href[1:2] not in _NOT_ROOT) or href[:8].lower().startswith(("http://", "https://")):
        # "/x" and "http://h/x" keep nothing of the page's path: one cache entry per host, not per directory
        host_at = base.find("//")
        if host_at > 0:
            return base[: base.find("/", host_at + 2) + 1]
    return base[: base.rfind("/") + 1]


_NOT_ROOT = ("/", "\\", "\t", "\n", "\r")  # "//h", "/\\h" and "/\t/h" (tab dropped) name a host


def normalize_url(base: str, href: str) -> str | None:
    """The absolute http(s) URL of `href` on page `base`, without fragment; None unless it is a web link.

    Lower-cases scheme and host, drops a default port, resolves dot segments, encodes spaces, keeps the query.
    """
    return _normalize(base_directory(base, href.strip(_STRIP)), href)


@lru_cache(maxsize=65536)
def _normalize(base: str, href: str) -> str | None:
    href = _clean(href)
    kind = _classify_clean(href)
    if kind in ("skip", "malformed"):
        return None
    href = _web_form(href).split("#", 1)[0]
    try:
        joined = urljoin(base, href)
    except ValueError:
        return None
    return _normalize_joined(joined)


@lru_cache(maxsize=65536)  # one address reached by different relative hrefs (../../images/x.png from each folder)
def _normalize_joined(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _WEB_SCHEMES:
        return None
    hostname = (parts.hostname or "").lower()
    if not hostname or _bad_authority(parts.netloc):
        return None
    if ":" in hostname:
        hostname = f"[{hostname}]"
    netloc = hostname
    if port is not None and port != (80 if scheme == "http" else 443):
        netloc = f"{hostname}:{port}"
    if "@" in parts.netloc:
        netloc = parts.netloc.rpartition("@")[0] + "@" + netloc
    path = parts.path or "/"
    if "/." in path:
        path = _remove_dot_segments(path)
    query = parts.query
    if " " in path or " " in query:
        path, query = path.replace(" ", "%20"), query.replace(" ", "%20")
    return urlunsplit((scheme, netloc, path, query, ""))


# Tags whose link is always an image: <img>, <input type=image> and the legacy background attribute.
_IMAGE_TAGS = frozenset({"img", "input", "body", "table", "tr", "td", "th"})
# Tags whose target is shown or played inside the page, never a page to crawl: an image or an attachment by its
# extension, else other. "css" is a url(...) of a style attribute or a <style> element.
_EMBEDDED_TAGS = frozenset({"object", "embed", "source", "video", "audio", "track", "css"})
# Tags whose target is a page when its extension does not say otherwise (frames are pages of their own).
_PAGE_TAGS = frozenset({"a", "area", "iframe", "frame", "form", "option", ""})


@lru_cache(maxsize=65536)  # each URL is met on many pages: menus, list links, shared images
def link_kind(url: str, tag: str) -> str:
    """image, attachment, page or other, from the tag that holds the link and the path's extension."""
    tag = tag.lower()
    if tag in ("link", "script"):
        return "other"
    if tag in _IMAGE_TAGS:
        return "image"
    try:
        path = urlsplit(url).path
    except ValueError:
        path = ""
    last = path.rpartition("/")[2].split(";", 1)[0]
    dot = last.rfind(".")
    ext = unquote(last[dot + 1 :]).lower() if dot > 0 or (dot == 0 and len(last) > 1) else ""
    kind = _kind_by_ext().get(ext) if ext else None
    if tag in _EMBEDDED_TAGS:
        return kind if kind == "image" or kind == "attachment" else "other"
    if kind:
        return kind
    return "page" if tag in _PAGE_TAGS else "other"


# --- hosts --------------------------------------------------------------------------------------------


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


@lru_cache(maxsize=65536)
def host_and_path(url: str) -> tuple[str, str]:
    """The URL's host, lower case, and its path: which audited site it belongs to is asked of every link."""
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.path


def strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The domain registered under a public suffix: b.gov.cn for a.b.gov.cn, example.com for www.example.com;
    an IP literal, or a name under no known suffix, is its own."""
    host = host.lower().rstrip(".")
    if host_is_literal_ip(host) is not None:
        return host
    return _SUFFIXES(host).top_domain_under_public_suffix or host


def may_lend(host: str, other: str, unmarked: bool = False) -> bool:
    """Whether pages on `other` may be the site's at `host`, as the code they show says: a host of its registered
    domain (xxgk.city.gov.cn for qx.city.gov.cn), or, for a government's site, another government's host (its city's
    platform serving a county's 信息公开 columns, www.city.gov.cn/zfxxgk/qx/ for www.qx.gov.cn). A page that shows
    no code at all (`unmarked`) only a host of its registered domain lends: another government's is that government's
    own (国务院文件 at www.gov.cn, 市政府文件 at the city's) unless it shows the site's code."""
    mine, theirs = registrable_domain(host), registrable_domain(other)
    return mine == theirs or (not unmarked and mine.endswith(".gov.cn") and theirs.endswith(".gov.cn"))


def is_same_site(url: str, site_hosts: frozenset[str] | set[str]) -> bool:
    """The URL's host is one of the site's hosts (www. or not); sibling subdomains are other sites."""
    host = strip_www(host_of(url))
    return bool(host) and host in _without_www(frozenset(site_hosts))


@lru_cache(maxsize=8)
def _without_www(hosts: frozenset[str]) -> frozenset[str]:
    """A crawl's set of site hosts, looked up for every link: made once."""
    return frozenset(strip_www(h.lower()) for h in hosts)


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def url_pattern(url: str) -> str:
    """A URL's shape with digits and query values blanked: a calendar's months and a search's pages share one shape
    (so do articles that differ only by their id: content, unless they lead only to each other)."""
    parts = urlsplit(url)
    keys = "&".join(sorted(k.split("=")[0] for k in parts.query.split("&") if k))
    return f"{parts.netloc}{_DIGITS.sub('N', parts.path)}?{keys}"


# the last segment of a column's page: its folder, or its default page (/zbap/, /zbap/index.html, list_2.html)
_COLUMN_PAGE = re.compile(r"(?:^|/)(?:(?:index|default|list|main)(?:_\d+)?\.\w+)?$", re.I)


_ITEM_ID = re.compile(r"\d{5,}")  # an article's id in its folder's name (/xwdt/12345/); a year is no id


def column_page(url: str) -> bool:
    """Whether an address is a column's page (its folder, its index.html), no item's: a 专题's, a 今日值班 row's
    值班安排."""
    parts = urlsplit(url)
    return not parts.query and bool(_COLUMN_PAGE.search(parts.path)) and not _ITEM_ID.search(parts.path)
