"""示范湖东县人民政府 (hd): a county portal vetoed for columns not updated, whose column pages look fresh.

Every column page carries a 最新发布 block of the newest 要闻 items (dated within the last four days)
beside its own list, and a 今天是… line in its header. Only 要闻, 通知公告, 通告 and 政策文件 are up to date:
six news columns were last updated 18 to 90 days before the check date (领导活动, 18, a news column whose name says
no 动态), 民生动态 among them with a list
that shows no date at all (its articles carry their PubDate, behind a 301 from the address it links),
部门动态 with a <dl> per item, 园区动态 with items a script opens (an onclick beside a void href, or a
javascript: href), 招商动态 with links that call a function of the page with the article's id alone. A reader
that takes the side block for the list passes the site; so does one that drops the scripted rows, leaving only
the side block. The homepage's freshest block, 要闻, shows three items beside two blocks of eight older ones, in
one <dl>: each item's title a <dt>, its summary a <dd>, its date the next <dd>.
Two static pages show what an empty list shows beside their content: 县情概况 an empty 相关文章 box under its
text, 组织机构 a picture alone (an org chart) in a box classed like a list. Its 县长信箱 shows each letter's
status by a picture alone (已回复 or 未回复 in its alt and title), and no reply date: one letter is unanswered after
120 days. 社会动态 (fresh) writes each row's date by a script of its own (TRS's
document.write(str.substring(0,10))), at addresses that do not look like articles (/xwzx/shdt/96012.html).
基层动态 (news, 30 days: stale) shows its list in the first of two tabs, 社区动态's (fresh) in the second, as a Hanweb
page does: both columns' articles sit under /art/, outside their folders. The county's platform hosts the site of its
教育局 (/site/hdjyj/, linked from the homepage), no site of the list, whose pages show the bureau's 网站标识码: its
three empty columns are the bureau's, not the county's.
"""

from __future__ import annotations

from govcheck.demo.channels import STATUS_ICONS, mailbox
from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.model import Block, SideBlock, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path, hanweb_path, image, undated_path
from govcheck.demo.sites.platform import hosted_site


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "县", 96000)

    def col(name, slug, type_, newest, count, pool, gap, **kw) -> Column:
        return mk.column(name, f"/{slug}/index.html", type_, newest, count, pool, generic_path(f"/{slug}/"), gap=gap,
                         **{"paging": "next", **kw})

    headlines = col("要闻", "xwzx/yw", "news", 1, 30, "gov_news", 2)
    people = mk.column("民生动态", "/xwzx/msdt/index.html", "news", 33, 10, "gov_news", undated_path("/xwzx/msdt/"),
                       gap=4, paging="next", undated=True)
    for item in people.items:  # its list still links the articles' old addresses, each moved with a 301
        item.link = item.path.replace("/xwzx/msdt/", "/xwzx/msdt/old/")
    columns = [
        headlines,
        col("部门动态", "xwzx/bmdt", "news", 25, 16, "gov_news", 5, layout="dl"),
        col("领导活动", "xwzx/ldhd", "news", 18, 12, "gov_news", 4),  # news by the indicators, its name says no 动态
        col("乡镇动态", "xwzx/xzdt", "news", 40, 16, "town_news", 6, style="bracket", layout="before"),
        col("园区动态", "xwzx/yqdt", "news", 60, 12, "gov_news", 7, style="cn", layout="script"),
        people,
        mk.column("招商动态", "/xwzx/zsdt/index.html", "news", 90, 10, "gov_news",
                  lambda d, i: f"/xwzx/zsdt/detail.jsp?id={i}", gap=9, style="slash", layout="scriptid",
                  paging="next"),
        # each row's date written by its own script, at addresses that do not look like articles
        mk.column("社会动态", "/xwzx/shdt/index.html", "news", 2, 12, "gov_news", lambda d, i: f"/xwzx/shdt/{i}.html",
                  gap=3, paging="next", layout="scriptdate"),
        col("通知公告", "zwgk/tzgg", "notice", 20, 20, "notice", 7),
        col("通告", "zwgk/tg", "notice", 35, 10, "notice", 9),
        col("政策文件", "zwgk/zcwj", "policy", 50, 15, "policy", 12),
        # under its text, the template's 相关文章 box, empty: no empty column
        Column("县情概况", "/xqgk/index.html", "other", static_html=(
            "<p>湖东县位于示范市北部，总面积1520平方公里，辖9镇3乡，户籍人口38.6万人。</p>"
            '<div class="xgwz"><div class="xgwz_tit">相关文章</div><ul class="xgwz_list"></ul></div>')),
        # an org chart, a picture alone in a box classed like a list (news_content): no empty column
        Column("组织机构", "/zzjg/index.html", "other", static_html=(
            f'<div class="news_content"><p style="text-align:center"><img src="{BLANK_GIF}" width="800" height="560">'
            "</p></div>")),
    ]
    # 基层动态's list in its page's first tab, 社区动态's (fresh) in the second; articles under /art/, as Hanweb's
    community = mk.column("社区动态", "/xwzx/sqdt/index.html", "news", 3, 10, "town_news", hanweb_path(302), gap=3,
                          paging="next")
    grassroots = mk.column("基层动态", "/xwzx/jcdt/index.html", "news", 30, 10, "town_news", hanweb_path(301), gap=5,
                           paging="next", tab_beside=("社区动态", tuple(community.items[:10])))
    columns += [community, grassroots]
    # a 县长信箱 whose list says each letter's status by a picture alone (its alt and title): all answered within days
    # but one, unanswered for 120 days
    columns.append(mailbox("县长信箱", "/hdjl/xzxx/", env.as_of, [
        ("关于县城公交线路调整的建议", 10, "已回复", 7), ("咨询农村医保报销比例", 45, "已回复", 41),
        ("反映小区供暖不热的问题", 70, "已回复", 68), ("关于乡村道路维修的咨询", 120, "未回复", None),
        ("咨询不动产证办理时限", 200, "已回复", 195)], per_page=5, layout="msgicons"))
    # MinMore's 书记信箱: its page names itself 最新回复信件 alone, its list 来信主题 | 状态 | 时间 | 受理单位
    # (已回复 or 未回复, the letter's day under a bare 时间): one letter unanswered for 130 days, one older than a year
    minmore = mailbox("书记信箱", "/hdjl/sjxx/", env.as_of, [
        ("关于县城停车位不足的反映", 20, "已回复", 15), ("反映农村公路路灯损坏", 130, "未回复", None),
        ("咨询新生入学户籍要求", 160, "已回复", 150), ("关于集贸市场占道经营的投诉", 400, "未回复", None)],
        per_page=10, layout="msgminmore")
    minmore.heading, minmore.article_style = "最新回复信件", "letter"
    columns.append(minmore)
    site = Site(meta, cms="generic", columns=columns,
                # the homepage's newest items in its smallest block: 要闻's three beside eight of two older columns
                blocks=[Block("部门动态", 8), Block("通知公告", 8), Block("要闻", 3, layout="dlsum")],
                side_blocks=[SideBlock("最新发布", tuple(headlines.items[:8]), css="zxfb")], today=env.as_of)
    site.channels.add("consultation")
    site.raw.update({path: image() for path in STATUS_ICONS.values()})
    # the county's platform hosts its 教育局's site in a folder (no site of the list), its pages showing the bureau's
    # code: three columns being built, the bureau's empty columns, none of the county's
    site.raw.update(hosted_site("/site/hdjyj/", "湖东县教育局", "4399220031", ("教育动态", "通知公告", "政策文件")))
    site.home_links.append(("/site/hdjyj/index.html", "县教育局"))
    return site
