"""Lists that a page's own script loads: the endpoints its scripts name, and the items of their answers.

find_endpoints reads the requests that inline scripts write (XMLHttpRequest, fetch, jQuery's ajax and .load,
axios) and the <script url="…" queryData="{…}"> of jpaas' unitbuild.js (realpage 16); parse_endpoint reads the
list out of what such an endpoint answers: JSON, XML or HTML (realpage 17). No script is run, nothing is fetched.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from html import unescape
from urllib.parse import urlsplit

from lxml import etree
from parsel import Selector

from govcheck.cms.base import (
    Endpoint,
    ListItem,
    ListPage,
    base_url,
    clean,
    compiled,
    flat,
    host_of,
    iter_doc,
    marker,
    resolve,
    same_page,
)
from govcheck.cms.endpoint_answers import backend_error, empty_json
from govcheck.cms.jsliterals import argument_at, assigned, literal, object_at, object_entries, read_fields, string_at
from govcheck.cms.json_pager import json_pager, paging_field
from govcheck.cms.listing import read_items, unique_items
from govcheck.judge.dates import match_date

__all__ = ["Endpoint", "error_answer", "find_endpoints", "parse_endpoint"]

_TAG = re.compile(r"<[^>]+>")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses a str that declares its encoding
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # from a JSON \ud800 escape with no pair: lxml takes no such text
_CHINA = timezone(timedelta(hours=8))  # epoch stamps are read as the portals' own calendar day
_NOT_JSON = object()


# --- finding the endpoints ---------------------------------------------------------------------------------

def _url_at(text: str, i: int) -> tuple[str, int] | None:
    """(URL, index after) of a URL argument written as one string literal (not built with +) at text[i]."""
    s = string_at(text, i)
    if s is None or s[0] is None:
        return None
    j = s[1]
    while j < len(text) and text[j].isspace():
        j += 1
    return (s[0], j) if j < len(text) and text[j] in ",)" else None


def _after(text: str, i: int) -> str:
    """The source of the argument after the comma at text[i], or "" when the call ends there."""
    return argument_at(text, i + 1).strip() if i < len(text) and text[i] == "," else ""


def _method(verb: str | None) -> str:
    """POST for a verb listed in post_verbs, else GET."""
    return "POST" if (verb or "").lower() in marker("endpoints")["post_verbs"] else "GET"


def _settings(entries: dict[str, str], method: str, names: dict) -> tuple[str, dict[str, str], list[str]]:
    """(method, fields, unknown fields) from a settings object: its type/method, and its data/params/body."""
    cfg = marker("endpoints")
    verb = next((literal(entries[k]) for k in cfg["method_keys"] if k in entries), None)
    data = next((entries[k] for k in cfg["data_keys"] if k in entries), None)
    return (_method(verb) if verb else method), *read_fields(data, names)


def _calls(script: str, names: dict[str, str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """(position, URL as written, method, fields) of each request an inline script writes whose fields are known
    (`names`: the values the page's scripts assign), or unknown only for its page (the backend's default serves page
    one): a request of a field it cannot know (`sid: SID` of no literal), only a browser sends as the page does."""
    cfg = marker("endpoints")
    calls = cfg["calls"]
    out = []
    for kind in ("data_after_url", "settings_after_url", "xhr_open"):
        for pattern in calls[kind]:
            for m in compiled(pattern).finditer(script):
                found = _url_at(script, m.end())
                if found is None:
                    continue
                url, j = found
                if m.groupdict().get("load"):
                    url = (url.split(None, 1) or [""])[0]  # the URL before " #selector"
                method, form, unknown = _method(m.groupdict().get("verb")), {}, []
                if kind == "data_after_url":
                    form, unknown = read_fields(_after(script, j), names)
                elif kind == "settings_after_url":
                    method, form, unknown = _settings(object_entries(object_at(_after(script, j), 0) or "{}"),
                                                      method, names)
                elif method == "POST":  # the body of the x.send(…) after x.open("POST", …)
                    send = compiled(cfg["xhr_send"]).search(script, j)
                    form, unknown = read_fields(argument_at(script, send.end()), names) if send else ({}, [])
                if all(map(paging_field, unknown)):
                    out.append((m.start(), url, method, form))
    for pattern in calls["settings_only"]:
        for m in compiled(pattern).finditer(script):
            entries = object_entries(object_at(script, m.end()) or "{}")
            url = next((literal(entries[k]) for k in cfg["url_keys"] if k in entries), None)
            if url and all(map(paging_field, (settings := _settings(entries, "GET", names))[2])):
                out.append((m.start(), url, *settings[:2]))
    return sorted(out, key=lambda call: call[0])


def _named_by_attributes(script) -> tuple[str, str, dict[str, str]] | None:
    """(URL, method, fields) a <script url="…" queryData="{…}"> names for its builder to load."""
    cfg = marker("endpoints")
    attrs = {k.lower(): v for k, v in script.attrib.items()}
    url = next((attrs[a] for a in cfg["script_url_attributes"] if attrs.get(a)), None)
    if url is None:
        return None
    data = next((attrs[a] for a in cfg["script_data_attributes"] if attrs.get(a)), None)
    return url, cfg["script_method"], read_fields(data)[0]


def _endpoint_url(base: str, href: str, page_url: str) -> str | None:
    """The absolute URL of a request, or None when it leaves the site, is the page itself, loads code, styles or
    pictures, or only asks whether the visitor is signed in (a flag, no list)."""
    url = resolve(base, href)
    if url is None or host_of(url) != host_of(page_url) or same_page(url, page_url):
        return None
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if "." in name and name.rsplit(".", 1)[1].lower() in marker("endpoints")["skip_extensions"]:
        return None
    if compiled(*marker("endpoints")["session_files"]).search(name):
        return None
    return url


def find_endpoints(sel, page_url: str) -> list[Endpoint]:
    """The same-host URLs the page's scripts load data from, in page order, each once."""
    base = base_url(sel, page_url)
    out, seen = [], set()
    names = assigned([s.text for s in iter_doc(sel, "script") if s.text and not s.get("src")])
    for script in iter_doc(sel, "script"):
        requests = []
        named = _named_by_attributes(script)
        if named:
            requests.append(named)
        if script.text and not script.get("src"):  # a browser ignores the text of a script with src
            requests.extend(call[1:] for call in _calls(script.text, names))
        for href, method, form in requests:
            url = _endpoint_url(base, href, page_url)
            key = (url, method, tuple(sorted(form.items())))
            if url and key not in seen:
                seen.add(key)
                out.append(Endpoint(url=url, method=method, form=form))
    return out


