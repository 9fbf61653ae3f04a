"""示范市商务局 (sw): a department site whose homepage is fresh only by the card over its 商务动态 block.

The block shows 商务动态's newest article (news, 2 days) as a card (a picture, its heading, its date, a summary) over
the rest of its rows, 18 days old and more; 通知公告 (notice) beside it is 25 days old. A reader of the rows alone
finds the homepage stale. 行业动态 (news, 5 days) shows its newest row with a year typed wrong, a year after the
right one (its article shows the right date); the rows below are 30 days old and more: the column is fresh.
公示公告 is empty: under its table's header row, one row says 对不起，暂时没有相关数据！ The menu leads to 政务公开, a
page of links to its sub-columns; the footer repeats the menu's groups as 山西's does, 政务公开 a <p> without a link
over the <ul> of them: 规范性文件 (policy, 300 days: stale) and 人事信息 (personnel, 40 days), second-level columns,
and 财政资金 and 建议提案, both empty (暂无信息): three empty columns, two short of the veto. The homepage links two
search pages, no column: 高级检索 (a form of 关键词, 标题 and 时间范围 over an empty result box, 共找到 0 条结果,
暂无数据) and 信息检索 (the 信息公开 目录's form of 标题, 文号 and 发布日期 over a table saying 没有符合条件的记录), as
they show before anything is asked (no columns: taken for two more empty ones, they once failed the site). A
picture of buttons under the blocks, an image map (<img usemap="#kjdh"><map><area alt="预算决算">, as old portals draw
a menu), is the only way to 预算决算 and 重点领域, which no menu, site map nor footer lists; both never put anything
up, their list box empty with no word: five empty columns, which veto the site.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image, newest_apart, trs_path, undated_path, year_typed_wrong


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 230000)
    # the rows under the card: 16 days older and more
    news = newest_apart(mk.column("商务动态", "/swdt/index.html", "news", 2, 10, "gov_news", undated_path("/swdt/"),
                                  gap=3, paging="next"), 16)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 25, 8, "notice", trs_path("/tzgg/"), gap=10)
    # its newest row's year typed wrong in the list, a year on; its article shows the right date
    trade = newest_apart(mk.column("行业动态", "/hydt/index.html", "news", 5, 10, "gov_news", undated_path("/hydt/"),
                                   gap=3, paging="next"), 25)
    year_typed_wrong(trade.items[0])
    # empty: its table's header row over one row that says so, in words of its own
    nothing = Column("公示公告", "/gsgg/index.html", "notice", empty_text=(
        '<table class="list" width="100%"><tr><th>标题</th><th>发布日期</th></tr>'
        '<tr><td colspan="2" align="center">对不起，暂时没有相关数据！</td></tr></table>'))
    # 政务公开: a page of links to its sub-columns, which the footer lists under its name, a <p> without a link
    subs = [mk.column("规范性文件", "/zwgk/gfxwj/index.html", "policy", 300, 5, "policy", trs_path("/zwgk/gfxwj/"),
                      gap=60, parent="政务公开"),
            mk.column("人事信息", "/zwgk/rsxx/index.html", "personnel", 40, 5, "personnel", trs_path("/zwgk/rsxx/"),
                      gap=50, parent="政务公开"),
            Column("财政资金", "/zwgk/czzj/index.html", "other", parent="政务公开",
                   empty_text='<ul class="list"><li>暂无信息</li></ul>'),
            Column("建议提案", "/zwgk/jyta/index.html", "other", parent="政务公开",
                   empty_text='<ul class="list"><li>暂无信息</li></ul>')]
    hub = Column("政务公开", "/zwgk/index.html", "other", static_html='<div class="gk-nav">' + "".join(
        f'<a href="{c.path}">{c.name}</a>' for c in subs) + "</div>")
    # only the homepage's image map links them; their list boxes empty, no word
    mapped = [Column(name, f"/{slug}/index.html", "other", empty_text=BARE_LIST)
              for name, slug in (("预算决算", "ysjs"), ("重点领域", "zdly"))]
    site = Site(meta, cms="trs", columns=[news, notices, trade, nothing, hub, *subs, *mapped],
                blocks=[Block("商务动态", 6, layout="topcard"), Block("通知公告", 6)], footer_menu=True,
                home_links=[(ADVANCED, "高级检索"), (GKML_SEARCH, "信息检索")],
                map_menu=("预算决算", "重点领域"),
                pages={ADVANCED: ("高级检索", ADVANCED_FORM), GKML_SEARCH: ("信息检索", GKML_FORM)})
    site.raw["/images/kjdh.jpg"] = image()
    return site


# search pages as they show before anything is asked: a form over an empty result box (惠来's searchList.jsp, 德安's
# 公文检索), a 信息公开 目录's 检索 over its table's header row and a row saying nothing matched
ADVANCED, GKML_SEARCH = "/search/advanced.html", "/xxgk/search.html"
BARE_LIST = '<div class="list-box"><ul class="list"></ul></div>'  # a list box with nothing in it, and no word
ADVANCED_FORM = (
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 高级检索</div>'
    '<form class="adv-search" action="/search/advanced.html" method="get"><p>关键词：<input type="text" name="q"></p>'
    '<p>标题：<input type="text" name="title"></p><p>时间范围：<input type="text" name="start"> 至 '
    '<input type="text" name="end"></p><p><input type="submit" value="检索"></p></form>'
    '<div class="result"><div class="result-count">共找到 <span>0</span> 条结果</div><ul class="list"></ul>'
    "<p>暂无数据</p></div>")
GKML_FORM = (
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 信息检索</div>'
    '<form action="/xxgk/search.html" method="get"><table class="search-form"><tr><td>标题：</td>'
    '<td><input type="text" name="title"></td><td>文号：</td><td><input type="text" name="wh"></td></tr>'
    '<tr><td>发布日期：</td><td><input type="text" name="start"> 至 <input type="text" name="end"></td>'
    '<td colspan="2"><input type="submit" value="检索"></td></tr></table></form>'
    '<table class="list" width="100%"><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>'
    '<tr><td colspan="4" align="center">没有符合条件的记录</td></tr></table>')
