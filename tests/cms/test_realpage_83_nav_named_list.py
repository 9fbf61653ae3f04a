"""Realpage 83: 萧县's 规范性文件发布 on Lonsun's 信息公开 platform, its 15 rows (a title, 解读 links, the date, a
【下载】 run by onclick) in boxes classed xxgk_nav_con and xxgk_nav_list. A class naming nav marks a menu, whose
entries show no date; a box of rows each showing its full date is a list, whatever its class says."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import column_list, parse_list
from govcheck.cms.rows import collect_rows
from tests.cms.pages import real

BASE = "https://www.ahxx.gov.cn/"


def test_a_dated_list_in_boxes_classed_as_navigation_is_read():
    sel, url = real("83-ahxx-gfxwj-2026.html")
    listing = column_list(sel, url, parse_list(sel, url, as_of=date(2026, 1, 31)), (url, "规范性文件发布"))
    dates = [i.date for i in listing.items]
    assert len(dates) == 15 and (dates[0], dates[-1]) == (date(2025, 6, 5), date(2018, 12, 18))
    assert dates == sorted(dates, reverse=True)
    # each row's item is its title, not a 解读 link beside it
    assert listing.items[0].title == "萧县人民政府办公室关于印发安徽萧县经济开发区标准化厂房入驻办法的通知"
    assert all("contentId=" in i.url for i in listing.items)


def _rows(box: str) -> int:
    rows = "".join(f'<li><a href="/a/{n}.html">关于第{n}项工作的通知</a>{{date}}</li>' for n in range(1, 5))
    dated = rows.replace("{date}", '<span class="date">2026-11-20</span>')
    bare = rows.replace("{date}", "")
    html = box.replace("ROWS_DATED", dated).replace("ROWS_BARE", bare)
    return len(collect_rows(Selector(text=f"<html><body>{html}</body></html>").root, BASE))


@pytest.mark.parametrize(("box", "rows"), [
    ('<div class="xxgk_nav_con"><ul class="xxgk_nav_list">ROWS_DATED</ul></div>', 4),  # a list classed as nav
    ('<div class="nav"><ul>ROWS_BARE</ul></div>', 0),  # a menu: no entry dated
    ('<nav><ul>ROWS_DATED</ul></nav>', 0),  # a <nav>'s links stay navigation, dated or not
    ('<div class="topbar"><div class="nav"><ul>ROWS_DATED</ul></div></div>', 0),  # a top bar's
    ('<div class="menu"><ul>ROWS_DATED</ul></div>', 0),  # a box named a menu
])
def test_only_a_box_named_nav_whose_rows_show_dates_holds_entries(box, rows):
    assert _rows(box) == rows
