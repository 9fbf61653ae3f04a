"""Realpages 75 and 76: a letter's own page of ewcms's 民声通道 (德安县, 瑞昌市: interaction/detail.jsp), rendered by
hand: each label a <strong> and its value the text after it (<strong>回复时间：</strong>2019-01-09), the status after
its <strong>受理状态：</strong> on a line of its own. 75 answered, 76 waiting (办理中, 回复时间 empty)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms.messages import read_reply
from tests.cms.pages import real_text


def test_an_answered_letters_reply_day_is_the_text_after_its_label():
    assert read_reply(Selector(text=real_text("75-dean-ewcms-letter-2019.html"))) == (True, date(2019, 1, 9), "已回复")


def test_a_waiting_letter_shows_its_status_and_no_reply_day():
    assert read_reply(Selector(text=real_text("76-dean-ewcms-letter-waiting-2019.html"))) == (True, None, "办理中")


@pytest.mark.parametrize("html", [
    "<div><b>回复时间：</b>2019-01-09 10:20</div>",
    "<table><tr><td><strong>回复时间：</strong></td><td>2019-01-09</td></tr></table>",
    "<p><span>回复时间：</span><span>2019-01-09</span></p>",
])
def test_a_label_in_an_inline_element_is_read_with_the_value_after_it(html):
    page = f"<html><body><p><strong>提交时间：</strong>2019-01-03</p>{html}</body></html>"
    assert read_reply(Selector(text=page)) == (True, date(2019, 1, 9), "")
