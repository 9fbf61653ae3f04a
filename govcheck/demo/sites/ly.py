"""示范市林业局 (ly): a department site whose homepage is fresh only by rows whose links a script file opens.

Its homepage's 林业动态 block (news, 2 days) links each row by a call of openDoc(id), a function of /js/opendoc.js:
the page names no address, but each row shows its title and date. The block beside it is older: 通知公告 (notice)
25 days. 林业动态's own page links its articles plainly.

Its menu is 扎兰屯's mega menu: each heading a link to its first column, over a hidden panel of boxes alone, no list
(<li><a>政务公开</a><div class="dd"><div class="item"><div class="link-dt"><a>政策文件</a>…). Every column sits under
a heading: 政策文件 (policy, 200 days: stale) and 人事信息 (personnel, 60 days) under 政务公开 are second-level, so the
stale policy column costs no deduction.
"""

from __future__ import annotations

from govcheck.demo.markup import OPEN_DOC_JS
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

NEWS, OPEN = "新闻动态", "政务公开"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 240000)
    news = mk.column("林业动态", "/lydt/index.html", "news", 2, 10, "gov_news", lambda d, i: f"/lydt/doc/{i}.html",
                     gap=3, paging="next", parent=NEWS)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10,
                        parent=NEWS)
    policy = mk.column("政策文件", "/zwgk/zcwj/index.html", "policy", 200, 5, "policy", trs_path("/zwgk/zcwj/"),
                       gap=60, parent=OPEN)
    staff = mk.column("人事信息", "/zwgk/rsxx/index.html", "personnel", 60, 5, "personnel", trs_path("/zwgk/rsxx/"),
                      gap=50, parent=OPEN)
    site = Site(meta, cms="trs", columns=[news, notices, policy, staff],
                blocks=[Block("林业动态", 6, layout="scriptext"), Block("通知公告", 6)],
                homepage_html=f'<script src="{OPEN_DOC_JS}"></script>',
                menu_groups=[(NEWS, ["林业动态", "通知公告"]), (OPEN, ["政策文件", "人事信息"])],
                heading_links=True, group_panels=True)
    site.raw[OPEN_DOC_JS] = Reply(200, {"Content-Type": "application/javascript"},
                                  b"function openDoc(id) {\n  window.open('/lydt/doc/' + id + '.html');\n}\n")
    return site
