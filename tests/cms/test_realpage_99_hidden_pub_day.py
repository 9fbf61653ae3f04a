"""Realpage 99 (防城港市人民政府's 重大项目 article): its template writes the article's fields into hidden boxes for
its scripts (<div id="NewsArticlePubDay" style="display:none;">2024-09-12</div>) over the heading, then shows the
date unlabelled before 来源: one day twice, the article's, not a list's two rows. Unread, only its PubDate dated it,
and a PubDate of the day the pages were generated again (as 工信部's 2009 article carries 2023-05-12) made a stale
column fresh (demo whj's 项目动态)."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_article
from govcheck.cms.article import info_line_date, text_pub_date
from govcheck.cms.base import doc_text
from tests.cms.pages import real_text

FCGS = "99-fcgs-toolbar-article-2024.html"
URL = "http://www.fcgs.gov.cn/zxzx/zdxm/202409/t20240912_1.html"
PUB_DAY = '<div id="NewsArticlePubDay" style="display:none;">2024-09-12</div>'


def _sel(html: str) -> Selector:
    return Selector(text=html)


def test_realpage_99_hidden_copy_of_its_date_and_its_info_line_date_it():
    sel = _sel(real_text(FCGS))
    assert info_line_date(sel, doc_text(sel)) == date(2024, 9, 12)
    assert text_pub_date(sel) == date(2024, 9, 12)  # its text, not its PubDate meta alone


def test_realpage_99_pubdate_of_a_later_generation_is_not_its_date():
    html = real_text(FCGS).replace('content="2024-09-12 10:10"', 'content="2024-10-20 10:10"')
    assert 'content="2024-10-20 10:10"' in html  # the cut: its PubDate the day the pages were generated again
    assert parse_article(_sel(html), URL).pub_date == date(2024, 9, 12)


def test_realpage_99_two_lines_of_two_days_are_still_no_date():
    html = real_text(FCGS).replace(PUB_DAY, PUB_DAY.replace("2024-09-12", "2024-09-10"))
    assert PUB_DAY not in html
    sel = _sel(html)
    assert info_line_date(sel, doc_text(sel)) is None
