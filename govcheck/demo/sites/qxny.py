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
homepage's blocks of 工作动态 and 通知公告 keep it fresh. The site passes, nothing stale.
"""

from __future__ import annotations

from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker


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
    hub = Column("政务公开", "/channels/20.html", "other", static_html=channel_boxes([policy, people]))
    return Site(meta, cms="generic", columns=[news, notices, hub, policy, people],
                blocks=[Block("工作动态", 8), Block("通知公告", 6)])
