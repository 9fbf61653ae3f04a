"""Generic list pages: next-page links, placeholders, scripted lists, date markup, encodings."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import guessed_year, parse_list
from govcheck.cms.base import scripted_target
from govcheck.cms.generic import reverse_pager_next
from govcheck.cms.listing import read_blocks
from govcheck.cms.names import column_name
from govcheck.cms.row_dates import row_item
from govcheck.cms.rows import collect_rows
from tests.cms.pages import small

BASE = "http://www.xx.gov.cn/bmdt/"


@pytest.fixture(scope="module")
def generic():
    return parse_list(small("generic_next.html"), BASE + "list_1.html")


def test_generic_family(generic):
    assert generic.family == "generic"


def test_table_rows_with_slash_dates(generic):
    assert [i.date for i in generic.items] == [date(2024, 3, 1), date(2024, 2, 28), date(2024, 2, 26),
                                               date(2024, 2, 20)]


def test_small_sidebar_beside_the_list_is_left_out(generic):
    assert "旧闻一则" not in {i.title for i in generic.items}


def test_next_page_link(generic):
    assert generic.next_pages == [BASE + "list_2.html"]


def test_breadcrumb_text_after_the_last_link(generic):
    assert generic.column_name == "部门动态"


def test_placeholder():
    page = parse_list(small("placeholder.html"), "http://www.xx.gov.cn/rsxx/")
    assert page.items == []
    assert page.placeholder is True
    assert page.scripted is False
    assert page.column_name == "人事信息"


@pytest.mark.parametrize(("text", "placeholder"), [
    ("本栏目正在建设中，敬请期待！", True), ("栏目建设中", True), ("页面正在建设，请稍后访问", True),
    ("园区二期项目正在建设中，预计明年投用。", False),  # a static page's own words, not a notice about its list
])
def test_a_column_being_built_says_its_list_is_empty(text, placeholder):
    html = f'<html><body><div class="main"><h2>中医药管理</h2><div class="building">{text}</div></div></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "中医药管理"))
    assert page.items == [] and page.placeholder is placeholder


@pytest.mark.parametrize(("text", "placeholder"), [
    ("共 0 条 当前第 1 / 1 页", True), ("共0条记录 1/1页", True), ("总记录数：0", True), ("共 0 页", True),
    ("此栏目暂无任何新增信息", True), ("共有0条记录", True), ("记录总数：0", True), ("暂无相关数据", True),
    ("暂时没有内容", True), ("当前栏目没有信息", True), ("没有找到相关记录", True), ("共有0条评论", False),
    ("共 12 条 当前第 1 / 1 页", False), ("总记录数：10", False),
    # one page of none, page 1 of 0: 共1页 0条 当前第1/0页, as real pagers count an empty list
    ("共1页 0条 当前第1/0页 首页 上一页 下一页 尾页", True), ("共1页 共0条", True), ("页次：1/0页", True),
    ("共3页 10条 当前第1/3页", False), ("共1页 20条", False), ("当前第1/10页", False), ("2026/01页", False),
    ("评论（共0条）", False), ("共0条评论", False),  # a comment box's count, on a page with no list
])
def test_a_pager_that_counts_nothing_says_the_list_is_empty(text, placeholder):
    html = f'<html><body><div class="main"><h2>意见征集</h2><ul></ul><div class="page">{text}</div></div></body>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "意见征集"))
    assert page.items == [] and page.placeholder is placeholder


@pytest.mark.parametrize(("box", "placeholder"), [
    ('<div class="no-data" style="display: none;">暂无数据</div>', False),
    ('<div class="no-data" style="DISPLAY:NONE">暂无数据</div>', False),
    ('<div class="no-data" hidden>暂无数据</div>', False),
    ('<div class="no-data" v-if="list.length === 0">暂无数据</div>', False),
    ('<div class="tip"><p style="visibility:hidden">暂无信息</p></div>', False),
    ('<div class="no-data">暂无数据</div>', True),  # shown as served: the page says it
    # a hidden menu elsewhere on the page changes nothing
    ('<div class="no-data">暂无数据</div><ul class="sub" style="display:none"><li>下拉</li></ul>', True),
])
def test_a_hidden_box_that_a_script_shows_says_nothing_yet(box, placeholder):
    """暂无数据 that a list's script shows when it has loaded nothing is not the page saying its list is empty: the
    list is read from where its script loads it."""
    html = (f'<html><body><div class="main"><h2>部门动态</h2><ul class="list" id="list"></ul>{box}<script>'
            "$.ajax({url: '/api/getList.do', success: function (d) { $('#list').append(d.rows); }});"
            "</script></div></body></html>")
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "部门动态"))
    assert page.items == [] and page.placeholder is placeholder and page.scripted is not placeholder


def test_undated_sub_column_menu_is_not_items():
    page = parse_list(small("placeholder.html"), "http://www.xx.gov.cn/rsxx/")
    assert not page.items


def test_scripted_list():
    page = parse_list(small("scripted.html"), "http://www.xx.gov.cn/zcwj/")
    assert page.items == []
    assert page.scripted is True
    assert page.placeholder is False


def test_static_list_is_not_scripted(generic):
    assert generic.scripted is False and generic.placeholder is False


@pytest.fixture(scope="module")
def readlabel():
    return parse_list(small("readlabel.html"), "http://www.xx.gov.cn/xzdt/")


def test_b_readlabel_dates(readlabel):
    assert readlabel.items[0].date == date(2024, 3, 5)
    assert readlabel.items[1].date == date(2024, 3, 1)


def test_bracketed_date_before_the_title(readlabel):
    assert readlabel.items[2].title == "某街道举办志愿服务"
    assert readlabel.items[2].date == date(2024, 2, 27)


def test_date_inside_the_link(readlabel):
    assert readlabel.items[3].date == date(2024, 2, 25)


def test_undated_row_stays_with_no_date(readlabel):
    item = readlabel.items[4]
    assert (item.title, item.date, item.raw_date) == ("一条没有日期的信息", None, None)


def test_month_day_takes_the_year_from_the_article_url():
    page = parse_list(small("month_day.html"), "http://www.xx.gov.cn/yw/", as_of=date(2019, 3, 1))
    assert page.items[0].date == date(2019, 2, 20)  # the URL's t20190221 does not count over (02-20)
    assert page.items[1].date == date(2019, 2, 15)
    assert page.items[0].raw_date == "02-20"


def test_month_day_without_url_year_is_the_latest_such_day_not_after_as_of():
    page = parse_list(small("month_day.html"), "http://www.xx.gov.cn/yw/", as_of=date(2019, 3, 1))
    assert page.items[2].date == date(2018, 12, 30)


def test_month_day_without_any_year_has_no_date():
    page = parse_list(small("month_day.html"), "http://www.xx.gov.cn/yw/")
    assert page.items[2].date is None


def test_gbk_page_decoded_by_the_caller():
    page = parse_list(small("gbk_list.html", encoding="gbk"), "http://www.xx.gov.cn/zwdt/index.html")
    assert [(i.title, i.date) for i in page.items] == [("县长主持召开常务会议", date(2024, 3, 5)),
                                                       ("全县春季植树活动启动", date(2024, 3, 1))]
    assert page.placeholder is False  # 暂无信息 elsewhere on a page with items does not count
    assert page.column_name == "政务动态"
    assert page.next_pages == ["http://www.xx.gov.cn/zwdt/index_1.html"]


def test_reverse_pager_from_an_inner_page():
    script = 'var purl="../../n3/n13/index_958"\nfunction x(){createUrl(pageName-1)}\nmaxPageNum = 199;'
    url = "http://www.xx.gov.cn/n3/n13/index_958_57.html"
    assert reverse_pager_next(script, url) == "http://www.xx.gov.cn/n3/n13/index_958_56.html"
    assert reverse_pager_next(script, "http://www.xx.gov.cn/n3/n13/index_958_1.html") is None


def test_a_row_whose_link_no_parser_accepts_leaves_the_rest_of_the_list_read():
    """One malformed href (an unclosed IPv6 bracket) among a list's rows: the others are read, the list is no
    failure of the reader (its link is the link checker's malformed finding)."""
    from parsel import Selector

    rows = "".join(f'<li><a href="/bmdt/{d}.html">通知{d}</a><span>2026-11-{d:02d}</span></li>' for d in range(1, 12))
    html = (f'<html><head><title>部门动态</title></head><body><ul class="list">{rows}'
            '<li><a href="http://[bad/">格式错误的链接</a><span>2026-11-20</span></li></ul></body></html>')
    page = parse_list(Selector(text=html), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 11, d) for d in range(1, 12)]


