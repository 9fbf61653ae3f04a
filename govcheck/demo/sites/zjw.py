"""示范市住房和城乡建设局 (zjw): a department site whose homepage boxes' 更多 link each column by another address than
its menu's, as real portals do: 通知公告 (notice, 200 days: stale) with a tracking query (/tzgg/index.html?from=index),
政策法规 (policy, 200 days: stale) as VSB links a column both ways (/zcfg.htm and
list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005), 行业动态 (news, 60 days: stale) by its path in capitals, as an
IIS server answers (/HYDT/index.html); 党建工作 has no document (暂无信息: empty), its empty box's 更多 with the
tracking query too. 住建要闻 (news, 2 days) keeps the homepage fresh. Each column is one column: three stale
columns, deducted, under the veto's five.
Four more columns have no document either, each saying so in its own way, as real templates do: 行业标准 shows a
picture alone, alt="建设中" (images/building.jpg); 质量安全 one without alt, named in pinyin (jianshezhong.jpg);
资质审批, an old table portal's, only its table's header row, its labels in <td>s (序号 | 标题 | 发布日期); 建筑市场 a
Bootstrap table of a <thead> over an empty <tbody>. With 党建工作, five empty columns: the site fails (空白栏目).
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 910000)
    news = mk.column("住建要闻", "/zjyw/index.html", "news", 2, 10, "gov_news", trs_path("/zjyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 200, 8, "notice", trs_path("/tzgg/"), gap=10,
                        more_as=("/tzgg/index.html?from=index",))
    policy = mk.column("政策法规", "/zcfg.htm", "policy", 200, 8, "policy", lambda d, i: f"/info/1005/{i}.htm",
                       gap=20, paging="none", more_as=("/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005",))
    trade = mk.column("行业动态", "/hydt/index.html", "news", 60, 8, "gov_news", trs_path("/hydt/"), gap=7,
                      more_as=("/HYDT/index.html",))
    # no document yet: its homepage box empty, its 更多 with a tracking query
    party = Column("党建工作", "/djgz/index.html", "other", empty_text='<div class="no-data">暂无信息</div>',
                   more_as=("/djgz/index.html?from=index",))
    # no document yet either, each page saying so in its template's way: a picture, or a table's header row alone
    empties = [Column(name, f"/{d}/index.html", "other", empty_text=html) for name, d, html in (
        ("行业标准", "hybz", '<div class="main-con"><img class="img-responsive" alt="建设中" '
                           'src="/images/building.jpg"></div>'),
        ("质量安全", "zlaq", '<div class="con" style="text-align:center">'
                           '<img src="/images/jianshezhong.jpg" width="600"></div>'),
        ("资质审批", "zzsp", '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr class="tit">'
                           '<td width="60">序号</td><td>标题</td><td width="120">发布日期</td></tr></table>'),
        ("建筑市场", "jzsc", '<div class="con"><table class="table table-striped"><thead><tr><th>标题</th>'
                           "<th>发布日期</th></tr></thead><tbody></tbody></table></div>"))]
    site = Site(meta, cms="trs", columns=[news, notices, policy, trade, party, *empties],
                blocks=[Block("住建要闻", 6), Block("通知公告", 6), Block("政策法规", 6), Block("行业动态", 6),
                        Block("党建工作", 6)])
    for picture in ("/images/building.jpg", "/images/jianshezhong.jpg"):
        site.raw[picture] = image()
    return site
