"""示范市国有资产监督管理委员会 (gzw): a department site whose lists show their dates in ways a reader misses: the day
each row was last edited beside the day it was published, the edit's first; a date's figures run together.

国资要闻 (news, 2 days) keeps the homepage fresh: its list and its homepage box show each date's figures run together
(20261205), its articles at addresses without a date show none; 通知公告 (notice, 20 days) is fresh. Five news
columns are stale:
- 企业动态 (news, 40 days): a table under a header row 标题 | 更新日期 | 发布日期, each row edited lately;
- 监管动态 (news, 30 days): each row's 更新时间：… (edited lately) before its 发布时间：…, no header;
- 党建动态 (news, 20 days), 改革动态 (news, 25 days), 基层动态 (news, 50 days): plain lists.
工作动态 (news, 2 days) is fresh by its list alone, which shows each row's day by the week's (本周一, 上周三) or as
大前天, an older row's as the weeks since (2周前), its articles at addresses without a date showing none.
人事任免 (personnel) shows month-days alone (01-03), its articles in folders of the month each was written in: its
one item, put up on 3 January of the inspection's year, sits in the December folder of the year before
(/rsrm/202512/), as written before the new year; within a year, it is fresh.
招标公告 (other: untimed, 20 days) shows each row's deadline, 30 days after it was put up, before the day it was put
up, neither labelled: its newest's deadline is after the inspection date, and none is a publication's.
国企动态 (news, 26 days) shows each row's age alone, as timeago templates print it (1个月前, 2个月前), its articles at
addresses without a date showing none: a month ago is 26 days at the least (moment.js's "a month ago"), so stale
whatever day it was. 监督动态 (news, 40 days) is a table under a header 编号 | 标题, each row's number a date's
figures (20261124, 20261123, …) and no date of its own: its articles' addresses date it, stale.
An edit is no publication: read by their edits' days, the first two would be fresh. Seven stale news columns: the
site fails (栏目不更新).
"""

from __future__ import annotations

from datetime import date, timedelta

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, by_age, trs_path, undated_path


def edited(mk: Maker, col: Column) -> Column:
    """`col` with each row edited lately, a day or two apart, the newest row last edited yesterday."""
    for n, item in enumerate(col.items):
        item.updated = mk.day(1 + 2 * n)
    return col


WEEKDAYS = "一二三四五六日"


def by_week(col: Column, as_of: date) -> Column:
    """`col` with each row's day shown by its week's (本周一, 上周三) or as 大前天, as a template's helper writes it
    within a fortnight; an older row by the weeks since (2周前)."""
    monday = as_of - timedelta(days=as_of.weekday())
    for item in col.items:
        if (as_of - item.published).days == 3:
            item.shown = "大前天"
        elif item.published >= monday - timedelta(days=7):
            item.shown = ("本周" if item.published >= monday else "上周") + WEEKDAYS[item.published.weekday()]
        else:  # weeks ago: how long at least, not the day
            item.shown = f"{(as_of - item.published).days // 7}周前"
    return col


def written_before(d: date, i: int) -> str:
    """An article's address in the folder of the month it was written in, three weeks before it was put up."""
    return f"/rsrm/{d - timedelta(days=21):%Y%m}/content_{i}.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 940000)
    news = mk.column("国资要闻", "/gzyw/index.html", "news", 2, 10, "gov_news", undated_path("/gzyw/"), gap=3,
                     style="solid", article_style="dedeplain")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=10)
    firms = edited(mk, mk.column("企业动态", "/qydt/index.html", "news", 40, 6, "gov_news",
                                 trs_path("/qydt/"), gap=6, layout="updpub"))
    oversight = edited(mk, mk.column("监管动态", "/jgdt/index.html", "news", 30, 6, "gov_news",
                                     trs_path("/jgdt/"), gap=6, layout="updlabel"))
    plain = [mk.column(name, f"/{slug}/index.html", "news", newest, 6, "gov_news", trs_path(f"/{slug}/"), gap=6)
             for name, slug, newest in (("党建动态", "djdt", 20), ("改革动态", "ggdt", 25), ("基层动态", "jcdt", 50))]
    work = by_week(mk.column("工作动态", "/gzdt/index.html", "news", 2, 8, "gov_news", undated_path("/gzdt/"), gap=2,
                             article_style="dedeplain"), env.as_of)
    new_year = date(env.as_of.year - (env.as_of < date(env.as_of.year, 1, 10)), 1, 3)
    staff = mk.column("人事任免", "/rsrm/index.html", "personnel", (env.as_of - new_year).days, 1, "notice",
                      written_before, style="mdd")
    tenders = mk.column("招标公告", "/zbgg/index.html", "other", 20, 6, "notice", undated_path("/zbgg/"), gap=8,
                        layout="due")
    for item in tenders.items:
        item.due = item.published + timedelta(days=30)
    aged = by_age(mk.column("国企动态", "/gqdt/index.html", "news", 26, 6, "gov_news", undated_path("/gqdt/"), gap=20,
                            article_style="dedeplain"), env.as_of)
    numbered = mk.column("监督动态", "/jddt/index.html", "news", 40, 6, "gov_news", trs_path("/jddt/"), gap=7,
                         layout="idrow")
    columns = [news, notices, firms, oversight, *plain, work, staff, tenders, aged, numbered]
    return Site(meta, cms="trs", columns=columns,
                blocks=[Block("国资要闻", 6, "solid"), Block("通知公告", 6)])
