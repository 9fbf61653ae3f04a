"""Which links are consultation channels and services entries, the site-level findings, and which messages are
late (pure functions, no crawl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from parsel import Selector

from govcheck.cms.links import page_links
from govcheck.cms.messages import Message, MessageList
from govcheck.judge.channels import consultation_findings, is_consultation, is_services_entry, services_findings
from govcheck.judge.interaction import LATE, UNANSWERED, late_reason, message_findings

AS_OF = date(2026, 11, 26)
REALPAGES = Path(__file__).resolve().parent.parent / "fixtures" / "realpages"


def test_channel_names_are_menu_entries_not_titles_nor_other_interaction_columns():
    assert all(map(is_consultation, ["县长信箱", "书记信箱（新版）", "我要留言", "政务咨询", "咨询投诉", "12345热线",
                                     "12345热线办件", "12345政务服务热线", "12345办件公开"]))
    assert not any(map(is_consultation, ["在线访谈", "网上信访", "调查征集", "纪检举报信箱",
                                         "关于2026年县长信箱来信办理情况的通报"]))
    assert all(is_services_entry(t) for t in ["办事服务", "政务服务", "网上办事大厅", "湖南政务服务网", "办事指南"])
    assert not any(map(is_services_entry, ["示范县办事指南汇编", "关于推进政务服务“一网通办”的实施方案"]))


def test_the_letters_an_office_publishes_are_a_consultation_column(national):
    from govcheck.judge.columns import column_type

    for name in ("留言选登", "信件选登", "来信选登", "信件公开", "来信公开", "网民留言", "县长信箱来信选登"):
        assert is_consultation(name) and column_type(name, None, national) == "interaction", name
    assert not is_consultation("关于2026年来信公开办理情况的说明")  # an article's title, not a column


def test_a_leaders_mailbox_is_a_consultation_column_and_a_bare_mailbox_is_not(national):
    """sxco-op.gov.cn's /hdjl1/ldxx/ heads its letters 领 导 邮 箱: a 信箱 by another word. A bare 邮箱 is the staff's
    webmail (www.gov.cn's header, realpage 10: mail.gov.cn)."""
    from govcheck.judge.columns import column_type

    for name in ("领 导 邮 箱", "局长邮箱", "书记邮箱", "县长邮箱", "示范县县长邮箱"):
        assert is_consultation(name) and column_type(name, None, national) == "interaction", name
    html = (REALPAGES / "10-govcn-gongbao-article-2007.html").read_text(encoding="utf-8")
    links = [(text, target or "", "ok") for _el, _href, text, _scheme, target in
             page_links(Selector(html).root, "https://www.gov.cn/")]
    assert ("邮箱", "https://mail.gov.cn/nsmail/index.php", "ok") in links
    assert not any(is_consultation(t) for t in ("邮箱", "县政府办公室邮箱", "电子邮箱"))
    (none,) = consultation_findings("gov", "https://www.gov.cn/", links, [])
    assert none.check == "no_consultation"
    assert consultation_findings("sx", "https://www.sxco-op.gov.cn/", [("领 导 邮 箱", "/ldxx/", "ok")], []) == []


def test_a_real_homepage_shows_its_services_entry():
    html = (REALPAGES / "03-yichun-home-2023.html").read_text(encoding="utf-8")
    links = [(text, target or "") for _el, _href, text, _scheme, target in
             page_links(Selector(html).root, "https://www.yichun.gov.cn/")]
    assert services_findings("yc", "https://www.yichun.gov.cn/", links, []) == []
    assert any(is_services_entry("", url) for _, url in links)  # yc.jxzwfww.gov.cn: the province's 政务服务网
    (none,) = services_findings("yc", "https://www.yichun.gov.cn/", [("政务公开", "/zwgk/")], ["机构概况"])
    assert none.check == "no_services"


def test_an_empty_services_column_is_no_services_entry():
    """A township's 便民服务 column whose list has nothing (共0页/0条记录): its menu link offers no service."""
    home = "http://www.example.gov.cn/"
    links = [("首页", home), ("便民服务", home + "a/bmfw/")]
    (none,) = services_findings("s", home, links, ["工作动态"], empty=[home + "a/bmfw/"])
    assert none.check == "no_services"
    assert services_findings("s", home, links, ["工作动态", "便民服务"]) == []  # read and not empty: an entry


def test_a_site_with_no_working_channel():
    home = "http://www.example.gov.cn/"
    assert consultation_findings("s", home, [("县长信箱", home + "xx/", "ok")], []) == []
    assert consultation_findings("s", home, [], ["政务咨询"]) == []  # a column read is a channel
    # a link whose check is unknown or unverified is not held against the site
    assert consultation_findings("s", home, [("县长信箱", home + "xx/", None)], []) == []
    (broken,) = consultation_findings("s", home, [("县长信箱", home + "xx/", "broken")], [])
    assert broken.check == "no_consultation" and "县长信箱" in broken.found
    (none,) = consultation_findings("s", home, [("在线访谈", home + "ft/", "ok")], [])
    assert none.found == "已读页面中未发现咨询建议渠道"


def test_which_messages_are_late():
    def why(asked, replied=None, status="", shows=True):
        return late_reason(Message("t", None, asked, replied, status), shows, AS_OF, 90, 365)

    assert why(date(2026, 7, 1), status="处理中") == UNANSWERED
    assert why(date(2026, 7, 1), status="未办结") == UNANSWERED  # holds 办结, and is not done
    assert why(date(2026, 7, 1)) == UNANSWERED  # a list with a reply column, that cell empty
    assert why(date(2026, 7, 1), shows=False) is None  # a list that shows no reply: nothing known
    assert why(date(2026, 10, 1), status="未回复") is None  # under three months
    assert why(date(2025, 10, 1), status="未回复") is None  # older than a year
    assert why(date(2026, 7, 1), status="不予受理") is None  # not a valid message
    assert why(date(2026, 7, 1), status="已回复") is None
    assert why(date(2026, 3, 1), date(2026, 7, 1), "已回复") == LATE
    assert why(date(2026, 3, 1), date(2026, 4, 1), "已回复") is None
    assert why(None, status="未回复") is None


@pytest.mark.parametrize("status", ["已受理", "已转办", "待受理", "正在办理", "已签收", "转办中"])
def test_a_message_received_or_passed_on_is_not_answered(status):
    """Platforms show a letter received (已受理) or passed to a department (已转办) until its reply is published."""
    assert late_reason(Message("t", None, date(2026, 7, 1), None, status), False, AS_OF, 90, 365) == UNANSWERED
    assert late_reason(Message("t", None, date(2026, 7, 1), None, f"{status}，已回复"), True, AS_OF, 90, 365) is None


@pytest.mark.parametrize("shown", [date(1900, 1, 1), date(1970, 1, 1), date(2026, 6, 30)])
def test_a_reply_dated_before_its_question_is_no_reply(shown):
    """A list's reply cell showing a database's empty date (1900-01-01) beside 未回复, or a date before the question:
    the status, or the cell being no real date, says the message waits."""
    assert late_reason(Message("t", None, date(2026, 7, 1), shown, "未回复"), True, AS_OF, 90, 365) == UNANSWERED
    assert late_reason(Message("t", None, date(2026, 7, 1), shown, ""), True, AS_OF, 90, 365) == UNANSWERED
    assert late_reason(Message("t", None, date(2026, 7, 1), shown, "已回复"), True, AS_OF, 90, 365) is None


def test_a_finding_carries_its_evidence():
    (f,) = message_findings("s", "http://x/hdjl/", MessageList(
        [Message("关于路灯的咨询", "http://x/1.html", date(2026, 7, 1), None, "未回复")], True), AS_OF)
    assert (f.check, f.found, f.expected) == ("unanswered_message", "关于路灯的咨询（2026-07-01）", "3个月内答复")
    assert f.detail == {"reason": UNANSWERED, "question_date": "2026-07-01", "reply_date": None, "status": "未回复",
                        "list_page": "http://x/hdjl/", "message_url": "http://x/1.html"}
