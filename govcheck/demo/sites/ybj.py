"""示范市医疗保障局 (ybj): a bureau whose new site is a single-page app (Vue's, history routes): every page it serves
is an empty <div id="app"> and a bundle that draws the page from the site's API, its menu, blocks and footer included.

Its homepage's blocks, 医保动态 (news, 3 days) and 通知公告 (20 days), and its columns' lists are all the bundle
draws; 政策文件 (policy, 200 days) is a stale first-level column (−5), 机构概况 a static page. Read as served, the
homepage dates nothing and leads nowhere: the site would fail for a homepage not updated, every footer mark missing.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 270000)
    news = mk.column("医保动态", "/ybdt/index.html", "news", 3, 20, "gov_news", trs_path("/ybdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 10, "notice", trs_path("/tzgg/"), gap=15)
    policy = mk.column("政策文件", "/zcwj/index.html", "policy", 200, 8, "policy", trs_path("/zcwj/"), gap=30)
    about = Column("机构概况", "/jggk/index.html", "other", static_html=(
        "<p>示范市医疗保障局是市政府工作部门，负责全市医疗保险、生育保险、医疗救助等医疗保障制度的拟订和组织实施。</p>"))
    return Site(meta, cms="trs", columns=[news, notices, policy, about],
                blocks=[Block("医保动态", 6), Block("通知公告", 6)], spa=True)
