"""示范白沙镇人民政府 (bs): a town's site on WordPress (an _s-based theme, as the Twenty themes are), whose empty
categories say so in the theme's own words.

Its menu lists its categories (/category/gzdt/) and one page (/jgzn/). 工作动态 (news, 2 days) lists its posts as the
theme's loop does, an <article> per post, each date a <time> inside a link to the post (posted-on), the posts at
/archives/<id>, ten a page: its older posts on its second page, /category/gzdt/page/2/, which its pager (1 2 下一页)
links, as WordPress numbers a category's pages: a page of its list, no column. Its homepage is the blog's front
page, the same loop. Five categories hold no post: the theme's
content-none part takes the list's place, <section class="no-results not-found"> with its heading 未找到, a sentence
(我们可能无法找到您需要的内容。或许搜索功能可以帮到您。) and a search form, beside the sidebar's 近期文章 (the site's
newest posts, undated) and the footer. Five empty columns: the site fails (空白栏目). 机构职能 is a page of the site,
its text in the page's entry-content: no column to judge.
"""

from __future__ import annotations

from govcheck.demo.chrome import footer_marks
from govcheck.demo.column import Column, Item
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker
from govcheck.demo.web import Reply

EMPTY = (("通知公告", "tzgg", "notice"), ("政策文件", "zcwj", "policy"), ("村务动态", "cwdt", "news"),
         ("人事信息", "rsxx", "personnel"), ("规划计划", "ghjh", "plan"))
SEARCH = ('<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">'
          '搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s">'
          "</label>"
          '<input type="submit" class="search-submit" value="搜索"></form>')
# template-parts/content-none.php, in its zh_CN translation
NONE = ('<section class="no-results not-found">\n<header class="page-header"><h1 class="page-title">未找到</h1>'
        "</header>\n"
        '<div class="page-content">\n<p>我们可能无法找到您需要的内容。或许搜索功能可以帮到您。</p>\n' + SEARCH
        + "\n</div>\n</section>")


PER_PAGE = 10  # WordPress's posts a page


def pager(links: str) -> str:
    """the_posts_pagination()'s numbered links."""
    return ('<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">文章分页</h2>'
            f'<div class="nav-links">{links}</div></nav>')


def cn(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def post(item: Item) -> str:
    """One post in the loop: its title linked, its date a <time> linked to the post too (posted-on), its excerpt."""
    href = esc(item.path)
    return (f'<article class="post type-post status-publish format-standard hentry category-gzdt">\n'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{href}" rel="bookmark">{esc(item.title)}'
            f'</a></h2>\n<div class="entry-meta"><span class="posted-on">发布于 <a href="{href}" rel="bookmark">'
            f'<time class="entry-date published updated" datetime="{item.published.isoformat()}T{item.hour}:00+08:00">'
            f'{cn(item.published)}</time></a></span><span class="byline"> 作者 <span class="author vcard">'
            '<a class="url fn n" href="/author/admin/">白沙镇党政办</a></span></span></div></header>\n'
            f'<div class="entry-summary"><p>{esc(item.title)}。</p></div></article>')


def shell(site: Site, bases: dict[str, str], title: str, body_class: str, main: str, recent: list[Item]) -> str:
    menu = '<li class="menu-item"><a href="/">首页</a></li>' + "".join(
        f'<li class="menu-item"><a href="{esc(c.path)}">{esc(c.name)}</a></li>' for c in site.columns)
    latest = "".join(f'<li><a href="{esc(i.path)}">{esc(i.title)}</a></li>' for i in recent)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="UTF-8"><title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/css/style.css"></head>\n'
            f'<body class="{body_class}"><div id="page" class="site">'
            '<a class="skip-link screen-reader-text" href="#content">跳至内容</a>\n'
            '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
            f'<a href="/" rel="home">{esc(site.meta.name)}</a></p></div>\n'
            f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>'
            '</header>\n<div id="content" class="site-content"><div id="primary" class="content-area">'
            f'<main id="main" class="site-main">\n{main}\n</main></div>\n'
            f'<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search">{SEARCH}'
            '</section><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">'
            f"近期文章</h2><ul>{latest}</ul></section></aside></div>\n"
            f'<footer id="colophon" class="site-footer"><div class="site-info">{footer_marks(site, bases)}</div>'
            "</footer></div></body></html>\n")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "镇", 610000)
    news = mk.column("工作动态", "/category/gzdt/", "news", 2, 15, "town_news", lambda d, i: f"/archives/{i}", gap=3,
                     per_page=PER_PAGE, paging="none")
    empty = [Column(name, f"/category/{slug}/", type_) for name, slug, type_ in EMPTY]
    about = Column("机构职能", "/jgzn/", "other", static_html="")
    site = Site(meta, cms="generic", columns=[news, *empty, about], blocks=[Block("工作动态", PER_PAGE)],
                identity_missing=("conac_mark", "zhaocuo"))
    recent = news.items[:5]
    loop = "\n".join(post(i) for i in news.items[:PER_PAGE])

    def page(title: str, body_class: str, main: str) -> Reply:
        html = shell(site, env.bases, f"{title} – {meta.name}", body_class, main, recent)
        return Reply(200, {"Content-Type": "text/html; charset=UTF-8"}, html.encode())

    site.raw["/"] = site.raw["/index.html"] = page(meta.name, "home blog hfeed", loop)
    head = '<header class="page-header"><h1 class="page-title">分类：<span>工作动态</span></h1></header>\n'
    later = f"{news.path}page/2/"
    site.raw[news.path] = page("工作动态", "archive category category-gzdt category-2 hfeed", head + loop + pager(
        f'<span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="{later}">2</a>'
        f'<a class="next page-numbers" href="{later}">下一页</a>'))
    site.raw[later] = page("工作动态 – 第2页", "archive paged category category-gzdt paged-2 hfeed", head + "\n".join(
        post(i) for i in news.items[PER_PAGE:]) + pager(
        f'<a class="prev page-numbers" href="{news.path}">上一页</a><a class="page-numbers" href="{news.path}">1</a>'
        '<span aria-current="page" class="page-numbers current">2</span>'))
    for n, col in enumerate(empty, 3):
        slug = col.path.split("/")[2]
        site.raw[col.path] = page(col.name, f"archive category category-{slug} category-{n} hfeed", NONE)
    for item in news.items:
        site.raw[item.path] = page(item.title, "post-template-default single single-post", (
            '<article class="post type-post status-publish hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{esc(item.title)}</h1><div class="entry-meta"><span class="posted-on">发布于 '
            f'<a href="{esc(item.path)}" rel="bookmark"><time class="entry-date published" '
            f'datetime="{item.published.isoformat()}T{item.hour}:00+08:00">{cn(item.published)}</time></a></span>'
            f'</div></header><div class="entry-content"><p>{esc(item.title)}。</p><p>近日，白沙镇召开专题会议，'
            "传达学习上级会议精神，研究部署下一阶段重点工作。</p></div></article>"))
    site.raw[about.path] = page("机构职能", "page-template-default page page-id-2", (
        '<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">'
        '机构职能</h1></header><div class="entry-content"><p>白沙镇人民政府是示范县人民政府的派出机构，负责贯彻执行'
        "党和国家的路线方针政策，落实上级党委政府的决策部署。</p><p>负责全镇经济社会发展规划的组织实施，"
        "做好民生保障、社会治理和安全生产工作。</p></div></article>"))
    return site
