"""示范市财政局 (cz): a department site whose homepage is fresh only by a list a script file fills.

Its 财政要闻 block (news, 2 days) is an empty <ul> beside a script file of the site's own (/js/fill-0.js, not inside
the list) that fetches the rows from /api/home-0.json, and a copy of the rows in a <noscript> for a browser that runs
no script (which govcheck, like a browser that runs them, does not read); the blocks its HTML shows are older: 通知公告
(notice) 30 days, 政策文件 (policy) 50 days. A reader of the HTML alone finds the homepage stale; a browser shows it
fresh. 财政动态 (news, 4 days) is an empty <ul id="list"> that an inline script after it fills from data of its own
(each date in epoch seconds, as 开普云's pages carry it). 新闻发布会 (40 days) holds the transcripts of the
bureau's press conferences, a few a year: the indicators' 解读回应, timed as 政策解读 is (policy), not a 动态要闻
column for the 新闻 in its name. Its menu and its site map are drawn by a script from an array it fetches
(/config/menu.json), no link in the markup: 财政动态 and 新闻发布会, on no homepage block, are found there alone.

解读回应, a first-level column of the menu, holds the bureau's readings of its documents (政策解读, 图解, 答记者问),
none for 210 days: timed as its 政策解读 columns are (policy), a stale first-level policy column (−5: 95), though no
政策 is in its name.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 200000)
    news = mk.column("财政要闻", "/czyw/index.html", "news", 2, 10, "gov_news", trs_path("/czyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice", trs_path("/tzgg/"), gap=10)
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 50, 6, "policy", trs_path("/zcwj/"), gap=20)
    # an empty list an inline script after it fills from data of its own (开普云's: each date in epoch seconds)
    work = mk.column("财政动态", "/czdt/index.html", "news", 4, 8, "gov_news", trs_path("/czdt/"), gap=3,
                     layout="inlinedata", paging="none")
    # press conferences' transcripts: 解读回应 (timed as policy), not 动态要闻 for the 新闻 in its name
    briefings = mk.column("新闻发布会", "/xwfbh/index.html", "policy", 40, 5, "policy", trs_path("/xwfbh/"), gap=50)
    readings = mk.column("解读回应", "/jdhy/index.html", "policy", 210, 6, "reading", trs_path("/jdhy/"), gap=30)
    return Site(meta, cms="trs", columns=[news, notices, policies, work, briefings, readings],
                blocks=[Block("财政要闻", 8, filled=True), Block("通知公告", 6), Block("政策文件", 5)], menu_file=True)
