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
year is its article's folder's (/a/gsgg/2025/1022/N.html): stale. 村务动态, 产业动态 and 民生动态 (news, 25, 40 and
20 days) are stale too: with 通知公告 and 公示公告, five stale columns that count toward the veto: the site fails.
党建工作 and 便民服务 have no article: the list box empty, the pager's 共 0 页/0 条记录: empty columns. The
homepage's arclist blocks of 工作动态 (month and day) and 公示公告 keep it fresh.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker


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
    party = Column("党建工作", "/a/djgz/index.html", "other", paging="dede", classid=6, aliases=folder("djgz", 6))
    service = Column("便民服务", "/a/bmfw/index.html", "other", paging="dede", classid=7, aliases=folder("bmfw", 7))
    # news columns of the villages' and the town's work, left since autumn
    def town(name, tid, slug, newest, **kw):
        return mk.column(name, f"/a/{slug}/index.html", "news", newest, 12, "town_news", dede_path(f"/a/{slug}/"),
                         gap=9, per_page=10, paging="dede", classid=tid, style="mdd", aliases=folder(slug, tid), **kw)

    stale = [town("村务动态", 8, "cwdt", 25), town("产业动态", 9, "cydt", 40), town("民生动态", 10, "msdt", 20)]
    return Site(meta, cms="generic", columns=[news, notices, policy, public, *stale, party, service],
                blocks=[Block("工作动态", 8, style="mdd"), Block("公示公告", 6, style="mdd")])
