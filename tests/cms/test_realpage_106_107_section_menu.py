"""Realpages 106, 107: a school's column pages, each beside its section's menu drawn without a menu's class
(`<div class="ncon_left"><h3>校务公开</h3><ul class="newsclass-tree">`), its siblings' links at addresses shaped as
articles (newslist/<number>.html), its own entry `<a href="">人事管理</a>`. 106's list says 暂无此类信息！ and holds
nothing: an empty column, not one of four undated items (its siblings). 107's list holds four dated rows of articles
under ../page/: those, not its siblings' links."""

from datetime import date

from govcheck.cms import column_list, parse_list
from govcheck.cms.containers import has_empty_list
from tests.cms.pages import real


def _as_column(page: str, name: str):
    sel, url = real(page)
    return column_list(sel, url, parse_list(sel, url, as_of=date(2021, 5, 1)), (url, name))


def test_an_empty_column_beside_its_sections_menu_is_empty():
    listing = _as_column("106-23slxx-rsgl-empty-2021.html", "人事管理")
    assert listing.items == [] and listing.placeholder
    assert not listing.scripted and not listing.endpoints
    sel, url = real("106-23slxx-rsgl-empty-2021.html")
    assert not has_empty_list(sel, url)  # its box holds the line as a link to "#": said, not an empty box


def test_a_list_beside_its_sections_menu_is_the_columns():
    listing = _as_column("107-23slxx-bmzz-2021.html", "部门职责")
    assert [i.url.rsplit("/", 1)[1] for i in listing.items] == ["433336.html", "433335.html", "433334.html",
                                                                "433333.html"]
    assert {i.date for i in listing.items} == {date(2019, 12, 6)}
    assert not any("/newslist/" in i.url for i in listing.items)  # none of its siblings' columns

