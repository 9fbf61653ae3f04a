"""Article pages: publication date sources (govcheck/cms/article.py)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_article
from govcheck.spiders.date_readers import shown_date


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


@pytest.mark.parametrize(("body", "published"), [
    # a 信息公开 article's table of facts: written on one day, published on another
    ("<table><tr><td>成文日期：</td><td>2018-12-21</td><td>发布日期：</td><td>2018-12-29</td></tr></table>",
     date(2018, 12, 29)),
    ("<b>成文日期：</b>2018年12月21日 <b>发布日期：</b>2018年12月29日", date(2018, 12, 29)),
    # 日期 and 时间 ending longer labels name other days: the page was generated, an exhibition opens
    ("<td>生成日期：</td><td>2024-06-04</td><div>发布日期：2024-06-13</div>", date(2024, 6, 13)),
    ("<dl><dt>开始时间：</dt><dd>2024-05-08</dd><dt>结束时间：</dt><dd>2024-05-10</dd></dl>", None),
    ("<p>正文</p><div class='bottom'><p>网站最后更新时间：2025-01-02</p></div>", None),
    # a bare 日期 or 时间 of the page's own line still counts
    ("<div class='info'>日期：2024-05-20 来源：县政府办</div>", date(2024, 5, 20)),
    # but not once the article's text has begun: a meeting's day in a notice (its unlabelled info line dates it)
    ("<div class='info'>2024年05月20日 来源：县政府办</div><p>为做好全县安全生产工作，定于近期召开会议。</p>"
     "<p>时间：2024年5月28日上午9:00</p><p>地点：县政府三楼会议室</p>", date(2024, 5, 20)),
    # nor a 相关阅读 box's, each of its items with its 发布时间, under an unlabelled date line
    ("<div class='info'>2024年05月20日 来源：县政府办</div><p>为做好全县安全生产工作，定于近期召开会议。</p>"
     "<div class='xgyd'><h4>相关阅读</h4><ul><li><a href='/a1.html'>关于开展检查的通知</a><span>发布时间：2024-04-02"
     "</span></li><li><a href='/a2.html'>关于调整时间的通知</a><span>发布时间：2024-03-11</span></li></ul></div>",
     date(2024, 5, 20)),
    # nor the site's 更新时间 in a bar over the page
    ("<div class='topbar'><span>更新时间：2024-06-01</span></div><div class='info'>2024年05月20日 来源：县政府办</div>"
     "<p>为做好全县安全生产工作，定于近期召开会议。</p>", date(2024, 5, 20)),
    ("<div class='top'><span>欢迎访问　更新时间：2024-06-01</span></div><div class='info'>2024年05月20日</div>"
     "<p>为做好全县安全生产工作，定于近期召开会议。</p>", date(2024, 5, 20)),
    # 发文日期: the day a document was issued, not put up
    ("<table><tr><td>发文日期：</td><td>2026-11-02</td><td>发布日期：</td><td>2026-11-10</td></tr></table>",
     date(2026, 11, 10)),
])
def test_only_a_label_of_publication_dates_the_article(body, published):
    assert shown_date(page(body=f"<h1>标题</h1>{body}")) == published
    assert parse_article(page(body=f"<h1>标题</h1>{body}"), "http://www.xx.gov.cn/a.html").pub_date == published


def test_a_pubdate_meta_that_is_the_day_the_page_was_generated_dates_nothing():
    """Some CMSs write the day they generated the page again into PubDate too (页面生成时间): no publication date;
    the unlabelled date opening the page's info line is the article's."""
    head = ('<meta name="PubDate" content="2022-10-14 10:16:14">'
            '<meta name="others" content="页面生成时间 2022-10-14 10:16:14">')
    assert shown_date(page(head, "<h1>标题</h1><p>县政府召开会议，研究有关工作。</p>")) is None
    body = "<h1>标题</h1><ul><li>2020年09月15日 09时32分</li><li>来源: 绵阳市政务网</li></ul>"
    assert shown_date(page(head, body)) == date(2020, 9, 15)
    assert parse_article(page(head, body), "http://www.xx.gov.cn/a.html").pub_date == date(2020, 9, 15)
    moved = page('<meta name="PubDate" content="2023-05-12 10:00">',
                 "<h1>标题</h1><div class='info'>发布时间：2009-09-30</div>")  # migrated: the move's day in the meta
    assert parse_article(moved, "http://www.xx.gov.cn/a.html").pub_date == date(2009, 9, 30)


@pytest.mark.parametrize("label", ["发稿时间：", "发表日期：", "公布时间：", "录入时间：", "发布于 ", "更新日期：",
                                   "日　　期："])
def test_the_labels_templates_give_a_publication_date(label):
    html = (f"<h1>标题</h1><div class='info'>{label}2026-11-20 10:30　来源：县政府办</div>"
            "<p>县政府召开会议，研究有关工作。</p>")
    assert parse_article(page(body=html), "http://www.xx.gov.cn/show.php?id=5").pub_date == date(2026, 11, 20)


@pytest.mark.parametrize("line", ["2026-11-27 10:20　作者：县政府办　点击数：128", "2026-11-20 县消防救援大队",
                                  "[2026-11-20]　来源：县水利局　浏览次数：56"])
def test_an_unlabelled_date_opening_the_info_line_is_the_articles(line):
    html = (f"<div class='top'>今天是2026年12月1日 星期二</div><h1>标题</h1><div class='info'>{line}</div>"
            "<p>县政府召开会议，研究有关工作。会议时间：2026年12月9日。</p>")
    sel = page('<meta name="PubDate" content="2026-11-30 10:16:14">', html)  # the day every page was made again
    assert parse_article(sel, "http://www.xx.gov.cn/show.php?id=5").pub_date == shown_date(sel) == date(
        int(line[1:5]) if line[0] == "[" else int(line[:4]), 11, 27 if "作者" in line else 20)


@pytest.mark.parametrize("html", [
    "<p>2026年12月1日 星期二</p>",  # a clock
    "<dl><dt>开始时间：</dt><dd>2026-11-12</dd></dl>",  # a value under its label
    "<p>2026-11-01至2026-11-07　来源：县政府办</p>",  # a range: a 公示's days
    "<ul><li>[2026-11-20] 县政府召开会议</li><li>[2026-11-18] 县长调研春耕</li></ul>",  # a list's rows
    "<p>县政府召开会议。</p><p>2026-11-20　来源：县政府办</p>",  # after the text began
])
def test_a_date_that_opens_no_info_line_dates_no_article(html):
    sel = page(body=f"<h1>标题</h1>{html}<p>县政府召开会议，研究有关工作。</p>")
    assert shown_date(sel) is None


@pytest.mark.parametrize("html", [
    # its own 日期 head; one 相关解读 after its text, with its 发布时间
    "<div class='info'>日期：2026-11-20　来源：县政府办</div><p>为进一步规范管理，现将有关事项通知如下。</p>"
    "<div class='xgjd'><h4>相关解读</h4><ul><li><a href='/jd/1.html'>政策解读</a><span>发布时间：2026-10-15</span>"
    "</li></ul></div>",
    # a reprint: its source's 原文发布日期 first
    "<div class='info'>来源：中国政府网（原文发布日期：2026-11-14）　发布日期：2026-11-20</div>"
    "<p>为进一步规范管理，现将有关事项通知如下。</p>",
    # the site's 更新时间 in a bar over the page named head_top
    "<div class='head_top'>欢迎访问本网站　更新时间：2026-12-01</div><div class='info'>日期：2026-11-20</div>"
    "<p>为进一步规范管理，现将有关事项通知如下。</p>",
])
def test_another_label_before_or_after_dates_no_article(html):
    assert shown_date(page(body=f"<h1>标题</h1>{html}")) == date(2026, 11, 20)


TEXT = ('<div class="content"><p>各乡镇人民政府，县直各单位：</p><p>为切实做好冬季安全生产工作，经研究，'
        "决定开展冬季安全检查，现将有关事项通知如下。</p></div>")


@pytest.mark.parametrize(("top", "info", "under", "expected"), [
    # today's date in the site's header, over the heading: the site's, no date of the article's
    ('<div class="header"><div class="riqi">2026年12月06日</div></div>', "来源：县应急管理局　浏览次数：35", "", None),
    ('<div class="headbar"><span>2026年12月06日</span> <a href="/">设为首页</a></div>', "来源：县应急管理局", "",
     None),
    # the date inside the info line, after its 来源: the article's
    ("", "来源：县政府办公室　　2026-11-25　　【打印】", "", date(2026, 11, 25)),
    # under it, a subtitle in brackets naming the meeting that passed the document: not the article's date
    ("", "来源：县政府办公室　　2026-11-25", "<p>（2026年11月10日县人民政府第45次常务会议审议通过）</p>",
     date(2026, 11, 25)),
    # a date line under an info line that shows none: the document's own date, not the page's
    ("", "作者：县政府办　　浏览：128", '<p style="text-align:center">2026年11月10日</p>', None),
    # a date line opening the info line stays the article's
    ("", "2026-11-27 10:20　作者：县政府办　点击数：128", "", date(2026, 11, 27)),
])
def test_the_info_line_date_is_the_articles_and_no_other(top, info, under, expected):
    html = (f"<html><head><title>关于开展冬季安全检查的通知</title></head><body>{top}<div class=\"article\">"
            f'<h1>关于开展冬季安全检查的通知</h1><div class="info">{info}</div>{under}{TEXT}</div></body></html>')
    assert parse_article(Selector(text=html), "http://www.xx.gov.cn/tzgg/15.html").pub_date == expected


@pytest.mark.parametrize(("info", "expected"), [
    # the date a script writes after the label (TRS): the article's, not the related item's after the text
    ('发布时间：<script>var s="2026-11-25 09:30:00";document.write(s.substring(0,10));</script>　来源：县政府办',
     date(2026, 11, 25)),
    # a label whose date no text or script shows: unknown, never the related item's
    ('发布时间：<span id="pubtime"></span>　来源：县政府办', None),
])
def test_the_pages_own_label_is_read_before_a_related_items(info, expected):
    html = (f'<html><head><title>县农业农村局开展秋冬种指导</title></head><body><div class="article">'
            f'<h2>县农业农村局开展秋冬种指导</h2><div class="info">{info}</div>{TEXT}'
            '<div class="xgwz"><h4>相关文章</h4><ul><li><a href="/bmdt/88.html">往期：县农业农村局相关工作部署</a>'
            " 发布时间：2026-10-12</li></ul></div></div></body></html>")
    assert parse_article(Selector(text=html), "http://www.xx.gov.cn/bmdt/content_200.html").pub_date == expected


def test_a_row_of_labels_over_a_row_of_values():
    """An xxgk head: 发文机关 | 成文日期 | 发布日期 | 文号 over their values; the text after 发布日期 reads the
    成文日期."""
    head = ('<table class="xxgk"><tr><th>发文机关</th><th>成文日期</th><th>发布日期</th><th>文号</th></tr>'
            "<tr><td>县政府办</td><td>2026-10-15</td><td>2026-11-25</td><td>某府办发〔2026〕12号</td></tr></table>")
    html = (f"<html><head><title>关于印发冬季森林防火工作方案的通知</title></head><body>{head}"
            f"<h2>关于印发冬季森林防火工作方案的通知</h2>{TEXT}</body></html>")
    assert parse_article(Selector(text=html), "http://www.xx.gov.cn/zfwj/12.html").pub_date == date(2026, 11, 25)


def test_a_date_in_chinese_numerals_whose_zero_is_a_circle():
    """二○二六年 (○ U+25CB for 〇), as many a 公文 writes its date: read, not a date govcheck cannot read."""
    html = (f"<html><body><h1>关于印发示范县规范性文件的通知</h1><div class=\"info\">发布日期：二○二六年十一月十四日　"
            f"来源：县政府办公室</div>{TEXT}</body></html>")
    assert parse_article(Selector(text=html), "http://www.xx.gov.cn/gfxwj/12.html").pub_date == date(2026, 11, 14)


@pytest.mark.parametrize(("body", "shows"), [
    ("<p>发布时间：二〇二六年十一月廿日</p><p>正文</p>", True),  # figures after the label that read as no date
    ("<p>发布时间：1764000000</p><p>正文</p>", True),
    ("<p>发布时间：　来源：县政府办</p><p>正文</p>", False),  # the label shows nothing: no date
    ("<p>发布时间：</p><p>各乡镇人民政府：现将有关事项通知如下</p>", False),
])
def test_a_label_followed_by_figures_govcheck_cannot_read_shows_a_date(body, shows):
    from govcheck.cms.article import shows_a_date

    assert shows_a_date(Selector(text=f"<html><body>{body}</body></html>")) is shows

