"""示范河西镇人民政府 (hx): a town portal vetoed for thirteen empty columns, whose column pages all show dates.

The homepage's content sits in an iframe (main.html) under the menu; its freshest block, 工作动态, is written by an
inline script from an array of its own (title, address, date): no row is in the markup. Every column page carries a
热点新闻 block and a 滚动新闻 ticker of fresh 工作动态 items, and the footer says 更新时间; twelve columns have nothing
of their own beside them (an empty list, an empty table, 此栏目暂无任何新增信息 in a bare <ul>, an empty box under
the column's banner, an endpoint that returns no item, an empty box named in pinyin, 本栏目信息正在更新中, 栏目维护中,
暂无相关内容; a table
whose one row under its header says 本栏目尚未发布内容 over a pager's 共0条记录; a box holding only a picture whose alt
says 栏目建设中; an unnamed empty <ul> over a pager that counts one page of none, 共1页 0条 当前第1/0页). A 1 MB
archive page of entries that each leave a <div> open (some 6,500: past the parser's nesting limit three times) ends
with a dead attachment link. Its offices' pages, linked from a 工作机构 page in no menu, show
their news; one says 此栏目暂无任何新增信息 instead: a thirteenth empty column; one, 规划建设服务中心's, lists its
leaders' pages and its 机构职能, 400 days old: a unit's page, untimed as the others are (typed by the 规划 of its name
it would be a stale 规划计划类 column, realpage 65). 农业动态 (news, 40 days: stale) lists
titles alone at PHPCMS's addresses (index.php?m=content&c=index&a=show&catid=21&id=N): its articles tell. 党建动态
(fresh), a young column of five articles, lists them on its page as each of its articles does in a box: its list,
though it shows on pages other than its own. 文化动态 (news, 30 days: stale) lists titles alone at addresses named by a
number (/whdt/98123.html). Its menus' 便民服务, empty as its twelve other columns, is its only services entry and
offers none: no services entry, for a person to confirm.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, PlantedLink, SideBlock, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image, short_titles, trs_path

ARCHIVE = "/dag/index.html"
OFFICES = "/gzjg/index.html"  # 工作机构: a page of the town's offices, linked from the homepage, in no menu
# as a county portal's office pages say their list is empty (2018): no class on the list, a wording of its own
NOTHING_NEW = ('<div class="news_list">\n<ul>\n       此栏目暂无任何新增信息\n</ul>\n'
               '<div class="pagediv" id="page_div"></div>\n</div>')
ARCHIVE_DEAD = "/dag/files/hx_1998.pdf"
BUILDING = "/images/lmjsz.jpg"  # the picture an empty column shows: 栏目建设中
BANNER = "/images/lm_zsyz.jpg"  # a column's banner over its list


def archive_page(size: int = 1024 * 1024) -> str:
    """About ``size`` bytes of yearbook entries, each leaving its <div> open as old CMS templates do (a parser
    stops reading at its nesting limit), then the link to the 1998 index."""
    entry = ('<div class="dsj">河西镇历年大事记：全镇干部群众坚持发展第一要务，持续改善民生，'
             '推进乡村振兴，各项事业取得新进展。\n')
    return entry * (size // len(entry.encode())) + f'<p><a href="{ARCHIVE_DEAD}">1998年档案目录.pdf</a></p>'


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 98000)

    def col(name, slug, type_, newest, count, pool, gap, **kw) -> Column:
        return mk.column(name, f"/{slug}/index.html", type_, newest, count, pool, trs_path(f"/{slug}/"), gap=gap, **kw)

    news = col("工作动态", "gzdt", "news", 2, 20, "town_news", 3)
    columns = [
        news,
        col("通知公告", "tzgg", "notice", 15, 12, "notice", 10),
        col("政策文件", "zcwj", "policy", 80, 8, "policy", 20),
        Column("党建工作", "/djgz/index.html", "other", empty_text='<ul class="list"></ul>'),
        Column("村务公开", "/cwgk/index.html", "other", empty_text='<table class="list" width="100%"></table>'),
        Column("财务公开", "/cwgkx/index.html", "other", empty_text=NOTHING_NEW),
        # the column's banner over its empty list
        Column("招商引资", "/zsyz/index.html", "other", empty_text=(
            f'<div class="lm-banner"><img src="{BANNER}" width="980"></div><div class="news-list"></div>')),
        # empty in the ways other portals write it: a box named in pinyin (新闻列表), wordings of their own
        Column("文明创建", "/wmcj/index.html", "other", empty_text='<div class="xwlb"><ul></ul></div>'),
        Column("乡村振兴", "/xczx/index.html", "other",
               empty_text='<div id="right_table"><p align="center">本栏目信息正在更新中</p></div>'),
        Column("民生保障", "/msbz/index.html", "other", empty_text='<div class="lm_con">栏目维护中</div>'),
        Column("安全生产", "/aqsc/index.html", "other", empty_text='<div class="r_nr">暂无相关内容</div>'),
        # a list box holding only the template's picture that says 栏目建设中 (lmjsz: its initials)
        Column("美丽乡村", "/mlxc/index.html", "other", empty_text=(
            f'<div class="list"><img src="{BUILDING}" alt="栏目建设中" width="600" height="200"></div>')),
        # a header row over one row that says so, and a pager counting no record (DedeCMS's table)
        Column("镇村建设", "/zcjs/index.html", "other", empty_text=(
            '<table class="cwgk" width="100%"><tr><th>标题</th><th>发布时间</th></tr><tr><td colspan="2" '
            'align="center">本栏目尚未发布内容</td></tr></table><div class="pages">共0条记录</div>')),
        Column("便民服务", "/bmfw/index.html", "other", paging="json", hanweb_id=4),
        # an empty <ul> of no class, and a pager counting one page of nothing
        Column("平安建设", "/pajs/index.html", "other", empty_text=(
            '<div class="con"><ul></ul><div class="page">共1页 0条 当前第1/0页 首页 上一页 下一页 尾页</div></div>')),
        # PHPCMS's: titles alone, each article at index.php?m=content&c=index&a=show&catid=21&id=N (no folder, no
        # date in the address); only the articles' 发布时间 tells
        mk.column("农业动态", "/nydt/index.html", "news", 40, 10, "town_news",
                  lambda d, i: f"/index.php?m=content&c=index&a=show&catid=21&id={i}", gap=6, paging="next",
                  undated=True),
        # a young column: its five articles each show the five in a box, as its own page lists them
        col("党建动态", "djdt", "news", 4, 5, "town_news", 3, article_box=5),
        # titles alone at addresses named by a number (/whdt/98123.html): its articles tell (30 days: stale)
        mk.column("文化动态", "/whdt/index.html", "news", 30, 8, "town_news", lambda d, i: f"/whdt/{i}.html", gap=7,
                  paging="next", undated=True),
        Column("镇情概况", "/zqgk/index.html", "other", static_html=(
            "<p>河西镇位于湖东县西部，面积96平方公里，辖14个行政村，户籍人口3.2万人。</p>")),
    ]
    # the offices' pages, reached only through 工作机构: two show news, one says it has nothing
    # a unit's page whose list is its leaders' pages and its 机构职能, put up 400 days ago (as 柘城's 县城乡规划中心,
    # realpage 65): untimed as its siblings are, whatever the 规划 of its name says
    unit = short_titles(col("规划建设服务中心", "gzjg/ghzx", "other", 400, 4, "town_news", 1, parent="工作机构"),
                        "河西镇规划建设服务中心机构职能", "河西镇规划建设服务中心主任　王建国",
                        "河西镇规划建设服务中心副主任　李红", "河西镇规划建设服务中心副主任　赵刚")
    offices = [col("党政综合办公室", "gzjg/dzb", "other", 4, 9, "town_news", 5, parent="工作机构"),
               col("经济发展办公室", "gzjg/jjb", "other", 12, 6, "town_news", 9, parent="工作机构"),
               Column("社会事务办公室", "/gzjg/swb/index.html", "other", parent="工作机构", empty_text=NOTHING_NEW),
               unit]
    columns += offices
    site = Site(meta, cms="trs", columns=columns, blocks=[Block("工作动态", 8, inline=True), Block("通知公告", 6)],
                frames="iframe",
                side_blocks=[SideBlock("热点新闻", tuple(news.items[:6]), css="box2"),
                             SideBlock("滚动新闻", tuple(news.items[6:11]), css="gd", ticker=True)],
                updated=env.as_of, home_links=[(ARCHIVE, "历史档案"), (OFFICES, "工作机构")])
    site.pages[ARCHIVE] = ("历史档案", archive_page())
    site.raw[BUILDING] = site.raw[BANNER] = image()
    site.pages[OFFICES] = ("工作机构", '<div class="jgzy"><h3><span>镇属机构</span></h3><ul>' + "".join(
        f'<li><a class="a2" href="{c.path}">{c.name}</a></li>' for c in offices) + "</ul></div>")
    site.links.append(PlantedLink(ARCHIVE_DEAD, ARCHIVE, "1998年档案目录.pdf", "http_404", "broken",
                                  kind="attachment"))
    # no services: its one services entry, the 便民服务 menu entry, leads to a column of nothing (an empty endpoint)
    return site
