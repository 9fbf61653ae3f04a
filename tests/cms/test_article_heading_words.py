"""An unlabelled date in an article's info line under its heading (来源：… 2026-11-20 10:54, cwl.gov.cn's template):
the heading's own words (关于印发《…实施方案》的通知, …截止日期的公告) are no table's labels over it, as
成文日期 | 发布日期 cells would be (govcheck/cms/article.py info_line_date)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_article
from govcheck.spiders.date_readers import shown_date
from tests.cms.pages import real_text

URL = "http://www.xx.gov.cn/zfwj/180361.html"  # no date in the address


def article(title: str, before: str = "") -> Selector:
    return Selector(text=f"<html><head><title>{title} - 示范高新区管理委员会</title></head><body>"
                         f"<div class='position'>当前位置：首页 &gt; 政府文件</div>{before}<h1>{title}</h1>"
                         "<div class='info'><small>来源：<span>示范高新区管理委员会</span></small>"
                         "<small class='sj-zh'>&nbsp;&nbsp;2026-11-20 10:54</small></div>"
                         "<div class='article'><p>各部门、各单位：现将有关文件印发给你们，请认真遵照执行。</p>"
                         "<p>示范高新区管理委员会</p><p>2026年11月12日</p></div></body></html>")


@pytest.mark.parametrize("title", [
    "示范高新区管理委员会关于印发《示范高新区企业研发费用补助办法》的通知",
    "关于印发《示范高新区高层次人才引进实施方案》的通知",
    "关于延长福利彩票兑奖截止日期的公告",
    "示范高新区管理委员会关于印发《示范高新区标准厂房租赁管理办法（试行）》的通知",  # flattened brackets
])
def test_the_heading_s_words_are_no_labels(title):
    sel = article(title)
    assert shown_date(sel, URL) == date(2026, 11, 20)
    assert parse_article(sel, URL).pub_date == date(2026, 11, 20)


def test_a_header_row_between_the_heading_and_the_line_still_says_unknown():
    sel = Selector(text="<html><head><title>关于印发《示范高新区政务公开工作要点》的通知</title></head><body>"
                        "<h1>关于印发《示范高新区政务公开工作要点》的通知</h1><table><tr><td>发文机关</td><td>成文日期</td>"
                        "</tr></table><div>2026-11-12 来源：示范高新区管理委员会</div>"
                        "<p>各部门、各单位：现将有关文件印发给你们，请认真遵照执行。</p></body></html>")
    assert shown_date(sel, URL) is None


def test_realpage_51_cwl_article_whose_heading_says_yinfa():
    """www.cwl.gov.cn's 规章制度 article 416052: its heading 民政部办公厅关于印发《…（试行）》的通知, then
    <small>来源：中国福彩网</small><small class="sj-zh">2017-06-22 10:54</small>, no PubDate; its text's 落款
    2017年6月12日 is the document's own day."""
    sel = Selector(text=real_text("51-cwl-yinfa-article-2017.html"))
    assert shown_date(sel, None) == date(2017, 6, 22)
    assert parse_article(sel, "http://www.cwl.gov.cn/c/2017-06-22/416052.shtml").pub_date == date(2017, 6, 22)
    assert parse_article(sel, URL).pub_date == date(2017, 6, 22)
