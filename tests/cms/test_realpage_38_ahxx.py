"""Realpage 38: 县长信箱 of 萧县人民政府 (www.ahxx.gov.cn, Lonsun CMS, 2026): no table, a <ul> of labels (留言时间 |
办理状态 | 信件类型 | 信件编号 | 信件标题 | 受理单位) over a <ul> per letter, each cell an <li>; no reply's day on the
list, each letter's 回复时间 on its own page."""

from datetime import date

import pytest

from govcheck.cms import parse_list
from govcheck.cms.messages import read_messages, replies_to_ask
from govcheck.judge.interaction import message_findings
from tests.cms.pages import real

PAGE = "38-ahxx-xzxx-2026.html"


@pytest.fixture(scope="module")
def page():
    return real(PAGE)


def test_its_twenty_letters_are_its_list_each_dated_by_no_day_of_its_letters(page):
    sel, url = page
    listing = parse_list(sel, url, as_of=date(2026, 1, 7))
    assert len(listing.items) == 20 and not listing.placeholder
    assert listing.items[0].title == "投诉岱湖佳苑物业不作为"
    assert listing.items[0].url == "https://www.ahxx.gov.cn/content/article/163234451"
    # 留言时间 beside 办理状态 alone: the day a visitor wrote, no update of the site's; the replies' days are on the
    # letters' pages
    assert all(i.date is None for i in listing.items)


def test_each_letter_is_read_with_its_day_and_status(page):
    sel, url = page
    found = read_messages(sel, url)
    assert found is not None and not found.shows_reply and len(found.messages) == 20
    first, last = found.messages[0], found.messages[-1]
    assert (first.title, first.asked, first.status) == ("投诉岱湖佳苑物业不作为", date(2025, 12, 2), "已回复")
    assert (last.title, last.asked) == ("咨询萧县2021年数据", date(2024, 1, 20))
    assert {m.status for m in found.messages} == {"已回复"}
    assert not list(message_findings("xx", url, found, date(2026, 1, 7)))  # all answered: nothing to confirm
    assert replies_to_ask(sel, url) == [m.url for m in found.messages[:3]]  # the newest three's own pages


def test_a_letters_own_page_is_dated_by_its_answer_not_by_the_platforms_automatic_one():
    """Page 39, the newest letter's own page (cut to its letter box): 来信时间 2025-12-02 11:10 in a cell, an
    automatic 预答复时间 of the same minute, then 答复单位：凤城街道办事处　答复时间：2025-12-04 16:57 in one line."""
    from parsel import Selector

    from govcheck.cms.messages import read_reply
    from tests.cms.pages import real_text

    assert read_reply(Selector(text=real_text("39-ahxx-letter-2025.html"))) == (True, date(2025, 12, 4), "")


def test_a_letter_still_waiting_shows_its_letter_and_no_reply():
    """Page 39 cut before its 答复情况, as Lonsun shows a letter still waiting: its 来信时间 and the automatic
    预答复时间 alone. It waits: its asked day counts, and its page dates nothing (never the column's unread)."""
    from parsel import Selector

    from govcheck.cms.messages import read_reply
    from tests.cms.pages import real_text

    text = real_text("39-ahxx-letter-2025.html")
    assert read_reply(Selector(text=text[:text.index("答复情况")] + "</td></tr></table>")) == (True, None, "")
