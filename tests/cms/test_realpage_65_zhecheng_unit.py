"""Realpage 65 (www.zhecheng.gov.cn, 2018): 县城乡规划中心, a unit's page under 工作机构, its list the pages of its
leaders and its 机构编制方案, each dated the day it was put up."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_list
from tests.cms.pages import real_text

UNIT, UNIT_URL = "65-zhecheng-cxghzx-2018.html", "http://www.zhecheng.gov.cn/gzjg/bmsssy/xcxghzx/"


def test_realpage_65_a_units_page_lists_its_introductions_pages():
    page = parse_list(Selector(text=real_text(UNIT)), UNIT_URL, as_of=date(2018, 7, 27))
    assert [i.date for i in page.items] == [date(2018, 7, 24)] * 6
    assert page.items[0].title == "柘城县城乡规划中心机构编制方案"
    assert page.column_name == "县城乡规划中心"


def test_realpage_65_a_units_page_is_untimed_whatever_field_its_name_names():
    """县城乡规划中心's 规划 typed it 规划计划类 (365 days): a stale column a year after its leaders' pages were put
    up, where its siblings, 县价格指导办公室 or 县政府办公室, the same page under other names, were never timed."""
    from govcheck.judge.columns import column_type
    from govcheck.rules import load_profile

    profile = load_profile("national-2019")
    page = parse_list(Selector(text=real_text(UNIT)), UNIT_URL, as_of=date(2018, 7, 27))
    assert column_type(page.column_name, page.column_type, profile) == "other"
    assert column_type("县价格指导办公室", None, profile) == "other"  # already so