@pytest.mark.parametrize(("base", "expected"), [
    ("http://[x/", "http://www.xx.gov.cn/bmdt/a.html"),  # refused: the page's own URL, as a browser does
    ("/sub/", "http://www.xx.gov.cn/sub/a.html"),  # relative: against the page's URL
    ("http://cdn.xx.gov.cn/s/", "http://cdn.xx.gov.cn/s/a.html"),
])
def test_links_resolve_against_a_base_href_a_browser_would_use(base, expected):
    from parsel import Selector

    from govcheck.cms.base import base_url, resolve

    sel = Selector(text=f'<html><head><base href="{base}"></head><body><a href="a.html">a</a></body></html>')
    assert resolve(base_url(sel, BASE + "index.html"), "a.html") == expected


@pytest.mark.parametrize(("attrs", "target"), [
    ("""href="javascript:void(0);" onclick="window.open('/art/2026/11/2/art_9_1.html')\"""",
     "http://www.xx.gov.cn/art/2026/11/2/art_9_1.html"),
    ("""href="javascript:openArticle('t20261102_5.html', 1)\"""", BASE + "t20261102_5.html"),
    ("""href="#" onclick="location.href=&quot;../zwgk/show.jsp?id=7&quot;\"""", "http://www.xx.gov.cn/zwgk/show.jsp?id=7"),
    ("""onclick="window.open('https://other.gov.cn/a.html', '_blank')\"""", "https://other.gov.cn/a.html"),
    ("""href="javascript:showDetail(1234)\"""", None),  # an id: no address a reader can know
    ("""href="#" onclick="openWin('detail', 'width=600')\"""", None),
    ("""href="http://[bad/" onclick="window.open('/a.html')\"""", None),  # a plain address, malformed
    # the address a script bound to the list reads from the link (a # or void href, a delegated click)
    ("""href="#" data-url="/yw/1001.html\"""", "http://www.xx.gov.cn/yw/1001.html"),
    ("""href="javascript:;" data-href="/art/2026/11/2/art_9_1.html\"""",
     "http://www.xx.gov.cn/art/2026/11/2/art_9_1.html"),
    ("""href="/yw/1.html" data-url="/yw/2.html\"""", None),  # its href is its address
])
def test_where_a_scripted_item_link_opens(attrs, target):
    a = Selector(text=f"<a {attrs}>标题</a>").root.find(".//a")
    assert scripted_target(a, BASE + "index.html") == target


def test_items_a_script_opens_are_the_list():
    """Rows whose links run a script naming the article are read as items with the article's address; a row
    whose script names no address is left out (a known gap: its date is not read)."""
    rows = "".join(f"""<li><a href="javascript:void(0)" onclick="window.open('/art/2026/11/{d}/art_1_{d}.html')">"""
                   f"""关于开展第{d}批专项检查工作的通知</a><span>2026-11-{d:02d}</span></li>""" for d in range(1, 7))
    rows += """<li><a href="javascript:show(9)">没有地址的条目标题文字</a><span>2026-11-20</span></li>"""
    html = f'<html><body><div class="list"><h2>通知公告</h2><ul>{rows}</ul></div></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "通知公告"))
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in page.items] == [
        (f"art_1_{d}.html", date(2026, 11, d)) for d in range(1, 7)]


@pytest.mark.parametrize("row", [
    # the day apart from the year and month, either order, beside the link
    '<li><div class="time"><span>{d:02d}</span><p>2026-10</p></div><a href="/a/{d}.html">{t}</a></li>',
    '<li><a href="/a/{d}.html">{t}</a><div class="date"><b>2026.10</b><i>{d}</i></div></li>',
    # a card: the link holds the box, a heading and a summary
    '<li><a href="/a/{d}.html"><div class="date"><em>2026.10</em><strong>{d}</strong></div><h3>{t}</h3>'
    "<p>2025年以来的有关情况说明。</p></a></li>",
    # a card's heading and date in the link, a summary after it naming an older day (the day a rule took effect)
    '<li><a href="/a/{d}.html"><h4>{t}</h4><p class="time">2026-10-{d:02d}</p></a><div class="sum">本办法自2019年'
    "1月1日起施行。</div></li>",
    '<li><a href="/a/{d}.html"><span class="date"><b>{d}</b>2026-10</span><h4>{t}</h4></a><p>11月18日，召开专题会议。'
    "</p></li>",
    # PHPCMS templates' card: the day in a heading of its own over the year-month, then the title's heading
    '<li><a href="/a/{d}.html"><div class="riqi"><h3>{d:02d}</h3><p>2026-10</p></div><div class="zcen"><h4>{t}</h4>'
    '<p class="yin">09:30</p><p>有关情况说明……</p></div></a></li>',
    # the date written by the row's own script, as TRS templates do
    '<li><a href="/a/{d}.html">{t}</a><span class="date"><script>var str="2026-10-{d:02d} 09:30:00";'
    "document.write(str.substring(0,10));</script></span></li>",
])
def test_calendar_box_dates_and_cards(row):
    rows = "".join(row.format(d=d, t=f"关于开展第{d}批专项检查工作的通知") for d in (9, 7, 3))
    html = f'<html><body><div class="list"><h2>通知公告</h2><ul>{rows}</ul></div></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [
        (f"关于开展第{d}批专项检查工作的通知", date(2026, 10, d)) for d in (9, 7, 3)]


@pytest.mark.parametrize("box", ["<span>11-{d}</span><em>2025</em>", "<em>2025</em><span>11-{d}</span>",
                                 "<h3>11.{d}</h3><p>2025</p>"])
def test_a_date_box_of_the_month_and_day_over_the_year_dates_by_its_year(box):
    """DedeCMS's MyDate('m-d') over MyDate('Y'): a year ago, not this year's 11-21, however near the inspection day."""
    rows = "".join(f'<li><div class="date">{box.format(d=d)}</div><a href="/plus/view.php?aid={d}">关于开展第{d}批专项'
                   "检查工作的通知</a></li>" for d in (21, 12, 3))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'),
                      "http://www.xx.gov.cn/plus/list.php?tid=9", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2025, 11, 21), date(2025, 11, 12), date(2025, 11, 3)]
    assert guessed_year(page) is None  # no article to ask for the year it shows


@pytest.mark.parametrize("cells", ["<em>2025</em>-<span>11-{d}</span>", "<span>11-{d}</span><em>2025</em>",
                                   "<span>2025年</span><span>11月{d}日</span>", "<i>2025</i>/<i>11/{d}</i>"])
def test_a_month_day_beside_its_year_in_the_row_itself_dates_by_that_year(cells):
    """The same helpers' output in the row, no box around it: the year in a cell of its own beside the month-day's
    is the date's, never the latest such day (a year old, not this year's 11-21, though its article shows no date)."""
    rows = "".join(f'<li>{cells.format(d=d)}<a href="/plus/view.php?aid={d}">关于开展第{d}批专项检查工作的通知'
                   "</a></li>" for d in (21, 12, 3))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'),
                      "http://www.xx.gov.cn/plus/list.php?tid=10", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2025, 11, 21), date(2025, 11, 12), date(2025, 11, 3)]
    assert guessed_year(page) is None


def test_a_month_day_beside_a_number_that_is_no_year_keeps_its_guess():
    rows = "".join(f'<li><em>{n}</em><span>11-{d}</span><a href="/plus/view.php?aid={d}">关于开展第{d}批专项检查'
                   "工作的通知</a></li>" for n, d in ((1, 21), (2, 12), (3, 3)))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'),
                      "http://www.xx.gov.cn/plus/list.php?tid=10", as_of=date(2026, 11, 26))
    assert [i.date for i in page.items] == [date(2026, 11, 21), date(2026, 11, 12), date(2026, 11, 3)]


