"""示范市交通运输局 (jt): a department site whose homepage is fresh only by its 头条.

Over its blocks the homepage shows one headline, a title alone in an <h3> with a line of summary, at an address that
carries no date (/jtyw/content_N.html): the newest item of 交通要闻 (news, 1 day), whose article shows its date.
The blocks under it are older: 通知公告 (notice) 20 days, 政策文件 (policy) 45 days. A reader of the dated blocks
alone finds the homepage stale; a visitor sees yesterday's headline on top. 工作动态 (news, 2 days) shows its newest
article as a card over its list (a picture, its heading, its date and a summary), the list's rows holding the rest,
the newest of them 18 days old: the column is fresh by its card. 区县动态 (news, 4 days) shows month-days alone at
addresses under a folder named by a node's number that reads as a year (/qxdt/2019/N.html): no year of its articles.
新闻中心 (news) is a channel's page laid out as 苏州市公共资源交易中心's sub-centres lay theirs (realpage 66): a slider
of five pictures of 图说交通 (other, 30 days), no date shown, over a tab box of its two sub-columns' lists, 公示公告
(notice, 1 day, the tab shown) and 图说交通, each row dated, all under its folder: fresh by 公示公告's newest. A reader
that takes the tabs' boxes for other columns' beside an undated list of articles reads the slider alone: stale.
行业动态 (news, 16 days) writes each row's month-day in brackets at the head of its link's text, as Epoint's lists do
(realpage 74: [12-29] 标题), its address in a folder of the day it went online, 6 or 11 days after the one shown: a
reader of the folders alone finds it fresh.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, newest_apart, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 210000)
    news = mk.column("交通要闻", "/jtyw/index.html", "news", 1, 10, "gov_news", undated_path("/jtyw/"), gap=3,
                     paging="next")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=10)
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 45, 6, "policy", trs_path("/zcwj/"), gap=20)
    # its newest as a card over the list; the list's rows 16 days older and more, at addresses without a date
    work = newest_apart(mk.column("工作动态", "/gzdt/index.html", "news", 2, 12, "gov_news", undated_path("/gzdt/"),
                                  gap=3, paging="next", top_card=True), 16)
    # month-days alone, at addresses under a node's number in the years' range: /qxdt/2019/N.html is no 2019 article
    counties = mk.column("区县动态", "/qxdt/index.html", "news", 4, 10, "gov_news",
                         lambda d, i: f"/qxdt/2019/{i}.html", gap=3, style="md", paging="next")
    # [11-10] 标题: the month-day heads the link's text; the address's folder is the day it went online, days after
    trade = mk.column("行业动态", "/hydt/index.html", "news", 16, 10, "gov_news",
                      lambda d, i: f"/hydt/{d + timedelta(days=6 + 5 * (i % 2)):%Y%m%d}/{i}.html", gap=4,
                      style="mdsq", layout="headlink", paging="next")
    # a channel's page: a slider of 图说交通's pictures over a tab box of 公示公告 | 图说交通, under its folder
    tabs = [mk.column("公示公告", "/xwzx/gsgg/index.html", "notice", 1, 8, "notice", trs_path("/xwzx/gsgg/"), gap=9,
                      parent="新闻中心"),
            mk.column("图说交通", "/xwzx/tsjt/index.html", "other", 30, 8, "gov_news", trs_path("/xwzx/tsjt/"),
                      gap=12, parent="新闻中心")]
    channel = Column("新闻中心", "/xwzx/index.html", "news", sorted(
        (i for c in tabs for i in c.items), key=lambda i: i.published, reverse=True), layout="slidetabs",
        paging="none", per_page=16, tabs=tuple((c.name, c.path) for c in tabs))
    return Site(meta, cms="trs", columns=[news, notices, policies, work, counties, trade, channel, *tabs],
                blocks=[Block("通知公告", 6), Block("政策文件", 5)], headline=news.items[0])
