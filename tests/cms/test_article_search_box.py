"""A search box's label is no publication date's (发布日期检索 从 [ ] 至 [ ], hodesoft's article template), and a date
is read whole after a 发布时间-like label or not at all: never one its window cuts short (2026-11-1… is no 2026-11-01)
(govcheck/cms/article.py)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_article
from govcheck.spiders.date_readers import shown_date
from tests.cms.pages import real_text

URL = "http://www.xx.gov.cn/col3/articleinfo-218.html"  # no date in the address


def article(title: str, search: str = "发布日期检索") -> Selector:
    return Selector(text=f"<html><head><title>课题研究——示范市物价局网站</title></head><body>"
                         f"<table class='search'><tr><td>{search}</td></tr><tr><td>从 <input name='strStartTime'></td>"
                         "</tr><tr><td>至 <input name='strEndTime'></td></tr></table>"
                         f"<table><tr><td class='x_content_title'>{title}</td></tr>"
                         "<tr><td><span class='x_time'>2026-11-18 12:34:16</span></td></tr></table>"
                         "<p>李罗保 王世春</p><p>二十一世纪是数据爆炸的时代，大数据引起了人们的关注。</p>"
                         "</body></html>")


@pytest.mark.parametrize("title", ["园区召开安全", "示范高新区召开安全生产工作会议",
                                   "示范高新区召开安全生产工作会议啊", "应用物价大数据开展大服务的思考"])
@pytest.mark.parametrize("search", ["发布日期检索", "发布时间查询"])
def test_a_search_box_label_is_no_publication_date_s(title, search):
    sel = article(title, search)
    assert shown_date(sel, URL) == date(2026, 11, 18)
    assert parse_article(sel, URL).pub_date == date(2026, 11, 18)


@pytest.mark.parametrize(("text", "read"), [
    ("发布时间：<span>" + "　" * 22 + "2026-11-18</span>", date(2026, 11, 18)),  # begins in the window: read whole
    ("发布时间：" + "x" * 33 + " 2026-11-18 09:00", None),  # begins past the window: not the label's
])
def test_a_labelled_date_is_read_whole(text, read):
    sel = Selector(text=f"<html><body><h1>标题</h1><div>{text}</div></body></html>")
    assert shown_date(sel, URL) == read


def test_realpage_52_jspn_article_with_a_search_box():
    """www.jspn.js.cn's 研究课题 article 218 (hodesoft CMS): a side box 发布日期检索 从 [ ] 至 [ ] before its heading,
    应用物价大数据开展大服务的思考, then 2017-08-17 12:34:16 in a cell of its own; no PubDate. Read from the search
    box's label, the window after it ended at 2017-08-1 and read 2017-08-01."""
    sel = Selector(text=real_text("52-jspn-search-article-2017.html"))
    assert shown_date(sel, None) == date(2017, 8, 17)
    assert parse_article(sel, "http://www.jspn.js.cn/col3/articleinfo-218.html").pub_date == date(2017, 8, 17)
