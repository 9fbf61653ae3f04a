"""Sites on an intensive platform (集约化平台): a subsite's pages told from its platform's by the 网站标识码 they
show."""

from __future__ import annotations

from datetime import date

from scrapy.utils.defer import deferred_f_from_coro_f

from govcheck.cms.identity import shown_site_code
from govcheck.items import ColumnItem, PageItem
from govcheck.spiders.base import page_selector
from govcheck.spiders.platform import other_units, own_by_sponsor, page_owner
from govcheck.spiders.portal import PortalSpider
from tests.spiders.helpers import response
from tests.spiders.test_base import built

HEADER = "site_id,name,url,site_code,sponsor,kind,region,status,note\n"
CITY = "city,示范市人民政府,http://www.sfcity.gov.cn/,4399000001,示范市人民政府办公室,portal,示范市,active,\n"
FGW = ("fgw,示范市发展和改革委员会,http://www.sfcity.gov.cn/col/col1001/index.html,4399000101,示范市发展和改革委员会,"
       "department,示范市,active,\n")
QX = "qx,示范县人民政府,http://qx.sfcity.gov.cn/,4399210001,示范县人民政府办公室,portal,示范县,active,\n"


def spider_over(tmp_path, *rows):
    path = tmp_path / "sites.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return built(PortalSpider, tmp_path, path)


def page(code: str | None, body: str = "", footer: bool = False) -> str:
    meta = f'<meta name="SiteIDCode" content="{code}">' if code and not footer else ""
    foot = f'<div class="footer">网站标识码：{code}</div>' if code and footer else ""
    return f"<html><head>{meta}<title>页面</title></head><body>{body}{foot}</body></html>"


def sel_of(html: str, url: str = "http://www.sfcity.gov.cn/col/col10/index.html"):
    return page_selector(response(url, html))


def test_a_page_belongs_to_the_site_whose_code_it_shows():
    others = {"4399000001": "city"}
    assert page_owner(None, "4399000101", others, "fgw") == "fgw"  # no code shown: its address decides
    assert page_owner("4399000101", "4399000101", others, "fgw") == "fgw"
    assert page_owner("4399000001", "4399000101", others, "fgw") == "city"
    assert page_owner("4399000009", "4399000101", others, "fgw") is None  # the platform's: no audited site's
    assert page_owner("4399000001", None, others, "fgw") == "city"
    assert page_owner("4399000009", None, others, "fgw") == "fgw"  # the site's own code unknown: nothing to tell


def test_the_code_a_page_shows_by_its_meta_or_its_footer():
    assert shown_site_code(sel_of(page("4399000001"))) == "4399000001"
    assert shown_site_code(sel_of(page("4399000001", footer=True))) == "4399000001"
    assert shown_site_code(sel_of(page(None))) is None


def test_a_subsite_is_a_site_listed_in_a_folder_or_sharing_its_host(tmp_path):
    alone = spider_over(tmp_path, FGW)
    assert alone.subsite(alone.by_id["fgw"])
    assert alone.platform_sibling(alone.by_id["fgw"], "http://www.sfcity.gov.cn/col/col1002/index.html")
    assert not alone.platform_sibling(alone.by_id["fgw"], "http://qx.sfcity.gov.cn/xydt/")
    assert alone.home_folder(alone.by_id["fgw"]) == "www.sfcity.gov.cn/col/col1001/"
    both = spider_over(tmp_path, CITY, FGW, QX)
    assert both.home_folder(both.by_id["city"]) == both.home_folder(both.by_id["qx"]) == ""
    assert both.subsite(both.by_id["city"]) and both.subsite(both.by_id["fgw"])
    assert not both.subsite(both.by_id["qx"])  # its own host, at its root: every page of it is its own


