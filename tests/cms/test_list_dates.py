"""The day a list row is dated by: where it shows more than one, an edit's day (更新日期, 修改时间) beside its
publication's (发布日期) is not the row's date, whichever comes first; a date's figures run together (20261120) in a
cell of their own are a date, never in a title nor beside another date; a day of this week or last (本周二,
上周五) is counted from the inspection day, weeks or months ago (2周前) date nothing; a month-day under the
folder of the month its article was written in is the new year's at the turn of the year (01-03 under /202512/); a
deadline's day after the inspection's (招标 截止), unlabelled beside the publication's, dates no row, nor its place."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list

BASE = "http://www.xx.gov.cn/qydt/"
PUBLISHED = [date(2026, 9, d) for d in (20, 14, 10)]


def dates(body: str) -> list:
    page = parse_list(Selector(text=f"<html><body>{body}</body></html>"), BASE + "index.html",
                      as_of=date(2026, 12, 7), column=(BASE, "企业动态"))
    return [i.date for i in page.items]


def table(head: tuple[str, ...], edited_first: bool) -> str:
    cells = lambda d: ((f"2026-12-0{d % 7 + 1}", f"2026-09-{d}") if edited_first  # noqa: E731
                       else (f"2026-09-{d}", f"2026-12-0{d % 7 + 1}"))
    rows = "".join(f'<tr><td><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a></td>'
                   + "".join(f"<td>{c}</td>" for c in cells(d)) + "</tr>" for d in (20, 14, 10))
    return "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + f"</tr>{rows}</table>"


@pytest.mark.parametrize(("head", "edited_first"), [
    (("标题", "更新日期", "发布日期"), True),
    (("标题", "修改时间", "发布时间"), True),
    (("标题", "发布日期", "更新日期"), False),
    (("标题", "发布时间", "最后修改时间"), False),
])
def test_a_header_naming_an_edit_beside_the_publication_dates_rows_by_the_publication(head, edited_first):
    assert dates(table(head, edited_first)) == PUBLISHED


def test_a_header_over_a_list_naming_an_edit_first():
    rows = "".join(f'<li><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a><span>2026-12-0{d % 7 + 1}</span>'
                   f"<span>2026-09-{d}</span></li>" for d in (20, 14, 10))
    head = '<div class="hd"><span>标题</span><span>更新日期</span><span>发布日期</span></div>'
    assert dates(f'{head}<ul class="list">{rows}</ul>') == PUBLISHED


@pytest.mark.parametrize("row", [
    '<span>更新时间：2026-12-0{e}</span><span>发布时间：2026-09-{d}</span>',
    '<span class="info"><em>修改日期：</em>2026-12-0{e}</span> <span><em>发布日期：</em>2026-09-{d}</span>',
    '<span>更新时间：2026-12-0{e} 10:12 发布时间：2026-09-{d} 09:30</span>',
    '<p>发布时间：2026-09-{d}，更新时间：2026-12-0{e}</p>',
])
def test_a_row_labelling_its_edit_and_its_publication_is_dated_by_the_publication(row):
    rows = "".join(f'<li><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a>{row.format(d=d, e=d % 7 + 1)}</li>'
                   for d in (20, 14, 10))
    assert dates(f'<ul class="list">{rows}</ul>') == PUBLISHED


def test_an_edit_label_alone_is_the_lists_date():
    """A list that calls the only date it shows 更新时间 (as many templates do) is dated by it."""
    rows = "".join(f'<li><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a><span>更新时间：2026-09-{d}</span></li>'
                   for d in (20, 14, 10))
    assert dates(f'<ul class="list">{rows}</ul>') == PUBLISHED
    rows = "".join(f'<tr><td><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a></td><td>2026-09-{d}</td></tr>'
                   for d in (20, 14, 10))
    assert dates(f"<table><tr><th>标题</th><th>更新日期</th></tr>{rows}</table>") == PUBLISHED


def test_without_edits():
    from govcheck.cms.date_columns import without_edits

    assert without_edits("更新时间：2026-12-05 10:12 发布时间：2026-09-20").strip() == "发布时间：2026-09-20"
    assert without_edits("更新时间：2026-12-05") == "更新时间：2026-12-05"


NOVEMBER = [date(2026, 11, d) for d in (20, 14, 10)]


@pytest.mark.parametrize("cell", ['<span class="date">{ymd}</span>', "<span>[{ymd}]</span>",
                                  "<span>发布日期：{ymd}</span>"])
def test_a_dates_figures_run_together_in_a_cell_date_the_row(cell):
    rows = "".join(f'<li><a href="/qydt/content_{d}.html">第{d}期国企改革工作简报</a>{cell.format(ymd=f"202611{d}")}'
                   "</li>" for d in (20, 14, 10))
    assert dates(f'<ul class="list">{rows}</ul>') == NOVEMBER
    cells = "".join(f'<tr><td><a href="/qydt/content_{d}.html">第{d}期国企改革工作简报</a></td><td>202611{d}</td></tr>'
                    for d in (20, 14, 10))
    assert dates(f"<table><tr><th>标题</th><th>发布日期</th></tr>{cells}</table>") == NOVEMBER


def test_figures_run_together_are_no_date_beside_a_date_nor_in_a_title():
    """An id's eight figures before the row's date (a 编号 cell) leave the date to it; a title's number is none."""
    rows = "".join(f'<tr><td>202612{d - 10:02d}</td><td><a href="/qydt/content_{d}.html">第{d}期国企改革工作简报</a>'
                   f"</td><td>2026-11-{d}</td></tr>" for d in (20, 14, 10))
    assert dates(f"<table>{rows}</table>") == NOVEMBER
    rows = "".join(f'<li><a href="/qydt/content_{d}.html">关于202611{d}号文件的通知</a></li>' for d in (20, 14, 10))
    assert dates(f'<ul class="list">{rows}</ul>') == [None] * 3


