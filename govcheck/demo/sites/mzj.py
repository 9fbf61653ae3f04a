"""示范市民政局 (mzj): a department site on 动易 (PowerEasy SiteWeaver) whose homepage is fresh, its dates only in its
links' tooltips.

Its homepage's blocks, 民政动态 (news, 3 days) and 通知公告 (notice, 12 days), list titles alone at addresses without
a date (/Article/ShowArticle.asp?ArticleID=N): each link's title attribute says 文章标题, 作者, 更新时间 and 点击数, as
动易's article lists write it, and each block has an old article pinned on its top ([置顶], 300 and 400 days). The
column pages list the same articles with their dates. The site passes: its homepage was updated 3 days ago.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Item, Site, SiteMeta
from govcheck.demo.sites import Env, Maker

ARTICLE = "/Article/ShowArticle.asp?ArticleID={}"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 270000)
    news = mk.column("民政动态", "/mzdt/index.html", "news", 3, 10, "gov_news", lambda d, i: ARTICLE.format(i), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 12, 8, "notice", lambda d, i: ARTICLE.format(i),
                        gap=10)
    for col, days, title in ((news, 300, "示范市民政局年度工作要点"), (notices, 400, "示范市民政局政务公开工作制度")):
        col.items.insert(0, Item(title, ARTICLE.format(mk.ids()), mk.day(days), pinned=True))
    return Site(meta, cms="generic", columns=[news, notices],
                blocks=[Block("民政动态", 8, layout="tiptitle"), Block("通知公告", 6, layout="tiptitle")])