@pytest.mark.parametrize(("rows", "wrap"), [
    ('<dl><dt><a href="/a/{d}.html">{t}</a></dt><dd>2026-10-{d:02d}</dd></dl>', "{}"),  # a <dl> per item
    ('<dt><a href="/a/{d}.html">{t}</a></dt><dd>2026-10-{d:02d}</dd>', "<dl>{}</dl>"),  # <dt>/<dd> pairs
    ('<p><a href="/a/{d}.html">{t}</a><span>2026-10-{d:02d}</span></p>', '<div class="list">{}</div>'),
    ('<div><a href="/a/{d}.html">{t}</a><span>2026-10-{d:02d}</span></div>', '<div class="list">{}</div>'),
])
def test_rows_no_list_element_marks(rows, wrap):
    """Rows that are no <li> or <tr>: a <dl> per item, <dt>/<dd> pairs, a <p> or a <div> without a class."""
    body = wrap.format("".join(rows.format(d=d, t=f"关于开展第{d}批专项检查工作的通知") for d in (9, 7, 3)))
    html = f'<html><body><div class="main"><h2>通知公告</h2>{body}</div></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "通知公告"))
    assert [i.date for i in page.items] == [date(2026, 10, d) for d in (9, 7, 3)]


def test_repeated_boxes_of_many_links_are_not_rows():
    """Three boxes alike, each a list of links separated by <br> with dates: three blocks of five rows, each link
    with its own date, not three rows of one block."""
    box = lambda n: "".join(f'<a href="/a/{n}{d}.html">第{n}组第{d}条消息标题文字</a> 2026-10-0{d}<br>'  # noqa: E731
                            for d in range(1, 6))
    boxes = "".join(f'<div class="box">{box(n)}</div>' for n in range(3))
    blocks = read_blocks(Selector(text=f"<html><body>{boxes}</body></html>").root, BASE)
    assert [[(i.title, i.date) for i in b.items] for b in blocks] == [
        [(f"第{n}组第{d}条消息标题文字", date(2026, 10, d)) for d in range(1, 6)] for n in range(3)]


NOTICES = [(f"/tzgg/a{d}.html", f"关于开展第{d}批专项检查工作的通知", d) for d in (12, 9, 3)]


@pytest.mark.parametrize(("box", "row"), [
    (box, row) for box in ('<div class="con">{}</div>', '<table><tr><td class="con">{}</td></tr></table>')
    for row in ('·<a href="{u}">{t}</a>&nbsp;&nbsp;(2026-10-{d:02d})<br>',  # its date after it, a <br> after each
                '<font color="#999">[2026-10-{d:02d}]</font> <a href="{u}">{t}</a><br />')  # its date before it
] + [('<div class="con">{}</div>', row) for row in (  # in turn, no <br>: only where no row element holds them
    '<span class="t"><a href="{u}">{t}</a></span><span class="d">2026-10-{d:02d}</span>',
    '<a href="{u}">{t}</a><em>2026-10-{d:02d}</em>')])
def test_rows_no_element_holds(box, row):
    """Links in turn in a box (or in the one cell of a table row), each row the stretch between two <br>s, else
    from one link to the next: each link takes its own date, whichever side of it."""
    html = box.format("".join(row.format(u=u, t=t, d=d) for u, t, d in NOTICES))
    page = parse_list(Selector(text=f'<html><body><div class="main">{html}</div></body></html>'), BASE + "index.html",
                      column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [(t, date(2026, 10, d)) for _, t, d in NOTICES]


def test_a_date_that_ends_the_link_text():
    """标题 2026-10-12 inside the link: the item's date, and not part of its title; a date inside the title is not."""
    rows = [f'<li><a href="{u}">{t}&nbsp;&nbsp;2026年10月{d}日</a></li>' for u, t, d in NOTICES]
    rows.append('<li><a href="/tzgg/b.html">关于2026年10月20日起调整办事时间的通知</a></li>')
    html = f'<html><body><ul class="list">{"".join(rows)}</ul></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [
        *((t, date(2026, 10, d)) for _, t, d in NOTICES), ("关于2026年10月20日起调整办事时间的通知", None)]


