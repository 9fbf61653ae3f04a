"""ASP.NET GridView's pagers (PagerSettings Mode Numeric, the default; NumericFirstLast; NextPrevious): numbers alone
in the grid's last row, each page the form posted back with Page$N. The next page is the number after the current
<span> (a `...` the next group), or Page$Next; the last Page$Last, or the highest number unless that is a `...`."""

from __future__ import annotations

from datetime import date

from scrapy import Selector

from govcheck.cms import parse_list
from govcheck.cms.aspnet import grid_postback
from govcheck.cms.generic import postback

GRID = "ctl00$ContentPlaceHolder1$GridView1"
URL = "http://www.qq.gov.cn/gov/tzgg.aspx"
AS_OF = date(2026, 12, 1)


def _link(arg: str, text: str) -> str:
    return f"<a href=\"javascript:__doPostBack('{GRID}','{arg}')\">{text}</a>"


def grid_page(current: int, total: int, first_last: bool = False, rows: int = 4, mode: str = "numeric") -> str:
    """Page `current` of a GridView of `total` pages, its pager as the framework renders it (PageButtonCount 10)."""
    first = (current - 1) // 10 * 10 + 1
    last = min(first + 9, total)
    if mode == "nextprev":
        cells = ([_link("Page$Prev", "&lt;")] if current > 1 else []) + (
            [_link("Page$Next", "&gt;"), _link("Page$Last", "&gt;&gt;")] if current < total else [])
    else:
        cells = [_link("Page$First", "&lt;&lt;")] if first_last and first > 1 else []
        cells += [_link(f"Page${first - 1}", "...")] if first > 1 else []
        cells += [f"<span>{k}</span>" if k == current else _link(f"Page${k}", str(k)) for k in range(first, last + 1)]
        cells += [_link(f"Page${last + 1}", "...")] if last < total else []
        cells += [_link("Page$Last", "&gt;&gt;")] if first_last and last < total else []
    body = "".join(f'<tr><td>{k}</td><td><a href="/gov/tzgg/2026-10/0{k}/content_{k}.html">'
                   f"关于第{current}页第{k}项的通知</a></td><td>2026-10-0{k}</td></tr>" for k in range(1, rows + 1))
    pager = '<tr class="pager"><td colspan="3"><table><tr>' + "".join(f"<td>{c}</td>" for c in cells) + \
        "</tr></table></td></tr>"
    return ('<html><body><form method="post" action="./tzgg.aspx" id="form1"><div class="aspNetHidden">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk" /></div>'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN" />'
            '<table id="ctl00_ContentPlaceHolder1_GridView1"><tr><th scope="col">序号</th><th scope="col">标题</th>'
            f'<th scope="col">发布日期</th></tr>{body}{pager}</table></form></body></html>')


def _args(html: str) -> tuple[str | None, str | None]:
    sel = Selector(text=html)
    nxt, last = postback(sel, URL, URL), postback(sel, URL, URL, last=True)
    return (nxt and nxt[1]["__EVENTARGUMENT"]), (last and last[1]["__EVENTARGUMENT"])


def test_numeric_pager_next_is_the_number_after_the_current_and_last_the_highest():
    assert _args(grid_page(1, 4)) == ("Page$2", "Page$4")
    assert _args(grid_page(3, 4)) == ("Page$4", "Page$4")
    assert _args(grid_page(4, 4)) == (None, None)  # the last page: no later number


def test_the_postback_sends_the_forms_hidden_fields_with_the_grids_name_and_page():
    url, form = postback(Selector(text=grid_page(1, 4)), URL, URL)
    assert url == URL
    assert form == {"__EVENTTARGET": GRID, "__EVENTARGUMENT": "Page$2", "__VIEWSTATE": "/wEPDwUKLTk",
                    "__EVENTVALIDATION": "/wEdAAN"}


def test_an_ellipsis_is_the_next_group_and_leaves_the_last_page_unknown():
    assert _args(grid_page(10, 25)) == ("Page$11", None)  # 1 … 10 then `...` (Page$11): pages beyond, how many unknown
    assert _args(grid_page(3, 25)) == ("Page$4", None)
    assert _args(grid_page(11, 25)) == ("Page$12", None)  # `...` 11 … 20 `...`: the group before is no next page


def test_numeric_first_last_names_its_last_page():
    assert _args(grid_page(1, 12, first_last=True)) == ("Page$2", "Page$Last")
    assert _args(grid_page(12, 12, first_last=True)) == (None, None)


def test_next_previous_pager_posts_page_next_and_page_last():
    assert _args(grid_page(2, 5, mode="nextprev")) == ("Page$Next", "Page$Last")
    assert _args(grid_page(5, 5, mode="nextprev")) == (None, None)


def test_a_grid_outside_a_form_keeping_its_viewstate_posts_nothing():
    html = grid_page(1, 4).replace('name="__VIEWSTATE"', 'name="other"')
    assert grid_postback(Selector(text=html), URL, URL) is None


def test_the_list_of_a_gridview_page_leads_on_and_its_pager_row_is_no_item():
    page = parse_list(Selector(text=grid_page(1, 4)), URL, as_of=AS_OF, column=(URL, "便民通知"))
    assert [i.title for i in page.items] == [f"关于第1页第{k}项的通知" for k in range(1, 5)]
    assert [i.date for i in page.items] == [date(2026, 10, k) for k in range(1, 5)]
    assert [f["__EVENTARGUMENT"] for _, f in page.post_requests] == ["Page$2"]
    assert page.last_post[1]["__EVENTARGUMENT"] == "Page$4"
