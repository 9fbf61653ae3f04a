"""示范省生态环境厅 (sthjt): a provincial department whose menu leads, beside its news, notices and policies, to
生态环境状况公报, the yearly bulletin of the province's environment (each year's put up by 5 June, 世界环境日).

生态环境要闻 (news, 2 days) keeps its homepage fresh, 通知公告 (notice, 20 days) and 政策文件 (policy, 40 days) are in
time. 生态环境状况公报 holds this year's bulletin (with its 海洋 edition, 图解 and 摘要), put up 190 days ago: a
yearly report, no 政策文件 column for the 公报 in its name, not timed. Typed policy for its 公报, it is a first-level
policy column stale for six months (−5).
图片新闻 (news, 1 day), on no block, shows its newest as the 头条 over the blocks, a title alone in a table's cell as
old table portals show it (www.hangzhou.gov.cn's of 2018: no heading, no box named for a headline), its date only in
its address: the homepage's last update.
Under it, a tab box as that portal's homepage drew its 党政动态 (tables: each tab a cell with onMouseOver=
"changeNews(n)" and no link, each pane a table, its 更多 at its foot four tables from its tab) shows five news
columns (14 days) that no menu nor site map lists, their panes' 更多 the only links to them: 厅务动态 (20 days),
处室动态 (24), 市州动态 (30) and 基层动态 (35), each past its 14 days, and 媒体聚焦, whose page never answers (its
pane's 更多 a broken link of the homepage). Four stale news columns and a fifth that cannot be read: one short of the
veto, which the unread one could reach, so a person is asked; its page alone, unread, tells of no column.
"""

from __future__ import annotations

from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

# the tab box's columns: name, folder, days since its newest item
PANES = (("厅务动态", "twdt", 20), ("处室动态", "csdt", 24), ("市州动态", "szdt", 30), ("基层动态", "jcdt", 35),
         ("媒体聚焦", "mtjj", 45))
HANGS = "媒体聚焦"  # its page never answers


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "省", 960000)
    news = mk.column("生态环境要闻", "/sthjyw/index.html", "news", 2, 12, "gov_news", trs_path("/sthjyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=12)
    policy = mk.column("政策文件", "/zcwj/index.html", "policy", 40, 6, "policy", trs_path("/zcwj/"), gap=30)
    bulletins = mk.column("生态环境状况公报", "/hjzkgb/index.html", "other", 190, 4, "bulletin",
                          trs_path("/hjzkgb/"), gap=2)
    pictures = mk.column("图片新闻", "/tpxw/index.html", "news", 1, 8, "gov_news", trs_path("/tpxw/"), gap=4)
    panes = [mk.column(name, f"/{folder}/index.html", "news", age, 7, "gov_news", trs_path(f"/{folder}/"), gap=5,
                       fail="hang" if name == HANGS else None) for name, folder, age in PANES]
    site = Site(meta, cms="trs", columns=[news, notices, policy, bulletins, pictures, *panes],
                blocks=[Block("生态环境要闻", 6), Block("通知公告", 6), *(Block(c.name, 7, tab=True) for c in panes)],
                cell_headline=pictures.items[0], tab_head="cells", pane_only=tuple(c.name for c in panes))
    site.links.append(PlantedLink(panes[-1].path, "/", "更多>>", "timeout", "broken"))
    return site
