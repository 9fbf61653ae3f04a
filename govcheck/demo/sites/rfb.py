"""示范市人民防空办公室 (rfb): a bureau's site on DedeCMS 5.7 run as dynamic pages (使用动态页), its lists
/plus/list.php?tid=N paged …&TotalResult=N&PageNo=k, its articles /plus/view.php?aid=N (no date in the address),
each row's date written by the tranTime() helper its template calls, [field:pubdate function="tranTime(@me)"/], as
DedeCMS tutorials give it for include/extend.func.php: 刚刚, N分钟前, N小时前 and the article's time (3小时前 06:30),
昨天 or 前天 and the date, else the date and time (2026-11-16 09:00). The list is drawn as it is asked for.

人防动态 (news): its newest, put up this morning, shown as 3小时前 06:30, over a list whose next is 20 days old:
fresh. 工作动态 (news): the same under the template's 发布时间： label, 发布时间：5小时前 04:10, over a list 30 days
old: fresh. The homepage's 人防动态 block shows the same rows: fresh by its newest. 通知公告 (notice, 40 days) and
政策法规 (policy, 60 days) are fresh; 宣传动态, 警报动态, 基层动态 and 工程动态 (news, 25 to 60 days) are stale.
So is 应急动态 (news, 370 days), each row's date a box of the month and day over the year (MyDate('m-d') in a
<span>, MyDate('Y') in an <em> under it: 11-21 over 2025), its articles under a template that shows no date: the year
is the box's, not the latest such day's. So is 人防工程动态 (news, 368 days), the same two helpers' output in the row
itself, no box: the year in an <em>, then the month and day in a <span> (<em>2025</em>-<span>11-23</span>), its
articles showing no date: that cell's year, not the latest such day's. 人防资讯 (news, 200 days) is stale, each row's
date its year, month and day in three <span>s of the row, nothing between them (2026 05 10). 人防要闻 (news, 3 days)
is fresh, each row's date under a bare label after its source, 来源：市人防办  日期：20261123; 人防政策 (policy, 20
days) is fresh, each row a calendar box's day and year-month as children of the row on either side of its title;
警报试鸣公告 (notice, 10 days) is fresh, its titles in one <ul> and their dates in another, its newest's written month
first with a two-digit year (11/16/26), the others' in full. These four's articles show no date: only their lists
date them. 防空动态 (news, 5 days) is fresh, each row one link that holds its title in a <font> and one <span> of its
date and its category (2026-11-21<b>公告</b>, 重庆市终身学习学分银行's rows, realpage 100), its articles showing no
date: a reader that takes no date from a cell with a word beside it finds no dated item there. Seven stale columns:
the site fails (nine, and a stale homepage, for a reader that takes 3小时前 06:30 for no date; five, for one that gives
11-21 and 11-23 this year).
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, newest_apart


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 950000)
    view = lambda d, i: f"/plus/view.php?aid={i}"  # noqa: E731

    def col(name: str, tid: int, type_: str, newest: int, count: int, pool: str, gap: int, style: str = "ymdhm"):
        c = mk.column(name, f"/plus/list.php?tid={tid}", type_, newest, count, pool, view, gap=gap, per_page=10,
                      paging="dededm", classid=tid, style=style)
        c.article_style = "dede"
        return c

    news = newest_apart(col("人防动态", 1, "news", 0, 14, "gov_news", 4), 20)
    news.items[0].hour, news.items[0].shown = "06:30", "3小时前 06:30"
    works = newest_apart(col("工作动态", 2, "news", 0, 12, "gov_news", 5, style="pub"), 30)
    works.items[0].hour, works.items[0].shown = "04:10", "发布时间：5小时前 04:10"
    notices = col("通知公告", 3, "notice", 40, 12, "notice", 15)
    policy = col("政策法规", 4, "policy", 60, 10, "policy", 30)
    stale = [col(name, tid, "news", newest, 10, "gov_news", 6) for name, tid, newest in
             (("宣传动态", 5, 25), ("警报动态", 6, 35), ("基层动态", 7, 40), ("工程动态", 8, 60))]
    # a date box of the month and day over the year, MyDate('m-d') and MyDate('Y'); its articles show no date
    relief = col("应急动态", 9, "news", 370, 10, "gov_news", 9)
    relief.layout, relief.article_style = "mdyear", "dedeplain"
    # the same two helpers' output in the row itself, no box: the year in an <em>, then the month-day in a <span>
    shelters = col("人防工程动态", 10, "news", 368, 10, "gov_news", 9)
    shelters.layout, shelters.article_style = "yearmd", "dedeplain"
    # dates whose pieces the template prints apart or bare, its articles showing no date: only the list can tell
    spread = col("人防要闻", 11, "news", 3, 10, "gov_news", 5, style="solidlabel")  # 来源：… 日期：20261123
    spread.layout, spread.article_style = "srcdate", "dedeplain"
    know = col("人防资讯", 12, "news", 200, 10, "gov_news", 9)  # <span>2026</span><span>05</span><span>10</span>
    know.layout, know.article_style = "ymdspans", "dedeplain"
    rules = col("人防政策", 13, "policy", 20, 10, "policy", 20)  # <div class="day">06</div><a>…</a><div class="ym">…
    rules.layout, rules.article_style = "daysplit", "dedeplain"
    sirens = col("警报试鸣公告", 14, "notice", 10, 10, "notice", 12)  # two <ul>s, the newest m/d/y
    sirens.layout, sirens.article_style = "twoul", "dedeplain"
    sirens.items[0].shown = f"{sirens.items[0].published:%m/%d/%y}"
    # each row one link, its date and its category in one <span> inside it: 2026-11-21<b>公告</b> (realpage 100)
    tagged = col("防空动态", 15, "news", 5, 10, "gov_news", 9)
    tagged.layout, tagged.article_style = "tagdate", "dedeplain"
    return Site(meta, cms="generic", columns=[news, works, notices, policy, *stale, relief, shelters, spread, know,
                                              rules, sirens, tagged],
                blocks=[Block("人防动态", 8, style="ymdhm"), Block("通知公告", 6, style="ymdhm")])
