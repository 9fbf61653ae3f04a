"""A consultation column's list is read page after page only as far back as the year before the inspection date,
and no further than GOVCHECK_MAX_LIST_PAGES; guides are read up to GOVCHECK_MAX_GUIDES_PER_SITE a site."""

from __future__ import annotations

from scrapy import Request

from govcheck.items import EvidenceItem
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

BOX = HOME + "hdjl/xzxx/"


def mailbox(n: int, *asked: str) -> str:
    rows = "".join(f"<tr><td><a href='/hdjl/xzxx/{n}{k}.html'>咨询{n}{k}</a></td><td>{d}</td><td>已回复</td></tr>"
                   for k, d in enumerate(asked))
    return (f"<html><head><title>县长信箱 - 示范县</title></head><body><h2>县长信箱</h2><table>"
            f"<tr><th>标题</th><th>留言时间</th><th>状态</th></tr>{rows}</table>"
            f"<div class='page'><a href='index_{n + 1}.html'>下一页</a></div></body></html>")


def read(spider, url: str, body: str) -> list:
    page = response(url, body, meta=page_meta(spider, url))
    return list(spider.read_page(page, spider.sites[0]))


def next_pages(out: list) -> list[str]:
    return [r.url for r in out if isinstance(r, Request) and "/hdjl/xzxx/index_" in r.url]


def asked_for(spider) -> int:
    """The list pages asked for by the message reader (the crawl may follow the pager too, within its caps)."""
    return spider.crawler.stats.get_value("govcheck/message_pages") or 0


def test_the_list_is_followed_while_its_messages_are_within_the_year():
    spider = portal_spider(GOVCHECK_MAX_LIST_PAGES=3)
    assert next_pages(read(spider, BOX + "index.html", mailbox(0, "2026-10-01", "2026-06-01"))) == [
        BOX + "index_1.html"]
    assert asked_for(spider) == 1
    # a page reaching past the year: older pages hold older messages still
    read(spider, BOX + "index_1.html", mailbox(1, "2026-01-01", "2025-11-01"))
    assert asked_for(spider) == 1


def test_no_more_pages_than_allowed():
    spider = portal_spider(GOVCHECK_MAX_LIST_PAGES=2)
    read(spider, BOX + "index.html", mailbox(0, "2026-10-01"))
    read(spider, BOX + "index_1.html", mailbox(1, "2026-09-01"))
    assert asked_for(spider) == 1


def test_a_page_the_crawl_asked_for_is_not_asked_again():
    spider = portal_spider(GOVCHECK_MAX_LIST_PAGES=3)
    spider.requested.add(BOX + "index_1.html")
    assert next_pages(read(spider, BOX + "index.html", mailbox(0, "2026-10-01"))) == []
    assert asked_for(spider) == 0


def test_guides_read_per_site_are_capped():
    spider = portal_spider(GOVCHECK_MAX_GUIDES_PER_SITE=1)
    guide = ("<html><head><title>办事指南</title></head><body><h1>某事项办事指南</h1><table>"
             "<tr><th>事项名称</th><td>某事项</td></tr><tr><th>受理条件</th><td>…</td></tr>"
             "<tr><th>所需材料</th><td>…</td></tr></table></body></html>")
    first = [i for i in read(spider, HOME + "bszn/1.html", guide) if isinstance(i, EvidenceItem)]
    missing = "设定依据、办理地点、办理时间、联系电话、办理流程"
    assert [(i.check, i.found) for i in first] == [("guide_incomplete", missing)]
    assert not [i for i in read(spider, HOME + "bszn/2.html", guide) if isinstance(i, EvidenceItem)]


