"""示范市商务局 (sw): a department site whose homepage is fresh only by the card over its 商务动态 block.

The block shows 商务动态's newest article (news, 2 days) as a card (a picture, its heading, its date, a summary) over
the rest of its rows, 18 days old and more; 通知公告 (notice) beside it is 25 days old. A reader of the rows alone
finds the homepage stale. 行业动态 (news, 5 days) shows its newest row with a year typed wrong, a year after the
right one (its article shows the right date); the rows below are 30 days old and more: the column is fresh.
公示公告 is empty: under its table's header row, one row says 对不起，暂时没有相关数据！ The menu leads to 政务公开, a
page of links to its sub-columns; the footer repeats the menu's groups as 山西's does, 政务公开 a <p> without a link
over the <ul> of them: 规范性文件 (policy, 300 days: stale) and 人事信息 (personnel, 40 days), second-level columns.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, newest_apart, trs_path, undated_path, year_typed_wrong


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
                      gap=50, parent="政务公开")]
    hub = Column("政务公开", "/zwgk/index.html", "other", static_html='<div class="gk-nav">' + "".join(
        f'<a href="{c.path}">{c.name}</a>' for c in subs) + "</div>")
    return Site(meta, cms="trs", columns=[news, notices, trade, nothing, hub, *subs],
                blocks=[Block("商务动态", 6, layout="topcard"), Block("通知公告", 6)], footer_menu=True)
