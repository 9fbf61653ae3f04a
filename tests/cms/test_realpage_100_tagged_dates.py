"""Realpage 100: 重庆市终身学习学分银行's homepage rows, each ONE link holding its title in a <font> and one <span>
of its date and its category in a <b> (2020-11-24<b>公告</b>): the date is the row's, the category no part of its
title."""

from datetime import date

from lxml import html

from govcheck.cms import parse_list
from govcheck.cms.row_dates import date_cell
from tests.cms.pages import real

PAGE = "100-cqcbc-home-2021.html"
ROWS = [  # (title, date) of the box 最新新闻公告's rows, in the page's order
    ("关于重庆市终身学习学分银行LOGO设计征集选用结果公告", date(2020, 11, 24)),
    ("重庆市终身学习学分银行揭牌仪式暨学分银行建设研讨会在重庆市合川广播电视大学-重庆广播电视大学成功召开",
     date(2020, 9, 28)),
    ("重庆市1+X证书学习成果专业认证委员会专家库组成人员公示", date(2020, 9, 16)),
    ("重庆市终身学习学分银行机构分中心拟建设名单公示", date(2020, 9, 16)),
    ("成渝地区双城经济圈学分银行签署合作备忘录", date(2020, 6, 30)),
]


def test_each_row_is_dated_by_the_date_beside_its_category():
    sel, url = real(PAGE)
    items = parse_list(sel, url, as_of=date(2021, 1, 2)).items
    assert [(i.title, i.date) for i in items] == ROWS
    assert items[0].raw_date.startswith("2020-11-24") and items[0].url.endswith("showNews-8aa981d675f73fb70.html")


def _cell(markup: str):
    return date_cell(html.fragment_fromstring(markup), "http://www.x.gov.cn/", 2021)


def test_a_date_cell_may_hold_a_short_word_of_its_own_element_beside_its_date():
    assert _cell("<span>2020-11-24<b>学银动态</b></span>")[0] == date(2020, 11, 24)
    assert _cell("<span><em>公告</em>2020-11-24</span>")[0] == date(2020, 11, 24)


def test_but_not_another_date_s_label_nor_more_than_a_word():
    assert _cell("<span>2020-11-24<b>截止</b></span>") is None  # a deadline's
    assert _cell("<span>2020-11-24<b>关于开展试点工作的通知</b></span>") is None  # a title beside it
    assert _cell("<span>2020-11-24 公告 <b>新</b></span>") is None  # a word outside the element