# --- reading an answer -------------------------------------------------------------------------------------

def _pattern(key: str) -> re.Pattern:
    return compiled(marker("endpoints")[key], flags=re.I | re.S)


def _pick(pairs: list[tuple[str, object]], role: str) -> list:
    """The values whose names fit role (title, url, date), the most trusted name pattern first."""
    out = []
    for pat in marker("endpoints")["fields"][role]:
        for name, value in pairs:
            if value not in (None, "") and compiled(pat).search(name.lower()):
                out.append(value)
    return out


def _stamp(n: float) -> date | None:
    """The day of an epoch stamp in seconds or milliseconds."""
    if 1e12 <= n < 1e13:
        n /= 1000
    elif not 1e9 <= n < 1e10:
        return None
    return datetime.fromtimestamp(n, _CHINA).date()


def _when(values: list, url: str, as_of: date | None) -> tuple[date | None, str | None]:
    """(date, as written) from the first date-named value that holds a date."""
    for value in values:
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
            day = _stamp(float(value))
            if day:
                return day, str(value).strip()
            continue
        found = match_date(flat(str(value)), url=url, year_hint=as_of.year if as_of else None)
        if found and found[0].isoformat() not in marker("empty_times"):  # 1970-01-01 08:00:00: a time never set
            return found
    return None, None


def _item(titles: list, urls: list, dates: list, base: str, as_of: date | None) -> ListItem | None:
    """A list item from the named values of one JSON object or XML element, when it has a title and a URL."""
    title = next((t for t in (clean(unescape(_TAG.sub("", v))) for v in titles if isinstance(v, str)) if t), "")
    url = next((u for u in (resolve(base, v) for v in urls if isinstance(v, str) and "<" not in v) if u), None)
    if not title or url is None:
        return None
    return ListItem(title, url, *_when(dates, url, as_of))


def _scalars(node) -> list[tuple[str, object]]:
    """(key, value) of every scalar inside a JSON object, nested ones included, in order."""
    out, stack = [], [node]
    while stack:
        cur = stack.pop()
        pairs = cur.items() if isinstance(cur, dict) else (("", v) for v in cur)
        nested = []
        for k, v in pairs:
            if isinstance(v, (dict, list)):
                nested.append(v)
            else:
                out.append((k, v))
        stack.extend(reversed(nested))
    return out


