"""Reading a consultation column's messages and a 办事指南's elements from saved pages, no crawl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.guide import read_guide
from govcheck.cms.messages import read_messages, read_reply

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TABLE = """<html><body><table>
<tr><th>序号</th><th>信件标题</th><th>来信时间</th><th>状态</th><th>答复时间</th></tr>
<tr><td>1</td><td><a href="/x/1.html">关于路灯的咨询</a></td><td>2026年10月02日</td><td>已回复</td>
<td>2026-10-09</td></tr>
<tr><td>2</td><td><a href="/x/2.html">关于学位的咨询</a></td><td>2026-07-01</td><td>处理中</td><td></td></tr>
</table></body></html>"""


def page(name: str) -> Selector:
    return Selector((FIXTURES / name).read_text(encoding="utf-8"))


def test_a_table_is_read_by_its_header_row():
    found = read_messages(Selector(TABLE), "http://www.example.gov.cn/hdjl/")
    assert found.shows_reply
    assert [(m.title, m.url, m.asked, m.replied, m.status) for m in found.messages] == [
        ("关于路灯的咨询", "http://www.example.gov.cn/x/1.html", date(2026, 10, 2), date(2026, 10, 9), "已回复"),
        ("关于学位的咨询", "http://www.example.gov.cn/x/2.html", date(2026, 7, 1), None, "处理中")]


def test_a_status_shown_by_a_picture_is_read_from_its_words_and_a_blank_one_proves_nothing():
    from govcheck.judge.interaction import late_reason

    html = ("<table><tr><th>信件标题</th><th>来信时间</th><th>状态</th></tr>"
            '<tr><td><a href="/x/1.html">关于路灯的咨询</a></td><td>2026-06-02</td>'
            '<td><img src="/i/yhf.png" alt="已回复"></td></tr>'
            '<tr><td><a href="/x/2.html">关于学位的咨询</a></td><td>2026-06-01</td>'
            '<td><span title="未回复"><img src="/i/whf.png"></span></td></tr>'
            '<tr><td><a href="/x/3.html">关于公交的建议</a></td><td>2026-05-01</td>'
            '<td><img src="/i/x.png"></td></tr></table>')
    found = read_messages(Selector(html), "http://www.example.gov.cn/hdjl/")
    assert not found.shows_reply  # no reply dates: a blank status is unknown
    assert [m.status for m in found.messages] == ["已回复", "未回复", ""]
    late = [late_reason(m, found.shows_reply, date(2026, 12, 1), 90, 365) for m in found.messages]
    assert [why is not None for why in late] == [False, True, False]


def test_labelled_entries_are_read_by_their_labels():
    found = read_messages(page("interaction/mailbox_labels.html"), "http://www.example.gov.cn/hdjl/sjxx/")
    assert [(m.title, m.asked, m.replied, m.status) for m in found.messages] == [
        ("关于小区停车难的问题", date(2026, 10, 30), None, "待回复"),
        ("咨询公租房申请条件", date(2026, 6, 1), date(2026, 6, 5), "已办结"),
        ("反映噪音扰民", date(2026, 5, 2), None, "未办结"),
        ("重复来信", date(2026, 4, 2), None, "不予受理")]


def test_a_list_without_message_dates_is_no_message_list():
    assert read_messages(page("realpages/14-ndrc-tz-2026.html"), "https://www.ndrc.gov.cn/xxgk/zcfb/tz/") is None
    assert read_messages(Selector("<form><p>内容：<textarea></textarea></p></form>"), "http://x/") is None


def test_a_guide_written_inline_with_synonyms():
    guide = read_guide(page("interaction/guide_inline.html"), "http://www.example.gov.cn/bszn/1.html")
    assert guide.name == "建筑工程施工许可证核发 服务指南"
    assert guide.missing == ("办理时间", "办理流程")  # 实施依据, 申报条件, 申请材料, 受理地址, 监督电话 are synonyms


def test_a_guide_table_of_two_label_and_value_pairs_a_row():
    pairs = [("事项名称", "户籍登记"), ("设定依据", "《户口登记条例》"), ("申请条件", "本县常住人口"),
             ("办理材料", "身份证"), ("办理地点", "县政务服务中心"), ("办理时间", "周一至周五"),
             ("联系电话", "0799-1234567"), ("办理流程", "受理、审核、办结")]
    rows = "".join(f'<tr><td class="t">{a}</td><td>{b}</td><td class="t">{c}</td><td>{d}</td></tr>'
                   for (a, b), (c, d) in zip(pairs[::2], pairs[1::2], strict=True))
    html = (f"<html><head><title>户籍登记办事指南</title></head><body><h1>户籍登记办事指南</h1><table>{rows}</table>"
            "</body></html>")
    guide = read_guide(Selector(html), "http://www.example.gov.cn/bszn/1.html")
    assert guide is not None and guide.missing == ()


def test_pages_that_are_not_guides():
    assert read_guide(page("realpages/09-shanxi-article-2019.html"), "https://www.shanxi.gov.cn/") is None
    # titled a guide, but labels too few elements to be one (a list of guides)
    assert read_guide(Selector("<html><title>办事指南</title><body><ul><li><a href='/1.html'>事项名称A</a></li>"
                               "</ul></body></html>"), "http://x/") is None


@pytest.mark.parametrize(("html", "want"), [
    ("<table><tr><th>来信时间</th><td>2026-05-01</td></tr><tr><th>回复时间</th><td>2026-09-20</td></tr></table>",
     (True, date(2026, 9, 20), "")),
    ("<table><tr><th>回复单位</th><td>办公室</td><th>回复时间</th><td></td></tr></table><p>暂未回复</p>",
     (True, None, "")),  # its reply's date left empty: it waits
    ("<p>答复时间：2026-09-20 10:00</p><p>办理状态：已办结</p>", (True, date(2026, 9, 20), "已办结")),
    ("<div><span>处理状态:</span><span>已转办</span></div>", (True, None, "已转办")),  # passed on: it waits
    ("<div><span>处理状态:</span><span>已办结</span></div>", (False, None, "已办结")),  # answered, its day not shown
    ("<form><p>标题：<input name='bt'></p><p>内容：<textarea></textarea></p></form>", None),  # a letter form
])
def test_a_letters_own_page_shows_its_reply(html, want):
    assert read_reply(Selector(text=f"<html><body>{html}</body></html>")) == want


def _letters(head: list[str], rows: list[tuple[str, str, str]]) -> str:
    """A letters' list: 信件标题 and two day columns in the order `head` names them (each row's days in that order)."""
    cells = "".join(f"<th>{h}</th>" for h in ["信件标题", *head])
    body = "".join(f'<tr><td><a href="/hdjl/jzxx/{k}/t20260101_{k}.html">{t}</a></td><td>{a}</td><td>{b}</td></tr>'
                   for k, (t, a, b) in enumerate(rows))
    return f'<html><body><div class="main"><table class="xxlb"><tr>{cells}</tr>{body}</table></div></body></html>'


@pytest.mark.parametrize("reply_first", [False, True])
def test_a_letters_list_is_dated_by_its_replies_whichever_cell_comes_first(reply_first):
    """The indicators time a consultation column's replies: a letter is the list's update when answered, its
    letter's day (and its address's) no update; one awaiting a reply shows no date."""
    letters = [("关于路灯维修的建议", "2026-08-18", "2026-09-02"), ("咨询复查程序", "2026-07-19", "2026-08-08"),
               ("反映补偿款问题", "2026-08-20", "")]
    if reply_first:
        html = _letters(["回复日期", "来信日期"], [(t, b, a) for t, a, b in letters])
    else:
        html = _letters(["来信日期", "回复日期"], letters)
    page = parse_list(Selector(html), "http://www.example.gov.cn/hdjl/jzxx/index.html", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2026, 9, 2), date(2026, 8, 8), None]
    assert all(i.replied for i in page.items[:2])  # no publication day: a letter's page shows the day it was asked


def test_a_list_of_two_days_that_are_no_letters_and_replies_keeps_its_publication_day():
    html = _letters(["发布日期", "更新日期"], [("关于路灯维修的通知", "2026-08-18", "2026-09-02"),
                                                   ("关于复查程序的通知", "2026-07-19", "2026-08-08")])
    page = parse_list(Selector(html), "http://www.example.gov.cn/tzgg/index.html", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2026, 8, 18), date(2026, 7, 19)]
    assert not any(i.replied for i in page.items)


HOTLINE = ('<html><body><div class="main"><table class="gdlb"><tr><th>工单标题</th><th>受理时间</th><th>办结时间</th>'
           "<th>办理状态</th></tr>"
           '<tr><td><a href="/hdjl/rxbj/1.html">咨询贷款额度计算方式</a></td><td>2026-11-21 09:12</td>'
           "<td>2026-11-23 16:40</td><td>已办结</td></tr>"
           '<tr><td><a href="/hdjl/rxbj/2.html">关于异地转移接续的诉求</a></td><td>2026-08-18 10:05</td><td></td>'
           "<td>办理中</td></tr>"
           '<tr><td><a href="/hdjl/rxbj/3.html">重复反映单位未缴存</a></td><td>2026-06-29 15:30</td><td></td>'
           "<td>重复件</td></tr>"
           '<tr><td><a href="/hdjl/rxbj/4.html">关于审批进度的诉求</a></td><td>2026-05-10 08:30</td>'
           "<td>2026-05-15 11:00</td><td>已办结</td></tr></table></div></body></html>")


def test_a_hotlines_work_orders_are_messages_asked_when_taken_and_answered_when_finished():
    """12345's 受理时间 is the day its caller asked, its 办结时间 the reply: the order 办理中 for 100 days waits, the
    重复件 is no valid message."""
    from govcheck.judge.interaction import UNANSWERED, late_reason

    found = read_messages(Selector(HOTLINE), "http://www.example.gov.cn/hdjl/rxbj/")
    assert found.shows_reply
    assert [(m.asked, m.replied, m.status) for m in found.messages] == [
        (date(2026, 11, 21), date(2026, 11, 23), "已办结"), (date(2026, 8, 18), None, "办理中"),
        (date(2026, 6, 29), None, "重复件"), (date(2026, 5, 10), date(2026, 5, 15), "已办结")]
    assert [late_reason(m, True, date(2026, 11, 26), 90, 365) for m in found.messages] == [
        None, UNANSWERED, None, None]


def test_a_hotlines_work_orders_are_dated_by_their_finishing_day():
    page = parse_list(Selector(HOTLINE), "http://www.example.gov.cn/hdjl/rxbj/index.html", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2026, 11, 23), None, None, date(2026, 5, 15)]


LETTERS = (("咨询缴存基数调整", "2026-08-23", "2026-09-27", "已回复"),
           ("关于租房提取额度的建议", "2026-07-29", "2026-08-18", "已回复"),
           ("反映审批材料繁琐", "2026-06-29", "2026-07-09", "已回复"),
           ("咨询灵活就业人员缴存", "2026-11-20", "", "待回复"))
ENTRIES = ('<html><body><div class="main"><ul class="xxlb">' + "".join(
    f'<li><a href="/hdjl/zrxx/{k}.html">{t}</a><p class="xx-info"><span>来信时间：{a}</span><span>回复时间：{b}'
    f"</span><span>状态：{s}</span></p></li>" for k, (t, a, b, s) in enumerate(LETTERS)) + "</ul></div></body></html>")


def test_labelled_letters_are_dated_by_their_replies_not_by_the_day_they_came():
    page = parse_list(Selector(ENTRIES), "http://www.example.gov.cn/hdjl/zrxx/index.html", as_of=date(2026, 11, 26))
    assert [(i.date, i.replied) for i in page.items] == [
        (date(2026, 9, 27), True), (date(2026, 8, 18), True), (date(2026, 7, 9), True), (None, False)]


@pytest.mark.parametrize(("text", "want"), [
    ("咨询缴存基数 来信时间：2026-08-23 回复时间：2026-09-27 状态：已回复", (date(2026, 9, 27), "2026-09-27")),
    ("咨询缴存基数 来信时间：2026-08-23 回复时间： 状态：待回复", (None, "")),
    ("咨询缴存基数 来信时间：2026-08-23 回复时间：暂未回复", (None, "")),
    ("关于路灯维修的通知 发布时间：2026-08-23", None),  # no reply's label: an article's row
    ("回复时间：2026-09-27 关于回复的说明", None),  # a reply's day without its letter's: no letter's entry
])
def test_a_letters_entry_shows_its_reply(text, want):
    from govcheck.cms.messages import entry_reply

    assert entry_reply(text) == want


def test_a_letters_list_of_statuses_alone_shows_no_day_of_the_office():
    """信件标题 | 来信时间 | 状态: the days are the letters', not the replies' (each on its letter's page)."""
    html = _letters(["来信时间", "办理状态"], [("关于路灯维修的建议", "2026-08-18", "已回复"),
                                               ("咨询复查程序", "2026-07-19", "未回复"),
                                               ("反映补偿款问题", "2026-06-20", "已回复")])
    page = parse_list(Selector(html), "http://www.example.gov.cn/hdjl/jzxx/index.html", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [None, None, None]


@pytest.mark.parametrize("day", ["发布时间", "受理时间"])
def test_a_list_of_statuses_beside_its_publication_or_intake_day_keeps_that_day(day):
    """意见征集 under 进行中 | 已结束, an 办件公示 under 已办结: no letters, their day is the list's."""
    html = _letters([day, "状态"], [("关于城区停车收费标准的意见征集", "2026-11-18", "进行中"),
                                    ("关于公交线路优化的意见征集", "2026-10-19", "已结束")])
    page = parse_list(Selector(html), "http://www.example.gov.cn/yjzj/index.html", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2026, 11, 18), date(2026, 10, 19)]


def _guestbook(rows: str) -> str:
    """Lonsun's guestbook (www.ahxx.gov.cn's 县长信箱): a <ul> of labels over a <ul> per letter, a cell an <li>."""
    head = ('<ul class="guestbook_title"><li class="t0">留言时间</li><li class="t5">办理状态</li>'
            '<li class="t1">信件类型</li><li class="t2">信件编号</li><li class="t3">信件标题</li>'
            '<li class="t4">受理单位</li></ul>')
    return f'<html><body><div class="guestbook-table" id="message_list">{head}{rows}</div></body></html>'


def _letter(day: str, status: str, n: int, title: str) -> str:
    return (f'<ul class="odd"><li class="t0">{day}</li><li class="t5"><span>{status}</span></li>'
            f'<li class="t1">我要咨询</li><li class="t2">{n}</li><li class="t3"><a href="/content/article/{n}" '
            f'title="{title}"><font>{title}</font></a></li><li class="t4">县政府督查室</li></ul>')


def test_a_ul_per_letter_under_a_ul_of_labels_is_read_by_its_labels():
    from govcheck.judge.interaction import late_reason

    html = _guestbook(_letter("2026-11-20", "已回复", 11, "关于路灯的咨询")
                      + _letter("2026-07-01", '<span style="color: #df0010">未回复</span>', 12, "关于学位的咨询")
                      + _letter("2026-06-01", "已回复", 13, "关于公交的建议"))
    found = read_messages(Selector(html), "http://www.example.gov.cn/hdjl/xzxx/index.html")
    assert found is not None and not found.shows_reply
    assert [(m.title, m.url, m.asked, m.status) for m in found.messages] == [
        ("关于路灯的咨询", "http://www.example.gov.cn/content/article/11", date(2026, 11, 20), "已回复"),
        ("关于学位的咨询", "http://www.example.gov.cn/content/article/12", date(2026, 7, 1), "未回复"),
        ("关于公交的建议", "http://www.example.gov.cn/content/article/13", date(2026, 6, 1), "已回复")]
    late = [late_reason(m, found.shows_reply, date(2026, 12, 1), 90, 365) for m in found.messages]
    assert [why is not None for why in late] == [False, True, False]  # 未回复 for five months


def test_a_ul_of_labels_naming_no_letters_day_heads_no_letters():
    html = ('<div><ul class="hd"><li>序号</li><li>标题</li><li>发布机构</li></ul>'
            + "".join(f'<ul><li>{k}</li><li><a href="/a/{k}.html">通知{k}</a></li><li>县政府办</li></ul>'
                      for k in range(1, 4)) + "</div>")
    assert read_messages(Selector(html), "http://www.example.gov.cn/tzgg/") is None


@pytest.mark.parametrize(("line", "want"), [
    ("答复单位：凤城街道办事处　答复时间：2025-12-04 16:57", (True, date(2025, 12, 4), "")),
    ("答复时间：2025-12-04　答复单位：县政府督查室", (True, date(2025, 12, 4), "")),
    ("办理单位：县住建局 办理状态：已办结 办结时间：2025-12-05", (True, date(2025, 12, 5), "已办结")),
])
def test_a_reply_labelled_in_a_line_of_labels_is_read(line, want):
    html = f"<table><tr><th>来信时间：</th><td>2025-12-02 11:10</td></tr></table><div class='df'>{line}</div>"
    assert read_reply(Selector(html)) == want


def test_an_automatic_answer_is_no_reply_the_letter_waits():
    """Lonsun shows no 答复情况 at all while a letter waits: its 来信时间 and the automatic 预答复时间 alone."""
    html = ("<table><tr><th>来信时间：</th><td>2025-12-02 11:10</td></tr></table>"
            '<div class="message_info"><span class="lxsj">预答复时间：2025-12-02 11:10</span></div>')
    assert read_reply(Selector(html)) == (True, None, "")


@pytest.mark.parametrize(("html", "want"), [
    ("<p>留言时间：2026-03-01</p><p>留言内容：路灯不亮</p>", (True, None, "")),  # the letter, no reply
    ("<table><tr><th>办理状态</th><td>待回复</td></tr></table>", (True, None, "待回复")),
    ("<table><tr><th>办理状态</th><td>办理中</td></tr><tr><th>留言时间</th><td>2026-03-01</td></tr></table>",
     (True, None, "办理中")),
    ("<div class='hf'><h4>答复内容：</h4><p></p></div>", (True, None, "")),  # an empty reply box
    # answered, its day not shown: no waiting letter
    ("<table><tr><th>留言时间</th><td>2026-03-01</td></tr><tr><th>办理状态</th><td>已回复</td></tr></table>",
     (False, None, "已回复")),
])
def test_a_letters_page_showing_the_letter_and_no_reply_is_a_waiting_letter(html, want):
    assert read_reply(Selector(f"<html><body>{html}</body></html>")) == want


@pytest.mark.parametrize("html", [
    "<p>发布时间：2026-03-01</p><p>正文</p>",  # an article: its day is no letter's
    "<p>留言时间：</p><p>内容：</p>",  # a letter form: no day of a letter
    "<div class='hf'><h4>答复内容：</h4><p>已转相关科室办理，答复如下</p></div>",  # a reply box with its text
])
def test_a_page_showing_no_letter_is_no_waiting_letter(html):
    assert read_reply(Selector(f"<html><body>{html}</body></html>")) is None


def test_a_letters_box_of_paragraphs_under_a_row_of_labels_is_read_as_its_list():
    """Lonsun's homepage or 互动交流 box: an <li> of <p>s of labels, then an <li> per letter, a <p> each cell."""
    from govcheck.cms.messages import replies_to_ask

    rows = "".join(f'<li><p><a href="/content/article/{k}">关于{t}的咨询</a></p><p>{d}</p><p>{s}</p></li>'
                   for k, t, d, s in ((11, "路灯", "2026-11-20", "已回复"), (12, "学位", "2026-07-01", "办理中"),
                                      (13, "公交", "2026-06-01", "已回复")))
    html = f"<div class='xzxx'><ul><li class='tit'><p>信件标题</p><p>留言时间</p><p>办理状态</p></li>{rows}</ul></div>"
    url = "http://www.example.gov.cn/"
    found = read_messages(Selector(html), url)
    assert found is not None and not found.shows_reply
    assert [(m.title, m.asked, m.status) for m in found.messages] == [
        ("关于路灯的咨询", date(2026, 11, 20), "已回复"), ("关于学位的咨询", date(2026, 7, 1), "办理中"),
        ("关于公交的咨询", date(2026, 6, 1), "已回复")]
    assert replies_to_ask(Selector(html), url) == [f"{url}content/article/11", f"{url}content/article/13"]


def test_paragraphs_under_an_item_of_no_labels_are_no_letters():
    html = ("<ul><li><p>市政府</p><p>2026年</p></li>"
            + "".join(f"<li><p><a href='/a/{k}.html'>通知{k}</a></p><p>2026-11-0{k}</p></li>" for k in (1, 2, 3))
            + "</ul>")
    assert read_messages(Selector(html), "http://www.example.gov.cn/") is None
