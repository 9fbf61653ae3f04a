"""示范市退役军人事务局 (tyjr): a department site whose homepage is fresh, its blocks titles alone each under an old
article pinned on top.

Its homepage's blocks, 工作动态 (news, 4 days) and 通知公告 (notice, 15 days), list titles alone at addresses without a
date (/Article/ShowArticle.asp?ArticleID=N), each under an article pinned on its top ([置顶], 200 and 500 days old):
only the articles tell when the blocks were last added to, and the first one of each is the pinned one. The column
pages list the same articles with their dates. The site passes: its homepage was updated 4 days ago.
Its 局长信箱 lists each letter's title and 来信时间 alone; a letter's own page shows its 回复时间 (empty while it
waits): one answered 120 days after it came, one unanswered for 150 days (both flagged), the others answered within
days; one, 100 days old, shows its reply's text under 回复内容 and no 回复时间: answered on a day not shown, no waiting
letter (not flagged: nothing tells it was late).
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker
from govcheck.demo.sites.mzj import pinned_columns


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 280000)
    news, notices = pinned_columns(mk, ("工作动态", "/gzdt/index.html", 4), 15,
                                   ((200, "示范市退役军人事务局年度工作要点"), (500, "退役军人优待证申领须知")))
    letters = mailbox("局长信箱", "/hdjl/jzxx/", env.as_of, [
        ("咨询退役士兵自主就业补助标准", 12, "", 9), ("关于优抚对象医疗补助的咨询", 40, "", 35),
        ("关于退役军人创业贷款贴息的咨询", 100, "已回复", None),
        ("反映军休所供暖问题", 150, "", None), ("关于伤残等级评定的咨询", 200, "", 80),
        ("咨询烈士纪念设施开放时间", 260, "", 255)], per_page=10, layout="msgplain")
    letters.article_style = "letter"
    site = Site(meta, cms="generic", columns=[news, notices, letters],
                blocks=[Block("工作动态", 8, dated=False), Block("通知公告", 6, dated=False)])
    site.channels.add("consultation")
    return site