def test_a_page_of_a_subsites_host_is_the_site_its_code_names(tmp_path):
    spider = spider_over(tmp_path, CITY, FGW, QX)
    city, fgw, qx = (spider.by_id[s] for s in ("city", "fgw", "qx"))
    home = sel_of(page("4399000101"), "http://www.sfcity.gov.cn/col/col1001/index.html")
    assert spider.page_site(fgw, home, {"home": True}) is fgw
    # the department's column under the city's folder of columns, reached as the city's page
    assert spider.page_site(city, sel_of(page("4399000101")), {}) is fgw
    # the county's 信息公开 on the city's platform (www.sfcity.gov.cn/zfxxgk/qx/): the county's
    assert spider.page_site(city, sel_of(page("4399210001")), {}) is qx
    assert spider.page_site(fgw, sel_of(page("4399000001")), {}) is city
    assert spider.page_site(fgw, sel_of(page(None)), {}) is fgw
    assert spider.page_site(fgw, sel_of(page("4399000777")), {}) is None
    assert spider.crawler.stats.get_value("govcheck/platform_pages") == 1  # counted for the crawl's summary


def test_a_portal_at_the_root_of_its_host_leaves_out_the_sites_its_platform_hosts(tmp_path):
    """A city portal listed without its departments' sites, which its platform hosts (/site/fgw/, /col/col1001/):
    their pages show their codes, not the city's homepage's."""
    spider = spider_over(tmp_path, CITY)
    city = spider.sites[0]
    assert not spider.subsite(city)
    assert spider.page_site(city, sel_of(page("4399000101")), {}) is city  # its homepage's code not yet known
    spider.page_site(city, sel_of(page("4399000001", footer=True), "http://www.sfcity.gov.cn/"), {"home": True})
    assert spider.page_site(city, sel_of(page("4399000101")), {}) is None
    assert spider.page_site(city, sel_of(page("4399000001")), {}) is city
    assert spider.page_site(city, sel_of(page(None)), {}) is city


def test_a_site_whose_pages_all_show_a_wrong_code_keeps_them(tmp_path):
    """A template copied from another site's: every page, the homepage too, shows the same wrong code (a finding of
    its own, site_code_mismatch), and every page is still the site's."""
    spider = spider_over(tmp_path, QX)
    qx = spider.sites[0]
    spider.page_site(qx, sel_of(page("4399000001"), "http://qx.sfcity.gov.cn/"), {"home": True})
    assert spider.page_site(qx, sel_of(page("4399000001"), "http://qx.sfcity.gov.cn/xydt/"), {}) is qx


def test_a_page_showing_another_code_is_the_sites_own_only_when_its_footer_names_the_sites_sponsor():
    assert own_by_sponsor("示范市文化和旅游局", None, "示范市文化和旅游局")
    assert own_by_sponsor("示范市文化和旅游局", "示范市文化和旅游局", " 示范市文化和旅游局")
    assert not own_by_sponsor("示范市旅游局", None, "示范市文化和旅游局")  # another office's sponsor
    assert not own_by_sponsor(None, None, "示范市文化和旅游局")
    assert not own_by_sponsor("", None, "")  # nothing listed to tell it by
    # a department's site on its city's platform, under the city's sponsor: the department's, not the city's
    assert not own_by_sponsor("示范市人民政府办公室", "示范市教育局", "示范市人民政府办公室")


def old_page(code: str, sponsor: str, undertaker: str = "") -> str:
    more = f" 承办单位：{undertaker}" if undertaker else ""
    return page(code, footer=True, body=f'<div class="footer">主办单位：{sponsor}{more} 地址：示范市文化路8号</div>')


WHJ = "whj,示范市文化和旅游局,http://www.sfwhj.gov.cn/,4399000068,示范市文化和旅游局,department,示范市,active,\n"


def test_a_reorganised_offices_old_pages_showing_a_former_code_stay_its_own(tmp_path):
    """机构改革: the former 旅游局's columns, merged into the bureau's site, keep its code beside the bureau's
    sponsor: the bureau's own pages, the former code noted for its finding. A page of another code and another
    sponsor, or the city's sponsor over another unit that runs it, is not the site's."""
    spider = spider_over(tmp_path, WHJ, CITY, FGW)
    whj, city = spider.by_id["whj"], spider.by_id["city"]
    spider.page_site(whj, sel_of(page("4399000068", footer=True), "http://www.sfwhj.gov.cn/"), {"home": True})
    meta: dict = {}
    assert spider.page_site(whj, sel_of(old_page("4399000069", "示范市文化和旅游局")), meta) is whj
    assert meta["old_code"] == "4399000069"
    meta = {}
    assert spider.page_site(whj, sel_of(old_page("4399000069", "示范市旅游局")), meta) is None and not meta
    spider.page_site(city, sel_of(page("4399000001", footer=True), "http://www.sfcity.gov.cn/"), {"home": True})
    hosted = old_page("4399000102", "示范市人民政府办公室", "示范市教育局")  # a department no list names
    assert spider.page_site(city, sel_of(hosted), {}) is None
    # another listed site's code is that site's page, whatever sponsor it names
    fgw = spider.by_id["fgw"]
    spider.page_site(fgw, sel_of(page("4399000101"), fgw.url), {"home": True})
    assert spider.page_site(fgw, sel_of(old_page("4399000001", "示范市发展和改革委员会")), {}) is city


