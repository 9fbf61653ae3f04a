"""示范县人民政府 (qx): a TRS-like county portal that passes with deductions.

Planted: dates in every common format (and one in the future, some missing, one only ending its title with the
day of the outage it announces, after the inspection date), a 教体动态 of month-days at SiteServer's addresses
(/contents/2015/<id>.html: the channel's number, no year), a sub-column, four kinds
of pagination (县直动态's, oldest first, written by the site's own Pager() script), a footer without the 公网安备
number, two dead links on the homepage, and a 链接测试 page carrying every class of link problem (on-site here,
external ones from linkhosts.py). The homepage's freshest block, 工作动态, writes each row as a <div> of four links (a
[要闻] tag, the title, [图文], [视频]) and a month-day. 社区动态 (news, today) shows today's row by its time alone
(09:30) and yesterday's as 昨天 16:20, its other rows dated 20 days ago and more, at addresses without a date.
"""

from __future__ import annotations

import re
import threading
from datetime import date

from govcheck.demo.channels import Guide, mailbox, services
from govcheck.demo.column import Column, Item
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import (
    Env,
    Maker,
    image,
    link_list,
    newest_apart,
    redirect,
    status_page,
    trs_path,
    undated_path,
)
from govcheck.demo.web import Reply

LJCS = "/ljcs/index.html"
ATTACHMENT = re.compile(r"\.(pdf|docx?|xlsx?|zip|rar)$", re.IGNORECASE)
HOME_DEAD_PAGE = "/xxgk/tzwj/download.html"
HOME_DEAD_IMAGE = "/images/banner/dongji_aqsc.jpg"

