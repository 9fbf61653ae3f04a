"""示范市粮食和物资储备局 (lsj): a bureau whose every page loads its header, its menu in it, from an HTML fragment of
its own (`$("#header").load("/public/header.html")`): no menu link in any page's HTML, its site map's neither.

Its homepage's one block, 工作动态 (news, 2 days), leads to its column by 更多 and keeps the homepage fresh. Only the
menu leads to its five other columns, all out of date: 通知公告 (notice, 220 days), whose rows hold no link and open
their articles by an onclick of their own (<tr onclick="window.open('…')">, the title and the date in its cells),
政策法规 (policy, 260 days), 流通动态 (news, 30 days), 储备动态 (news, 45 days) and 安全生产动态 (news, 60 days). Five
stale news, notice and policy columns: the site fails (columns_stale).

粮油价格资讯 (20 days) publishes the grain and oil markets' prices, a week's survey after another: price data, no
动态要闻 column for its 资讯, and not timed (not stale).
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 640000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str, **kw):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9, **kw)

    columns = [col("工作动态", "gzdt", "news", 2, "gov_news"),
               col("通知公告", "tzgg", "notice", 220, "notice", layout="tropen"),
               col("政策法规", "zcfg", "policy", 260, "policy"),
               col("流通动态", "ltdt", "news", 30, "gov_news"),
               col("储备动态", "cbdt", "news", 45, "gov_news"),
               col("安全生产动态", "aqsc", "news", 60, "gov_news"),
               col("粮油价格资讯", "lyjg", "other", 20, "price")]
    return Site(meta, cms="trs", columns=columns, blocks=[Block("工作动态", 6)], header_load=True)
