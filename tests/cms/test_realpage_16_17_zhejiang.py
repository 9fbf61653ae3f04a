"""Realpages 16 and 17: the 行政规范性文件 column of fzggw.zj.gov.cn (Hanweb jpaas, 2026), a shell whose script
loads the list from the unit endpoint, and that endpoint's saved JSON answer."""

from collections import Counter
from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_article, parse_list
from govcheck.cms.base import Endpoint, meta_content
from govcheck.cms.endpoints import find_endpoints, parse_endpoint
from govcheck.cms.identity import read_identity
from govcheck.judge.dates import date_from_url
from tests.cms.pages import REAL_URLS, real, real_bytes, real_text

PAGE = "16-zjfzggw-xzgfxwj-2026.html"
ANSWER = "17-zjfzggw-xzgfxwj-2026-unit.json"
URL = REAL_URLS[PAGE]
UNIT = Endpoint(url=REAL_URLS[ANSWER], method="GET", form={
    "parseType": "bulidstatic", "webId": "3185", "tplSetId": "o0YcVHHq5vWtr3uiCp4SY", "pageType": "column",
    "tagId": "信息列表", "editType": "null", "pageId": "1229565788"})


@pytest.fixture(scope="module")
def listing():
    sel, url = real(PAGE)
    return parse_list(sel, url, as_of=date(2026, 9, 2))


@pytest.fixture(scope="module")
def identity():
    return read_identity(*real(PAGE))


@pytest.fixture(scope="module")
def answer():
    return parse_endpoint(real_text(ANSWER), URL, as_of=date(2026, 9, 2), content_type="application/json")


# --- 16: the shell page -----------------------------------------------------------------------------------

def test_shell_has_no_item_and_no_guessed_date(listing):
    assert listing.items == []
    assert listing.next_pages == [] and listing.post_requests == []


def test_build_stamp_is_not_a_date():
    assert "pageTimestamp= '1788342253476'" in real_text(PAGE)
    assert parse_article(*real(PAGE)).pub_date is None


def test_list_built_by_a_script_is_not_an_empty_column(listing):
    assert listing.scripted is True
    assert listing.placeholder is False


def test_family(listing):
    assert listing.family == "hanweb"


def test_script_names_the_unit_endpoint():
    assert find_endpoints(*real(PAGE)) == [UNIT]


def test_left_menu_of_undated_links_is_not_a_list(listing):
    assert len(real(PAGE)[0].css(".bt-column-menu li a")) == 36
    assert listing.items == []


def test_column_meta(listing):
    assert listing.column_name == "行政规范性文件"
    assert listing.column_type == "行政规范性文件"
    assert meta_content(real(PAGE)[0], "ColId") == "1229565788"


def test_crlf_line_endings_read_the_same():
    raw = real_bytes(PAGE)
    assert raw.count(b"\r\n") == 14
    sel = Selector(text=raw.decode("utf-8"))
    assert parse_list(sel, URL).items == []
    assert find_endpoints(sel, URL) == [UNIT]


def test_site_code_meta(identity):
    assert identity["site_code"] == "3300000020"


@pytest.mark.parametrize("mark", ["conac_mark", "icp", "psb", "sponsor", "zhaocuo", "sitemap"])
def test_footer_drawn_by_a_script_shows_no_mark(identity, mark):
    assert identity[mark] is False


def test_parse_list_names_the_endpoint_of_the_shell(listing):
    assert listing.endpoints == [UNIT] and listing.scripted


# --- 17: the endpoint's answer ----------------------------------------------------------------------------

def test_answer_item_count(answer):
    assert len(answer.items) == 15


def test_answer_newest_and_oldest(answer):
    dates = [i.date for i in answer.items]
    assert max(dates) == date(2026, 6, 5)
    assert min(dates) == date(2025, 1, 27)


def test_answer_newest_first(answer):
    dates = [i.date for i in answer.items]
    assert dates == sorted(dates, reverse=True)


def test_answer_one_day_three_times(answer):
    assert Counter(i.date for i in answer.items)[date(2025, 2, 14)] == 3


def test_answer_family(answer):
    assert answer.family == "endpoint"


def test_full_titles_from_the_title_attribute(answer):
    first = answer.items[0]
    assert "碳排放..." in real_text(ANSWER)
    assert first.title == "省发展改革委关于印发《浙江省固定资产投资项目节能审查和碳排放评价实施办法》的通知"
    assert not any(i.title.endswith("...") for i in answer.items)


def test_items_link_into_another_column(answer):
    assert all("1229123351" in i.url and "1229565788" not in i.url for i in answer.items)


def test_column_links_without_a_day_take_the_shown_date(answer):
    short = [i for i in answer.items if i.url.startswith("https://fzggw.zj.gov.cn/col/col1229123351/art/")]
    assert len(short) == 6
    assert all(date_from_url(i.url) is None and i.raw_date == i.date.isoformat() for i in short)


def test_protocol_relative_links_take_the_page_scheme(answer):
    full = [i for i in answer.items if i.url.startswith("https://fzggw.zj.gov.cn/art/")]
    assert len(full) == 9
    assert full[0].url == "https://fzggw.zj.gov.cn/art/2025/11/4/art_1229123351_2578716.html"
    assert all(date_from_url(i.url) == i.date for i in full)


def test_pager_zero_is_not_a_count(answer):
    assert r'检索到 <span class=\"default_pgTotalRecord\">0</span> 条记录' in real_text(ANSWER)
    assert len(answer.items) == 15
    assert answer.placeholder is False


def test_json_escaped_html_is_read(answer):
    assert r'<li class=\"clearfix\">' in real_text(ANSWER)
    assert answer.items[-1].url == "https://fzggw.zj.gov.cn/art/2025/1/27/art_1229123351_2544446.html"


def test_answer_read_against_the_endpoint_url_links_the_same(answer):
    same = parse_endpoint(real_text(ANSWER), REAL_URLS[ANSWER], as_of=date(2026, 9, 2))
    assert same.items == answer.items