LIST = "".join(f'<li><a href="/art/2026/11/{d}/art_12_{d}.html">第{d}条消息</a><span>2026-11-{d:02d}</span></li>'
               for d in (20, 15, 10))


@deferred_f_from_coro_f
async def test_the_platforms_column_linked_from_a_departments_header_is_no_column_of_the_department(tmp_path):
    spider = spider_over(tmp_path, FGW)
    fgw = spider.sites[0]
    spider.page_site(fgw, sel_of(page("4399000101"), fgw.url), {"home": True})  # its homepage, read first
    url = "http://www.sfcity.gov.cn/col/col12/index.html"
    hint = {"name": "互动交流", "parent": None, "top_level": True, "source": "menu", "level": 1}
    meta = dict(spider.page_request(url, fgw, 1, column=hint).meta)
    html = page("4399000001", '<h2>互动交流</h2><ul class="list"><li>栏目建设中</li></ul>')
    out = [x async for x in spider.parse_page(response(url, html, meta=meta))]
    assert not [i for i in out if isinstance(i, ColumnItem | PageItem)]  # checked as a link, never read


@deferred_f_from_coro_f
async def test_a_departments_column_reached_as_the_citys_page_is_read_as_the_departments(tmp_path):
    spider = spider_over(tmp_path, CITY, FGW)
    city = spider.by_id["city"]
    url = "http://www.sfcity.gov.cn/col/col1002/index.html"
    meta = dict(spider.page_request(url, city, 1).meta)
    html = page("4399000101",
                f'<meta name="ColumnName" content="工作动态"><h2>工作动态</h2><ul class="list">{LIST}</ul>')
    out = [x async for x in spider.parse_page(response(url, html, meta=meta))]
    (item,) = [i for i in out if isinstance(i, PageItem)]
    assert item.site_id == "fgw"
    (column,) = [i for i in out if isinstance(i, ColumnItem)]
    assert (column.site_id, column.name, max(column.dates)) == ("fgw", "工作动态", date(2026, 11, 20))


HX = "hx,湖西县人民政府,http://hx.sfcity.gov.cn/,4399220001,湖西县人民政府办公室,portal,湖西县,active,\n"


def test_a_platform_on_another_host_of_the_sites_domain_lends_it_pages(tmp_path):
    """A county's 信息公开 columns at its city's platform (xxgk.sfcity.gov.cn/hx/, www.sfcity.gov.cn/zfxxgk/hx/, or
    on another government's domain):
    requested as the county's, marked; another domain's, or an audited site's host, not. Linked from such a page,
    only under its folder: the hub's own columns, not the platform's other pages."""
    spider = spider_over(tmp_path, HX, FGW)
    hx = spider.by_id["hx"]
    assert spider.borrowed(hx, "http://xxgk.sfcity.gov.cn/hx/zcwj/")
    assert not spider.borrowed(hx, "http://hx.sfcity.gov.cn/xydt/")  # its own host
    assert not spider.borrowed(hx, "http://www.sfcity.gov.cn/col/col1002/index.html")  # fgw's host: an audited site's
    # its city's platform on another government's domain, as a county on a domain of its own has it (www.hx.gov.cn
    # beside www.city.gov.cn): read only where the page shows its code; not a domain outside .gov.cn
    assert spider.borrowed(hx, "http://www.other.gov.cn/zfxxgk/hx/")
    assert not spider.borrowed(hx, "http://xxgk.other.com.cn/hx/")
    hub = "http://xxgk.sfcity.gov.cn/hx/index.html"
    assert spider.borrowed(hx, "http://xxgk.sfcity.gov.cn/hx/rsxx/", hub)
    assert not spider.borrowed(hx, "http://xxgk.sfcity.gov.cn/yy/rsxx/", hub)
    assert spider.borrow(spider.page_request("http://xxgk.sfcity.gov.cn/hx/zcwj/", hx, 1), hx).meta["borrowed"]
    assert "borrowed" not in spider.borrow(spider.page_request("http://hx.sfcity.gov.cn/xydt/", hx, 1), hx).meta


