"""The demo portals' pages: the planted problems are where the ground truth says, and nothing else fails."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit

import pytest

from govcheck.demo.build import build_sites, default_bases
from govcheck.demo.gridview import GRID, GRID_PAGINGS
from govcheck.demo.loaded_lists import JS_API
from govcheck.demo.markup import CONAC_IMAGE_PATH, HANWEB_PROXY
from govcheck.demo.pagers import ASPNET_PAGER
from govcheck.demo.portals import PortalHost
from govcheck.demo.server import DemoServer
from govcheck.demo.sites.nav import FORMULA_TEXT, HOSTILE_NAME
from govcheck.demo.web import DemoRequest
from tests.demo.helpers import join, request

AS_OF = date(2026, 11, 26)
CRAWLED = ("qx", "jyj", "qq", "wjw", "zhen", "nav", "rsj")
CHARSET = {"jyj": "gbk", "qq": "gbk", "rsj": "gbk"}
# a status-only check sees these; the others (soft 404, empty page, …) need the judge's reading of the body
STATUS_CATEGORIES = {"http_404", "http_410", "http_403", "http_5xx", "redirect_loop", "too_many_redirects"}
DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        url = a.get("href") if tag in ("a", "link") else a.get("src") if tag in ("img", "script") else None
        if tag == "option" and (a.get("value") or "").startswith(("/", "http")):  # a jump box's entry
            url = a["value"]
        if url:
            self.links.append(url)


@pytest.fixture(scope="module")
def server():
    with DemoServer(AS_OF, port=0) as srv:
        yield srv


@pytest.fixture(scope="module")
def truth(server):
    return server.truth()


def netloc(url: str) -> str:
    try:
        return urlsplit(url).netloc
    except ValueError:  # the planted malformed links
        return ""


TOP_BAR = re.compile(r'<div class="topbar">.*?</div>')  # the site's 更新时间 over every page: no item's date


def text(site_id: str, body: bytes) -> str:
    """A page's markup, without the bar over it that says the site's 更新时间."""
    return TOP_BAR.sub("", body.decode(CHARSET.get(site_id, "utf-8")))


def final_status(url: str, limit: int = 20) -> int | str:
    """The status after following redirects like a browser (at most ``limit``)."""
    seen = set()
    for _ in range(limit + 1):
        status, headers, _ = request(url)
        if status not in (301, 302, 303, 307, 308):
            return status
        if url in seen:
            return "loop"
        seen.add(url)
        url = urljoin(url, headers["Location"])
    return "too_many"


def crawl(base: str, site_id: str) -> dict[str, set[str]]:
    """Every same-site page reachable from the homepage: link target -> pages carrying it."""
    host = urlsplit(base).netloc
    seen, queue, targets = set(), [base], {}
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, headers, body = request(url)
        if status != 200 or "html" not in (headers["Content-Type"] or ""):
            continue
        parser = Links()
        parser.feed(text(site_id, body))
        for href in parser.links:
            if href.startswith(("javascript:", "mailto:", "tel:")):
                continue
            try:
                target = urljoin(url, href)
                urlsplit(target)
            except ValueError:  # "http://[bad/": a planted malformed link, nothing to fetch
                continue
            targets.setdefault(target, set()).add(url)
            page, _ = urldefrag(target)
            if urlsplit(page).netloc == host and not re.search(r"\.(png|jpg|pdf|docx|css|js)$", page):
                queue.append(page)
    return targets


@pytest.mark.parametrize("site_id", CRAWLED)
def test_only_the_planted_links_fail(server, truth, site_id):
    base = server.base_url(site_id)
    host = urlsplit(base).netloc
    targets = crawl(base, site_id)
    failing = {}
    for target in targets:
        page, _ = urldefrag(target)
        if urlsplit(page).netloc == host:
            status = final_status(page)
            if status != 200:
                failing[page] = status
    planted = {x["url"] for x in truth["sites"][site_id]["links"]
               if x["category"] in STATUS_CATEGORIES and netloc(x["url"]) == host}
    assert set(failing) == planted
    # every planted link is on a reachable page, and on the page the truth names
    for link in truth["sites"][site_id]["links"]:
        assert link["source"] in targets.get(link["url"], set()) | {link["source"]}
        if netloc(link["url"]) == host and "#" not in link["url"]:
            assert link["source"] in targets[link["url"]], link


def test_footer_mark_image_is_served_by_the_external_host(server):
    _, _, body = request(server.base_url("nav"))
    src = re.search(r'id="imgConac" src="([^"]+)"', body.decode()).group(1)
    assert src == join(server.host_urls["127.0.0.30"], CONAC_IMAGE_PATH)
    status, headers, _ = request(src)
    assert (status, headers["Content-Type"]) == (200, "image/png")


@pytest.mark.parametrize("site_id", CRAWLED)
def test_list_pages_show_the_truths_last_update(server, truth, site_id):
    model = {c.name: c for c in build_sites(AS_OF, 1, default_bases())[site_id].columns}
    for col in truth["sites"][site_id]["columns"]:
        column, post = model[col["name"]], None
        if column.order == "asc" and len(column.pages()) > 1:
            # oldest first: its last page shows the last update (ASP.NET's: the form posted back with its number)
            last = len(column.pages()) - 1
            if column.paging == "aspnet":
                post = f"__EVENTTARGET={ASPNET_PAGER}&__EVENTARGUMENT={last + 1}".encode()
            elif column.paging in GRID_PAGINGS:  # a GridView's: Page$N
                post = urlencode({"__EVENTTARGET": GRID, "__EVENTARGUMENT": f"Page${last + 1}"}).encode()
            else:
                col = {**col, "url": urljoin(col["url"], column.page_path(last))}
        if post:
            status, _, body = request(urljoin(col["url"], column.path), "POST", post,
                                      {"Content-Type": "application/x-www-form-urlencoded"})
        else:
            status, _, body = request(col["url"])
        assert status == 200
        page = unescape(text(site_id, body))
        assert f'<meta name="ColumnName" content="{col["name"]}">' in page
        if loaded := re.search(r'\$\("#list-box"\)\.load\("([^"]+)"\)', page):  # rows jQuery's .load() brings
            page += unescape(text(site_id, request(urljoin(col["url"], loaded[1]))[2]))
        if fetched := re.search(r"fetch\('([^']+\.json)'\)", page):  # rows a script brings from its JSON
            page += request(urljoin(col["url"], fetched[1]))[2].decode()
        if column.paging == "hanweb" and column.order == "asc":  # oldest first: its last record group
            n = len(column.items)
            group = f"{HANWEB_PROXY}?columnid={column.hanweb_id}&startrecord={n - column.per_page + 1}&endrecord={n}"
            page += text(site_id, request(urljoin(col["url"], group))[2])
        shown = {date(int(y), int(m), int(d)) for y, m, d in DATE.findall(page)}
        past = {d for d in shown if d <= AS_OF}
        if "<th>成文日期</th></tr>" in page:  # dates of writing alone: each before the document was published
            assert max(past).isoformat() < col["last_update"], col["name"]
        elif column.layout == "messages":  # as new as its newest reply, which it shows beside newer letters
            assert col["last_update"] in {d.isoformat() for d in past}, col["name"]
        elif any(i.shown for i in column.items):  # today's rows by their time alone (09:30): the dates are older
            assert max(past).isoformat() < col["last_update"], col["name"]
        elif col["last_update"] and site_id != "nav" and column.style != "md" and not column.undated:
            # (month-days show no year; an undated list no date)
            assert max(past).isoformat() == col["last_update"], col["name"]
        if col["empty"]:
            assert not shown and "/content_" not in page


def test_qx_date_formats_and_future_item(server):
    base = server.base_url("qx")
    pages = {p: request(join(base, p))[2].decode() for p in (
        "/", "/xwzx/gzdt/index.html", "/xwzx/gzdt/xzdt/index.html", "/xxgk/tzgg/index.html", "/xxgk/zcwj/index.html",
        "/xxgk/rsxx/index.html", "/xxgk/ghjh/index.html")}
    d = AS_OF - timedelta(days=2)
    assert f"({d.month:02d}-{d.day:02d})" in pages["/"] and f"t{d:%Y%m%d}_" in pages["/"]
    assert re.search(r"\[20\d\d-\d\d-\d\d\]", pages["/xwzx/gzdt/xzdt/index.html"])
    assert re.search(r"20\d\d年\d{1,2}月\d{1,2}日", pages["/xxgk/tzgg/index.html"])
    assert re.search(r"20\d\d年[1-9]月|年\d{1,2}月[1-9]日", pages["/xxgk/tzgg/index.html"])  # unpadded
    assert re.search(r"20\d\d/\d\d/\d\d", pages["/xxgk/zcwj/index.html"])
    assert re.search(r'<b readlabel="1">20\d\d\.\d\d\.\d\d</b>', pages["/xxgk/rsxx/index.html"])
    assert re.search(r"发布时间：20\d\d-\d\d-\d\d \d\d:\d\d", pages["/xxgk/ghjh/index.html"])
    future = (AS_OF + timedelta(days=20)).isoformat()
    assert future in pages["/"]
    assert 'createPageHTML(3, 0, "index", "html")' in pages["/xxgk/tzgg/index.html"]
    assert ">下一页</a>" in pages["/xxgk/zcwj/index.html"]
    for n in (1, 2):
        assert request(join(base, f"/xxgk/tzgg/index_{n}.html"))[0] == 200
    article = re.search(r'href="(/xwzx/gzdt/\d{6}/t\d{8}_\d+\.html)"', pages["/xwzx/gzdt/index.html"]).group(1)
    body = request(join(base, article))[2].decode()
    assert '<meta name="PubDate" content="' in body and 'class="TRS_Editor"' in body


def test_qx_footer_lacks_only_the_police_number(server):
    body = request(server.base_url("qx"))[2].decode()
    assert "公网安备" not in body
    for mark in ("bszs.conac.cn", "网站标识码：4399210001", "ICP备", "主办单位：", "联系我们", "我为政府网站找错",
                 "网站地图"):
        assert mark in body
    assert '<meta name="SiteIDCode" content="4399210001">' in body
    assert "公网安备" in request(server.base_url("zhen"))[2].decode()


def test_qx_flaky_and_head_405_pages():
    with DemoServer(AS_OF, port=0, linkhosts=False) as fresh:  # the flaky page fails only once per server
        check_special_pages(fresh.base_url("qx"))


def check_special_pages(base: str) -> None:
    assert request(join(base, "/ljcs/sxqd.html"), "HEAD")[0] == 405
    assert request(join(base, "/ljcs/sxqd.html"))[0] == 200
    assert request(join(base, "/ljcs/tjsj.html"))[0] == 503
    assert request(join(base, "/ljcs/tjsj.html"))[0] == 200
    status, _, body = request(join(base, "/ljcs/zdgz2020.html"))
    assert status == 200 and "您访问的页面不存在" in body.decode()
    assert request(join(base, "/ljcs/kbym.html"))[2] == b""
    status, headers, _ = request(join(base, "/ljcs/jbzcjd.html"))
    assert (status, headers["Location"]) == (302, "/404.html") and request(join(base, "/404.html"))[0] == 200


def test_rsj_mixes_list_markups_in_gbk_with_a_complete_footer(server, truth):
    base = server.base_url("rsj")
    home = request(base)[2].decode("gbk")
    for mark in ("bszs.conac.cn", "网站标识码：4399000027", "ICP备", "公网安备",
                 "主办单位：示范市人力资源和社会保障局", "联系我们", "联系电话：", "我为政府网站找错", "网站地图"):
        assert mark in home, mark
    pages = {p: request(join(base, p))[2].decode("gbk") for p in (
        "/sydwzp/index.html", "/sydwzp/index_1.html", "/rsks/index.html", "/fzgh/index.html", "/ndjh/index.html",
        "/gzjh/index.html")}
    assert 'createPageHTML(2, 0, "index", "html")' in pages["/sydwzp/index.html"]  # TRS paging
    assert re.search(r'<span class="date">\[20\d\d-\d\d-\d\d\]</span>', pages["/sydwzp/index.html"])
    assert 'createPageHTML(2, 1, "index", "html")' in pages["/sydwzp/index_1.html"]
    assert re.search(r'<b readlabel="1">20\d\d\.\d\d\.\d\d</b>', pages["/rsks/index.html"])
    assert re.search(r"发布时间：20\d\d-\d\d-\d\d \d\d:\d\d", pages["/fzgh/index.html"])
    assert re.search(r'<td class="date" align="right">20\d\d/\d\d/\d\d</td>', pages["/ndjh/index.html"])
    assert re.search(r"20\d\d年\d{1,2}月\d{1,2}日", pages["/gzjh/index.html"])
    generic = re.search(r'href="(/gzjh/\d{4}-\d\d/\d\d/content_\d+\.html)"', pages["/gzjh/index.html"]).group(1)
    trs = re.search(r'href="(/fzgh/\d{6}/t\d{8}_\d+\.html)"', pages["/fzgh/index.html"]).group(1)
    assert request(join(base, generic))[0] == request(join(base, trs))[0] == 200
    stale = [c for c in truth["sites"]["rsj"]["columns"] if c["stale"]]
    assert len(stale) == 10 and all(f'href="{urlsplit(c["url"]).path}index.html"' in home for c in stale)  # the menu


def test_hanweb_column_and_dataproxy(server, truth):
    base = server.base_url("jyj")
    page = request(join(base, "/col/col8101/index.html"))[2].decode("gbk")
    embedded = re.findall(r"<record><!\[CDATA\[.*?</record>", page, re.S)
    assert len(embedded) == 15 and '<script type="text/xml">' in page and "<nextgroup>" in page
    records = list(embedded)
    for start in (16, 31):
        status, headers, xml = request(join(base, f"/module/web/jpage/dataproxy.jsp?startrecord={start}"
                                                  f"&endrecord={start + 14}&perpage=15"), "POST", b"columnid=8101")
        assert status == 200 and headers.get_content_charset() == "gbk"
        records += re.findall(r"<record><!\[CDATA\[.*?</record>", xml.decode("gbk"), re.S)
    urls = [re.search(r'href="([^"]+)"', r).group(1) for r in records]
    assert len(set(urls)) == 45 and all(re.match(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_8101_\d+\.html$", u) for u in urls)
    assert request(join(base, urls[-1]))[0] == 200
    newest = max(DATE.findall(records[0]))
    assert date(*map(int, newest)).isoformat() == truth["sites"]["jyj"]["columns"][0]["last_update"]
    home, events = request(base)[2].decode("gbk").split("活动预告")
    home, weather = home.split('<div class="weather">')
    assert f"{AS_OF:%Y年%m月%d日} 星期" in weather  # today's date, in a weather box: no item's
    national = re.search(r"<h3>国务院要闻</h3></div><ul>(.*?)</ul>", home, re.S)  # another site's news, fresh
    assert national and "127.0.0.30" in national[1] and max(
        date(*map(int, t)) for t in DATE.findall(national[1])) > AS_OF - timedelta(days=20)
    shown = [date(int(y), int(m), int(d)) for y, m, d in DATE.findall(home.replace(national[1], ""))]
    assert max(shown) == AS_OF - timedelta(days=20)
    assert events.count("活动时间：") == 3 and f"活动时间：{AS_OF - timedelta(days=1)}" in events  # no update


def test_navigation_homepage_and_javascript_list(server):
    base = server.base_url("nav")
    home = request(base)[2].decode()
    assert not DATE.search(home) and "/wldt/index.html" in home
    page = request(join(base, "/hdyg/index.html"))[2].decode()
    assert ('<ul class="list" id="list"></ul>' in page and JS_API in page
            and "<li>" not in page.split('id="list"')[1][:20])
    data = json.loads(request(join(base, JS_API))[2])
    assert max(i["date"] for i in data["items"]) == (AS_OF - timedelta(days=6)).isoformat()
    assert all(request(join(base, i["url"]))[0] == 200 for i in data["items"][:3])


def test_hostile_names_are_text_not_markup(server):
    base = server.base_url("nav")
    page = request(join(base, "/whzt/index.html"))[2].decode()
    title = unescape(re.search(r"<title>(.*?)</title>", page).group(1))
    assert HOSTILE_NAME in title and "<script>" not in page.split("</head>")[0].replace("<script>alert", "")
    assert "<script>alert" not in page
    link = re.search(r'<a href="([^"]+)"[^>]*>' + re.escape(FORMULA_TEXT.replace('"', "&quot;")) + "</a>", page)
    assert link and request(join(base, link.group(1)))[0] == 200


def test_round_two_fixes_qx_homepage_and_wjw_columns():
    with DemoServer(AS_OF, port=0, round=2, linkhosts=False) as two:
        qx, wjw = two.base_url("qx"), two.base_url("wjw")
        assert request(join(qx, "/xxgk/tzwj/download.html"))[0] == 200
        assert request(join(qx, "/images/banner/dongji_aqsc.jpg"))[0] == 200
        page = request(join(wjw, "/wsjd/index.html"))[2].decode()
        assert (AS_OF - timedelta(days=1)).isoformat() in page
        assert request(join(qx, "/ljcs/ycwj.html"))[0] == 404  # everything else the same


def test_round_one_has_the_problems(server):
    assert request(join(server.base_url("qx"), "/xxgk/tzwj/download.html"))[0] == 404
    empty = text("wjw", request(join(server.base_url("wjw"), "/wsjd/index.html"))[2])
    assert not DATE.search(empty.split("footer")[0])


def test_same_as_of_gives_the_same_bytes():
    def pages(srv):
        out = {}
        for site_id in CRAWLED:
            for path in ("/", "/wzdt/index.html", "/ljcs/index.html", "/col/col8101/index.html",
                         "/xxgk/tzgg/index_1.html"):
                body = request(join(srv.base_url(site_id), path))[2]
                out[site_id, path] = re.sub(rb"(127\.0\.0\.\d+):\d+", rb"\1:PORT", body)
        return out
    with DemoServer(AS_OF, port=0, linkhosts=False) as a:
        first = pages(a)
    with DemoServer(AS_OF, port=0, linkhosts=False) as b:
        second = pages(b)
    assert first == second


def test_rendering_is_pure_for_given_bases():
    bases = default_bases()
    def render():
        return {sid: {p: r.body for p, r in PortalHost(site, bases).routes.items()}
                for sid, site in build_sites(AS_OF, 1, bases).items()}
    assert render() == render()
    other = build_sites(AS_OF + timedelta(days=1), 1, bases)["qx"]
    assert PortalHost(other, bases).respond(DemoRequest("GET", "/", {}, {})).body != render()["qx"]["/"]