def plain_box() -> str:
    """A mailbox listing each letter's title and 来信时间 alone: nothing of its replies."""
    rows = "".join(f"<tr><td><a href='/hdjl/xzxx/{k}.html'>咨询{k}</a></td><td>{d}</td></tr>"
                   for k, d in enumerate(("2026-10-20", "2026-06-01", "2026-05-01", "2026-04-01")))
    return (f"<html><head><title>县长信箱 - 示范县</title></head><body><h2>县长信箱</h2><table>"
            f"<tr><th>信件标题</th><th>来信时间</th></tr>{rows}</table></body></html>")


def letter(reply: str) -> str:
    return ("<html><head><title>咨询 - 示范县</title></head><body><table><tr><th>来信时间</th><td>2026-06-01</td>"
            f"</tr><tr><th>回复时间</th><td>{reply}</td></tr></table></body></html>")


def findings(out: list) -> list[tuple]:
    return [(e.page_url, e.detail["message_url"], e.detail["reason"]) for e in out if isinstance(e, EvidenceItem)
            and e.check == "unanswered_message"]


def asked_letters(out: list) -> list[Request]:
    return [r for r in out if isinstance(r, Request) and r.meta.get("asker") == "letter"]


def read_letter(spider, request: Request, body: str) -> list:
    page = response(request.url, body, meta=request.meta)
    return list(spider.parse_asked(page))


def test_a_list_that_tells_nothing_of_replies_asks_each_letter_of_the_year_for_its_own():
    spider = portal_spider()
    out = read(spider, BOX + "index.html", plain_box())
    assert findings(out) == []  # the list alone tells nothing
    asked = {r.url: r for r in asked_letters(out)}
    assert sorted(asked) == [BOX + f"{k}.html" for k in range(4)]
    assert findings(read_letter(spider, asked[BOX + "1.html"], letter(""))) == [
        (BOX + "index.html", BOX + "1.html", "超过3个月未回复")]
    assert findings(read_letter(spider, asked[BOX + "2.html"], letter("2026-09-20"))) == [
        (BOX + "index.html", BOX + "2.html", "答复超过3个月")]
    assert findings(read_letter(spider, asked[BOX + "3.html"], letter("2026-04-10"))) == []  # answered within days
    assert findings(read_letter(spider, asked[BOX + "0.html"], letter(""))) == []  # not three months yet
    # the crawl reading a letter's page as any other finds nothing of it; the list read again asks none again
    assert findings(read(spider, BOX + "1.html", letter(""))) == []
    assert asked_letters(read(spider, BOX + "index.html", plain_box())) == []


def test_a_letter_of_a_list_that_shows_its_statuses_is_judged_by_the_list():
    spider = portal_spider()
    # 已回复, and more than 3 months old: its page is asked whether it was answered late (letters_to_ask)
    (asked,) = asked_letters(read(spider, BOX + "index.html", mailbox(0, "2026-06-01")))
    assert asked.url == BOX + "00.html"
    assert findings(read_letter(spider, asked, letter(""))) == []  # no reply day on its page: the list stands
    assert findings(read(spider, BOX + "00.html", letter(""))) == []


def test_a_letters_page_cut_off_after_its_reply_label_or_not_read_tells_nothing():
    """The connection closed mid-page, right after 回复时间: its reply may be in what never came, so the letter is
    not counted unanswered; the whole page is. A page that failed or stood in for it tells nothing either."""
    spider = portal_spider()
    asked = {r.url: r for r in asked_letters(read(spider, BOX + "index.html", plain_box()))}
    cut = letter("")
    cut = cut[:cut.index("<td></td>") + len("<td>")]
    assert findings(read_letter(spider, asked[BOX + "1.html"], cut)) == []
    assert findings(read(spider, BOX + "1.html", letter(""))) == []
    failed = response(BOX + "1.html", "<html><body>服务器错误</body></html>", status=500,
                      meta=asked[BOX + "1.html"].meta)
    assert list(spider.parse_asked(failed)) == []
    assert findings(read_letter(spider, asked[BOX + "1.html"], letter(""))) == [
        (BOX + "index.html", BOX + "1.html", "超过3个月未回复")]