def test_a_platforms_page_is_the_sites_only_by_its_code(tmp_path):
    spider = spider_over(tmp_path, HX)
    hx = spider.sites[0]
    url = "http://xxgk.sfcity.gov.cn/hx/zcwj/"
    assert spider.page_site(hx, sel_of(page("4399220001"), url), {"borrowed": True}) is hx
    assert spider.page_site(hx, sel_of(page(None), url), {"borrowed": True}) is None  # no code: nothing says so
    assert spider.page_site(hx, sel_of(page("4399000001"), url), {"borrowed": True}) is None


def test_a_platform_that_shows_no_code_lends_the_site_the_columns_its_navigation_leads_to(tmp_path):
    """A county's 信息公开 platform showing no 网站标识码 at all (gkmlpt's): the columns the site's menu, or that hub's
    tree under its folder, leads to are the site's, never dropped; a page showing another code still is not."""
    spider = spider_over(tmp_path, HX)
    hx = spider.sites[0]
    url = "http://xxgk.sfcity.gov.cn/hx/zcwj/"
    hint = {"name": "规范性文件", "parent": "政府信息公开", "top_level": False, "source": "sub", "level": 2}
    assert spider.page_site(hx, sel_of(page(None), url), {"borrowed": True, "column": hint}, url) is hx
    assert spider.page_site(hx, sel_of(page("4399000001"), url), {"borrowed": True, "column": hint}) is None


@deferred_f_from_coro_f
async def test_a_column_the_menu_links_at_a_platform_of_its_domain_is_read_as_the_sites(tmp_path):
    spider = spider_over(tmp_path, HX)
    hx = spider.sites[0]
    url = "http://xxgk.sfcity.gov.cn/hx/zcwj/"
    hint = {"name": "政策文件", "parent": None, "top_level": True, "source": "nav", "level": 1}
    request = spider.borrow(spider.page_request(url, hx, 1, column=hint), hx)
    rows = "".join(f'<li><a href="/hx/zcwj/202605/t202605{d:02d}_{d}.html">第{d}号文件</a><span>2026-05-{d:02d}</span>'
                   "</li>" for d in (20, 10, 1))
    html = page("4399220001", f'<h2>政策文件</h2><ul class="list">{rows}</ul>')
    out = [x async for x in spider.parse_page(response(url, html, meta=dict(request.meta)))]
    (column,) = [i for i in out if isinstance(i, ColumnItem)]
    assert (column.site_id, column.url, column.name, max(column.dates)) == ("hx", url, "政策文件", date(2026, 5, 20))
    assert spider.site_for("http://xxgk.sfcity.gov.cn/hx/zcwj/202605/t20260520_20.html") is None  # never adopted


def box(col: int, *days: int) -> str:
    rows = "".join(f'<li><a href="/art/2026/{m}/{d}/art_{col}_{m}{d}.html">第{d}条消息</a><span>2026-{m:02d}-{d:02d}'
                   "</span></li>" for m, d in days)
    return f'<div class="box"><h3>栏目{col}</h3><ul class="list">{rows}</ul></div>'


async def read_home(tmp_path, body: str):
    path = tmp_path / "sites.csv"
    path.write_text(HEADER + FGW, encoding="utf-8")
    spider = built(PortalSpider, tmp_path, path, as_of="2026-12-01")
    fgw = spider.sites[0]
    meta = dict(spider.page_request(fgw.url, fgw, 0, home=True).meta)
    out = [x async for x in spider.parse_page(response(fgw.url, page("4399000101", body), meta=meta))]
    (home,) = [i for i in out if isinstance(i, PageItem) and i.is_homepage]
    return spider, home, [r for r in out if getattr(r, "callback", None) == spider.parse_home_owner]


