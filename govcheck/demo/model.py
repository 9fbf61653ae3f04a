"""What a demo site is made of: plain data the pages are rendered from and the ground truth is read from.

A site is built once per (as_of, round) by its module in ``govcheck.demo.sites``; ``portals.py`` turns it
into routes and ``truth.py`` into the expected findings, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from govcheck.demo.column import Column, Item
from govcheck.demo.web import DemoRequest, Reply

# The footer marks a site must show; keys shared with the ground truth.
IDENTITY_KEYS = ("conac_mark", "site_code", "icp", "psb", "sponsor", "contact", "zhaocuo", "sitemap")

# The external host (served by linkhosts.py) that carries the conac mark image.
EXTERNAL_IP = "127.0.0.30"
REFUSED_IP = "127.0.0.36"  # nothing listens here: a host that refuses connections (a CDN down, a site gone)
DEFAULT_PORT = 8808


@dataclass(frozen=True)
class SiteMeta:
    """One row of the site list, plus how the site is served."""

    site_id: str
    ip: str
    name: str
    kind: str  # portal | department
    region: str
    site_code: str
    sponsor: str
    status: str = "active"  # active | offline
    note: str = ""
    listening: bool = True  # False: nothing listens on the IP (connection refused)
    icp: str = ""
    police: str = ""
    phone: str = ""
    address: str = ""
    host: str = ""  # a domain name it is listed under (the demo's crawl resolves it to ip); "": listed by its IP
    moved_to: str = ""  # a domain name its listed homepage redirects to, where it is served
    also_serves: tuple[str, ...] = ()  # other names of its government's domain served from its IP (xxgk.…)
    listed_code: str = ""  # the site code the list gives when its pages show another (site_code)
    parent: str = ""  # the site list's parent column: its government portal's site_id
    home: str = ""  # the listed homepage's path when not the host's root: a subsite of a platform's host
    https_dead: bool = False  # every page answers 301 to its https:// address, where nothing listens (unreachable)
    waf: bool = False  # every page answers a crawler 403 禁止访问 (sites/sthj.py); a browser gets it
    tls: str = ""  # served over HTTPS with demo/tlscerts.py's certificate of that kind ("aia": sites/scj.py)


@dataclass(frozen=True)
class PlantedLink:
    """A link placed on a page, with what a correct crawl must conclude about it."""

    url: str  # as written in the href/src (root-relative or absolute)
    source: str  # root-relative path of the page carrying it
    text: str
    category: str
    verdict: str  # broken | unverified | ok
    tag: str = "a"  # a | img | option (a jump box's)
    kind: str = "page"  # page | image | attachment | other
    external: bool = False


@dataclass(frozen=True)
class SideBlock:
    """A block every column and article page of a site carries (最新信息, 热点新闻, a ticker): its dates are
    the site's, not the column's."""

    title: str
    items: tuple[Item, ...]
    css: str = "side"  # the class of the block's box
    ticker: bool = False  # a scrolling <marquee>


@dataclass(frozen=True)
class Block:
    """A homepage block: a title, a 更多 link to its column and the newest items."""

    column: str
    count: int = 7
    style: str = "iso"
    scripted: bool = False  # an empty list that an inline fetch() fills from /api/home-<n>.json
    inline: bool = False  # an empty list an inline script fills from an array of its own (title, url, date)
    external: bool = False  # its rows written in place by a script file of the site's (document.write)
    dated: bool = True  # False: titles alone, each date only in its article's address
    tab: bool = False  # a pane of the homepage's setTab box (menu1 … over con_menu_1 …), with the next tab blocks
    # its rows in a tab's pane that an inline script loads as the page opens, from the address the tab names in its
    # data-url (/inc/home-<n>.html): no address in the script
    loaded: bool = False
    # its rows in a page of another host of the site's government (news.…), shown in an iframe: that page's URL
    frame_url: str | None = None
    # an empty list a script file of the site's, included beside it, fills from /api/home-<n>.json
    filled: bool = False
    load_after: int = 0  # a filled block's script asks for its rows this many ms after the page has loaded
    # a filled block whose data answers 500 (True), or whose script file answers 404 ("script"): what it holds is
    # unknown
    fails: bool | str = False
    # its rows a Hanweb module's: a <datastore> in a unit of its own (<div id="N">) that jpage draws
    store: bool = False
    # li | dlsum (one <dl>: each item's title a <dt>, its summary a <dd>, its date the next <dd>) | tagrow (a <div>
    # per item: a [类别] link, the title, two more tag links, the date) | topcard (its newest as a card over the rest)
    # | tropen (a <tr> per item and no link: its onclick opens the article's address) | brtext (a line of text per
    # item, its title and date, ended by a <br>: no element, no link) | any of Column.layout's
    layout: str = "li"


# A special behaviour for one path; returning None serves the path's ordinary page.
Handler = Callable[[DemoRequest], Reply | None]


@dataclass
class Site:
    meta: SiteMeta
    cms: str  # trs | hanweb | generic | static
    charset: str = "utf-8"
    header_charset: bool = True
    meta_charset: bool = True
    columns: list[Column] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    nav_only: bool = False  # homepage holds only links to the columns
    identity_missing: tuple[str, ...] = ()
    homepage_html: str = ""  # extra homepage content (专题 links, planted links)
    # the Content-Type its homepage is served with, when not text/html (Apache 2.2's DefaultType text/plain for an
    # index.shtml its MIME map does not name)
    home_type: str = ""
    # 头条 its homepage shows in a carousel a script file (/js/focus.js) fills from a JSON data island of the page
    carousel: list[Item] = field(default_factory=list)
    headline: Item | None = None  # a 头条 over its blocks: a title alone in an <h3>, its date only in its article
    # a 头条 over its blocks as old table portals show it: a title alone in a cell of a table of its own, no heading
    # nor box named so (www.hangzhou.gov.cn's <td><span><a class='h_h2'> of 2018), its date only in its address
    cell_headline: Item | None = None
    headline_status: int = 0  # the status its 头条's article answers every time (429: a rate limiter), unread
    # 图片新闻 its homepage shows as slides in its HTML (a swiper's), each a picture and a caption linking the article,
    # no date shown
    slides: list[Item] = field(default_factory=list)
    # 图片新闻 its homepage shows in a Flash player (bcastr) that an inline script feeds from arrays of its pictures,
    # links and captions (picarr[i], linkarr[i], textarr[i], as old city portals did): no slide in its markup
    flash_slides: list[Item] = field(default_factory=list)
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (title, body HTML) of extra pages
    handlers: dict[str, Handler] = field(default_factory=dict)  # path -> special behaviour
    raw: dict[str, Reply] = field(default_factory=dict)  # path -> fixed reply (images, files)
    links: list[PlantedLink] = field(default_factory=list)  # planted problem (and ok) links
    not_reported: list[str] = field(default_factory=list)  # URLs that must not be reported broken
    side_blocks: list[SideBlock] = field(default_factory=list)  # on every column, article and plain page
    side_css: str = "aside-area"  # the class of the column beside the content that holds them
    today: date | None = None  # the header says 今天是<today> (in a row with a link) and a script writes a date
    top_updated: date | None = None  # a bar over every page says 更新时间：<top_updated> (the site's, no page's)
    bot_wall: bool = False  # its homepage answers a crawler with a challenge a browser gets through (tjj)
    footer_script: bool = False  # its footer written on every page by a script file of its own (/js/footer.js)
    updated: date | None = None  # the footer says 更新时间：<updated>
    # its homepage's tab box: menubox (a Menubox of tabs) | hd (a <ul class="tab-hd">) | void (博达's: each tab a link
    # to nowhere, javascript:void(0), each pane's 更多 at the end of its list, as 灞桥's homepage lays them out) | row
    # (the same, its tabs a <ul class="m-list5 TAB_CLICK"> of no heading's class, a link elsewhere among them) | cells
    # (old table portals': each tab a table's cell, onMouseOver="changeNews(n)" and no link, each pane a table of its
    # own, its 更多 at its foot: demo/cell_tabs.py)
    tab_head: str = "menubox"
    # frameset (the homepage is a <frameset>) | iframe (its content sits in an iframe) | splash (a picture and
    # 进入主站, a link to the real homepage at HOME_MAIN) | script (a script alone that sends its
    # visitor to a splash, HOME_WELCOME, whose form button 进入网站 opens HOME_MAIN)
    frames: str | None = None
    menu_groups: list[tuple[str, list[str]]] = field(default_factory=list)  # a mega menu: heading -> columns
    # its menu and its site map written by inline scripts from an array of its own ({name, url, children}): no link
    script_menu: bool = False
    # its menu and its site map written in place by a script file of its platform's at this path (document.write),
    # named by no menu word (Hanweb's /script/0/<timestamp>.js): no link in the page's HTML
    menu_js: str = ""
    menu_box: str = "nav-box"  # the class of the box that includes menu_js; "": included alone, under <body>
    # its menu and its site map written in place by an inline script of the page's, a document.write an entry (old
    # county portals'): no menu link in the page's HTML, the script in the menu's box
    inline_menu: bool = False
    # every page's header, its menu in it, loaded by jQuery from an HTML fragment of the site's
    # (menus.HEADER_FRAGMENT): no menu link in any page's HTML
    header_load: bool = False
    header_js: str = ""  # the same, loaded by a script file of its own every page includes (named for no header)
    menu_file: bool = False  # the same, the array fetched from a file of its own (/config/menu.json)
    # static columns whose pages alone lead to their sub-columns (a tree zTree draws from a flat array of nodes, a box
    # of links named by no menu word): the site map lists each of them alone, not its sub-columns
    hubs: tuple[str, ...] = ()
    heading_links: bool = False  # each menu heading links to its first column, as many county portals' menus do
    # each menu group a <dl>: its heading a <dt>, its columns <span>s of one <dd class="submenu"> (宜春's drawer menu)
    group_dl: bool = False
    # each menu group's columns in a hidden dropdown panel of boxes alone, no list (扎兰屯's: <li><a>heading</a>
    # <div class="dd"><div class="item"><div class="link-dt"><a>…)
    group_panels: bool = False
    # each menu group's columns bare links in one box of its heading's <li> (<div class="sub-nav"><a>…<a>…), no list,
    # its heading a link to nowhere (javascript:void(0))
    group_bare: bool = False
    # each menu group's columns in a hidden list far from its heading in the markup, joined by id alone (瑞昌's EWCMS
    # header: <li id="dmndivida2" onMouseOver="ChangeFoldern(this,'dmndivida',…)"> in the menu's list, its columns in
    # <div id="submenu"><ul id="tdmndivida2" style="display:none">… after it), its heading a link to nowhere
    group_apart: bool = False
    # a 网站导航 popup before its menu lists every column flat, each group under a <dt> without a link (中国福利彩票's
    # <li class="pop_wzdh">网站导航<div><dl><dt>…</dt><dd><div class="n_item"><a><span>…)
    nav_popup: bool = False
    # its footer repeats its menu's groups, each top column's name a <p> without a link over a <ul> of its sub-columns
    # (山西's footer-nav-itembox)
    footer_menu: bool = False
    # top columns that only the homepage's image map links (<img usemap><map><area alt="…">, old portals' picture
    # menus): no menu, site map nor footer lists them
    map_menu: tuple[str, ...] = ()
    # top columns that only a header box of menu entries lists, classed by pinyin initials of 导航 and no menu word
    # (石家庄's <div class="ycdh"><a href><div class="szr">name</div></a>, realpage 87): nor site map lists them
    dh_menu: tuple[str, ...] = ()
    # its menu a table of <td><a> cells named by no class or id (old table portals', 岳西网's: realpage 92), these top
    # columns listed by that table alone: nor site map lists them
    td_menu: tuple[str, ...] = ()
    # that table's cells each a one-cell table of their own round the link, a picture's spacer cell between them, in a
    # row of a page's frame of tables (樟树's <td><table width="76"><tr><td><span><a>, realpage 19)
    td_wrapped: bool = False
    # top columns that only the 更多 of their pane in the homepage's tab box links (tab_head "void", "cells"): no menu
    # nor site map lists them
    pane_only: tuple[str, ...] = ()
    # second-level columns shown as the panes of a 博达 (VSB) tab box in their heading's drop-down in the menu (灞桥's
    # 政民互动), each pane listing its newest items, undated, and ending with its 更多+, the only link to its column
    menu_panes: tuple[str, ...] = ()
    # the second-level column a drop-down's text box (灞桥's 区情简介 under 走进灞桥) links by a 【详情】 at the end
    # of its text, its name in the list under the text: the drop-down's first box, before its tab box
    menu_detail: str = ""
    home_apart: bool = False  # its menu's 首页 stands apart in a <dl> before the menu's <ul> (山西's portal)
    sibling_menu: bool = False  # column pages show a left menu of their sibling columns, themselves included
    home_links: list[tuple[str, str]] = field(default_factory=list)  # (href, text) of extra homepage links
    home_aliases: tuple[str, ...] = ()  # other addresses that serve the homepage (PbootCMS's /index.php/)
    channels: set[str] = field(default_factory=set)  # consultation, services: the entries it gives (demo/channels.py)
    guides: list = field(default_factory=list)  # its 办事指南 pages (demo/channels.py Guide)
    letters_at: str = ""  # the base of another host serving its consultation channel's letters (mailbox_elsewhere)
    # findings of the other indicators planted in it beyond the dates its items carry: (check, text found)
    evidence: list[tuple[str, str]] = field(default_factory=list)
    # the platform's header over every page of a subsite it hosts (the city portal's menu), whose pages are not its
    platform_header: str = ""
    # a bar of the header's tools over every page, beside its menu (四川's div.imgnav: 智能问答 | 个人中心 | 长者专区
    # | EN; realpages 36, 94, 97, 99): (name, href) of a chatbot, an account's page, the site for the elderly or in
    # English; no column
    tools: tuple[tuple[str, str], ...] = ()
    # a single-page app (Vue's, React's): its homepage and column pages are served as an empty <div id="app"> and a
    # bundle (/static/js/app.js) that draws each from the site's API (/api/page/<path>.json), history routes
    spa: bool = False
    # items homepage_html shows, each as new as its article says (article_date, else published), whatever date its box
    # shows beside it (published: the day the page is served, an interview's day) or none (a picture and its caption)
    home_items: list[Item] = field(default_factory=list)
    # its site map page's <title> when it names no 网站地图: a template's fixed title, the site's name on every page
    sitemap_title: str = ""
    # its menu's entries to other governments' pages (市政府文件 at its city's host, 国务院文件 at www.gov.cn;
    # realpages 09, 22, 62): (name, absolute URL) after its columns; no column of the site's
    menu_away: tuple[tuple[str, str], ...] = ()
    crumb_class: str = "position"  # the class of its pages' breadcrumb box (防城港's crumb-nav, realpage 99)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)