def test_rows_dated_by_the_week_and_weeks_ago():
    """Wednesday 9 December: 本周一 is the 7th, 上周五 the 4th; 2周前 and 1个月前 are ages, 11 to 20 and 26 to 60 days
    ago: their latest day, the earliest kept beside it (its column's limit settles it: cms.row_dates.ages_settled)."""
    rows = "".join(f'<li><a href="/qydt/content_{n}.html">第{n}期国企改革工作简报</a><span>{shown}</span></li>'
                   for n, shown in enumerate(("本周一", "上周五 16:20", "大前天", "2周前", "1个月前")))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 12, 9), column=(BASE, "企业动态"))
    assert [i.date for i in page.items] == [date(2026, 12, 7), date(2026, 12, 4), date(2026, 12, 6),
                                            date(2026, 11, 28), date(2026, 11, 13)]
    assert [i.earliest for i in page.items][3:] == [date(2026, 11, 19), date(2026, 10, 10)]


def test_month_days_at_the_turn_of_the_year_under_folders_of_their_months():
    """An inspection on 5 January: 01-03 written in December (/202512/) is 3 January's, not a year old."""
    shown = [("202512", "01-03"), ("2025/12", "01-02"), ("202512", "12-28"), ("2025-12", "12-20")]
    rows = "".join(f'<li><a href="/rsrm/{folder}/content_{n}.html">第{n}批干部任前公示</a><span>{md}</span></li>'
                   for n, (folder, md) in enumerate(shown))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 1, 5), column=(BASE, "人事任免"))
    assert [i.date for i in page.items] == [date(2026, 1, 3), date(2026, 1, 2), date(2025, 12, 28),
                                            date(2025, 12, 20)]


@pytest.mark.parametrize("row", [
    '<span class="jz">2026-12-{due}</span><span class="fb">2026-11-{d}</span>',
    '<span>2026-11-{d}</span><span>2026-12-{due}</span>',
    '<td>2026-12-{due}</td><td>2026-11-{d}</td>',
])
def test_a_day_after_the_inspection_beside_one_before_it_is_no_publication(row):
    """A 招标 row's deadline, unlabelled, after the inspection day (7 December), before or after its own day."""
    tag = "tr" if row.startswith("<td") else "li"
    title = "<td>{a}</td>" if tag == "tr" else "{a}"
    rows = "".join(f"<{tag}>" + title.format(a=f'<a href="/zbgg/content_{d}.html">第{d}号项目招标公告</a>')
                   + row.format(due=d - 2, d=d) + f"</{tag}>" for d in (20, 14, 10))
    body = f"<table>{rows}</table>" if tag == "tr" else f'<ul class="list">{rows}</ul>'
    assert dates(body) == NOVEMBER


def test_a_day_after_the_inspection_alone_stays_the_rows():
    """A row showing only a day after the inspection's is dated by it: a faked date the evidence names."""
    rows = "".join(f'<li><a href="/zbgg/content_{d}.html">第{d}号项目招标公告</a><span>2026-12-{d}</span></li>'
                   for d in (20, 14, 10))
    assert dates(f'<ul class="list">{rows}</ul>') == [date(2026, 12, d) for d in (20, 14, 10)]


def test_a_deadlines_place_in_a_list_is_no_rows_date_once_past():
    """The newest 招标's deadline is after the inspection day: the same place in older rows is their deadlines' too."""
    shown = [("2026-12-20", "2026-11-20"), ("2026-11-30", "2026-10-31"), ("2026-11-14", "2026-10-15")]
    rows = "".join(f'<li><a href="/zbgg/content_{n}.html">第{n}号项目招标公告</a><span class="jz">{due}</span>'
                   f'<span class="fb">{day}</span></li>' for n, (due, day) in enumerate(shown))
    assert dates(f'<ul class="list">{rows}</ul>') == [date(2026, 11, 20), date(2026, 10, 31), date(2026, 10, 15)]
    rows = "".join(f'<tr><td><a href="/zbgg/content_{n}.html">第{n}号项目招标公告</a></td><td>{due}</td><td>{day}</td>'
                   "</tr>" for n, (due, day) in enumerate(shown))
    assert dates(f"<table>{rows}</table>") == [date(2026, 11, 20), date(2026, 10, 31), date(2026, 10, 15)]


def test_a_ul_per_row_its_cells_li_is_dated_by_its_date_cell():
    """A <ul> a row, each cell an <li> (留言时间 | 办理状态 | … | 标题 | 受理单位, Lonsun's guestbook), among rows
    alike: the row is the <ul>, its date its date's <li>; not one <ul> among other boxes."""
    rows = "".join(f'<ul class="row"><li>2026-09-{d}</li><li>发布</li><li>第{d}号</li><li>企业</li>'
                   f'<li><a href="/qydt/{d}.html">第{d}期国企改革工作简报</a></li><li>县国资委</li></ul>'
                   for d in (20, 14, 10))
    assert dates(f"<div>{rows}</div>") == PUBLISHED
    one = ('<div><ul><li>2026-09-20</li><li>发布</li><li>第1号</li><li><a href="/qydt/20.html">第20期国企改革工作简报'
           "</a></li></ul><p>县国资委</p><p>企业</p></div>")
    assert dates(one) == []  # alone: no row of cells, no list
