"""Realpage 77: a letter's own page of MinMore CMS's 支队长信箱 (DirectorMail/Index/mail.php), rendered by hand:
来信时间 in a table, then 办理单位 | 办理时间 (暂无: the office set no day) and 处理情况, the reply's text. A reply
shown is an answer, on a day the page does not show: no waiting letter, and nothing to hold against the site."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms.messages import Message, MessageList, read_reply
from govcheck.judge.interaction import message_findings
from tests.cms.pages import real_text


def test_a_letter_whose_reply_is_shown_without_its_day_is_answered_not_waiting():
    reply = read_reply(Selector(text=real_text("77-minmore-letter-2019.html")))
    assert reply == (False, None, "")
    shown, replied, status = reply
    one = MessageList([Message("外地车辆年检能否在本市办理", "/mail/127.html", date(2019, 3, 11), replied, status)],
                      shows_reply=shown)
    assert not list(message_findings("zd", "http://www.example.gov.cn/mail/", one, date(2019, 9, 1)))


@pytest.mark.parametrize(("html", "want"), [
    # 来信时间 and a filled 回复内容, no 回复时间 label at all
    ("<p>来信时间：2026-03-01</p><div><h4>回复内容：</h4><p>您好，您反映的问题已办理。</p></div>", (False, None, "")),
    # the 回复时间 label shown empty, the reply's text below it
    ("<table><tr><th>来信时间</th><td>2026-03-01</td><th>回复时间</th><td></td></tr></table>"
     "<div><h4>回复内容</h4><p>您好！您反映的问题已转相关科室办理，现答复如下：……</p></div>", (False, None, "")),
    # Lonsun's 答复单位 with its unit, no 答复时间
    ("<table><tr><th>来信时间：</th><td>2025-12-02 11:10</td></tr></table><div>答复单位：凤城街道办事处</div>",
     (False, None, "")),
])
def test_a_reply_shown_with_no_day_is_an_answer(html, want):
    assert read_reply(Selector(f"<html><body>{html}</body></html>")) == want


@pytest.mark.parametrize("html", [
    "<table><tr><th>来信时间</th><td>2026-03-01</td><th>回复时间</th><td></td></tr></table>"
    "<div><h4>回复内容</h4><p>暂未回复</p></div>",  # the placeholder the box shows while the letter waits
    "<p>来信时间：2026-03-01</p><div><h4>回复内容：</h4><p></p></div>",
    # ewcms's 回复单位 is the letter's office, shown while it waits
    "<p><strong>提交时间：</strong>2019-01-15</p>"
    "<p><strong>回复单位：</strong>县交通运输局<br /><strong>回复时间：</strong></p>",
])
def test_an_empty_reply_box_or_the_letters_office_alone_is_still_waiting(html):
    assert read_reply(Selector(f"<html><body>{html}</body></html>")) == (True, None, "")