@pytest.mark.parametrize("shown", ["{d} {t}", "[{d}] {t}", "【{d}】{t}", "{d}\u3000{t}", "{d}｜{t}"])
def test_a_date_that_leads_the_link_text(shown):
    """2026-10-12 标题 inside the link: the item's date, and not part of its title."""
    rows = [f'<li><a href="{u}">{shown.format(d=f"2026-10-{d:02d}", t=t)}</a></li>' for u, t, d in NOTICES]
    page = parse_list(Selector(text=f'<html><body><ul class="list">{"".join(rows)}</ul></body></html>'),
                      BASE + "index.html", column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [(t, date(2026, 10, d)) for _, t, d in NOTICES]


@pytest.mark.parametrize("title", [
    "2026年10月20日起调整办事时间的通知",  # what the title is about, run on into it
    "10月20日 起调整办事时间",  # a month-day: no year, the day it is about
    "2026-10-01 至 2026-10-31 开展安全生产月活动",  # an event's dates
])
def test_a_date_opening_a_title_that_is_no_items_date(title):
    rows = [f'<li><a href="/tzgg/{k}.html">{title}</a></li>' for k in range(3)]
    page = parse_list(Selector(text=f'<html><body><ul class="list">{"".join(rows)}</ul></body></html>'),
                      BASE + "index.html", as_of=date(2026, 11, 26), column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items][:1] in ([(title, None)], [])


@pytest.mark.parametrize(("made", "read"), [
    ("20260515", date(2026, 5, 15)),  # the title names a day six weeks after its article was made: a holiday's
    ("20260625", date(2026, 6, 25)),  # or a day before it: a meeting's, held before the article
    ("20260616", date(2026, 6, 19)),  # published three days after its article was made: the day it was published
])
def test_a_date_ending_the_title_is_the_items_only_near_its_articles_address(made, read):
    row = (f'<li><a href="/tzgg/{made[:6]}/t{made}_1.html">关于端午节期间办公安排的通知（2026年6月19日）</a></li>'
           '<li><a href="/tzgg/202605/t20260510_2.html">关于开展安全生产检查的通知</a></li>'
           '<li><a href="/tzgg/202605/t20260502_3.html">关于调整办事时间的通知</a></li>')
    page = parse_list(Selector(text=f'<html><body><ul class="list">{row}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "通知公告"))
    assert page.items[0].date == read


@pytest.mark.parametrize(("href", "shown", "guessed"), [
    ("/show.jsp?id={k}", "(10-2{k})", True),  # month-days alone, no year anywhere: a guess
    ("/tzgg/2026/show.jsp?id={k}", "(10-2{k})", False),  # the address's year
    ("/show.jsp?id={k}", "2026-10-2{k}", False),  # a full date
])
def test_a_list_of_month_days_without_a_year_names_its_newest_article(href, shown, guessed):
    rows = "".join(f'<li><a href="{href.format(k=k)}">关于第{k}项工作的通知</a><span>{shown.format(k=k)}</span></li>'
                   for k in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 11, 26), column=(BASE, "通知公告"))
    assert guessed_year(page) == ("http://www.xx.gov.cn/show.jsp?id=5" if guessed else None)


def test_a_ul_per_item_is_one_row():
    """<ul><li class="mc"><a>标题</a></li><li class="rq">2026-10-12</li></ul> per item: the <ul> is the row."""
    rows = "".join(f'<ul class="clearfix"><li class="mc"><a href="{u}">{t}</a></li><li class="rq">2026-10-{d:02d}</li>'
                   "</ul>" for u, t, d in NOTICES)
    page = parse_list(Selector(text=f'<html><body><div class="xxgk_list">{rows}</div></body></html>'),
                      BASE + "index.html", column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [(t, date(2026, 10, d)) for _, t, d in NOTICES]


def test_a_menu_of_two_links_stays_two_rows():
    menu = '<ul class="list"><li><a href="/a/1.html">工作动态</a></li><li><a href="/a/2.html">通知公告</a></li></ul>'
    rows = "".join(f'<li><a href="{u}">{t}</a><span>2026-10-{d:02d}</span></li>' for u, t, d in NOTICES)
    page = parse_list(Selector(text=f'<html><body>{menu}<ul class="list">{rows}</ul></body></html>'),
                      BASE + "index.html", column=(BASE, "通知公告"))
    assert [i.title for i in page.items] == [t for _, t, _ in NOTICES]


def test_a_row_of_several_links_stays_one_row():
    """A cell holding a category, the title and an attachment in turn, then the date: one item."""
    rows = "".join(f'<tr><td><a href="/bm/{d}.html">[财政局]</a> <a href="{u}">{t}</a> <a href="/f/{d}.pdf">附件</a>'
                   f" 2026-10-{d:02d}</td></tr>" for u, t, d in NOTICES)
    page = parse_list(Selector(text=f"<html><body><table>{rows}</table></body></html>"), BASE + "index.html",
                      column=(BASE, "通知公告"))
    assert [(i.title, i.date) for i in page.items] == [(t, date(2026, 10, d)) for _, t, d in NOTICES]


def test_a_bar_of_links_is_no_list():
    """A header bar of links in turn (设为首页 | 加入收藏 | …) shows no date: no list."""
    names = ("设为首页", "加入收藏", "无障碍", "English")
    bar = " | ".join(f'<a href="/{n}.html">{t}</a>' for n, t in enumerate(names))
    html = f'<html><body><div class="topbar">{bar}</div><ul class="list"></ul></body></html>'
    assert parse_list(Selector(text=html), BASE + "index.html", column=(BASE, "通知公告")).items == []


@pytest.mark.parametrize("rows", [
    "<table><tr><th>标题</th><th>文号</th><th>成文日期</th></tr>" + "".join(
        f'<tr><td><a href="/gfxwj/{d}.shtml">关于第{d}批规范性文件的通知</a></td><td>示政规〔2026〕{d}号</td>'
        f"<td>2026-10-{d:02d}</td></tr>" for d in (12, 9, 3)) + "</table>",
    '<ul class="list">' + "".join(f'<li><a href="/gfxwj/{d}.shtml">关于第{d}批规范性文件的通知</a>'
                                  f"<span>成文日期：2026-10-{d:02d}</span></li>" for d in (12, 9, 3)) + "</ul>",
])
def test_documents_listed_by_their_date_of_writing_alone_are_an_undated_list(rows):
    """The 成文日期 says nothing of when a document was published: the rows are the list, undated (their articles
    tell), though their addresses do not look like articles."""
    page = parse_list(Selector(text=f"<html><body>{rows}</body></html>"), BASE + "index.html",
                      column=(BASE, "规范性文件"))
    assert [(i.title, i.date) for i in page.items] == [(f"关于第{d}批规范性文件的通知", None) for d in (12, 9, 3)]


GKML_HEAD = "".join(f"<th>{h}</th>" for h in ("索引号", "标题", "发文字号", "成文日期", "发布日期"))


@pytest.mark.parametrize("table", [
    '<table class="list"><tr>{head}</tr>{rows}</table>',
    '<table class="list"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>',
])
def test_a_gkml_table_is_dated_by_publication_not_writing(table):
    """A 信息公开 table shows each document's 成文日期 before its 发布日期: it was published on the latter."""
    rows = "".join(f'<tr><td>11410100/2026-0012{m}</td><td><a href="/a/{m}.html">关于印发第{m}号办法的通知</a></td>'
                   f"<td>示政〔2026〕{m}号</td><td>2026-0{m}-01</td><td>2026-0{m + 2}-15</td></tr>" for m in (5, 3, 1))
    page = parse_list(Selector(text=f"<html><body>{table.format(head=GKML_HEAD, rows=rows)}</body></html>"),
                      BASE + "index.html", column=(BASE, "政策文件"))
    assert [i.date for i in page.items] == [date(2026, 7, 15), date(2026, 5, 15), date(2026, 3, 15)]


@pytest.mark.parametrize("head", [
    '<th>序号</th><th colspan="2">标题</th><th>成文日期</th><th>发布日期</th>',  # over a bullet's cell and the title's
    '<th colspan="3">标题</th><th>成文日期</th><th>发布日期</th>',
    '<th>序号</th><th colspan="2">标题</th><th class="cw">成文日期</th><th>发布日期</th>',
])
def test_a_header_cell_spanning_columns_names_the_cells_under_it(head):
    """A 信息公开 table whose header's 标题 spans two cells, a bullet picture's and the title's: its 成文日期 is
    still the fourth column's, its 发布日期 the fifth's."""
    rows = "".join(f'<tr><td>{m}</td><td><img src="/images/dot.gif" alt=""></td><td><a href="/a/{m}.html">'
                   f"关于印发第{m}号办法的通知</a></td><td>2026-0{m}-01</td><td>2026-0{m + 2}-15</td></tr>"
                   for m in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><table class="list"><tr>{head}</tr>{rows}</table></body></html>'),
                      BASE + "index.html", column=(BASE, "政策文件"))
    assert [i.date for i in page.items] == [date(2026, 7, 15), date(2026, 5, 15), date(2026, 3, 15)]


GKML_ROWS = "".join(f'<li><a href="/a/{m}.html">关于印发第{m}号办法的通知</a><span class="cwrq">2026-0{m}-01</span>'
                    f'<span class="fbrq">2026-0{m + 2}-15</span></li>' for m in (5, 3, 1))
GKML_LABELS = '<span class="bt">标题</span><span class="cwrq">成文日期</span><span class="fbrq">发布日期</span>'


@pytest.mark.parametrize("markup", [
    f'<div class="xxgk-head">{GKML_LABELS}</div><ul class="list">{GKML_ROWS}</ul>',  # a header <div> over the <ul>
    f'<ul class="list"><li class="head">{GKML_LABELS}</li>{GKML_ROWS}</ul>',  # a first <li> of labels
    # the header in a box of its own over the list's box, its labels one <ul> deeper
    f'<div class="biaotou"><ul><li>{GKML_LABELS}</li></ul></div><div class="biaobody"><ul>{GKML_ROWS}</ul></div>',
    # the header a table of its own over the rows' table
    "<table><tr><th>标题</th><th>成文日期</th><th>发布日期</th></tr></table><table>" + "".join(
        f'<tr><td><a href="/a/{m}.html">关于印发第{m}号办法的通知</a></td><td>2026-0{m}-01</td>'
        f"<td>2026-0{m + 2}-15</td></tr>" for m in (5, 3, 1)) + "</table>",
    # the same, a rule line's table of one empty cell between them, as old table portals draw it
    "<table><tr><td>标题</td><td>成文日期</td><td>发布日期</td></tr></table>"
    '<table width="100%"><tr><td height="1" bgcolor="#dddddd"></td></tr></table><div class="line"></div><table>'
    + "".join(f'<tr><td><a href="/a/{m}.html">关于印发第{m}号办法的通知</a></td><td>2026-0{m}-01</td>'
              f"<td>2026-0{m + 2}-15</td></tr>" for m in (5, 3, 1)) + "</table>",
    # a header <div> over a box that holds the box of the <ul>
    f'<div class="xxgk-head">{GKML_LABELS}</div><div class="xxgk-body"><div class="bd"><ul class="list">{GKML_ROWS}'
    "</ul></div></div>",
])
def test_a_header_apart_from_the_rows_still_names_the_date_of_writing(markup):
    """The header of a 信息公开 list need not be a row of it: a <div> of labels over the <ul> says which of each
    row's two dates is the 成文日期."""
    page = parse_list(Selector(text=f"<html><body>{markup}</body></html>"), BASE + "index.html",
                      column=(BASE, "政策文件"))
    assert [i.date for i in page.items] == [date(2026, 7, 15), date(2026, 5, 15), date(2026, 3, 15)]


def test_a_list_of_validity_dates_is_undated():
    """资质有效期 under a header of labels: the date a licence runs out, not when the row was published."""
    rows = "".join(f'<li><a href="/show?id={n}">某某建筑公司{n}</a><span>2027-0{n}-16</span></li>' for n in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><ul class="list"><li><span>公司名称</span><span>资质有效期</span>'
                                    f"</li>{rows}</ul></body></html>"), BASE + "index.html", column=(BASE, "资质公示"))
    assert [i.date for i in page.items] == [None, None, None]


@pytest.mark.parametrize("label", ["活动时间：", "举办时间:", "会议时间 ", "报名时间："])
def test_the_day_an_event_is_held_is_not_the_items_date(label):
    """活动预告 lists events by the days they are held: the item was published when its address says."""
    rows = "".join(f'<li><a href="/hdyg/202609/t202609{d}_{d}.html">第{d}届全市中小学生田径运动会</a>'
                   f"<span>{label}2026-11-{d}</span></li>" for d in (28, 25, 21))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 9, d) for d in (28, 25, 21)]


