"""Realpages 97, 99 (36, 94, 03, 09): the bar of a portal's tools in its header, beside its menu (用户登录, 个人中心,
智能问答, EN, 长者专区, 注册): an account's page, a chatbot, the site in English or for the elderly, no column, and no
other link to such a page (广州's 市民网页, its sign-in page again) makes it one; the menu's columns stay."""

import pytest
from parsel import Selector

from govcheck.cms.navigation import find_column_links
from tests.cms.pages import real


def nav(name: str) -> dict:
    sel, url = real(name)
    return {c.name: c.url for c in find_column_links(sel, url) if c.source == "nav"}


@pytest.mark.parametrize("page, tools, menu", [
    # 广州: sign-in (市民网页 its page too), English under 语言, 关爱版 and the chatbot in a slide-out panel
    ("97-gz-toolbar-article-2023.html", {"用户登录", "市民网页", "English", "关爱版", "智能问答"},
     {"政务公开", "政务服务", "互动交流", "营商环境", "魅力广州"}),
    # 防城港: the site for the elderly and a robot, in the top bar and again after the menu's <ul>
    ("99-fcgs-toolbar-article-2024.html", {"长者专区", "智能机器人"},
     {"城市概况", "政府信息公开", "公共服务", "互动交流", "数据服务"}),
    # 四川: the bar classed imgnav, a menu word's "nav"
    ("36-sc-ucap-article-2020.html", {"智能问答", "个人中心", "长者专区", "EN"},
     {"政府领导", "机构职能", "政务公开", "政民互动", "走进四川"}),
    # 洪山: the site for the elderly, and the province's sign-up on its own host
    ("94-hongshan-article-2023.html", {"长者专区", "注册"},
     {"政府信息公开", "办事服务", "互动交流", "数据开放", "走进洪山"}),
    ("03-yichun-home-2023.html", {"用户中心"}, {"市政府", "政务公开", "政务服务", "互动交流", "数据开放", "走进宜春"}),
    ("09-shanxi-article-2019.html", {"无障碍浏览"}, {"要闻", "政策", "服务", "互动", "数据", "省情"}),
])
def test_a_headers_tools_are_no_columns_and_its_menu_stays(page, tools, menu):
    found = nav(page)
    assert not tools & set(found)
    assert menu <= set(found)


def test_guangzhous_sign_in_page_is_no_column_under_any_name():
    assert "https://www.gz.gov.cn/tyrzLogin/loginPage" not in nav("97-gz-toolbar-article-2023.html").values()


def test_a_tools_page_named_otherwise_before_it_is_no_column_either():
    html = ('<ul class="menu"><li><a href="/login/">市民网页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>'
            '<div class="nav"><a href="/login/">用户登录</a><a href="/english/">English</a></div>')
    found = find_column_links(Selector(text=f"<html><body>{html}</body></html>"), "http://www.gz.gov.cn/")
    assert [(c.name, c.url) for c in found] == [("政务公开", "http://www.gz.gov.cn/zwgk/")]
