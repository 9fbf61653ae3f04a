"""示范省交通运输厅 (jtt): a provincial department on TRS 海云 (TRS WCM 8+), moved onto the platform nine days
before the inspection date, every document of its old site imported anew.

工作动态 (news, 3 days) and 通知公告 (notice, 30 days) are static lists under createPageHTML; its homepage's blocks
of them keep it fresh. 市县动态 (news, 40 days), 行业动态 (news, 50 days) and 交通要闻 (news, 30 days) are such lists,
stale. 基层动态 (news, 45 days: stale) is an empty list an inline $.ajax() fills from the JSON file the platform
writes beside it (lmdata.json), each document as 海云 answers it, its fields in the platform's order: CRTIME, the day
the document was created on the platform (the import's, nine days before the inspection date), before DOCRELTIME,
its publication, which the page shows, and CHNLDOC_OPERTIME, the day it was last touched (the import's too).
建设动态 (news, 25 days: stale) lists oldest first over six pages under TRS's older pager template: var currentPage,
var countPage and a loop of document.write, no createPageHTML call and no link in the HTML; its newest are on its
last page, index_5.html. Five news columns stale: the site fails (栏目不更新).
最新政策 (policy, 20 days) is drawn, as 中国政府网's is, from the array of its list file beside it
(ZUIXINZHENGCE.json: TITLE, SUB_TITLE, URL, DOCRELPUBTIME), its articles at /zhengce/content/<yyyymm>/content_<id>.htm;
政策文件 (policy, 60 days) from 海云's searchList answer (data.results: publishedTimeStr, publishedTime in epoch
milliseconds, its 成文日期, weeks before, among domainMetaList's fields); 政策解读 (policy) from a data file of no
document, {"total": 0, "data": []}: an empty column. 要闻 (news, 5 days) is paged as 中国政府网 pages its lists,
home.htm, then home_1.htm … under 首页, 上一页, 下一页 and 尾页 links: one column. 工作通知 (notice, 40 days) is drawn
by a script file of its own (common_xq_list.js, as 证监会's) from searchList, the address built from the page's
channelid <meta>: only a browser finds it. 港航动态, a channel of no document under the countPage template, shows an
empty list beside its pager's 共1页: an empty column.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

IMPORTED = 9  # days before the inspection date the platform imported the old site's documents


def govcn_path(d, i) -> str:
    """中国政府网's article address: /zhengce/content/<yyyymm>/content_<id>.htm."""
    return f"/zhengce/content/{d:%Y%m}/content_{i}.htm"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "省", 900000)
    news = mk.column("工作动态", "/xwzx/gzdt/index.html", "news", 3, 30, "gov_news", trs_path("/xwzx/gzdt/"), gap=2)
    notices = mk.column("通知公告", "/xwzx/tzgg/index.html", "notice", 30, 12, "notice", trs_path("/xwzx/tzgg/"),
                        gap=15)
    counties = mk.column("市县动态", "/xwzx/sxdt/index.html", "news", 40, 12, "gov_news", trs_path("/xwzx/sxdt/"),
                         gap=6)
    trade = mk.column("行业动态", "/xwzx/hydt/index.html", "news", 50, 10, "gov_news", trs_path("/xwzx/hydt/"), gap=8)
    headlines = mk.column("交通要闻", "/xwzx/jtyw/index.html", "news", 30, 10, "gov_news", trs_path("/xwzx/jtyw/"),
                          gap=5)
    # documents imported onto 海云: created and last touched the day of the import, published weeks before
    grassroots = mk.column("基层动态", "/xwzx/jcdt/index.html", "news", 45, 14, "gov_news", trs_path("/xwzx/jcdt/"),
                           gap=7, paging="datafile", data_file="lmdata.json", json_dates="trs", per_page=100,
                           created=env.as_of - timedelta(days=IMPORTED))
    # oldest first over six pages under TRS's older pager template (countPage, no createPageHTML)
    works = mk.column("建设动态", "/xwzx/jsdt/index.html", "news", 25, 60, "gov_news", trs_path("/xwzx/jsdt/"), gap=3,
                      paging="countpage", order="asc", per_page=10)
    latest = mk.column("最新政策", "/zhengce/zuixin/index.html", "policy", 20, 16, "policy", govcn_path, gap=9,
                       paging="datafile", data_file="ZUIXINZHENGCE.json", json_dates="govcn", per_page=100)
    documents = mk.column("政策文件", "/zfxxgk/zcwj/index.html", "policy", 60, 12, "policy",
                          trs_path("/zfxxgk/zcwj/"), gap=20, paging="datafile", data_file="searchList.json",
                          json_dates="search", per_page=100)
    for item in documents.items:  # signed weeks before it was put up
        item.written = item.published - timedelta(days=24)
    # 中国政府网's list pages: home.htm, then home_1.htm … under 首页, 上一页, 下一页, 尾页 links
    yaowen = mk.column("要闻", "/yaowen/liebiao/home.htm", "news", 5, 40, "gov_news", govcn_path, gap=2,
                       paging="home", per_page=10)
    # its list drawn by a script file from searchList, the address built from the page's channelid <meta>
    notes = mk.column("工作通知", "/zfxxgk/gztz/index.html", "notice", 40, 12, "notice", trs_path("/zfxxgk/gztz/"),
                      gap=12, paging="searchlist", json_dates="search", per_page=100)
    # a channel of no document under the same template: an empty list, the pager's script saying 共1页
    ports = Column("港航动态", "/xwzx/ghdt/index.html", "news", paging="countpage")
    readings = Column("政策解读", "/zfxxgk/zcjd/index.html", "policy", paging="datafile", data_file="lmdata.json",
                      json_dates="trs", per_page=100)
    return Site(meta, cms="trs", columns=[news, notices, counties, trade, headlines, grassroots, works, latest,
                                          documents, readings, yaowen, notes, ports],
                blocks=[Block("工作动态", 8), Block("通知公告", 6)])
