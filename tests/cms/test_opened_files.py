"""A homepage's undated rows whose links call a script file's function with an article's id: the boxes they make, the
site's script files, and the articles the function opens when read (never run)."""

from __future__ import annotations

from parsel import Selector

from govcheck.cms.opened_files import opened_leads, site_scripts, unopened_boxes
from govcheck.cms.openers import Openers

URL = "http://www.example.gov.cn/"
TITLES = ("市城管局开展夜间占道经营专项整治", "城区违法建设治理工作推进会召开", "市容环境卫生大检查结果通报",
          "我市启动冬季城市道路清扫保洁行动")


def page(rows: str, head: str = "") -> Selector:
    return Selector(text=f"<html><head>{head}</head><body><div class='top'><a href=\"javascript:setHome(this,"
                         f"'http://www.example.gov.cn')\">设为首页</a></div><div class='zfdt'><h3>执法动态</h3>"
                         f"<ul>{rows}</ul></div></body></html>")


DETAIL = "".join(f"<li><a href=\"javascript:showDetail('a{k}c12{k}','xwdt')\">{t}</a></li>"
                 for k, t in enumerate(TITLES))
SHOW_DETAIL = ("var x = 1;\nfunction showDetail(id, col) {\n  window.location.href = '/' + col + '/' + id + "
               "'.html';\n}\n")


def test_a_box_of_undated_rows_calling_one_function_with_ids_is_found():
    (box,) = unopened_boxes(page(DETAIL), URL)
    assert box[0] == "javascript:showDetail('a0c120','xwdt')" and len(box) == 4


def test_dated_rows_a_bar_of_tools_and_rows_the_page_explains_are_no_such_box():
    dated = DETAIL.replace("</a></li>", "</a><span>2026-11-20</span></li>")
    assert unopened_boxes(page(dated), URL) == []  # what they show counts already
    tools = "".join(f"<li><a href=\"javascript:{c}\">{t}</a></li>" for c, t in (
        ("setHome(this,'http://www.example.gov.cn')", "设为首页"), ("addFavorite(location.href, document.title)",
                                                                     "加入收藏"), ("window.print()", "打印本页")))
    assert unopened_boxes(page(tools), URL) == []
    inline = f"<script>{SHOW_DETAIL}</script>"
    assert unopened_boxes(page(DETAIL + inline), URL) == []  # an inline function: its rows are read as links
    same = "".join(f"<li><a href=\"javascript:showDetail('123','xwdt')\">{t}</a></li>" for t in TITLES)
    assert unopened_boxes(page(same), URL) == []  # one id for all: no list of articles


def test_the_sites_own_script_files_not_a_librarys_nor_another_hosts():
    head = ('<script src="/js/jquery-1.11.3.min.js"></script><script src="https://cdn.example.com/x.js"></script>'
            '<script src="/js/common.js"></script><script src="js/index.js"></script>')
    assert site_scripts(page(DETAIL, head), URL) == [f"{URL}js/common.js", f"{URL}js/index.js"]


def test_a_script_files_function_opens_each_boxs_first_articles():
    boxes = unopened_boxes(page(DETAIL), URL)
    assert opened_leads(boxes, URL, ["function setHome(o, u) {}", SHOW_DETAIL]) == (
        [f"{URL}xwdt/a{k}c12{k}.html" for k in range(3)], False)


def test_a_function_not_found_or_building_its_address_at_run_time_opens_nothing_known():
    boxes = unopened_boxes(page(DETAIL), URL)
    assert opened_leads(boxes, URL, []) == ([], True)
    assert opened_leads(boxes, URL, ["function showDetail(id, col) {\n  window.open(ROOT + col + '/' + id);\n}"]) \
        == ([], True)


def test_a_box_whose_function_is_not_understood_leaves_the_others_read():
    other = "".join(f"<li><a href=\"javascript:openDoc('{k}9')\">{t}</a></li>" for k, t in enumerate(TITLES))
    sel = Selector(text=f"<html><body><div><ul>{DETAIL}</ul></div><div><ul>{other}</ul></div></body></html>")
    leads, unknown = opened_leads(unopened_boxes(sel, URL), URL, [SHOW_DETAIL])
    assert unknown and leads == [f"{URL}xwdt/a{k}c12{k}.html" for k in range(3)]


def test_openers_read_the_files_text_after_the_pages_scripts():
    openers = Openers(None, ("function openArticle(id) { window.open('/art/' + id + '.html'); }",))
    assert openers.target("openArticle('4521')") == "/art/4521.html"


def test_an_address_built_in_a_variable_first_is_read_through_it():
    """var url = '/art/' + id + '.html'; window.open(url), many templates' functions; not one assigned twice."""
    once = "function openArticle(id) {\n  var url = '/art/' + id + '.html';\n  window.open(url, '_blank');\n}"
    sent = "function go(id, col) { var u = '/' + col + '/' + id + '.html'; window.location.href = u; }"
    twice = "function openArticle(id) { var url = '/art/' + id + '.html'; url = url + '?t=' + now; window.open(url); }"
    assert Openers(None, (once, sent)).target("openArticle('4521')") == "/art/4521.html"
    assert Openers(None, (sent,)).target("go('abc123','xwdt')") == "/xwdt/abc123.html"
    assert Openers(None, (twice,)).target("openArticle('4521')") is None
