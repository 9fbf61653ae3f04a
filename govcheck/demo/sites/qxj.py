"""示范市气象局 (qxj): a department site whose homepage is fresh only by a row whose year its list typed wrong.

Its homepage's 气象动态 block (news) shows its newest row dated a year on (the year typed wrong; its article shows
the right date, 2 days ago); the rows below it are 20 days old and more, and 通知公告 (notice) beside it 30 days.
The column's own list shows the same.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, newest_apart, trs_path, undated_path, year_typed_wrong


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 260000)
    news = newest_apart(mk.column("气象动态", "/qxdt/index.html", "news", 2, 10, "gov_news", undated_path("/qxdt/"),
                                  gap=3, paging="next"), 18)
    year_typed_wrong(news.items[0])
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice", trs_path("/tzgg/"), gap=10)
    return Site(meta, cms="trs", columns=[news, notices], blocks=[Block("气象动态", 6), Block("通知公告", 6)])
