"""A column's own list among the blocks of its page: the blocks the whole site carries are not its list."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.listing import pick_blocks, read_blocks

AS_OF = date(2026, 11, 26)
URL = "http://a.gov.cn/xwzx/bmdt/index.html"
COLUMN = ("http://a.gov.cn/xwzx/bmdt/", "部门动态")


def rows(folder: str, days: list[int], undated: bool = False) -> str:
    out = []
    for k, day in enumerate(days):
        shown = "" if undated else f"<span>2026-{day // 100:02d}-{day % 100:02d}</span>"
        out.append(f'<li><a href="{folder}content_{k}{day}.html">标题{k}关于开展工作的通知</a>{shown}</li>')
    return "<ul>" + "".join(out) + "</ul>"


OWN = rows("/xwzx/bmdt/", [1020, 1018, 1015, 1012, 1009, 1005, 1001, 928, 925, 920])  # newest 2026-10-20
SIDE = rows("/xwzx/yw/", [1125, 1124, 1124, 1123, 1122, 1121, 1120, 1119])  # the site's newest, 2026-11-25


def page(main: str, side: str = "", side_box: str = '<div class="box"><h3>最新信息</h3>{}</div>') -> Selector:
    return Selector(text=f'<html><body><div class="main"><h2>部门动态</h2>{main}</div>'
                         f'<div class="r">{side_box.format(side) if side else ""}</div></body></html>')


def newest(sel, column=COLUMN):
    dates = [i.date for i in parse_list(sel, URL, as_of=AS_OF, column=column).items if i.date]
    return max(dates, default=None)


def test_a_side_block_titled_as_the_sites_is_not_the_columns_list():
    sel = page(OWN, SIDE)
    assert newest(sel) == date(2026, 10, 20)
    assert newest(sel, column=None) == date(2026, 11, 25)  # a page read as no column's: the homepage's rule


def test_a_side_block_of_other_columns_items_is_left_out_by_its_links():
    sel = page(OWN, SIDE, '<div class="box"><h3>今日关注</h3>{}</div>')  # a neutral title and class
    assert newest(sel) == date(2026, 10, 20)


def test_an_empty_list_beside_a_dated_side_block_is_empty():
    listing = parse_list(page('<ul class="list"></ul>', SIDE), URL, as_of=AS_OF, column=COLUMN)
    assert listing.items == [] and not listing.placeholder
    listing = parse_list(page('<div class="list"><p>暂无信息</p></div>', SIDE), URL, as_of=AS_OF, column=COLUMN)
    assert listing.items == [] and listing.placeholder


@pytest.mark.parametrize("title", ["热点排行", "热门点击", "热点文章", "最近更新", "本站推荐"])
def test_a_box_titled_as_the_sites_is_left_out_where_links_cannot_tell(title):
    """Query-string sites (list.jsp?classid=5, ShowArticle.asp?ArticleID=…) leave no folder to tell a column's
    articles from the site's: the box's title does."""
    column = ("http://a.gov.cn/list.jsp?classid=5", "部门动态")
    own = rows("/x/", [1020, 1018, 1015, 1012, 1009, 1005, 1001, 928])
    assert newest(page(own, rows("/x/", [1125, 1124, 1123, 1122, 1121]), f'<div class="b"><h3>{title}</h3>{{}}</div>'),
                  column=column) == date(2026, 10, 20)


def test_a_box_titled_by_a_table_of_one_row_is_left_out():
    """Old portals draw a box's title as a table of one row over the box's table (热点文章 on an ASP site)."""
    column = ("http://a.gov.cn/Article/ShowClass.asp?ClassID=1", "工作动态")
    own = "<table>" + "".join(f'<tr><td><a href="/Article/ShowArticle.asp?ArticleID={k}">关于开展第{k}项工作的通知</a>'
                              f"</td><td>2019-04-{k:02d}</td></tr>" for k in range(18, 8, -1)) + "</table>"
    hot = ('<table class="left_title"><tr><td>热点文章</td></tr></table><table class="left_hot">' + "".join(
        f'<tr><td><a href="/Article/ShowArticle.asp?ArticleID=3{k}">热点{k}</a></td><td>2026-11-{k}</td></tr>'
        for k in range(24, 18, -1)) + "</table>")
    sel = Selector(text=f'<html><body><table><tr><td class="left_bg">{hot}</td><td class="main">{own}</td></tr>'
                        "</table></body></html>")
    assert newest(sel, column=column) == date(2019, 4, 18)


def test_a_ticker_is_not_the_list():
    ticker = f'<div class="x"><marquee>{SIDE}</marquee></div>'
    assert newest(page(OWN + ticker)) == date(2026, 10, 20)


def test_an_undated_own_list_beside_a_dated_side_block_is_the_list():
    listing = parse_list(page(rows("/xwzx/bmdt/", [1020, 1018, 1015, 1012], undated=True), SIDE), URL, as_of=AS_OF,
                         column=COLUMN)
    assert len(listing.items) == 4 and all(i.date is None for i in listing.items)


@pytest.mark.parametrize(("heading", "undated"), [("通知公告", True), ("当前位置：首页 > 工作动态", False)])
def test_a_box_headed_by_another_columns_name_beside_an_undated_list_is_not_the_list(heading, undated):
    """Old table portals lay a column page out with another column's dated box on its left (its title the first row
    of its table), the column's titles alone on the right, all at show.asp?id=N: the titles are the list (their
    articles date it). A dated list under the column's own name, a breadcrumb naming it, stays the list."""
    column = ("http://a.gov.cn/list.asp?classid=5", "工作动态")
    box = (f'<table width="100%"><tr><td class="left_tit"><b>{heading}</b></td></tr>' + "".join(
        f'<tr><td>·<a href="/show.asp?id=10{k}">关于开展第{k}项工作的通知</a></td>'
        f'<td class="sj">2026-05-{k:02d}</td></tr>' for k in range(20, 16, -1)) + "</table>")
    titles = ('<table width="100%" class="news">' + "".join(
        f'<tr><td>·<a href="/show.asp?id=11{k}">我乡召开第{k}次工作会议</a></td></tr>' for k in range(4)) + "</table>")
    sel = Selector(text=f'<html><body><table><tr><td class="left_box">{box}</td><td class="right_box">{titles}</td>'
                        "</tr></table></body></html>")
    listing = parse_list(sel, column[0], as_of=AS_OF, column=column)
    assert all(i.date is None for i in listing.items) is undated