@pytest.mark.parametrize("label", ["考试日期：", "笔试时间：", "停电时间:", "开工日期："])
def test_a_day_any_other_label_names_before_the_date_is_not_the_items(label):
    """A row showing a day its label names (考试日期, 停电时间) before its publication date: the second is the item's;
    a message list's 留言时间 stays a date."""
    rows = "".join(f'<li><a href="/rsxx/202611/t202611{d}_{d}.html">2026年第{d}期事业单位招聘公告</a>'
                   f"<span>{label}2026-12-{d}</span><span>2026-11-{d}</span></li>" for d in (20, 14, 10))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 11, d) for d in (20, 14, 10)]
    rows = "".join(f'<li><a href="/hdjl/{d}.html">关于小区供暖问题的咨询</a><span>留言时间：2026-11-{d}</span></li>'
                   f'<li><a href="/xw/{d}.html">第{d}期工作简报</a><span>添加时间：2026-11-{d}</span></li>'
                   for d in (20, 14, 10))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 11, d) for d in (20, 14, 10) for _ in (1, 2)]


def test_a_header_cell_naming_another_day_without_a_colon_is_not_the_items():
    """停电时间 and 接访日期 over their columns, no colon: the outage's and the reception's days, no item's."""
    rows = "".join(f'<tr><td><a href="/tzgg/{d}.html">城关镇第{d}批计划停电通知</a></td><td>2026-12-{d:02d}</td>'
                   f"<td>2026-11-{d:02d}</td></tr>" for d in (20, 14, 10))
    html = f"<table><tr><th>标题</th><th>停电时间</th><th>发布日期</th></tr>{rows}</table>"
    page = parse_list(Selector(text=f"<html><body>{html}</body></html>"), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 11, d) for d in (20, 14, 10)]
    rows = "".join(f'<tr><td>2026-12-{d:02d}</td><td>县长</td><td>县信访局</td><td><a href="/ldjf/{d}.html">详情</a>'
                   "</td></tr>" for d in (20, 14, 10))
    html = f"<table><tr><th>接访日期</th><th>接访领导</th><th>接访地点</th><th>详情</th></tr>{rows}</table>"
    page = parse_list(Selector(text=f"<html><body>{html}</body></html>"), BASE + "index.html")
    assert all(i.date is None for i in page.items)


def test_paragraphs_of_an_articles_text_that_cite_documents_are_no_rows():
    """A 政策解读's text cites the documents it reads (2026年8月5日，…起草了《办法》…。): no list dates them."""
    text = "".join(f'<p style="text-indent:2em;">2026年{m}月5日，县农业农村局起草了<a href="/zcwj/{m}.html">'
                   f"《第{m}号办法》</a>（以下简称《办法》），经县政府常务会议审议通过。</p>" for m in (8, 6, 3))
    page = parse_list(Selector(text=f'<html><body><div class="TRS_Editor">{text}</div></body></html>'),
                      BASE + "t20261121_1.html")
    assert not [i for i in page.items if i.date]
    rows = "".join(f'<p><a href="/zcwj/{m}.html">关于印发第{m}号办法的通知</a><span>2026-0{m}-05</span></p>'
                   for m in (8, 6, 3))
    page = parse_list(Selector(text=f'<html><body><div class="list">{rows}</div></body></html>'), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, m, 5) for m in (8, 6, 3)]


SUMMARY = "<p>会议强调，要压实责任、狠抓落实。会议要求各村做好冬季安全生产工作。</p>"


@pytest.mark.parametrize("row", [
    # a Bootstrap media object: a picture, the title in a heading, a summary's sentences, the date
    '<div class="media"><div class="media-left"><a href="/gzdt/{k}.html"><img src="/a.jpg"></a></div><div '
    'class="media-body"><h4 class="media-heading"><a href="/gzdt/{k}.html">第{k}次工作会议召开</a></h4>' + SUMMARY
    + '<span class="time">2026-11-{k:02d}</span></div></div>',
    # a box per item without a class of its own: title, summary, date
    '<div class="news-box"><h3><a href="/gzdt/{k}.html">第{k}次工作会议召开</a></h3>' + SUMMARY
    + "<span>2026-11-{k:02d}</span></div>",
])
def test_rows_with_a_summary_in_a_box_of_its_own(row):
    """A summary's sentences in a <p> of their own beside the title and its date make no paragraph of an article."""
    rows = "".join(row.format(k=k) for k in (25, 20, 15))
    page = parse_list(Selector(text=f'<html><body><div class="list">{rows}</div></body></html>'), BASE + "index.html")
    assert [i.date for i in page.items] == [date(2026, 11, k) for k in (25, 20, 15)]


def test_leaders_cards_with_a_sentence_and_no_date_are_no_rows():
    cards = "".join(f'<div class="leader"><h3><a href="/ldzc/{k}.html">副镇长{k}</a></h3><p>负责农业农村工作。'
                    "</p></div>" for k in (1, 2, 3))
    page = parse_list(Selector(text=f'<html><body><div class="leaders">{cards}</div></body></html>'),
                      BASE + "index.html")
    assert page.items == []


def test_a_header_naming_the_publication_date_alone_changes_nothing():
    rows = "".join(f'<li><a href="/a/{m}.html">关于印发第{m}号办法的通知</a><span>2026-0{m}-15</span></li>'
                   for m in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><div class="head"><span>标题</span><span>发布日期</span></div>'
                                    f'<ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "政策文件"))
    assert [i.date for i in page.items] == [date(2026, 5, 15), date(2026, 3, 15), date(2026, 1, 15)]


def test_a_date_labelled_as_another_than_the_publication_is_not_it():
    rows = "".join(f'<li><a href="/a/{m}.html">关于印发第{m}号管理办法的通知</a>'
                   f"<span>成文日期：2026-0{m}-01 发布日期：2026-0{m + 2}-15</span></li>" for m in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "政策文件"))
    assert [i.date for i in page.items] == [date(2026, 7, 15), date(2026, 5, 15), date(2026, 3, 15)]


def test_rows_whose_links_their_scripts_write_are_a_scripted_list():
    rows = "".join(f"""<li><script>document.write('<a href="/a/{d}.html">关于第{d}批工作的通知</a>');</script>"""
                   f"""<span class="date">2026-11-0{d}</span></li>""" for d in (5, 3, 1))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "通知公告"))
    assert page.items == [] and page.scripted and not page.placeholder
    clock = ('<ul class="list"><li><span><script>document.write(new Date().toLocaleDateString());</script></span>'
             "</li></ul>")  # a script writing today's date writes no link
    assert not parse_list(Selector(text=f"<html><body>{clock}</body></html>"), BASE + "index.html").scripted


def test_a_picture_linked_alone_takes_its_rows_text_for_title():
    """图片新闻: the link holds only a picture without alt, the title is plain text beside it."""
    rows = "".join(f'<li><a href="/a/{d}.html"><img src="/p/{d}.jpg"></a><p>第{d}期图片新闻标题</p>'
                   f"<span>2026-11-0{d}</span></li>" for d in (5, 3, 1))
    rows += '<li><a href="/a/banner.html"><img src="/p/banner.jpg"></a></li>'  # a picture and nothing else
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "图片新闻"))
    assert [(i.title.split()[0], i.date) for i in page.items] == [
        (f"第{d}期图片新闻标题", date(2026, 11, d)) for d in (5, 3, 1)]


