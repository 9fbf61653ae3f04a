"""示范云山镇人民政府 (ys): a township portal on a PHP template of the kind 帝国CMS and PHPCMS sites carry.

Its freshest column, 镇务动态 (news, 3 days), shows each date with a two-digit year, [26-11-23], and puts its
articles at addresses named by a word and a number (/zwdt/art_901.html); its articles show the whole date. On the
homepage that block is the only fresh one: 工作动态 (news, 20 days) and 通知公告 (notice, 40 days) are older, so a
reader of four-digit years alone finds the homepage stale. 工作动态 is stale; the other columns are within their
limits. 领导活动 (news, 2 days) is written row by row by one script inside its <ul>, from an array of its own.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 160000)
    town = mk.column("镇务动态", "/zwdt/index.html", "news", 3, 10, "town_news", lambda d, i: f"/zwdt/art_{i}.html",
                     gap=3, style="yy", paging="next")
    news = mk.column("工作动态", "/gzdt/index.html", "news", 20, 10, "town_news", generic_path("/gzdt/"), gap=5,
                     paging="next")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 8, "notice", generic_path("/tzgg/"), gap=12,
                        paging="next")
    # every row written by one script in the list from an array of its own: no row in the markup
    leaders = mk.column("领导活动", "/ldhd/index.html", "news", 2, 8, "town_news", generic_path("/ldhd/"), gap=4,
                        layout="scriptloop", paging="none")
    return Site(meta, cms="generic", columns=[town, news, notices, leaders],
                blocks=[Block("镇务动态", 8, "yy"), Block("工作动态", 8), Block("通知公告", 6)])
