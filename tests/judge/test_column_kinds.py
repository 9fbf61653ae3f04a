"""Column types on names the typing missed: a 繁體 copy's names, 人事 inside 退役军人事务, the government's news under
工作信息, 政务信息 and 工作进展; and names it already typed right, kept so."""

import pytest

from govcheck.judge.columns import column_type
from govcheck.rules import load_profile

TRADITIONAL = [("新聞動態", "news"), ("工作動態", "news"), ("要聞", "news"), ("媒體聚焦", "news"),
               ("通知公告", "notice"), ("規劃計劃", "plan"), ("互動交流", "interaction"), ("領導信箱", "interaction"),
               ("新聞發佈會", "policy"), ("政策解讀", "policy"), ("人事任免", "personnel"), ("政務公開", "other"),
               ("機構職能", "other")]


@pytest.mark.parametrize(("name", "kind"), TRADITIONAL)
def test_a_traditional_name_is_typed_as_its_simplified_twin(national, name, kind):
    assert column_type(name, None, national) == kind


def test_a_traditional_heading_or_meta_types_as_well(national):
    assert column_type("部門", None, national, heading="部門動態") == "news"
    assert column_type("栏目", "信息公開，政策文件", national) == "policy"


@pytest.mark.parametrize("name", ["退役军人事务动态", "退役军人事务工作动态", "軍人事務動態"])
def test_veterans_affairs_news_is_news_not_personnel(national, name):
    assert column_type(name, None, national) == "news"


def test_personnel_names_stay_personnel_and_a_declaration_of_personal_matters_is_none(national):
    for name in ("人事任免", "人事信息", "人事动态", "退役军人事务局人事任免"):
        assert column_type(name, None, national) == "personnel", name
    assert column_type("领导干部个人事项报告", None, national) == "other"


@pytest.mark.parametrize("name", ["工作信息", "政务信息", "工作进展", "重点工作进展", "政務信息"])
def test_the_governments_news_under_other_words_is_news(national, name):
    assert column_type(name, None, national) == "news"


@pytest.mark.parametrize("name", ["政务信息公开", "政府信息公开", "政府信息公开目录", "政务信息公开指南"])
def test_an_open_government_hub_is_no_news(national, name):
    assert column_type(name, None, national) == "other"


@pytest.mark.parametrize(("name", "kind"), [("新闻发布", "news"), ("新闻发布会", "policy"), ("机构职能", "other"),
                                           ("领导简介", "other"), ("科室动态", "news"), ("科室设置", "other")])
def test_already_right(national, name, kind):
    assert column_type(name, None, national) == kind


def test_a_patterns_not_in_words_load_and_are_kept(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("extends: national-2019\nname: t\ncolumns:\n  patterns:\n"
                    "    - {match: 人事, type: personnel, not_in: [军人事务]}\n", encoding="utf-8")
    p = load_profile(path)
    assert p.columns.patterns[0].not_in == ("军人事务",)
    assert column_type("退役军人事务动态", None, p) == "other"  # its only pattern counts no 人事 there
    assert column_type("人事任免", None, p) == "personnel"


@pytest.mark.parametrize("name", ["县城乡规划中心", "人事科", "政策法规科", "发展规划科", "人事教育处", "新闻科",
                                  "新闻办", "规划建设服务中心", "县规划局"])
def test_an_offices_or_a_units_page_is_untimed_whatever_field_its_name_names(national, name):
    """Its list is the office's (its leaders' pages, its sub-columns' newest, each sub-column typed by its own name),
    untimed as 办公室's or 财务科's: no 人事, 政策, 规划 or 新闻 column for the word its field gives its name."""
    assert column_type(name, None, national) == "other"


def test_a_menus_name_shortened_from_an_offices_is_the_offices_page(national):
    assert column_type("人事", None, national, heading="人事科") == "other"


@pytest.mark.parametrize(("name", "kind"), [("新闻中心", "news"), ("资讯中心", "news"), ("人事任免", "personnel"),
                                           ("局长信箱", "interaction"), ("新闻发布厅", "policy"),
                                           ("部门动态", "news")])
def test_a_news_hub_and_the_timed_columns_stay_timed(national, name, kind):
    assert column_type(name, None, national) == kind
