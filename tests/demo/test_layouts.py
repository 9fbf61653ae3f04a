"""The demo sites that carry the layouts real portals use (kx, xc, hd, hx): each layout is on the page where the
ground truth says, so an audit that misreads it is caught."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from govcheck.demo.server import DemoServer
from tests.demo.helpers import join, request

AS_OF = date(2026, 11, 26)
DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


@pytest.fixture(scope="module")
def server():
    with DemoServer(AS_OF, port=0, linkhosts=False) as srv:
        yield srv


@pytest.fixture(scope="module")
def truth(server):
    return server.truth()


def page(server, site_id: str, path: str) -> str:
    status, _, body = request(join(server.base_url(site_id), path))
    assert status == 200, path
    return body.decode()


# kx's calendar boxes: the day apart from the year and month, in either order
BOX = re.compile(r'<span class="day">(?P<d1>\d\d)</span><span class="ym">(?P<y1>20\d\d)-(?P<m1>\d\d)</span>'
                 r"|<em>(?P<y2>20\d\d)\.(?P<m2>\d\d)</em><strong>(?P<d2>\d{1,2})</strong>")


def dates(html: str) -> list[date]:
    found = [(m.start(), date(*map(int, m.groups()))) for m in DATE.finditer(html)]
    found += [(m.start(), date(int(m["y1"] or m["y2"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])))
              for m in BOX.finditer(html)]
    return [d for _, d in sorted(found, key=lambda t: t[0])]


def main(html: str) -> str:
    """A page without the boxes beside its content (kx's 今日关注)."""
    return html.split('<div class="col-r">')[0]


def column(truth, site_id: str, name: str) -> dict:
    return next(c for c in truth["sites"][site_id]["columns"] if c["name"] == name)


def days_ago(n: int) -> str:
    return (AS_OF - timedelta(days=n)).isoformat()


def test_the_new_sites_are_judged_as_planted(truth):
    s = truth["sites"]
    assert (s["kx"]["verdict"], s["kx"]["score"], s["kx"]["vetoes"]) == ("qualified", 94.7, [])
    assert (s["xc"]["verdict"], s["xc"]["score"], s["xc"]["could_flip"]) == ("qualified", 98.6, ["columns_empty"])
    assert (s["hd"]["verdict"], s["hd"]["vetoes"]) == ("unqualified", ["columns_stale"])
    assert (s["hx"]["verdict"], s["hx"]["vetoes"]) == ("unqualified", ["columns_empty"])
    verdicts = {c["name"]: c["verdict"] for c in s["xc"]["columns"]}
    assert [n for n, v in verdicts.items() if v == "unverified"] == ["统计信息", "财政预算", "招标采购", "建议提案",
                                                                     "政策解读", "新闻发布会"]
    assert [n for n, v in verdicts.items() if v == "empty"] == ["专项资金", "重点项目", "审计信息"]


def test_frameset_homepage_shows_its_content_in_frames(server, truth):
    home = page(server, "kx", "/")
    assert "<frameset" in home and 'src="/top.html"' in home and 'src="/main.html"' in home and "<a " not in home
    top, frame = page(server, "kx", "/top.html"), page(server, "kx", "/main.html")
    assert 'href="/list.jsp?classid=5"' in top and "网站标识码" not in top
    # its newest items show month-days as [11.25]; the full dates beside them are older
    newest = date.fromisoformat(truth["sites"]["kx"]["homepage_last_update"])
    assert newest.isoformat() == days_ago(2) and f"[{newest:%m.%d}]" in frame and max(dates(frame)) < newest
    assert "网站标识码：4399030001" in frame
    for tag in ("<object data=", "<embed src=", "<source src=", "background:url(", "background-image:url("):
        assert tag in frame


def test_jsp_lists_page_by_query_and_the_homepage_links_a_pager_page(server, truth):
    frame = page(server, "kx", "/main.html")
    assert 'href="/list.jsp?classid=5&amp;page=3"' in frame
    first = page(server, "kx", "/list.jsp?classid=5")
    assert "list.jsp?classid=5&amp;page=2" in first and re.search(r'href="/show\.jsp\?id=\d+"', first)
    third = main(page(server, "kx", "/list.jsp?classid=5&page=3"))
    assert max(dates(third)) < date.fromisoformat(column(truth, "kx", "工作动态")["last_update"]) - timedelta(days=14)


def test_oldest_first_list_has_its_newest_item_on_the_last_page(server, truth):
    want = date.fromisoformat(column(truth, "kx", "通知公告")["last_update"])
    first, last = (main(page(server, "kx", "/list.jsp?classid=6")),
                   main(page(server, "kx", "/list.jsp?classid=6&page=4")))
    assert dates(first) == sorted(dates(first)) and max(dates(first)) < AS_OF - timedelta(days=180)
    assert max(dates(last)) == want and "尾页" in first


def test_pinned_and_unsorted_lists(server, truth):
    policy = main(page(server, "kx", "/list.jsp?classid=7"))
    shown = dates(policy.split('class="list"')[1])
    assert policy.count("置顶</span>") == 2 and shown[0] < shown[2] and max(shown).isoformat() == days_ago(50)
    invest = dates(main(page(server, "kx", "/list.jsp?classid=8")).split('class="list"')[1])
    assert invest.index(max(invest)) not in (0, len(invest) - 1)


def test_query_articles_carry_dead_attachments(server, truth):
    dead = [ln for ln in truth["sites"]["kx"]["links"] if ln["kind"] == "attachment"]
    assert len(dead) == 3 and all("/show.jsp?id=" in ln["source"] for ln in dead)
    for ln in dead:
        assert request(ln["source"])[0] == 200 and request(ln["url"])[0] == 404


def test_side_blocks_header_and_footer_dates_are_not_the_columns(server, truth):
    html = page(server, "xc", "/zwgk/tzgg/")
    assert ("最新信息" in html and "<marquee" in html and "今天是2026年11月26日" in html
            and "更新时间：2026-11-26" in html)
    own = dates(html.split('class="list"')[1].split("</ul>")[0])
    assert max(own).isoformat() == column(truth, "xc", "通知公告")["last_update"] < max(dates(html)).isoformat()
    for name, path in (("专项资金", "/zwgk/zxzj/"), ("重点项目", "/zwgk/zdxm/")):
        empty = page(server, "xc", path)
        assert column(truth, "xc", name)["empty"] and max(dates(empty)) == AS_OF  # dated, yet nothing of its own


def test_every_pager_form_is_served(server):
    for path in ("/zwgk/tzgg/?page=2", "/xwzx/xzdt/list_1.html", "/col/col41/index.html?uid=141&pageNum=2",
                 "/xwzx/gzdt/index_1.html"):
        assert "class=\"list\"" in page(server, "xc", path), path
    assert page(server, "xc", "/xwzx/gzdt/") == page(server, "xc", "/xwzx/gzdt/index.html")
    assert 'href="/xwzx/gzdt/"' in page(server, "xc", "/")  # the menu's link; the block's 更多 is index.html


def test_script_built_lists(server, truth):
    inline = page(server, "xc", "/xwzx/bmdt/")
    assert "fetch('/xwzx/bmdt/data.json')" in inline
    data = json.loads(request(join(server.base_url("xc"), "/xwzx/bmdt/data.json"))[2])
    assert max(i["pubDate"] for i in data["data"]["list"]) == column(truth, "xc", "部门动态")["last_update"]
    loader = page(server, "xc", "/xwzx/spxw/")
    assert "data.json" not in loader and 'src="/xwzx/spxw/loader.js"' in loader
    assert json.loads(request(join(server.base_url("xc"), "/zwgk/sjxx/data.json"))[2])["data"]["list"] == []


def test_unreadable_columns(server):
    budget = page(server, "xc", "/zwgk/czys/")
    own = budget.split('class="list"')[1].split("</ul>")[0]
    links = re.findall(r'href="([^"]+)"', own)
    assert len(links) == 4 and not dates(own) and not any(re.search(r"\d{8}", link) for link in links)
    assert all(request(join(server.base_url("xc"), link))[0] == 503 for link in links)
    with pytest.raises(TimeoutError):
        request(join(server.base_url("xc"), "/zwgk/tjxx/index.html"), timeout=1)


def test_stale_columns_carry_a_fresh_side_block(server, truth):
    for c in truth["sites"]["hd"]["columns"]:
        if not c["stale"]:
            continue
        html = page(server, "hd", "/" + c["url"].split("/", 3)[3])
        assert "最新发布" in html and max(dates(html)) >= AS_OF - timedelta(days=4)
        own = html.split('class="list"')[1]
        if c["name"] == "民生动态":
            assert not dates(own.split("</ul>")[0])
        else:
            assert max(dates(own.split('class="zxfb"')[0])).isoformat() == c["last_update"]


def test_a_list_whose_items_a_script_opens(server, truth):
    """hd's 园区动态: each item runs a script naming its article (an onclick beside a void href, or a javascript:
    href), no plain link to it; a stale column whose only plain dated links are the fresh 最新发布 box."""
    c = column(truth, "hd", "园区动态")
    assert c["stale"] and c["last_update"] == days_ago(60)
    own = page(server, "hd", "/" + c["url"].split("/", 3)[3]).split('class="list"')[1].split("</ul>")[0]
    opened = re.findall(r"window\.open\('([^']+)'\)|openArticle\('([^']+)', 1\)", own)
    assert len(opened) == 12 and all(a or b for a, b in opened) and {bool(a) for a, _ in opened} == {True, False}
    assert not re.search(r'href="/', own) and max(dates(own)).isoformat() == c["last_update"]
    assert all(request(join(server.base_url("hd"), a or b))[0] == 200 for a, b in opened)


def test_calendar_boxes_and_cards(server, truth):
    """kx's 人事信息 shows each date as a calendar box (the day apart from the year and month), its 政策文件 each
    item as a card: one link holding such a box, a heading and a summary. No plain date is written in either list."""
    for name, classid in (("人事信息", 9), ("政策文件", 7)):
        own = main(page(server, "kx", f"/list.jsp?classid={classid}")).split('class="list"')[1].split("</ul>")[0]
        assert not DATE.search(own) and max(dates(own)).isoformat() == column(truth, "kx", name)["last_update"]
    cards = main(page(server, "kx", "/list.jsp?classid=7")).split('class="list"')[1]
    assert re.search(r'<li><a href="/show\.jsp\?id=\d+"[^>]*>(<span class="zd">置顶</span>)?'
                     r'<div class="date">.*?</div><h3>[^<]+</h3><p>[^<]+</p></a></li>', cards)


def test_iframe_homepage_and_the_archive_page(server, truth):
    home = page(server, "hx", "/")
    assert '<iframe id="main" name="main" src="/main.html"' in home and not dates(home.split("footer")[0])
    frame = page(server, "hx", "/main.html")
    assert max(dates(frame)).isoformat() == truth["sites"]["hx"]["homepage_last_update"]
    archive = page(server, "hx", "/dag/index.html")
    assert archive.count("<div") > 3 * 2048 and archive.rindex("/dag/files/hx_1998.pdf") > len(archive) - 5000
    for c in truth["sites"]["hx"]["columns"]:
        if c["empty"]:
            assert "热点新闻" in page(server, "hx", "/" + c["url"].split("/", 3)[3])


def test_a_plain_box_on_every_page_is_told_only_by_recurring(server, truth):
    """kx's 今日关注: no side class, no title the readers know, items in no column's folder; only its showing up on
    every column and article page tells it is the site's."""
    from govcheck.cms.base import marker

    policy = page(server, "kx", "/list.jsp?classid=7")
    box = policy.split('<div class="col-r">')[1]
    assert "今日关注" in box and "今日关注" not in marker("sitewide_blocks")["headings"]
    want = column(truth, "kx", "政策文件")["last_update"]
    assert max(dates(box)).isoformat() > want == max(dates(main(policy))).isoformat()
    article = re.search(r'href="(/show\.jsp\?id=\d+)"', main(policy)).group(1)
    assert box.split("</div></div>")[0] in page(server, "kx", article)


@pytest.mark.parametrize(("site_id", "name", "row"), [
    ("hd", "部门动态", r"<dl><dt><a [^>]+>[^<]+</a></dt><dd>[^<]+</dd></dl>"),
    ("qq", "部门动态", r"<p><a [^>]+>[^<]+</a><span>[^<]+</span></p>"),
    ("qq", "镇街动态", r'<div><a [^>]+>[^<]+</a><span class="time">[^<]+</span></div>'),
])
def test_rows_no_list_element_marks(server, truth, site_id, name, row):
    """Lists whose rows are a <dl> per item, a <p> or a <div> without a class: no <li> or <tr> in them."""
    c = column(truth, site_id, name)
    status, _, body = request(join(server.base_url(site_id), "/" + c["url"].split("/", 3)[3]))
    html = body.decode("gbk" if site_id == "qq" else "utf-8")  # qq is a GBK site
    own = html.split('<div class="list">')[1].split("\n</div>")[0]
    rows = re.findall(row, own)
    assert status == 200 and len(rows) >= 10 and "<li" not in own and "<tr" not in own
    assert max(dates(own)).isoformat() == c["last_update"] and c["stale"]


def test_a_list_shown_in_an_iframe(server, truth):
    """sy's 通知公告: its page's list container holds only an iframe; the framed page holds the list."""
    c = column(truth, "sy", "通知公告")
    sy = server.sites["sy"]  # listed by domain name: asked at its IP
    at = f"http://{sy.meta.ip}:{urlsplit(server.base_url('sy')).port}"
    html = request(join(at, "/tzgg/index.html"), headers={"Host": urlsplit(server.base_url("sy")).netloc})[2].decode()
    box = html.split('<div class="list">')[1].split("</div>")[0]
    assert '<iframe src="/tzgg/list.html"' in box and "<a " not in box and not c["empty"] and not c["stale"]
    framed = request(join(at, "/tzgg/list.html"), headers={"Host": urlsplit(server.base_url("sy")).netloc})[2].decode()
    assert '<meta name="ColumnName" content="通知公告">' in framed
    assert len(re.findall(r"<li><a ", framed)) == 12 and max(dates(framed)).isoformat() == c["last_update"]


def test_a_gkml_table_shows_the_date_of_writing_first(server, truth):
    """sy's 政策文件: 成文日期 150 days before each 发布日期, in the column before it; only the latter is fresh."""
    c = column(truth, "sy", "政策文件")
    at = f"http://{server.sites['sy'].meta.ip}:{urlsplit(server.base_url('sy')).port}"
    html = request(join(at, "/zcwj/index.html"), headers={"Host": urlsplit(server.base_url("sy")).netloc})[2].decode()
    table = html.split('<table class="list gkml"')[1].split("</table>")[0]
    assert "<th>成文日期</th><th>发布日期</th>" in table and not c["stale"]
    pairs = re.findall(r"<td>(20[^<]+)</td><td>(20[^<]+)</td></tr>", table)
    assert len(pairs) == 8 and all(date.fromisoformat(b) - date.fromisoformat(a) == timedelta(days=150)
                                   for a, b in pairs)
    assert max(b for _, b in pairs) == c["last_update"] and max(a for a, _ in pairs) < days_ago(180)


def test_rows_whose_links_a_script_writes(server, truth):
    """zhen's 通知公告: each row's link is written by its own script (document.write); the HTML has dates only."""
    c = column(truth, "zhen", "通知公告")
    own = page(server, "zhen", "/tzgg/index.html").split('class="list"')[1].split("</ul>")[0]
    rows = re.findall(r"<li><script>document\.write\('<a href=\"([^\"]+)\"[^<]*</a>'\);</script>"
                      r'<span class="date">([^<]+)</span></li>', own)
    assert len(rows) == 12 and not re.search(r"<a ", re.sub(r"<script>.*?</script>", "", own))
    assert max(d for _, d in rows) == c["last_update"] and not c["empty"]
    assert all(request(join(server.base_url("zhen"), path))[0] == 200 for path, _ in rows)


def test_pictures_linked_alone(server, truth):
    """qq's 图片新闻 (GBK, no charset anywhere): each item's only link holds a picture without alt."""
    c = column(truth, "qq", "图片新闻")
    html = request(join(server.base_url("qq"), "/ywdt/tpxw/index.html"))[2].decode("gbk")
    own = html.split('class="list"')[1].split("</ul>")[0]
    rows = re.findall(r'<li><a href="[^"]+" target="_blank"><img src="data:[^"]+"[^>]*></a><p class="title">[^<]+</p>'
                      r'<span class="date">([^<]+)</span></li>', own)
    assert len(rows) == 12 and " alt=" not in own and max(rows) == c["last_update"] and c["stale"]


@pytest.mark.parametrize(("name", "path", "row"), [
    ("人才招聘", "/rczp/index.html", r'·<a href="[^"]+"[^>]*>[^<]+</a>&nbsp;&nbsp;\(([^)]+)\)<br>'),
    ("专项规划", "/zxgh/index.html", r'<a href="[^"]+"[^>]*>[^<]+</a><span class="time">([^<]+)</span>'),
    ("工作计划", "/gzjh/index.html", r'<li><a href="[^"]+" target="_blank">[^<]+&nbsp;&nbsp;([^<]+)</a></li>'),
])
def test_rows_no_element_holds(server, truth, name, path, row):
    """rsj's lists of an old portal: links each followed by its date and a <br>, links and date spans in turn, the
    date inside the link's text. Three of the ten long-stale columns its veto needs."""
    c = column(truth, "rsj", name)
    html = request(join(server.base_url("rsj"), path))[2].decode("gbk")
    own = html.split('class="list">')[1].split("</div>")[0].split("</ul>")[0]
    shown = re.findall(row, own)
    assert len(shown) >= 5 and ("<li" in own) == (name == "工作计划")
    assert len(shown) == len(re.findall("<a ", own)) and max(dates("".join(shown))).isoformat() == c["last_update"]
    assert c["stale"] and c["type"] in ("personnel", "plan")


def test_links_that_name_only_an_id(server, truth):
    """hd's 招商动态: each link calls showInfo('N'), a function of the page that opens …/detail.jsp?id=N."""
    c = column(truth, "hd", "招商动态")
    html = page(server, "hd", "/xwzx/zsdt/index.html")
    own = html.split('class="list"')[1].split("</ul>")[0]
    ids = re.findall(r'<a href="javascript:void\(0\);" onclick="showInfo\(\'(\d+)\'\)"', own)
    assert len(ids) == 10 and 'window.open("/xwzx/zsdt/detail.jsp?id=" + id' in html
    assert max(dates(own)).isoformat() == c["last_update"] and c["stale"]
    assert all(request(join(server.base_url("hd"), f"/xwzx/zsdt/detail.jsp?id={i}"))[0] == 200 for i in ids)


def test_links_opened_by_a_script_file(server, truth):
    """xc's 招标采购: each link calls openDoc('N'), defined in a script file the page loads, not in the page: what
    it opens is known only to a browser that clicks, so the column cannot be judged."""
    html = page(server, "xc", "/zwgk/zbcg/index.html")
    own = html.split('class="list"')[1].split("</ul>")[0]
    ids = re.findall(r'<a href="javascript:void\(0\);" onclick="openDoc\(\'(\d+)\'\)"', own)
    assert len(ids) >= 10 and len(dates(own)) == len(ids) and "function openDoc" not in html
    assert '<script src="/js/opendoc.js">' in html and "function openDoc" in page(server, "xc", "/js/opendoc.js")
    assert column(truth, "xc", "招标采购")["verdict"] == "unverified"
    assert all(request(join(server.base_url("xc"), f"/zwgk/zbcg/doc/{i}.html?t=1"))[0] == 200 for i in ids)


def test_a_list_that_jquery_load_brings(server, truth):
    """qq's 政策文件: an empty box that $("#list-box").load("…/list_ajax.html") fills with a table (GBK, its
    charset in the header); the site serves the jQuery it uses."""
    c = column(truth, "qq", "政策文件")
    html = request(join(server.base_url("qq"), "/zwgk/zcwj/index.html"))[2].decode("gbk")
    assert '<div class="list-box" id="list-box"></div>' in html and not dates(html.split("list-box")[1])
    assert '$("#list-box").load("/zwgk/zcwj/list_ajax.html");' in html
    status, headers, body = request(join(server.base_url("qq"), "/zwgk/zcwj/list_ajax.html"))
    rows = re.findall(r'<tr><td class="title"><a href="([^"]+)"', body.decode("gbk"))
    assert status == 200 and "charset=gbk" in headers["Content-Type"] and len(rows) == 18
    assert max(dates(body.decode("gbk"))).isoformat() == c["last_update"] and c["stale"]
    assert request(join(server.base_url("qq"), "/js/jquery.min.js"))[0] == 200


def test_rows_without_links_after_an_empty_list(server, truth):
    """xc's 建议提案: table rows that open their article by openDoc('N') from a script file, with no link at all,
    after an empty <ul class="list"> the template leaves: a list no reader can follow, and no empty column."""
    html = page(server, "xc", "/zwgk/jyta/index.html")
    own = html.split('<ul class="list"></ul>')[1].split("</table>")[0]
    ids = re.findall(r'<tr onclick="openDoc\(\'(\d+)\'\)" style="cursor:pointer"><td class="bt">[^<]+</td>', own)
    assert len(ids) == 10 and len(dates(own)) == 10 and "<a " not in own
    assert column(truth, "xc", "建议提案")["verdict"] == "unverified"
    assert all(request(join(server.base_url("xc"), f"/zwgk/jyta/doc/{i}.html?t=1"))[0] == 200 for i in ids)


def test_a_table_of_dates_of_writing_alone(server, truth):
    """zhen's 规范性文件: 标题, 文号 and 成文日期 only, at addresses that do not look like articles; each article
    says when it was published (30 days after it was written)."""
    c = column(truth, "zhen", "规范性文件")
    html = page(server, "zhen", "/gfxwj/index.html")
    assert "<tr><th>序号</th><th>标题</th><th>文号</th><th>成文日期</th></tr>" in html and "发布日期" not in html
    rows = re.findall(r'<td><a href="(/gfxwj/\d+\.shtml)"[^>]*>[^<]+</a></td><td>[^<]+</td><td>([^<]+)</td></tr>',
                      html)
    assert len(rows) == 8 and c["stale"]
    newest = page(server, "zhen", rows[0][0])
    assert f'content="{c["last_update"]}' in newest
    assert date.fromisoformat(c["last_update"]) - date.fromisoformat(rows[0][1]) == timedelta(days=30)


def test_a_homepage_block_a_script_fills(server, truth):
    """qq's homepage: its 要闻 block, the only fresh one, is an empty list an inline fetch() fills from
    /api/home-0.json; the dated blocks in its HTML are 20 days old or more."""
    html = request(join(server.base_url("qq"), "/"))[2].decode("gbk")
    assert '<ul class="block-list" id="home-0"></ul>' in html and "fetch('/api/home-0.json')" in html
    status, _, body = request(join(server.base_url("qq"), "/api/home-0.json"))
    shown = [i["date"] for i in json.loads(body)["items"]]
    want = truth["sites"]["qq"]["homepage_last_update"]
    assert status == 200 and max(shown) == want and max(dates(html)).isoformat() < days_ago(14) < want


def test_a_menu_laid_out_as_a_classless_table(server, truth):
    """hk's menu: an old table portal's <table> of <td><a> cells, no class nor id naming it (岳西网's, realpage 92);
    人大动态 (stale) is listed by it alone, read there as a first-level column."""
    from parsel import Selector

    from govcheck.cms.navigation import find_column_links

    base = server.base_url("hk")
    html = page(server, "hk", "/")
    site_map = page(server, "hk", "/wzdt/index.html").split('<div class="sitemap">')[1]
    assert "<table border=0 width=820>" in html and "/rddt/index.html" not in site_map
    nav = {c.name: c for c in find_column_links(Selector(text=html), base) if c.source == "nav"}
    assert nav["人大动态"].url == join(base, "/rddt/index.html") and nav["人大动态"].parent is None
    assert column(truth, "hk", "人大动态")["stale"]
