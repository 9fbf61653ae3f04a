"""示范市文化和旅游局 (nav): a navigation-only homepage that passes with 100.

The homepage links to the columns and shows no dated item; the columns are fresh (newest as_of-4). 活动预告
is filled by JavaScript from /api/list.json. One column's name (and so its page title and nav link) holds
markup, and one link text is a spreadsheet formula, for the report's escaping tests.
"""

from __future__ import annotations

from govcheck.demo.channels import Guide, letter_box, services
from govcheck.demo.column import Item
from govcheck.demo.model import Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path

HOSTILE_NAME = '文旅专题<script>alert("x")</script><b>粗体</b>'
FORMULA_TEXT = '=HYPERLINK("http://x")'


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 88000)
    col = lambda name, slug, type_, newest, count, pool, gap, **kw: mk.column(  # noqa: E731
        name, f"/{slug}/index.html", type_, newest, count, pool, generic_path(f"/{slug}/"), gap=gap,
        **{"paging": "next", **kw})
    special = col(HOSTILE_NAME, "whzt", "other", 8, 6, "other", 10)
    special.items.insert(1, Item(FORMULA_TEXT, generic_path("/whzt/")(mk.day(9), mk.ids()), mk.day(9)))
    columns = [
        col("文旅动态", "wldt", "news", 4, 22, "culture_news", 3),
        col("通知公告", "tzgg", "notice", 15, 14, "notice", 10),
        col("政策文件", "zcwj", "policy", 50, 10, "policy", 20),
        col("活动预告", "hdyg", "other", 6, 9, "event", 5, paging="js"),
        special,
    ]
    site = Site(meta, cms="generic", columns=columns, nav_only=True)
    # the clean case: a letter box and a services page whose one guide is complete
    letter_box(site, "局长信箱", "/hdjl/jzxx.html")
    services(site, "政务服务", [Guide("/bsfw/zn/lxsxk.html", "旅行社业务经营许可")], "示范市")
    return site
