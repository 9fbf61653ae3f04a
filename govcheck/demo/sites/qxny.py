"""示范县农业农村局 (qxny): a county department on SiteServer CMS (.NET), its channels at /channels/<id>.html and its
articles at /contents/<channel id>/<id>.html, as SiteServer's default file path rules name them.

工作动态 (news, 2 days; 150 items, 15 a page) runs over later pages SiteServer names after the first,
/channels/12_2.html … /channels/12_10.html, under its stl:pageItems pager as its manual's first example lays it out:
首页 | 上一页 | 下一页 | 末页 (a word alone where it leads nowhere) in a cell, then 当前页：1 and every page as [1] [2]
[3] … in the next; 通知公告 (notice, 30 days; 40 items, 10 a page) under its manual's Bootstrap pagination, an <li>
per link: 上一页, each page's number, 下一页, no 末页. Pages of the column's list, never a column of their own
(工作动态's fourth page alone lists items two months old, 通知公告's third page items seven months old: stale).
政务公开 (/channels/20.html) is a channel page: a box for each of its sub-channels, 政策文件 (policy, 60 days) and
人事信息 (personnel, 100 days), their five newest under each name and a 更多 link, no list of its own: no column. The
homepage's blocks of 工作动态 and 通知公告 keep it fresh. 农技推广 (/channels/14.html) has no content: SiteServer's
stl:pageContents writes nothing for it and hides its pager, the template's list box left empty: an empty column.
项目公示 (notice, 20 days), an ASP.NET page of its own (/xmgs/List.aspx), lists oldest first over three pages the
form posts back, under AspNetPager 5's defaults: each button a Webdings glyph (<font face="webdings">4</font> its
下一页, : its 尾页), each page by its number: its first page alone, all over 180 days old, reads stale.
Its 信息公开 is a PageAdmin site of its own in /xxgk/ (index.aspx?lanmuid=2&sublanmuid=21), whose list template shows
titles alone, each at index.aspx?lanmuid=2&sublanmuid=21&id=N, no date on the list nor in the address: 公示公告
(notice, 10 days) and 政策法规 (policy, 300 days: stale, 5 points off), paged by PageAdmin's sublanmu_page (…&page=2).
Its homepage's 通知公告 is the shown pane of a tab box as 博达's templates draw it (灞桥's homepage): each tab a link
to nowhere (javascript:void(0)) in a <ul class="g-tab2">, each pane a <div class="tab-show3"> (dn, hidden, but the
first) whose list ends with its 更多+. The four hidden panes, 政府采购, 重大项目, 财政信息 and 应急管理, list nothing:
their channels have no content, and their 更多+ alone lead to them, no menu nor site map. With 农技推广, five empty
columns: the site fails.
"""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker

XXGK = "/xxgk/"  # its 信息公开, a PageAdmin site of its own in a folder of the host


def contents(channel: int):
    """SiteServer's default content file path rule: /contents/{@ChannelID}/{@ContentID}.html."""
    return lambda d, i: f"/contents/{channel}/{i}.html"


def channel_boxes(columns: list[Column]) -> str:
    """A channel template's stl:channels: each sub-channel's box, its name, a 更多 link and its five newest."""
    return '<div class="channel">' + "".join(
        f'<div class="box"><div class="box-hd"><h3>{esc(c.name)}</h3><a class="more" href="{esc(c.path)}">更多&gt;&gt;'
        "</a></div><ul>" + "".join(f'<li><a href="{esc(i.path)}" target="_blank">{esc(i.title)}</a>'
                                   f"<span>{i.published.isoformat()}</span></li>" for i in c.items[:5])
        + "</ul></div>" for c in columns) + "</div>"


def pageadmin(sublanmu: int):
    """PageAdmin's address of an article: its site's folder, index.aspx, its column's lanmuid, sublanmuid, its id."""
    return lambda d, i: f"{XXGK}index.aspx?lanmuid=2&sublanmuid={sublanmu}&id={i}"


# the hidden panes of the homepage's tab box, after 通知公告's: no menu nor site map lists them
PANE_ONLY = ("政府采购", "重大项目", "财政信息", "应急管理")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "县", 750000)
    news = mk.column("工作动态", "/channels/12.html", "news", 2, 150, "gov_news", contents(12), gap=2, per_page=15,
                     paging="stl")
    notices = mk.column("通知公告", "/channels/13.html", "notice", 30, 40, "notice", contents(13), gap=9, per_page=10,
                        paging="stlul")
    policy = mk.column("政策文件", "/channels/21.html", "policy", 60, 12, "policy", contents(21), gap=20,
                       parent="政务公开", paging="stl")
    people = mk.column("人事信息", "/channels/22.html", "personnel", 100, 6, "other", contents(22), gap=40,
                       parent="政务公开", paging="stl")
    # a channel with no content: stl:pageContents writes nothing, its pager hidden, the template's <ul> left empty
    extension = Column("农技推广", "/channels/14.html", "other", paging="stl")
    # an ASP.NET page of its own, oldest first under AspNetPager 5's defaults: Webdings glyphs for its buttons
    projects = mk.column("项目公示", "/xmgs/List.aspx", "notice", 20, 26, "notice", contents(15), gap=20,
                         order="asc", paging="anp", per_page=10)
    # PageAdmin's list template: titles alone (<span class="title"><a>), at addresses without a date
    def pa(name, sublanmu, type_, newest, count, pool, gap):
        return mk.column(name, f"{XXGK}index.aspx?lanmuid=2&sublanmuid={sublanmu}", type_, newest, count, pool,
                         pageadmin(sublanmu), gap=gap, per_page=10, paging="pageadmin", undated=True)

    public = pa("公示公告", 21, "notice", 10, 24, "notice", 12)
    rules = pa("政策法规", 22, "policy", 300, 12, "policy", 30)
    hub = Column("政务公开", "/channels/20.html", "other", static_html=channel_boxes([policy, people]))
    # four channels with no content that only their panes' 更多+ in the homepage's tab box lead to
    panes = [Column(name, f"/channels/{n}.html", "other", paging="stl")
             for n, name in enumerate(PANE_ONLY, 31)]
    return Site(meta, cms="generic",
                columns=[news, notices, extension, hub, policy, people, projects, public, rules, *panes],
                blocks=[Block("工作动态", 8), Block("通知公告", 6, tab=True),
                        *(Block(name, 6, tab=True) for name in PANE_ONLY)],
                tab_head="void", pane_only=PANE_ONLY)
