"""示范市卫生健康委员会 (wjw): a department site with five empty columns (fixed in round 2).

Three empty columns say so (暂无信息 / 暂无内容), one says it is being built (栏目正在建设中) and shows no list
container, one shows an empty list; the homepage is fresh. 机构职能 is a static page whose heading sits in a box
classed like a list (list-title): no list, not an empty one. 文件下载 (forms to download, last added 300 days ago) is
no column the indicators time, though its name says 文件. 政策文件's articles show their date unlabelled
(2026年10月17日 10时30分 beside 来源), and their PubDate meta is the day the site's pages were last generated (the
newest names a meeting's day, a week later, in a line of its text: 时间：…, and the next lists two older ones under it
as 相关阅读, each with its 发布时间); so do 基层动态's (fresh), whose list shows titles alone at UCAP's addresses, a
folder per day (/jcdt/2026/9/5/<hex>.shtml). Beside its fresh blocks the homepage shows 人事信息's five newest (70
days old and more) in a Hanweb <datastore>. A bar over every page says 更新时间 today: the site's, no page's.
健康科普 (fresh) is filled by a script from its data.json, its list served with a 暂无数据 row the script replaces.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.column import Column
from govcheck.demo.list_markup import datastore
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path, ucap_path

# (name, slug, what the empty list shows; None: an empty <ul>)
EMPTY = [
    ("疾病预防控制", "jbyfkz", '<div class="no-data">暂无信息</div>'),
    ("妇幼健康", "fyjk", '<ul class="list"><li class="empty">暂无内容</li></ul>'),
    ("医政医管", "yzyg", '<ul class="list"></ul><p class="nodata">暂无信息！</p>'),
    ("卫生监督", "wsjd", None),
    ("中医药管理", "zyygl", '<div class="building">本栏目正在建设中，敬请期待！</div>'),  # no list container
]


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 31000)
    col = lambda name, slug, type_, newest, count, pool, gap, **kw: mk.column(  # noqa: E731
        name, f"/{slug}/index.html", type_, newest, count, pool, generic_path(f"/{slug}/"), gap=gap,
        **{"paging": "next", **kw})
    columns = [
        col("卫健要闻", "wjyw", "news", 1, 24, "health_news", 3),
        col("通知公告", "tzgg", "notice", 10, 20, "notice", 6),
        # a list its script fills from data.json, served with a 暂无数据 row that the script replaces
        col("健康科普", "jkkp", "other", 6, 10, "health_news", 5, paging="json", hanweb_id=7, nodata_row=True),
        # its articles' date line unlabelled, their PubDate the day the site's pages were last generated
        col("政策文件", "zcwj", "policy", 40, 14, "policy", 15, style="cn", article_style="ucap"),
        col("人事信息", "rsxx", "personnel", 70, 10, "personnel", 20),
        # UCAP's: the list shows titles alone, the articles their date unlabelled and a PubDate of the day the pages
        # were generated; only the address tells the day (/jcdt/2026/9/5/<hex>.shtml)
        mk.column("基层动态", "/jcdt/index.html", "news", 5, 12, "health_news", ucap_path("/jcdt/"), gap=4,
                  paging="next", undated=True, article_style="ucap"),
        # downloads of forms: no column the indicators time, though its name says 文件
        col("文件下载", "wjxz", "other", 300, 8, "policy", 20),
        # a static page whose heading the template boxes in a class named like a list's (list-title)
        Column("机构职能", "/jgzn/index.html", "other", static_html=(
            '<div class="list-title"><h3>主要职责</h3></div>'
            "<p>示范市卫生健康委员会负责拟订全市卫生健康政策，协调推进医药卫生体制改革，组织疾病预防控制工作。</p>")),
    ]
    # an article of 政策文件 names a meeting's day in its text, a week after it was put up (时间：…): not its date
    doc = columns[2].items[0]
    meeting = doc.published + timedelta(days=7)
    doc.text = (f"{doc.title}。", f"时间：{meeting.year}年{meeting.month}月{meeting.day}日上午9:00",
                "地点：示范市卫生健康委员会三楼会议室", "请各单位按时参加，不得缺席。")
    # under another, 相关阅读: two older articles, each with its 发布时间, beside its own unlabelled date line
    columns[2].items[1].related = tuple(columns[2].items[3:5])
    for name, slug, shown in EMPTY:
        if env.round >= 2:  # after the fix, one fresh item each
            columns.append(col(name, slug, "other", 1, 1, "health_news", 1))
        else:
            columns.append(Column(name, f"/{slug}/index.html", "other", paging="next", empty_text=shown))
    site = Site(meta, cms="generic", columns=columns,
                blocks=[Block("卫健要闻", 8), Block("通知公告", 6), Block("政策文件", 5)],
                top_updated=env.as_of)
    # a block a Hanweb module fills, its records in a <datastore> (人事信息's five newest, 70 days old and more),
    # beside the page's fresh blocks
    personnel = site.column("人事信息")
    site.homepage_html = (
        '<div class="block"><div class="block-hd"><h3>人事信息</h3></div><div id="41003"><script type="text/xml">\n'
        f"{datastore(personnel, 1, 5)}\n</script></div></div>")
    return site
