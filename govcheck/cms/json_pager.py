"""The pager of a list endpoint's JSON answer: which page the request asked for (its `page=1`, `pageNo`, in the query
or the form posted) and how many there are (`totalPage`, else `total` over the page's size), as Guangdong's gkmlpt
answers `api/all/<id>?page=1&sid=…` with `{"total": 145, "articles": […]}`. The next and last pages are the same
request with the page changed. Nothing is fetched."""

from __future__ import annotations

import math
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from govcheck.cms.base import marker

# a request for one page: a URL (GET), or a URL and the form posted
Request = str | tuple[str, dict[str, str]]


def _number(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _wrapper_fields(data) -> dict[str, int]:
    """The whole-number fields of the answer's objects outside its arrays (lower-case names, the outermost first):
    the wrapper's counts, never an item's (its 点击 count)."""
    out: dict[str, int] = {}
    stack = [data]
    while stack:
        node = stack.pop(0)
        if not isinstance(node, dict):
            continue
        for k, v in node.items():
            if isinstance(v, dict):
                stack.append(v)
            elif (n := _number(v)) is not None:
                out.setdefault(str(k).lower(), n)
    return out


def paging_field(name: str) -> bool:
    """Whether a request's field asks for a page or its size (page, pageNo, pageSize)."""
    cfg = marker("json_pager")
    return name.lower() in cfg["page_params"] or name.lower() in cfg["size_keys"]


def _page_param(fields: list[tuple[str, str]]) -> tuple[str, int] | None:
    """(name, value) of the field that asks for a page (page=1, pageNo=1), by the names in cms_markers.yaml."""
    names = marker("json_pager")["page_params"]
    return next(((k, int(v)) for k, v in fields if k.lower() in names and v.strip().isdigit()), None)


def _last_page(counts: dict[str, int], fields: list[tuple[str, str]], size: int, first: int) -> int | None:
    cfg = marker("json_pager")
    pages = next((counts[k] for k in cfg["page_count_keys"] if k in counts), None)
    if pages is None:
        total = next((counts[k] for k in cfg["total_keys"] if k in counts), None)
        sizes = [v for k, v in ((k.lower(), _number(v)) for k, v in fields) if k in cfg["size_keys"] and v]
        size = next((counts[k] for k in cfg["size_keys"] if counts.get(k)), None) or next(iter(sizes), None) or size
        if total is None or not size:
            return None
        pages = math.ceil(total / size)
    return first + max(pages, 1) - 1


def _with_page(fields: list[tuple[str, str]], name: str, n: int) -> list[tuple[str, str]]:
    return [(k, str(n) if k == name else v) for k, v in fields]


def json_pager(data, url: str, form: dict[str, str] | None, shown: int,
               size: int | None = None) -> tuple[Request | None, Request | None]:
    """(next page, last page) of a list endpoint's JSON answer `data`, read from `url` (a GET: the page asked in its
    query) or posted `form`, with `shown` items; (None, None) on its last page or when it names no pages. `size`:
    the items page one showed, the page's size when neither the answer nor the request says (a last page is
    short)."""
    parts = urlsplit(url)
    fields = list(form.items()) if form is not None else parse_qsl(parts.query, keep_blank_values=True)
    asked = _page_param(fields)
    if asked is None or shown == 0:
        return None, None
    name, current = asked
    last = _last_page(_wrapper_fields(data), fields, size or shown, 0 if current == 0 else 1)  # page=0: counted from 0
    if last is None or current >= last:
        return None, None

    def request(n: int) -> Request:
        changed = _with_page(fields, name, n)
        if form is not None:
            return url, dict(changed)
        return urlunsplit(parts._replace(query=urlencode(changed)))

    return request(current + 1), request(last)
