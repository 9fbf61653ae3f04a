"""示范梅山县人民政府 (ms): a county portal that hosts its towns' sub-sites under its own
domain, none of them with a 网站标识码 of its own, and whose menu keeps each group's columns far from its heading.

Its menu's headings (新闻中心, 政务公开) link nowhere (javascript:void(0)), each an <li id="dmndivida2"
onMouseOver="ChangeFoldern(…)"> of the menu's list; each group's columns sit in a hidden list after the whole menu,
joined to its heading by id alone (<div id="submenu"><ul id="tdmndivida2" style="display:none">, 瑞昌's EWCMS
header): 要闻动态 (news, 1 day), 部门动态 (news, 30 days: stale) under 新闻中心, beside the county's press
conferences, 新闻发布厅 (40 days) and 政府新闻发布 (60 days), as 四川's and 邯郸's portals name theirs: the indicators'
解读回应, timed as 政策解读 (policy, not first-level), no 动态要闻 column for their 新闻 (read as news, the fourth and
fifth stale news columns would veto the site);
通知公告 (notice, 200 days) and 政策文件 (policy, 220 days) under 政务公开: stale, but no first-level columns, so
they do not count towards the veto. 乡镇街道, under 政务公开 too, is a grid of links to its towns' sub-sites,
安边镇 (/xzjd/abz/) and 新兴乡 (/xzjd/xxx/): each a homepage of its own (its title and heading name the town, its
own menu from a 首页 of its own folder to its columns, its blocks) in a folder just under 乡镇街道's. A town's
sub-site without a code of its own is part of the county's site (the county publishes its towns' information in
its portal): its columns are the county's, each under the town's name, never first-level (whatever their pages'
breadcrumbs say: 首页 > 镇务动态, 首页 the town's homepage); its homepage is no column (its blocks are its
columns' newest). 安边镇's 镇务动态 (news, 45 days) and 新兴乡's 乡务动态 (news, 60 days) are stale, and so are
their 公示公告 (notice, 300 days) and 规范性文件 (policy, 400 days), under their towns (安边镇's 公示公告 under its own
menu's 政务公开 heading, a bare link in a box of its <li>, <div class="sub-nav">: under 安边镇 › 政务公开). Three
stale news columns, no stale first-level notice or policy: the site passes (read as first-level, two notices and two
policies would veto it).
Its homepage's 乡镇动态 box shows each town column's newest, its row's [安边镇] tag a plain link to that column (no
更多, no menu): the crawl may reach a town's column there before the town's homepage, its breadcrumb 首页 > 公示公告
(首页 the town's homepage) still no first-level column's: under the town, whichever link the crawl followed first.
A third town, 新城镇 (/xzjd/xcz/), is in the grid too, but its homepage answers 500
(a broken link; no column, the homepage of the sub-site its columns' breadcrumbs lead to,
read or not): never read. Its 工作动态 (news, 5 days) and 镇政府文件 (policy, 250 days:
stale), which the 乡镇动态 box's tags lead to, say 首页 > 镇政府文件 in their breadcrumbs,
首页 the town's homepage at its folder: under the town (the name the grid's link gives that
folder), never first-level, though no menu of the town's places them (read as a first-level
policy column, the stale one would take 5 points off).
Its 政府信息公开, under 政务公开 in its menu, is its 信息公开 platform on another host of its domain (xxgk.msx.gov.cn,
as a gkmlpt-style platform serves a county's): a hub whose tree links its columns' folders, each page in the
platform's own template showing no 网站标识码 at all. Linked by the site's menu, they are its columns (the indicators
count a government's 信息公开 columns as its site's), under 政府信息公开: 规范性文件 (policy, 200 days: stale, not
first-level), 人事信息 (personnel, 90 days) and 财政预决算 (other, 30 days). The menu's 政府信息公开 is a page at
the platform's root folder (/gkml.html), whose menu names the other units the platform hosts, each in a folder of
its own (梅山县司法局 /sfj/, 梅山县教育局 /jyj/, …), each unit's index an empty box: not the county's columns (read
as its, four empty columns more would veto it).
Its site map page, titled by the site's name alone as its template titles every page, lists 应急管理 beside the
menu's groups: a first-level column no menu shows, its list box empty and saying nothing (an empty column).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from govcheck.demo.column import Column
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, more_blocks, trs_path
from govcheck.demo.web import Reply

NEWS, OPEN = "新闻中心", "政务公开"
PLATFORM = (("规范性文件", "zcwj", "policy", 200, 5), ("人事信息", "rsxx", "personnel", 90, 4),
            ("财政预决算", "czyjs", "other", 30, 3))
# other units whose 信息公开 the platform hosts, each in a folder of its own
UNITS = (("梅山县司法局", "sfj"), ("梅山县教育局", "jyj"), ("梅山县人力资源和社会保障局", "rsj"),
         ("梅山县财政局", "czj"))
TOWNS = (("安边镇", "abz", "镇务动态", "公示公告", "notice", 45, 300, OPEN),
         ("新兴乡", "xxx", "乡务动态", "规范性文件", "policy", 60, 400, None))
# a town whose homepage answers 500: its columns reached by the 乡镇动态 box's tags alone, placed by their breadcrumbs
UNREAD_TOWN = ("新城镇", "xcz", "工作动态", "镇政府文件", "policy", 5, 250)


def town_home(town: str, folder: str, columns: list[Column]) -> str:
    """A town's homepage: its own title, heading and menu (首页 at its folder; a column under a heading of the town's,
    parent `town › heading`, a bare link in a box of the heading's <li>), a block of each column's newest."""
    menu = "".join(
        f'<li><a href="{esc(c.path)}">{esc(c.name)}</a></li>' if c.parent == town else
        f'<li class="nav-item"><a href="javascript:void(0)">{esc(c.parent.split(" › ")[-1])}</a><div class="sub-nav">'
        f'<a href="{esc(c.path)}">{esc(c.name)}</a></div></li>' for c in columns)
    blocks = more_blocks(columns)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{town}人民政府</title></head><body>"
            f'<div class="town-head"><h1>{town}人民政府</h1><a href="/">返回梅山县人民政府</a></div>'
            f'<div class="nav"><ul><li><a href="{folder}index.html">首页</a></li>{menu}</ul></div>'
            f'<div class="main">{blocks}</div>'
            f'<div class="footer"><p>主办：{town}人民政府</p></div></body></html>\n')


def town_news(rows) -> str:
    """The county homepage's 乡镇动态 box: each row a town's tag linking its column, then the article and its day."""
    lines = "".join(f'<li><a class="lm" href="{esc(c.path)}">[{esc(town)}]</a><a href="{esc(i.path)}">{esc(i.title)}'
                    f'</a><span>{i.published:%Y-%m-%d}</span></li>' for town, c, i in rows)
    return f'<div class="block xzdt"><div class="block-hd"><h3>乡镇动态</h3></div><ul>{lines}</ul></div>'


def platform_page(title: str, body: str, units: bool = False) -> Reply:
    """A page of the county's 信息公开 platform: its own template, its tree of columns, no 网站标识码; its root's
    (`units`) also the other units' folders it hosts."""
    tree = "".join(f'<li><a href="/xxgk/{slug}/">{esc(name)}</a></li>' for name, slug, *_ in PLATFORM)
    nav = "".join(f'<li><a href="/{slug}/index.html">{esc(name)}</a></li>' for name, slug in UNITS)
    text = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{esc(title)}_梅山县政府信息公开</title></head><body>"
            '<div class="xxgk-head"><h1>梅山县政府信息公开</h1></div>'
            + (f'<div class="nav"><ul>{nav}</ul></div>' if units else "") + '<div class="xxgk-main"><div class="left">'
            f'<ul class="tree">{tree}</ul></div><div class="right">{body}</div></div>'
            '<div class="xxgk-foot"><p>主办：梅山县人民政府办公室</p></div></body></html>\n')
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode())


