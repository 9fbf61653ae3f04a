"""TRS list pages: createPageHTML in both forms, and a site's own Pager({…}) (govcheck/cms/trs.py)."""

from datetime import date

from govcheck.cms import parse_list
from govcheck.cms.trs import create_page_last, create_page_next
from tests.cms.pages import real, small

BASE = "http://www.xx.gov.cn/zwgk/gzdt/"


def test_classic_form_page_one_points_to_index_1():
    page = parse_list(small("trs_classic.html"), BASE + "index.html")
    assert page.family == "trs"
    assert page.next_pages == [BASE + "index_1.html"]


def test_classic_items_and_meta():
    page = parse_list(small("trs_classic.html"), BASE + "index.html")
    assert [(i.title, i.date) for i in page.items] == [
        ("县政府召开常务会议", date(2024, 2, 20)), ("春耕备耕工作有序开展", date(2024, 2, 19)),
        ("全县安全生产工作会议召开", date(2024, 2, 18))]
    assert page.items[0].url == BASE + "202402/t20240220_101.html"
    assert page.column_name == "工作动态"
    assert page.column_type == "动态"


def test_navigation_and_footer_links_are_not_items():
    page = parse_list(small("trs_classic.html"), BASE + "index.html")
    assert {i.title for i in page.items}.isdisjoint({"首页", "政务公开", "网站地图"})


def test_container_form_is_one_based():
    # createPageHTML('page_div', 5, 2, …): this is page 2 (index_2.html), the next is index_3.html, the last index_5
    page = parse_list(small("trs_container_form.html"), BASE + "index_2.html")
    assert (page.next_pages, page.last_page) == ([BASE + "index_3.html"], BASE + "index_5.html")


def test_last_page_has_no_next():
    assert parse_list(small("trs_last_page.html"), BASE + "index_2.html").next_pages == []


def test_create_page_next_forms():
    assert create_page_next('createPageHTML(120, 0, "index", "html");', BASE) == BASE + "index_1.html"
    seventh = BASE + "index_7.shtml"
    assert create_page_next('createPageHTML(120, 7, "index", "shtml");', seventh) == BASE + "index_8.shtml"
    assert create_page_next("createPageHTML('pg', 3, 1, 'index', 'html', 30);", BASE) == BASE + "index_2.html"
    assert create_page_next("createPageHTML('pg', 3, 3, 'index', 'html', 30);", BASE) is None
    assert create_page_next('createPageHTML(1, 0, "t20190918_693227", "shtml");', BASE) is None
    assert create_page_next("function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}", BASE) is None


PAGER = "Pager({size:16, current:%d, prefix:'index',suffix:'html',visible:5,beforeEnd:2,textboxEnabled:true});"


def test_a_sites_own_pager_object():
    """The pager a county site's own script writes from Pager({size, current, prefix, suffix}): current 0-based."""
    assert create_page_next(PAGER % 0, BASE + "index.html") == BASE + "index_1.html"
    assert create_page_next(PAGER % 7, BASE + "index_7.html") == BASE + "index_8.html"
    assert create_page_next(PAGER % 15, BASE + "index_15.html") is None
    assert create_page_last(PAGER % 0, BASE + "index.html") == BASE + "index_15.html"
    assert create_page_next("function Pager(settings){ var s = settings; }", BASE) is None  # its definition


def test_realpage_25_leads_to_its_second_and_last_page():
    sel, url = real("25-antu-lyxx-2021.html")
    page = parse_list(sel, url, as_of=date(2021, 6, 12))
    folder = url.rsplit("/", 1)[0]
    assert (page.next_pages, page.last_page) == ([f"{folder}/index_1.html"], f"{folder}/index_15.html")
    assert len(page.items) == 13


def test_realpage_26_numbers_its_pages_from_two():
    """A province's page.js: createPageHTML('page_div',50, 1,'xwzx_list','shtml',1000) on page one leads to
    xwzx_list_2.shtml, and the last page is xwzx_list_50.shtml."""
    sel, url = real("26-scedu-jyyw-2021.html")
    page = parse_list(sel, url, as_of=date(2021, 1, 11))
    folder = url.rsplit("/", 1)[0]
    assert (page.next_pages, page.last_page) == ([f"{folder}/xwzx_list_2.shtml"], f"{folder}/xwzx_list_50.shtml")
    dates = [i.date for i in page.items]
    assert len(dates) == 20 and (max(dates), min(dates)) == (date(2021, 1, 8), date(2020, 12, 28))


def test_the_older_templates_count_page_names_the_last_page():
    """TRS's older pager template (realpage 01): var currentPage, var countPage and a loop of document.write, no
    createPageHTML: its last page, where an oldest-first list's newest items are, is index_<countPage - 1>."""
    script = "var currentPage = 0;//所在页从0开始\nvar nextPage = currentPage+1\nvar countPage = 6//共多少页\n"
    assert create_page_last(script, BASE + "index.html") == BASE + "index_5.html"
    assert create_page_last(script.replace("= 0;", "= 3;"), BASE + "index_3.shtml") == BASE + "index_5.shtml"
    assert create_page_last(script.replace("= 6/", "= 1/"), BASE + "index.html") is None
    assert create_page_last("var countPage = 6;", BASE + "index.html") is None  # no current page: no such pager

