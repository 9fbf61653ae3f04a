"""Realpage 78: the list of ewcms's 民声通道 (瑞昌市's 在线咨询, interaction/list.jsp), rendered by hand: 编号 | 内容 |
受理单位 | 状态 | 日期, a bare 日期 the day each letter came. On a consultation page that day is the letter's (its
waiting letters are evidence, the column is as new as its replies); elsewhere (an 办件公示's 状态 | 时间) a bare day
is the list's own."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.messages import consultation_page, letter_replies, read_messages
from govcheck.judge.interaction import message_findings
from tests.cms.pages import real_text

URL = "http://www.ruichang.gov.cn/interaction/list.do?type=0&currentTable=1"
AS_OF = date(2019, 6, 30)


def _page() -> Selector:
    return Selector(text=real_text("78-ruichang-ewcms-letters-2019.html"))


def test_a_consultation_pages_bare_day_beside_a_status_is_each_letters():
    sel = _page()
    assert consultation_page(sel)
    found = read_messages(sel, URL, letters=True)
    assert [(m.asked, m.status) for m in found.messages] == [
        (date(2019, 6, 24), "办理中"), (date(2019, 6, 17), "已回复"), (date(2019, 6, 3), "已回复"),
        (date(2019, 3, 6), "办理中"), (date(2019, 2, 20), "已回复")]
    assert found.messages[3].url == "http://www.ruichang.gov.cn/interaction/detail.do?id=398"


def test_the_letter_waiting_since_march_is_evidence():
    found = read_messages(_page(), URL, letters=True)
    findings = message_findings("rc", URL, found, AS_OF)
    assert [f.found for f in findings] == ["关于某小区物业乱收停车费的投诉（2019-03-06）"]


def test_the_list_is_dated_by_no_letters_day():
    sel = _page()
    listing = parse_list(sel, URL, as_of=AS_OF)
    assert len(listing.items) == 5 and all(i.date is None for i in listing.items)  # each letter's page tells


def _elsewhere(header: str) -> Selector:
    """The list as an 办件公示's: its cases 已办结 or 办理中 (statuses that speak of a reply, 已回复, are letters'
    wherever they are shown: realpages 63 and 64)."""
    page = real_text("78-ruichang-ewcms-letters-2019.html").replace("在线咨询", "办件公示").replace(
        "<th>日期</th>", f"<th>{header}</th>").replace("已回复", "已办结")
    return Selector(text=page)


def test_a_bare_day_beside_a_status_elsewhere_is_the_lists_own():
    for header in ("日期", "时间"):
        sel = _elsewhere(header)
        assert not consultation_page(sel)
        assert read_messages(sel, URL) is None and letter_replies(sel, URL) == {}
        assert [i.date for i in parse_list(sel, URL, as_of=AS_OF).items][:2] == [date(2019, 6, 24), date(2019, 6, 17)]