def platform(mk: Maker, env: Env, meta: SiteMeta) -> tuple[Column, list[Column], dict[str, Reply]]:
    """The 政府信息公开 hub on the platform's host, its columns and their pages (path -> reply)."""
    listed = urlsplit(env.bases[meta.site_id])
    away = listed._replace(path="", netloc=f"{meta.also_serves[0]}:{listed.port}").geturl()
    hub = Column("政府信息公开", "/gkml.html", "other", parent=OPEN, away=away, static_html="<p>政府信息公开</p>")
    raw = {hub.path: platform_page("政府信息公开", '<div class="intro"><p>本平台集中发布梅山县人民政府及其工作部门依法'
                                                 "主动公开的政府信息，公众可按栏目查阅。</p></div>", units=True)}
    for name, slug in UNITS:  # another unit's, its index an empty box: never the county's (empty) column
        raw[f"/{slug}/index.html"] = platform_page(name, (
            f'<div class="position">当前位置：<a href="/gkml.html">政府信息公开</a> &gt; <span>{esc(name)}</span>'
            f'</div><h2>{esc(name)}</h2><ul class="list"></ul>'))
    columns = []
    for name, slug, type_, days, count in PLATFORM:
        col = mk.column(name, f"/xxgk/{slug}/index.html", type_, days, count, type_ if type_ != "other" else "notice",
                        trs_path(f"/xxgk/{slug}/"), gap=25, parent=hub.name, away=away)
        rows = "".join(f'<li><a href="{esc(i.path)}">{esc(i.title)}</a><span>{i.published:%Y-%m-%d}</span></li>'
                       for i in col.items)
        raw[col.path] = raw[f"/xxgk/{slug}/"] = platform_page(name, (
            '<div class="position">当前位置：<a href="/gkml.html">政府信息公开</a> &gt; '
            f'<span>{esc(name)}</span></div><h2>{esc(name)}</h2><ul class="list">{rows}</ul>'))
        columns.append(col)
    return hub, columns, raw


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "县", 540000)
    top = mk.column("要闻动态", "/ywdt/index.html", "news", 1, 10, "gov_news", trs_path("/ywdt/"), gap=3, parent=NEWS)
    depts = mk.column("部门动态", "/bmdt/index.html", "news", 30, 8, "gov_news", trs_path("/bmdt/"), parent=NEWS)
    # the county's press conferences, held every month or two: the indicators' 解读回应, no 动态要闻 column
    press = [mk.column(name, f"/{slug}/index.html", "policy", days, 5, "press", trs_path(f"/{slug}/"), gap=45,
                       parent=NEWS)
             for name, slug, days in (("新闻发布厅", "xwfbt", 40), ("政府新闻发布", "zfxwfb", 60))]
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 200, 6, "notice", trs_path("/tzgg/"), gap=20,
                        parent=OPEN)
    policy = mk.column("政策文件", "/zcwj/index.html", "policy", 220, 6, "policy", trs_path("/zcwj/"), gap=30,
                       parent=OPEN)
    grid = "".join(f'<li><a href="/xzjd/{slug}/index.html">{town}</a></li>'
                   for town, slug, *_ in (*TOWNS, UNREAD_TOWN))
    towns = Column("乡镇街道", "/xzjd/index.html", "other", parent=OPEN,
                   static_html=f'<div class="xzjd-grid"><ul>{grid}</ul></div>')
    # in no menu, listed by the site map alone, whose page's title is the site's name: nothing put up, its list box
    # empty and saying nothing
    emergency = Column("应急管理", "/yjgl/index.html", "other", empty_text='<ul class="list"></ul>')
    hub, public, raw = platform(mk, env, meta)
    site = Site(meta, cms="trs", columns=[top, depts, *press, notices, policy, towns, emergency, hub, *public],
                raw=raw, blocks=[Block("要闻动态", 6), Block("部门动态", 6)],
                menu_groups=[(NEWS, ["要闻动态", "部门动态", *(c.name for c in press)]),
                             (OPEN, ["通知公告", "政策文件", "乡镇街道", hub.name])],
                group_apart=True, sitemap_title=meta.name, hubs=(towns.name,))  # the towns' grid alone leads on
    rows = []
    for town, slug, news_name, doc_name, doc_type, news_days, doc_days, heading in TOWNS:
        folder = f"/xzjd/{slug}/"
        own = [mk.column(news_name, f"{folder}zwdt/index.html", "news", news_days, 6, "gov_news",
                         trs_path(f"{folder}zwdt/"), gap=20, parent=town, home=f"{folder}index.html"),
               mk.column(doc_name, f"{folder}gsgg/index.html", doc_type, doc_days, 4, doc_type,
                         trs_path(f"{folder}gsgg/"), gap=40, parent=f"{town} › {heading}" if heading else town,
                         home=f"{folder}index.html")]
        site.columns += own
        site.raw[f"{folder}index.html"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                                                town_home(town, folder, own).encode())
        rows += [(town, c, c.items[0]) for c in own]
    town, slug, news_name, doc_name, doc_type, news_days, doc_days = UNREAD_TOWN
    folder = f"/xzjd/{slug}/"
    own = [mk.column(news_name, f"{folder}gzdt/index.html", "news", news_days, 6, "gov_news",
                     trs_path(f"{folder}gzdt/"), gap=20, parent=town, home=f"{folder}index.html"),
           mk.column(doc_name, f"{folder}zfwj/index.html", doc_type, doc_days, 4, doc_type,
                     trs_path(f"{folder}zfwj/"), gap=40, parent=town, home=f"{folder}index.html")]
    # the town's homepage, 乡镇街道's link at its folder, answers 500: a broken link, no column (its columns' 首页)
    site.columns += own
    site.raw[f"{folder}index.html"] = Reply(500, {"Content-Type": "text/html; charset=utf-8"},
                                            b"<html><body><h1>500 Internal Server Error</h1></body></html>")
    site.links.append(PlantedLink(f"{folder}index.html", towns.path, town, "http_5xx", "broken"))
    rows += [(town, c, c.items[0]) for c in own]
    site.homepage_html = town_news(rows)
    site.home_items = [i for *_, i in rows]
    return site
