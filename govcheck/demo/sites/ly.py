"""示范市林业局 (ly): a department site whose homepage is fresh only by rows whose links a script file opens.

Its homepage's 林业动态 block (news, 2 days) links each row by a call of openDoc(id), a function of /js/opendoc.js:
the page names no address, but each row shows its title and date. The block beside it is older: 通知公告 (notice)
25 days. 林业动态's own page links its articles plainly.
"""

from __future__ import annotations

from govcheck.demo.markup import OPEN_DOC_JS
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 240000)
    news = mk.column("林业动态", "/lydt/index.html", "news", 2, 10, "gov_news", lambda d, i: f"/lydt/doc/{i}.html",
                     gap=3, paging="next")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10)
    site = Site(meta, cms="trs", columns=[news, notices],
                blocks=[Block("林业动态", 6, layout="scriptext"), Block("通知公告", 6)],
                homepage_html=f'<script src="{OPEN_DOC_JS}"></script>')
    site.raw[OPEN_DOC_JS] = Reply(200, {"Content-Type": "application/javascript"},
                                  b"function openDoc(id) {\n  window.open('/lydt/doc/' + id + '.html');\n}\n")
    return site
