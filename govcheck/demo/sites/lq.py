"""示范柳桥镇人民政府 (lq): a township portal on DedeCMS 5.7, its columns in folders under /a/, each list's pages
generated as list_{tid}_{page}.html beside its folder's index.html (a copy of its first page), under the stock
{dede:pagelist} in ul.pagelist: 首页, 上一页, each page's number (the current one li.thisclass), 下一页, 末页, then
span.pageinfo's 共 N页M条, each page linked by its file's name alone (list_1_2.html).

工作动态 (news, 2 days; 40 items, 15 a page) dates its rows as the template's [field:pubdate
function="MyDate('m-d',@me)"/] writes them, the month and day alone (11-24), its articles at Dede's default
{typedir}/{Y}/{M}{D}/{aid}.html (/a/gzdt/2026/1124/123.html): pages of the list, never columns. 通知公告 (notice,
200 days: stale) is set to link its list's first page (栏目列表选项: 链接到列表第一页), so menus and its 更多 link
/a/tzgg/list_2_1.html and its folder has no index.html: that page is the column; its articles at
/html/{Y}/{M}{D}/{aid}.html. 政策文件 (policy, 30 days) uses Dede's dynamic pages (使用动态页): its list is
/plus/list.php?tid=3, its pages …&TotalResult=24&PageNo=k, its articles /plus/view.php?aid=N, dated Y-m-d. 公示公告
(notice) lists eight notices on one page (共 1 页/8 条记录) by month and day alone, its newest 400 days old: the
year is its article's folder's (/a/gsgg/2025/1022/N.html): stale. 便民通知 (notice) lists by month and day alone
too, its newest 420 days old, its articles at /plus/view.php?aid=N, no year in the address: the newest article's
date tells the year: stale. 村务动态 and 产业动态 (news, 25 and 40 days) are stale too, 民生动态 (news, 10 days) is
not: with 通知公告, 公示公告 and 便民通知, five stale columns that count toward the veto: the site fails.
党建工作 and 便民服务 have no article: the list box empty, the pager's 共 0 页/0 条记录: empty columns; the empty
便民服务, its menus' only services entry, offers none: no services entry. The homepage's
arclist blocks of 工作动态 (month and day) and 公示公告 keep it fresh. Its 信息公开 is an EyouCMS site of
its own in /xxgk/, generated as static files: 乡村振兴动态 (news, 5 days) and 规范性文件 (policy, 40 days), 30
items each, 10 a page, their pages lists_{tid}_{page}.html under {eyou:pagelist}'s <li>s (a link of class
tcdNumber, span.disabled, span.current, 共N页 M条), their later pages older than their limits: pages of the list,
never columns; 财政资金 has no document, its pager 共0页 0条 alone: an empty column.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker
from govcheck.demo.web import Reply

# Dede's click counter each article includes: it counts the view and writes the count
COUNTER = Reply(200, {"Content-Type": "application/javascript"}, b"document.write('128');\n")


def dede_path(folder: str):
    """DedeCMS's default article naming rule, {typedir}/{Y}/{M}{D}/{aid}.html."""
    return lambda d, i: f"{folder}{d:%Y}/{d:%m%d}/{i}.html"


def folder(slug: str, tid: int) -> tuple[str, ...]:
    """A list's other addresses: its folder, which menus link (链接到默认页), and list_{tid}_1.html, Dede's file of
    the first page, which index.html copies."""
    return f"/a/{slug}/", f"/a/{slug}/list_{tid}_1.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 890000)
    news = mk.column("工作动态", "/a/gzdt/index.html", "news", 2, 40, "town_news", dede_path("/a/gzdt/"), gap=3,
                     per_page=15, paging="dede", classid=1, style="mdd",
                     aliases=folder("gzdt", 1))
    # 链接到列表第一页: no index.html in its folder; its first page is the column
    notices = mk.column("通知公告", "/a/tzgg/list_2_1.html", "notice", 200, 25, "notice", dede_path("/html/"),
                        gap=15, per_page=10, paging="dede", classid=2)
    policy = mk.column("政策文件", "/plus/list.php?tid=3", "policy", 30, 24, "policy",
                       lambda d, i: f"/plus/view.php?aid={i}", gap=20, per_page=10, paging="dededm", classid=3)
    public = mk.column("公示公告", "/a/gsgg/index.html", "notice", 400, 8, "notice", dede_path("/a/gsgg/"), gap=20,
                       per_page=10, paging="dede", classid=5, style="mdd", aliases=folder("gsgg", 5))
    # dynamic articles: no year in their address; the list's month and day alone, its newest 420 days old
    alerts = mk.column("便民通知", "/a/bmtz/index.html", "notice", 420, 6, "notice",
                       lambda d, i: f"/plus/view.php?aid={i}", gap=30, per_page=10, paging="dede", classid=11,
                       style="mdd", aliases=folder("bmtz", 11))
    party = Column("党建工作", "/a/djgz/index.html", "other", paging="dede", classid=6, aliases=folder("djgz", 6))
    service = Column("便民服务", "/a/bmfw/index.html", "other", paging="dede", classid=7, aliases=folder("bmfw", 7))
    # news columns of the villages' and the town's work, left since autumn
    def town(name, tid, slug, newest, **kw):
        return mk.column(name, f"/a/{slug}/index.html", "news", newest, 12, "town_news", dede_path(f"/a/{slug}/"),
                         gap=9, per_page=10, paging="dede", classid=tid, style="mdd", aliases=folder(slug, tid), **kw)

    # its 信息公开, an EyouCMS site of its own in /xxgk/, its pages generated as static files: each column's folder and
    # its pages lists_{tid}_{page}.html, its articles {typedir}/{aid}.html, dated Y-m-d
    def eyou(name, tid, slug, type_, newest, pool, gap):
        return mk.column(name, f"/xxgk/{slug}/index.html", type_, newest, 30, pool,
                         lambda d, i: f"/xxgk/{slug}/{i}.html", gap=gap, per_page=10, paging="eyou", classid=tid,
                         aliases=(f"/xxgk/{slug}/", f"/xxgk/{slug}/lists_{tid}_1.html"))

    xxgk = [eyou("乡村振兴动态", 12, "xczxdt", "news", 5, "town_news", 4),
            eyou("规范性文件", 13, "gfxwj", "policy", 40, "policy", 12),
            # no document: {eyou:list} writes nothing, the pager 共0页 0条 alone
            Column("财政资金", "/xxgk/czzj/index.html", "other", paging="eyou", classid=14,
                   aliases=("/xxgk/czzj/", "/xxgk/czzj/lists_14_1.html"))]
    stale = [town("村务动态", 8, "cwdt", 25), town("产业动态", 9, "cydt", 40), town("民生动态", 10, "msdt", 10)]
    dede = [news, notices, policy, public, alerts, *stale, party, service]
    for col in dede:  # the default article template's info line: <small>时间:</small>…<small>来源:</small>…
        col.article_style = "dede"
    site = Site(meta, cms="generic", columns=[*dede, *xxgk],
                blocks=[Block("工作动态", 8, style="mdd"), Block("公示公告", 6, style="mdd")])
    site.raw["/plus/count.php"] = COUNTER
    return site
