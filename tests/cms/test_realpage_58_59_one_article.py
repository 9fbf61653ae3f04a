"""Realpages 58 and 59 (lgedu, SiteServer): pages of one article and no list, an office's introduction (人事科's 科室
简介) and a 工作动态 article, each dated by its 发布时间 line."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.article import shown_pub_date
from govcheck.cms.containers import has_empty_list, shows_own_text
from tests.cms.pages import real_text

INTRO, INTRO_URL = "58-lgedu-rsk-intro-article-2020.html", "http://www.lgedu.net/contents/19127/383681.html"
NEWS, NEWS_URL = "59-lgedu-gzdt-article-2020.html", "http://www.lgedu.net/contents/18108/375257.html"
AS_OF = date(2020, 12, 31)


def _read(name: str, url: str):
    sel = Selector(text=real_text(name))
    return sel, parse_list(sel, url, as_of=AS_OF)


def test_realpages_58_59_are_one_article_each_no_list_dated_by_their_text():
    for name, url, day in ((INTRO, INTRO_URL, date(2020, 12, 10)), (NEWS, NEWS_URL, date(2020, 7, 31))):
        sel, page = _read(name, url)
        assert page.items == [] and not page.placeholder and not page.scripted and not page.endpoints
        assert not has_empty_list(sel, url)
        assert shows_own_text(sel)  # its text: the page reads as a static one
        assert shown_pub_date(sel) == day
