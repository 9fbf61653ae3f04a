"""Realpages 34-36, articles of three portals (README: what each holds, checked by hand): the date an article
shows is its 发布日期, never its 成文日期, the day its page was generated, or another labelled day."""

from datetime import date

import pytest

from govcheck.cms import parse_article
from govcheck.spiders.date_readers import shown_date
from tests.cms.pages import real


@pytest.mark.parametrize(("page", "published", "dated"), [
    # 发布日期 2018-06-26 in its table of facts; its address's folder says 2018-07-11, the body 缴费起始时间
    ("34-zhecheng-article-2018.html", date(2018, 6, 26), None),
    # 生成日期 2024-06-04 before 发布日期 2024-06-13 in its table of facts
    ("35-moe-article-2024.html", date(2024, 6, 13), None),
    # its date line unlabelled (2020年09月15日 09时32分), opening its info line; PubDate is the 页面生成时间,
    # 2022-10-14, which dates nothing (the address's folder per day, /2020/9/15/e651….shtml, agrees)
    ("36-sc-ucap-article-2020.html", date(2020, 9, 15), None),
])
def test_the_date_an_article_shows(page, published, dated):
    sel, url = real(page)
    assert shown_date(sel, url) == published
    assert parse_article(sel, url).pub_date == (dated or published)
