"""示范市档案局 (daj): a Hanweb department on the city's intensive platform whose homepage shows only the platform's
box of the city's 要闻 beside a grid of links to its own columns: a navigation page, its second-level pages speak
for it.

Its homepage is /col/col3001/index.html, its columns /col/col3002/ …, every site's articles under /art/. The city's
要闻 (1 day) is news of the city, its articles showing the city's 网站标识码; the department's newest is 工作动态's,
30 days old: its homepage is stale. 通知公告 (notice, 50 days) is fresh.
"""

from __future__ import annotations

from govcheck.demo.model import Site, SiteMeta
from govcheck.demo.sites import Env, Maker, hanweb_path
from govcheck.demo.sites.platform import HEADER, city_pages

HOME = "/col/col3001/index.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 590000)
    work = mk.column("工作动态", "/col/col3002/index.html", "news", 30, 10, "gov_news", hanweb_path(3002), gap=5)
    notices = mk.column("通知公告", "/col/col3003/index.html", "notice", 50, 8, "notice", hanweb_path(3003), gap=12)
    box, raw = city_pages(mk, HOME, meta.name)
    return Site(meta, cms="generic", columns=[work, notices], nav_only=True, raw=raw, platform_header=HEADER,
                homepage_html=box)
