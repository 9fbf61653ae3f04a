"""示范区人民政府 (qq): a GBK district portal (charset only in a meta tag) whose columns are not updated.

Five columns count towards the 栏目不更新 veto: three news columns (as_of-20, -30, -45) and the top-level 通知公告
(as_of-200) and 政策文件 (as_of-300). The 要闻 column and the homepage are fresh (as_of-1). The 图片新闻 list has
neither a charset header nor a meta tag, and links each item by its picture alone (no alt), its title plain text
beside it. 部门动态 writes each item as a <p>, 镇街动态 as a <div> without a class: rows no list element marks;
社区动态 (fresh) as a <ul> of two <li>s, the title and the date. 政策文件's page is an empty box that jQuery's
.load() fills with a table from list_ajax.html. The homepage's 要闻 block, its only fresh one, is filled by an inline
fetch() of /api/home-0.json: a reader of the HTML alone sees the homepage last updated 20 days ago. 街道动态 lists
oldest first over three pages of one ASP.NET address, each the page's form posted back by its 下一页 (__doPostBack).
便民通知 and 公示公告 (fresh) list oldest first in ASP.NET GridViews whose pagers show numbers alone (Numeric, and
NumericFirstLast with its default &lt;&lt; and &gt;&gt;), each page the form posted back with Page$N (Page$Last).
区情概况, a static page, keeps a box of pictures beside its text that says 暂无内容. 政策解读 (fresh) shows each
item as a card, its heading and date in the link, then a summary naming the day an older rule took effect
(2019年1月1日). 组织机构, a static page, shows an org chart beside a 相关下载 box that says 暂无相关信息. On the
homepage 部门动态 and 通知公告 are the panes of a tab box whose tabs, plain <li>s of a <ul class="tab-hd">, hold no
link: the header's whole text names neither column. Its menu shows 首页 in a box of its own (a <dl>) before the
<ul> of its columns, as 山西's portal does: 通知公告 and 政策文件 are first-level columns all the same.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, generic_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "区", 23000)
    col = lambda name, slug, type_, newest, count, pool, gap, **kw: mk.column(  # noqa: E731
        name, f"/{slug}/index.html", type_, newest, count, pool, generic_path(f"/{slug}/"), gap=gap,
        **{"paging": "next", **kw})
    columns = [
        col("要闻", "ywdt/yw", "news", 1, 30, "gov_news", 2),
        col("部门动态", "ywdt/bmdt", "news", 20, 16, "gov_news", 5, layout="prow"),
        col("镇街动态", "ywdt/zjdt", "news", 30, 16, "town_news", 6, layout="divrow"),
        col("社区动态", "ywdt/sqdt", "news", 3, 16, "gov_news", 4, layout="ulrow"),
        col("图片新闻", "ywdt/tpxw", "news", 45, 12, "gov_news", 7, bare_encoding=True, layout="picture"),
        col("通知公告", "zwgk/tzgg", "notice", 200, 20, "notice", 9, style="bracket", layout="before"),
        col("政策文件", "zwgk/zcwj", "policy", 300, 18, "policy", 12, layout="table", paging="load"),
        # cards: the heading and its date in the link, a summary after it naming the day a rule took effect
        col("政策解读", "zwgk/zcjd", "policy", 12, 10, "policy", 10, layout="cardsum"),
        # oldest first over three pages of one ASP.NET address: 下一页 posts the page's form back
        mk.column("街道动态", "/jddt/Default.aspx", "news", 3, 26, "town_news", generic_path("/jddt/"), gap=2,
                  order="asc", paging="aspnet", per_page=10),
        # oldest first under GridView's numeric pager (numbers alone, no 下一页): the fresh items on its last page,
        # page one's all older than 180 days; four pages all numbered; 公示公告's twelve under NumericFirstLast, its
        # last page reached by >> (Page$Last)
        mk.column("便民通知", "/gov/tzgg.aspx", "notice", 2, 30, "notice", generic_path("/gov/tzgg/"), gap=18,
                  order="asc", paging="grid", per_page=8),
        mk.column("公示公告", "/gov/gsgg.aspx", "notice", 4, 60, "notice", generic_path("/gov/gsgg/"), gap=7,
                  order="asc", paging="gridfl", per_page=5),
        Column("区情概况", "/zjqq/qqgk/index.html", "other", static_html=(
            "<p>示范区是示范市的中心城区，面积186平方公里，辖8个街道、3个镇，常住人口61.5万人。</p>"
            # a box of pictures beside the text, with none to show: no empty column
            '<div class="l_box"><div class="l_tit"><h3>图片新闻</h3></div><ul class="pic_news"><li>暂无内容</li></ul>'
            "</div>")),
        # an org chart, and beside it the 相关下载 box its template keeps, which has nothing (暂无相关信息)
        Column("组织机构", "/zjqq/zzjg/index.html", "other", static_html=(
            f'<div class="content"><p><img src="{BLANK_GIF}" alt="示范区人民政府组织机构图" width="800" height="560">'
            '</p></div><div class="side"><h3>相关下载</h3><ul><li>暂无相关信息</li></ul></div>')),
    ]
    return Site(meta, cms="generic", charset="gbk", header_charset=False, meta_charset=True, columns=columns,
                # 部门动态 and 通知公告 the panes of a tab box whose tabs are plain <li>s of a <ul class="tab-hd">
                blocks=[Block("要闻", 8, scripted=True), Block("部门动态", 6, tab=True),
                        Block("通知公告", 6, tab=True)],
                tab_head="hd", home_apart=True)
