"""示范市审计局 (sjj): a department site in a folder of the city's platform (/site/sjj/), whose homepage shows the
city portal's 要闻 beside its own stale blocks.

The platform's host serves the city portal at its root (its 要闻 under /art/, its columns /col/col10/ …) and the
department under /site/sjj/: its homepage, its columns and their articles. Over its own blocks, 审计动态 (news, 40
days) and 审计公告 (notice, 60 days), its homepage shows the platform's box of the city's 要闻 (1 day), the city's
articles at the city's addresses outside the department's folder: news of the city, not an update of the
department's homepage, which was last updated 40 days ago and is stale. 通知公告 (notice, 30 days) is on no block.
政策法规's page leaves its list to a server-side include (<!--#include virtual="…/inc/zcfg_list.html" -->) its server
never runs: visitors see no list, govcheck cannot tell an empty column from one whose list was never sent (unverified).
整改公告 (notice, 10 days) loads its one row, dated 2026年11月24日, from a short HTML fragment in GBK under a lying
`charset=utf-8` header: read as anything but GBK, its date is lost.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, short_titles, trs_path
from govcheck.demo.sites.platform import HEADER, city_pages

HOME = "/site/sjj/index.html"
FOLDER = "/site/sjj/"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 570000)
    news = mk.column("审计动态", f"{FOLDER}col/sjdt/index.html", "news", 40, 10, "gov_news",
                     trs_path(f"{FOLDER}col/sjdt/"), gap=5)
    notices = mk.column("通知公告", f"{FOLDER}col/tzgg/index.html", "notice", 30, 8, "notice",
                        trs_path(f"{FOLDER}col/tzgg/"), gap=12)
    audits = mk.column("审计公告", f"{FOLDER}col/sjgg/index.html", "notice", 60, 6, "notice",
                       trs_path(f"{FOLDER}col/sjgg/"), gap=20)
    laws = Column("政策法规", f"{FOLDER}col/zcfg/index.html", "policy", fail="include_unrun",
                  empty_text=f'<!--#include virtual="{FOLDER}inc/zcfg_list.html" -->')
    fixes = mk.column("整改公告", f"{FOLDER}col/sjzg/index.html", "notice", 10, 1, "notice",
                      trs_path(f"{FOLDER}col/sjzg/"), paging="load", style="cn", gbk_data="utf-8")
    short_titles(fixes, "整改公告")
    box, raw = city_pages(mk, HOME, meta.name)
    return Site(meta, cms="trs", columns=[news, notices, audits, laws, fixes], platform_header=HEADER,
                blocks=[Block("审计动态", 6), Block("审计公告", 5)], raw=raw, homepage_html=box)
