"""Realpages 47-49 (TRS list templates rendered by hand): a column whose list box says in one long sentence that it
is being built (an empty column, no static page's text), a 繁體 copy's 新聞動態 (news), an office's page of its duties
(a static page, no column)."""

from datetime import date

from parsel import Selector

from govcheck.cms import is_placeholder, parse_list
from govcheck.cms.base import placeholder_line, says_empty
from govcheck.cms.containers import has_empty_list, shows_own_text
from govcheck.judge.columns import column_type
from govcheck.rules import load_profile
from tests.cms.pages import real_text

BUILDING = "47-trs-empty-building-sentence-2026.html"
BUILDING_URL = "http://tyjr.example.gov.cn/yfaz/"
SENTENCE = "本栏目正在建设中，相关信息将陆续发布，敬请期待。如有需要请联系本局办公室，联系电话：0000-12345678。"


def _read(name: str, url: str):
    sel = Selector(text=real_text(name))
    return sel, parse_list(sel, url, column=(url, None))


def test_realpage_47_a_long_sentence_that_the_column_is_being_built_is_an_empty_list():
    sel, page = _read(BUILDING, BUILDING_URL)
    assert page.items == [] and page.placeholder and not page.scripted
    assert is_placeholder(sel, BUILDING_URL)
    assert not shows_own_text(sel)  # the sentence is no static page's text


def test_realpage_47_in_traditional_characters_is_empty_too():
    text = real_text(BUILDING).replace("本栏目正在建设中，相关信息将陆续发布", "本欄目正在建設中，相關信息將陸續發布")
    sel = Selector(text=text)
    assert parse_list(sel, BUILDING_URL, column=(BUILDING_URL, None)).placeholder


def test_a_sentence_opening_with_its_columns_emptiness_says_the_list_is_empty():
    assert placeholder_line(SENTENCE)
    assert placeholder_line("该栏目暂无信息，相关内容正在整理中，敬请期待。如有疑问，请致电本局办公室咨询。")
    assert placeholder_line("暂无信息，相关内容将陆续发布，敬请期待。如有需要请联系本局办公室，电话：0000-1234。")
    assert says_empty("本欄目暫無信息")


def test_a_sentence_that_says_nothing_of_its_column_first_stays_the_pages_text():
    # already right: a 依申请公开 guide's sentence, a duty that names a building under way
    assert not placeholder_line("经检索本机关无相关信息的，告知申请人该政府信息不存在，并说明理由，"
                                "在法定期限内依法作出书面答复。")
    assert not placeholder_line("本栏目相关信息正在建设中，负责全市退役军人服务中心和服务站建设中的规划指导工作。")
    assert not placeholder_line("负责全市退役军人服务中心（站）建设中的规划指导，组织协调有关工作，"
                                "正在建设中的项目除外。")


def test_a_static_pages_long_text_beside_such_a_sentence_is_no_empty_column():
    html = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'><p>本局负责贯彻落实"
            "党中央关于退役军人工作的方针政策和决策部署，拟订退役军人思想政治、管理保障等工作政策法规并组织实施。</p>"
            f"<div class='list'><p>{SENTENCE}</p></div></div></body></html>")
    sel = Selector(text=html)
    assert shows_own_text(sel)
    assert not is_placeholder(sel, BUILDING_URL)
    assert not parse_list(sel, BUILDING_URL, column=(BUILDING_URL, None)).placeholder


def test_realpage_48_a_big5_copys_news_list_is_read_and_typed_news():
    url = "http://tyjr.example.gov.cn/big5/xwdt/"
    _, page = _read("48-trs-big5-xwdt-2026.html", url)
    assert [i.date for i in page.items] == [date(2026, 11, 6), date(2026, 10, 30), date(2026, 10, 22),
                                            date(2026, 10, 15)]
    assert page.column_name == "新聞動態"
    assert column_type(page.column_name, page.column_type, load_profile("national-2019")) == "news"


def test_realpage_49_an_offices_page_of_its_duties_is_no_column():
    """Already right: its duties are short lines without links in a box classed `list`, no empty list."""
    url = "http://tyjr.example.gov.cn/jgzn/ksz/zcfgk/"
    sel, page = _read("49-trs-office-duties-2026.html", url)
    assert page.items == [] and not page.placeholder and not page.scripted
    assert not has_empty_list(sel, url)
