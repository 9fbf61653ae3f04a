"""示范市林业局 (ly): a department site whose homepage is fresh only by rows whose links a script file opens.

Its homepage's 林业动态 block (news, 2 days) links each row by a call of openDoc(id), a function of /js/opendoc.js:
the page names no address, but each row shows its title and date. The block beside it is older: 通知公告 (notice)
25 days. 林业动态's own page links its articles plainly.

Its menu is 扎兰屯's mega menu: each heading a link to its first column, over a hidden panel of boxes alone, no list
(<li><a>政务公开</a><div class="dd"><div class="item"><div class="link-dt"><a>政策文件</a>…). Every column sits under
a heading: 政策文件 (policy, 200 days: stale) and 人事信息 (personnel, 60 days) under 政务公开 are second-level, so the
stale policy column costs no deduction. 政务公开 leads to 信息公开 too, a page of a sentence beside the
政府信息公开目录 as a left tree of plain links (<div class="gkml-left"><ul class="tree">, named by no menu word), its
only way to its leaves: 机构职能 (a static page), 政策解读 (policy, 30 days) and five leaves that never put anything
up, each an empty box and nothing else (规划计划, 财政信息, 重大项目, 公益事业, 应急管理): five empty columns, which
veto the site.
基层动态 (news, 50 days: stale) lists titles alone at undated addresses; its articles, as 重庆市文旅委's (realpage
110), show 日期：… under the heading, a hidden tip for old browsers (当前浏览器版本过低，建议升级…。) over it, a
<title> naming the column (基层动态_示范市林业局) and no PubDate: the tip's sentence taken for the article's text, the
date before it went unread, and the column had no date.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.list_rows import OPEN_DOC_JS
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

NEWS, OPEN, TREE = "新闻动态", "政务公开", "信息公开"
EMPTY = '<div class="xxgk-list"><ul></ul></div>'  # a leaf's list box with nothing in it, and no word


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 240000)
    news = mk.column("林业动态", "/lydt/index.html", "news", 2, 10, "gov_news", lambda d, i: f"/lydt/doc/{i}.html",
                     gap=3, paging="next", parent=NEWS)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10,
                        parent=NEWS)
    policy = mk.column("政策文件", "/zwgk/zcwj/index.html", "policy", 200, 5, "policy", trs_path("/zwgk/zcwj/"),
                       gap=60, parent=OPEN)
    staff = mk.column("人事信息", "/zwgk/rsxx/index.html", "personnel", 60, 5, "personnel", trs_path("/zwgk/rsxx/"),
                      gap=50, parent=OPEN)
    leaves = [Column("机构职能", "/xxgk/jgzn/index.html", "other", parent=TREE, static_html=(
                  "<p>负责全市林业和草原及其生态保护修复的监督管理，拟订林业和草原政策、规划并组织实施。</p>")),
              mk.column("政策解读", "/xxgk/zcjd/index.html", "policy", 30, 5, "policy", trs_path("/xxgk/zcjd/"),
                        gap=40, parent=TREE)]
    leaves += [Column(name, f"/xxgk/{slug}/index.html", type_, parent=TREE, empty_text=EMPTY)
               for name, slug, type_ in (("规划计划", "ghjh", "plan"), ("财政信息", "czxx", "other"),
                                         ("重大项目", "zdxm", "other"), ("公益事业", "gysy", "other"),
                                         ("应急管理", "yjgl", "other"))]
    tree = ('<div class="gkml-left"><h3>政府信息公开目录</h3><ul class="tree"><li><span>法定主动公开内容</span><ul>'
            + "".join(f'<li><a href="{esc(c.path)}">{esc(c.name)}</a></li>' for c in leaves) + "</ul></li></ul></div>")
    hub = Column(TREE, "/xxgk/index.html", "other", parent=OPEN, static_html=tree + (
        "<p>本目录按照《中华人民共和国政府信息公开条例》的要求，集中发布本局主动公开的政府信息，请通过左侧目录分类查阅。</p>"))
    # titles alone at undated addresses; its articles 重庆市文旅委's (realpage 110): 日期：… under the heading, a
    # hidden tip for old browsers over it, a <title> naming the column (基层动态_示范市林业局), no PubDate
    local = mk.column("基层动态", "/jcdt/index.html", "news", 50, 6, "gov_news", lambda d, i: f"/jcdt/doc/{i}.html",
                      gap=10, paging="next", parent=NEWS, undated=True, article_style="coltitle")
    site = Site(meta, cms="trs", columns=[news, notices, local, policy, staff, hub, *leaves], hubs=(TREE,),
                blocks=[Block("林业动态", 6, layout="scriptext"), Block("通知公告", 6)],
                homepage_html=f'<script src="{OPEN_DOC_JS}"></script>',
                menu_groups=[(NEWS, ["林业动态", "通知公告", "基层动态"]), (OPEN, ["政策文件", "人事信息", TREE])],
                heading_links=True, group_panels=True)
    site.raw[OPEN_DOC_JS] = Reply(200, {"Content-Type": "application/javascript"},
                                  b"function openDoc(id) {\n  window.open('/lydt/doc/' + id + '.html');\n}\n")
    return site
