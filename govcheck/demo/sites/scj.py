"""示范市市场监督管理局 (scj): a department site served over HTTPS whose server sends its certificate without the
intermediate CA that signed it, as very many government servers do.

The certificate is in date and names the site's address; it names where its intermediate is (Authority Information
Access, caIssuers: the demo CA's plain-HTTP server, demo/tlscerts.py), and a browser, which fetches it there, opens
the site without a warning. Its homepage is fresh by 市场监管要闻 (news, 2 days); 通知公告 (notice, 15 days) is in
time, 政策法规 (policy, 200 days) is a stale first-level column (−5), and 消费维权 shows 暂无信息 (empty).

Two first-level columns carry a timed type's word but are no column of that type. The menu's 新闻发布 is the page's
新闻发布会 (its title, breadcrumb, heading and ColumnName): the press conferences' transcripts, the indicators'
解读回应, timed as 政策解读 (policy, 70 days: in time), not a 动态要闻 column for its 新闻. 双公示 lists the bureau's
行政许可 and 行政处罚 decisions, which it has published on the city's 信用 platform since (200 days): decisions come as
they are made, no 通知公告 column of the office's, and not timed. With 执法动态 (25 days) and 县区动态 (30 days) stale,
three columns count for 栏目不更新 (news, first-level notice and policy): the site passes with 95. Typed by their
words, 新闻发布 a news and 双公示 a notice column, five would count, and the site would fail.

So do two more first-level columns of the bureau's decisions, published as each is made: 行政执法公示 (its
行政处罚决定书, 行政检查 and 行政强制 results; 200 days, since the province's 行政执法信息公示平台 took them) and
双随机抽查结果公示 (the 双随机、一公开 spot checks' results, 190 days). Like 双公示 they are no 通知公告 column for
their 公示, and not timed: typed notice, they would be the fourth and fifth stale columns of the veto.

Its homepage's 市场监管要闻 is the shown pane of a tab box as 博达's templates draw their main one (灞桥's 要闻 |
工作动态 | 公示公告): its tabs links to nowhere (javascript:void(0)) in a <ul class="m-list5 TAB_CLICK">, no heading's
class, a box of a link elsewhere among its <li>s, the panes its siblings (<div class="tabshow1">, dn but the first),
each list ending with its 更多+. The hidden pane, 质量安全, lists nothing, and its 更多+ alone leads to its column,
an empty list that says nothing: a second empty column beside 消费维权.

Its menu's 政务公开 (a page of text) drops down a box as 博达's templates draw one (灞桥's 政民互动): a tab box of
政府文件 | 公示公告, its tabs links to nowhere, each pane listing its column's five newest titles, undated, and ending
with its 更多+, the only link to its column, no site map listing them. Both are second-level columns under 政务公开,
stale (200 days), which counts toward no veto: the titles are articles, no columns, and the site still passes with
95. Placed first-level, 政府文件 and 公示公告 would be the fourth and fifth stale columns of the veto, failing it.
The drop-down's first box is a text as 灞桥's 区情简介 draws one: a paragraph about the bureau's 政务公开 ending
with a 【详情】 link to 政府文件, whose name the list under the text gives (<ul class="m-list10">). 【详情】 names no
column: 政府文件 is still a second-level column under 政务公开; taken for a first-level column named 【详情】 (typed by
its page's heading, policy), it would be a second stale first-level policy column (−5: 90).
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 700000)
    news = mk.column("市场监管要闻", "/scjgyw/index.html", "news", 2, 12, "gov_news", trs_path("/scjgyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 15, 8, "notice", trs_path("/tzgg/"), gap=12)
    policy = mk.column("政策法规", "/zcfg/index.html", "policy", 200, 6, "policy", trs_path("/zcfg/"), gap=30)
    consumers = Column("消费维权", "/xfwq/index.html", "other", empty_text='<div class="no-data">暂无信息</div>')
    law = mk.column("执法动态", "/zfdt/index.html", "news", 25, 8, "gov_news", trs_path("/zfdt/"), gap=9)
    counties = mk.column("县区动态", "/xqdt/index.html", "news", 30, 8, "gov_news", trs_path("/xqdt/"), gap=9)
    press = mk.column("新闻发布", "/xwfbh/index.html", "policy", 70, 5, "press", trs_path("/xwfbh/"), gap=90,
                      heading="新闻发布会")
    credit = mk.column("双公示", "/sgs/index.html", "other", 200, 10, "credit", trs_path("/sgs/"), gap=4)
    enforce = mk.column("行政执法公示", "/xzzfgs/index.html", "other", 200, 8, "enforce", trs_path("/xzzfgs/"), gap=5)
    checks = mk.column("双随机抽查结果公示", "/ssjcc/index.html", "other", 190, 6, "spotcheck", trs_path("/ssjcc/"),
                       gap=20)
    # a column with nothing in it that only its pane's 更多+ in the homepage's tab box leads to
    quality = Column("质量安全", "/zlaq/index.html", "other", empty_text='<ul class="list"></ul>')
    # 政务公开's drop-down in the menu: a tab box of its two columns, each pane's 更多+ the only link to its column
    public = Column("政务公开", "/zwgk/index.html", "other", static_html="<p>市场监督管理局依法主动公开政府信息，"
                    "公开内容包括机构职能、政策文件、公示公告、行政执法和统计信息等，欢迎社会各界监督。</p>")
    files = mk.column("政府文件", "/zwgk/zfwj/index.html", "policy", 200, 6, "policy", trs_path("/zwgk/zfwj/"),
                      gap=30, parent="政务公开")
    notices2 = mk.column("公示公告", "/zwgk/gsgg/index.html", "notice", 200, 6, "notice", trs_path("/zwgk/gsgg/"),
                         gap=20, parent="政务公开")
    return Site(meta, cms="trs", columns=[news, notices, policy, consumers, law, counties, press, credit, enforce,
                                          checks, quality, public, files, notices2],
                blocks=[Block("市场监管要闻", 6, tab=True), Block("质量安全", 6, tab=True), Block("通知公告", 6)],
                tab_head="row", pane_only=("质量安全", "政府文件", "公示公告"), menu_panes=("政府文件", "公示公告"),
                menu_detail="政府文件")