@pytest.mark.parametrize("link", [
    """<a href="#" onclick="location.href=encodeURI('index_2.jhtml')">下一页</a>""",
    """<a href="javascript:void(0)" onclick="window.location='index_2.jhtml'">下一页</a>""",
    """<a class="next" href="#" onclick="location.href='index_2.jhtml'"> &gt;&gt; </a>""",
])
def test_the_next_page_a_pagers_script_opens(link):
    rows = "".join(f'<li><a href="/xxgs/{k}.jhtml">公示{k}</a><span>2020-12-0{k}</span></li>' for k in range(1, 6))
    page = parse_list(Selector(text=f"<ul>{rows}</ul><div class='pages'>{link}</div>"), BASE + "index.jhtml")
    assert page.next_pages == [BASE + "index_2.jhtml"]


@pytest.mark.parametrize("text", ["下一页&gt;", "下一页&gt;&gt;", "[下一页]", "&gt;下一页", "下一页 ›", "【下一页】"])
def test_a_next_link_dressed_with_arrows_or_brackets(text):
    rows = "".join(f'<li><a href="/xxgs/{k}.html">公示{k}</a><span>2020-12-0{k}</span></li>' for k in range(1, 6))
    pager = f'<div class="pages"><a href="index_1.html">1</a> <a href="index_2.html">{text}</a></div>'
    page = parse_list(Selector(text=f"<ul>{rows}</ul>{pager}"), BASE + "index.html")
    assert page.next_pages[:1] == [BASE + "index_2.html"]


@pytest.mark.parametrize(("crumb", "name"), [
    # no label, no class: a link to 首页 and a separator (an ASP.NET site, 2021)
    ('<div class="noticeListTit"><a href="../Default.html">首页</a> >> 团委动态</div><h3>团委动态</h3>', "团委动态"),
    # the parts after the last link (首页 alone is linked): the last of them (a JEECMS site, 2020)
    ('<p>您当前的位置： <a href="../fwb/index.html">首页</a> > <!-- 除了首页，其他都不能点 --> 信息公开 > '
     "信息公示 </p>", "信息公示"),
    # the page's tools after the crumb are no name
    ('<div class="position">当前位置：<a href="/">首页</a> >> <a href="/tw/">团委动态</a> | 字号：大 中 小 | '
     "打印</div>", "团委动态"),
    # PHPCMS's default list template: the column's own link, then 列表
    ('<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c=index&amp;'
     'a=lists&amp;catid=30">党建动态</a><span> &gt; </span> 列表</div>', "党建动态"),
])
def test_the_column_a_breadcrumb_ends_with(crumb, name):
    page = Selector(text=f"<html><head><title>青春朝阳网</title></head><body>{crumb}</body></html>")
    assert column_name(page) == name


@pytest.mark.parametrize(("href", "articles"), [
    ("/index.php?m=content&c=index&a=show&catid=21&id={k}", True),  # PHPCMS: a script that shows one article
    ("/plus/view.php?aid={k}", True),  # DedeCMS
    ("/?xwdt/{k}.html", True),  # PbootCMS's compatible mode: a path in the query to a page named by its number
    ("/?xwdt/", False),
    ("/news.asp?NewsID={k}", True),
    ("/jcdt/2027/2/2{k}/fbc06158000000000000000000007b69.shtml", True),  # UCAP: a folder a day, unpadded
    ("/index.php?m=content&c=index&a=lists&catid={k}", False),  # a script that shows a list: the columns of a menu
    ("/list.asp?id={k}", False),
])
def test_titles_alone_at_addresses_a_script_shows_one_article_at(href, articles):
    """A list of titles alone whose addresses name no folder nor date: it is a list when its addresses ask a script
    for one article (its articles then date it); links asking for other lists are a menu's."""
    rows = "".join(f'<li><a href="{href.format(k=k)}">关于开展第{k}批专项检查工作的通知</a></li>' for k in range(1, 6))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      column=(BASE, "工作动态"))
    assert len(page.items) == (5 if articles else 0)


def test_a_date_ending_a_title_after_the_inspection_date_is_the_day_it_is_about():
    """城区部分路段计划停电公告（2026年12月03日） on a list checked on 26 November: the outage's day, no item's."""
    rows = ('<li><a href="/tzgg/tdgg/1.html">城区部分路段计划停电公告（2026年12月03日）</a></li>'
            '<li><a href="/tzgg/a2.html">关于开展安全生产检查的通知</a><span>2026-11-20</span></li>'
            '<li><a href="/tzgg/a3.html">关于调整办事时间的通知</a><span>2026-11-12</span></li>')
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 11, 26), column=(BASE, "通知公告"))
    assert [i.date for i in page.items] == [None, date(2026, 11, 20), date(2026, 11, 12)]


@pytest.mark.parametrize("shown", ["报名时间：2026-12-01至2026-12-10", "有效期：2026年12月1日至2031年11月30日",
                                   "结束时间：2026-12-20"])
def test_a_row_showing_only_another_days_date_or_range_is_undated(shown):
    rows = "".join(f'<li><a href="/tzgg/a{k}.html">关于第{k}批专项工作的公告</a><span>{shown}</span></li>'
                   for k in range(3))
    page = parse_list(Selector(text=f'<html><body><ul class="list">{rows}</ul></body></html>'), BASE + "index.html",
                      as_of=date(2026, 11, 26), column=(BASE, "通知公告"))
    assert all(i.date is None for i in page.items)


def test_a_list_grouped_under_its_days_headings():
    """领导活动 by day: <h4>2026年11月25日</h4> over that day's <ul>; one date over one list is no such grouping (a
    clock's day over a box of links)."""
    groups = "".join(f'<h4 class="day">2026年11月{d}日</h4><ul><li><a href="/ldhd/{d}0.html">县长调研第{d}项工作</a>'
                     f'</li><li><a href="/ldhd/{d}1.html">副县长督导第{d}项工作</a></li></ul>' for d in (25, 20))
    page = parse_list(Selector(text=f'<html><body><div class="list">{groups}</div></body></html>'),
                      BASE + "index.html", as_of=date(2026, 12, 1))
    assert [i.date for i in page.items] == [date(2026, 11, d) for d in (25, 25, 20, 20)]
    one = ('<div class="t">2026-12-01</div><ul><li><a href="/a/100.html">快捷入口一</a></li>'
           '<li><a href="/a/101.html">快捷入口二</a></li><li><a href="/a/102.html">快捷入口三</a></li></ul>')
    page = parse_list(Selector(text=f"<html><body>{one}</body></html>"), BASE + "index.html", as_of=date(2026, 12, 1))
    assert all(i.date is None for i in page.items)


def test_a_list_one_script_writes_from_an_array_is_a_scripted_list():
    """<ul><script>var news=[[title, url, date], …]; for (…) document.write('<li><a href="' + …)</script></ul>."""
    data = ",".join(f'["关于第{d}批工作的通知","/a/{d}.html","2026-11-0{d}"]' for d in (5, 3, 1))
    loop = (f"<script>var news=[{data}];for(var i=0;i<news.length;i++){{document.write('<li><a href=\"'"
            "+news[i][1]+'\">'+news[i][0]+'</a><span>'+news[i][2]+'</span></li>');}</script>")
    page = parse_list(Selector(text=f'<html><body><div class="list"><ul>{loop}</ul></div></body></html>'),
                      BASE + "index.html", column=(BASE, "领导活动"))
    assert page.items == [] and page.scripted and not page.placeholder


RELATIVE = ("<html><body><ul class='list'>"
            "<li><a href='/sqdt/content_1.html'>社区开展志愿服务活动</a><span>09:30</span></li>"
            "<li><a href='/sqdt/content_2.html'>社区召开居民议事会</a><span>昨天 16:20</span></li>"
            "<li><a href='/sqdt/content_3.html'>社区举办健康讲座</a><span>3天前</span></li>"
            "<li><a href='/sqdt/content_4.html'>社区开展消防演练</a><span>2026-11-01</span></li>"
            "</ul></body></html>")


def test_rows_dated_relative_to_the_day_the_page_is_served_count_from_the_inspection_day():
    page = parse_list(Selector(text=RELATIVE), "http://www.xx.gov.cn/sqdt/", as_of=date(2026, 12, 1))
    assert [i.date for i in page.items] == [date(2026, 12, 1), date(2026, 11, 30), date(2026, 11, 28),
                                            date(2026, 11, 1)]
    assert page.items[0].raw_date == "09:30"


