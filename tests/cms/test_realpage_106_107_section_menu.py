"""Realpages 106, 107: a school's column pages, each beside its section's menu drawn without a menu's class
(`<div class="ncon_left"><h3>校务公开</h3><ul class="newsclass-tree">`), its siblings' links at addresses shaped as
articles (newslist/<number>.html), its own entry `<a href="">人事管理</a>`. 106's list says 暂无此类信息！ and holds
nothing: an empty column, not one of four undated items (its siblings). 107's list holds four dated rows of articles
under ../page/: those, not its siblings' links. 108 and 109 draw the menu as bare links (`<div class="div_list"><a
href=''>学工快讯</a>…`): 108's list is empty (共0条), 109's ten dated rows of articles outside its folder."""

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



def test_an_empty_column_beside_its_sections_menu_of_bare_links_is_empty():
    listing = _as_column("108-ilushanedu-xgkx-empty-2021.html", "学工快讯")  # its pager: [1/0页 共0条]
    assert listing.items == [] and listing.placeholder


def test_a_list_beside_its_sections_menu_of_bare_links_is_the_columns():
    listing = _as_column("109-ilushanedu-jwtz-2021.html", "教务通知")
    dates = [i.date for i in listing.items]
    assert len(dates) == 10 and (dates[0], dates[-1]) == (date(2019, 5, 29), date(2018, 8, 29))
    assert all("/16/st_app_news_i_x" in i.url for i in listing.items)  # none of its siblings' pages
