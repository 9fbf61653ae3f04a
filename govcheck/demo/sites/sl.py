"""示范松岭县人民政府 (sl): a county portal whose 信息公开 and 政务公开 pages alone lead to their sub-columns.

Its menu leads to 工作动态 (news, 2 days), 通知公告 (notice, 20 days), 信息公开 and 政务公开; its site map lists
no more. 信息公开 is a page of a few sentences beside a tree of the 法定主动公开内容 that zTree draws from a flat
array of nodes (var zNodes: id, pId, name, url), as 信息公开 platforms draw it, no link in the markup. The tree
leads to 政策文件 (policy, 25 days), 人事信息 (personnel, 120 days), 政府信息公开指南 (a static page) and five
columns that have never put anything up (规划计划, 财政信息, 重大建设项目, 公益事业, 应急管理): five empty
columns, which veto the site. 政务公开 is a page of a few sentences beside a box of links to its sub-columns, named
by no menu word: 政府文件 (policy, 40 days) shows its list in an iframe of a page of its own; 部门文件 and 政务督查
are empty, each a table's header row over one row that says 暂无数据.
Its server is an old Apache's: the homepage (index.shtml) goes out as text/plain, the DefaultType of an extension its
MIME map does not name, and 通知公告's list page as the gzip file its publisher left precompressed, with no
Content-Encoding: the site is up and its homepage fresh, 通知公告 cannot be read (unverified).
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.page_markup import ztree
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

TREE, OPEN = "信息公开", "政务公开"
ZTREE_JS = "/js/jquery.ztree.core.min.js"  # the tree library the page loads (the demo's needs only to exist)
# as the platform's templates say a leaf has nothing, one way each
NOTHING = ('<ul class="xxgk-list"><li class="nodata">暂无信息</li></ul>',
           '<div class="list"><p class="no-data">此栏目暂无信息</p></div>',
           '<table class="xxgk-list" width="100%"><tr><th>标题</th><th>发布日期</th></tr>'
           '<tr><td colspan="2">暂无数据</td></tr></table>',
           '<div class="xxgk-list"><ul></ul></div>',
           '<ul class="xxgk-list"><li>本栏目暂无内容</li></ul>')
NO_DOCUMENT = ('<table class="wj-table" width="100%"><tr><th>序号</th><th>文件名称</th><th>发文字号</th>'
               '<th>发布日期</th></tr><tr><td colspan="4" align="center">暂无数据</td></tr></table>')
INTRO = ("<p>本平台按照《中华人民共和国政府信息公开条例》的要求，集中发布本县行政机关主动公开的政府信息，"
         "请通过左侧目录分类查阅。</p>")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "县", 280000)
    news = mk.column("工作动态", "/gzdt/index.html", "news", 2, 12, "gov_news", trs_path("/gzdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=15,
                        fail="gzip_bare")

    def sub(name, folder, type_, newest, count, pool, gap, parent, **kw) -> Column:
        return mk.column(name, f"{folder}index.html", type_, newest, count, pool, trs_path(folder), gap=gap,
                         parent=parent, **kw)

    leaves = [sub("政策文件", "/xxgk/zcwj/", "policy", 25, 8, "policy", 30, TREE),
              sub("人事信息", "/xxgk/rsxx/", "personnel", 120, 5, "personnel", 60, TREE)]
    leaves += [Column(name, f"/xxgk/{slug}/index.html", type_, parent=TREE, empty_text=nothing)
               for (name, slug, type_), nothing in zip(
                   (("规划计划", "ghjh", "plan"), ("财政信息", "czxx", "other"), ("重大建设项目", "zdxm", "other"),
                    ("公益事业", "gysy", "other"), ("应急管理", "yjgl", "other")), NOTHING, strict=True)]
    leaves.append(Column("政府信息公开指南", "/xxgk/gkzn/index.html", "other", parent=TREE, static_html=(
        "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》编制本指南。需要获得本机关政府信息"
        "公开服务的公民、法人或者其他组织，建议阅读本指南。</p>")))
    tree = Column(TREE, "/xxgk/index.html", "other", static_html=INTRO)
    # 政务公开's sub-columns: its page's box of links alone leads to them
    subs = [sub("政府文件", "/zwgk/zfwj/", "policy", 40, 8, "policy", 20, OPEN, frame="/zwgk/zfwj/list.html"),
            Column("部门文件", "/zwgk/bmwj/index.html", "policy", parent=OPEN, empty_text=NO_DOCUMENT),
            Column("政务督查", "/zwgk/zwdc/index.html", "other", parent=OPEN, empty_text=NO_DOCUMENT)]
    box = ('<div class="zwgk-left"><h3>政务公开</h3><ul>'
           + "".join(f'<li><a href="{esc(c.path)}">{esc(c.name)}</a></li>' for c in subs) + "</ul></div>")
    hub = Column(OPEN, "/zwgk/index.html", "other", static_html=box + INTRO.replace("左侧目录", "左侧栏目"))
    site = Site(meta, cms="trs", columns=[news, notices, tree, *leaves, hub, *subs],
                blocks=[Block("工作动态", 8), Block("通知公告", 6)], hubs=(TREE, OPEN),
                home_type="text/plain")
    tree.static_html = ztree(site, TREE) + tree.static_html
    site.raw[ZTREE_JS] = Reply(200, {"Content-Type": "application/javascript"},
                               b"(function($){$.fn.zTree={init:function(){}};})(window.jQuery||{fn:{}});\n")
    return site
