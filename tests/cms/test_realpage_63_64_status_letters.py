"""Realpages 63 and 64: letters known by their statuses on pages that do not call themselves consultation columns.
63, MinMore's DirectorMail list under the site's own title (来信主题 | 状态 | 时间 | 受理单位, 已回复 or 未回复); 64,
ewcms's homepage box of letters (类型 | 标题 | 受理单位 | 状态 | 日期). A bare day beside statuses that speak of
replies is the day each letter came: a visitor's, neither the column's nor the homepage's update; an 办件公示's
statuses (已办结, 受理中) keep the day the list's own."""

from datetime import date

from parsel import Selector

from govcheck.cms import homepage_dates, parse_list
from govcheck.cms.messages import (
    Message,
    MessageList,
    consultation_page,
    letter_replies,
    read_messages,
    replies_to_ask,
)
from govcheck.cms.status_letters import statuses_of_letters
from govcheck.judge.interaction import message_findings
from tests.cms.pages import real_text

MINMORE = "http://www.example-zhd.gov.cn/index.php?g=DirectorMail&m=Index&a=index"
DEAN = "http://www.dean.gov.cn/component/main_interaction.html"
AS_OF = date(2019, 6, 30)


def _minmore(text: str | None = None) -> Selector:
    return Selector(text=text or real_text("63-minmore-letters-2019.html"))


def _dean(text: str | None = None) -> Selector:
    return Selector(text=text or real_text("64-dean-ewcms-home-letters-2019.html"))


def test_minmores_list_is_read_as_letters_though_the_page_names_no_mailbox():
    sel = _minmore()
    assert not consultation_page(sel)  # its title is the site's name, its heading a <div>
    found = read_messages(sel, MINMORE)
    assert found.by_status and not found.shows_reply
    assert [(m.asked, m.status) for m in found.messages] == [
        (date(2019, 6, 18), "未回复"), (date(2019, 6, 2), "已回复"), (date(2019, 3, 11), "已回复"),
        (date(2019, 2, 25), "未回复"), (date(2019, 1, 21), "已回复")]


def test_minmores_letter_waiting_since_february_is_evidence_and_its_list_no_update():
    sel = _minmore()
    findings = message_findings("zd", MINMORE, read_messages(sel, MINMORE), AS_OF)
    assert [f.found for f in findings] == ["建设路口信号灯配时不合理（2019-02-25）"]
    assert all(i.date is None for i in parse_list(sel, MINMORE, as_of=AS_OF).items)  # each letter's page tells


def test_the_homepage_box_of_letters_dates_the_homepage_by_no_visitors_day():
    sel = _dean()
    listing = parse_list(sel, DEAN, as_of=AS_OF)
    assert homepage_dates(listing, sel, DEAN, AS_OF) == []  # before: 2019-06-26, the day a visitor wrote
    assert len(letter_replies(sel, DEAN)) == 5
    assert replies_to_ask(sel, DEAN) == [f"http://www.dean.gov.cn/component/interaction/detail.do?id={n}"
                                         for n in (436, 429, 417)]  # the newest answered: their pages tell when


def test_a_list_of_cases_under_the_same_header_keeps_its_days():
    """An 办件公示's 状态 | 日期: 已办结 and 受理中 speak of no reply; the day is the list's."""
    text = real_text("64-dean-ewcms-home-letters-2019.html").replace(">已回复<", ">已办结<").replace(
        ">办理中<", ">受理中<")
    sel = _dean(text)
    assert read_messages(sel, DEAN) is None and letter_replies(sel, DEAN) == {}
    assert max(homepage_dates(parse_list(sel, DEAN, as_of=AS_OF), sel, DEAN, AS_OF)) == date(2019, 6, 26)
    minmore = real_text("63-minmore-letters-2019.html").replace(">已回复<", ">已办结<").replace(">未回复<", ">办理中<")
    assert read_messages(_minmore(minmore), MINMORE) is None


def test_statuses_of_letters_each_known_one_naming_a_reply():
    def of(*statuses):
        return statuses_of_letters(MessageList([Message("t", None, AS_OF, status=s) for s in statuses]))

    assert of("已回复", "办理中") and of("未回复") and of("待答复", "已办结")
    assert not of("已办结", "受理中")  # no reply named: an 办件公示's
    assert not of("已回复", "")  # a row that says nothing: not a list of statuses
    assert not of("已回复", "审核通过")  # a status the rules do not know
