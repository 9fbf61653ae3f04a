"""示范市自然资源和规划局 (zrzy): a bureau whose header, its menu in it, a script file of its own writes where every
page includes it, alone under <body> (`<script src="/include/head.js">`, document.write): no menu link in the pages'
HTML, and no navigation box around the script.

Its homepage's block 自然资源要闻 (news, 1 day) leads to its column by 更多 and keeps the homepage fresh. Only the menu
leads to 通知公告 (notice, 20 days), 政策文件 (policy, 300 days: stale, 5 points off) and 规划动态 (news, 25
days: stale). The site passes, two of its columns out of date.
政策文件 lists its documents' files alone, titles without a date, each linking the PDF that TRS names by the day it
was put up (/zcwj/P020260131123456789012.pdf: P0, the day, a serial): the only place the list's dates show.

The menu leads to two pages of 专题 too, each a sentence beside a box of links to its 专题's lists, named by no menu
word. 专题专栏 leads to the 专题 under way, 耕地保护动态 (news, 5 days) and 生态修复动态 (news, its last news
2026-09-30: stale, a column of the site like any other, named 专题 or not), and to 主题教育工作动态, whose page says
under its heading 本专题已归档 (its last news 2024-06-28); 往期专题 to the 专题 that ended, 疫情防控动态 (its last news
2023-01-08) and 党史学习教育动态 (2021-12-20). An archived 专题 is kept to be read, no column that should be updated:
not timed, whatever its name says. Typed news by their 动态, the three would be stale news columns beside 政策文件,
规划动态 and 生态修复动态: six, and the site would fail.
专题专栏 also leads to two 专题 that are sub-sites of their own, each a folder under /zt/ with its own small homepage
(a banner naming the 专题, its own menu from a 首页 of its own folder, a block of each column's newest with its 更多)
and its columns in folders under its own: 扫黑除恶专项斗争 (/zt/shce/: 工作动态, its last news 2021-03-15, and
媒体报道, 2021-01-10) and 2024年全国两会 (/zt/lhzt/: 两会动态, 2024-03-12, and 两会要闻, 2024-03-11), finished and
legitimately old. A 专题's sub-site is an archive of its event, not the site's columns to update: its columns are read
(their links checked) under the 专题专栏 › 专题 they sit in, not timed, whatever their names say; its homepage is no
column. Timed as news (four stale news columns beside 规划动态 and 生态修复动态: six), the site would fail.
A third 专题 sub-site, 乡村振兴 (/zt/xczx/), has a homepage that answers 500 (a broken link, no column): never
read. 专题专栏 lists it with links to its columns after its name, and the homepage's 最新专题 box links two of them;
each column's breadcrumb starts at the 专题's homepage (首页 > 工作动态). Its 工作动态 (2022-09-20), 媒体报道
(2022-09-12) and 基层资讯 (2022-08-30) are an archive of the 专题 all the same, under 专题专栏 › 乡村振兴 (the name
专题专栏's link gives its folder), untimed; read as the bare sub-site 乡村振兴's news columns, three stale news
columns beside 规划动态, 生态修复动态 and 政策文件 would make six, and the site would fail. Its 通知公告, which never
listed anything (暂无信息), is an empty column (空白栏目) as any other: a blank column shows whatever the 专题's state.
A fourth, 河长制 (/zt/hzz/), no page links and its homepage is never reached: the homepage's 最新专题 box links its
河长动态 (2023-05-10) and 河湖资讯 (2023-04-26), whose breadcrumbs run from the site's 首页 through the index and the
专题 (首页 > 专题专栏 > 河长制 > 河长动态): the record of a 专题 all the same, under 专题专栏 › 河长制, untimed; read
as 河长制's news columns, two stale news columns beside 规划动态, 生态修复动态 and 政策文件 would make five, and the
site would fail.
"""

from __future__ import annotations

from datetime import date

from govcheck.demo.column import Column
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, more_blocks, trs_path
from govcheck.demo.web import Reply

