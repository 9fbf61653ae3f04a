"""示范市城市管理局 (cgj): a bureau whose homepage is fresh only by rows that show no date and name no address.

Its two plain blocks, 城管动态 (news, 20 days: stale) and 通知公告 (notice, 30 days), are stale. Beside them:
- 工作要闻 (news, 1 day): each row a title alone in <a href="javascript:void(0)" onclick="openArticle('…')">, the
  article's id its only trace; openArticle, a function of the site's /js/common.js, opens /art/<id>.html;
- 执法动态 (news, 3 days): each row a title alone in <a href="javascript:showDetail('…','zfdt')">, showDetail of the
  same file building /<column>/<id>.html in a variable first, then opening it.
No row of either box shows a date nor names an address in the page; their articles do show their dates. The homepage's
last update is 工作要闻's (1 day): it is no 首页不更新, and with one stale news column the site passes.
Three more lists show their dates in forms of their own, their articles at addresses without a date showing none:
公示公告 (notice, 77 days) each row's age alone (3个月前, 4个月前, as moment.js's fromNow() rounds): within the 180
days whatever day it was; 部门动态 (news, 3 days) a two-digit year dotted (26.11.23), 政务动态 (news, 2 days) slashed
in brackets ([26/11/24]); 基层动态 (news, 4 days) a calendar box of the day and its month alone (<span>22</span>
<span>11月</span>), its year the latest that does not put it after the inspection day. All four are fresh: read as
undated, each would be stale, five stale columns in all, and the site would fail (栏目不更新).
"""

from __future__ import annotations

from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, by_age, trs_path, undated_path
from govcheck.demo.web import Reply

SHOWN = 6  # rows each homepage box shows
COMMON_JS = "/js/common.js"
# the site's script file every page loads: a template's helpers, and the two functions its homepage's rows call
COMMON = """function setHome(obj, url) {
  try { obj.style.behavior = 'url(#default#homepage)'; obj.setHomePage(url); }
  catch (e) { alert('您的浏览器不支持自动设置首页，请手动设置。'); }
}
function addFavorite(url, title) {
  try { window.external.addFavorite(url, title); } catch (e) { alert('请使用Ctrl+D加入收藏'); }
}
function openArticle(id) {
  window.open('/art/' + id + '.html');
}
function showDetail(id, col) {
  var url = '/' + col + '/' + id + '.html';
  window.location.href = url;
}
"""


def _box(css: str, title: str, more: str, body: str) -> str:
    return (f'<div class="{css}"><div class="box-hd"><span>{title}</span><a class="more" href="{more}">更多&gt;&gt;'
            f"</a></div>{body}</div>\n")


def _ident(item) -> str:
    return item.path.rsplit("/", 1)[1].split(".")[0]


def homepage_html(news, enforcement) -> str:
    """The two boxes of titles alone, each opened by a function of the site's script file."""
    opened = "".join(f'<li><a href="javascript:void(0)" onclick="openArticle(\'{_ident(i)}\')" title="{esc(i.title)}">'
                     f"{esc(i.title)}</a></li>" for i in news.items[:SHOWN])
    shown = "".join(f'<li><a href="javascript:showDetail(\'{_ident(i)}\',\'zfdt\')">{esc(i.title)}</a></li>'
                    for i in enforcement.items[:SHOWN])
    return (f'<script type="text/javascript" src="{COMMON_JS}"></script>\n'
            + _box("gzyw", news.name, news.path, f'<ul class="news-list">{opened}</ul>')
            + _box("zfdt", enforcement.name, enforcement.path, f'<ul class="news-list">{shown}</ul>'))


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 990000)
    news = mk.column("工作要闻", "/gzyw/index.html", "news", 1, 8, "gov_news", lambda d, i: f"/art/{i}.html", gap=5)
    enforcement = mk.column("执法动态", "/zfdt/index.html", "news", 3, 8, "gov_news",
                            lambda d, i: f"/zfdt/{i * 7919:x}.html", gap=5)
    columns = [mk.column("城管动态", "/cgdt/index.html", "news", 20, 8, "gov_news",
                         trs_path("/cgdt/"), gap=5),
               mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice",
                         trs_path("/tzgg/"), gap=10),
               news, enforcement,
               by_age(mk.column("公示公告", "/gsgg/index.html", "notice", 77, 6, "notice", undated_path("/gsgg/"),
                                gap=30, article_style="dedeplain"), env.as_of),
               mk.column("部门动态", "/bmdt/index.html", "news", 3, 6, "gov_news", undated_path("/bmdt/"), gap=4,
                         style="yydot", article_style="dedeplain"),
               mk.column("政务动态", "/zwdt/index.html", "news", 2, 6, "gov_news", undated_path("/zwdt/"), gap=4,
                         style="yyslash", article_style="dedeplain"),
               mk.column("基层动态", "/jcdt/index.html", "news", 4, 6, "gov_news", undated_path("/jcdt/"), gap=4,
                         layout="daymonth", article_style="dedeplain")]
    shown = [i for c in (news, enforcement) for i in c.items[:SHOWN]]
    site = Site(meta, cms="trs", columns=columns, blocks=[Block("城管动态", 6), Block("通知公告", 6)],
                homepage_html=homepage_html(news, enforcement), home_items=shown)
    site.raw[COMMON_JS] = Reply(200, {"Content-Type": "application/javascript"}, COMMON.encode())
    return site
