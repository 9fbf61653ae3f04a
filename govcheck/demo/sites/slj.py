"""示范市水利局 (slj): a department site whose homepage is fresh only by rows that hold no link.

Its homepage's 水利要闻 block (news, 1 day) is a table whose every row opens its article by an onclick naming the
address (<tr onclick="window.open('…')">): a title and a date in its cells, no <a>. The block beside it is older:
通知公告 (notice) 30 days. 水利要闻's own page links its articles plainly.

Its only consultation channel is the city's 12345政务服务热线, whose page lists no calls: it gives the number and a
form to write in (诉求主题, a 反映内容 textarea, its 提交 a button whose script posts it, as a town portal's 网上诉求
form, realpages/71), beside a form that looks a reply up by its number. A form to write in is a working channel:
no no_consultation (lsj's page of the number alone stays none).
"""

from __future__ import annotations

from govcheck.demo.channels import hotline_form
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 250000)
    news = mk.column("水利要闻", "/slyw/index.html", "news", 1, 10, "gov_news", trs_path("/slyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice", trs_path("/tzgg/"), gap=10)
    site = Site(meta, cms="trs", columns=[news, notices],
                blocks=[Block("水利要闻", 6, layout="tropen"), Block("通知公告", 6)])
    hotline_form(site, "12345政务服务热线", "/rx12345/index.html", "示范市")
    return site
