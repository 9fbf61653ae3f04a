"""A consultation channel the portal links to on a host the audit does not crawl (柘城's 县长信箱 and 部门信箱 at
letter.zhangjixi.com:8005, realpage 85) is read there, as a visitor following the link reads it: its list's late
letters are the site's findings, never left unread and unmarked."""

from __future__ import annotations

from pathlib import Path

from scrapy import Request

from govcheck.items import EvidenceItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

REALPAGES = Path(__file__).parent.parent / "fixtures" / "realpages"
LETTERS = "http://letter.zhangjixi.com:8005/letter/letterlist.aspx"


def read(spider, url: str, body: str) -> list:
    page = response(url, body, meta=page_meta(spider, url))
    return list(spider.read_page(page, spider.sites[0]))


def asked_channels(out: list) -> list[Request]:
    return [r for r in out if isinstance(r, Request) and r.meta.get("asker") == "channel"]


LETTERS_ROWS = (("2026-10-20", "未回复", ""), ("2026-06-01", "未回复", ""), ("2026-05-01", "已回复", "2026-05-10"))


def letters_list() -> str:
    rows = "".join(f"<tr><td><a href='/letter/show.aspx?id={k}'>来信{k}</a></td><td>{asked}</td><td>{status}</td>"
                   f"<td>{replied}</td></tr>" for k, (asked, status, replied) in enumerate(LETTERS_ROWS))
    return ("<html><head><title>县长信箱</title></head><body><table><tr><th>标题</th><th>留言时间</th>"
            f"<th>办理状态</th><th>回复时间</th></tr>{rows}</table></body></html>")


def test_the_portals_channel_on_another_host_is_asked_for_once_and_its_late_letters_found():
    spider = portal_spider()
    page = (REALPAGES / "85-zhecheng-hdjl-2018.html").read_text(encoding="utf-8")
    asked = asked_channels(read(spider, HOME + "hdjl/index.html", page))
    assert [r.url for r in asked] == [LETTERS]  # 县长信箱 and 部门信箱 lead to one list: asked once
    assert asked_channels(read(spider, HOME + "hdjl/index_2.html", page)) == []  # other pages link it again
    found = [e for e in spider.parse_asked(response(LETTERS, letters_list(), meta=asked[0].meta))
             if isinstance(e, EvidenceItem)]
    assert [(e.site_id, e.check, e.page_url, e.found, e.detail["reason"]) for e in found] == [
        (spider.sites[0].site_id, "unanswered_message", LETTERS, "来信1（2026-06-01）", "超过3个月未回复")]


def test_a_channel_on_a_page_of_the_site_itself_is_the_crawls_to_read():
    spider = portal_spider()
    body = f"<html><body><a href='{HOME}hdjl/xzxx/'>县长信箱</a><a href='http://other.example.cn/'>新闻</a></body></html>"
    assert asked_channels(read(spider, HOME + "index2.html", body)) == []


def test_channels_elsewhere_asked_for_a_site_are_capped():
    spider = portal_spider()
    links = "".join(f"<a href='http://letters{k}.example.cn/list.aspx'>领导信箱</a>" for k in range(6))
    asked = asked_channels(read(spider, HOME + "index2.html", f"<html><body>{links}</body></html>"))
    assert len(asked) == 3


WHY = "县长信箱：留言列表在其他主机（letter.zhangjixi.com:8005），未能读取："


def asked_letters_list() -> tuple:
    """A spider that read realpage 85, and its request of the letters list elsewhere."""
    spider = portal_spider()
    page = (REALPAGES / "85-zhecheng-hdjl-2018.html").read_text(encoding="utf-8")
    return spider, asked_channels(read(spider, HOME + "hdjl/index.html", page))[0]


def unverified(out) -> list[tuple]:
    return [(e.check, e.page_url, e.found) for e in out if isinstance(e, EvidenceItem)]


def test_a_channel_elsewhere_not_read_is_unverified_with_its_reason_never_passed_in_silence():
    spider, request = asked_letters_list()
    # its list built by scripts: no message the page shows
    shell = "<html><head><title>县长信箱</title></head><body><div id='list'></div></body></html>"
    assert unverified(spider.parse_asked(response(LETTERS, shell, meta=request.meta))) == [
        ("consultation_unverified", LETTERS, WHY + "页面未显示可读取的留言列表")]
    assert unverified(spider.parse_asked(response(LETTERS, "<html></html>", status=404, meta=request.meta))) == [
        ("consultation_unverified", LETTERS, WHY + "HTTP 404")]

    class Failure:  # a refused connection, the address guard's refusal
        value = ConnectionRefusedError()

    Failure.request = request
    assert unverified(spider.asked_failed(Failure())) == [
        ("consultation_unverified", LETTERS, WHY + "ConnectionRefusedError")]


def test_a_channel_elsewhere_read_only_in_part_is_unverified_unless_a_late_letter_shows():
    spider, request = asked_letters_list()
    head = "<html><head><title>县长信箱</title></head><body><table><tr><th>标题</th><th>来信时间</th>"

    def answer(head_cells: str, rows: str, pager: str = "") -> list[tuple]:
        body = f"{head}{head_cells}</tr>{rows}</table>{pager}</body></html>"
        return unverified(spider.parse_asked(response(LETTERS, body, meta=request.meta)))

    # titles and days alone: nothing tells whether a letter was answered
    assert answer("", "<tr><td><a href='/l/1'>来信1</a></td><td>2026-06-01</td></tr>") == [
        ("consultation_unverified", LETTERS, WHY + "列表未显示答复日期或办理状态")]
    answered = "<tr><td><a href='/l/1'>来信1</a></td><td>2026-10-01</td><td>已回复</td></tr>"
    pager = "<div><a href='?page=2'>下一页</a></div>"
    assert answer("<th>状态</th>", answered, pager) == [
        ("consultation_unverified", LETTERS, WHY + "只读取了列表第一页，其后各页仍有一年内的留言")]
    assert answer("<th>状态</th>", answered) == []  # the whole list read: nothing late
    late = "<tr><td><a href='/l/2'>来信2</a></td><td>2026-06-01</td><td>未回复</td></tr>"
    assert [c for c, *_ in answer("<th>状态</th>", answered + late, pager)] == ["unanswered_message"]


def test_a_channel_at_a_bare_ip_is_asked_for_as_its_link_says():
    """瑞昌's header (realpage 80) links its 在线咨询 to its ewcms at 117.40.173.81; 建言献策 and 投诉监督 beside it
    are no consultation channels."""
    spider = portal_spider()
    page = (REALPAGES / "80-ruichang-header-2012.html").read_text(encoding="utf-8")
    assert [r.url for r in asked_channels(read(spider, HOME + "index2.html", page))] == [
        "http://117.40.173.81/component/interaction/list.do?currentTable=1"]
