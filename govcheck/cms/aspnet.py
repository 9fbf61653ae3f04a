"""ASP.NET WebForms' pagers: a page of the list is the page's form posted back (javascript:__doPostBack(target,
argument)), its hidden fields (__VIEWSTATE, __EVENTVALIDATION) sent with the pager's target and argument. GridView's
default pager (PagerSettings Mode=Numeric) shows numbers alone in the grid's last row, the current one a <span>, a
`...` link to the next group of numbers; NumericFirstLast adds First and Last links (Page$First, Page$Last),
NextPrevious Page$Next and Page$Prev: no 下一页 or 尾页 to read, only the arguments."""

from __future__ import annotations

import re

from govcheck.cms.base import iter_doc, resolve
from govcheck.cms.text import text_content

POSTBACK = re.compile(r"""__doPostBack\(\s*(['"])(?P<target>[^'"]*)\1\s*,\s*(['"])(?P<arg>[^'"]*)\3\s*\)""")
_PAGE_ARG = re.compile(r"Page\$(?P<page>\d+|Next|Last)$")


def form_post(a, m: re.Match, base: str, page_url: str) -> tuple[str, dict[str, str]] | None:
    """The request link `a`'s __doPostBack (`m`) makes: (its form's address, its hidden fields with the event's
    target and argument); None outside a form that keeps a __VIEWSTATE."""
    form = next(a.iterancestors("form"), None)
    if form is None:
        return None
    fields = {i.get("name"): i.get("value") or "" for i in form.iter("input")
              if (i.get("type") or "").lower() == "hidden" and i.get("name")}
    if "__VIEWSTATE" not in fields:
        return None
    return (resolve(base, form.get("action") or "") or page_url,
            {**fields, "__EVENTTARGET": m["target"], "__EVENTARGUMENT": m["arg"]})


def _current(a) -> int | None:
    """The page a GridView's pager shows as current: the number in a <span>, not a link, beside link `a` (up to the
    pager row)."""
    for up, el in enumerate(a.iterancestors()):
        if up > 4:
            break
        shown = [text_content(s).strip() for s in el.iter("span") if next(s.iterancestors("a"), None) is None]
        numbers = [int(t) for t in shown if t.isdigit()]
        if numbers:
            return numbers[0]
    return None


def grid_postback(sel, base: str, page_url: str, last: bool = False) -> tuple[str, dict[str, str]] | None:
    """A GridView's next page (Page$Next, else the first number after the current page's, a `...` the next group) or
    its last (Page$Last, else the highest number, unless that is a `...`: more pages beyond, their last unknown)."""
    grids: dict[str, list[tuple]] = {}
    if not any(i.get("name") == "__VIEWSTATE" for i in iter_doc(sel, "input")):
        return None  # no form to post back (form_post): a page's few inputs looked at, not its many links
    for a in iter_doc(sel, "a"):
        if "Page$" not in (script := f"{a.get('href') or ''} {a.get('onclick') or ''}"):
            continue  # no pager's argument: not searched
        m = POSTBACK.search(script)
        if m is not None and (page := _PAGE_ARG.match(m["arg"])):
            grids.setdefault(m["target"], []).append((a, m, page["page"]))
    for links in grids.values():
        named = {p: (a, m) for a, m, p in links if not p.isdigit()}
        numbered = sorted(((int(p), a, m) for a, m, p in links if p.isdigit()), key=lambda t: t[0])
        current = _current(links[0][0])
        if last and "Last" in named or not last and "Next" in named:
            a, m = named["Last" if last else "Next"]
        else:
            later = [(n, a, m) for n, a, m in numbered if current is None or n > current]
            if not later or current is None and not last:
                continue
            n, a, m = later[-1] if last else later[0]
            if last and text_content(a).strip().strip(".…") == "":  # `...`: a group beyond, its last unknown
                continue
        post = form_post(a, m, base, page_url)
        if post is not None:
            return post
    return None
