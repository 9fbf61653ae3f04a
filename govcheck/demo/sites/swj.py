"""示范市水务局 (swj): a Hanweb department on the city's intensive platform (集约化平台), whose homepage shows the
city's 要闻 box beside its own blocks.

Its homepage is /col/col2001/index.html, its columns the platform's sibling folders (/col/col2002/ …), and every
site's articles sit under the same /art/YYYY/M/D/art_<column id>_<id>.html, the city's (art_13_…) as the
department's (art_2002_…): no folder tells the city's block from the department's. Beside its own 工作动态 (news,
40 days) and 通知公告 (notice, 30 days), the homepage shows the platform's box of the city's 要闻 (1 day), whose
articles show the city's 网站标识码: news of the city, not an update of the department's homepage, which was last
updated 30 days ago and is stale. Two lists an inline fetch() fills from a short JSON endpoint in GBK, its dates
written 2026年11月24日: 水务动态 (news, 3 days, two items of two characters) says no charset, 河长公示 (notice, 8
days, one item) Tomcat's default ISO-8859-1: read as anything but GBK, their dates are lost. 政策文件 (policy, 90
days) is on no block: only the department's menu links it, which the platform's script file writes in place on
every page (/script/0/1709211031225301.js), its site map too.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, hanweb_path, short_titles
from govcheck.demo.sites.platform import HEADER, city_pages

HOME = "/col/col2001/index.html"
MENU_JS = "/script/0/1709211031225301.js"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 580000)
    work = mk.column("工作动态", "/col/col2002/index.html", "news", 40, 10, "gov_news", hanweb_path(2002), gap=5)
    notices = mk.column("通知公告", "/col/col2003/index.html", "notice", 30, 8, "notice", hanweb_path(2003), gap=12)
    policies = mk.column("政策文件", "/col/col2004/index.html", "policy", 90, 6, "notice", hanweb_path(2004), gap=20)
    water = mk.column("水务动态", "/col/col2005/index.html", "news", 3, 2, "gov_news", hanweb_path(2005), gap=4,
                      paging="json", hanweb_id=2005, style="cn", gbk_data="none")
    chiefs = mk.column("河长公示", "/col/col2006/index.html", "notice", 8, 1, "notice", hanweb_path(2006),
                       paging="json", hanweb_id=2006, style="cn", gbk_data="iso-8859-1")
    short_titles(water, "节水", "公告")
    short_titles(chiefs, "河长公示")
    box, raw = city_pages(mk, HOME, meta.name)
    blocks = [Block("工作动态", 6), Block("通知公告", 5)]
    return Site(meta, cms="generic", columns=[work, notices, policies, water, chiefs], blocks=blocks, raw=raw,
                platform_header=HEADER, homepage_html=box, menu_js=MENU_JS)
