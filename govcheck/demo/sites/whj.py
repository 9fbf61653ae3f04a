"""示范市文化和旅游局 (whj): a bureau on PHPCMS v9, its lists paged by the CMS's default rule for static pages.

Each list's page k sits at k.html beside its index.html (/wldt/2.html), and its pager (pages()) links every page by
its number, 上一页 and 下一页. Its three news columns are fresh (文旅动态 1 day, 县区动态 2 days, 行业动态 3 days) and
run over three pages each, the second and third showing older items: pages of their lists, no columns. Judged as
columns of their own (each page names itself the column, in its breadcrumb and title), they would be six stale news
columns, and the site would fail though every column is fresh. 通知公告 (notice, 20 days) is one page.

The bureau took over the former 示范市旅游局's columns when the offices merged (机构改革): 旅游动态 (news, 30 days:
stale) and 景区公告 (notice, 40 days), whose old templates still show the former office's 网站标识码 (OLD_CODE, no
site's) in their <meta> and footer beside the bureau's sponsor: the bureau's own pages, showing a wrong code.

Four more news columns have not been updated for weeks: 文物动态 (22 days), and three whose names hold none of the
words 动态, 要闻, 新闻: 文旅资讯 (20 days), the bureau's news under the word its trade uses, and 图片报道 (16 days) and
视频报道 (35 days), its news in pictures and on video (图片新闻, 视频新闻). With 旅游动态, five news columns are
stale: the site fails (栏目不更新). Typed by the words alone, the three are pages of no timed type, and the site
would pass with 99.
Its pages show their breadcrumb in a box classed crumb-nav, as 防城港's template does (realpage 99): on 县区动态's
pages 首页 > 新闻中心 > 县区动态, 新闻中心 (/xwzx/, news, 3 days) a first-level column of its channel's own that no
menu nor the site map lists, reached by the crumb alone: first-level, as its own page's crumb (首页 > 新闻中心) says,
never under 县区动态.
项目动态 (news, 45 days: stale, a sixth) lists titles alone at undated addresses; its articles, in 防城港's
template (realpage 99), show their date in a hidden box of their fields for the page's scripts (NewsArticlePubDay)
and again unlabelled before 来源 under the heading, and carry a PubDate of the day the site's pages were last
generated (no 生成时间 meta says so): read from the PubDate, the column is fresh.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, undated_path

OLD_CODE = "4399000069"  # the former 示范市旅游局's 网站标识码


def numbered(col_dir: str):
    """PHPCMS's articles: {$catdir}/{$year}/{$month}{$day}/{$id}.html."""
    return lambda d, i: f"{col_dir}{d.year}/{d:%m%d}/{i}.html"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 620000)

    def news(name: str, folder: str, newest: int) -> Column:
        return mk.column(name, f"/{folder}/index.html", "news", newest, 36, "culture_news", numbered(f"/{folder}/"),
                         gap=4, per_page=15, paging="num")

    columns = [news("文旅动态", "wldt", 1), news("县区动态", "xqdt", 2), news("行业动态", "hydt", 3),
               mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", numbered("/tzgg/"), gap=12),
               Column("机构职能", "/jgzn/index.html", "other", static_html=(
                   "<p>示范市文化和旅游局是市政府工作部门，负责统筹全市文化事业、文化产业和旅游业发展，"
                   "组织实施文化和旅游资源普查、挖掘、保护和利用工作。</p>")),
               mk.column("旅游动态", "/lydt/index.html", "news", 30, 10, "culture_news", numbered("/lydt/"), gap=9,
                         site_code=OLD_CODE),
               mk.column("景区公告", "/jqgg/index.html", "notice", 40, 6, "notice", numbered("/jqgg/"), gap=20,
                         site_code=OLD_CODE),
               mk.column("文物动态", "/wwdt/index.html", "news", 22, 8, "culture_news", numbered("/wwdt/"), gap=9),
               mk.column("文旅资讯", "/wlzx/index.html", "news", 20, 8, "culture_news", numbered("/wlzx/"), gap=9),
               mk.column("图片报道", "/tpbd/index.html", "news", 16, 8, "culture_news", numbered("/tpbd/"), gap=9),
               mk.column("视频报道", "/spbd/index.html", "news", 35, 6, "culture_news", numbered("/spbd/"), gap=12)]
    site = Site(meta, cms="generic", columns=columns,
                blocks=[Block("文旅动态", 8), Block("县区动态", 6), Block("通知公告", 6)])
    # its pages' breadcrumb in a box classed crumb-nav (防城港's template, realpage 99); 县区动态's links its channel
    # 新闻中心, a news column of its own that no menu nor the site map lists
    site.crumb_class = "crumb-nav"
    site.columns.append(mk.column("新闻中心", "/xwzx/index.html", "news", 3, 8, "culture_news", numbered("/xwzx/"),
                                  gap=4))
    site.pane_only = ("新闻中心",)
    site.column("县区动态").channel = ("新闻中心", "/xwzx/index.html")
    # 项目动态 (news, 45 days: stale) lists titles alone; its articles are 防城港's (realpage 99): the date in a hidden
    # box of their fields, then unlabelled before 来源, and a PubDate of the day the pages were last generated
    site.columns.append(mk.column("项目动态", "/xmdt/index.html", "news", 45, 8, "culture_news",
                                  undated_path("/xmdt/"), gap=9, undated=True, article_style="fcg"))
    site.evidence += [("site_code_mismatch", OLD_CODE)] * 2  # its two former columns' list pages, one problem
    return site
