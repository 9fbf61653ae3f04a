"""示范市民政局 (mzj): a department site on 动易 (PowerEasy SiteWeaver) whose homepage is fresh, its dates only in its
links' tooltips.

Its homepage's blocks, 民政动态 (news, 3 days) and 通知公告 (notice, 12 days), list titles alone at addresses without
a date (/Article/ShowArticle.asp?ArticleID=N): each link's title attribute says 文章标题, 作者, 更新时间 and 点击数, as
动易's article lists write it, and each block has an old article pinned on its top ([置顶], 300 and 400 days). The
column pages list the same articles with their dates. The site passes: its homepage was updated 3 days ago.
Its address answers a script alone that sends the visitor to a splash, /welcome.html, by its absolute address
written as joined string literals (`window.location.href='http:/'+'/'+'<host>/welcome.html';`), as www.bjsat.gov.cn's
root did: where a browser goes, a constant address however it is spelt. The splash shows a picture and a form's
button, 进入网站, whose onclick opens that homepage, /main.html
(`<input type="button" value="进入网站" onclick="window.location.href='main.html'">`): the splash dates nothing, the
page behind it is the homepage.
Two of its columns only a box of its header lists, beside its menu, classed by pinyin initials of 导航 and no menu word
(`<div class="ycdh"><a href><div class="szr">name</div></a>`, as 石家庄's header draws its whole menu: realpage 87):
美丽示范 (other, 8 days) and 数据发布, empty (its list box holds nothing, no word), on no block nor site map: a page
reached by no menu is no column when it shows nothing.
"""

from __future__ import annotations

from govcheck.demo.column import Column, Item
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker

ARTICLE = "/Article/ShowArticle.asp?ArticleID={}"
EMPTY_BOX = '<div class="list-box"><ul class="list"></ul></div>'  # a list box with nothing in it, and no word


def pinned_columns(mk: Maker, news: tuple[str, str, int], notices: int,
                   pins: tuple[tuple[int, str], tuple[int, str]]) -> tuple[Column, Column]:
    """A news column (name, path, newest day) and a 通知公告 (newest day) of 动易's articles, each under an article
    pinned on its top ((days old, title) each)."""
    article = lambda d, i: ARTICLE.format(i)  # noqa: E731
    cols = (mk.column(*news[:2], "news", news[2], 10, "gov_news", article, gap=3),
            mk.column("通知公告", "/tzgg/index.html", "notice", notices, 8, "notice", article, gap=10))
    for col, (days, title) in zip(cols, pins, strict=True):
        col.items.insert(0, Item(title, ARTICLE.format(mk.ids()), mk.day(days), pinned=True))
    return cols


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 270000)
    article = lambda d, i: ARTICLE.format(i)  # noqa: E731
    news, notices = pinned_columns(mk, ("民政动态", "/mzdt/index.html", 3), 12,
                                   ((300, "示范市民政局年度工作要点"), (400, "示范市民政局政务公开工作制度")))
    # only the header's 右侧导航 box (ycdh) lists them
    town = mk.column("美丽示范", "/mlsf/index.html", "other", 8, 6, "gov_news", article, gap=10)
    data = Column("数据发布", "/sjfb/index.html", "other", empty_text=EMPTY_BOX)
    return Site(meta, cms="generic", columns=[news, notices, town, data], dh_menu=("美丽示范", "数据发布"),
                blocks=[Block("民政动态", 8, layout="tiptitle"), Block("通知公告", 6, layout="tiptitle")],
                frames="script")
