"""示范新城区人民政府 (xc): a TRS district portal that passes with deductions (98.6), read through every
layout that misleads a column reader.

Every column and article page carries a site-wide 最新信息 block and a 热点新闻 ticker (dated today or yesterday), a
今天是… line and a script-written date in its header, and 更新时间 in its footer. Its lists page in five ways
(index_1.html, list_1.html, ?page=2, ?uid=…&pageNum=2); the menu links 工作动态 by its directory, the homepage by
index.html. 部门动态 is filled by an inline fetch() of data.json, 视频新闻 by an external script that builds its URL
(only a browser finds it), 图片新闻 shows month-day dates (the year is in the article URL, the year before for the
item put up on 5 January whose article was made on 31 December); beside those two lists, and 审计信息's and
政策解读's, the template keeps a hidden 暂无数据 box that its script shows when it loads nothing. Three columns are
empty beside the dated blocks (an empty list, 暂无信息, an endpoint with no item); 统计信息 never answers, 财政预算's
list shows no dates while its articles answer 503, and 招标采购's links call a function of a script file with an id
(only a browser that clicks finds the articles), as 建议提案's table rows do with no link at all, after an empty list
its template leaves; 政策解读's list script is on a CDN that refuses connections, so a browser shows its list empty,
and so does 新闻发布会's, whose page then writes #page=1 into its address: those six cannot be judged (unverified),
and read as empty they would reach the five-empty-column veto. The newest 工作动态 article holds five wrong wordings
beside mentions of the past (demo/wording.py). 规范性文件's endpoint names each document's signDate, half a year before
it was put up, and effectiveDate, but no publication date: its articles tell. The homepage's freshest block, 工作动态,
is written in place by a script file of the site's (<ul><script src="/js/home-0.js"></script></ul>): only a browser
shows it. Each menu heading links to its first column (政务公开 to 通知公告), whose own entry names it below; each
group of the menu is a <dl>, its heading the <dt>, its columns <span>s of one <dd>, as 宜春's drawer menu draws them:
通知公告 and the stale 政策文件 are second-level columns, under 政务公开. Before the menu, a 网站导航 popup lists every
column flat, each group's under a <dt> without a link (中国福利彩票's): it places none (read first, the stale
政策文件 would be first-level, and cost 5 points). Over every page's header a bar of its tools, as 四川's portal
draws it (realpages 36, 94, 97, 99): 智能问答 (a chatbot's page, its conversation empty until asked), 个人中心 (the
sign-in page), 长者专区 (the site for the elderly: its newest 工作动态 in large print) and EN (its English pages, not
updated for a year): no column. Read as columns they add four to the site's: the chatbot's page an empty one (a
fourth, one short of the veto), the sign-in page unread, the others dated by their lists.
"""

from __future__ import annotations

from datetime import date, timedelta

from govcheck.demo.column import Column, Item
from govcheck.demo.list_rows import OPEN_DOC_JS
from govcheck.demo.model import Block, PlantedLink, SideBlock, Site, SiteMeta
from govcheck.demo.page_markup import SIGN_IN_PAGE
from govcheck.demo.sites import Env, Maker, trs_path, undated_path
from govcheck.demo.web import Reply
from govcheck.demo.wording import plant

NEWS, OPEN, ABOUT = "新闻中心", "政务公开", "走进新城"
# a chatbot's page: its conversation a list its script fills once a question is sent
CHAT = ('<div class="znwd-box"><div class="znwd-hd">您好，我是新城区智能客服，请输入您要咨询的问题。</div>'
        '<ul class="chat-list" id="chatList"></ul><div class="chat-input"><textarea id="question"></textarea>'
        '<button type="button" onclick="ask()">发送</button></div></div>')
ENGLISH = (("Xincheng District holds investment promotion conference", 380),
           ("Xincheng District opens new public service center", 410))


