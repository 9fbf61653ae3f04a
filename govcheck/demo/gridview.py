"""ASP.NET WebForms' GridView as the framework renders it with AllowPaging: the list a <table> of the grid's rows, its
pager the grid's last row (<tr class="pager"><td colspan><table><tr><td>…), every page the page's form posted back
to the same address with __EVENTTARGET the grid's name and __EVENTARGUMENT `Page$N` (`Page$First`, `Page$Last`).

PagerSettings' Mode: Numeric (the default), PageButtonCount numbers, the current one a <span>, a `...` link to the
group before or after the one shown; NumericFirstLast adds a First and a Last link (their default texts &lt;&lt; and
&gt;&gt;) when the first or last page is outside the group shown."""

from __future__ import annotations

from html import escape

from govcheck.demo.column import Column

GRID = "ctl00$ContentPlaceHolder1$GridView1"
GRID_PAGINGS = ("grid", "gridfl")  # Numeric | NumericFirstLast
BUTTONS = 10  # PageButtonCount's default


def _post(arg: str) -> str:
    return f"javascript:__doPostBack('{GRID}','{arg}')"


def grid_pager(n: int, total: int, first_last: bool) -> str:
    """The pager row's inner table on page n (0-based) of total, as GridView's numeric pager lays it out."""
    first = n // BUTTONS * BUTTONS + 1
    last = min(first + BUTTONS - 1, total)
    cells = []
    if first_last and first > 1:
        cells.append(f'<a href="{_post("Page$First")}">&lt;&lt;</a>')
    if first > 1:
        cells.append(f'<a href="{_post(f"Page${first - 1}")}">...</a>')
    cells += [f"<span>{k}</span>" if k == n + 1 else f'<a href="{_post(f"Page${k}")}">{k}</a>'
              for k in range(first, last + 1)]
    if last < total:
        cells.append(f'<a href="{_post(f"Page${last + 1}")}">...</a>')
    if first_last and last < total:
        cells.append(f'<a href="{_post("Page$Last")}">&gt;&gt;</a>')
    return '<table border="0"><tr>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"


def grid_list(col: Column, n: int, total: int) -> str:
    """Page n of col's GridView inside the page's form: a header row, a row per item, then the pager's row."""
    rows = "".join(f'<tr><td align="center">{n * col.per_page + k + 1}</td><td align="left">'
                   f'<a href="{escape(i.link or i.path)}" target="_blank">{escape(i.title)}</a></td>'
                   f'<td align="center">{i.published:%Y-%m-%d}</td></tr>'
                   for k, i in enumerate(col.pages()[n]))
    pager = (f'<tr class="pager" align="center"><td colspan="3">{grid_pager(n, total, col.paging == "gridfl")}'
             "</td></tr>" if total > 1 else "")
    name = col.path.rsplit("/", 1)[-1]
    grid_id = GRID.replace("$", "_")
    return (f'<form name="aspnetForm" method="post" action="./{name}" id="aspnetForm"><div class="aspNetHidden">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEwMDUyNjYzMjgPZBYCZg9kFgIC" />'
            '</div><div class="aspNetHidden">'
            '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAYdW1tbDGx5Y3xN" />'
            f'</div><div><table cellspacing="0" rules="all" border="1" id="{grid_id}" style="width:100%;'
            'border-collapse:collapse;"><tr><th scope="col">序号</th><th scope="col">标题</th>'
            f'<th scope="col">发布日期</th></tr>{rows}{pager}</table></div></form>')


def posted_page(form: dict[str, str], count: int) -> int | None:
    """The page (1-based) a GridView's postback asks, or None for a target or argument the grid does not know (the
    framework's 'Invalid postback or callback argument')."""
    if form.get("__EVENTTARGET") != GRID or not (arg := form.get("__EVENTARGUMENT", "")).startswith("Page$"):
        return None
    k = {"First": 1, "Last": count}.get(arg[5:]) or (int(arg[5:]) if arg[5:].isdigit() else 0)
    return k if 1 <= k <= count else None
