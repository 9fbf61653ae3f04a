"""Hanweb (大汉) portals: the first record group sits in <script type="text/xml"><datastore>, further groups
come from a POST to /module/web/jpage/dataproxy.jsp?startrecord=…&endrecord=…&perpage=…"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

from parsel import Selector

from govcheck.cms.base import ListPage, base_url, compiled, has_tag, iter_doc, marker, meta_content
from govcheck.cms.generic import GenericList
from govcheck.cms.jsliterals import string_at
from govcheck.cms.listing import ListBlock, read_items

_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|\btotalRecord\s*[:=]\s*['\"]?(\d+)", re.I)
_PER_PAGE = re.compile(r"\bperPage\s*[:=]\s*['\"]?(\d+)", re.I)
_GROUP = re.compile(r"\bgroupSize\s*[:=]\s*['\"]?(\d+)", re.I)
_PROXY_HREF = re.compile(r"""(/module/web/jpage/dataproxy\.jsp\?[^"'<>\s]*)""")
_COLUMN_IN_URL = re.compile(r"/col/col(\d+)/")
_JPAGE = re.compile(r"jpage|dataproxy|totalRecord", re.I)
_PROXY_NAME = "/jpage/dataproxy.jsp"
_PROXY_URL = re.compile(r"""\bproxyUrl\s*:\s*['"]((?:/[\w.-]+)*/jpage/dataproxy\.jsp)['"]""")
_INIT_DATA = re.compile(r"\b(InitData\w*)\s*=\s*\[")


def _param(name: str) -> re.Pattern:
    return re.compile(rf"""\b{name}\s*[:=]\s*['"]?([^'",;}}&\s]+)""")


def _decoded(value: str) -> str:
    # the nextgroup link encodes webname twice (%25E5…); decode until it stops changing
    for _ in range(3):
        nxt = unquote(value)
        if nxt == value:
            break
        value = nxt
    return value


def _form(context: str, page_url: str, site_name: str | None = None, unit: str | None = None) -> dict[str, str]:
    """The dataproxy form fields: the nextgroup link's query, else the page's jpage script, else defaults."""
    cfg = marker("hanweb")
    form: dict[str, str] = {}
    href = _PROXY_HREF.search(context)
    if href:
        for k, v in parse_qsl(urlsplit(href.group(1).replace("&amp;", "&")).query, keep_blank_values=True):
            if k in cfg["params"] and v and k not in form:
                form[k] = _decoded(v)
    for k in cfg["params"]:
        if k not in form:
            m = _param(k).search(context)
            if m:
                form[k] = _decoded(m.group(1))
    query = dict(parse_qsl(urlsplit(page_url).query))  # a dataproxy URL built by next_group carries them
    for k in cfg["params"]:
        if k not in form and query.get(k):
            form[k] = query[k]
    col = _COLUMN_IN_URL.search(page_url)
    if "columnid" not in form and col:
        form["columnid"] = col.group(1)
    if "unitid" not in form and unit:
        form["unitid"] = unit
    if "webname" not in form and site_name:
        form["webname"] = site_name
    for k, v in cfg["defaults"].items():
        form.setdefault(k, v)
    return {k: form[k] for k in cfg["params"] if k in form}


def _total(context: str) -> int | None:
    """The records the list counts: its datastore's <totalrecord>, else the totalRecord of the jpage call that is
    given the datastore (a search form's call before it may say 1000), else the first totalRecord."""
    found = [(m.start(), int(m.group(1) or m.group(2))) for m in _TOTAL.finditer(context)]
    if not found:
        return None
    tagged = [n for at, n in found if context[at] == "<"]
    calls = context.split("jpage(")
    given = [int(m.group(2)) for call in calls if "datastore" in call.lower()
             for m in _TOTAL.finditer(call) if m.group(2)]
    return (tagged or given or [found[0][1]])[0]


def next_group(context: str, page_url: str, n_records: int, *, site_name: str | None = None,
               unit: str | None = None, last: bool = False) -> list[tuple[str, dict[str, str]]]:
    """The dataproxy.jsp POST for the record group after this one, or [] when this one is the last; `last`: for the
    list's last group instead (a list sorted oldest first shows its newest there), [] when it is not known."""
    cfg = marker("hanweb")
    total = _total(context)
    per_m, group_m = _PER_PAGE.search(context), _GROUP.search(context)
    query = dict(parse_qsl(urlsplit(page_url).query))
    per_page = int(per_m.group(1)) if per_m else int(query.get("perpage") or cfg["per_page"])
    if "startrecord" in query and "endrecord" in query:  # a dataproxy response: the next group after it
        start, end = int(query["startrecord"]), int(query["endrecord"])
        size = end - start + 1
        if n_records < size:
            return []
        first = end + 1
    else:
        if group_m:
            size = per_page * int(group_m.group(1))
        else:
            size = n_records if n_records >= per_page else per_page * cfg["group_pages"]
        if total is None and n_records < per_page:
            return []
        first = n_records + 1
    if n_records == 0 or (total is not None and first > total) or (last and total is None):
        return []
    if last:  # the group the last record falls in
        first = max(first, (total - 1) // size * size + 1)
    end = first + size - 1 if total is None else min(first + size - 1, total)
    form = _form(context, page_url, site_name, unit)
    head = urlencode({"startrecord": first, "endrecord": end, "perpage": per_page})
    # the fields ride in the query too, so the response's URL alone leads to the group after it
    named = _PROXY_URL.search(context)  # an older jpage's own: /module/jslib/jquery/jpage/dataproxy.jsp
    url = urljoin(page_url, f"{named.group(1) if named else cfg['proxy_path']}?{head}&{urlencode(form)}")
    return [(url, form)]


def _records_html(records: list[str]) -> str:
    body = "".join(records)
    wrap = ("<table>", "</table>") if body.lstrip()[:3].lower() == "<tr" else ("<ul>", "</ul>")
    return f"<html><body>{wrap[0]}{body}{wrap[1]}</body></html>"


def _record_items(records: list[str], base: str, as_of: date | None) -> list:
    """Every record is an entry: no menus live inside a datastore."""
    if not records:
        return []
    return read_items(Selector(text=_records_html(records)), base, as_of=as_of, all_rows=True)


def store_blocks(sel, url: str, as_of: date | None = None) -> list[ListBlock]:
    """Each Hanweb module's first records on a page (a <datastore> in its own unit), a block of its own: a homepage's
    modules, of which a column's page reads its own alone."""
    out = []
    for script in iter_doc(sel, "script"):
        text = script.text or ""
        if (script.get("type") or "").lower() == "text/xml" and "<datastore" in text.lower():
            items = _record_items(_RECORD.findall(text), base_url(sel, url), as_of)
            if items:
                out.append(ListBlock(items=items, rows=len(items), shown=sum(1 for i in items if i.raw_date)))
    return out


def _array_records(scripts: str) -> list[str] | None:
    """The row strings of the array jpage's older form writes its first group in (var InitData123=['<tr>…', …]),
    when the page's script names it as jpage's dataStore."""
    m = _INIT_DATA.search(scripts)
    if m is None or not re.search(rf"dataStore\s*:\s*{re.escape(m.group(1))}\b", scripts):
        return None
    records, i = [], m.end()
    while i < len(scripts):
        c = scripts[i]
        if c in " \t\r\n,":
            i += 1
            continue
        if c == "]":
            return records
        found = string_at(scripts, i)
        if found is None or found[0] is None:
            return None  # not an array of string literals
        records.append(found[0])
        i = found[1]
    return None


def parse_hanweb_records(text: str, url: str, *, as_of: date | None = None) -> ListPage:
    """The items of a <datastore> (a dataproxy.jsp response, or the XML a column page embeds) and the POST
    for the next group."""
    records = _RECORD.findall(text or "")
    return ListPage(items=_record_items(records, url, as_of), post_requests=next_group(text or "", url, len(records)),
                    family="hanweb")


def _own_store(stores: list[tuple[str, str | None]], url: str) -> tuple[str, str | None]:
    """The datastore of the page's column among several units (a 政策解读 box before 政策文件's list): the one
    whose group or articles name the column's id (/col/col1004/: columnid=1004, art_1004_…), else the largest."""
    if len(stores) > 1 and (m := _COLUMN_IN_URL.search(url)):
        named = re.compile(rf"\bcolumnid=?['\"]?[:=]?\s*['\"]?{m.group(1)}\b|/art_{m.group(1)}_", re.I)
        for store in stores:
            if named.search(store[0]):
                return store
    return max(stores, key=lambda s: len(_RECORD.findall(s[0])))


class HanwebList(GenericList):
    name = "hanweb"

    @staticmethod
    def answers(url: str) -> bool:
        """Whether url is Hanweb's dataproxy, which answers a column's next record group."""
        return url.split("?", 1)[0].endswith(_PROXY_NAME)

    def matches(self, sel, page: str, links: str) -> bool:
        m = marker("family")["hanweb"]
        return bool(compiled(*m["page"]).search(page) or (m["links"] and compiled(*m["links"]).search(links)))

    def read(self, sel, url: str, base: str, scripts: str, as_of: date | None,
             column: tuple | None = None) -> ListPage:
        site_name = meta_content(sel, "SiteName")
        stores, jpage = [], []  # (datastore, its unit's id); the jpage calls
        for script in iter_doc(sel, "script"):
            text = script.text or ""
            if (script.get("type") or "").lower() == "text/xml" and "<datastore" in text.lower():
                parent = script.getparent()
                stores.append((text, parent.get("id") if parent is not None else None))
            elif _JPAGE.search(text):
                jpage.append(text)  # the jpage call beside the datastore: total, page size, ajax parameters
        if stores:
            store, unit = _own_store(stores, url)
            records = _RECORD.findall(store)
            items = _record_items(records, base, as_of)
            if len(stores) > 1 and unit:  # the jpage call of this unit: its total and parameters, not another's
                jpage = [j for j in jpage if unit in j] or jpage
            context = store + "\n" + "\n".join(jpage)
            kw = {"site_name": site_name, "unit": unit if (unit or "").isdigit() else None}
            post = next_group(context, url, len(records), **kw)
            # a datastore of no record counting none: the column's list, empty
            empty = not records and all(int(a or b) == 0 for a, b in _TOTAL.findall(context))
            return ListPage(items=items, post_requests=post, family=self.name, placeholder=empty,
                            last_post=(next_group(context, url, len(records), last=True, **kw) or [None])[0])
        if (records := _array_records(scripts)) is not None:  # jpage's older form: var InitData123=['<tr>…', …]
            items = _record_items(records, base, as_of)
            return ListPage(items=items, post_requests=next_group(scripts, url, len(records), site_name=site_name),
                            family=self.name)
        if has_tag(sel, "datastore"):  # a bare datastore parsed as HTML: CDATA became comments
            n = sum(1 for _ in iter_doc(sel, "record"))
            items = read_items(sel, base, as_of=as_of, all_rows=True)
            return ListPage(items=items, post_requests=next_group(sel.get(), url, n, site_name=site_name),
                            family=self.name)
        page = super().read(sel, url, base, scripts, as_of, column)
        page.family = self.name
        return page
