"""示范市粮食和物资储备局 (lsj): a bureau whose every page loads its header, its menu in it, from an HTML fragment of
its own (`$("#header").load("/public/header.html")`): no menu link in any page's HTML, its site map's neither.

Its homepage's one block, 工作动态 (news, 2 days), leads to its column by 更多 and keeps the homepage fresh. Only the
menu leads to its six other columns: 通知公告 (notice, 220 days), whose rows hold no link and open their articles by
an onclick of their own (<tr onclick="window.open('…')">, the title and the date in its cells), 政策法规 (policy, 260
days), 流通动态 (news, 5 days), 储备动态 (news, 45 days) and 安全生产动态 (news, 60 days). Four stale news, notice and
policy columns: the site passes.

Two of them keep their titles and dates apart, matched by their order, and their articles show no date (DedeCMS's
template without its 时间) at addresses that carry none: the list's dates alone date them. 流通动态 lists two <ul>s
side by side in one box, one of the titles' links, one of the dates; 储备动态, as old table portals do, a <td> of
links, one a <br>, beside a <td> of their dates, one a <br>. Read undated, both would be stale (a list that shows no
date is not updated), the fresh 流通动态 the fifth stale column, and the site would fail.

公示公告 (notice, 1 day) lists one <dl> of date-first pairs, each <dt> a date, its <dd> the title's link, and its
newest two scroll on the homepage in a <marquee> of links in turn, each followed by its date; 行业动态 (news, 3 days)
writes its dates day first, 23/11/2026, as a foreign CMS's template does (the day over 12 settles the order, and the
list's rows settle the others: 05/11/2026 is 5 November). Their articles show no date either: read undated, both
would be stale, the site would fail, and the homepage's newest day would be 工作动态's.

粮油价格资讯 (20 days) publishes the grain and oil markets' prices, a week's survey after another: price data, no
动态要闻 column for its 资讯, and not timed (not stale).

仓储动态 (news, 3 days) is an EmpireCMS list sorted by id, its articles in a folder per day (/ccdt/2026-11-23/N.html):
its newest two were edited with their time cleared, so the list and their articles show 1970-01-01 (08:00:00), the
CMS's empty time, the rest their own days, older than 14 days. The empty time is no date: their addresses date
them, and the column is fresh; read as 1970, it would be the fifth stale column, and the site would fail.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 640000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str, **kw):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9, **kw)

    columns = [col("工作动态", "gzdt", "news", 2, "gov_news"),
               col("通知公告", "tzgg", "notice", 220, "notice", layout="tropen"),
               col("政策法规", "zcfg", "policy", 260, "policy"),
               mk.column("流通动态", "/ltdt/index.html", "news", 5, 8, "gov_news", undated_path("/ltdt/"), gap=9,
                         layout="twoul", article_style="dedeplain"),
               mk.column("储备动态", "/cbdt/index.html", "news", 45, 8, "gov_news", undated_path("/cbdt/"), gap=9,
                         layout="tdbr", article_style="dedeplain"),
               col("安全生产动态", "aqsc", "news", 60, "gov_news"),
               mk.column("公示公告", "/gsgg/index.html", "notice", 1, 8, "notice", undated_path("/gsgg/"), gap=9,
                         layout="dlfirst", article_style="dedeplain"),
               mk.column("行业动态", "/hydt/index.html", "news", 3, 8, "gov_news", undated_path("/hydt/"), gap=9,
                         style="dmy", article_style="dedeplain"),
               col("粮油价格资讯", "lyjg", "other", 20, "price")]
    # EmpireCMS: a folder per day, the list sorted by id; its newest two edited, their time cleared (the empty time)
    storage = mk.column("仓储动态", "/ccdt/index.html", "news", 3, 8, "gov_news",
                        lambda d, i: f"/ccdt/{d:%Y-%m-%d}/{i}.html", gap=12)
    for item in storage.items[:2]:
        item.shown, item.epoch = "1970-01-01", True
    columns.append(storage)
    site = Site(meta, cms="trs", columns=columns, blocks=[Block("工作动态", 6), Block("公示公告", 2, layout="ticker")],
                header_load=True)
    # a 12345 link to a page of the hotline's number alone: no list of its calls, no form to write in, no channel
    site.home_links.append(("/rx12345/index.html", "12345政务服务热线"))
    site.pages["/rx12345/index.html"] = ("12345政务服务热线", "<p>示范市12345政务服务便民热线：拨打12345，7×24小时"
                                                             "人工接听，受理咨询、求助、投诉和建议。</p>")
    return site