def test_boxes_of_the_columns_own_sub_columns_beside_a_slider_are_its_lists():
    """A sub-centre's page (realpage 66): a slider of pictures without a date over a tab box of its sub-columns'
    dated lists, their rows under its own folder: those are its lists, not other columns' boxes beside an undated list
    (test above), though each is headed by no name of the column's (the tabs' row, 更多>>)."""
    column = ("http://a.gov.cn/zx/index.html", "分中心")
    slide = "/zx/tsxw/202605/t2026051{k}_{k}.html"
    slides = "".join(f'<li><a href="{slide.format(k=k)}"><img src="/p{k}.jpg"></a><div class="mask">'
                     f'<a href="{slide.format(k=k)}">第{k}次现场会召开</a></div></li>' for k in range(5))
    panes = "".join("<div><ul>" + "".join(
        f'<li><span class="date">2026-{m:02d}-{k:02d}</span><div><a href="{folder}{m}{k}.html">'
        f"关于第{k}项工作的通知</a></div></li>" for k in range(20, 12, -1)) + "</ul></div>"
        for folder, m in (("/zx/tzgg/", 11), ("/zx/tsxw/", 5)))
    tabs = ('<ul class="l"><li class="on"><a href="/zx/tzgg/list.html">通知公告</a></li>'
            '<li><a href="/zx/tsxw/list.html">图说新闻</a></li></ul><a href="/zx/tsxw/list.html">更多&gt;&gt;</a>')
    sel = Selector(text=f'<html><body><div class="scroll"><ul>{slides}</ul></div><div class="notice">'
                        f'<div class="hd">{tabs}</div><div class="bd">{panes}</div></div></body></html>')
    listing = parse_list(sel, column[0], as_of=AS_OF, column=column)
    assert len(listing.items) == 16 and max(i.date for i in listing.items) == date(2026, 11, 20)


@pytest.mark.parametrize("header", [
    '<ul class="tab-hd"><li class="on">部门动态</li><li>乡镇动态</li></ul>',
    '<div class="tab-hd"><span class="on">部门动态</span><span>乡镇动态</span></div>',
])
def test_a_tab_beside_the_columns_own_is_another_columns_list(header):
    """A Hanweb page shows its column's list in the first of two tabs and another column's in the second, all the
    articles under /art/ (no folder tells them apart): the first tab's is the list (stale), the second's is not."""
    own, other = (rows("/art/2026/10/", [1020, 1018, 1015, 1012, 1009]), rows("/art/2026/11/", [1125, 1122, 1120]))
    sel = Selector(text=f'<html><body><div class="tabbox">{header}<div class="tab-bd"><div class="pane">{own}</div>'
                        f'<div class="pane" style="display:none">{other}</div></div></div></body></html>')
    assert newest(sel) == date(2026, 10, 20)
    assert newest(sel, ("http://a.gov.cn/xwzx/xzdt/", "乡镇动态")) == date(2026, 11, 25)  # the other column's own
    # a page of two columns' previews, neither its own: both are read, as before
    assert newest(sel, ("http://a.gov.cn/xwzx/", "新闻中心")) == date(2026, 11, 25)


def test_a_channels_page_of_its_sub_columns_boxes_is_read_whole():
    """新闻中心's page: a box under its own name beside three of its sub-columns' boxes, all under /art/: a channel's
    page, whose every box is its own."""
    boxes = "".join(f'<div class="box"><h3>{name}</h3>{rows(f"/art/2026/{k}/", days)}</div>' for k, (name, days) in
                    enumerate((("新闻中心", [920, 915]), ("部门动态", [1125, 1120]), ("乡镇动态", [1124, 1118]),
                               ("图片新闻", [1122, 1119]))))
    sel = Selector(text=f'<html><body><div class="main">{boxes}</div></body></html>')
    assert newest(sel, ("http://a.gov.cn/xwzx/", "新闻中心")) == date(2026, 11, 25)


