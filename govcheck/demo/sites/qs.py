"""示范青石镇人民政府 (qs): a township portal on a cheap responsive template, a PHPCMS site's addresses beside.

乡镇动态 (news, 2 days) and 产业动态 (news, 18 days: stale) show each item as a Bootstrap media object: a picture,
the title in a heading, a summary's sentences and the date. 村务动态 (news, 20 days) and 社区动态 (news, 25 days)
show HTML5 entries (<article>), each its title and <time> in the entry's own <header>, a summary under it: both
stale. 党建动态 (news, 30 days) and 政策文件 (policy, 220 days) sit at PHPCMS's dynamic addresses
(index.php?…&catid=N), their breadcrumb ending, as PHPCMS's default list template writes it, with 列表 after the
column's own link: both stale. Five stale columns that count toward the veto (four news, a first-level policy
column): the site fails. 通知公告 (notice, 20 days, within its limit) shows each item as PHPCMS templates' card, the
whole row a link: the day in a heading (<h3>15</h3>) over the year-month, then the title's heading and a summary.
村务公开 and 规划计划 are empty: each page's empty list (shown on screens: hidden-xs) comes after a box of
乡镇动态's five newest in the same list markup, shown on phones alone (visible-xs), headed 最新动态 on the first,
乡镇动态 on the second; few pages show that box, too few to be the site's. 综治动态 (news, 22 days: stale) sits at
PbootCMS's compatible addresses (/?zzdt/, its articles /?zzdt/N.html) and lists titles alone: its articles tell.
The homepage is also served at /index.php/, which it links, as PbootCMS's logo does. Its 乡镇动态 block is an old
公告栏's lines of text, each a title and its date ended by a <br>, no link (fresh, 2 days); its 通知公告 block's
newest is 20 days old: what its lines date is a person's to check, no veto for a homepage that shows fresh lines.
Its menu is an old table portal's, as 樟树's header draws it (realpage 19): one row of cells in the page's frame of
tables, each cell a one-cell table round its link, a spacer's picture between; 社区动态 is listed by that menu alone,
on no site map: missed, the site would have four stale columns toward the veto, and pass.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 250000)

    def col(name, slug, newest, count, gap, **kw):
        return mk.column(name, f"/{slug}/index.html", "news", newest, count, "town_news", generic_path(f"/{slug}/"),
                         gap=gap, paging="next", **kw)

    def php(name, catid, type_, newest, pool, gap):
        return mk.column(name, f"/index.php?a=lists&c=index&catid={catid}&m=content", type_, newest, 6, pool,
                         lambda d, i: f"/index.php?a=show&c=index&catid={catid}&id={i}&m=content", gap=gap,
                         paging="none", crumb_tail="列表")

    news = col("乡镇动态", "xzdt", 2, 10, 3, layout="media")
    newest = tuple(news.items[:5])
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", generic_path("/tzgg/"), gap=15,
                        paging="next", layout="riqi")
    columns = [news, notices,
               col("产业动态", "cydt", 18, 8, 6, layout="media"),
               col("村务动态", "cwdt", 20, 8, 5, layout="article"),
               col("社区动态", "sqdt", 25, 8, 7, layout="article"),
               php("党建动态", 41, "news", 30, "town_news", 9),
               php("政策文件", 42, "policy", 220, "policy", 30),
               # empty lists, each after a box of 乡镇动态's newest in the list's markup, shown on phones alone
               Column("村务公开", "/cwgk/index.html", "other", paging="none", phone_box=("最新动态", newest)),
               Column("规划计划", "/ghjh/index.html", "plan", paging="none", phone_box=("乡镇动态", newest))]
    # PbootCMS's compatible addresses: the column /?zzdt/, its articles /?zzdt/N.html; its list shows titles alone
    columns.append(mk.column("综治动态", "/?zzdt/", "news", 22, 6, "town_news", lambda d, i: f"/?zzdt/{i}.html", gap=6,
                             paging="none", undated=True))
    blocks = [Block("乡镇动态", 6, layout="brtext"), Block("通知公告", 6)]
    return Site(meta, cms="generic", columns=columns, blocks=blocks, td_menu=("社区动态",), td_wrapped=True,
                home_links=[("/index.php/", "返回首页")], home_aliases=("/index.php/",))
