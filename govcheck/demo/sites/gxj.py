"""示范市工业和信息化局 (gxj): a department site whose column pages show their pinned items (置顶) in a small block
of their own over the list, as many templates draw them (a <ul class="zd-list"> whose rows carry top.gif, or a box
headed 置顶), and a 最新信息 box beside every page.

工信动态 (news): its newest item, 1 day old, pinned in the zd-list block of one row over a list of 17 whose newest
is 20 days old: fresh by its pinned item alone. 通知公告 (notice): two pinned items 300 and 400 days old in a 置顶
box over a list whose newest is 200 days old: stale (an old pinned item freshens nothing). 政务要闻 (news): a
pinned item 400 days old over a list whose newest is 2 days old: fresh. 行业动态, 企业动态 and 招商动态 (news)
are plainly stale, 产业新闻 (news) plainly fresh, and its newest six fill the 最新信息 box beside every page,
whose dates are no column's but its own. 政策文件 (policy) is a 信息公开 table whose header names 标题 over two
cells (colspan="2": a bullet picture's and the title's), then 成文日期 and 发布日期: its newest put up 10 days ago,
signed 220 days ago: fresh. So are 规范性文件 (policy, 15 days), its header a table of its own over a rule line's
table (one empty cell) over the rows' table, and 部门文件 (policy, 20 days), its header a <div> of <span>s over a box
that holds the box of its <ul>: each signed 210 days before it was put up. 图片新闻 (news, 30 days: stale) draws its
list as old table portals do: a grid of picture cards, four a row, each a table of its own in a cell of the grid (the
picture's link, an empty row, the caption's link, both to the article), no date shown, the articles' addresses none
either (/tpxw/content_N.html): dated by its articles. 政策解读 (policy, 240 days: stale) is a 信息公开 list as
Lonsun's platform draws it (萧县's, realpage 83): each row a title, a 部门解读 link, the date and a 【下载】 run by
onclick, in boxes classed xxgk_nav_con and xxgk_nav_list (a reader taking any class naming nav for a menu finds no row
and calls it a static page). Six stale columns: the site fails (a reader that sees no list in the grid takes 图片新闻
for a static page, and passes it with five).
行业动态 shows 15 rows a page at its menu's address (/hydt/index.html); its homepage box's 更多 asks the same list
20 rows a page (/list.jsp?channelid=hydt&pagesize=20): one column, its first pages differing by their size alone
(judged twice, it would be the fifth stale column).
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Item
from govcheck.demo.model import Block, SideBlock, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 920000)

    def col(name: str, d: str, newest: int, count: int, pins: tuple[tuple[int, str], ...] = (), block: str = "",
            kind: str = "news"):
        c = mk.column(name, f"/{d}/index.html", kind, newest, count, "gov_news" if kind == "news" else kind,
                      trs_path(f"/{d}/"), gap=4, per_page=20, pinned_block=block)
        for days, title in reversed(pins):
            day = mk.day(days)
            c.items.insert(0, Item(title, trs_path(f"/{d}/")(day, mk.ids()), day, pinned=True))
        return c

    news = col("工信动态", "gxdt", 20, 17, ((1, "示范市召开全市工业经济运行调度会"),), "zd")
    notices = col("通知公告", "tzgg", 200, 16, ((300, "关于做好年度工业统计工作的通知"),
                                                (400, "示范市工业和信息化局政务公开工作制度")), "box", "notice")
    headlines = col("政务要闻", "zwyw", 2, 16, ((400, "示范市工业和信息化局主要职责"),), "zd")
    growth = col("产业新闻", "cyxw", 0, 12)
    # a table whose header's 标题 spans two cells, a bullet's and the title's; each document signed 210 days before
    # it was put up
    documents = mk.column("政策文件", "/zcwj/index.html", "policy", 10, 12, "policy", trs_path("/zcwj/"), gap=9,
                          layout="gkmlspan", per_page=20)
    # the same under a header table and a rule line over the rows' table; under a header <div> over a box in a box
    rules = mk.column("规范性文件", "/gfxwj/index.html", "policy", 15, 10, "policy", trs_path("/gfxwj/"), gap=11,
                      layout="gkmlline", per_page=20)
    papers = mk.column("部门文件", "/bmwj/index.html", "policy", 20, 10, "policy", trs_path("/bmwj/"), gap=13,
                       layout="gkmlbox", per_page=20)
    # Lonsun's 信息公开 list (realpage 83): its rows in boxes classed xxgk_nav_con and xxgk_nav_list, 240 days old
    readings = mk.column("政策解读", "/zcjd/index.html", "policy", 240, 10, "policy", trs_path("/zcjd/"), gap=20,
                         layout="lsnav", per_page=15)
    for item in (*documents.items, *rules.items, *papers.items):
        item.written = item.published - timedelta(days=210)
    stale = [col(name, d, newest, 10) for name, d, newest in (("企业动态", "qydt", 40), ("招商动态", "zsdt", 60))]
    # 15 rows a page at its menu's address; its homepage box's 更多 asks the same list 20 rows a page
    trade = col("行业动态", "hydt", 25, 20)
    trade.per_page, trade.more_as, trade.more_size = 15, ("/list.jsp?channelid=hydt&pagesize=20",), 20
    stale.insert(0, trade)
    # a grid of picture cards, no date shown, the articles' addresses none either
    stale.append(mk.column("图片新闻", "/tpxw/index.html", "news", 30, 9, "gov_news", undated_path("/tpxw/"), gap=5,
                           per_page=20, undated=True, layout="picgrid"))
    columns = [news, notices, headlines, growth, documents, rules, papers, readings, *stale]
    site = Site(meta, cms="trs", columns=columns,
                blocks=[Block("产业新闻", 6), Block("工信动态", 6), Block("通知公告", 6), Block("行业动态", 6)],
                side_blocks=[SideBlock("最新信息", tuple(growth.items[:6]), css="zxxx")], side_css="right-box")
    site.raw["/images/top.gif"] = site.raw["/images/dot.gif"] = image()
    return site
