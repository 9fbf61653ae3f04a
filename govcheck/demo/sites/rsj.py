"""示范市人力资源和社会保障局 (rsj): a GBK department site vetoed only for columns left stale for long.

The homepage, 工作动态, 通知公告 and 政策文件 are fresh; 通知公告 and 工作动态 (the freshest) are the panes of a
setTab box whose pane ids (con_menu_1, con_menu_2) hold "menu". Ten personnel and plan columns (limit 365 days)
were last updated 400 to 700 days before as_of: enough for the "at least 10 long-stale columns" veto, while
none of them counts towards the news/notice/policy veto (公务员招录 a personnel column whose name says neither 人事
nor 招考). Their lists mix TRS (createPageHTML paging, t*.html
articles) and generic (下一页 links, content_*.html) markup and five date styles; three of them are lists of an
old portal: 人才招聘 a box of links each followed by its date and a <br>, 专项规划 links and date spans in turn (no
element per item), 工作计划 the date inside the link's own text. 政府信息公开指南, a static page, says 无相关信息 in a
sentence of its text; 联系方式, another, shows its facts in short lines over the empty 相关文章 box its template
leaves on single pages. 就业动态 (fresh) sits at 博达's addresses, /info/1992/<id>.htm, where 1992 is the
column's id, and its list shows month-days alone. The footer is complete and no link is broken.
Round 2 leaves the site as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from govcheck.demo.column import Column, Item
from govcheck.demo.content import seeded
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path, trs_path

# Each column's own titles ({year}: the item's year); a list shorter than the column repeats.
TITLES = {
    "gzdt": ["全市人社系统召开冬季根治欠薪工作部署会", "市人社局开展“就业援助月”专项活动", "我市举办职业技能大赛",
             "市人社局督导检查社会保险基金管理工作", "全市公共就业服务能力提升培训班开班",
             "我市启动农民工返乡创业服务季活动",
             "市人社局召开优化人社政务服务工作推进会", "我市新增一批技能人才评价机构"],
    "tzgg": ["关于做好{year}年冬季农民工工资支付工作的通知", "关于开展{year}年度社会保险缴费基数申报的通知",
             "关于公布{year}年第二批就业见习基地名单的公告", "关于办理{year}年度城乡居民养老保险待遇资格认证的通知",
             "关于举办人社政务服务业务培训的通知", "关于调整社会保险经办窗口服务时间的公告"],
    "zcwj": ["示范市人力资源和社会保障局关于进一步稳定和扩大就业的若干措施",
             "关于印发《示范市就业见习管理办法》的通知",
             "关于调整全市最低工资标准的通知", "关于做好技能人才评价工作的实施意见",
             "关于印发《示范市创业担保贷款实施办法》的通知", "关于规范人力资源服务机构管理的通知"],
    "rsrm": ["关于局机关干部职务任免的通知", "关于市就业服务中心主要负责人任职的通知", "拟提拔任用干部任前公示",
             "关于市社会保险事业局领导班子成员任免的通知", "关于局属事业单位干部交流任职的通知",
             "关于试用期满干部正式任职的通知"],
    "zkly": ["{year}年考试录用公务员拟录用人员公示", "{year}年考试录用公务员体检结果公示",
             "{year}年考试录用公务员考察对象名单", "{year}年公开遴选公务员公告", "{year}年选调生拟录用人员名单公示"],
    "sydwzp": ["{year}年市属事业单位公开招聘工作人员公告", "{year}年市属事业单位公开招聘资格复审公告",
               "{year}年市属事业单位公开招聘笔试成绩公布", "{year}年市属事业单位公开招聘拟聘用人员公示",
               "{year}年市人才服务中心公开招聘编外人员公告", "{year}年市属事业单位公开招聘面试公告"],
    "rsks": ["{year}年度专业技术人员职业资格考试工作计划", "{year}年度中级经济师考试报名通知",
             "{year}年度职称评审结果公示", "{year}年度二级建造师考试合格人员名单",
             "{year}年度会计专业技术资格考试考务通知"],
    "rczp": ["{year}年春季高校毕业生专场招聘会公告", "{year}年高层次人才引进公告",
             "{year}年“百日千万”网络招聘专项行动通知",
             "{year}年民营企业招聘月活动公告", "{year}年退役军人专场招聘会公告"],
    "fzgh": ["示范市人力资源和社会保障事业发展“十四五”规划", "示范市就业促进规划（2021—2025年）",
             "示范市技能人才队伍建设中长期规划", "示范市人才发展规划纲要"],
    "ndjh": ["{year}年全市人力资源和社会保障工作要点", "{year}年全市就业工作计划", "{year}年全市职业技能培训计划",
             "{year}年社会保险扩面征缴工作计划"],
    "zxgh": ["示范市公共就业服务体系建设专项规划", "示范市社会保险经办服务能力提升专项规划",
             "示范市技工教育发展专项规划", "示范市劳动关系和谐发展专项规划"],
    "gzjh": ["{year}年局机关工作计划", "{year}年人事人才工作计划", "{year}年劳动保障监察工作计划",
             "{year}年信息化建设工作计划", "{year}年政务公开工作计划"],
    "ghjh": ["示范市人力资源市场体系建设规划", "{year}年人社系统重点项目计划", "示范市人社公共服务设施布局规划",
             "{year}年人社领域民生实事计划"],
}

# (name, slug, type, newest, count, gap, date style, list layout, paging, TRS article paths)
STALE = [
    ("人事任免", "rsrm", "personnel", 400, 9, 35, "iso", "li", "trs", True),
    ("公务员招录", "zkly", "personnel", 430, 7, 40, "cn", "li", "trs", True),  # named by neither 人事 nor 招考
    ("事业单位招聘", "sydwzp", "personnel", 460, 18, 20, "bracket", "before", "trs", True),  # two list pages
    ("人事考试", "rsks", "personnel", 490, 8, 30, "dot", "readlabel", "trs", True),
    ("人才招聘", "rczp", "personnel", 520, 10, 25, "iso", "br", "next", False),
    ("发展规划", "fzgh", "plan", 550, 6, 90, "pub", "pub", "trs", True),
    ("年度计划", "ndjh", "plan", 580, 7, 60, "slash", "table", "next", False),
    ("专项规划", "zxgh", "plan", 610, 5, 120, "iso", "spans", "next", False),
    ("工作计划", "gzjh", "plan", 640, 8, 45, "cn", "inlink", "next", False),
    ("规划计划", "ghjh", "plan", 700, 6, 80, "iso", "before", "trs", True),
]


def own_items(mk: Maker, slug: str, newest: int, count: int, gap: int,
              path_for: Callable[[date, int], str]) -> list[Item]:
    """``count`` items from this module's titles, newest ``as_of - newest`` days, then older by 1..gap days."""
    rng = seeded(mk.meta.site_id, mk.env.as_of, slug)
    day = mk.day(newest)
    pool, out = TITLES[slug], []
    for k in range(count):
        title = pool[k % len(pool)].format(year=day.year)
        hour = f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}"
        out.append(Item(title, path_for(day, mk.ids()), day, hour=hour))
        day -= timedelta(days=rng.randint(1, gap))
    return out


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 64000)
    news = Column("工作动态", "/gzdt/index.html", "news", own_items(mk, "gzdt", 1, 24, 2, trs_path("/gzdt/")))
    notice = Column("通知公告", "/tzgg/index.html", "notice", own_items(mk, "tzgg", 6, 14, 8, trs_path("/tzgg/")),
                    style="slash")
    policy = Column("政策文件", "/zcwj/index.html", "policy",
                    own_items(mk, "zcwj", 40, 12, 15, generic_path("/zcwj/")), layout="table", paging="next")
    # 博达 (VSB) addresses, /info/<column id>/<article id>.htm: 1992 is the column's id, no year; its list shows
    # month-days alone, and its articles the whole date
    jobs = mk.column("就业动态", "/jydt/index.html", "news", 3, 10, "gov_news", lambda d, i: f"/info/1992/{i}.htm",
                     gap=3, style="md")
    stale = []
    for name, slug, type_, newest, count, gap, style, layout, paging, trs in STALE:
        path_for = trs_path(f"/{slug}/") if trs else generic_path(f"/{slug}/")
        stale.append(Column(name, f"/{slug}/index.html", type_, own_items(mk, slug, newest, count, gap, path_for),
                            style=style, layout=layout, paging=paging))
    duty = Column("机构职能", "/jgzn/index.html", "other", static_html=(
        "<p>示范市人力资源和社会保障局是市人民政府工作部门，负责全市就业创业、社会保险、人事人才、劳动关系等工作。</p>"
        "<p>内设办公室、就业促进科、人才开发科、事业单位人事管理科、劳动关系科、社会保险科等科室。</p>"))
    # a sentence of its text says 无相关信息, as an empty list does: no empty column
    guide = Column("政府信息公开指南", "/xxgkzn/index.html", "other", static_html=(
        "<p>一、公开的主体和范围：本机关负责公开本机关制作或者获取的政府信息。</p>"
        "<p>二、依申请公开：申请人提出申请后，经检索本机关无相关信息的，告知申请人该政府信息不存在。</p>"))
    # the office's facts in short lines, no sentence, over the empty 相关文章 box its template leaves on single pages
    contact = Column("联系方式", "/lxfs/index.html", "other", static_html=(
        '<table class="lxwm" width="100%"><tr><td>单位名称：示范市人力资源和社会保障局</td></tr>'
        "<tr><td>办公地址：示范市人民路88号</td></tr><tr><td>邮政编码：342600</td></tr>"
        "<tr><td>咨询电话：0797-12333</td></tr><tr><td>传真：0797-6621235</td></tr></table>"
        '<div class="xgwz"><h4>相关文章</h4><ul class="xgwz_list"></ul></div>'))
    return Site(meta, cms="trs", charset="gbk", header_charset=True, meta_charset=True,
                columns=[news, notice, policy, jobs, *stale, duty, guide, contact],
                # 通知公告 and 工作动态 are the two panes of a setTab box (menu1, menu2 over con_menu_1, con_menu_2)
                blocks=[Block("通知公告", 6, tab=True), Block("工作动态", 8, tab=True), Block("政策文件", 5)])
