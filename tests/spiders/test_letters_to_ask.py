"""Which letters of a consultation list are asked for their own pages (interaction.letters_to_ask): a list that
shows statuses but no reply's day (信件标题 | 来信时间 | 办理状态: 已回复) hides a reply given after the limit, which
only the letter's page dates; its answered letters old enough to have been answered late are asked, not the waiting
ones, whose status says it all, nor those answered within the limit of the check date."""

from datetime import date, timedelta

from govcheck.cms.messages import Message, MessageList
from govcheck.judge.interaction import message_findings
from govcheck.spiders.interaction import letters_to_ask

AS_OF = date(2026, 11, 26)


def _msg(title: str, days: int, status: str = "", replied: int | None = None) -> Message:
    return Message(title, f"/hdjl/{title}.html", AS_OF - timedelta(days=days), status=status,
                   replied=AS_OF - timedelta(days=replied) if replied is not None else None)


def test_a_status_lists_answered_letters_older_than_the_limit_are_asked():
    found = MessageList([_msg("a", 20, "已回复"), _msg("b", 130, "未回复"), _msg("c", 210, "已回复"),
                         _msg("d", 150, "已办结"), _msg("e", 400, "已回复"), _msg("f", 95, "不予受理")])
    assert [m.title for m in letters_to_ask(found, AS_OF)] == ["c", "d"]  # before: none


def test_a_list_of_titles_and_days_alone_asks_each_letter_of_the_year():
    found = MessageList([_msg("a", 20), _msg("b", 130), _msg("e", 400)])
    assert [m.title for m in letters_to_ask(found, AS_OF)] == ["a", "b"]


def test_a_list_that_shows_its_replies_days_asks_none():
    found = MessageList([_msg("a", 210, "已回复", 90)], shows_reply=True)
    assert letters_to_ask(found, AS_OF) == []


def test_an_answered_letter_whose_page_dates_its_reply_late_is_a_finding():
    """What letter_reply judges: the list's message, its page's reply day, the list's status kept."""
    late = MessageList([_msg("c", 210, "已回复", 90)], shows_reply=True)
    assert [f.detail["reason"] for f in message_findings("gjj", "/hdjl/zxts/", late, AS_OF)] == ["答复超过3个月"]
    in_time = MessageList([_msg("d", 150, "已回复", 100)], shows_reply=True)
    assert message_findings("gjj", "/hdjl/zxts/", in_time, AS_OF) == []