# (href, text, tag, category, verdict, kind): the on-site cases of the 链接测试 page
ONSITE_CASES = [
    ("/ljcs/ycwj.html", "县政府办公室2019年工作总结", "a", "http_404", "broken", "page"),
    ("/ljcs/410.html", "已撤销的行政许可公示", "a", "http_410", "broken", "page"),
    ("/ljcs/403/", "内部工作资料", "a", "http_403", "broken", "page"),
    ("/ljcs/500.html", "不动产登记在线查询", "a", "http_5xx", "broken", "page"),
    ("/uploads/2025/11/qxzfgb_2025_11.pdf", "示范县人民政府公报（2025年第11期）.pdf", "a", "http_404", "broken",
     "attachment"),
    ("/images/ljcs/jgszt_2019.jpg", "机构设置图", "img", "http_404", "broken", "image"),
    ("/loop/a", "办事指南（旧版入口）", "a", "redirect_loop", "broken", "page"),
    ("/jump/1", "政务服务网（旧地址）", "a", "too_many_redirects", "broken", "page"),
    ("/ljcs/zdgz2020.html", "2020年重点工作任务分解", "a", "soft_404", "broken", "page"),
    ("/ljcs/kbym.html", "政务公开专栏（建设中）", "a", "empty_response", "broken", "page"),
    ("/ljcs/jbzcjd.html", "旧版政策解读", "a", "wrong_link", "broken", "page"),
    ("http://exa mple.gov.cn/x", "示范县旅游网", "a", "malformed_url", "broken", "other"),
    ("#nosuch", "跳转到附表", "a", "missing_anchor", "broken", "page"),
    # a 友情链接 jump box (<select onchange>): its options are links a visitor follows
    ("/ljcs/jbmh.html", "示范县旧版门户", "option", "http_404", "broken", "page"),
    # must not be reported
    ("#top", "返回顶部", "a", "anchor", "ok", "page"),
    ("javascript:void(0)", "打印本页", "a", "javascript", "ok", "other"),
    ("mailto:sfxzfb@163.com", "县政府办公室邮箱", "a", "mailto", "ok", "other"),
    ("tel:0799-6212345", "值班电话", "a", "tel", "ok", "other"),
    ("/ljcs/sxqd.html", "政务服务事项清单", "a", "head_not_allowed", "ok", "page"),
    ("/ljcs/tjsj.html", "统计数据发布", "a", "flaky", "ok", "page"),
    ("/lxwm/index.html", "联系我们", "a", "short_page", "ok", "page"),
    ("/ljcs/sxqd.html", "政务服务事项清单", "option", "head_not_allowed", "ok", "page"),
]


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "县", 1000)
    news = mk.column("工作动态", "/xwzx/gzdt/index.html", "news", 2, 40, "gov_news", trs_path("/xwzx/gzdt/"), gap=3)
    towns = mk.column("乡镇动态", "/xwzx/gzdt/xzdt/index.html", "news", 5, 18, "town_news",
                      trs_path("/xwzx/gzdt/xzdt/"), gap=4, parent="工作动态", style="bracket", layout="before")
    notice = mk.column("通知公告", "/xxgk/tzgg/index.html", "notice", 30, 42, "notice", trs_path("/xxgk/tzgg/"), gap=5,
                       style="cn")
    policy = mk.column("政策文件", "/xxgk/zcwj/index.html", "policy", 60, 24, "policy", trs_path("/xxgk/zcwj/"), gap=9,
                       style="slash", layout="table", paging="next", per_page=12)
    personnel = mk.column("人事信息", "/xxgk/rsxx/index.html", "personnel", 100, 14, "personnel",
                          trs_path("/xxgk/rsxx/"), gap=12, style="dot", layout="readlabel")
    plan = mk.column("规划计划", "/xxgk/ghjh/index.html", "plan", 200, 10, "plan", trs_path("/xxgk/ghjh/"), gap=30,
                     style="pub", layout="pub")
    # oldest first, three pages, its pager written by the site's own script: the newest item is on the last page
    depts = mk.column("县直动态", "/xwzx/xzdt2/index.html", "news", 3, 30, "gov_news", trs_path("/xwzx/xzdt2/"), gap=2,
                      order="asc", paging="pagerjs", per_page=12)
    # SiteServer's addresses, /contents/<channel>/<id>.html, its channel 2015: no year; the list shows month-days
    schools = mk.column("教体动态", "/channels/2015.html", "news", 2, 12, "gov_news",
                        lambda d, i: f"/contents/2015/{i}.html", gap=3, style="md", paging="none")
    # today's rows by their time alone (09:30), yesterday's as 昨天 16:20, the rest dated, 20 days old and more; its
    # addresses carry no date
    communities = newest_apart(mk.column("社区动态", "/xwzx/sqdt/index.html", "news", 0, 16, "town_news",
                                         undated_path("/xwzx/sqdt/"), gap=3), 20)
    communities.items[0].shown = "09:30"
    communities.items[1].published, communities.items[1].shown = mk.day(1), "昨天 16:20"
    about = Column("机构概况", "/zjqx/jggk/index.html", "other", static_html=(
        "<p>示范县位于示范市东南部，总面积1986平方公里，辖12个乡镇、2个街道，户籍人口52.3万人。</p>"
        "<p>县人民政府设立办公室、发展和改革局、教育局、财政局等工作部门22个。</p>"))

    # a sticky notice dated in the future (must not count as the last update) and items with no date
    future = mk.day(-20)
    notice.items.insert(0, Item(f"关于{future.year}年度冬季征兵工作安排的预告",
                                trs_path("/xxgk/tzgg/")(future, mk.ids()), future))
    policy.items.insert(1, Item("示范县行政规范性文件清理结果目录", f"/xxgk/zcwj/qlml/{mk.ids()}.html", None))
    plan.items.insert(0, Item("示范县“十五五”规划编制工作专栏", f"/xxgk/ghjh/zl/{mk.ids()}.html", None))
    # no date of its own on the list; its title ends with the day it is about, after the inspection date
    outage = mk.day(-7)
    notice.items.insert(3, Item(f"城区部分路段计划停电公告（{outage.year}年{outage.month:02d}月{outage.day:02d}日）",
                                f"/xxgk/tzgg/tdgg/{mk.ids()}.html", None))

    site = Site(meta, cms="trs",
                columns=[news, towns, notice, policy, personnel, plan, depts, schools, communities, about],
                # 工作动态's rows: [要闻] 标题 [图文] [视频] (06-12), four links each
                blocks=[Block("工作动态", 8, "md", layout="tagrow"), Block("通知公告", 7, "iso"),
                        Block("政策文件", 6, "iso"), Block("人事信息", 5, "iso")],
                identity_missing=("psb",))
    base = env.bases["qx"]
    interaction_and_services(site, env)

    # two dead links of the homepage's own (fixed in round 2)
    home_links = [PlantedLink(HOME_DEAD_PAGE, "/", "通知文件下载", "http_404", "broken"),
                  PlantedLink(HOME_DEAD_IMAGE, "/", "冬季安全生产宣传", "http_404", "broken", tag="img", kind="image")]
    if env.round >= 2:
        site.pages[HOME_DEAD_PAGE] = ("通知文件下载", "<ul><li>示范县政府文件汇编（2026年）</li></ul>")
        site.raw[HOME_DEAD_IMAGE] = image()
    else:
        site.links += home_links
    site.homepage_html = (
        f'<div class="banner"><img src="{HOME_DEAD_IMAGE}" alt="冬季安全生产宣传" width="980" height="120"></div>\n'
        '<div class="block zt"><div class="block-hd"><h3>专题专栏</h3></div><ul>'
        f'<li><a href="{HOME_DEAD_PAGE}">通知文件下载</a></li><li><a href="{LJCS}">链接测试</a></li>'
        '<li><a href="/zjqx/jggk/index.html">走进示范县</a></li></ul></div>')

    cases = [PlantedLink(h, LJCS, t, c, v, tag, kind, external=h.startswith("http"))
             for h, t, tag, c, v, kind in ONSITE_CASES]
    for case in env.link_cases:
        tag = case.get("tag", "a")
        kind = "image" if tag == "img" else "attachment" if ATTACHMENT.search(case["url"]) else "page"
        cases.append(PlantedLink(case["url"], LJCS, case.get("text", ""), case.get("category", ""),
                                 case.get("verdict", "broken"), tag, kind, external=True))
    site.links += cases
    site.pages[LJCS] = ("链接测试", link_list(cases, "链接测试") + '<p id="fb">附表：见下方。</p>')
    site.not_reported.append(base.rstrip("/") + "/wzdt/index.html")

    site.raw.update({
        "/ljcs/410.html": status_page(410, "410 Gone", "该信息已撤销。"),
        "/ljcs/403/": status_page(403, "403 Forbidden", "您无权访问该目录。"),
        "/ljcs/500.html": status_page(500, "500 Internal Server Error", "数据库连接失败。"),
        "/loop/a": redirect("/loop/b"),
        "/loop/b": redirect("/loop/a"),
        "/ljcs/zdgz2020.html": Reply(200, {"Content-Type": "text/html; charset=utf-8"}, (
            '<html><head><meta charset="utf-8"><title>提示信息</title></head>'
            "<body><p>您访问的页面不存在！</p><a href=\"/\">返回首页</a></body></html>").encode()),
        "/ljcs/kbym.html": Reply(200, {"Content-Type": "text/html; charset=utf-8"}, b""),
        "/ljcs/jbzcjd.html": redirect("/404.html"),
    })
    for k in range(1, 26):  # 25 redirects, one more than any crawler follows
        site.raw[f"/jump/{k}"] = redirect(f"/jump/{k + 1}")
    site.pages["/jump/26"] = ("政务服务网", "<p>政务服务网已迁移至省一体化平台。</p>")
    site.pages["/ljcs/sxqd.html"] = ("政务服务事项清单", "<p>示范县政务服务事项清单（2026年版）共1268项。</p>")
    site.pages["/ljcs/tjsj.html"] = ("统计数据发布", "<p>2026年前三季度全县地区生产总值同比增长5.6%。</p>")
    site.handlers["/ljcs/sxqd.html"] = head_not_allowed
    site.handlers["/ljcs/tjsj.html"] = fail_first_time()
    return site


