"""示范市发展和改革委员会 (fgw): a department site on the city's intensive platform (集约化平台).

The platform's host serves the city portal at its root and the department as a subsite whose homepage is
/col/col1001/index.html; the department's columns are the platform's sibling folders (/col/col1002/ …), its articles
under /art/, as Hanweb's platform lays them out, so no folder holds the department's pages alone. Every page of the
department shows the platform's header over its own: the city portal's menu (首页, 政务公开, 要闻动态,
互动交流, 专题专栏), whose pages are the city's, each saying so by the city's 网站标识码. Two of them are being built
(栏目建设中): the city's empty columns, none of the department's. The department has three empty columns of its own
(政策文件, 规划计划, 项目审批): counted with the city's two it would reach the veto of five. Its homepage's blocks are
Hanweb modules, each a datastore of its own unit: 工作动态's four newest (4 days: a fresh homepage) beside the larger
通知公告's eight (20 days).
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, hanweb_path
from govcheck.demo.sites.platform import HEADER, city_pages

HOME = "/col/col1001/index.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 560000)
    work = mk.column("工作动态", "/col/col1002/index.html", "news", 3, 10, "gov_news", hanweb_path(1002), gap=4)
    notices = mk.column("通知公告", "/col/col1003/index.html", "notice", 20, 8, "notice", hanweb_path(1003), gap=12)
    policies = Column("政策文件", "/col/col1004/index.html", "policy")
    plans = Column("规划计划", "/col/col1005/index.html", "plan")
    projects = Column("项目审批", "/col/col1006/index.html", "other")
    _, raw = city_pages(mk, HOME, meta.name)
    # its homepage's blocks are Hanweb modules, each a datastore of its own: 工作动态's four newest (4 days) beside
    # 通知公告's eight (20 days)
    blocks = [Block("工作动态", 4, store=True), Block("通知公告", 8, store=True)]
    return Site(meta, cms="generic", columns=[work, notices, policies, plans, projects], blocks=blocks, raw=raw,
                platform_header=HEADER)
