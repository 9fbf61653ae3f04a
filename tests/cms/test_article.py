"""Article pages: publication date sources (govcheck/cms/article.py)."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_article


def page(head: str = "", body: str = "") -> Selector:
    return Selector(text=f"<html><head>{head}</head><body>{body}</body></html>")


def test_pubdate_meta():
    meta = parse_article(page('<meta name="PubDate" content="2019-02-20 10:30">'
                              '<meta name="ArticleTitle" content="标题">'
                              '<meta name="ColumnName" content="要闻"><meta name="SiteIDCode" content="1400000045">'),
                         "http://www.xx.gov.cn/a.html")
    assert meta == type(meta)(date(2019, 2, 20), "要闻", "1400000045", "标题")


def test_published_line_in_the_body():
    meta = parse_article(page(body="<h1>标题</h1><div class='info'>发布时间：2019-02-20 10:30 来源：县政府办</div>"
                                   "<p>2018年5月1日起施行。</p>"), "http://www.xx.gov.cn/a.html")
    assert meta.pub_date == date(2019, 2, 20)


def test_page_generated_meta_is_ignored():
    meta = parse_article(page('<meta name="others" content="页面生成时间 2023-10-23 11:23:36">'),
                         "http://www.xx.gov.cn/a.html")
    assert meta.pub_date is None


def test_url_date_as_last_resort():
    assert parse_article(page(), "http://www.xx.gov.cn/art/2019/2/20/art_1_2.html").pub_date == date(2019, 2, 20)


def test_a_list_of_labelled_dates_is_not_an_article():
    rows = "".join(f"<li><a href='/a{i}.html'>条目{i}</a><p>发布时间：2024-02-{i:02d} 10:30</p></li>"
                   for i in range(1, 6))
    assert parse_article(page(body=f"<ul>{rows}</ul>"), "http://www.xx.gov.cn/list/").pub_date is None


FOOTER = '<div class="footer"><p>主办单位：某县人民政府</p><p>更新时间：2026-11-26</p></div>'


def test_the_sites_update_time_in_its_footer_is_no_pages_date():
    """A column page (or an article without its own line) whose footer says 更新时间: the site's, not the page's;
    the page's own line before it counts."""
    column = page(body="<h2>党政综合办公室</h2><ul><li><a href='/a.html'>通知</a><span>2026-11-20</span></li></ul>"
                       + FOOTER)
    assert parse_article(column, "http://www.xx.gov.cn/gzjg/dzb/index.html").pub_date is None
    article = page(body="<h1>标题</h1><div class='info'>发布时间：2026-10-02</div><p>正文</p>" + FOOTER)
    assert parse_article(article, "http://www.xx.gov.cn/a.html").pub_date == date(2026, 10, 2)
    unmarked = page(body="<h1>标题</h1><p>正文</p><div class='bottom-info'>更新时间：2026-10-02</div>")
    assert parse_article(unmarked, "http://www.xx.gov.cn/a.html").pub_date == date(2026, 10, 2)
