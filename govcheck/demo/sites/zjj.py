"""示范市住房和城乡建设局 (zjj): a department site whose address opens a splash page before its homepage.

Its listed address shows a picture and a button's picture, 进入主站 by its alt, whose link opens /main.html, the real
homepage, by its onclick alone (`href="javascript:void(0);" onclick="self.location='main.html'"`), as the page itself
does after ten seconds (a timer's script), as www.bnpo.gov.cn's splash does (tests/fixtures/realpages 38). The
homepage nobody updates: its blocks show 通知公告 (notice) 25 days old and 政策文件 (policy) 60 days old. Its
menus lead to 住建动态 (news, 3 days), fresh but on no block of the homepage. The homepage is stale: the splash dates
nothing, and the page behind it only what it showed weeks ago.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 220000)
    news = mk.column("住建动态", "/zjdt/index.html", "news", 3, 10, "gov_news", trs_path("/zjdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10)
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 60, 6, "policy", trs_path("/zcwj/"), gap=20)
    return Site(meta, cms="trs", columns=[news, notices, policies],
                blocks=[Block("通知公告", 6), Block("政策文件", 5)], frames="splash")
