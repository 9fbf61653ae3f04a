"""Answers that stand in for the page asked for: a column's page, later list page, frame, article or data answered
so is unread, never read as an empty list, an undated article or a list of old items."""

from __future__ import annotations

import pytest

from govcheck.judge.answers import cut_short, data_stand_in, stand_in
from govcheck.spiders.stand_ins import landed_home

LIST = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body><div class="list"><ul>'
        + "".join(f'<li><a href="/gzdt/art_{k}.html">第{k}条</a><span>2026-11-{k:02d}</span></li>'
                  for k in range(1, 9))
        + "</ul></div></body></html>")
WAF = ('<html><head><meta charset="utf-8"><title>网站防火墙</title></head><body><h1>网站防火墙</h1>'
       "<p>您的请求带有不合法参数，已被网站管理员设置拦截！</p></body></html>")
BLOCKED = '<html><body><h2>您的访问被拦截</h2><p>事件ID：a1b2c3d4</p></body></html>'
LOGIN = ('<html><head><meta charset="utf-8"><title>统一身份认证平台</title></head><body><h2>统一身份认证</h2>'
         '<form action="/cas/login" method="post"><input name="username"><input name="password" type="password">'
         "<button>登录</button></form></body></html>")
RS = ("<html><head><script>$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};$_ts.nsd=1;</script>"
      '<script src="/abc/def.js" r="m"></script></head><body></body></html>')


@pytest.mark.parametrize(("body", "status", "said"), [
    ("", 200, "返回空白页面"),
    ("  \n ", 200, "返回空白页面"),
    (WAF, 200, "被网站防火墙或人机验证拦截（浏览器中可能可以打开）"),
    (BLOCKED, 200, "被网站防火墙或人机验证拦截（浏览器中可能可以打开）"),
    (RS, 200, "被网站防火墙或人机验证拦截（浏览器中可能可以打开）"),
    (LOGIN, 200, "转到了登录页面"),
])
def test_a_stand_in_is_named_in_plain_words(body, status, said):
    assert stand_in(status, body, "text/html; charset=utf-8", "http://www.example.gov.cn/gzdt/") == said


def test_the_page_asked_for_is_no_stand_in():
    assert stand_in(200, LIST, "text/html", "http://www.example.gov.cn/gzdt/") is None
    # a portal's page with a login box in its header is the page, not a sign-in page
    portal = LIST.replace("<body>", '<body><div class="top">用户登录 <input type="password" name="pw"></div>')
    assert stand_in(200, portal + "<p>" + "正文" * 400 + "</p>", "text/html") is None


def test_a_page_cut_mid_list_is_told_from_a_whole_one():
    cut = LIST[:LIST.index("<ul>") + 4]
    assert cut_short(cut) is True
    assert cut_short(LIST) is False
    assert cut_short(LIST.replace("</html>", "")) is False  # </body> alone closes it
    assert cut_short('{"data": []}') is False  # no document opened: nothing to be cut


def test_data_asked_for_and_a_web_page_answered():
    page = "<!DOCTYPE html>\n<html><head><title>系统提示</title></head><body><p>系统维护中</p></body></html>"
    assert data_stand_in(200, page, "text/html") == "返回的是网页而非列表数据"
    assert data_stand_in(200, "", "application/json") == "返回空白页面"
    assert data_stand_in(200, '{"code": 200, "data": {"list": []}}', "application/json") is None
    # a list's fragment that jQuery's .load() puts into the page is what was asked for
    assert data_stand_in(200, '<li><a href="/a/1.html">第1条</a><span>2026-11-20</span></li>', "text/html") is None


def test_a_read_sent_to_the_homepage():
    home = "http://www.example.gov.cn/"
    assert landed_home("http://www.example.gov.cn/gzdt/index_1.html", "http://www.example.gov.cn/index.html", home)
    assert not landed_home("http://www.example.gov.cn/gzdt/index_1.html", "http://www.example.gov.cn/gzdt/", home)
    assert not landed_home(home, "http://www.example.gov.cn/index.html", home)  # the homepage asked for itself


@pytest.mark.parametrize(("status", "nothing_said", "nothing_shown"), [
    (503, True, False), (500, True, False), (429, True, False), (408, True, False),  # no word about the page
    (404, False, True), (410, False, True), (403, False, True), (400, False, True),  # what a visitor sees too
    (200, False, False), (301, False, False),
])
def test_an_error_status_says_nothing_of_the_page_or_shows_a_visitor_nothing(status, nothing_said, nothing_shown):
    from govcheck.judge.answers import says_nothing, shows_nothing

    assert (says_nothing(status), shows_nothing(status)) == (nothing_said, nothing_shown)
