"""示范山阳县 (sy) and two of its departments, listed by domain name (the demo's crawl resolves the names to their
loopback addresses through GOVCHECK_DNS_HOSTS): the identity, domain and date cases.

sy, 山阳县人民政府 at www.sysx.gov.cn: clean, every mark right, under .gov.cn, a letter box and a complete guide:
nothing to find. Its menu links two of its 政府信息公开 columns on the city's platform, another government's domain
(www.sfshi.gov.cn/zfxxgk/sy/), their pages showing the county's code: 人事信息 and 重大决策预公开, being built.
Its 通知公告 page shows the list in an iframe (list.html, which carries the ColumnName too), its
政策文件 page a 信息公开 table whose 成文日期 column, before the 发布日期, is older than the column's limit; its
articles show the same two dates in a table of their facts, and no 发布时间 line. Its 人事任免 (a personnel
column, last updated 200 days ago) carries a ColumnType meta naming its section, 信息公开，政策文件. Its menu and its
site map are written by inline scripts from an array of their own (navData: name, url, children), no link in the
markup: 人事任免, on no homepage block, is found there alone.
syjy, 山阳县教育局 at www.syjyj.gov.cn: a .gov.cn domain outside its government's (sysx.gov.cn), pages showing
another site's code (网站标识码) than the list's, an ICP number of 7 digits, and an article whose own date is 12 days
before the date its list shows (a faked date). Its homepage's freshest block, 工作动态, shows titles alone (the dates
only in the addresses) beside blocks that show theirs. Its 政策文件 list shows each document's 发文日期 (the day it
was issued) before its 发布日期, under a header that is a <div> of <span>s over the <ul>, not a row of the list, and
its articles show both in a table of their facts. Its 规范性文件 page shows its list in an iframe of another host of
its domain (xxgk.syjyj.gov.cn), the newest document 240 days old: a stale policy column. Its 政策解读 link answers
with a 302 to that host's page of the column's list (as a county's 政务公开 columns move to its 信息公开 platform), the
newest 230 days old: a stale first-level policy column, read where it leads. Its menu links 人事信息 and 财政信息
straight at that host (/xxgk/rsxx/), in the platform's template over the bureau's code: two empty columns of its own.
syly, 山阳县文化旅游局 listed at www.sylyw.com: not .gov.cn, and its homepage redirects to ly.sysx.gov.cn (another
registered domain), where the site is; its 公网安备 number has 13 digits. Its articles sit in a folder per day
(/staticpages/20261125/…), and its homepage blocks show titles alone: only the addresses date them, the newest in
the smaller block, and 工作动态, the site's freshest column, has no block on the homepage (as a provincial office's
homepage showed its lists in 2019): its two newest articles are 图片新闻 in a Flash player over the blocks, which an
inline script feeds from arrays of pictures, links and captions (bcastr's picarr, linkarr, textarr, as
www.hangzhou.gov.cn's in 2018), no slide in the markup: the homepage's last update, the newest's address's day.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from govcheck.demo.channels import Guide, letter_box, services
from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, day_path, redirect, trs_path
from govcheck.demo.sites.platform import city_page
from govcheck.demo.web import DemoRequest, Reply

FAKED_DAYS = 12  # the faked article's date lies this many days before its list's
CITY_HOST = "www.sfshi.gov.cn"  # the city's portal, served from sy's address (SiteMeta.also_serves)
CITY_FILES = "/zwgk/szfwj/index.html"  # the city's own 市政府文件 list there, which gx's menu links
CITY_FILE_DAYS = (200, 260, 330)  # how old its documents are: older than a policy column's six months


def city_files(as_of) -> dict[str, Reply]:
    """path -> page of the city's 市政府文件 list and its documents on its own host, in a template that shows no
    网站标识码 (as portals' pages showed none before 2019): another government's pages, no column of a site whose
    menu links them."""
    def page(title: str, body: str) -> Reply:
        text = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
                f'<title>{title}_示范市人民政府</title></head><body>\n<div class="top">示范市人民政府</div>'
                f'<div class="main">{body}</div>\n<div class="footer">主办：示范市人民政府办公室</div>'
                "</body></html>\n")
        return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8"))

    folder, rows, pages = CITY_FILES.rsplit("/", 1)[0], [], {}
    for n, days in enumerate(CITY_FILE_DAYS, 1):
        day, title = as_of - timedelta(days=days), f"示范市人民政府关于印发第{n}批行政审批事项清单的通知"
        body = f"<h1>{title}</h1><p>发布日期：{day:%Y-%m-%d}</p><p>各县区人民政府。</p>"
        pages[f"{folder}/{n}.html"] = page(title, body)
        rows.append(f'<li><a href="{folder}/{n}.html">{title}</a><span>{day:%Y-%m-%d}</span></li>')
    pages[CITY_FILES] = page("市政府文件", f'<h2>市政府文件</h2><ul class="list">{"".join(rows)}</ul>')
    return pages


def _site(meta: SiteMeta, env: Env, org: str, id_start: int, about: str, by_day: bool = False) -> Site:
    """A small fresh TRS-like site: news, notices, policies and a static page, all within their limits. by_day: its
    articles sit in a folder per day, and its homepage blocks show titles alone (the dates only in the addresses)."""
    mk = Maker(meta, env, org, id_start)

    def col(name, slug, type_, newest, count, pool, gap) -> Column:
        path_for = day_path(f"{slug}_") if by_day else trs_path(f"/{slug}/")
        return mk.column(name, f"/{slug}/index.html", type_, newest, count, pool, path_for, gap=gap)

    columns = [col("工作动态", "gzdt", "news", 1, 18, "gov_news", 3),
               col("通知公告", "tzgg", "notice", 9, 12, "notice", 8),
               col("政策文件", "zcwj", "policy", 40, 8, "policy", 15),
               # a static page whose text sits in a box classed like a list: no list, not an empty one
               Column("机构概况", "/jggk/index.html", "other",
                      static_html=f'<div class="list-con"><p>{about}</p></div>')]
    if by_day:  # the homepage's newest item in its smaller block; the site's newest (工作动态's) not on it
        return Site(meta, cms="trs", columns=columns,
                    blocks=[Block("通知公告", 4, dated=False), Block("政策文件", 8, dated=False)])
    return Site(meta, cms="trs", columns=columns,
                blocks=[Block("工作动态", 7), Block("通知公告", 6), Block("政策文件", 5)])


def build_sy(meta: SiteMeta, env: Env) -> Site:
    site = _site(meta, env, "县", 120000, "山阳县位于示范市西部，辖8镇4乡，户籍人口31.2万人。")
    # 通知公告's page shows its list in an iframe of list.html: a list container with no link of its own
    next(c for c in site.columns if c.name == "通知公告").frame = "/tzgg/list.html"
    # 政策文件 as a 信息公开 table: each document's 成文日期 (written 150 days before it was published, older than the
    # policy column's six months for the newest) in its own column before its 发布日期
    policies = next(c for c in site.columns if c.name == "政策文件")
    policies.layout = policies.article_style = "gkml"  # its articles too: 成文日期 in their table before 发布日期
    for item in policies.items:
        item.written = item.published - timedelta(days=150)
    # 人事任免, 200 days since its last item (within a personnel column's year), on pages whose ColumnType meta names
    # their section (信息公开，政策文件), as a city's 信息公开 pages did in 2020
    site.columns.insert(3, Maker(meta, env, "县", 129000).column(
        "人事任免", "/rsrm/index.html", "personnel", 200, 6, "personnel", trs_path("/rsrm/"), gap=30,
        section_type="信息公开，政策文件"))
    # two of its 政府信息公开 columns on the city's platform, another government's domain
    # (www.sfshi.gov.cn/zfxxgk/sy/), over the county's code: 人事信息 (40 days) and 重大决策预公开, being built
    # (栏目建设中): an empty column
    listed = urlsplit(env.bases[meta.site_id])
    platform = listed._replace(path="", netloc=f"{meta.also_serves[0]}:{listed.port}").geturl()
    site.columns.append(Maker(meta, env, "县", 129500).column(
        "人事信息", "/zfxxgk/sy/rsxx/index.html", "personnel", 40, 5, "personnel", trs_path("/zfxxgk/sy/rsxx/"),
        gap=30, away=platform))
    site.columns.append(Column("重大决策预公开", "/zfxxgk/sy/zdjc/index.html", "other", away=platform,
                               empty_text="栏目建设中"))
    site.raw.update(city_files(env.as_of))  # the city's own pages on its host, no column of the county's
    # clean on the other indicators too: a letter box and a services page whose one guide is complete
    site.script_menu = True  # its menu and its site map written by inline scripts from an array of their own
    letter_box(site, "县长信箱", "/hdjl/xzxx.html")
    services(site, "办事服务", [Guide("/bsfw/zn/hjdj.html", "户籍登记")], "山阳县")
    return site


def build_syjy(meta: SiteMeta, env: Env) -> Site:
    site = _site(meta, env, "县", 122000, "山阳县教育局是县人民政府工作部门，主管全县教育工作。")
    # its freshest homepage block shows titles alone (the dates only in the addresses), beside blocks that show dates
    site.blocks[0] = Block("工作动态", 7, dated=False)
    # 发文日期 (the day a document was issued) 150 days before 发布日期 (older than the policy column's six months for
    # the newest), named only by the header <div> over the list; its articles show both in a table of their facts
    policies = site.column("政策文件")
    policies.layout, policies.article_style, policies.written_label = "gkmlhead", "gkml", "发文日期"
    for item in policies.items:
        item.written = item.published - timedelta(days=150)
    # 规范性文件's page shows its list in an iframe of another host of the bureau's domain (xxgk.syjyj.gov.cn), as
    # a county's 信息公开 platform does; its newest document is 240 days old: a stale first-level policy column
    rules = Maker(meta, env, "县", 123000).column("规范性文件", "/gfxwj/index.html", "policy", 240, 6, "policy",
                                                  trs_path("/gfxwj/"), gap=40)
    listed = urlsplit(env.bases[meta.site_id])
    rules.frame = listed._replace(netloc=f"{meta.also_serves[0]}:{listed.port}", path="/gfxwj/list.html").geturl()
    site.columns.insert(3, rules)
    # 政策解读's link answers with a 302 to its list on that host, as a county's 政务公开 columns move to its platform
    readings = Maker(meta, env, "县", 123500).column("政策解读", "/xxgk/zcjd/index.html", "policy", 230, 5, "policy",
                                                     trs_path("/xxgk/zcjd/"), gap=30, entry="/zcjd/index.html")
    moved = listed._replace(netloc=f"{meta.also_serves[0]}:{listed.port}", path=readings.path).geturl()
    site.handlers[readings.entry] = lambda req: redirect(moved)
    site.columns.insert(4, readings)
    faked = site.column("通知公告").items[2]
    faked.article_date = faked.published - timedelta(days=FAKED_DAYS)
    # 人事信息 and 财政信息, linked from its menu straight at its 信息公开 platform (xxgk.syjyj.gov.cn), both being
    # built (栏目建设中): its empty columns, in the platform's template over the bureau's code
    platform = listed._replace(path="", netloc=f"{meta.also_serves[0]}:{listed.port}").geturl()
    header = f'<div class="gk-top"><a href="{env.bases[meta.site_id]}">{meta.name}</a> 政府信息公开</div>'
    for name, slug, type_ in (("人事信息", "rsxx", "personnel"), ("财政信息", "czxx", "other")):
        col = Column(name, f"/xxgk/{slug}/index.html", type_, away=platform)
        site.columns.append(col)
        body = f'<h2>{name}</h2><ul class="list"><li>栏目建设中</li></ul>'
        site.raw[col.path] = city_page(name, body, meta.name, meta.site_code, header)
    site.evidence += [("site_code_mismatch", meta.site_code), ("icp_format", meta.icp),
                      ("domain_not_gov", meta.host)]
    return site


def build_syly(meta: SiteMeta, env: Env) -> Site:
    site = _site(meta, env, "县", 124000, "山阳县文化旅游局是县人民政府工作部门，主管全县文化和旅游工作。",
                 by_day=True)
    listed = urlsplit(env.bases[meta.site_id])
    moved = listed._replace(netloc=f"{meta.moved_to}:{listed.port}").geturl()

    def home(req: DemoRequest) -> Reply | None:
        # the listed name is sent on; the name it moved to is served the homepage
        return redirect(moved) if req.headers.get("host", "").split(":")[0] == meta.host else None

    site.handlers["/"] = site.handlers["/index.html"] = home
    # 图片新闻 in a Flash player an inline script feeds from arrays (bcastr's linkarr, as old city portals did): the
    # homepage's newest items, 工作动态's two newest, in no markup, each dated only by its address's folder
    site.flash_slides = site.column("工作动态").items[:2]
    site.evidence += [("psb_format", meta.police), ("domain_not_gov", meta.host), ("redirect_domain", moved)]
    return site
