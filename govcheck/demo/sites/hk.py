"""示范湖口镇人民政府 (hk): a town portal whose homepage is fresh only by a table of documents that shows no
publication date.

Its homepage shows 工作动态 (16 days since its last item: one news column not updated, no veto) beside 最新文件, a
table of 政策文件's newest documents showing each one's 成文日期 alone (written 20 days before it was put up), at
addresses that carry no date: the newest was published 5 days before the check date, as its article says. So does the
column's own page, the same table. A reader that dates the homepage by what its lists show calls it not updated.
Its freshest block, 镇村动态 (2 days), is a tab whose pane jQuery loads as the page opens from the address the tab
names (data-url="/inc/home-2.html"): no address in the script, only a browser shows it. Its footer, every mark
in it, is written on every page by a script file of its own (/js/footer.js, a document.write a line).
Five static pages keep their template's empty list box under what they show: 领导之窗 its leaders' cards (a photo, a
name linking the leader's page, the post), 行政区划 a map, 走进湖口 a gallery of captioned photos, 机构职能 three
duties in short lines, 村社导航 a grid of links to the villages' pages. No empty column among them.
振兴动态 (news, 3 days) lists its items by year under tabs, 2026年 | 2025年 | … | 2022年, each tab at ?year=YYYY;
its own address shows 2022's, the year its template was made in: a person clicks 2026年 and finds it fresh. Read
as shown, it is stale, and each year's page another column: five more stale news columns, and the site would fail.
产业动态 (news, 4 days) does the same with a folder per year (/cydt/2026/index.html), its own page showing its oldest
year's list: no folder of a year is a column of its own.
Its menu is an old table portal's: a <table> of two rows of <td><a> cells, no class nor id naming it (岳西网's,
realpage 92). One column only that table lists, 人大动态 (news, 60 days: stale), on no block nor site map.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.channels import Guide, letter_box, services
from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 130000)
    news = mk.column("工作动态", "/gzdt/index.html", "news", 16, 14, "town_news", trs_path("/gzdt/"), gap=4)
    villages = mk.column("镇村动态", "/zcdt/index.html", "news", 2, 10, "town_news", trs_path("/zcdt/"), gap=3)
    # its list split by year under tabs (2026年 | 2025年 | …), each at ?year=YYYY; its own address shows the oldest
    # year's, the tab its template was made with
    rural = mk.column("振兴动态", "/xczx/index.html", "news", 3, 40, "town_news", trs_path("/xczx/"), gap=70,
                      paging="years")
    # the same, each year's list in a folder of its own: /cydt/2026/index.html
    industry = mk.column("产业动态", "/cydt/index.html", "news", 4, 30, "town_news", trs_path("/cydt/"), gap=60,
                         paging="yeardirs")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 10, "notice", trs_path("/tzgg/"), gap=12)
    # its documents' 成文日期 alone, in the list and on the homepage; each article shows 成文日期 and 发布日期
    files = mk.column("政策文件", "/zcwj/index.html", "policy", 5, 8, "policy", undated_path("/zcwj/"), gap=15,
                      layout="gkmlw", article_style="gkml")
    for item in files.items:
        item.written = item.published - timedelta(days=20)
    about = Column("镇情简介", "/zqjj/index.html", "other", static_html=(
        "<p>湖口镇位于山阳县东部，辖12个行政村、2个社区，户籍人口4.1万人，以水稻和油茶种植为主。</p>"))
    # static pages beside their template's empty list box: what they show is no list
    box = '<div class="list-box"><ul class="news-list"></ul></div>'
    leaders = [("镇党委书记", "赵刚", "zg"), ("镇长", "钱伟", "qw"), ("副镇长", "孙丽", "sl")]
    places = [("湖口村", "hkc"), ("新塘村", "xtc"), ("龙山村", "lsc"), ("河东社区", "hdsq")]
    pages = [
        Column("领导之窗", "/ldzc/index.html", "other", static_html="".join(
            f'<div class="card"><a href="/ldzc/{slug}.html"><img src="{BLANK_GIF}" alt="{name}"></a>'
            f'<p><a href="/ldzc/{slug}.html">{name}</a></p><p>{post}</p></div>'
            for post, name, slug in leaders) + box),
        Column("行政区划", "/xzqh/index.html", "other", static_html=(
            f'<p style="text-align:center"><img src="{BLANK_GIF}" alt="湖口镇行政区划图" width="800"></p>{box}')),
        Column("走进湖口", "/zjhk/index.html", "other", static_html=(
            f'<div class="gallery"><img src="{BLANK_GIF}"><span>湖口风光</span><img src="{BLANK_GIF}">'
            f"<span>油茶基地</span></div>{box}")),
        Column("机构职能", "/jgzn/index.html", "other", static_html=(
            "<h3>主要职能</h3><p>1.宣传贯彻党的路线方针政策</p><p>2.制定全镇经济社会发展规划</p>"
            f"<p>3.负责全镇社会治安综合治理</p>{box}")),
        Column("村社导航", "/csdh/index.html", "other", static_html='<div class="grid">' + "".join(
            f'<a href="/csdh/{slug}.html">{name}</a>' for name, slug in places) + f"</div>{box}"),
    ]
    # only the menu's table lists it
    congress = mk.column("人大动态", "/rddt/index.html", "news", 60, 8, "town_news", trs_path("/rddt/"), gap=10)
    columns = [news, villages, rural, industry, notices, files, about, *pages, congress]
    site = Site(meta, cms="generic", columns=columns, td_menu=("人大动态",),
                blocks=[Block("工作动态", 8), Block("政策文件", 6, layout="gkmlw"), Block("镇村动态", 6, loaded=True)],
                footer_script=True)
    for post, name, slug in leaders:
        site.pages[f"/ldzc/{slug}.html"] = (name, f"<h2>{name}</h2><p>{post}，主持全面工作，分管财政和人事。</p>")
    for name, slug in places:
        site.pages[f"/csdh/{slug}.html"] = (name, f"<h2>{name}</h2><p>{name}位于湖口镇，以水稻和油茶种植为主。</p>")
    letter_box(site, "镇长信箱", "/hdjl/zzxx.html")
    services(site, "便民服务", [Guide("/bmfw/zn/hjdj.html", "户籍登记")], "湖口镇")
    return site
