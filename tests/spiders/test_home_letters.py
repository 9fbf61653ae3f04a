"""A homepage's 书记信箱 box that shows its letters' statuses but not their replies' days: its newest answered
letters' own pages date the homepage by their 回复时间, as a consultation column's letters date the column."""

from __future__ import annotations

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms.messages import replies_to_ask
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

LETTERS = (("2026-11-24", "未回复"), ("2026-11-18", "已回复"), ("2026-11-01", "已回复"), ("2026-10-20", "已办结"),
           ("2026-10-01", "已回复"))
BOX = ('<div class="sjxx"><h3>书记信箱</h3><table><tr><th>标题</th><th>来信时间</th><th>状态</th></tr>' + "".join(
    f'<tr><td><a href="/sjxx/xj/98310{k}.html">关于第{k}件事的咨询</a></td><td>{d}</td><td>{s}</td></tr>'
    for k, (d, s) in enumerate(LETTERS)) + "</table></div>")
NOTICES = '<div class="block"><h3>通知公告</h3><ul>' + "".join(
    f'<li><a href="/tzgg/{k}.html">第{k}号通知</a><span>2026-10-0{k}</span></li>' for k in range(1, 6)) + "</ul></div>"
LETTER = ('<html><body><table><tr><th>来信时间</th><td>2026-11-18</td><th>回复时间</th><td>{reply}</td></tr></table>'
          "<p>您好！现答复如下：……</p></body></html>")


@pytest.fixture
def spider():
    return portal_spider()


def asked(spider, html: str) -> list:
    home = response(HOME, f"<html><body>{html}</body></html>", meta=page_meta(spider, HOME, home=True))
    out = list(spider.read_page(home, spider.sites[0]))
    return [r for r in out if getattr(r, "callback", None) == spider.parse_home_letter]


def test_the_newest_answered_letters_of_a_box_of_statuses_alone():
    sel = Selector(text=BOX)
    assert replies_to_ask(sel, HOME) == [f"{HOME}sjxx/xj/98310{k}.html" for k in (1, 2, 3)]
    # a box that shows its replies' days dates the homepage itself: nothing to ask
    shown = BOX.replace("<th>状态</th>", "<th>状态</th><th>回复时间</th>").replace("</td></tr>", "</td><td></td></tr>")
    assert replies_to_ask(Selector(text=shown), HOME) == []
    assert replies_to_ask(Selector(text=NOTICES), HOME) == []  # no letters


@pytest.mark.parametrize("reply, newest", [("2026-11-23", date(2026, 11, 23)), ("", None)])
def test_a_stale_homepage_asks_its_letters_for_their_replies_days(spider, reply, newest):
    first, *rest = asked(spider, NOTICES + BOX)
    assert [r.url for r in (first, *rest)] == [f"{HOME}sjxx/xj/98310{k}.html" for k in (1, 2, 3)]
    (item,) = spider.parse_home_letter(response(first.url, LETTER.format(reply=reply), meta=first.meta))
    assert item.home_frame and (item.newest_date, item.unread) == (newest, False)
    assert item.url == f"{HOME}sjxx/xj/983101.html#home-date"


def test_a_letter_that_cannot_be_read_leaves_the_homepage_unknown(spider):
    first, *_ = asked(spider, NOTICES + BOX)
    (item,) = spider.parse_home_letter(response(first.url, "busy", status=503, meta=first.meta))
    assert item.unread and item.newest_date is None


def test_a_boxs_letters_are_asked_as_letters_never_as_articles(spider):
    """A box named by a div of its own (书记信箱 over a table): its rows no undated block's articles to ask, a letter
    waiting no article whose date govcheck cannot read."""
    box = BOX.replace("<h3>书记信箱</h3>", '<div class="sjxx-hd">书记信箱</div>')
    box = box[:box.index("<tr><td><a href=\"/sjxx/xj/983103.html")] + "</table></div>"  # three letters, read undated
    home = response(HOME, f"<html><body>{NOTICES}{box}</body></html>", meta=page_meta(spider, HOME, home=True))
    out = [r for r in spider.read_page(home, spider.sites[0])
           if "#home-date" in (getattr(r, "meta", None) or {}).get("check_url", "")]
    assert [(r.url, r.callback) for r in out] == [(f"{HOME}sjxx/xj/98310{k}.html", spider.parse_home_letter)
                                                  for k in (1, 2)]


def test_a_fresh_homepage_asks_no_letter(spider):
    assert asked(spider, NOTICES.replace("2026-10-05", "2026-11-25") + BOX) == []



def test_a_box_of_paragraphs_under_a_row_of_labels_asks_its_letters(spider):
    """Lonsun's homepage box: an <li> of <p>s of labels, then an <li> per letter, a <p> each cell."""
    box = ('<div class="xzxx"><h3>县长信箱</h3><ul><li class="tit"><p>信件标题</p><p>来信时间</p><p>办理状态</p></li>'
           + "".join(f'<li><p><a href="/sjxx/xj/98310{k}.html">关于第{k}件事的咨询</a></p><p>{d}</p><p>{s}</p></li>'
                     for k, (d, s) in enumerate(LETTERS)) + "</ul></div>")
    first, *rest = asked(spider, NOTICES + box)
    assert [r.url for r in (first, *rest)] == [f"{HOME}sjxx/xj/98310{k}.html" for k in (1, 2, 3)]
    (item,) = spider.parse_home_letter(response(first.url, LETTER.format(reply="2026-11-23"), meta=first.meta))
    assert item.newest_date == date(2026, 11, 23)