def _json_items(data, base: str, as_of: date | None) -> list[ListItem]:
    """Objects in arrays that have a title and a URL (a date anywhere inside), and the HTML list in any string
    value. An object outside an array is a wrapper ({"pageTitle", "nextUrl", "list": […]}), never an item."""
    html = _pattern("html_value")
    out: list[ListItem] = []
    stack = [(data, False)]
    while stack:
        node, in_array = stack.pop()
        if isinstance(node, dict):
            if in_array:
                own = [(k, v) for k, v in node.items() if not isinstance(v, (dict, list))]
                item = _item(_pick(own, "title"), _pick(own, "url"), _pick(_scalars(node), "date"), base, as_of)
                if item:
                    out.append(item)
                    continue
            stack.extend((v, False) for v in reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend((v, True) for v in reversed(node))
        elif isinstance(node, str) and html.search(node):
            out.extend(_html_items(node, base, as_of))
    return out


def _children(el) -> list[tuple[str, str]]:
    """(tag, text) of an XML element's children; a link's href when it has no text (Atom)."""
    return [(_local(c), "".join(c.itertext()).strip() or c.get("href") or "") for c in el if isinstance(c.tag, str)]


def _local(el) -> str:
    """An element's name without its namespace (not etree.QName, which refuses names a recovered parse let in)."""
    return el.tag.rsplit("}", 1)[-1]


def _item_like(named: list[tuple[str, str]]) -> bool:
    return bool(_pick(named, "title") and _pick(named, "url"))


def _xml_items(text: str, base: str, as_of: date | None) -> list[ListItem]:
    """Elements with title and link children (a date anywhere inside), else the HTML their texts hold
    (Hanweb's <record><![CDATA[<li>…]]></record>)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text), parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    try:
        return _xml_walk(root, base, as_of)
    except UnicodeDecodeError:  # a recovered tree lxml cannot give the text of (&#xD800;): read as HTML instead
        return []


def _xml_walk(root, base: str, as_of: date | None) -> list[ListItem]:
    html = _pattern("html_value")
    out: list[ListItem] = []
    markup: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        kids = [c for c in el if isinstance(c.tag, str)]
        named = _children(el)
        # an RSS <channel> has a title and a link too: an element whose children are items holds them
        if _item_like(named) and not any(_item_like(_children(c)) for c in kids):
            inside = [(_local(d), "".join(d.itertext()).strip())
                      for d in el.iterdescendants() if isinstance(d.tag, str)]
            item = _item(_pick(named, "title"), _pick(named, "url"), _pick(inside, "date"), base, as_of)
            if item:
                out.append(item)
                continue
        if el.text and html.search(el.text):
            markup.append(el.text)
        stack.extend(reversed(kids))
    if markup:
        out.extend(_html_items("\n".join(markup), base, as_of))
    return out


def _html_items(text: str, base: str, as_of: date | None) -> list[ListItem]:
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return read_items(Selector(text=text, type="html"), base, as_of=as_of) if text.strip() else []


def _json(text: str, content_type: str):
    """The parsed JSON (or JSONP) answer, or _NOT_JSON."""
    candidates = []
    if text[:1] in "{[\"" or "json" in content_type:
        candidates.append(text)
    padded = _pattern("jsonp").match(text)
    if padded:
        candidates.append(padded.group(1))
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return _NOT_JSON


def parse_endpoint(text: str, url: str, *, as_of: date | None = None, content_type: str = "",
                   request: tuple[str, dict[str, str] | None] | None = None, page_size: int | None = None) -> ListPage:
    """The list in an endpoint's answer (JSON, XML or HTML). url is the page that loads it: the links resolve
    against the page, where the script puts them. as_of lends its year to a month-day date whose URL has none;
    content_type is the answer's Content-Type header (the text is sniffed when it says nothing useful). A JSON
    answer whose arrays are all empty is a list with no item: placeholder. request, the endpoint's URL and the form
    posted to it (None for a GET), gives a JSON answer's next and last pages (cms/json_pager.py); page_size: the
    items its page one showed."""
    body = (text or "").lstrip("\ufeff").strip()
    content_type = content_type.lower()
    data = _json(body, content_type)
    if data is not _NOT_JSON:
        items = _json_items(data, url, as_of)
        empty = not items and empty_json(data) and backend_error(data) is None  # an error's empty defaults: no list
        if request is not None:
            page = ListPage(items=unique_items(items), family="endpoint", placeholder=empty)
            nxt, last = json_pager(data, request[0], request[1], len(page.items), page_size)
            if request[1] is None:
                page.next_pages, page.last_page = ([nxt] if nxt else []), last
            else:
                page.post_requests, page.last_post = ([nxt] if nxt else []), last
            return page
    else:
        # XML first unless it is an HTML page: an HTML fragment that also parses as XML falls through
        items = [] if _pattern("html_document").match(body) else _xml_items(body, url, as_of)
        items = items or _html_items(body, url, as_of)
        empty = False  # markup with no item may be a list this reader does not know: not called empty
    return ListPage(items=unique_items(items), family="endpoint", placeholder=empty)


def error_answer(text: str, content_type: str = "") -> str | None:
    """What a JSON answer says when it is the backend's error and holds no list ({"code": 500, "msg": "系统繁忙"}, a
    login wall's {"code": 401}, {"success": false}, beside empty arrays or none): its message, else its status; None
    for any other answer. Such an answer, though it came with 200, tells nothing of the list: never an empty one."""
    return backend_error(_json((text or "").lstrip("\ufeff").strip(), content_type.lower()))
