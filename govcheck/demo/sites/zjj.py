"""示范市住房和城乡建设局 (zjj): a department site whose address opens a splash page before its homepage.

Its listed address shows a picture and a button's picture, 进入主站 by its alt, whose link opens /main.html, the real
homepage, by its onclick alone (`href="javascript:void(0);" onclick="self.location='main.html'"`), as the page itself
does after ten seconds (a timer's script), as www.bnpo.gov.cn's splash does (tests/fixtures/realpages 38). The
homepage nobody updates: its blocks show 通知公告 (notice) 25 days old and 政策文件 (policy) 60 days old. Its
menus lead to 住建动态 (news, 3 days), fresh but on no block of the homepage. The homepage is stale: the splash dates
nothing, and the page behind it only what it showed weeks ago.
Its third block, 党建工作, shows month-days alone ((11-20)) of pieces two years old that the site moved into its TRS
when it changed CMS, 129 days ago: TRS named each by that day (/djgz/202607/t20260720_N.html), its list and articles
show each piece's own day (2024-11-20). Nearest to the address's day, 11-20 would be 123 days after it, 6 days ago:
read so, the homepage would be fresh; a month-day so long after its address's day has its year guessed, which the
article tells.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 220000)
    news = mk.column("住建动态", "/zjdt/index.html", "news", 3, 10, "gov_news", trs_path("/zjdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10)
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 60, 6, "policy", trs_path("/zcwj/"), gap=20)
    # pieces two years old, moved in on one day when the site changed CMS: TRS names each by that day
    moved = mk.column("党建工作", "/djgz/index.html", "other", 736, 6, "gov_news", trs_path("/djgz/"), gap=60)
    day = mk.day(129)
    for item in moved.items:
        item.path = f"/djgz/{day:%Y%m}/t{day:%Y%m%d}_{item.path.rsplit('_', 1)[-1]}"
    return Site(meta, cms="trs", columns=[news, notices, policies, moved],
                blocks=[Block("通知公告", 6), Block("政策文件", 5), Block("党建工作", 4, "md")], frames="splash")
