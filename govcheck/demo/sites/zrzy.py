"""示范市自然资源和规划局 (zrzy): a bureau whose header, its menu in it, a script file of its own writes where every
page includes it, alone under <body> (`<script src="/include/head.js">`, document.write): no menu link in the pages'
HTML, and no navigation box around the script.

Its homepage's block 自然资源要闻 (news, 1 day) leads to its column by 更多 and keeps the homepage fresh. Only the menu
leads to 通知公告 (notice, 20 days), 政策文件 (policy, 300 days: stale, 5 points off) and 规划动态 (news, 25
days: stale). The site passes, two of its columns out of date.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

MENU_JS = "/include/head.js"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 660000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9)

    columns = [col("自然资源要闻", "zryw", "news", 1, "gov_news"), col("通知公告", "tzgg", "notice", 20, "notice"),
               col("政策文件", "zcwj", "policy", 300, "policy"), col("规划动态", "ghdt", "news", 25, "gov_news")]
    return Site(meta, cms="trs", columns=columns, blocks=[Block("自然资源要闻", 6)], menu_js=MENU_JS, menu_box="")
