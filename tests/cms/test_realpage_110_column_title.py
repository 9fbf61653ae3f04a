"""Realpage 110 (重庆市文化和旅游发展委员会's 工作动态 article): its <title> names the column and the site
(工作动态_重庆市…), so its heading comes from its ArticleTitle meta; else a hidden tip for old browsers over the
heading (当前浏览器版本过低，建议升级…。) was taken for the article's text, and the 日期：2021-07-13 line before it, a
weak label, went unread (demo ly's 基层动态: no PubDate, no date at all)."""

import re
from datetime import date

from parsel import Selector

from govcheck.cms import parse_article
from govcheck.cms.article import text_pub_date
from tests.cms.pages import real_text

CQ = "110-cqwhlyw-article-2021.html"
URL = "http://whlyw.cq.gov.cn/zwxx_221/bmdt/gzdt/content_1234567.html"  # assumed, with no date in it


def test_realpage_110_date_line_under_a_heading_the_title_does_not_name():
    sel = Selector(text=real_text(CQ))
    assert text_pub_date(sel) == date(2021, 7, 13)  # its 日期： line, not its PubDate alone


def test_realpage_110_without_its_pubdate_still_dated_by_its_text():
    html, n = re.subn(r'<meta name="PubDate"[^>]*>', "", real_text(CQ))
    assert n == 1  # the cut: its PubDate taken out
    assert parse_article(Selector(text=html), URL).pub_date == date(2021, 7, 13)


def test_a_title_naming_the_column_and_no_article_title_meta_leaves_the_tip_unread_still():
    html = re.sub(r'<meta name="(PubDate|ArticleTitle)"[^>]*>', "", real_text(CQ))
    assert text_pub_date(Selector(text=html)) is None  # no heading known: no date, never another
