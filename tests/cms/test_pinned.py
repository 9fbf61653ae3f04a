"""A column's pinned items (置顶) in a small block of their own over its list are the column's; a side box is not."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_list

AS_OF = date(2026, 11, 26)
URL = "http://a.gov.cn/xwzx/gzdt/index.html"
COLUMN = ("http://a.gov.cn/xwzx/gzdt/", "工作动态")


def lis(folder: str, days: list[str], mark: str = "") -> str:
    return "".join(f'<li>{mark}<a href="{folder}t{d.replace("-", "")}_{k}.html">关于开展第{k}项重点工作的情况通报</a>'
                   f"<span>{d}</span></li>" for k, d in enumerate(days))


LIST = [f"2026-10-{d:02d}" for d in range(30, 15, -1)]  # fifteen rows, the newest 27 days old: stale


def newest(body: str, url: str = URL, column=COLUMN) -> date | None:
    sel = Selector(text=f'<html><body><div class="main"><div class="column"><h2>{column[1]}</h2>{body}</div></div>'
                        "</body></html>")
    return max((i.date for i in parse_list(sel, url, as_of=AS_OF, column=column).items if i.date), default=None)


def main_list(folder: str = "/xwzx/gzdt/") -> str:
    return f'<div class="list"><ul>{lis(folder, LIST)}</ul></div>'


def test_a_fresh_item_pinned_in_a_zd_list_over_the_list_is_the_columns():
    top = f'<ul class="zd-list">{lis("/xwzx/gzdt/", ["2026-11-25"], "<img src=/images/top.gif>")}</ul>'
    assert newest(top + main_list()) == date(2026, 11, 25)


def test_a_box_headed_zhiding_over_the_list_is_the_columns():
    rows = lis("/xwzx/gzdt/", ["2026-11-20", "2026-03-01"])
    top = f'<div class="top-box"><div class="hd">置顶</div><ul>{rows}</ul></div>'
    assert newest(top + main_list()) == date(2026, 11, 20)


def test_a_tables_first_rows_in_a_tbody_of_their_own_are_the_columns():
    def trs(days):
        return "".join(f'<tr><td><a href="/xwzx/gzdt/t{d.replace("-", "")}_{k}.html">关于第{k}项重点工作的情况通报'
                       f"</a></td><td>{d}</td></tr>" for k, d in enumerate(days))
    top = trs(["2026-11-25", "2026-01-05"])
    table = f'<table class="list"><tbody class="top">{top}</tbody><tbody>{trs(LIST)}</tbody></table>'
    assert newest(table) == date(2026, 11, 25)


def test_old_pinned_items_over_a_list_freshen_nothing():
    top = f'<ul class="zd-list">{lis("/xwzx/gzdt/", ["2025-05-01", "2025-03-01"])}</ul>'
    assert newest(top + main_list()) == date(2026, 10, 30)


def test_a_small_box_of_other_addresses_over_the_list_is_not_the_columns():
    top = f'<ul class="zd-list">{lis("/xwzx/ywdt/", ["2026-11-25", "2026-11-24"])}</ul>'  # the site's 要闻
    assert newest(top + main_list()) == date(2026, 10, 30)


def test_a_small_box_under_the_list_or_outside_its_area_is_not_the_columns():
    side = f'<div class="box"><ul>{lis("/xwzx/gzdt/", ["2026-11-25", "2026-11-24"])}</ul></div>'
    assert newest(main_list() + side) == date(2026, 10, 30)  # under the list: no pinned block
    far = (f'<div class="l"><div class="a"><div class="b">{side}</div></div></div>'
           f'<div class="r"><div class="c">{main_list()}</div></div>')
    assert newest(far) == date(2026, 10, 30)


def test_where_the_address_names_no_folder_only_a_block_marked_pinned_counts():
    url, column = "http://a.gov.cn/list.aspx?id=12", ("http://a.gov.cn/list.aspx?id=12", "工作动态")
    rows = lis("/", ["2026-11-25"])
    assert newest(f"<ul>{rows}</ul>" + main_list("/"), url, column) == date(2026, 10, 30)
    assert newest(f'<ul class="zd-list">{rows}</ul>' + main_list("/"), url, column) == date(2026, 11, 25)
    assert newest(f"<ul>{lis('/', ['2026-11-25'], '<b>[置顶]</b>')}</ul>" + main_list("/"), url, column) \
        == date(2026, 11, 25)


def test_a_block_holding_the_list_is_none_over_it():
    """A small dated block whose box holds the list too (a mutated page) is read without an error."""
    body = f'<ul class="zd-list">{lis("/xwzx/gzdt/", ["2026-11-25"])}<li>{main_list()}</li></ul>'
    assert newest(body) is not None
