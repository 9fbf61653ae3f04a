"""示范经济开发区管理委员会 (kx): a JSP portal behind a frameset that passes with deductions (94.7).

The homepage is a ``<frameset>``: the header frame (top.html) holds the menu, the main frame (main.html) the
news blocks, the footer and five dead media links (an ``<object>``, an ``<embed>``, a ``<source>``, a CSS
``url()`` in a style attribute and one in a ``<style>`` sheet). Its lists are ``list.jsp?classid=N&page=K``
and its articles ``show.jsp?id=N``, pages told apart by their query alone: three articles on the second list
pages carry a dead attachment. 通知公告 lists oldest first over four pages (its newest item is on the last),
政策文件 pins two old items on top, 招商动态 is unsorted, and the homepage links page 3 of 工作动态 (往期回顾),
a pager page that is not a column of its own. Every column and article page carries a 今日关注 box of fresh items,
told from the columns' lists only by being on every page. 政策文件 shows each item as a card (one link holding a
calendar box, a heading and a summary), 人事信息 its dates as calendar boxes (the day apart from the year and month).
意见征集 is empty: its list is a <ul> without a class, and only its pager says so (共 0 条). 规划计划 shows
month-days alone (05-12) and its addresses no year: its newest item, 400 days old, is last year's, which only its
article tells. The homepage's two fresh blocks show month-days as [11.25], beside 通知公告's full dates, 25 days old;
the newest of them, 工作动态's, links an article whose 发布时间 and PubDate say 1970-01-01 08:00:00, the CMS's empty
time (Unix time 0 in Beijing, as an EmpireCMS or DedeCMS page shows an item whose time was never set): no date, so
the month-day stands in the year guessed and the homepage is fresh (read as its year, 1970, it would be stale and
vetoed); its list's full date is no faked one.
园区动态 (news, 30 days) and 企业动态 (news, 20 days) are unsorted and stale on every page their pagers lead to: the
下一页 of 园区动态's second and last page leads back to its first, and 企业动态's ?page=N is ignored, 尾页 (?page=8)
its first page again. Read whole, both are stale, however far a reader could go on clicking.
项目动态 (news, two items, 40 days: stale) is linked by its menu at a short address that answers 302 to its list
(/lm/12 -> /list.jsp?classid=12), and by its homepage box's 更多 at its list's own: one column, judged under its
menu's address (its two items tell no alias by themselves).
"""

from __future__ import annotations

from govcheck.demo.column import Column, Item
from govcheck.demo.home_markup import HOME_MAIN
from govcheck.demo.model import Block, PlantedLink, SideBlock, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, redirect, trs_path


def show(d, ident: int) -> str:
    return f"/show.jsp?id={ident}"


