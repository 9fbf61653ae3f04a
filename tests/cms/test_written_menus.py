"""A menu an inline script writes in place (govcheck/cms/written_menus.py, read by cms/navigation.py)."""

from parsel import Selector

from govcheck.cms.navigation import find_column_links

HOME = "http://www.xx.gov.cn/index.html"


def found(body: str) -> list[tuple[str, str, str | None]]:
    page = Selector(text=f"<html><body>{body}</body></html>")
    return [(c.name, c.url.removeprefix("http://www.xx.gov.cn"), c.parent)
            for c in find_column_links(page, HOME) if c.source == "nav"]


def test_a_write_an_entry_in_the_menus_box_gives_its_columns_under_their_headings():
    """An old county portal's menu, a document.write an entry inside its box: each column found, a heading's
    entries under it, 首页 none."""
    script = ("document.write('<ul>');\ndocument.write('<li><a href=\"/\">首页</a></li>');\n"
              "document.write('<li><a href=\"/zwgk/\">政务公开</a><ul>');\n"
              "document.write('<li><a href=\"/zwgk/tzgg/\">通知公告</a></li>');\n"
              "document.write('<li><a href=\"/zwgk/zcwj/\">政策文件</a></li></ul></li>');\n"
              "document.write('<li><a href=\"/xwzx/\">新闻中心</a></li>');\ndocument.write('</ul>');\n")
    assert found(f'<div class="nav"><script type="text/javascript">{script}</script></div>') == [
        ("政务公开", "/zwgk/", None), ("通知公告", "/zwgk/tzgg/", "政务公开"), ("政策文件", "/zwgk/zcwj/", "政务公开"),
        ("新闻中心", "/xwzx/", None)]


def test_a_string_built_up_and_written_once_is_read_when_what_it_writes_is_a_menu():
    """A script anywhere that builds its menu's markup, a navigation box of its own, and writes it once."""
    script = ("var s = '<ul class=\"menu\">';\ns += '<li><a href=\"/bsfw/\">办事服务</a></li>';\n"
              "s += '<li><a href=\"/hdjl/\">互动交流</a></li>';\ns += '</ul>';\n"
              "document.getElementById('top').innerHTML = s;")
    assert found(f'<div id="top"></div><script>{script}</script>') == [
        ("办事服务", "/bsfw/", None), ("互动交流", "/hdjl/", None)]


def test_a_script_that_builds_its_links_addresses_is_not_read():
    """Only links whose addresses are literals of the script's own: one that finishes an address from its data
    writes what they say, unread here (not a column at a folder of the literal's)."""
    script = ("for (var i = 0; i < nav.length; i++) {\n"
              "  document.write('<li><a href=\"/' + nav[i].dir + '/\">' + nav[i].name + '</a></li>'); }\n"
              "document.write('<li><a href=\"/xxgk/\">信息公开</a></li>');")
    assert found(f'<div class="nav"><ul><script>{script}</script></ul></div>') == []


def test_rows_an_inline_script_writes_in_a_list_are_no_menu():
    """zhen's 通知公告 writes each row's link inline beside its date: a list, outside any navigation box."""
    rows = "".join(f"<li><script>document.write('<a href=\"/tzgg/202611/t2026112{k}_{k}.html\">关于做好第{k}项工作"
                   f"的通知</a>');</script><span>2026-11-2{k}</span></li>" for k in range(3))
    assert found(f'<div class="list"><ul>{rows}</ul></div>') == []


def test_a_script_writing_something_else_gives_nothing():
    assert found('<div class="nav"><script>document.write(showDate());</script></div>') == []
