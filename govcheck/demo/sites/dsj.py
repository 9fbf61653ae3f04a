"""示范市大数据局 (dsj): a department site on a newer template whose lists scripts draw once the page has settled.

Its homepage's freshest block, 工作动态 (news, 2 days), is an empty list a script file of the site's fills from the
site's API 1.5 seconds after the page has loaded (the template's banner animation first); the static block beside it,
通知公告, is 40 days old. 工作动态's own page draws its list the same way, and 部门动态's (news, 4 days) is drawn only
when it is scrolled into view, under a tall banner. 政策解读's inline fetch() asks an endpoint that answers 200 with
the backend's error, {"code": 500, "msg": "系统繁忙"}, no list: the page keeps its template's 暂无数据 row, and the
column cannot be judged (unverified), never empty.
政务动态 (news, 3 days) is drawn from a JSON endpoint its page names plainly, paged as Guangdong's gkmlpt api/all
(`?page=1&sid=…`, ten articles a page, `total` beside them, dates in epoch seconds) and sorted oldest first: page one
holds its oldest articles, from months ago; its newest are on page four. 人事信息 (personnel, 30 days) asks the same
platform's endpoint with jQuery's getJSON, the site's id sent as the page's config object holds it
(`{page: 1, sid: window._CONFIG.SID}`): asked without it, the endpoint answers an empty list.
Its 政府信息公开 menu entry is the platform's directory, /gkmlpt/index: the page lists every category's articles
(api/all/0) beside a 分类 tree its script draws from window._CONFIG.TREE, each category at a hash route naming no
address, its list at api/all/<id>: 公示公告 (notice, 25 days), 规划计划 (plan, 500 days: stale), 财政预决算 (empty).
Three more columns answer govcheck with pages that stand in for theirs, so each is unverified, never stale,
empty or missing: 行业动态 (news, 3 days) lists titles alone and each article answers 200 with its firewall's block
page (网站防火墙); 政策文件 (policy) shows its list in an iframe whose page answers 200 with the unified sign-in page
(统一身份认证); 数据动态 (news, 6 days) is filled by an inline fetch() whose endpoint answers 200 with a maintenance
page, not data.
Four columns have no document and say so in a line of their own, outside any list's box, in words other templates
use: 数据标准 (建设中...), 开放目录 (信息正在整理中), 专项规划 (内容正在完善中), 统计数据 (本栏目目前没有信息). With
财政预决算, five empty columns: the site fails (空白栏目).
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.loaded_lists import PAGED_SID
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path, undated_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 260000)
    news = mk.column("工作动态", "/gzdt/index.html", "news", 2, 20, "gov_news", trs_path("/gzdt/"), gap=3,
                     paging="script", hanweb_id=61, load_after=1500)
    depts = mk.column("部门动态", "/bmdt/index.html", "news", 4, 12, "gov_news", trs_path("/bmdt/"), gap=4,
                      paging="script", hanweb_id=62, load_after=-1)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 8, "notice", trs_path("/tzgg/"), gap=12)
    readings = mk.column("政策解读", "/zcjd/index.html", "policy", 20, 6, "policy", trs_path("/zcjd/"), gap=20,
                         paging="json", hanweb_id=63, nodata_row=True, fail="json_error")
    paged = mk.column("政务动态", "/zwdt/index.html", "news", 3, 36, "gov_news", trs_path("/zwdt/"), gap=4,
                      paging="pages", order="asc", per_page=10, hanweb_id=64)
    staff = mk.column("人事信息", "/rsxx/index.html", "personnel", 30, 12, "notice", trs_path("/rsxx/"), gap=20,
                      paging="pages", per_page=10, hanweb_id=65, sid_var=True)
    gkml = [mk.column(name, f"/gkmlpt/api/all/{n}?sid={PAGED_SID}", kind, newest, count, pool,
                      trs_path(f"/gkmlpt/content/{n}/"), gap=gap, paging="pages", per_page=10, hanweb_id=n,
                      gkml="category", parent="法定主动公开内容")
            for name, n, kind, newest, count, pool, gap in (("公示公告", 721, "notice", 25, 14, "notice", 9),
                                                            ("规划计划", 722, "plan", 500, 4, "policy", 90),
                                                            ("财政预决算", 723, "other", 0, 0, "notice", 1))]
    everything = sorted((i for c in gkml for i in c.items), key=lambda i: i.published, reverse=True)
    index = Column("政府信息公开", "/gkmlpt/index", "other", everything, paging="pages", per_page=10, hanweb_id=0,
                   gkml="index")
    trades = mk.column("行业动态", "/hydt/index.html", "news", 3, 8, "gov_news", undated_path("/hydt/"), gap=4,
                       undated=True, fail="articles_firewall")
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 10, 8, "policy", trs_path("/zcwj/"), gap=9,
                         frame="/zcwj/list.html", fail="frame_sign_in")
    data = mk.column("数据动态", "/sjdt/index.html", "news", 6, 8, "gov_news", trs_path("/sjdt/"), gap=7,
                     paging="json", hanweb_id=66, fail="json_page")
    # no document: a line of its own says so, in no list's box
    blank = [Column(name, f"/{d}/index.html", kind,
                    empty_text=f'<div class="con"><p align="center">{says}</p></div>')
             for name, d, kind, says in (("数据标准", "sjbz", "other", "建设中..."),
                                         ("开放目录", "kfml", "other", "信息正在整理中"),
                                         ("专项规划", "zxgh", "plan", "内容正在完善中"),
                                         ("统计数据", "tjsj", "other", "本栏目目前没有信息"))]
    return Site(meta, cms="trs", columns=[news, depts, notices, readings, paged, staff, index, *gkml, trades,
                                          policies, data, *blank],
                blocks=[Block("工作动态", 6, filled=True, load_after=1500), Block("通知公告", 6)])
