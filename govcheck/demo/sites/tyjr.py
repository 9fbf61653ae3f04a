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
Beside it, 互动制度 (as 萧县's 互动交流 lists one, /hdjl/hdzd/) holds the rules its letters are answered by, two
documents 400 and 700 days old: no consultation column for its 互动, and no column of a timed type (other: not stale;
read as a consultation column, it would be stale after 3 months).
Its menu's 退役军人事务动态 (20 days) is news, whatever the 人事 its 军人事务 holds (read as 人事, personnel, it
would be fresh for a year), and so is 新聞動態 (18 days), its name in traditional characters as the vendor's template
keeps it (read in simplified characters alone, it matches no type and is untimed): both stale, two of the five news
columns a veto needs. Its 优抚安置 says, in its list box's place, in one long sentence, that it is being built
(本栏目正在建设中，相关信息将陆续发布，敬请期待。如有需要请联系…, realpage 47): an empty column, no static page's
text.
Its menu's 党建动态 leads straight to the one article it holds (its title, a 发布时间 line 75 days ago, its text; no
list, the layout of realpage 59): a news column stale by that day, not a static page never judged. Its 人事科
leads straight to the office's 科室简介, an article dated 300 days ago (realpage 58): a static page, no column (typed
by its name it would be personnel, stale after a year).
Its menu's 双拥动态 leads straight to its one article, 10 days old, whose headline runs past 30
characters with commas (示范市…官兵，共叙鱼水深情，…) over a 日期： line and 来源 (洪山区's template, realpage
94): a fresh news column, dated by that line (the headline is no sentence of the article's text, after which 日期：
would be a date in it).
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox
from govcheck.demo.column import Column, Item
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, short_titles, trs_path
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
    # the rules its letters are answered by, put up once: no list of letters, no timed type
    rules = short_titles(mk.column("互动制度", "/hdjl/hdzd/index.html", "other", 400, 2, "other",
                                   trs_path("/hdjl/hdzd/"), gap=300),
                         "示范市退役军人事务局局长信箱管理办法", "示范市退役军人事务局网上咨询答复工作规范")
    veterans = mk.column("退役军人事务动态", "/tyjrdt/index.html", "news", 20, 6, "gov_news", trs_path("/tyjrdt/"))
    big5 = mk.column("新聞動態", "/xwdt/index.html", "news", 18, 5, "gov_news", trs_path("/xwdt/"))
    building = Column("优抚安置", "/yfaz/index.html", "other", empty_text=(
        '<div class="list_con"><div class="list_tip">本栏目正在建设中，相关信息将陆续发布，敬请期待。'
        '如有需要请联系本局办公室，联系电话：0000-12345678。</div></div>'))
    # its menu's 党建动态 leads straight to the one article it holds, 75 days old: a news column stale by its day;
    # 人事科 to the office's introduction (科室简介, 发布时间 300 days ago): a static page, untimed
    party_day, office_day = mk.day(75), mk.day(300)
    party_path = f"/djdt/{party_day:%Y%m}/t{party_day:%Y%m%d}_{mk.ids()}.html"
    party = Column("党建动态", party_path, "news", [Item("示范市退役军人事务局机关党委召开党建工作推进会", party_path,
                                                   party_day)], one_article=True)
    office_path = f"/jgsz/rsk/{office_day:%Y%m}/t{office_day:%Y%m%d}_{mk.ids()}.html"
    office = Column("人事科", office_path, "other", [Item("科室简介", office_path, office_day, text=(
        "负责局机关及直属单位的机构编制、干部人事、劳动工资和年度考核工作。",
        "负责干部的考察、任免、奖惩和档案管理，指导直属单位的人事制度改革。",
        "电话：0799-8239741。"))], one_article=True)
    # its menu's 双拥动态 leads straight to its one article, 10 days old, a headline with commas (，) over a 日期：
    # line (realpage 94): a fresh news column, dated by that line
    ties_day, ties_path = mk.day(10), f"/sydt/{mk.ids()}.html"
    ties = Column("双拥动态", ties_path, "news", [Item(
        "示范市退役军人事务局走访慰问驻地部队官兵，共叙鱼水深情，推动双拥工作再上新台阶", ties_path, ties_day)],
        one_article=True, article_style="datespan")
    site = Site(meta, cms="generic", columns=[news, notices, letters, rules, veterans, big5, building, party, office,
                                              ties],
                blocks=[Block("工作动态", 8, dated=False), Block("通知公告", 6, dated=False)])
    site.channels.add("consultation")
    return site
