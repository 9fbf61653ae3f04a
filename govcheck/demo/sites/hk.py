"""示范湖口镇人民政府 (hk): a town portal whose homepage is fresh only by a table of documents that shows no
publication date.

Its homepage shows 工作动态 (16 days since its last item: one news column not updated, no veto) beside 最新文件, a
table of 政策文件's newest documents showing each one's 成文日期 alone (written 20 days before it was put up), at
addresses that carry no date: the newest was published 5 days before the check date, as its article says. So does the
column's own page, the same table. A reader that dates the homepage by what its lists show calls it not updated.
Its freshest block, 镇村动态 (2 days), is a tab whose pane jQuery loads as the page opens from the address the tab
names (data-url="/inc/home-2.html"): no address in the script, only a browser shows it. Its footer, every mark
in it, is written on every page by a script file of its own (/js/footer.js, a document.write a line).
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.channels import Guide, letter_box, services
from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 130000)
    news = mk.column("工作动态", "/gzdt/index.html", "news", 16, 14, "town_news", trs_path("/gzdt/"), gap=4)
    villages = mk.column("镇村动态", "/zcdt/index.html", "news", 2, 10, "town_news", trs_path("/zcdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 10, "notice", trs_path("/tzgg/"), gap=12)
    # its documents' 成文日期 alone, in the list and on the homepage; each article shows 成文日期 and 发布日期
    files = mk.column("政策文件", "/zcwj/index.html", "policy", 5, 8, "policy", undated_path("/zcwj/"), gap=15,
                      layout="gkmlw", article_style="gkml")
    for item in files.items:
        item.written = item.published - timedelta(days=20)
    about = Column("镇情简介", "/zqjj/index.html", "other", static_html=(
        "<p>湖口镇位于山阳县东部，辖12个行政村、2个社区，户籍人口4.1万人，以水稻和油茶种植为主。</p>"))
    site = Site(meta, cms="generic", columns=[news, villages, notices, files, about],
                blocks=[Block("工作动态", 8), Block("政策文件", 6, layout="gkmlw"), Block("镇村动态", 6, loaded=True)],
                footer_script=True)
    letter_box(site, "镇长信箱", "/hdjl/zzxx.html")
    services(site, "便民服务", [Guide("/bmfw/zn/hjdj.html", "户籍登记")], "湖口镇")
    return site