def test_a_box_headed_by_another_columns_name_beside_the_columns_own_list_is_not_the_list():
    """部门动态's list under its title, a box of 通知公告's beside it, every article under /art/."""
    own, box = rows("/art/2026/10/", [1020, 1018, 1015, 1012, 1009]), rows("/art/2026/11/", [1125, 1124, 1120])
    assert newest(page(own, box, '<div class="box"><h3>通知公告</h3>{}</div>')) == date(2026, 10, 20)
    assert newest(page(own, box, '<div class="box">{}</div>')) == date(2026, 11, 25)  # unheaded: nothing tells


def test_a_column_named_like_a_side_title_keeps_its_list():
    sel = Selector(text=f"<html><body><h2>最新动态</h2>{SIDE}</body></html>")
    listing = parse_list(sel, "http://a.gov.cn/zxdt/index.html", as_of=AS_OF,
                         column=("http://a.gov.cn/zxdt/", "最新动态"))
    assert len(listing.items) == 8


def test_sitewide_signatures_are_left_out():
    sel = page(rows("/x/", [1020, 1018, 1015, 1012, 1009, 1005, 1001, 928]), SIDE, '<div class="b">{}</div>')
    blocks = read_blocks(sel, URL, as_of=AS_OF)
    assert len(pick_blocks(blocks, column_url="http://a.gov.cn/list.jsp?classid=5")) == 2  # nothing tells them apart
    side = next(b for b in blocks if "/xwzx/yw/" in b.items[0].url)
    (own,) = pick_blocks(blocks, column_url="http://a.gov.cn/list.jsp?classid=5", sitewide=frozenset({side.sig}))
    assert own is not side


def test_todays_date_in_the_header_is_no_item():
    sel = Selector(text='<html><body><div class="top-bar"><ul><li>今天是2026年11月26日 星期四 '
                        '<a href="javascript:SetHome()">设为首页</a> <a href="/fav.html">加入收藏</a></li></ul></div>'
                        f'<div class="main">{OWN}</div></body></html>')
    assert newest(sel, column=None) == date(2026, 10, 20)


def test_the_last_page_is_named_by_the_pager():
    trs = Selector(text=f'<html><body>{OWN}<script>createPageHTML(4, 0, "index", "html");</script></body></html>')
    assert parse_list(trs, URL, as_of=AS_OF).last_page == "http://a.gov.cn/xwzx/bmdt/index_3.html"
    generic = Selector(text=f'<html><body>{OWN}<a href="?page=2">下一页</a><a href="?page=7">尾页</a></body></html>')
    assert parse_list(generic, URL, as_of=AS_OF).last_page == "http://a.gov.cn/xwzx/bmdt/index.html?page=7"


@pytest.mark.parametrize(("url", "article"), [
    ("http://www.xx.gov.cn/whdt/98123.html", True),  # a page named by its number
    ("http://www.xx.gov.cn/zwyw/100.shtml", True),
    ("http://www.xx.gov.cn/channels/5329.html", False),  # SiteServer's channel: a column
    ("http://www.xx.gov.cn/list/12.html", False),  # two digits: a pager's page, not an article
    ("http://www.xx.gov.cn/zt/zthg/index.html", False),
    ("http://www.xx.gov.cn/zwdt/art_901.html", True),  # a word and the number (帝国CMS, PHPCMS templates)
    ("http://www.xx.gov.cn/xwzx/news_5123.shtml", True),
    ("http://www.xx.gov.cn/zwdt/index_123.html", False),  # a list's further page
    ("http://www.xx.gov.cn/zwdt/list-105.html", False),
    ("http://www.xx.gov.cn/node_1234.htm", False),  # a channel
])
def test_addresses_of_articles(url, article):
    from govcheck.cms.listing import looks_like_article

    assert looks_like_article(url) is article


def test_a_dynamic_addresss_category_tells_the_columns_list_from_another_columns_box():
    """PHPCMS's index.php?…&catid=30 has no folder of its own: its articles name catid=30, another column's box beside
    it catid=31, however much larger and fresher that box is."""
    def rows(catid, month, n):
        return "".join(f'<li><a href="/index.php?m=content&c=index&a=show&catid={catid}&id={catid}{d}">'
                       f"第{d}条消息的标题文字</a><span>2026-{month}-{d:02d}</span></li>" for d in range(1, n + 1))
    html = (f'<div class="left"><h3>乡村振兴</h3><ul>{rows(31, 11, 10)}</ul></div>'
            f'<div class="right"><h2>部门动态</h2><ul>{rows(30, 10, 5)}</ul></div>')
    url = "http://a.gov.cn/index.php?m=content&c=index&a=lists&catid=30"
    page = parse_list(Selector(text=f"<html><body>{html}</body></html>"), url, column=(url, "部门动态"))
    assert {i.url.rsplit("catid=", 1)[1].split("&")[0] for i in page.items} == {"30"}
    assert max(i.date for i in page.items) == date(2026, 10, 5)
