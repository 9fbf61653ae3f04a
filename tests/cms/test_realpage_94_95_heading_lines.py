"""Realpages 94 (洪山区, a headline with commas: ，) and 95 (深圳市文化广电旅游体育局, a sentence in the site's
header): articles dated by a weak 日期： label under their heading, which neither the <title>, nor the heading,
nor the site's header over it may hide as the start of the article's text."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_article
from govcheck.cms.article import info_line_date, text_pub_date
from govcheck.cms.base import doc_text
from govcheck.cms.one_article import one_article_date
from tests.cms.pages import real_text

HONGSHAN, SZWTL = "94-hongshan-article-2023.html", "95-szwtl-article-2023.html"
HONGSHAN_URL = "http://www.hongshan.gov.cn/xwzx/hsyw/202306/t20230608_2212345.shtml"


def _sel(name: str) -> Selector:
    return Selector(text=real_text(name))


def test_realpage_94_headline_with_commas_is_no_text_its_dates_line_dates_it():
    sel = _sel(HONGSHAN)
    assert text_pub_date(sel) == date(2023, 6, 8)  # its 日期： line, not its PubDate meta alone
    assert one_article_date(sel, HONGSHAN_URL, as_of=date(2023, 6, 30)) == date(2023, 6, 8)
    meta = parse_article(sel, HONGSHAN_URL)
    assert (meta.pub_date, meta.column_name, meta.site_code) == (date(2023, 6, 8), "洪山要闻", "4201110038")


def test_realpage_95_sentence_in_the_sites_header_is_no_text():
    sel = _sel(SZWTL)
    assert text_pub_date(sel) == date(2023, 11, 16)
    assert parse_article(sel, "http://wtl.sz.gov.cn/xxgk/qt/gzdt/content/post_11000000.html").pub_date \
        == date(2023, 11, 16)


def _page(title: str, header: str = "", body: str = "<p>近日，局机关组织干部职工开展主题活动。</p>") -> Selector:
    return Selector(text=f"<html><head><title>{title} - 示范市人民政府</title></head><body>{header}"
                         f"<div class='crumb'>首页 > 工作动态</div><h1>{title}</h1>"
                         "<div class='info'><span>日期：2026-11-20 17:21</span><span>来源：区融媒体中心</span></div>"
                         f"<div class='text'>{body}</div></body></html>")


HEADLINE = "示范市退役军人事务局走访慰问驻地部队官兵，共叙鱼水深情，推动双拥工作再上新台阶"


def test_a_headline_with_commas_hides_no_weak_label_under_it():
    assert text_pub_date(_page(HEADLINE)) == date(2026, 11, 20)
    assert text_pub_date(_page(HEADLINE, body="<p><img src='1.png'></p>")) == date(2026, 11, 20)  # a picture alone


def test_a_sentence_in_the_sites_header_hides_no_weak_label_under_the_heading():
    header = "<div class='top'>扫描二维码,体验响应式网站，随时随地获取示范市人民政府最新信息。</div>"
    assert text_pub_date(_page("示范市开展安全生产检查", header)) == date(2026, 11, 20)


def test_a_date_in_the_text_after_the_heading_stays_unread():
    # the article's own text begins after the heading: a 时间： there is an event's, not the page's
    sel = Selector(text=f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
                        "<p>近日，局机关召开会议，部署下一阶段工作。</p><p>时间：2026-12-01</p></body></html>")
    assert text_pub_date(sel) is None


def test_an_unlabelled_info_line_under_a_headline_with_commas():
    sel = Selector(text=f"<html><head><title>{HEADLINE} - 示范市</title></head><body><h1>{HEADLINE}</h1>"
                        "<div>2026-11-20 10:10 来源：示范日报</div>"
                        "<p>近日，局机关召开会议，部署工作。</p></body></html>")
    assert info_line_date(sel, doc_text(sel)) == date(2026, 11, 20)
