"""示范市体育局 (tyj): a bureau whose menu calls two news columns by a short name its pages do not.

Under the menu's 新闻中心, 部门 and 县区 are the news of the city's departments and counties: each one's page heads its
list 部门动态, 县区动态 (its title, breadcrumb, heading and ColumnName; no ColumnType), as the CMS names the column,
while the menu, written by hand, shortens it. Both are 40 days stale: with 体育动态, 群体动态 and 竞技动态 (25 to 30
days) five news columns are not updated, and the site fails (栏目不更新). Typed by the menu's names alone, 部门 and
县区 are pages of no timed type, and the site would pass. 体育要闻 keeps its homepage fresh, 通知公告 and 政策文件 are
fresh enough.
Its one consultation channel is 局长邮箱 (a leader's mailbox, as sxco-op.gov.cn's 领 导 邮 箱 column is named), a list
of 信件标题 | 来信时间 | 办理状态, each letter's page as ewcms's (德安县's interaction/detail.jsp): each label a
<strong>, its value the text after it (<strong>回复时间：</strong>2026-11-14). One letter, 120 days old, still 未回复
(flagged); the others answered within weeks, the newest reply 12 days ago (the column's last update, on its
letter's page alone). A 邮箱 named for a leader is a consultation channel as a 信箱
is: the site has one. 咨询投诉 lists its letters as ewcms's interaction list does (类型 | 标题 | 受理单位 | 状态 |
日期): a bare 日期 beside a 状态, on a consultation page the day each letter came, not the column's update. One letter
has waited 未回复 for 130 days (flagged); the newest, asked 3 days ago, waits too and is no update: the column is as
new as its newest reply, 14 days ago, on its letter's page alone.
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox
from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

NEWS, OPEN, ASK = "新闻中心", "政务公开", "互动交流"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 600000)
    top = mk.column("体育要闻", "/tyyw/index.html", "news", 2, 10, "gov_news", trs_path("/tyyw/"), gap=3, parent=NEWS)
    news = mk.column("体育动态", "/tydt/index.html", "news", 30, 8, "gov_news", trs_path("/tydt/"), parent=NEWS)
    mass = mk.column("群体动态", "/qtdt/index.html", "news", 25, 8, "gov_news", trs_path("/qtdt/"), parent=NEWS)
    games = mk.column("竞技动态", "/jjdt/index.html", "news", 28, 8, "gov_news", trs_path("/jjdt/"), parent=NEWS)
    depts = mk.column("部门", "/bmdt/index.html", "news", 40, 8, "gov_news", trs_path("/bmdt/"), parent=NEWS,
                      heading="部门动态")
    counties = mk.column("县区", "/xqdt/index.html", "news", 40, 8, "gov_news", trs_path("/xqdt/"), parent=NEWS,
                         heading="县区动态")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 6, "notice", trs_path("/tzgg/"), parent=OPEN)
    policy = mk.column("政策文件", "/zcwj/index.html", "policy", 60, 6, "policy", trs_path("/zcwj/"), parent=OPEN)
    about = Column("机构职能", "/jgzn/index.html", "other", parent=OPEN, static_html=(
        "<p>示范市体育局是市政府工作部门，负责统筹推进全民健身，组织开展群众性体育活动，"
        "指导全市竞技体育和体育产业发展。</p>"))
    letters = mailbox("局长邮箱", "/hdjl/jzyx/", env.as_of, [
        ("咨询全民健身中心开放时间", 15, "已回复", 12), ("关于社区健身器材损坏的反映", 120, "未回复", None),
        ("关于体育场馆收费标准的咨询", 150, "已回复", 130), ("咨询社会体育指导员培训报名", 200, "已回复", 195)],
        per_page=10, layout="msgewcms")
    letters.article_style = "letter"
    letters.parent = ASK
    asks = mailbox("咨询投诉", "/hdjl/zxts/", env.as_of, [
        ("咨询游泳馆暑期开放安排", 3, "未回复", None), ("关于健身步道夜间照明的建议", 20, "已回复", 14),
        ("关于小区篮球场夜间噪音的投诉", 130, "未回复", None), ("咨询业余体校招生条件", 180, "已回复", 170)],
        per_page=10, layout="msgdate")
    asks.article_style, asks.parent = "letter", ASK
    site = Site(meta, cms="trs", columns=[top, news, mass, games, depts, counties, notices, policy, about, letters,
                                                  asks],
                blocks=[Block("体育要闻", 6), Block("通知公告", 6)],
                menu_groups=[(NEWS, ["体育要闻", "体育动态", "群体动态", "竞技动态", "部门", "县区"]),
                             (OPEN, ["通知公告", "政策文件", "机构职能"]), (ASK, ["局长邮箱", "咨询投诉"])])
    site.channels.add("consultation")
    return site
