"""Lists whose titles and dates stand in boxes apart, matched by their order (govcheck/cms/parallel.py): two <ul>s
side by side, one of the titles' links, one of their dates; a <td> of links, one a <br>, beside a <td> of their
dates. Paired only where the counts match, the boxes are siblings, the dates' box holds
no link and a date alone in each entry, and no title shows a date of its own."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import homepage_dates, parse_list

BASE = "http://www.xx.gov.cn/gzdt/"
AS_OF = date(2026, 11, 26)
DAYS = ["2026-11-20", "2026-11-12", "2026-10-30", "2026-10-02"]
WANT = [date(2026, 11, 20), date(2026, 11, 12), date(2026, 10, 30), date(2026, 10, 2)]


def links(n: int = 4) -> list[str]:
    return [f'<a href="/gzdt/content_{k}.html" target="_blank">关于做好第{k}季度安全生产工作的通知</a>'
            for k in range(n)]


def dates(body: str) -> list:
    """The dates of the list's rows of titles (/gzdt/content_N.html), in order."""
    page = parse_list(Selector(text=f"<html><body><div class='main'>{body}</div></body></html>"),
                      BASE + "index.html", as_of=AS_OF, column=(BASE, "工作动态"))
    return [i.date for i in page.items if "/gzdt/content_" in i.url]


def two_lists(titles: list[str], days: list[str]) -> str:
    return ('<div class="list"><ul class="tit">' + "".join(f"<li>{a}</li>" for a in titles) + '</ul><ul class="rq">'
            + "".join(f"<li>{d}</li>" for d in days) + "</ul></div>")


def two_cells(titles: list[str], days: list[str]) -> str:
    return ('<table width="100%"><tr><td width="80%">' + "<br>".join(f"·{a}" for a in titles)
            + '</td><td width="20%" align="right">' + "<br>\n".join(days) + "</td></tr></table>")


def test_two_lists_side_by_side_date_their_rows_by_order():
    assert dates(two_lists(links(), DAYS)) == WANT


def test_two_lists_each_alone_in_boxes_side_by_side():
    titles = "".join(f"<li>{a}</li>" for a in links())
    days = "".join(f"<li>[{d}]</li>" for d in DAYS)
    assert dates(f'<div class="box"><div class="fl"><ul>{titles}</ul></div><div class="fr"><ul>{days}</ul></div>'
                 "</div>") == WANT


def test_a_cell_of_links_beside_a_cell_of_dates_one_a_br():
    assert dates(two_cells(links(), DAYS)) == WANT


@pytest.mark.parametrize("body", [
    two_lists(links(), DAYS[:3]),  # one date fewer: which goes with which, nothing says
    two_lists(links(3), DAYS),
    two_cells(links(), DAYS[:3]),
    # a calendar's days beside the list, a weather box's line
    two_lists(links(), ["20", "21", "22", "23"]),
    two_lists(links(), ["11月20日 星期五 晴 3~8℃"] * 4),
    # the dates' box links elsewhere: another block's rows
    two_lists(links(), [f'<a href="/tzgg/{k}.html">{d}</a>' for k, d in enumerate(DAYS)]),
    # a list apart from the box of dates: not siblings
    '<div class="a"><ul>' + "".join(f"<li>{a}</li>" for a in links()) + '</ul><p>更多</p></div><div class="b"><ul>'
    + "".join(f"<li>{d}</li>" for d in DAYS) + "</ul></div>",
])
def test_nothing_paired_that_does_not_match_exactly(body):
    got = dates(body)
    assert got and got == [None] * len(got)


def test_a_list_whose_rows_show_their_own_dates_keeps_them():
    titles = [f'{a}<span>2026-09-0{k + 1}</span>' for k, a in enumerate(links())]
    assert dates(two_lists(titles, DAYS)) == [date(2026, 9, k + 1) for k in range(4)]


def test_a_homepage_box_of_two_lists_dates_the_homepage():
    body = f'<div class="tzgg"><h3>通知公告</h3>{two_lists(links(), DAYS)}</div>'
    url = "http://www.xx.gov.cn/"
    sel = Selector(text=f"<html><body>{body}</body></html>")
    listing = parse_list(sel, url, as_of=AS_OF)
    assert max(d for d in homepage_dates(listing, sel, url, AS_OF) if d) == date(2026, 11, 20)


def test_a_dl_of_date_first_pairs():
    pairs = "".join(f"<dt>{d}</dt><dd>{a}</dd>" for d, a in zip(DAYS, links(), strict=True))
    assert dates(f'<dl class="news">{pairs}</dl>') == WANT


def test_a_dl_whose_dts_are_not_all_dates_pairs_nothing():
    heads = ["2026-11-20", "通知", "2026-10-30", "2026-10-02"]
    pairs = "".join(f"<dt>{d}</dt><dd>{a}</dd>" for d, a in zip(heads, links(), strict=True))
    got = dates(f'<dl class="news">{pairs}</dl>')
    assert got and got == [None] * len(got)


def home_dates(body: str) -> list:
    """The dates a homepage showing body reads (a ticker is no column's list: a homepage's box)."""
    url = "http://www.xx.gov.cn/"
    sel = Selector(text=f"<html><body>{body}</body></html>")
    return sorted(d for d in homepage_dates(parse_list(sel, url, as_of=AS_OF), sel, url, AS_OF) if d)


@pytest.mark.parametrize("count", [2, 3])
def test_a_marquee_of_two_notices_or_more_dates_the_homepage(count):
    runs = "&nbsp;&nbsp;".join(f"{a}&nbsp;[{d}]" for a, d in zip(links(count), DAYS, strict=False))
    assert home_dates(f'<div class="gdtz"><marquee direction="left" scrollamount="3">{runs}</marquee></div>') \
        == sorted(WANT[:count])


def test_two_links_in_turn_outside_a_marquee_are_no_rows():
    runs = "&nbsp;&nbsp;".join(f"{a}&nbsp;[{d}]" for a, d in zip(links(2), DAYS, strict=False))
    assert home_dates(f'<div class="gdtz">{runs}</div>') == []


def test_a_two_digit_year_month_first_in_the_dates_box_keeps_the_box():
    """11/20/26 beside full dates: the box is kept, that row settled month first as short_years.py settles a box."""
    assert dates(two_lists(links(), ["11/20/26", *DAYS[1:]])) == WANT


def test_dates_boxes_of_two_digit_years_alone_are_settled_by_their_rows():
    assert dates(two_lists(links(), ["11/20/26", "11/12/26", "10/30/26", "10/02/26"])) == WANT


def test_two_digit_years_nothing_settles_leave_their_rows_undated_and_the_rest_dated():
    """11/10/26 alone: 26 October 2011 or 10 November 2026, nothing tells; its article dates it, the others stand."""
    assert dates(two_lists(links(), [DAYS[0], "11/10/26", *DAYS[2:]])) == [WANT[0], None, *WANT[2:]]