def tran_time(cell: str) -> str:
    """A DedeCMS list as its tranTime() helper dates it: today's row by how long ago, the rest by date and time."""
    rows = [("1201", "市人防办开展防空警报试鸣宣传", cell),
            ("1202", "市人防办召开人防工程建设推进会", "2026-11-10 09:00"),
            ("1203", "市人防办组织防空疏散演练", "2026-11-01 09:00")]
    return ("<html><body><ul class='list'>" + "".join(
        f"<li><a href='/plus/view.php?aid={n}'>{t}</a><span class='time'>{d}</span></li>" for n, t, d in rows)
            + "</ul></body></html>")


@pytest.mark.parametrize(("cell", "day"), [
    ("3小时前 06:30", date(2026, 12, 1)), ("15小时前 18:30", date(2026, 11, 30)),
    ("发布时间：5小时前 04:10", date(2026, 12, 1)), ("半小时前", date(2026, 12, 1)),
])
def test_a_row_dated_by_how_long_ago_beside_rows_dated_in_full_is_the_lists_newest(cell, day):
    page = parse_list(Selector(text=tran_time(cell)), "http://www.xx.gov.cn/plus/list.php?tid=1",
                      as_of=date(2026, 12, 1))
    assert [i.date for i in page.items] == [day, date(2026, 11, 10), date(2026, 11, 1)]


def test_a_time_inside_a_rows_title_dates_nothing():
    page = parse_list(Selector(text=RELATIVE.replace("<span>09:30</span>", "").replace(
        "社区开展志愿服务活动", "09:30")), "http://www.xx.gov.cn/sqdt/", as_of=date(2026, 12, 1))
    assert page.items[0].date is None


def wp_post(n: int, date_href: str) -> str:
    return (f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title">'
            f'<a href="/archives/{n}" rel="bookmark">镇召开第{n}次安全生产工作会议</a></h2><div class="entry-meta">'
            f'<span class="posted-on">发布于 <a href="{date_href}" rel="bookmark"><time class="entry-date published" '
            f'datetime="2026-11-{n:02d}T09:00:00+08:00">2026年11月{n}日</time></a></span><span class="byline"> 作者 '
            '<a class="url fn n" href="/author/admin/">党政办</a></span></div></header><div class="entry-summary">'
            "<p>会议传达学习了上级有关会议精神，安排部署下一阶段重点工作。</p></div></article>")


def test_a_date_linked_to_its_post_as_wordpress_themes_link_it_dates_the_row():
    """posted-on: each post's <time> inside a link to the post itself, beside its title's link."""
    page = Selector(text="<html><body><main>" + "".join(wp_post(n, f"/archives/{n}") for n in (24, 20, 17))
                    + "</main></body></html>")
    got = parse_list(page, "http://www.bs.gov.cn/category/gzdt/", as_of=date(2026, 11, 26))
    assert [(i.url, i.date) for i in got.items] == [(f"http://www.bs.gov.cn/archives/{n}", date(2026, 11, n))
                                                    for n in (24, 20, 17)]
    # a date that links elsewhere (a month's archive) is no cell of the row's own
    page = Selector(text="<html><body><main>" + "".join(wp_post(n, "/2026/11/") for n in (24, 20, 17))
                    + "</main></body></html>")
    rows = collect_rows(page.root, "http://www.bs.gov.cn/category/gzdt/")
    assert [row_item(r, date(2026, 11, 26))[0].date for r in rows if "archives" in r.links[0][0]] == [None] * 3


@pytest.mark.parametrize(("pager", "pages"), [
    # PHPCMS v9's pages(): 上一页, every page's number, 下一页; page k at k.html, as its articles are named by ids
    ('<div id="pages" class="text-c"><a class="a1">36条</a> <a href="/wldt/index.html" class="a1">上一页</a> '
     '<span>1</span> <a href="/wldt/2.html">2</a> <a href="/wldt/3.html">3</a> <a href="/wldt/2.html" class="a1">'
     "下一页</a></div>", ["/wldt/2.html", "/wldt/3.html"]),
    # a pager of 首页 … 尾页, its last page named
    ('<div class="page"><a href="index.html">首页</a> <a href="index_1.html">下一页</a> '
     '<a href="index_9.html">尾页</a></div>', ["/wldt/index_1.html", "/wldt/index_9.html"]),
    # VSB's pagedown: 下页 and 尾页 each alone in a span, every page's number in a span of its own, all in
    # span.p_pages; its static pages numbered down from the oldest (/wldt/3.htm the second, /wldt/1.htm the last)
    ('<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共40条</span> '
     '<span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
     '<span class="p_no_d">1</span><span class="p_no"><a href="index/3.htm">2</a></span>'
     '<span class="p_no"><a href="index/2.htm">3</a></span><span class="p_no"><a href="index/1.htm">4</a></span>'
     '<span class="p_next p_fun"><a href="index/3.htm">下页</a></span><span class="p_last p_fun">'
     '<a href="index/1.htm">尾页</a></span></span> <span class="p_t">1/4</span></div>',
     ["/wldt/index/3.htm", "/wldt/index/2.htm", "/wldt/index/1.htm"]),
    # no pager: a page's numbered links elsewhere are none of its list's pages
    ('<div class="links"><a href="/zt/1.html">1</a> <a href="/zt/2.html">2</a></div>', []),
])
def test_the_pages_a_lists_pager_links(pager, pages):
    from govcheck.cms.generic import pager_pages

    page = Selector(text=f'<html><body><ul class="list"><li><a href="/wldt/2026/1125/1.html">标题</a></li></ul>{pager}'
                         "</body></html>")
    assert pager_pages(page, "http://www.wh.gov.cn/wldt/index.html") == [f"http://www.wh.gov.cn{p}" for p in pages]


def test_a_lists_rows_without_a_link_that_a_click_opens_are_its_items():
    """<tr onclick="window.open('…')"> rows, the title and the date in their cells, no <a>: each an item at the address
    its onclick names (as a visitor's click reaches it), titled by its cell that is no date; a banner a click opens
    beside them, alone in its box, is no item."""
    rows = "".join(f"<tr onclick=\"window.open('/bmdt/202603/t202603{d:02d}_{d}.html')\" style=\"cursor:pointer\">"
                   f'<td class="bt">关于开展第{d}批专项检查的通知</td><td class="sj">2026-03-{d:02d}</td></tr>'
                   for d in (19, 12, 5))
    html = (f'<html><body><div class="banner" onclick="location.href=\'/zt/index.html\'">运动会 2026-11-26</div>'
            f'<table class="list">{rows}</table></body></html>')
    page = parse_list(Selector(text=html), BASE + "index.html", as_of=date(2026, 11, 26), column=(BASE, "部门动态"))
    assert [(i.title, i.url.removeprefix(BASE), i.date) for i in page.items] == [
        (f"关于开展第{d}批专项检查的通知", f"202603/t202603{d:02d}_{d}.html", date(2026, 3, d)) for d in (19, 12, 5)]


@pytest.mark.parametrize("row", [
    # a data-url a script bound to the list opens, no link
    '<li data-url="/bmdt/202603/t202603{d:02d}_{d}.html"><span>{t}</span><span>2026-03-{d:02d}</span></li>',
    # its own onclick, its title in an <a> without href (a style)
    """<li style="cursor:pointer" onclick="window.open('/bmdt/202603/t202603{d:02d}_{d}.html')"><a>{t}</a>"""
    "<span>2026-03-{d:02d}</span></li>",
])
def test_a_lists_rows_a_click_opens_by_a_data_url_or_around_a_bare_a_are_its_items(row):
    rows = "".join(row.format(d=d, t=f"关于开展第{d}批专项检查的通知") for d in (19, 12, 5))
    html = f'<html><body><div class="tabs" data-url="/inc/list.html"><ul class="list">{rows}</ul></div></body></html>'
    page = parse_list(Selector(text=html), BASE + "index.html", as_of=date(2026, 11, 26), column=(BASE, "部门动态"))
    assert [(i.title, i.url.removeprefix(BASE), i.date) for i in page.items] == [
        (f"关于开展第{d}批专项检查的通知", f"202603/t202603{d:02d}_{d}.html", date(2026, 3, d)) for d in (19, 12, 5)]