MENU_JS = "/include/head.js"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def trs_file(col_dir: str):
    """TRS's name of a file put up on day d: P0, the day, a serial of 12 digits."""
    return lambda d, i: f"{col_dir}P0{d:%Y%m%d}{i * 7919 % 10**12:012d}.pdf"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 660000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9)

    files = mk.column("政策文件", "/zcwj/index.html", "policy", 300, 8, "policy", trs_file("/zcwj/"), gap=9,
                      undated=True)
    columns = [col("自然资源要闻", "zryw", "news", 1, "gov_news"), col("通知公告", "tzgg", "notice", 20, "notice"),
               files, col("规划动态", "ghdt", "news", 25, "gov_news")]
    columns += topics(mk, env)
    raw = {i.path: Reply(200, {"Content-Type": "application/pdf"}, PDF) for i in files.items}
    for name, folder, own in topic_sites(mk, env):
        columns += own
        raw[f"{folder}index.html"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                                           topic_home(name, folder, own).encode())
    unread = unread_topic(mk, env)
    columns += unread
    river = crumb_topic(mk, env)
    columns += river
    raw[f"{UNREAD[1]}index.html"] = Reply(500, {"Content-Type": "text/html; charset=utf-8"},
                                          b"<html><body><h1>500 Internal Server Error</h1></body></html>")
    box = "".join(f'<li><a href="{esc(c.path)}">{topic}·{esc(c.name)}</a></li>'
                  for topic, cs in ((UNREAD[0], unread[:2]), (RIVER[0], river)) for c in cs)
    site = Site(meta, cms="trs", columns=columns, blocks=[Block("自然资源要闻", 6)], menu_js=MENU_JS, menu_box="",
                raw=raw, hubs=(TOPICS, PAST), homepage_html=f'<div class="zxzt"><h3>最新专题</h3><ul>{box}</ul></div>')
    site.links.append(PlantedLink(f"{UNREAD[1]}index.html", "/zt/index.html", UNREAD[0], "http_5xx", "broken"))
    return site


TOPICS, PAST = "专题专栏", "往期专题"


def topics(mk: Maker, env: Env) -> list[Column]:
    """专题专栏 and 往期专题: each a page of its 专题's lists; the archived ones not timed."""
    def topic(name: str, folder: str, type_: str, last: date, parent: str, **kw) -> Column:
        newest = (env.as_of - last).days
        return mk.column(name, f"{folder}index.html", type_, newest, 6, "gov_news", trs_path(folder), gap=12,
                         parent=parent, **kw)

    current = [topic("耕地保护动态", "/zt/gdbh/", "news", env.as_of.replace(day=21), TOPICS),
               topic("生态修复动态", "/zt/stxf/", "news", date(2026, 9, 30), TOPICS),
               topic("主题教育工作动态", "/zt/ztjy/", "other", date(2024, 6, 28), TOPICS, banner="本专题已归档")]
    past = [topic("疫情防控动态", "/zt/wqzt/yqfk/", "other", date(2023, 1, 8), PAST),
            topic("党史学习教育动态", "/zt/wqzt/dsxx/", "other", date(2021, 12, 20), PAST)]

    def hub(name: str, path: str, leaves: list[Column], sentence: str) -> Column:
        links = "".join(f'<li><a href="{esc(c.path)}">{esc(c.name)}</a></li>' for c in leaves)
        return Column(name, path, "other", static_html=f'<p>{sentence}</p><div class="zt-box"><ul>{links}</ul></div>')

    sub_sites = [Column(name, f"{folder}index.html", "other") for name, folder, _ in TOPIC_SITES]
    name, folder, cols = UNREAD  # its name, then its columns beside it
    sub_sites += [Column(name, f"{folder}index.html", "other"),
                  *(Column(col, f"{folder}{slug}/index.html", "other") for col, slug, _ in cols)]
    return [hub(TOPICS, "/zt/index.html", current + sub_sites,
                "本栏目集中发布本局围绕中心工作开设的专题，专题结束后转入往期专题，供公众查阅。"), *current,
            hub(PAST, "/zt/wqzt/index.html", past,
                "以下专题已结束并归档，不再更新，保留相关信息供公众查阅，请点击专题名称进入。"), *past]