# (href, text, tag in markup, what it is): the dead media of the main frame
MEDIA = [
    ("/flash/kfq_banner.swf", "开发区宣传动画", "object"),
    ("/media/kfq_intro.mp4", "开发区介绍视频", "embed"),
    ("/media/kfq_2026.mp4", "2026年招商推介", "source"),
    ("/images/kfq/banner_bg2026.jpg", "", "style"),
    ("/images/kfq/side_bg.png", "", "css"),
]


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "区", 92000)

    def jsp(name, classid, type_, newest, count, pool, gap, **kw) -> Column:
        return mk.column(name, f"/list.jsp?classid={classid}", type_, newest, count, pool, show, gap=gap,
                         paging="jsp", classid=classid, **kw)

    news = jsp("工作动态", 5, "news", 2, 45, "gov_news", 3)
    news.items[0].epoch = True  # its article's 发布时间 and PubDate the CMS's empty time, 1970-01-01 08:00:00
    notice = jsp("通知公告", 6, "notice", 25, 50, "notice", 8, order="asc")
    policy = jsp("政策文件", 7, "policy", 50, 20, "policy", 15, layout="card")
    for days in (900, 800):  # pinned long ago and never taken down
        when = mk.day(days)
        policy.items.insert(0, Item(f"示范经济开发区{when.year}年度政策汇编（置顶）", show(when, mk.ids()), when,
                                    pinned=True))
    invest = jsp("招商动态", 8, "news", 4, 12, "gov_news", 4, order="shuffled")
    # unsorted lists whose pagers lead nowhere new: 园区动态's last page's 下一页 back to its first, 企业动态's ?page=N
    # ignored, each page its first again; both read whole, and stale
    park = mk.column("园区动态", "/yqdt/index.html", "news", 30, 24, "gov_news", trs_path("/yqdt/"), gap=5,
                     order="shuffled", paging="loop", per_page=12)
    firms = mk.column("企业动态", "/qydt/index.html", "news", 20, 12, "gov_news", trs_path("/qydt/"), gap=6,
                      order="shuffled", paging="stuck", per_page=15)
    personnel = jsp("人事信息", 9, "personnel", 100, 9, "personnel", 30, layout="daybox")
    # month-days alone, the addresses no year: its newest, 400 days old, reads as this year's (35 days ago)
    plans = jsp("规划计划", 11, "plan", 400, 8, "plan", 40, style="md")
    # empty, said only by its pager's count (共 0 条), its list a <ul> without a class (as a city bureau's was in 2021)
    opinions = Column("意见征集", "/list.jsp?classid=10", "other", paging="jsp", classid=10, empty_text=(
        '<ul>\n  <div class="clearit"></div>\n</ul>\n<div class="page " style="margin:15px 0;"><div id="page_div">'
        '<span class="pagination-first"><a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> '
        '<a class="current">1</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a> '
        "<a>共 0 条 当前第 1 / 1 页</a></span></div></div>"))
    # two items, the newest 40 days old: its menu links it by a short address answering 302 to its list (/lm/12 ->
    # list.jsp?classid=12), its homepage box's 更多 by its list's own
    projects = jsp("项目动态", 12, "news", 40, 2, "gov_news", 20, entry="/lm/12")
    about = Column("机构概况", "/jggk.jsp", "other", static_html=(
        "<p>示范经济开发区成立于1992年，规划面积56平方公里，设党政办公室、经济发展局、招商服务局等机构。</p>"))
    # a box of the newest 招商动态 beside every page's content, titled and classed like nothing in particular: only
    # its showing up on page after page tells that it is the site's, not a column's
    latest = tuple(sorted(invest.items, key=lambda i: i.published, reverse=True)[:8])
    site = Site(meta, cms="generic",
                columns=[news, notice, policy, invest, park, firms, personnel, plans, opinions, about, projects],
                # its two fresh blocks show month-days as [11.25]; 通知公告's full dates are 25 days old
                blocks=[Block("工作动态", 8, "mddot"), Block("通知公告", 6), Block("招商动态", 5, "mddot"),
                        Block("项目动态", 2)],
                frames="frameset",
                home_links=[(news.page_path(2), "往期动态回顾")],
                side_blocks=[SideBlock("今日关注", latest, css="box")], side_css="col-r")
    site.handlers[projects.entry] = lambda req: redirect(projects.path)

    # three articles on second list pages, each with a dead attachment
    for col in (news, notice, policy):
        item = col.pages()[1][3]
        ident = item.path.rsplit("=", 1)[-1]
        item.attachments = [f"/upload/files/kfq_{ident}.pdf"]
        site.links.append(PlantedLink(item.attachments[0], item.path, f"附件1：{item.title}（1）.pdf", "http_404",
                                      "broken", kind="attachment"))

    media = ['<div class="media">',
             f'<object data="{MEDIA[0][0]}" type="application/x-shockwave-flash" width="300" height="120" '
             f'title="{MEDIA[0][1]}"></object>',
             f'<embed src="{MEDIA[1][0]}" type="video/mp4" width="300" height="200" title="{MEDIA[1][1]}">',
             f'<video controls width="300"><source src="{MEDIA[2][0]}" type="video/mp4">{MEDIA[2][1]}</video>',
             f'<div class="banner" style="background:url({MEDIA[3][0]}) no-repeat center;height:90px"></div>',
             f"<style>.media{{background-image:url('{MEDIA[4][0]}')}}</style>",
             "</div>"]
    site.homepage_html = "\n".join(media)
    for href, text, tag in MEDIA:
        kind = "image" if href.endswith((".jpg", ".png")) else "other"
        site.links.append(PlantedLink(href, HOME_MAIN, text, "http_404", "broken", tag=tag, kind=kind))
    return site