def interaction_and_services(site: Site, env: Env) -> None:
    """A 县长信箱 whose list (4 a page, newest first) holds, besides answered messages: one unanswered for 130
    days and one answered after 130 days (both flagged), one unanswered for 20 days and one for 400 days (neither:
    too recent, older than a year), one only 已受理 for 110 days and one 已转办 for 140 (flagged: received or passed
    on is not answered), one 未回复 whose reply cell shows the database's empty date, 1900-01-01 (flagged); a
    办事服务 page with a complete guide and one without 设定依据 and 办理流程."""
    site.columns.append(mailbox("县长信箱", "/hdjl/xzxx/", env.as_of, [
        ("关于县城老旧小区加装电梯补贴的咨询", 20, "处理中", None),
        ("咨询城乡居民医保缴费时间", 35, "已回复", 30),
        ("反映某路段路灯不亮的问题", 60, "已办结", 50),
        ("关于小区违章搭建问题的投诉", 110, "已受理", None),
        ("关于农村危房改造补助申请的咨询", 130, "未回复", None),
        ("咨询公租房申请条件", 140, "已转办", None),
        ("咨询新生儿落户办理流程", 160, "已回复", 150),
        ("关于城区供水管网改造的建议", 200, "未回复", (env.as_of - date(1900, 1, 1)).days),
        ("关于学区划分调整的建议", 250, "已回复", 120),
        ("咨询个体户营业执照办理地点", 300, "已回复", 290),
        ("反映乡村公路破损情况", 330, "已办结", 325),
        ("关于集贸市场摊位费的咨询", 400, "未回复", None),
        ("咨询退役军人优待证办理", 420, "已回复", 410),
    ]))
    site.channels.add("consultation")
    services(site, "办事服务", [Guide("/bsfw/zn/cxjmyb.html", "城乡居民基本养老保险参保登记"),
                                Guide("/bsfw/zn/gtgsh.html", "个体工商户设立登记", missing=("设定依据", "办理流程"))],
             "示范县")


def head_not_allowed(req) -> Reply | None:
    if req.method == "HEAD":
        return Reply(405, {"Allow": "GET, POST", "Content-Type": "text/html"}, b"")
    return None


def fail_first_time():
    """503 for the first request to the path, the page afterwards (a server that was busy once)."""
    lock, seen = threading.Lock(), []

    def handle(req) -> Reply | None:
        with lock:
            first = not seen
            seen.append(req.method)
        if first:
            return status_page(503, "503 Service Unavailable", "服务器繁忙，请稍后再试。", {"Retry-After": "1"})
        return None
    return handle

