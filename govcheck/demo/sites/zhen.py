"""示范镇人民政府 (zhen): a town portal that fails by its score alone (58.0).

25 distinct dead links on the homepage (−25), two top-level policy columns silent for over 6 months
(−10), 70 distinct dead links on other pages (−7); the homepage and the other columns are fresh and the
footer is complete. Its 通知公告 list writes each link with an inline script (document.write) beside a date
in the markup: a list a browser shows full, its HTML alone a list of dates without links. Its 规范性文件 table
shows each document's 成文日期 alone: when it was published only the article says. 镇村动态 lists oldest first over
three pages, its pager written by createPageHTML('page_div', 3, 1, 'index', 'html', 26): page k at index_k.html.
振兴动态 and 党建动态 (an old work plan pinned on its top) list titles alone at addresses without a date
(show.php?id=N, ShowArticle.asp?ArticleID=N); their articles carry no PubDate and show their date under 发稿时间, or
unlabelled before 作者 and 点击数: both fresh.
振兴动态's page shows, left of its list, a box of 政策文件's newest, months old, as old table portals do; so does
综治动态's, a young column of three articles (fresh) beside a box of five.
Its menu, and its site map, an inline script of every page writes in place, a document.write an entry, inside the
menu's box: no menu link in the HTML. 政策文件 and 规范性文件, on no homepage block, only the menu leads to: unread,
the two stale first-level policy columns are never found and the site would pass (68.0).
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Item
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, link_list, trs_path

SERVICES = ["户籍办理", "社保查询", "医保缴费", "不动产登记", "婚姻登记", "残疾人证办理", "高龄津贴申领",
            "农村低保申请", "宅基地审批", "林木采伐许可", "计划生育证明", "退役军人服务", "就业登记",
            "农机补贴申请", "水电报修"]
PICTURES = ["秋收时节", "乡村新貌", "党员志愿服务", "文艺汇演", "河道清淤", "道路硬化", "产业园区", "敬老院",
            "文化广场", "农家书屋"]
TOPICS = ["脱贫攻坚", "乡村振兴", "扫黑除恶", "文明创建", "防汛抗旱"]


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 7000)
    col = lambda name, slug, type_, newest, count, pool, gap, **kw: mk.column(  # noqa: E731
        name, f"/{slug}/index.html", type_, newest, count, pool, trs_path(f"/{slug}/"), gap=gap, **kw)
    news = col("工作动态", "gzdt", "news", 1, 20, "town_news", 3)
    # a table of documents showing their 成文日期 alone (written 30 days before they were published), at addresses
    # that do not look like articles: only the articles tell when they were published
    rules = mk.column("规范性文件", "/gfxwj/index.html", "policy", 260, 8, "policy", lambda d, i: f"/gfxwj/{i}.shtml",
                      gap=25, layout="gkmlw")
    for item in rules.items:
        item.written = item.published - timedelta(days=30)
    columns = [
        news,
        col("通知公告", "tzgg", "notice", 10, 12, "notice", 8, layout="docwrite"),
        policy := col("政策文件", "zcwj", "policy", 200, 10, "policy", 20, style="slash"),
        rules,
        col("村务公开", "cwgk", "other", 5, 12, "other", 9),
        # oldest first over three pages, its pager TRS's container form as a province's page.js numbers it
        col("镇村动态", "zcdt", "news", 2, 26, "town_news", 2, order="asc", paging="trsbox", per_page=10),
        # titles alone at addresses without a date, their articles dated under a label of their own (发稿时间), or
        # unlabelled before 作者 and 点击数, with no PubDate: fresh, as the articles say
        revival := mk.column("振兴动态", "/zxdt/index.html", "news", 3, 9, "town_news",
                             lambda d, i: f"/show.php?id={i}", gap=4, undated=True, article_style="fagao"),
        party := mk.column("党建动态", "/djdt/index.html", "news", 4, 9, "town_news",
                           lambda d, i: f"/ShowArticle.asp?ArticleID={i}", gap=4, undated=True, article_style="bare"),
        # a young column: three articles, titles alone, beside a longer box of another column's
        safety := mk.column("综治动态", "/zzdt/index.html", "news", 6, 3, "town_news",
                            lambda d, i: f"/shownews.asp?id={i}", gap=5, undated=True, article_style="fagao"),
    ]
    # 振兴动态's page shows, on its left, a box of 政策文件's four newest, half a year old: not its list; 综治动态's
    # page its five newest beside its own three
    revival.box_before = ("政策文件", tuple(policy.items[:4]))
    safety.box_before = ("政策文件", tuple(policy.items[:5]))
    # 党建动态 pins a work plan of two years ago on top of its titles
    plan_day = mk.day(700)
    party.items.insert(0, Item(f"示范镇{plan_day.year}年党建工作要点（置顶）",
                               f"/ShowArticle.asp?ArticleID={mk.ids()}", plan_day, pinned=True))
    site = Site(meta, cms="trs", columns=columns,
                blocks=[Block("工作动态", 8), Block("通知公告", 6), Block("村务公开", 5)],
                inline_menu=True, menu_box="nav")

    services = [PlantedLink(f"/bmfw/{k + 1:02d}.html", "/", name, "http_404", "broken")
                for k, name in enumerate(SERVICES)]
    pictures = [PlantedLink(f"/images/tpxw/2025{k + 1:02d}.jpg", "/", name, "http_404", "broken",
                            tag="img", kind="image")
                for k, name in enumerate(PICTURES)]
    site.homepage_html = (link_list(services, "便民服务") + "\n" + link_list(pictures, "图说示范镇") +
                          '\n<div class="block zt"><div class="block-hd"><h3>专题专栏</h3></div><ul>'
                          '<li><a href="/zt/zthg/index.html">专题回顾</a></li>'
                          '<li><a href="/zt/lswj/index.html">历史文件</a></li></ul></div>')
    topics = [PlantedLink(f"/zt/{k // 4 + 1}/{k % 4 + 1}.html", "/zt/zthg/index.html",
                          f"{TOPICS[k // 4]}专题（{k % 4 + 1}）", "http_404", "broken") for k in range(20)]
    files = [PlantedLink(f"/uploads/lswj/{2019 + k // 5}_{k % 5 + 1}.pdf", "/zt/lswj/index.html",
                         f"{2019 + k // 5}年第{k % 5 + 1}号文件.pdf", "http_404", "broken", kind="attachment")
             for k in range(20)]
    site.pages["/zt/zthg/index.html"] = ("专题回顾", link_list(topics, "专题回顾"))
    site.pages["/zt/lswj/index.html"] = ("历史文件", link_list(files, "历史文件"))
    attachments = []
    for item in news.items[:3]:  # the three newest articles each carry 10 dead attachments
        ident = item.path.rsplit("_", 1)[-1].split(".")[0]
        item.attachments = [f"/uploads/fj/{ident}_{k + 1}.docx" for k in range(10)]
        attachments += [PlantedLink(p, item.path, f"附件{k + 1}", "http_404", "broken", kind="attachment")
                        for k, p in enumerate(item.attachments)]
    site.links += services + pictures + topics + files + attachments
    return site