# 专题 that are sub-sites of their own: (name, folder, [(column, folder under it, last news)])
TOPIC_SITES = (("扫黑除恶专项斗争", "/zt/shce/", (("工作动态", "gzdt", date(2021, 3, 15)),
                                              ("媒体报道", "mtbd", date(2021, 1, 10)))),
               ("2024年全国两会", "/zt/lhzt/", (("两会动态", "lhdt", date(2024, 3, 12)),
                                               ("两会要闻", "lhyw", date(2024, 3, 11)))))


# a 专题 sub-site whose homepage answers 500: its columns (the last, 通知公告, never listed anything)
UNREAD = ("乡村振兴", "/zt/xczx/", (("工作动态", "gzdt", date(2022, 9, 20)), ("媒体报道", "mtbd", date(2022, 9, 12)),
                                    ("基层资讯", "jczx", date(2022, 8, 30)), ("通知公告", "tzgg", None)))


def unread_topic(mk: Maker, env: Env) -> list[Column]:
    """乡村振兴's columns: untimed, under 专题专栏 › 乡村振兴, their breadcrumbs starting at its homepage (which
    answers 500: a broken link, no column)."""
    name, folder, cols = UNREAD
    place, home = f"{TOPICS} › {name}", f"{folder}index.html"
    own = [mk.column(col, f"{folder}{slug}/index.html", "other", (env.as_of - last).days, 6, "gov_news",
                     trs_path(f"{folder}{slug}/"), gap=8, parent=place, home=home) if last else
           Column(col, f"{folder}{slug}/index.html", "other", parent=place, home=home,
                  empty_text='<ul class="list"><li>暂无信息</li></ul>') for col, slug, last in cols]
    return own


# a 专题 sub-site no page links, its homepage never reached: its columns' breadcrumbs run from the site's 首页
RIVER = ("河长制", "/zt/hzz/", (("河长动态", "hzdt", date(2023, 5, 10)), ("河湖资讯", "hhzx", date(2023, 4, 26))))


def crumb_topic(mk: Maker, env: Env) -> list[Column]:
    """河长制's columns, reached by the homepage's 最新专题 box alone: 首页 > 专题专栏 > 河长制 > 河长动态, 首页 the
    site's; untimed, under 专题专栏 › 河长制."""
    name, folder, cols = RIVER
    return [mk.column(col, f"{folder}{slug}/index.html", "other", (env.as_of - last).days, 6, "gov_news",
                      trs_path(f"{folder}{slug}/"), gap=9, parent=f"{TOPICS} › {name}") for col, slug, last in cols]


def topic_sites(mk: Maker, env: Env) -> list[tuple[str, str, list[Column]]]:
    """Each 专题 sub-site's name, folder and columns: untimed, under 专题专栏 › the 专题, their breadcrumbs starting at
    the 专题's own homepage."""
    out = []
    for name, folder, cols in TOPIC_SITES:
        own = [mk.column(col, f"{folder}{slug}/index.html", "other", (env.as_of - last).days, 6, "gov_news",
                         trs_path(f"{folder}{slug}/"), gap=10, parent=f"{TOPICS} › {name}", home=f"{folder}index.html")
               for col, slug, last in cols]
        out.append((name, folder, own))
    return out


def topic_home(name: str, folder: str, columns: list[Column]) -> str:
    """A 专题's own homepage: its banner, its menu from a 首页 of its own folder, a block of each column's newest."""
    menu = "".join(f'<li><a href="{esc(c.path)}">{esc(c.name)}</a></li>' for c in columns)
    blocks = more_blocks(columns, "zt-block")
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{esc(name)}专题</title></head><body>"
            f'<div class="zt-banner"><h1>{esc(name)}</h1><a href="/">返回示范市自然资源和规划局</a></div>'
            f'<div class="zt-nav"><ul><li><a href="{folder}index.html">首页</a></li>{menu}</ul></div>'
            f'<div class="zt-main">{blocks}</div>'
            '<div class="zt-foot"><p>主办：示范市自然资源和规划局</p></div></body></html>\n')