def test_a_list_of_documents_files_alone_is_dated_by_the_day_trs_names_each():
    """A 政策文件 list of titles alone, each linking its PDF by TRS's name of the day it was put up (P0, the day, a
    serial): a list, each item dated by its file's name; files named otherwise are no list's."""
    files = [("P020260130005226635028.pdf", "关于印发责任清单的通知"), ("P020251220005226690461.doc", "实施意见"),
             ("P020251101005226801327.pdf", "管理办法")]
    html = ('<html><body><ul class="list">' + "".join(f'<li><a href="{f}">{t}</a></li>' for f, t in files)
            + "</ul></body></html>")
    page = parse_list(Selector(text=html), BASE + "index.html", as_of=date(2026, 11, 26), column=(BASE, "政策文件"))
    assert [(i.title, i.date) for i in page.items] == [("关于印发责任清单的通知", date(2026, 1, 30)),
                                                       ("实施意见", date(2025, 12, 20)),
                                                       ("管理办法", date(2025, 11, 1))]
    plain = html.replace("P02026", "gz2026").replace("P02025", "gz2025")
    assert parse_list(Selector(text=plain), BASE + "index.html", as_of=date(2026, 11, 26)).items == []


def test_the_pages_siteserver_s_pager_links_by_their_bracketed_numbers():
    """SiteServer's stl:pageItems: 首页 | 上一页 | 下一页 | 末页 in one cell of its table, 当前页：1 and every page as
    [k] in the next (the current one a javascript:void(0) link): each page of the list, page k at /channels/12_k.html,
    is the list's, the ones neither 下一页 nor 末页 names too."""
    from govcheck.cms.generic import pager_pages

    numbers = "<a href='javascript:void(0);'>[1]</a>&nbsp;" + "".join(
        f'<a href="/channels/12_{k}.html">[{k}]</a>&nbsp;' for k in range(2, 7))
    pager = ('<table cellpadding="0" cellspacing="0" width="90%" height="40" align="center"><tr><td align="left">'
             '首页 | 上一页 | <a href="/channels/12_2.html">下一页</a> | <a href="/channels/12_6.html">末页</a></td>'
             f'<td align="right">当前页：1 {numbers}</td></tr></table>')
    page = Selector(text='<html><body><div class="column"><ul><li><a href="/contents/12/4567.html">标题</a>'
                         f"<span>2026-11-24</span></li></ul>{pager}</div></body></html>")
    got = pager_pages(page, "http://www.qx.gov.cn/channels/12.html")
    assert sorted(got) == [f"http://www.qx.gov.cn/channels/12_{k}.html" for k in range(2, 7)]
    # the list's box around the pager is not the pager's: its titles are no pages
    assert "http://www.qx.gov.cn/contents/12/4567.html" not in got


def test_the_pages_a_pager_of_one_item_per_page_links():
    """A pager whose every link sits in an <li> of its own (SiteServer's manual's stl:pageItems over Bootstrap's
    pagination: 上一页, each page's number, the current one a <span>, 下一页, no 末页): each page it numbers is the
    list's, not only the one its 下一页 names."""
    from govcheck.cms.generic import pager_pages

    numbers = "".join(f'<li><a href="/channels/13_{k}.html">{k}</a></li>' for k in range(2, 5))
    pager = ('<ul class="pagination"><li><a href="javascript:;">上一页</a></li><li class="active"><span>1</span></li>'
             f'{numbers}<li><a href="/channels/13_2.html">下一页</a></li></ul>')
    page = Selector(text='<html><body><ul class="list"><li><a href="/contents/13/88.html">关于开展检查的通知</a>'
                         f"<span>2026-10-27</span></li></ul>{pager}</body></html>")
    assert sorted(pager_pages(page, "http://www.qx.gov.cn/channels/13.html")) == [
        f"http://www.qx.gov.cn/channels/13_{k}.html" for k in range(2, 5)]


def test_pageadmins_list_of_titles_alone_is_a_list_of_its_articles():
    """PageAdmin's list template writes titles alone (<span class="title"><a>), each at
    index.aspx?lanmuid=…&sublanmuid=…&id=N, no date on the list nor in the address: its items, each to be dated by
    its article; the column's own address and its pager's (…&page=2) are none."""
    from govcheck.cms.listing import looks_like_article

    rows = "".join(f'<li><span class="title"><a href="/xxgk/index.aspx?lanmuid=2&amp;sublanmuid=21&amp;id={i}" '
                   f'target="_blank">关于第{i}批农机购置补贴的公示</a></span></li>'
                   for i in range(480, 470, -1))
    pager = ('<div id="sublanmu_page" class="sublanmu_page"><span>首页</span> <span class="c">1</span> '
             '<a href="/xxgk/index.aspx?lanmuid=2&amp;sublanmuid=21&amp;page=2">2</a> '
             '<a href="/xxgk/index.aspx?lanmuid=2&amp;sublanmuid=21&amp;page=2">下一页</a> '
             '<a href="/xxgk/index.aspx?lanmuid=2&amp;sublanmuid=21&amp;page=2">尾页</a></div>')
    url = "http://www.qx.gov.cn/xxgk/index.aspx?lanmuid=2&sublanmuid=21"
    html = ('<html><body><div class="current_location" id="current_location"><ul><li class="current_location_1">'
            '当前位置：<a href="/xxgk/">首页</a> &gt; 公示公告</li><li class="current_location_2">公示公告</li>'
            "</ul></div>"
            '<div class="sublanmu_box sublanmu_box_21" id="sublanmu_box"><div class="sublanmu_content '
            f'sublanmu_content_article"><ul class="article">{rows}</ul>{pager}</div></div></body></html>')
    page = parse_list(Selector(text=html), url, as_of=date(2026, 11, 26), column=(url, "公示公告"))
    assert [i.url.rsplit("=", 1)[1] for i in page.items] == [str(i) for i in range(480, 470, -1)]
    assert all(i.date is None for i in page.items)
    assert looks_like_article("http://www.qx.gov.cn/index.aspx?sublanmuid=21&lanmuid=2&id=480")
    assert not looks_like_article(url) and not looks_like_article(url + "&page=2")
    assert not looks_like_article("http://www.qx.gov.cn/list.aspx?id=480&catid=3")


def test_aspnetpager_5s_webdings_buttons_are_its_next_and_last_pages():
    """AspNetPager 5's defaults draw each button as a Webdings glyph, <font face="webdings">: 9 首页, 3 上一页,
    4 下一页, : 尾页 (disabled ones without an address), each page by its number: its 4 posts the next page back, its :
    the last; a 4 in no Webdings font is a page's number, nothing more."""
    from govcheck.cms.generic import postback

    post = "javascript:__doPostBack('AspNetPager1','{}')"
    def glyph(k, g):
        return f'<a href="{post.format(k)}"><font face="webdings">{g}</font></a>'
    buttons = ['<a disabled="true"><font face="webdings">9</font></a>', '<a disabled="true"><font face="webdings">3'
               '</font></a>', '<font style="font-weight:Bold;color:red;">1</font>', f'<a href="{post.format(2)}">2'
               f'</a>', f'<a href="{post.format(3)}">3</a>', glyph(2, "4"), glyph(3, ":")]
    rows = "".join(f'<li><a href="/xmgs/{k}.html">项目公示{k}</a><span>2026-0{k}-01</span></li>' for k in range(1, 6))
    html = ('<html><body><form name="aspnetForm" method="post" action="./List.aspx" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" value="/wEPDw" /><ul class="list">' + rows + '</ul>'
            '<div id="AspNetPager1"><table><tr><td>共26条 1/3页</td><td>' + "<span></span>".join(buttons)
            + "</td></tr></table></div></form></body></html>")
    url = "http://www.qx.gov.cn/xmgs/List.aspx"
    page = parse_list(Selector(text=html), url, as_of=date(2026, 11, 26), column=(url, "项目公示"))
    assert [f["__EVENTARGUMENT"] for _, f in page.post_requests] == ["2"]
    assert page.last_post[1]["__EVENTARGUMENT"] == "3"
    plain = html.replace('face="webdings"', 'face="宋体"')
    assert postback(Selector(text=plain), "http://www.qx.gov.cn/xmgs/", url) is None