def tool_pages(site: Site, news: Column, as_of: date) -> None:
    """The pages the header's tools lead to: a chatbot's, the sign-in page, the site for the elderly (its newest
    工作动态 in large print, at their articles' addresses) and its English pages."""
    site.tools = (("智能问答", "/znwd/index.html"), ("个人中心", "/usercenter/index.html"),
                  ("长者专区", "/zzzq/index.html"), ("EN", "/english/index.html"))
    site.pages["/znwd/index.html"] = ("智能问答", CHAT)
    site.raw["/usercenter/index.html"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                                               SIGN_IN_PAGE.encode())
    rows = "".join(f'<li><a href="{i.path}">{i.title}</a></li>' for i in news.items[:5])
    site.pages["/zzzq/index.html"] = ("长者专区", '<div class="zzzq-font">字号：<a href="javascript:;">大</a></div>'
                                               f'<div class="zzzq-news"><h3>工作动态</h3><ul>{rows}</ul></div>')
    english = []
    for k, (title, days) in enumerate(ENGLISH):
        day = as_of - timedelta(days=days)
        site.pages[f"/english/news/{k + 1}.html"] = (title, f"<p>Updated: {day:%b %d, %Y}</p><p>{title}.</p>")
        english.append(f'<li><a href="/english/news/{k + 1}.html">{title}</a><span>{day:%b %d, %Y}</span></li>')
    site.pages["/english/index.html"] = ("English", f'<div class="en-news"><h3>News</h3><ul>{"".join(english)}</ul>'
                                                    "</div>")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "区", 94000)

    def col(name, path, type_, newest, count, pool, gap, parent, **kw) -> Column:
        folder = path.rsplit("/", 1)[0] + "/"
        return mk.column(name, path, type_, newest, count, pool, trs_path(folder), gap=gap, parent=parent, **kw)

    news = col("工作动态", "/xwzx/gzdt/index.html", "news", 3, 40, "gov_news", 2, NEWS, aliases=("/xwzx/gzdt/",))
    plant(news)  # wrong wordings in its newest article
    towns = col("乡镇动态", "/xwzx/xzdt/list.html", "news", 5, 40, "town_news", 3, NEWS, paging="list")
    pictures = col("图片新闻", "/xwzx/tpxw/index.html", "news", 6, 15, "gov_news", 30, NEWS, style="md", per_page=20)
    # put up on 5 January, its article made on 31 December: the list shows 01-05, the address says the year before
    jan5 = date(env.as_of.year - (env.as_of <= date(env.as_of.year, 1, 12)), 1, 5)
    made = trs_path("/xwzx/tpxw/")(jan5 - timedelta(days=5), mk.ids())
    pictures.items.append(Item("新年第一周全区重点项目集中开工", made, jan5))
    pictures.items.sort(key=lambda i: i.published, reverse=True)
    depts = col("部门动态", "/xwzx/bmdt/index.html", "news", 2, 14, "gov_news", 3, NEWS, paging="json", hanweb_id=1,
                hidden_nodata=True)
    videos = col("视频新闻", "/xwzx/spxw/index.html", "news", 1, 8, "gov_news", 4, NEWS, paging="script", hanweb_id=2,
                 hidden_nodata=True)
    # its pages' ColumnType meta names the section (政务公开), as some CMSs fill it: only its name types it
    notice = col("通知公告", "/zwgk/tzgg/", "notice", 30, 40, "notice", 8, OPEN, paging="query", style="cn",
                 section_type=OPEN)
    # not updated for 200 days, under the 政务公开 heading: a second-level column, neither vetoed nor deducted for
    policy = col("政策文件", "/col/col41/index.html", "policy", 200, 36, "policy", 12, OPEN, paging="pagenum",
                 hanweb_id=41, layout="table")
    personnel = col("人事信息", "/zwgk/rsxx/index.html", "personnel", 100, 10, "personnel", 20, OPEN)
    funds = Column("专项资金", "/zwgk/zxzj/index.html", "other", parent=OPEN, empty_text='<ul class="list"></ul>')
    projects = Column("重点项目", "/zwgk/zdxm/index.html", "other", parent=OPEN,
                      empty_text='<div class="list-box"><p class="no-data">暂无信息</p></div>')
    audits = Column("审计信息", "/zwgk/sjxx/index.html", "other", parent=OPEN, paging="json", hanweb_id=3,
                    hidden_nodata=True)
    # its endpoint names each document's signDate (half a year before it was put up) and effectiveDate, no
    # publication date: only its articles tell when they were published
    rules = col("规范性文件", "/zwgk/gfxwj/index.html", "policy", 20, 8, "policy", 25, OPEN, paging="json",
                hanweb_id=5, json_dates="sign")
    for item in rules.items:
        item.written = item.published - timedelta(days=200)
    stats = col("统计信息", "/zwgk/tjxx/index.html", "other", 12, 10, "other", 20, OPEN, fail="hang")
    budget = mk.column("财政预算", "/zwgk/czys/index.html", "other", 20, 4, "plan", undated_path("/zwgk/czys/"),
                       gap=30, parent=OPEN, undated=True, fail="articles_503")
    tenders = mk.column("招标采购", "/zwgk/zbcg/index.html", "other", 15, 12, "notice",
                        lambda d, i: f"/zwgk/zbcg/doc/{i}.html", gap=10, parent=OPEN, layout="scriptext",
                        fail="opaque_links")
    proposals = mk.column("建议提案", "/zwgk/jyta/index.html", "other", 25, 10, "other",
                          lambda d, i: f"/zwgk/jyta/doc/{i}.html", gap=15, parent=OPEN, layout="trclick",
                          fail="opaque_links")
    # its list script is on a CDN that refuses connections: the list a browser shows is empty, not the column
    readings = col("政策解读", "/zwgk/zcjd/index.html", "policy", 9, 8, "policy", 14, OPEN, paging="script",
                   hanweb_id=4, fail="script_host_down", hidden_nodata=True)
    # the same CDN, and a hash pager that then writes #page=1 into the page's address
    briefings = col("新闻发布会", "/zwgk/xwfbh/index.html", "policy", 11, 6, "other", 20, OPEN, paging="script",
                    hanweb_id=5, fail="script_host_down_hash")
    about = Column("机构概况", "/zjxc/jggk/index.html", "other", parent=ABOUT, static_html=(
        "<p>示范新城区设立于2015年，辖6个街道，面积128平方公里，常住人口43.7万人。</p>"))
    columns = [news, towns, pictures, depts, videos, notice, policy, personnel, funds, projects, audits, rules, stats,
               budget, tenders, proposals, readings, briefings, about]

    latest = sorted((i for c in (news, depts, towns) for i in c.items[:4]), key=lambda i: i.published, reverse=True)
    site = Site(meta, cms="trs", columns=columns,
                # 工作动态's rows, the freshest, written in place by a script file of the site's
                blocks=[Block("工作动态", 8, external=True), Block("通知公告", 6), Block("政策文件", 5)],
                menu_groups=[(NEWS, ["工作动态", "乡镇动态", "图片新闻", "部门动态", "视频新闻"]),
                             (OPEN, ["通知公告", "政策文件", "人事信息", "专项资金", "重点项目", "审计信息",
                                     "统计信息", "财政预算", "招标采购", "建议提案", "政策解读", "新闻发布会"]),
                             (ABOUT, ["机构概况"])],
                side_blocks=[SideBlock("最新信息", tuple(latest[:8]), css="r-box"),
                             SideBlock("热点新闻", tuple(latest[8:13]), css="hot-news", ticker=True)],
                sibling_menu=True, heading_links=True, group_dl=True, nav_popup=True, today=env.as_of,
                updated=env.as_of)

    tool_pages(site, news, env.as_of)
    # the hanging column's menu link is on every page, the homepage included; the budget's articles answer 503
    site.links.append(PlantedLink(stats.path, "/", "统计信息", "timeout", "broken"))
    site.links += [PlantedLink(i.path, budget.path, i.title, "http_5xx", "broken") for i in budget.items]
    # 招标采购's links and 建议提案's rows call openDoc(id), which this file defines: only a browser that clicks
    # finds the articles
    site.raw[OPEN_DOC_JS] = Reply(200, {"Content-Type": "application/javascript"}, (
        b"function openDoc(id) {\n  var d = new Date();\n  window.open(DOC_ROOT + id + '.html?t=' + d.getTime());\n}\n"
        b"var DOC_ROOT = location.pathname.replace(/[^/]*$/, '') + 'doc/';\n"))
    return site