@deferred_f_from_coro_f
async def test_a_hanweb_departments_homepage_asks_whose_its_fresh_box_is(tmp_path):
    """The city's 要闻 (art_13_…, 1 day) beside the department's stale 工作动态 (art_1002_…, 40 days), every site's
    articles under /art/: the city's box, which alone keeps the homepage fresh, is left out until its article says
    whose it is."""
    spider, home, asked = await read_home(tmp_path, box(13, (11, 30), (11, 27)) + box(1002, (10, 22), (10, 12)))
    assert home.newest_date == date(2026, 10, 22)
    (request,) = asked
    assert request.url == "http://www.sfcity.gov.cn/art/2026/11/30/art_13_1130.html"
    owners = list(spider.parse_home_owner(response(request.url, page("4399000001"), meta=request.meta)))
    assert [(i.newest_date, i.unread, i.home_frame) for i in owners] == [(None, False, True)]  # the city's
    owners = list(spider.parse_home_owner(response(request.url, page("4399000101"), meta=request.meta)))
    assert [(i.newest_date, i.unread) for i in owners] == [(date(2026, 11, 30), False)]  # the department's own
    failed = list(spider.parse_home_owner(response(request.url, "", status=503, meta=request.meta)))
    assert [(i.newest_date, i.unread) for i in failed] == [(None, True)]  # unknown: never stale


@deferred_f_from_coro_f
async def test_each_box_that_could_keep_a_departments_homepage_fresh_is_asked_once(tmp_path):
    body = box(13, (11, 30), (11, 27)) + box(13, (11, 29)) + box(1002, (11, 22), (11, 12))
    _, home, asked = await read_home(tmp_path, body)
    assert home.newest_date is None and home.dated_items == 0  # until an article says whose they are
    assert sorted(r.url.rsplit("/", 1)[1] for r in asked) == ["art_1002_1122.html", "art_13_1130.html"]
    _, home, asked = await read_home(tmp_path, box(13, (10, 30), (10, 27)) + box(1002, (10, 22), (10, 12)))
    assert home.newest_date == date(2026, 10, 30) and asked == []  # stale whoever's its boxes are


def test_a_platforms_root_naming_other_units_tells_their_folders():
    """A shared platform's index (xxgk.sfcity.gov.cn/) names the units it hosts: the folders of all but the site's
    are other units'; one naming no unit, or a single one, tells none (a county's own platform's tree)."""
    own = ("湖西县人民政府", "湖西县人民政府办公室")
    links = [("湖西县人民政府", "http://xxgk.sfcity.gov.cn/hx/index.html"), ("规范性文件", "http://x/zcwj/"),
             ("示范市司法局", "http://xxgk.sfcity.gov.cn/sfj/index.html"), ("示范市教育局", "http://x/jyj/")]
    assert other_units(links, own) == {"/sfj/", "/jyj/"}
    assert other_units(links[:3], own) == frozenset()
    assert other_units([("政府信息公开指南", "http://x/zn/"), ("人事信息", "http://x/rsxx/")], own) == frozenset()


@deferred_f_from_coro_f
async def test_a_shared_platforms_root_lends_the_site_none_of_the_other_units_folders(tmp_path):
    """The menu's 政府信息公开 at the root of a code-less platform hosting several units' 信息公开: its tree's
    columns of the site's are followed as its, the other units' folders it names never."""
    spider = spider_over(tmp_path, HX)
    hx = spider.sites[0]
    url = "http://xxgk.sfcity.gov.cn/index.shtml"
    hint = {"name": "政府信息公开", "parent": None, "top_level": True, "source": "nav", "level": 1}
    request = spider.borrow(spider.page_request(url, hx, 1, column=hint), hx)
    menu = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in (
        ("规范性文件", "/hx/zcwj/"), ("人事信息", "/hx/rsxx/"), ("示范市司法局", "/sfj/index.html"),
        ("示范市教育局", "/jyj/index.html")))
    html = page(None, f'<div class="nav"><ul>{menu}</ul></div><h2>政府信息公开</h2><p>本平台集中发布政府信息。</p>')
    out = [x async for x in spider.parse_page(response(url, html, meta=dict(request.meta)))]
    asked = {r.url for r in out if getattr(r, "meta", {}).get("column") is not None}
    assert asked == {"http://xxgk.sfcity.gov.cn/hx/zcwj/", "http://xxgk.sfcity.gov.cn/hx/rsxx/"}
