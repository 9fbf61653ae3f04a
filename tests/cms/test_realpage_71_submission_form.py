"""Realpage 71: a town portal's 网上诉求 form (板芙镇, rendered by hand from its CMS template): a 反映内容 textarea and
a 提交 that is a plain button its script posts the form by. A hotline's page offering such a form is a working
channel for questions; a search box, a login, a reply looked up by its number (realpage 72) and a survey are not."""

from lxml import html

from govcheck.cms.forms import submission_form, writes_in
from tests.cms.pages import FIXTURES, real_text


def _root(text: str):
    return html.fromstring(text)


def test_the_town_portals_form_to_write_in_is_one():
    """Before: nothing read it; a hotline's page offering it counted as a page of its number alone."""
    root = _root(real_text("71-banfu-complaint-form-2015.html"))
    (form,) = root.iter("form")
    assert form.get("name") == "myform" and writes_in(form)
    assert submission_form(root)


def test_a_form_that_looks_a_reply_up_by_its_number_is_none():
    assert not submission_form(_root(real_text("72-banfu-complaint-list-2015.html")))


def test_no_other_real_page_offers_one():
    """Search boxes, menus in forms, a homepage's login: none of the other saved pages takes a question."""
    names = sorted(p.name for p in (FIXTURES / "realpages").glob("*.htm*")
                   if submission_form(_root(p.read_bytes().decode("utf-8", "replace"))))
    assert names == ["71-banfu-complaint-form-2015.html"]


SEARCH = ('<form action="/search/index.html" method="get"><input type="text" name="q" value="请输入关键词">'
          '<input type="submit" value="搜索"></form>')
LOGIN = ('<form action="/login" method="post">用户名：<input name="user">密码：<input type="password" name="pwd">'
         '<textarea name="note"></textarea><input type="submit" value="登录"></form>')
# the same portal's 网上调查 (vote_survey_content.php), its questions a satisfaction survey's: a comment box and 提交
SURVEY = ('<form id="form1" name="form1" method="post" action="/index.php/interaction/vote_handle/3/151">'
          '<H3>您对12345热线的办理结果是否满意<span>(单选)</span></H3>'
          '<p><input type="radio" name="type1[7]" value="21"><label>满意</label></p>'
          '<p><input type="radio" name="type1[7]" value="22"><label>不满意</label></p>'
          '<H3>您的意见和建议<span>(文本回复)</span></H3>'
          '<p><textarea name="type3[0]" cols="60" rows="8"> </textarea></p>'
          '<input id="btnSubmit" type="submit" value="提&nbsp;&nbsp;交">'
          ' <input type="button" value="&nbsp;查看结果&nbsp;"></form>')


def test_a_search_box_a_login_and_a_survey_are_none():
    for text in (SEARCH, LOGIN, SURVEY):
        assert not submission_form(_root(f"<html><body>{text}</body></html>")), text


def test_a_textarea_hidden_or_not_sent_is_none():
    """A textarea a script keeps data in (hidden), one only shown (readonly), one no control sends."""
    for box in ('<textarea style="display:none">[{"title":"…"}]</textarea><input type="submit" value="提交">',
                '<div hidden><textarea name="c"></textarea></div><input type="submit" value="提交">',
                '<textarea name="c" readonly>本网站声明……</textarea><input type="submit" value="提交">',
                '<textarea name="c"></textarea><input type="button" value="返回" onclick="history.back()">'):
        assert not submission_form(_root(f"<html><body><form>{box}</form></body></html>")), box


def test_a_form_sent_by_a_submit_or_a_button_is_one():
    for send in ('<input type="submit" value="我要留言">', "<button>发送</button>", '<input type="image" src="t.gif">',
                 '<button type="button" onclick="post()">提交诉求</button>'):
        page = f'<html><body><form><textarea name="content"></textarea>{send}</form></body></html>'
        assert submission_form(_root(page)), send
