"""示范云山镇人民政府 (ys): a township portal on a PHP template of the kind 帝国CMS and PHPCMS sites carry.

Its 镇务动态 (news, 15 days) shows each date with a two-digit year, [26-11-11], and puts its articles at addresses
named by a word and a number (/zwdt/art_901.html); its articles show the whole date. 领导活动 (news, 1 day) is written
row by row by one script inside its <ul>, from an array of its own. The homepage is fresh only by its 头条 carousel,
four 领导活动 items that /js/focus.js builds from a JSON data island of the page (`<script type="application/json">`,
each item's pubDate); its blocks are older: 镇务动态 15 days, 工作动态 (news) 20 days, 通知公告 (notice) 40 days.
镇务动态 and 工作动态 are stale; the other columns are within their limits. Menus link 图片新闻 (news, 5 days) by
/tpxw/index.html, a page that shows nothing and sends the visitor on to list/index.html by a script
(window.location.href). 政务动态 (news, 42 days: stale) is in the menu and the site map as a <li> whose onclick sends
the visitor there (window.location.href='…'), no link to it anywhere. 政务活动 (news), on the homepage too, shows each
date with its weekday (2026-11-26 星期四): its newest item was put up on the check date, the next 16 days before.
乡村振兴 (3 days; its name names no timed type) and 部门动态 (news, 40 days: stale) sit at PHPCMS's dynamic addresses
(index.php?m=content&c=index&a=lists&catid=30), no folder of their own; 部门动态's page shows, left of its own list of
five, a larger dated box of 乡村振兴's ten newest, headed by that column's name. Five static pages show, under what
they show, their list template saying it has nothing (暂无信息, 暂无数据, 暂无内容): 领导之窗 its leaders' cards,
行政区划 a map, 镇情图集 a gallery, 组织机构 an org chart, 便民导航 a grid of links to the town's offices. No empty
column among them; nor is 信息公开, a hub of its sub-columns' icons in a box classed as a menu (gk-nav), over the
same template's 暂无信息. A 新闻中心 link on the homepage leads
to a channel page of three columns' boxes (镇务动态, 工作动态, 部门动态: their five newest, under each name and a 更多
link): no column of its own, whose stale boxes counted again would be a fifth stale news column. 政务联播 (news, 30
days) rolls the county's and its departments' news into one list: a fifth stale news column, and the site fails.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path
from govcheck.demo.web import Reply

CHANNEL = "/xwzx/index.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 160000)
    town = mk.column("镇务动态", "/zwdt/index.html", "news", 15, 10, "town_news", lambda d, i: f"/zwdt/art_{i}.html",
                     gap=3, style="yy", paging="next")
    news = mk.column("工作动态", "/gzdt/index.html", "news", 20, 10, "town_news", generic_path("/gzdt/"), gap=5,
                     paging="next")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 8, "notice", generic_path("/tzgg/"), gap=12,
                        paging="next")
    # every row written by one script in the list from an array of its own: no row in the markup
    leaders = mk.column("领导活动", "/ldhd/index.html", "news", 1, 8, "town_news", generic_path("/ldhd/"), gap=4,
                        layout="scriptloop", paging="none")
    # menus link /tpxw/index.html, a page that sends the visitor on to the list by a script (list/index.html)
    pictures = mk.column("图片新闻", "/tpxw/list/index.html", "news", 5, 8, "town_news", generic_path("/tpxw/"),
                         gap=4, paging="next", entry="/tpxw/index.html")
    # its menu entry and the site map's a <li> whose onclick sends the visitor there: no link to it anywhere
    affairs = mk.column("政务动态", "/zwdt2/index.html", "news", 42, 8, "gov_news", generic_path("/zwdt2/"), gap=6,
                        paging="next", onclick=True)
    # each row's date with its weekday (2026-11-26 星期四), the newest put up on the check date, the next 16 days
    # before: a clock's look, in a list
    events = mk.column("政务活动", "/zwhd/index.html", "news", 0, 6, "gov_news", lambda d, i: f"/zwhd/{i}.html",
                       gap=5, style="wd", paging="next")
    for item in events.items[1:]:
        item.published -= timedelta(days=16)
    # PHPCMS's dynamic addresses (index.php?…&catid=N: no folder of its own): 部门动态's page shows, left of its own
    # list of five (stale), a larger dated box of 乡村振兴's ten newest (fresh), headed by that column's name
    def php(catid, action="show"):
        return lambda d, i: f"/index.php?a={action}&c=index&catid={catid}&id={i}&m=content"

    rural = mk.column("乡村振兴", "/index.php?a=lists&c=index&catid=31&m=content", "other", 3, 12, "town_news",
                      php(31), gap=2, paging="none")
    depts = mk.column("部门动态", "/index.php?a=lists&c=index&catid=30&m=content", "news", 40, 5, "gov_news", php(30),
                      gap=8, paging="none", box_before=("乡村振兴", tuple(rural.items[:10])))
    # the county's and its departments' news rolled into one list: news, whatever its name
    relay = mk.column("政务联播", "/zwlb/index.html", "news", 30, 8, "gov_news", generic_path("/zwlb/"), gap=6,
                      paging="next")
    # static pages over their list template's line saying it has nothing: what they show is no list
    nothing = '<ul class="list"><li class="nodata">暂无信息</li></ul>'
    img = f'<img src="{BLANK_GIF}" width="800">'
    offices = [("党政办公室", "dzb"), ("经济发展办公室", "jjb"), ("社会事务办公室", "swb")]
    static = [
        Column("领导之窗", "/ldzc/index.html", "other", static_html="".join(
            f'<div class="card"><a href="/bmdh/{slug}.html"><img src="{BLANK_GIF}" alt="{name}"></a>'
            f"<p>{name}负责人</p></div>" for name, slug in offices) + nothing),
        Column("行政区划", "/xzqh/index.html", "other",
               static_html=f'<p>{img}</p><div class="list-con"><p>暂无数据</p></div>'),
        Column("镇情图集", "/zqtj/index.html", "other",
               static_html=f'<div class="pics">{img}{img}{img}</div>{nothing}'),
        Column("组织机构", "/zzjg/index.html", "other",
               static_html=f'<div class="content">{img}</div><div class="list"><span>暂无内容</span></div>'),
        Column("便民导航", "/bmdh/index.html", "other", static_html='<div class="grid">' + "".join(
            f'<a href="/bmdh/{slug}.html">{name}</a>' for name, slug in offices) + f"</div>{nothing}"),
    ]
    # a hub of its sub-columns' icons in a box classed as a menu, over its template's 暂无信息
    subs = [mk.column(name, f"/xxgk/{slug}/index.html", "other", newest, 6, "other", generic_path(f"/xxgk/{slug}/"),
                      gap=20) for name, slug, newest in (("财政信息", "czxx", 10), ("统计信息", "tjxx", 20))]
    static.append(Column("信息公开", "/xxgk/index.html", "other", static_html='<div class="gk-nav">' + "".join(
        f'<a href="{c.path}"><img src="{BLANK_GIF}"><span>{c.name}</span></a>' for c in subs) + f"</div>{nothing}"))
    site = Site(meta, cms="generic", columns=[town, news, notices, leaders, pictures, affairs, events, rural, depts,
                                              relay, *static, *subs],
                blocks=[Block("镇务动态", 8, "yy"), Block("工作动态", 8), Block("通知公告", 6),
                        Block("政务活动", 4, "wd")],
                carousel=leaders.items[:4], home_links=[(CHANNEL, "新闻中心")])
    for name, slug in offices:
        site.pages[f"/bmdh/{slug}.html"] = (name, f"<h2>{name}</h2><p>{name}在云山镇政府大院办公。</p>")
    site.raw[CHANNEL] = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                              channel_page((town, news, depts)).encode("utf-8"))
    return site


def channel_page(columns) -> str:
    """新闻中心: a channel page of its columns' boxes, each its five newest under its name and a 更多 link to it."""
    boxes = "".join(
        f'<div class="box"><div class="box-hd"><h3>{c.name}</h3><a class="more" href="{esc(c.path)}">更多&gt;&gt;</a>'
        "</div><ul>" + "".join(f'<li><a href="{esc(i.path)}">{esc(i.title)}</a><span>{i.published.isoformat()}</span>'
                               "</li>" for i in c.items[:5]) + "</ul></div>" for c in columns)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>新闻中心 - 示范云山镇人民政府</title>'
            '<meta name="ColumnName" content="新闻中心"></head><body>\n'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>\n'
            f'<div class="channel">{boxes}</div>\n</body></html>\n')
