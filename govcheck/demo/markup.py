"""HTML of the demo sites, written the way the real CMS families write it (see /work/shared/realpages)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, time, timedelta, timezone
from html import escape
from urllib.parse import urlsplit

from govcheck.demo.channels import MESSAGE_LAYOUTS, letter_page, message_table
from govcheck.demo.column import Column, Item
from govcheck.demo.grids import picture_grid
from govcheck.demo.gridview import GRID_PAGINGS, grid_list
from govcheck.demo.model import EXTERNAL_IP, REFUSED_IP, Block, SideBlock, Site
from govcheck.demo.parallel import LAYOUTS as PARALLEL_LAYOUTS
from govcheck.demo.parallel import parallel_list

CONAC_IMAGE_PATH = "/images/conac/red.png"  # served by the external host (linkhosts.py, or the fallback)
HANWEB_PROXY = "/module/web/jpage/dataproxy.jsp"


def esc(text: str) -> str:
    return escape(text, quote=True)


def encode(text: str, charset: str) -> bytes:
    # characters outside GBK become numeric references, as a browser-saved GBK page would have them
    return text.encode(charset, "xmlcharrefreplace")


# --- dates -----------------------------------------------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cn_date(d: date, zero: str = "〇") -> str:
    """A date in Chinese numerals: 二〇二六年十一月二十日 (`zero`: ○, as many a 公文 writes it, 二○二六年)."""
    digits = zero + "一二三四五六七八九"

    def small(n: int) -> str:  # 1..31
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")

    return "".join(digits[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def fmt_date(d: date, style: str, hour: str = "10:30") -> str:
    if style == "iso":
        return d.isoformat()
    if style == "bracket":
        return f"[{d.isoformat()}]"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "pub":
        return f"发布时间：{d.isoformat()} {hour}"
    if style == "ymdhm":  # PHP's date("Y-m-d H:i"), as DedeCMS's tranTime() writes a date three days old or more
        return f"{d.isoformat()} {hour}"
    if style == "md":
        return f"({d.month:02d}-{d.day:02d})"
    if style == "mdd":  # DedeCMS's MyDate('m-d',@me): the month and day alone, bare
        return f"{d.month:02d}-{d.day:02d}"
    if style == "mddot":  # month and day with a dot, in brackets: [11.25]
        return f"[{d.month:02d}.{d.day:02d}]"
    if style == "yy":  # a two-digit year, as PHP's date('y-m-d') writes it: [26-11-25]
        return f"[{d:%y-%m-%d}]"
    if style == "wd":  # the date and its weekday: 2026-11-26 星期四
        return f"{d.isoformat()} 星期{'一二三四五六日'[d.weekday()]}"
    if style == "yydot":  # a two-digit year, the figures dotted, as some list templates write it: 26.11.20
        return f"{d:%y.%m.%d}"
    if style == "yyslash":  # the same slashed, in brackets: [26/11/20]
        return f"[{d:%y/%m/%d}]"
    if style == "dmy":  # the day first, slashed, as a template of a foreign CMS writes it: 20/11/2026
        return f"{d:%d/%m/%Y}"
    if style == "solid":  # the date's figures run together, as some 信息公开 platforms print it: 20261120
        return f"{d:%Y%m%d}"
    if style == "en":  # an English sub-site's: Nov 25, 2026
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(f"unknown date style {style!r}")


# --- the frame every page shares -------------------------------------------------------------------------

def top_columns(site: Site) -> list[Column]:
    return [c for c in site.columns if c.parent is None and c.name not in site.map_menu]


def children(site: Site, name: str) -> list[Column]:
    return [c for c in site.columns if c.parent == name]


def nav_href(col: Column) -> str:
    """The URL menus link a column by: its entry page, else its first alias (a directory) when it has one."""
    return col.away + col.path if col.away else col.entry or (col.aliases[0] if col.aliases else col.path)


def script_redirect(target: str) -> str:
    """A page that shows nothing and sends its visitor on by a script, as old column index pages do."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n'
            f'<script type="text/javascript">window.location.href="{esc(target)}";</script>\n</body></html>\n')


def menu_entry(col: Column, inner: str = "") -> str:
    """A column's entry in a menu or the site map: a link, or (Column.onclick) a <li> whose onclick sends the visitor
    there, its name in a <span>."""
    if col.onclick:
        return (f'<li onclick="window.location.href=\'{esc(nav_href(col))}\'"><span>{esc(col.name)}</span>'
                f"{inner}</li>")
    return f'<li><a href="{esc(nav_href(col))}">{esc(col.name)}</a>{inner}</li>'


MENU_FILE = "/config/menu.json"  # a site's menu as data its pages fetch (Site.menu_file)


def menu_data(site: Site) -> str:
    """The site's menu as an array of entries: {name, url, children}."""
    def entries(parent: str | None) -> list[dict]:
        return [{"name": c.name, "url": nav_href(c), "children": entries(c.name)}
                for c in site.columns if c.parent == parent and not c.is_static]
    return json.dumps(entries(None), ensure_ascii=False)


def menu_script(site: Site, box: str) -> str:
    """An empty box and the inline script that writes the site's menu into it from an array of its own, or from the
    same array fetched from MENU_FILE."""
    draw = ("function item(m) { var h = '<li><a href=\"' + m.url + '\">' + m.name + '</a>';\n"
            "  if (m.children.length) h += '<ul>' + m.children.map(item).join('') + '</ul>';\n"
            "  return h + '</li>'; }\n"
            f"function draw(navData) {{ document.getElementById('{box}').innerHTML = "
            "'<ul>' + navData.map(item).join('') + '</ul>'; }\n")
    if site.menu_file:
        return (f'<div class="{box}" id="{box}"></div>\n<script>{draw}'
                f"fetch('{MENU_FILE}').then(function (r) {{ return r.json(); }}).then(draw);</script>")
    return (f'<div class="{box}" id="{box}"></div>\n<script>var navData = {menu_data(site)};\n{draw}'
            "draw(navData);</script>")


def menu_js(site: Site) -> str:
    """The script file that writes the site's menu where it is included, an entry a line (Site.menu_js)."""
    entries = [f'<li><a href="{home_href(site)}">首页</a></li>'] + [menu_entry(c) for c in top_columns(site)]
    return "".join(f"document.write('{e}');\n" for e in ['<ul class="nav">', *entries, "</ul>"])


def home_href(site: Site, hanweb: bool = False) -> str:
    """Where a site's own 首页 links lead: its homepage, a platform's subsite's under its folder."""
    return site.meta.home or ("/index.html" if hanweb else "/")


HEADER_FRAGMENT = "/public/header.html"  # a site's header, its menu in it, that every page loads (Site.header_load)


def nav(site: Site) -> str:
    if site.header_js:
        return (f'<div id="header"></div>\n<script src="{JQUERY}"></script>\n'
                f'<script src="{esc(site.header_js)}"></script>')
    if site.header_load:
        return (f'<div id="header"></div>\n<script src="{JQUERY}"></script>\n'
                f'<script>$("#header").load("{HEADER_FRAGMENT}");</script>')
    return nav_popup(site) + menu_markup(site)


def header_js(site: Site) -> str:
    """The script file of the site's (Site.header_js) that loads its header once the page is ready, beside the
    other things a site's common script does."""
    return ("$(function () {\n"
            f'  $("#header").load("{HEADER_FRAGMENT}");\n'
            '  $(".print").on("click", function () { window.print(); });\n});\n')


def header_fragment(site: Site) -> str:
    """The fragment a header_load site's pages load: its logo and its menu."""
    return f'<div class="header"><div class="logo"><h1>{esc(site.meta.name)}</h1></div></div>\n{menu_markup(site)}'


def menu_markup(site: Site) -> str:
    if site.script_menu or site.menu_file:
        return menu_script(site, "nav")
    if site.inline_menu:
        return f'<div class="{site.menu_box}"><script type="text/javascript">\n{menu_js(site)}</script></div>'
    if site.menu_js:
        script = f'<script language="javascript" src="{esc(site.menu_js)}"></script>'
        return f'<div class="{site.menu_box}">{script}</div>' if site.menu_box else script
    if site.menu_groups:  # a mega menu: each heading (plain text) over its columns
        def hd(head: str, first: str) -> str:
            return (f'<a class="group-hd" href="{esc(nav_href(site.column(first)))}">{esc(head)}</a>'
                    if site.heading_links else f'<span class="group-hd">{esc(head)}</span>')
        if site.group_dl:
            groups = "".join(
                f'<li><dl><dt>{hd(head, names[0])}</dt><dd class="submenu clearfix">'
                + "".join(f'<span><a href="{esc(nav_href(site.column(n)))}">{esc(n)}</a></span>' for n in names)
                + "</dd></dl></li>" for head, names in site.menu_groups)
            return f'<div class="drawer-mainNav"><ul class="clearfix"><li><a href="/">首页</a></li>{groups}</ul></div>'
        if site.group_bare:
            groups = "".join(
                f'<li class="nav-item"><a href="javascript:void(0)">{esc(head)}</a><div class="sub-nav">'
                + "".join(f'<a href="{esc(nav_href(site.column(n)))}">{esc(n)}</a>' for n in names)
                + "</div></li>" for head, names in site.menu_groups)
            return (f'<div class="nav"><ul class="nav-list"><li class="nav-item"><a href="{home_href(site)}">首页</a>'
                    f"</li>{groups}</ul></div>")
        if site.group_apart:
            return group_apart_menu(site)
        if site.group_panels:
            groups = "".join(
                f'<li>{hd(head, names[0])}<div class="dd" style="display:none">'
                + "".join(f'<div class="item"><div class="link-dt"><a target="_blank" '
                          f'href="{esc(nav_href(site.column(n)))}">{esc(n)}</a></div></div>' for n in names)
                + "</div></li>" for head, names in site.menu_groups)
            return (f'<div class="nav" id="nav"><div class="theme3"><div class="hd"><ul class="dt">'
                    f'<li><a class="link-nav" href="{home_href(site)}">首页</a></li>{groups}</ul></div></div></div>')
        groups = "".join(
            f'<li class="group">{hd(head, names[0])}<ul class="sub">'
            + "".join(f'<li><a href="{esc(nav_href(site.column(n)))}">{esc(n)}</a></li>' for n in names)
            + "</ul></li>" for head, names in site.menu_groups)
        return f'<div class="nav"><ul class="nav"><li><a href="{home_href(site)}">首页</a></li>{groups}</ul></div>'
    links = "".join(menu_entry(c) for c in top_columns(site))
    if site.home_apart:  # 首页 in a box of its own before the menu's list, its first level
        return ('<div class="main-nav-box mg-ltrb-center oflow-hd"><dl class="main-nav-home left oflow-hd">'
                f'<dt class="rotate360"> </dt><dd><a href="/">首页</a></dd></dl><ul class="main-nav left">{links}</ul>'
                "</div>")
    if site.cms == "trs":
        home = home_href(site)
        return f'<div class="nav"><ul class="nav"><li class="on"><a href="{home}">首页</a></li>{links}</ul></div>'
    if site.cms == "hanweb":
        home = home_href(site, True)
        return f'<div class="dh"><ul class="nav clearfix"><li><a href="{home}">首页</a></li>{links}</ul></div>'
    return f'<nav class="main-nav"><ul class="nav"><li><a href="{home_href(site)}">首页</a></li>{links}</ul></nav>'


def conac_id(site_code: str) -> str:
    return hashlib.md5(site_code.encode()).hexdigest().upper()


def footer(site: Site, bases: dict[str, str]) -> str:
    if site.footer_script:  # written where it is included, by a script file of the site's
        return f'<div class="footer"><script src="{FOOTER_JS}"></script></div>'
    groups = "".join(
        f'<div class="footer-nav-itembox left"><p>{esc(c.name)}</p><ul>'
        + "".join(menu_entry(sub) for sub in children(site, c.name)) + "</ul></div>"
        for c in top_columns(site) if site.footer_menu and children(site, c.name))
    menu = f'<div class="footer-nav-wrap">{groups}</div>' if groups else ""
    return f'<div class="footer">{menu}{footer_marks(site, bases)}</div>'


def footer_marks(site: Site, bases: dict[str, str]) -> str:
    """What a site's footer shows: its marks, links and lines (the identity_missing ones left out)."""
    m, missing = site.meta, set(site.identity_missing)
    ext = bases.get(EXTERNAL_IP, f"http://{EXTERNAL_IP}:8808/").rstrip("/")
    links = []
    if "sitemap" not in missing:
        links.append('<a href="/wzdt/index.html">网站地图</a>')
    if "contact" not in missing:
        links.append('<a href="/lxwm/index.html">联系我们</a>')
    links.append('<a href="/wzsm/index.html">网站声明</a>')
    rows = [" | ".join(links)]
    line = []
    if "sponsor" not in missing:
        line.append(f"主办单位：{esc(m.sponsor)}")
    line.append(f"地址：{esc(m.address)}")
    rows.append("　".join(line))
    line = []
    if "site_code" not in missing:
        line.append(f"网站标识码：{m.site_code}")
    if "icp" not in missing:
        line.append(f'<a target="_blank">{esc(m.icp)}</a>')
    if "psb" not in missing:
        line.append(f'<img src="/images/gaba.png" alt=""><span>{esc(m.police)}</span>')
    rows.append("　".join(line))
    if "contact" not in missing:
        rows.append(f"联系电话：{esc(m.phone)}")
    if site.updated:
        rows.append(f"更新时间：{site.updated.isoformat()}")
    marks = []
    if "conac_mark" not in missing:
        marks.append('<span id="_ideConac">'
                     f'<a href="http://bszs.conac.cn/sitename?method=show&amp;id={conac_id(m.site_code)}" '
                     f'target="_blank"><img id="imgConac" src="{ext}{CONAC_IMAGE_PATH}" '
                     'alt="党政机关网站标识"></a></span>')
    if "zhaocuo" not in missing:
        marks.append('<span id="_span_jiucuo"><a href="/wzjc/index.html" target="_blank">'
                     '<img src="/images/jiucuo.png" alt="我为政府网站找错">我为政府网站找错</a></span>')
    ps = "".join(f"<p>{r}</p>" for r in rows)
    return f'<div class="footer-marks">{"".join(marks)}</div><div class="footer-text">{ps}</div>'


FOOTER_JS = "/js/footer.js"


def footer_js(site: Site, bases: dict[str, str]) -> str:
    """The script file that writes a site's footer where it is included, one document.write a line."""
    lines = re.split(r"(?<=</p>)|(?<=</span>)", footer_marks(site, bases).replace("'", "\\'"))
    return "".join(f"document.write('{line}');\n" for line in lines if line)


def today_bar(site: Site) -> str:
    """今天是… in the header, in a row with a link (a date that is not an item's), and one a script writes; or the
    site's 更新时间 in a bar over the page."""
    if site.top_updated:
        return f'<div class="topbar"><span>更新时间：{site.top_updated:%Y-%m-%d}</span></div>\n'
    if not site.today:
        return ""
    d = site.today
    week = "一二三四五六日"[d.weekday()]
    return ('<div class="top-bar"><ul><li>'
            f'今天是{d.year}年{d.month}月{d.day}日 星期{week} '
            '<a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a>'
            '</li></ul><span class="clock"><script>document.write(showDate());</script></span></div>\n'
            "<script>function showDate(){var d=new Date();return d.getFullYear()+'年'+(d.getMonth()+1)+'月'"
            "+d.getDate()+'日';}</script>\n")


def side_block(block: SideBlock) -> str:
    rows = "\n".join(f'<li><a href="{esc(i.path)}" title="{esc(i.title)}">{esc(i.title)}</a>'
                     f'<span class="date">{i.published.isoformat()}</span></li>' for i in block.items if i.published)
    listing = f"<ul>\n{rows}\n</ul>"
    if block.ticker:
        listing = f'<marquee direction="left" scrollamount="3">{listing}</marquee>'
    return f'<div class="{esc(block.css)}"><div class="box-hd"><h3>{esc(block.title)}</h3></div>{listing}</div>'


def with_side(site: Site, body: str) -> str:
    """A page body beside the site's side blocks (the same on every column, article and plain page)."""
    if not site.side_blocks:
        return body
    side = "\n".join(side_block(b) for b in site.side_blocks)
    return f'<div class="main-area">{body}</div>\n<div class="{esc(site.side_css)}">{side}</div>'


def page(site: Site, title: str, body: str, bases: dict[str, str], metas: dict[str, str] | None = None,
         with_meta_charset: bool | None = None, side: bool = False) -> str:
    m = site.meta
    head = []
    if site.meta_charset if with_meta_charset is None else with_meta_charset:
        head.append(f'<meta charset="{site.charset}">' if site.cms != "hanweb" else
                    f'<meta http-equiv="Content-Type" content="text/html; charset={site.charset}">')
    all_metas = {"SiteName": m.name, "SiteDomain": bases.get(m.site_id, ""), "SiteIDCode": m.site_code,
                 **(metas or {})}
    head += [f'<meta name="{esc(k)}" content="{esc(v)}">' for k, v in all_metas.items()]
    head.append(f"<title>{esc(title)}</title>")
    head.append('<link rel="stylesheet" href="/css/style.css">')
    if side:
        body = with_side(site, body)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
            f'<a name="top" id="top"></a>\n{site.platform_header}{today_bar(site)}<div class="header">'
            f'<div class="logo"><a href="{home_href(site)}"><h1>{esc(m.name)}</h1></a></div>'
            '<div class="search"><form action="/search/index.html"><input name="q" type="text">'
            '<button>搜索</button></form></div></div>\n'
            f"{nav(site)}\n<div class=\"container\">\n{body}\n</div>\n{footer(site, bases)}\n</body>\n</html>\n")


def position(site: Site, col: Column) -> str:
    if col.article_style in ("dede", "dedeplain"):  # Dede's {dede:field name='position'/}: 主页, each column linked
        trail = [f"<a href='{home_href(site)}'>主页</a>"] + [
            f"<a href='{esc(nav_href(c))}'>{esc(c.name)}</a>" for c in site.columns if c.name == col.parent] + [
            f"<a href='{esc(nav_href(col))}'>{esc(col.name)}</a>"]
        return f'<div class="place"><strong>当前位置:</strong> {"".join(t + " &gt; " for t in trail)}</div>'
    trail = [f'<a href="{esc(col.home or home_href(site))}">首页</a>']
    parent = next((c for c in site.columns if c.name == col.parent), None)
    if col.home:  # a sub-site's column: its crumb starts at the sub-site's homepage, no parent in it
        pass
    elif parent is not None:
        trail.append(f'<a href="{esc(nav_href(parent))}">{esc(col.parent)}</a>')
    elif col.parent:  # a menu heading, not a page of its own
        trail.append(f"<span>{esc(col.parent)}</span>")
    trail.append(f"<span>{esc(col.heading or col.name)}</span>")
    if col.crumb_tail:  # PHPCMS's default list template: the column's own link, then 列表
        trail[-1] = f'<a href="{esc(nav_href(col))}">{esc(col.name)}</a>'
        trail.append(esc(col.crumb_tail))
    return f'<div class="position">当前位置：{" &gt; ".join(trail)}</div>'


# --- list entries ----------------------------------------------------------------------------------------

def entry(item: Item, style: str, layout: str, dated: bool = True, n: int = 0) -> str:
    if layout == "files":  # an uploaded file's name alone, a date typed at its head in two ways in turn
        typed = f"{item.published:%Y-%m-%d}" if n % 2 == 0 else f"{item.published:%Y%m%d}"
        name = f"{typed}{item.title}.{item.path.rsplit('.', 1)[-1]}"
        return f'<li><a href="{esc(item.path)}" target="_blank">{esc(name)}</a></li>'
    a = f'<a href="{esc(item.link or item.path)}" title="{esc(item.title)}" target="_blank">{esc(item.title)}</a>'
    if layout == "script":  # opened by script, two ways in turn: an onclick beside a void href, a javascript: href
        opener = (f'href="javascript:void(0);" onclick="window.open(\'{esc(item.path)}\')"' if n % 2 == 0
                  else f'href="javascript:openArticle(\'{esc(item.path)}\', 1)"')
        a = f'<a {opener} title="{esc(item.title)}">{esc(item.title)}</a>'
    if layout == "scriptid":  # the link names only the article's id: a function of the page opens it
        ident = esc(item.path.rsplit("=", 1)[-1])
        a = (f'<a href="javascript:void(0);" onclick="showInfo(\'{ident}\')" title="{esc(item.title)}">'
             f"{esc(item.title)}</a>")
    if layout == "scriptext":  # the same, its function in a script file: what the id opens is not in the page
        ident = esc(item.path.rsplit("/", 1)[-1].split(".")[0])
        a = (f'<a href="javascript:void(0);" onclick="openDoc(\'{ident}\')" title="{esc(item.title)}">'
             f"{esc(item.title)}</a>")
    if layout == "tiptitle" and item.published:  # 动易's: titles alone, the date only in the link's tooltip
        tip = "&#13;&#10;".join((f"文章标题：{esc(item.title)}", "作　　者：办公室",
                                 f"更新时间：{item.published.year}-{item.published.month}-{item.published.day} "
                                 f"{item.hour}:11", f"点击数：{len(item.title) * 7}"))
        a = f'<a href="{esc(item.link or item.path)}" title="{tip}" target="_blank">{esc(item.title)}</a>'
        dated = False
    if item.pinned:
        a = f'<span class="zd">[置顶]</span>{a}'
    shown = esc(item.shown or fmt_date(item.published, style, item.hour)) if item.published and dated else ""
    if layout == "tropen":  # no link at all: the row's onclick opens its article's address
        return (f'<tr onclick="window.open(\'{esc(item.path)}\')" style="cursor:pointer"><td class="bt">'
                f'{esc(item.title)}</td><td class="sj">{shown}</td></tr>')
    if layout == "trclick":  # no link at all: the row opens its article by a script file's function
        ident = esc(item.path.rsplit("/", 1)[-1].split(".")[0])
        return (f'<tr onclick="openDoc(\'{ident}\')" style="cursor:pointer"><td class="bt">{esc(item.title)}</td>'
                f'<td class="sj">{shown}</td></tr>')
    if layout in ("daybox", "card") and shown:  # a calendar box: the day large, the year and month beside it
        d = item.published
        if layout == "daybox":
            return (f'<li><div class="date"><span class="day">{d.day:02d}</span><span class="ym">{d:%Y-%m}</span>'
                    f"</div>{a}</li>")
        # the whole card is the link: the box, a heading, a summary
        mark = '<span class="zd">置顶</span>' if item.pinned else ""
        return (f'<li><a href="{esc(item.path)}" target="_blank">{mark}<div class="date"><em>{d:%Y.%m}</em>'
                f"<strong>{d.day}</strong></div><h3>{esc(item.title)}</h3><p>{esc(item.title)}的有关情况。</p></a></li>")
    if layout == "daymonth" and shown:  # a calendar box of the day and its month alone, no year: 20 | 11月
        d = item.published
        return (f'<li><div class="date"><span class="day">{d.day:02d}</span><span class="mon">{d.month}月</span>'
                f"</div>{a}</li>")
    if layout == "idrow":  # a cell of the row's number before its title, its figures a date's shape: no date
        return f'<tr><td class="bh">{20261124 - n}</td><td class="bt">{a}</td></tr>'
    if layout == "riqi" and shown:  # PHPCMS templates' card link: the day in a heading over the year-month
        d = item.published
        return (f'<li><a href="{esc(item.link or item.path)}" target="_blank"><div class="riqi"><h3>{d.day:02d}</h3>'
                f'<p>{d:%Y-%m}</p></div><div class="zcen"><h4>{esc(item.title)}</h4><p class="yin">{item.hour}</p>'
                f"<p>{esc(item.title)}的有关情况……</p></div></a></li>")
    if layout == "scriptdate" and shown:  # the date written by the row's own script, as TRS templates do
        stamp = f"{item.published:%Y-%m-%d} {item.hour}:00"
        return (f'<li>{a}<span class="date"><script>var str="{stamp}";document.write(str.substring(0,10));'
                "</script></span></li>")
    if layout == "cardsum":  # a card: its heading and date in the link, then a summary that names an older day
        return (f'<li><a href="{esc(item.link or item.path)}" target="_blank"><h4>{esc(item.title)}</h4>'
                f'<p class="time">{shown}</p></a><div class="sum">{esc(item.title)}明确了适用范围和办理流程，'
                "自2019年1月1日起施行。</div></li>")
    if layout in ("updpub", "updlabel"):  # the day it was last edited first, then its publication's
        edited = esc(fmt_date(item.updated, style)) if item.updated and dated else ""
        if layout == "updpub":
            return f'<tr><td class="title">{a}</td><td class="gxrq">{edited}</td><td class="fbrq">{shown}</td></tr>'
        return f'<li>{a}<span class="gx">更新时间：{edited}</span><span class="fb">发布时间：{shown}</span></li>'
    if layout == "due" and shown:  # a 招标 row: its deadline, then its publication's day, no label
        due = esc(fmt_date(item.due, style)) if item.due else ""
        return f'<li>{a}<span class="jzsj">{due}</span><span class="fbsj">{shown}</span></li>'
    if layout == "table":
        return f'<tr><td class="title">{a}</td><td class="date" align="right">{shown}</td></tr>'
    if layout == "gkml":
        written = esc(fmt_date(item.written, style)) if item.written and dated else ""
        ident = item.path.rsplit("_", 1)[-1].split(".")[0]
        return (f"<tr><td>{n + 1}</td><td>{esc(ident)}/{item.published:%Y}-{n + 1:05d}</td><td>{a}</td>"
                f"<td>示政发〔{item.published:%Y}〕{n + 1}号</td><td>{written}</td><td>{shown}</td></tr>")
    if layout == "gkmlspan":  # a bullet's cell before the title's, the header's 标题 over both (colspan="2")
        written = esc(fmt_date(item.written, style)) if item.written and dated else ""
        return (f'<tr><td>{n + 1}</td><td class="dot"><img src="/images/dot.gif" alt=""></td><td>{a}</td>'
                f"<td>{written}</td><td>{shown}</td></tr>")
    if layout == "mdyear" and shown:  # a date box: the month and day large, the year under them
        return (f'<li><div class="date"><span>{item.published:%m-%d}</span><em>{item.published:%Y}</em></div>'
                f"{a}</li>")
    if layout == "gkmlline":  # the rows' table under a header table of its own and a rule line
        written = esc(fmt_date(item.written, style)) if item.written and dated else ""
        return f'<tr><td width="70%">{a}</td><td width="15%">{written}</td><td width="15%">{shown}</td></tr>'
    if layout in ("gkmlhead", "gkmlbox"):  # the header is no row of the list: a <div> over the <ul>
        written = esc(fmt_date(item.written, style)) if item.written and dated else ""
        return f'<li>{a}<span class="cwrq">{written}</span><span class="fbrq">{shown}</span></li>'
    if layout == "gkmlw":  # the date of writing alone: when it was published, only the article says
        written = esc(fmt_date(item.written, style)) if item.written else ""
        return (f"<tr><td>{n + 1}</td><td>{a}</td><td>示政规〔{item.published:%Y}〕{n + 1}号</td>"
                f"<td>{written}</td></tr>")
    if layout == "dlsum":  # one <dl> for the block: title, summary, date
        return f'<dt>{a}</dt><dd class="zy">{esc(item.title)}的有关情况……</dd><dd class="sj">{shown}</dd>'
    if layout == "tagrow":  # tag links around the title: its category, its pictures, its video
        href = esc(item.link or item.path)
        return (f'<div class="zc-row"><a class="lb" href="/">[要闻]</a>{a}<a class="tw" href="{href}">[图文]</a>'
                f'<a class="sp" href="{href}">[视频]</a><span>{shown}</span></div>')
    if layout in BARE_ROWS:
        return BARE_ROWS[layout].format(a=a, shown=shown)
    summary = f"<p>{esc(item.title)}。会议强调，要压实责任、狠抓落实，确保各项工作取得实效。</p>"
    if layout == "media":  # a Bootstrap media object, as responsive templates list news: a summary in the row
        return (f'<div class="media"><div class="media-left"><a href="{esc(item.link or item.path)}"><img '
                f'class="media-object" src="{BLANK_GIF}"></a></div><div class="media-body"><h4 class="media-heading">'
                f'{a}</h4>{summary}<span class="time">{shown}</span></div></div>')
    if layout == "article":  # an HTML5 entry: its title and date in its own <header>, not the page's
        return (f'<article class="post"><header class="entry-header"><h2 class="entry-title">{a}</h2>'
                f'<time class="entry-date">{shown}</time></header><div class="entry-summary">{summary}</div>'
                "</article>")
    if layout in FLAT_ROWS:  # no element per item: the box's children in turn
        return FLAT_ROWS[layout].format(a=a, shown=shown)
    if layout == "inlink":  # the date inside the link's own text, no title attribute
        href = esc(item.link or item.path)
        return f'<li><a href="{href}" target="_blank">{esc(item.title)}&nbsp;&nbsp;{shown}</a></li>'
    if layout == "picture":  # the picture is the only link; its title is plain text beside it
        return (f'<li><a href="{esc(item.link or item.path)}" target="_blank"><img src="{BLANK_GIF}" width="200" '
                f'height="120"></a><p class="title">{esc(item.title)}</p><span class="date">{shown}</span></li>')
    if layout == "docwrite":  # the link written by a script as the page loads (TRS templates for outside links)
        written = a.replace("'", "\\'")
        return f"<li><script>document.write('{written}');</script><span class=\"date\">{shown}</span></li>"
    if not shown:
        return f"<li>{a}</li>"
    if layout == "before":
        return f'<li><span class="date">{shown}</span>{a}</li>'
    if layout == "readlabel":
        return f'<li>{a}<b readlabel="1">{shown}</b></li>'
    if layout == "pub":
        return f'<li>{a}<p class="pub">{shown}</p></li>'
    if layout == "hanweb":
        return f"<li>{a}<b>{shown}</b></li>"
    return f'<li>{a}<span class="date">{shown}</span></li>'


BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="  # a picture inline: no address of its own to check

# Rows that are no list element: a <dl> per item, a <p>, a <div> without a class
BARE_ROWS = {"dl": "<dl><dt>{a}</dt><dd>{shown}</dd></dl>", "prow": "<p>{a}<span>{shown}</span></p>",
             "divrow": '<div>{a}<span class="time">{shown}</span></div>',
             # a <ul> per item: its title one <li>, its date the next
             "ulrow": '<ul class="clearfix"><li class="mc">{a}</li><li class="rq">{shown}</li></ul>'}


# Rows that are no element at all: a link, its date in the text after it, a <br> (old portals' 新闻 boxes); a link
# and a <span> of its date in turn
FLAT_ROWS = {"br": "·{a}&nbsp;&nbsp;({shown})<br>", "spans": '{a}<span class="time">{shown}</span>'}


def entries(items: list[Item], style: str, layout: str, dated: bool = True, written: str = "成文日期") -> str:
    if layout == "scriptloop":  # one script in the list writes every row from an array of its own
        data = json.dumps([[i.title, i.link or i.path, fmt_date(i.published, style)] for i in items],
                          ensure_ascii=False).replace("</", "<\\/")
        return (f'<div class="list"><ul><script type="text/javascript">var news={data};'
                "for(var i=0;i<news.length;i++){document.write('<li><a href=\"'+news[i][1]+'\" target=\"_blank\">'"
                "+news[i][0]+'</a><span>'+news[i][2]+'</span></li>');}</script></ul></div>")
    if layout == "inlinedata":  # an empty list an inline script fills from data of its own (epoch seconds, 开普云's)
        data = json.dumps({"list": [{"title": i.title, "url": i.link or i.path, "pubtime": int(datetime.combine(
            i.published, time(9)).timestamp())} for i in items]}, ensure_ascii=False).replace("</", "<\\/")
        return (f'<ul id="list" class="list"></ul>\n<script type="text/javascript">var data = {data};var html="";'
                "data.list.forEach(function(it){var d=new Date(it.pubtime*1000);html+='<li><a href=\"'+it.url+'\">'"
                "+it.title+'</a><span>'+d.toISOString().slice(0,10)+'</span></li>';});"
                'document.getElementById("list").innerHTML=html;</script>')
    if layout == "brtext":  # old portals' 公告栏: a line of text per item, no element, no link, ended by a <br>
        return '<div class="list">' + "".join(
            f"· {esc(i.title)} {fmt_date(i.published, style, i.hour) if i.published and dated else ''}<br>\n"
            for i in items) + "</div>"
    if layout == "picgrid":  # old table portals' 图片新闻: a grid of picture cards, no date shown
        return picture_grid(items)
    if layout in PARALLEL_LAYOUTS:  # titles and dates in boxes apart, matched by their order
        return parallel_list([(i.link or i.path, i.title, fmt_date(i.published, style, i.hour) if i.published and dated
                               else "") for i in items], layout)
    rows = "\n".join(entry(item, style, layout, dated, n) for n, item in enumerate(items))
    if layout in ("table", "tropen"):
        return f'<table class="list" width="100%">\n{rows}\n</table>'
    if layout == "gkml":
        head = "".join(f"<th>{h}</th>" for h in ("序号", "索引号", "标题", "发文字号", written, "发布日期"))
        return f'<table class="list gkml" width="100%">\n<tr>{head}</tr>\n{rows}\n</table>'
    if layout == "gkmlline":  # old table portals: the header a table, a rule line a table of one empty cell
        widths = (("70%", "标题"), ("15%", written), ("15%", "发布日期"))
        head = "".join(f'<td width="{w}">{h}</td>' for w, h in widths)
        return (f'<table class="gkml-head" width="100%"><tr>{head}</tr></table>\n<table width="100%"><tr>'
                f'<td height="1" bgcolor="#dddddd"></td></tr></table>\n<table class="list" width="100%">\n{rows}\n'
                "</table>")
    if layout == "idrow":
        return f'<table class="list" width="100%">\n<tr><th>编号</th><th>标题</th></tr>\n{rows}\n</table>'
    if layout == "updpub":
        head = "".join(f"<th>{h}</th>" for h in ("标题", "更新日期", "发布日期"))
        return f'<table class="list" width="100%">\n<tr>{head}</tr>\n{rows}\n</table>'
    if layout == "gkmlspan":
        head = f'<th>序号</th><th colspan="2">标题</th><th>{written}</th><th>发布日期</th>'
        return f'<table class="list gkml" width="100%">\n<tr>{head}</tr>\n{rows}\n</table>'
    if layout == "gkmlw":
        head = "".join(f"<th>{h}</th>" for h in ("序号", "标题", "文号", written))
        return f'<table class="list gkml" width="100%">\n<tr>{head}</tr>\n{rows}\n</table>'
    if layout in ("gkmlhead", "gkmlbox"):
        cells = (("bt", "标题"), ("cwrq", written), ("fbrq", "发布日期"))
        head = "".join(f'<span class="{c}">{h}</span>' for c, h in cells)
        if layout == "gkmlbox":  # the list two boxes deep under the header
            return (f'<div class="xxgk-head">{head}</div>\n<div class="xxgk-body"><div class="bd">'
                    f'<ul class="list xxgk-list">\n{rows}\n</ul></div></div>')
        return f'<div class="xxgk-head">{head}</div>\n<ul class="list xxgk-list">\n{rows}\n</ul>'
    if layout == "trclick":  # after an empty list the template leaves for another use
        return f'<ul class="list"></ul>\n<table class="tb" width="100%">\n{rows}\n</table>'
    if layout == "dlsum":
        return f'<dl class="list newslist">\n{rows}\n</dl>'
    if layout in BARE_ROWS or layout in FLAT_ROWS or layout in ("tagrow", "media", "article"):
        return f'<div class="list">\n{rows}\n</div>'
    return f'<ul class="list">\n{rows}\n</ul>'


def listed(col: Column, items: list[Item]) -> str:
    """`items` as `col`'s list page shows them."""
    return entries(items, col.style, col.layout, not col.undated, col.written_label)


OPEN_ARTICLE_JS = ("<script>function openArticle(url, blank){if (blank) window.open(url); else location.href = url;}"
                   "</script>")

OPEN_DOC_JS = "/js/opendoc.js"  # the script file a scriptext or trclick list's function is in (served by its site)


def show_info_js(col: Column) -> str:
    """The function a scriptid list's links call with an article's id."""
    folder = col.path.rsplit("/", 1)[0]
    return (f'<script>\nfunction showInfo(id) {{\n  window.open("{folder}/detail.jsp?id=" + id, "_blank");\n}}\n'
            "</script>")


CREATE_PAGE_HTML = """<script>
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;");
  else document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
  if(nCurrIndex > 0){
    var prev = nCurrIndex == 1 ? _sPageName+"."+_sPageExt : _sPageName+"_"+(nCurrIndex-1)+"."+_sPageExt;
    document.write("<a href=\\""+prev+"\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex+1 < _nPageCount)
    document.write("<a href=\\""+_sPageName+"_"+(nCurrIndex+1)+"."+_sPageExt+"\\">下一页</a>&nbsp;");
  document.write("<a href=\\""+_sPageName+"_"+(_nPageCount-1)+"."+_sPageExt+"\\">尾页</a>&nbsp;共"+_nPageCount+"页");
}
</script>"""


# A county site's own pager (2021): it writes its links into the page, so its HTML holds none
PAGER_JS = """<script>
function Pager(s){
  var box = document.getElementById('pager'), out = [];
  var href = function(k){ return k == 0 ? s.prefix + '.' + s.suffix : s.prefix + '_' + k + '.' + s.suffix; };
  if(s.current > 0) out.push('<a href="' + href(s.current - 1) + '">&lt;</a>');
  for(var k = 0; k < s.size; k++)
    out.push(k == s.current ? '<b>' + (k + 1) + '</b>' : '<a href="' + href(k) + '">' + (k + 1) + '</a>');
  if(s.current + 1 < s.size) out.push('<a href="' + href(s.current + 1) + '">&gt;</a>');
  box.innerHTML = out.join(' ');
}
</script>"""


# TRS's container form, as a province's page.js writes it (2021): page 1 is index.html, page k index_k.html
CREATE_PAGE_BOX = """<script>
function createPageHTML(divName, _nPageCount, _nCurrIndex, _sPageName, _sPageExt, _nPageSum){
  if(_nPageCount == null || _nPageCount < 1) return;
  var t = "<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>";
  if(_nCurrIndex > 1) t += "<a href=\\"" + _sPageName + (_nCurrIndex == 2 ? "" : "_" + (_nCurrIndex - 1)) + "."
    + _sPageExt + "\\">上一页</a>";
  if(_nCurrIndex < _nPageCount)
    t += "<a href=\\"" + _sPageName + "_" + (_nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>";
  if(_nPageCount > 1) t += "<a href=\\"" + _sPageName + "_" + _nPageCount + "." + _sPageExt + "\\">末页</a>";
  document.getElementById(divName).innerHTML = t + " 共 " + _nPageSum + " 条 共 " + _nPageCount + " 页";
}
</script>"""


ASPNET_PAGER = "ctl00$ContentPlaceHolder1$anpPageIndex"


def aspnet_pager(col: Column, n: int, total: int) -> str:
    """An ASP.NET page's form and its AspNetPager: each page posts the form back to the same address. anp: AspNetPager
    5's defaults, each button a Webdings glyph (9 首页, 3 上一页, 4 下一页, : 尾页) and each page's number."""
    post = lambda k: f"javascript:__doPostBack('{ASPNET_PAGER}','{k}')"  # noqa: E731
    if col.paging == "anp":
        def glyph(k: int | None, g: str) -> str:
            return f'<a href="{post(k)}"><font face="webdings">{g}</font></a>' if k else \
                f'<a disabled="true"><font face="webdings">{g}</font></a>'
        numbers = [f'<font style="font-weight:Bold;color:red;">{k}</font>' if k == n + 1
                   else f'<a href="{post(k)}">{k}</a>' for k in range(1, total + 1)]
        more = n + 1 < total
        buttons = [glyph(1 if n else None, "9"), glyph(n if n else None, "3"), *numbers,
                   glyph(n + 2 if more else None, "4"), glyph(total if more else None, ":")]
        pager = (f'<div id="AspNetPager1" style="width:100%;"><table width="100%"><tr><td style="width:40%;">'
                 f"共{len(col.items)}条 {n + 1}/{total}页</td><td style=\"width:60%;\">"
                 + '<span style="width:5px;"></span>'.join(buttons) + "</td></tr></table></div>")
    else:
        links = [f'<a href="{post(n)}">上一页</a>'] if n > 0 else []
        if n + 1 < total:
            links += [f'<a href="{post(n + 2)}">下一页</a>', f'<a href="{post(total)}">最后一页</a>']
        pager = f'<div class="page">共{len(col.items)}条 {n + 1}/{total}页 {" ".join(links)}</div>'
    name = col.path.rsplit("/", 1)[-1]
    return (f'<form name="aspnetForm" method="post" action="./{name}" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />'
            '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="D32BB407" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKH4Dl7SJ4" />'
            f"{pager}</form>")


def stl_pager(col: Column, n: int, total: int) -> str:
    """SiteServer's stl:pageItems as its manual's example lays it out: 首页 | 上一页 | 下一页 | 末页, a word alone
    where it leads nowhere, then 当前页：k and stl:pageItem type="PageNavigation", each page as [k]."""
    def link(k: int, text: str) -> str:
        return f'<a href="{esc(col.page_path(k))}">{text}</a>'
    more = n + 1 < total
    words = [link(0, "首页") if n else "首页", link(n - 1, "上一页") if n else "上一页",
             link(n + 1, "下一页") if more else "下一页", link(total - 1, "末页") if more else "末页"]
    here = "<a href='javascript:void(0);'>[{}]</a>"
    numbers = "".join((here.format(k + 1) if k == n else link(k, f"[{k + 1}]")) + "&nbsp;" for k in range(total))
    return ('<table cellpadding="0" cellspacing="0" width="90%" height="40" align="center"><tr><td align="left">'
            f'{" | ".join(words)}</td><td align="right">当前页：{n + 1} {numbers}</td></tr></table>')


def stl_pagination(col: Column, n: int, total: int) -> str:
    """SiteServer's stl:pageItems over Bootstrap's pagination, as its manual's second example writes it: an <li> per
    link, {PageItem.PreviousPage} (javascript:; on the first page), each page's number, the current one a <span>,
    {PageItem.NextPage}; no 末页."""
    def item(href: str, text: str) -> str:
        return f'<li><a href="{esc(href)}">{text}</a></li>'
    numbers = "".join(f'<li class="active"><span>{k + 1}</span></li>' if k == n else item(col.page_path(k), str(k + 1))
                      for k in range(total))
    return (f'<ul class="pagination">{item(col.page_path(n - 1) if n else "javascript:;", "上一页")}{numbers}'
            f'{item(col.page_path(n + 1) if n + 1 < total else "javascript:;", "下一页")}</ul>')


def pageadmin_pager(col: Column, n: int, total: int) -> str:
    """PageAdmin's list template's pager (sublanmu_page): 首页 and 上一页 as links past the first page (首页 a <span>
    on it), each page's number, the current one a <span class="c">, 下一页 and 尾页 before the last (尾页 a <span> on
    it), then 页次 and the count."""
    def link(k: int, text: str) -> str:
        return f'<a href="{esc(col.page_path(k))}">{text}</a>'
    parts = [link(0, "首页"), link(n - 1, "上一页")] if n else ["<span>首页</span>"]
    parts += [f'<span class="c">{k + 1}</span>' if k == n else link(k, str(k + 1)) for k in range(total)]
    parts += [link(n + 1, "下一页"), link(total - 1, "尾页")] if n + 1 < total else ["<span>尾页</span>"]
    return (f'<div id="sublanmu_page" class="sublanmu_page">{" ".join(parts)} '
            f"<span>页次：{n + 1}/{total} 共{len(col.items)}条记录</span></div>")


STUCK_PAGES = 8  # the pages a stuck pager claims, each the first page again


def dede_pager(col: Column, n: int, total: int) -> str:
    """DedeCMS 5.7's {dede:pagelist listitem="info,index,end,pre,next,pageno"} in its template's ul.pagelist: 首页,
    上一页, each page's number (the current one <li class="thisclass">), 下一页, 末页 (a bare <a> where it leads
    nowhere), then span.pageinfo's 共 N页M条; one page says 共 1 页/M 条记录, none 共 0 页/0 条记录. Static lists
    (dede) link each page by its file's name alone, list_{tid}_{k}.html; plus/list.php (dededm) by its query."""
    count = len(col.items)
    if total <= 1:
        info = f'<li><span class="pageinfo">共 {1 if count else 0} 页/{count} 条记录</span></li>'
        return f'<div class="dede_pages"><ul class="pagelist">{info}</ul></div>'

    def href(k: int) -> str:
        return esc(col.page_path(k) if col.paging == "dededm" else col.page_path(k).rsplit("/", 1)[1]
                   if k else f"list_{col.classid}_1.html")

    def li(k: int | None, text: str) -> str:
        return f"<li><a href='{href(k)}'>{text}</a></li>" if k is not None else f"<li><a>{text}</a></li>"
    more = n + 1 < total
    parts = [li(0 if n else None, "首页"), *([li(n - 1, "上一页")] if n else [])]
    parts += [f'<li class="thisclass"><a>{k + 1}</a></li>' if k == n else li(k, str(k + 1))
              for k in range(total)]
    parts += [*([li(n + 1, "下一页")] if more else []), li(total - 1 if more else None, "末页"),
              f'<li><span class="pageinfo">共 <strong>{total}</strong>页<strong>{count}</strong>条</span></li>']
    return '<div class="dede_pages"><ul class="pagelist">\n' + "\n".join(parts) + "\n</ul></div>"


def eyou_pager(col: Column, n: int, total: int) -> str:
    """EyouCMS's {eyou:pagelist listitem='index,pre,pageno,next,end,info'} (its Eyou paginator driver) in its
    template's <ul>: an <li> per button, a link of class tcdNumber, a span.disabled where it leads nowhere, the
    current page a span.current, then 共<strong>N</strong>页 <strong>M</strong>条 outside any <li>; its static pages
    at lists_{tid}_{k}.html."""
    def li(k: int | None, text: str) -> str:
        if k is None:
            return f'<li><span class="disabled">{text}</span></li>'
        if k == n:
            return f'<li><span class="current">{text}</span></li>'
        return f'<li><a href="{esc(col.page_path(k))}" class="tcdNumber">{text}</a></li>'
    info = f"共<strong>{total if col.items else 0}</strong>页 <strong>{len(col.items)}</strong>条"
    if total <= 1:
        return f'<div class="pagination"><ul>{info}</ul></div>'
    more = n + 1 < total
    buttons = [li(0 if n else None, "首页"), li(n - 1 if n else None, "上一页"),
               "".join(li(k, str(k + 1)) for k in range(total)),
               li(n + 1 if more else None, "下一页"), li(total - 1 if more else None, "末页"), info]
    return f'<div class="pagination"><ul>{" ".join(buttons)}</ul></div>'


def pager(col: Column, n: int, total: int) -> str:
    if col.paging == "stuck":  # ?page=N, which the site ignores
        return (f'<div class="page"><a href="?page=1">首页</a> <a href="?page=2">下一页</a> '
                f'<a href="?page={STUCK_PAGES}">尾页</a> 共{STUCK_PAGES}页</div>')
    if col.paging == "countpage":  # the template writes it however few pages: 共1页 over an empty channel too
        return count_page_pager(n, max(total, 1))
    if col.paging in ("dede", "dededm"):
        return dede_pager(col, n, total)
    if col.paging == "eyou":
        return eyou_pager(col, n, total)
    if total <= 1 or col.paging in ("years", "yeardirs"):  # its years' tabs are its pager (list_page)
        return ""
    if col.paging in ("aspnet", "anp"):
        return aspnet_pager(col, n, total)
    if col.paging == "stl":
        return stl_pager(col, n, total)
    if col.paging == "stlul":
        return stl_pagination(col, n, total)
    if col.paging == "pageadmin":
        return pageadmin_pager(col, n, total)
    if col.paging == "num":  # PHPCMS v9's pages(): 上一页, every page's number, the current one a <span>, 下一页
        def link(k: int, text, cls: str = "") -> str:
            return f'<a href="{esc(col.page_path(k))}"{cls}>{text}</a>'
        a1 = ' class="a1"'
        numbers = " ".join(f"<span>{k + 1}</span>" if k == n else link(k, k + 1) for k in range(total))
        return (f'<div id="pages" class="text-c"><a class="a1">{len(col.items)}条</a> '
                f'{link(max(n - 1, 0), "上一页", a1)} {numbers} {link(min(n + 1, total - 1), "下一页", a1)}</div>')
    if col.paging == "trsbox":
        return (f'<div class="page" id="page_div"></div>{CREATE_PAGE_BOX}<script>window.onload=function() '
                f"{{createPageHTML('page_div',{total}, {n + 1},'index','html',{len(col.items)});}}</script>")
    if col.paging == "pagerjs":
        return (f'<div class="page" id="pager"></div>{PAGER_JS}<script type="text/javascript">'
                f"Pager({{size:{total}, current:{n}, prefix:'index',suffix:'html',visible:5,beforeEnd:2,"
                "textboxEnabled:true});</script>")
    if col.paging == "trs":
        return (f'<div class="page">{CREATE_PAGE_HTML}'
                f'<script>createPageHTML({total}, {n}, "index", "html");</script></div>')
    if col.paging in ("list", "query", "pagenum", "jsp", "home"):
        name = lambda k: esc(col.page_path(k))  # noqa: E731
    else:
        name = lambda k: "index.html" if k == 0 else f"index_{k}.html"  # noqa: E731
    parts = [f'<a href="{name(0)}">首页</a>']
    if n > 0:
        parts.append(f'<a href="{name(n - 1)}">上一页</a>')
    if n + 1 < total:
        parts.append(f'<a href="{name(n + 1)}">下一页</a>')
    elif col.paging == "loop":  # its last page's 下一页 leads back to the first
        parts.append(f'<a href="{name(0)}">下一页</a>')
    parts.append(f'<a href="{name(total - 1)}">尾页</a>')
    return f'<div class="page">{" ".join(parts)} 共{total}页 当前第{n + 1}页</div>'


def siblings(site: Site, col: Column) -> list[Column]:
    return [c for c in site.columns if c.parent == col.parent and not c.is_static]


def list_page(site: Site, col: Column, n: int, bases: dict[str, str]) -> str:
    pages = col.pages()
    subs = children(site, col.name)
    sub_html = ""
    if subs:
        sub_html = '<div class="sub-columns"><ul>' + "".join(
            f'<li><a href="{esc(nav_href(c))}">{esc(c.name)}</a></li>' for c in subs) + "</ul></div>"
    if site.sibling_menu and not col.is_static:  # a left menu of the column and its siblings
        on = ' class="on"'
        sub_html = (f'<div class="left-menu"><h3>{esc(col.parent or site.meta.name)}</h3><ul>' + "".join(
            f'<li{on if c is col else ""}><a href="{esc(nav_href(c))}">{esc(c.name)}</a></li>'
            for c in siblings(site, col)) + "</ul></div>" + sub_html)
    if col.is_static:
        listing = f'<div class="TRS_Editor">{col.static_html}</div>'
    elif col.empty_text is not None:
        listing = col.empty_text
    elif col.frame is not None:  # the list sits in a page of its own, shown in an iframe
        listing = (f'<div class="list"><iframe src="{esc(col.frame)}" name="listFrame" width="100%" height="900" '
                   'frameborder="0" scrolling="no"></iframe></div>')
    elif col.layout in MESSAGE_LAYOUTS:  # a consultation column's message list (demo/channels.py)
        listing = message_table(pages[n], icons=col.layout == "msgicons", plain=col.layout == "msgplain",
                                layout=col.layout) + pager(
            col, n, len(pages))
    elif col.paging == "hanweb":
        listing = hanweb_list(col)
        if col.unit_before:  # another column's unit, in a box of its own before the list
            col_id, heading, items = col.unit_before
            unit = Column(heading, "", "other", list(items), hanweb_id=col_id, per_page=len(items))
            listing = (f'<div class="bt-left"><div class="bt-left-tit">{esc(heading)}</div>{hanweb_list(unit)}</div>'
                       f'<div class="bt-right">{listing}</div>')
    elif col.paging == "js":
        listing = js_list()
    elif col.paging == "load":
        listing = load_list(col)
    elif col.paging == "json":
        listing = json_list(col)
    elif col.paging == "datafile":
        listing = data_file_list(col)
    elif col.paging == "searchlist":
        listing = f'<div class="list"><ul id="list"></ul></div>\n<script src="{JQUERY}"></script>\n' \
                  f'<script src="{SEARCH_LIST_JS}"></script>'
    elif col.paging == "pages":
        listing = gkml_config(site) + paged_list(col) if col.gkml == "index" else paged_list(col)
    elif col.paging == "script":
        listing = script_list(col, bases)
    elif col.paging in GRID_PAGINGS:  # ASP.NET's GridView, its pager the grid's last row
        listing = grid_list(col, n, len(pages))
    else:
        shown = pages[n][1:] if col.top_card and n == 0 else pages[n]
        listing = top_card(pages[n][0]) if len(shown) < len(pages[n]) else ""
        if col.pinned_block:  # its pinned items apart, over the list's rows
            listing += pinned_block(col.pinned_block, [i for i in shown if i.pinned])
            shown = [i for i in shown if not i.pinned]
        listing += listed(col, shown) + pager(col, n, len(pages))
        if col.paging in ("years", "yeardirs"):  # its years' tabs over the list, the one shown marked
            year = shown[0].published.year if shown else None
            on = ' class="on"'
            tabs = "".join(f'<li{on if y == year else ""}><a href="{esc(col.page_path(k + 1))}">{y}年</a></li>'
                           for k, y in enumerate(col.years()))
            listing = f'<ul class="year-tab">{tabs}</ul>{listing}'
        if col.layout == "script":
            listing += OPEN_ARTICLE_JS
        if col.layout == "scriptid":
            listing += show_info_js(col)
        if col.layout in ("scriptext", "trclick"):
            listing += f'<script src="{OPEN_DOC_JS}"></script>'
        if col.tab_beside:  # its list in the first tab, another column's in the second, hidden until clicked
            other, items = col.tab_beside
            listing = (f'<div class="tabbox"><ul class="tab-hd"><li class="on">{esc(col.name)}</li>'
                       f'<li>{esc(other)}</li></ul><div class="tab-bd"><div class="pane">{listing}</div>'
                       f'<div class="pane" style="display:none">{listed(col, list(items))}</div></div></div>')
        if col.phone_box:  # another column's box shown on phones alone, before the list shown on screens
            heading, items = col.phone_box
            rows = "".join(f'<li><a href="{esc(i.path)}">{esc(i.title)}</a><span class="date">{i.published}</span>'
                           "</li>" for i in items)
            listing = (f'<div class="visible-xs"><div class="m-tit">{esc(heading)}</div><ul class="list">{rows}</ul>'
                       f'</div><div class="hidden-xs">{listing}</div>')
        if col.box_before:  # another column's dated box on the left, as old table portals lay a column page out
            heading, items = col.box_before
            rows = "".join(f'<tr><td>·<a href="{esc(i.path)}">{esc(i.title)}</a></td><td class="sj">{i.published}</td>'
                           "</tr>" for i in items)
            listing = (f'<table width="100%"><tr><td width="240" valign="top" class="left_box"><table width="100%">'
                       f'<tr><td class="left_tit"><b>{esc(heading)}</b></td></tr>{rows}</table></td>'
                       f'<td valign="top" class="right_box">{listing}</td></tr></table>')
    shown = col.heading or col.name
    banner = f'<div class="zt-tip">{esc(col.banner)}</div>' if col.banner else ""
    body = (f'{position(site, col)}\n<div class="column"><div class="column-hd"><h2>{esc(shown)}</h2>{banner}</div>'
            f"{sub_html}\n{listing}\n</div>")
    metas = ({"ColumnName": shown} if col.heading
             else {"ColumnName": col.name, "ColumnType": col.section_type or col.name})
    if col.parent:
        metas["ColumnParent"] = col.parent
    if col.paging == "searchlist":  # the channel its script asks searchList for
        metas["channelid"] = channel_id(col)
    title = f"{shown} - {site.meta.name}"
    if col.article_style in ("dede", "dedeplain"):  # Dede's list: its position's names as its title, no column meta
        metas, title = {}, " / ".join(filter(None, (col.parent, col.name))) + f"_{site.meta.name}"
    return page(site, title, body, bases, metas, with_meta_charset=False if col.bare_encoding else None, side=True)


def pinned_block(style: str, items: list[Item]) -> str:
    """A column's pinned items in a block of their own over its list (Column.pinned_block)."""
    if not items:
        return ""
    rows = "".join(f'<li><img src="/images/top.gif" alt="置顶"><a href="{esc(i.link or i.path)}" target="_blank">'
                   f'{esc(i.title)}</a><span class="date">{i.published:%Y-%m-%d}</span></li>' for i in items)
    if style == "box":
        return f'<div class="top-box"><div class="top-hd">置顶</div><ul>{rows}</ul></div>\n'
    return f'<ul class="zd-list">{rows}</ul>\n'


def top_card(item: Item) -> str:
    """A column's newest item as a card over its list: its picture and heading link it, its date and a summary."""
    href = esc(item.link or item.path)
    return (f'<div class="news-top"><a href="{href}" target="_blank"><img src="{BLANK_GIF}" width="320" height="200">'
            f'</a><div class="txt"><h3><a href="{href}" target="_blank">{esc(item.title)}</a></h3>'
            f'<p class="time">{item.published:%Y-%m-%d}</p><p class="sum">{esc(item.title)}的有关情况……</p>'
            "</div></div>\n")


# --- Hanweb (大汉) datastore -------------------------------------------------------------------------------

def hanweb_record(item: Item) -> str:
    return f"<record><![CDATA[\n{entry(item, 'iso', 'hanweb')}]]></record>"


def datastore(col: Column, start: int, end: int, site_webid: int = 12) -> str:
    records = "\n".join(hanweb_record(i) for i in col.shown()[start - 1:end])
    # raw "&" as real Hanweb pages have it: CDATA is not entity-decoded
    nextgroup = (f'<a href="{HANWEB_PROXY}?page=1&webid={site_webid}&path=/&columnid={col.hanweb_id}'
                 f'&unitid={col.hanweb_id + 40000}&permissiontype=0"></a>')
    return (f"<datastore>\n<nextgroup><![CDATA[{nextgroup}]]></nextgroup>\n"
            f"<totalrecord>{len(col.items)}</totalrecord>\n"
            f"<recordset>\n{records}\n</recordset>\n</datastore>")


def hanweb_list(col: Column) -> str:
    uid = col.hanweb_id + 40000
    if col.hanweb_array:  # jpage's older form: the first group as an array of row strings in the page's script
        rows = ",".join("'" + entry(i, "iso", "hanweb").replace("\\", "\\\\").replace("'", "\\'") + "'"
                        for i in col.items[:col.per_page])
        store, data = f'<div id="{uid}"></div>\n<script>var InitData{uid}=[{rows}];</script>', f"InitData{uid}"
    else:
        xml = datastore(col, 1, col.per_page)
        store, data = f'<div id="{uid}"><script type="text/xml">\n{xml}\n</script></div>', ""
    return (f"{store}\n"
            f'<script language="javascript" src="/module/web/jpage/jpage.js"></script>\n'
            f"<script>$(document).ready(function(){{ $('#{uid}').jpage({{ {f'dataStore: {data}, ' if data else ''}"
            f"totalRecord: {len(col.items)}, "
            f"perPage: {col.per_page}, groupSize: 1, proxyUrl: '{HANWEB_PROXY}', "
            f"ajaxParam: {{columnid: {col.hanweb_id}, unitid: {uid}, webid: 12, path: '/'}}, "
            "dataBefore: '<ul class=\"list\">', "
            f"dataAfter: '</ul>' }}); }});</script>")


# --- a list built by JavaScript --------------------------------------------------------------------------

JS_API = "/api/list.json"


def js_list() -> str:
    return ('<ul class="list" id="list"></ul>\n<script>\n'
            f"var xhr = new XMLHttpRequest(); xhr.open('GET', '{JS_API}');\n"
            "xhr.onload = function(){ var data = JSON.parse(xhr.responseText); "
            "var ul = document.getElementById('list');\n"
            "  data.items.forEach(function(it){ var li = document.createElement('li');\n"
            "    li.innerHTML = '<a href=\"' + it.url + '\">' + it.title + '</a><span>' + it.date + '</span>';"
            " ul.appendChild(li); }); };\n"
            "xhr.send();\n</script>")


def data_path(col: Column) -> str:
    """Where a script-built list's items come from: beside the list page."""
    return col.canonical.rsplit("/", 1)[0] + "/data.json"


def nodata(col: Column) -> str:
    """The box a script shows when it loaded nothing, hidden in the page as served (display:none, or `hidden`)."""
    if not col.hidden_nodata:
        return ""
    hide = 'style="display:none"' if col.hanweb_id % 2 else "hidden"
    return f'<div class="no-data" id="nodata-{col.hanweb_id}" {hide}>暂无数据</div>\n'


def json_list(col: Column) -> str:
    """An empty list that an inline fetch() fills from the JSON endpoint it names."""
    row = '<li class="nodata">暂无数据</li>' if col.nodata_row else ""  # the template's, until the script answers
    return (f'<ul class="list" id="list-{col.hanweb_id}">{row}</ul>\n{nodata(col)}<script>\n'
            f"fetch('{data_path(col)}').then(function(r){{ return r.json(); }}).then(function(data){{\n"
            f"  var ul = document.getElementById('list-{col.hanweb_id}');\n"
            "  if (data.data.list.length) ul.innerHTML = '';\n"
            f"  var none = document.getElementById('nodata-{col.hanweb_id}');\n"
            "  if (none && !data.data.list.length) { none.style.display = 'block'; none.hidden = false; }\n"
            "  data.data.list.forEach(function(it){ var li = document.createElement('li');\n"
            "    li.innerHTML = '<a href=\"' + it.link + '\">' + it.title + '</a><span>' + (it.pubDate || it.signDate)"
            " + '</span>';"
            " ul.appendChild(li); }); });\n</script>")


def count_page_pager(n: int, total: int) -> str:
    """TRS's older pager template (realpage 01): the page's number and the count in two variables, each page's link
    written by a loop of document.write; its 尾页 at index_<count - 1>.html."""
    return f"""<div class="page"><script language="JavaScript">
var currentPage = {n};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = {total}//共多少页
document.write("共"+countPage+"页&nbsp;");
document.write("<a href=\\"index.html\\">首页</a>&nbsp;");
if(countPage>1&&currentPage!=0&&currentPage!=1)
document.write("<a href=\\"index_" + prevPage + ".html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage==1)
document.write("<a href=\\"index.html\\">上一页</a>&nbsp;");
for(var i=0; i<countPage && i<7; i++){{
if(currentPage==i) document.write("<span>"+(i+1)+"</span>&nbsp;");
else if(i==0) document.write("<a href=\\"index.html\\">1</a>&nbsp;");
else document.write("<a href=\\"index_" + i + ".html\\">"+(i+1)+"</a>&nbsp;");
}}
if(countPage>1&&currentPage!=(countPage-1))
document.write("<a href=\\"index_" + nextPage + ".html\\">下一页</a>&nbsp;");
if(countPage>1&&currentPage!=(countPage-1))
document.write("<a href=\\"index_" + (countPage-1) + ".html\\">尾页</a>");
</script></div>"""


# how each data file's rows are drawn: (the array in the answer `d`, title, address, the date its page shows)
DATA_FILE_ROWS = {"trs": ("d.data", "it.DOCTITLE", "it.DOCPUBURL", "it.DOCRELTIME.substring(0, 10)"),
                  "govcn": ("d", "it.TITLE", "it.URL", "it.DOCRELPUBTIME"),
                  "search": ("d.data.results", "it.title", "it.url", "it.publishedTimeStr.substr(0, 10)")}


def data_file_list(col: Column) -> str:
    """An empty list an inline $.ajax() fills from the JSON file the platform writes beside the list page."""
    rows, title, url, day = DATA_FILE_ROWS[col.json_dates]
    return (f'<div class="list"><ul id="list"></ul></div>\n<script src="{JQUERY}"></script>\n<script>\n'
            f'$.ajax({{url: "./{col.data_file}", type: "get", dataType: "json", success: function (d) {{\n'
            '  var ul = document.getElementById("list");\n'
            f"  {rows}.forEach(function (it) {{ var li = document.createElement('li');\n"
            f"    li.innerHTML = '<a href=\"' + {url} + '\" target=\"_blank\">' + {title} + '</a><span>' + {day}"
            " + '</span>'; ul.appendChild(li); });\n}});\n</script>")


SEARCH_LIST_JS = "/xhtml/js/common_xq_list.js"
# 海云's list script file (as 证监会's common_xq_list.js): the channel from the page's <meta>, the address built with +
SEARCH_LIST_SCRIPT = """var channelid = document.querySelector('meta[name="channelid"]').content;
$.ajax({url: '/searchList/' + channelid + '?_isAgg=true&_isJson=true&_pageSize=18&_template=index&_rangeTimeGte='
  + '&_channelName=&page=1', type: 'get', success: function (data) {
  var ul = document.getElementById('list');
  data.data.results.forEach(function (val) { var li = document.createElement('li');
    li.innerHTML = '<a href="' + val.url + '" target="_blank" title="' + val.title + '">' + val.title
      + '</a><span class="date">' + val.publishedTimeStr.substr(0, 10) + '</span>'; ul.appendChild(li); });
}});
"""


def channel_id(col: Column) -> str:
    """A 海云 channel's id, as its pages' <meta name="channelid"> gives it."""
    return hashlib.md5(col.path.encode()).hexdigest()


def search_list_path(col: Column) -> str:
    """The searchList address SEARCH_LIST_SCRIPT asks for the column's first page."""
    return (f"/searchList/{channel_id(col)}?_isAgg=true&_isJson=true&_pageSize=18&_template=index&_rangeTimeGte="
            "&_channelName=&page=1")


def data_file_json(col: Column) -> str:
    """The data file of a datafile list, shaped as its platform writes it (Column.json_dates)."""
    def at(d: date, hour: int = 9) -> datetime:
        return datetime.combine(d, time(hour), tzinfo=CHINA)

    def stamp(d: date) -> str:
        return f"{at(d):%Y-%m-%d %H:%M:%S}"

    shown = col.shown()
    if col.json_dates == "govcn":
        return json.dumps([{"TITLE": i.title, "SUB_TITLE": "", "URL": i.path, "DOCRELPUBTIME": i.published.isoformat()}
                           for i in shown], ensure_ascii=False)
    if col.json_dates == "search":
        results = [{"manuscriptId": str(k + 1), "title": i.title, "url": i.path,
                    "publishedTimeStr": stamp(i.published),
                    "publishedTime": int(at(i.published).timestamp()) * 1000, "memo": "",
                    "domainMetaList": [{"resultList": [{"key": "cwrq", "name": "成文日期",
                                                        "value": (i.written or i.published).isoformat()}]}]}
                   for k, i in enumerate(shown)]
        return json.dumps({"data": {"page": 1, "rows": len(results), "total": len(results), "results": results}},
                          ensure_ascii=False)
    # TRS 海云: a document imported onto the platform (`created`) was created, and last touched, that day
    docs = [{"DOCID": str(k + 1), "DOCTITLE": i.title,
             "CRTIME": stamp(max(i.published, col.created or i.published)),
             "DOCRELTIME": stamp(i.published), "DOCPUBURL": i.path,
             "CHNLDOC_OPERTIME": stamp(max(i.published, col.created or i.published))} for k, i in enumerate(shown)]
    return json.dumps({"total": len(docs), "data": docs}, ensure_ascii=False)


CHINA = timezone(timedelta(hours=8))  # the day a portal shows for an epoch stamp
PAGED_SID = 610061  # the site's id on its province's platform, which every list request names


def paged_path(col: Column, n: int) -> str:
    """Page n (0-based) of a `pages` list's endpoint, as gkmlpt names it: /gkmlpt/api/all/<column id>?page=…&sid=…"""
    return f"/gkmlpt/api/all/{col.hanweb_id}?page={n + 1}&sid={PAGED_SID}"


# a gkmlpt page's rows drawn from the answer `d`: each article's title and day (its epoch seconds) into `ul`
DRAW_ARTICLES = ("  d.articles.forEach(function(a){ var t = new Date(a.date * 1000),"
                 " li = document.createElement('li');\n"
                 "    li.innerHTML = '<a href=\"' + a.url + '\">' + a.title + '</a><span>' + t.getFullYear() + '-' +"
                 " ('0' + (t.getMonth() + 1)).slice(-2) + '-' + ('0' + t.getDate()).slice(-2) + '</span>';"
                 " ul.appendChild(li); });\n")


def paged_list(col: Column) -> str:
    """An empty list an inline fetch() fills from page one of its endpoint, named plainly; 下一页 asks the next.
    With sid_var, jQuery's getJSON asks it, the site's id taken from the page's config object."""
    head = f'<ul class="list" id="list-{col.hanweb_id}"></ul>\n<div class="pager" id="pager-{col.hanweb_id}"></div>'
    find = f"  var ul = document.getElementById('list-{col.hanweb_id}'); ul.innerHTML = '';\n"
    if col.sid_var:
        api = paged_path(col, 0).partition("?")[0]
        return (f"{head}<script>window._CONFIG = {{SID: '{PAGED_SID}', COLUMN: {col.hanweb_id}}};</script>\n"
                f'<script src="{JQUERY}"></script>\n<script>\n'
                f"$.getJSON('{api}', {{page: 1, sid: window._CONFIG.SID}}, function(d){{\n{find}{DRAW_ARTICLES}}});\n"
                "</script>")
    return (f"{head}<script>\nvar first = '{paged_path(col, 0)}';\nfunction draw(d, p){{\n{find}{DRAW_ARTICLES}"
            f"  document.getElementById('pager-{col.hanweb_id}').innerHTML = '共' + d.total + '条' +"
            " (p * 10 < d.total ? ' <a href=\"javascript:;\" onclick=\"go(' + (p + 1) + ')\">下一页</a>' : '');\n}\n"
            "function go(p){ fetch(first.replace('page=1', 'page=' + p)).then(function(r){ return r.json(); })"
            ".then(function(d){ draw(d, p); }); }\n"
            f"fetch('{paged_path(col, 0)}').then(function(r){{ return r.json(); }})"
            ".then(function(d){ draw(d, 1); });\n</script>")


def gkml_config(site: Site) -> str:
    """gkmlpt's tree box and window._CONFIG: the site's id and its categories under their groups, as JSON."""
    groups: dict[str, list[dict]] = {}
    for c in site.columns:
        if c.gkml == "category":
            groups.setdefault(c.parent or "", []).append(
                {"id": c.hanweb_id, "name": c.name, "parent": 0, "jump_url": "", "post_count": len(c.items),
                 "children": []})
    tree = [{"id": 9000 + k, "name": name, "parent": 0, "jump_url": "", "children": kids}
            for k, (name, kids) in enumerate(groups.items())]
    return ('<div class="gkml-left"><div class="tit">政府信息公开目录</div><div id="tree"></div></div>\n'
            f"<script>window._CONFIG = {{SID: '{PAGED_SID}', TREE: {json.dumps(tree, ensure_ascii=False)}, "
            "SERVICE_AREA_ID: 0, IS_SHOW_FAV: 1};</script>\n")


def paged_json(col: Column, n: int) -> str:
    """Page n of a `pages` list's endpoint as gkmlpt answers it: the page's articles, each published at
    display_publish_time (epoch seconds; created_at the same as text) and signed at `date`, its 成文日期, days
    before; and the list's total."""
    pages, items = col.pages(), col.shown()
    arts = []
    for i in pages[n]:
        at = datetime.combine(i.published, time(9, 30), tzinfo=CHINA)
        signed = datetime.combine(i.published - timedelta(days=20), time(0), tzinfo=CHINA)
        arts.append({"id": int(re.sub(r"\D", "", i.path)[-6:] or 0), "title": i.title, "url": i.path,
                     "date": int(signed.timestamp()), "created_at": at.strftime("%Y-%m-%d %H:%M:%S"),
                     "display_publish_time": int(at.timestamp()), "publisher": "", "document_number": ""})
    return json.dumps({"classify": {"id": col.hanweb_id, "name": col.name, "post_count": len(items)},
                       "total": len(items), "articles": arts}, ensure_ascii=False)


def fragment_path(col: Column) -> str:
    """Where a `load` list's rows come from: an HTML fragment beside the list page."""
    return col.canonical.rsplit("/", 1)[0] + "/list_ajax.html"


def load_list(col: Column) -> str:
    """An empty box that jQuery's .load() fills with the HTML fragment it names (the site's own jQuery)."""
    return (f'<div class="list-box" id="list-box"></div>\n<script src="{JQUERY}"></script>\n'
            f'<script>\n$("#list-box").load("{fragment_path(col)}");\n</script>')


def load_fragment(col: Column) -> str:
    return listed(col, col.shown())


JQUERY = "/js/jquery.min.js"
# As much of jQuery as a `load` list uses: $(selector).load(url) puts the answer into the element
JQUERY_JS = """function $(s) {
  return {load: function (u) {
    fetch(u).then(function (r) { return r.text(); }).then(function (t) { document.querySelector(s).innerHTML = t; });
  }};
}
$.ajax = function (o) {
  fetch(o.url).then(function (r) { return r.json(); }).then(o.success);
};
$.getJSON = function (u, d, cb) {
  fetch(u + '?' + new URLSearchParams(d)).then(function (r) { return r.json(); }).then(cb);
};
"""


def script_list(col: Column, bases: dict[str, str]) -> str:
    """An empty list that an external script fills from a URL it assembles: only a browser finds the items. With
    fail="script_host_down" (and "script_host_down_hash") the script is a CDN's that refuses connections (on the
    demo's port)."""
    src = f'{col.canonical.rsplit("/", 1)[0]}/loader.js'
    if col.fail in ("script_host_down", "script_host_down_hash"):
        port = urlsplit(next(iter(bases.values()))).port or 80
        src = f"http://{REFUSED_IP}:{port}/static/list-loader.js"
    # a hash pager's start: the page's address changes after its list script failed
    state = ('\n<script>history.replaceState(null, "", location.pathname + location.search + "#page=1");</script>'
             if col.fail == "script_host_down_hash" else "")
    banner = '<div class="zt-banner" style="height:1600px"></div>' if col.load_after < 0 else ""
    return (f'{banner}<ul class="list" id="list-{col.hanweb_id}" data-col="{col.hanweb_id}"></ul>\n{nodata(col)}'
            f'<script src="{src}"></script>{state}')


LOADER_JS = """(function(){
  var ul = document.querySelector('ul[data-col]');
  var u = location.pathname.replace(/[^/]*$/, '') + ['da', 'ta'].join('') + '.' + 'json';
  var x = new XMLHttpRequest(); x.open('GET', u);
  x.onload = function(){ JSON.parse(x.responseText).data.list.forEach(function(it){
    var li = document.createElement('li');
    li.innerHTML = '<a href="' + it.link + '">' + it.title + '</a><span>' + it.pubDate + '</span>'; \
ul.appendChild(li); }); };
  x.send();
})();
"""


def loader_js(col: Column) -> str:
    """The list script of a `script` list: at once, `load_after` ms after the page has loaded, or once the list is
    scrolled into view (-1)."""
    if col.load_after > 0:
        return (f"window.addEventListener('load', function(){{ setTimeout(function(){{\n{LOADER_JS}}}, "
                f"{col.load_after}); }});\n")
    if col.load_after < 0:
        return ("(function(){ var box = document.querySelector('ul[data-col]');\n"
                "  var io = new IntersectionObserver(function(es){ if (!es[0].isIntersecting) return;\n"
                f"  io.disconnect();\n{LOADER_JS}}}); io.observe(box); }})();\n")
    return LOADER_JS


def endpoint_json(col: Column) -> str:
    if col.fail == "json_error":  # the backend's error, answered with 200 and no list
        return json.dumps({"code": 500, "msg": "系统繁忙，请稍后再试", "data": None}, ensure_ascii=False)
    if col.json_dates == "sign":  # a document's days of signing and taking effect; when it was put up, not said
        items = [{"title": i.title, "link": i.path, "docNo": f"示政规〔{i.published:%Y}〕{k + 1}号",
                  "signDate": (i.written or i.published).isoformat(),
                  "effectiveDate": (i.published + timedelta(days=30)).isoformat()}
                 for k, i in enumerate(col.shown())]
    else:
        items = [{"title": i.title, "link": i.path, "pubDate": fmt_date(i.published, col.style) if i.published else ""}
                 for i in col.shown()]
    return json.dumps({"code": 200, "data": {"total": len(items), "list": items}}, ensure_ascii=False)


def js_json(col: Column) -> str:
    items = [{"title": i.title, "url": i.path, "date": i.published.isoformat() if i.published else ""}
             for i in col.items]
    return json.dumps({"total": len(items), "items": items}, ensure_ascii=False)


# --- articles, homepage, site map, error pages -----------------------------------------------------------

def article(site: Site, col: Column, item: Item, bases: dict[str, str]) -> str:
    shown = item.article_date or item.published
    when = f"{shown.isoformat()} {item.hour}" if shown else ""
    source = site.meta.sponsor
    paras = [f"{item.title}。",
             f"近日，{source}认真贯彻落实上级部署要求，结合实际推进相关工作，现将有关情况公布如下。",
             "一是提高思想认识，压实工作责任；二是聚焦重点任务，细化工作措施；三是加强督促检查，确保取得实效。",
             "下一步，将持续跟踪工作进展，及时公开相关信息，主动接受社会监督。"]
    paras = list(item.text) or paras
    attach = ""
    if item.attachments:
        attach = '<div class="attachments"><p>附件：</p><ul>' + "".join(
            f'<li><a href="{esc(p)}">附件{k + 1}：{esc(item.title)}（{k + 1}）.{p.rsplit(".", 1)[-1]}</a></li>'
            for k, p in enumerate(item.attachments)) + "</ul></div>"
    if item.related:
        attach += '<div class="xgyd"><h4>相关阅读</h4><ul>' + "".join(
            f'<li><a href="{esc(r.path)}">{esc(r.title)}</a><span>发布时间：{r.published:%Y-%m-%d}</span></li>'
            for r in item.related) + "</ul></div>"
    if col.article_box:  # the column's newest, beside each of its articles, as its list shows them
        attach += (f'<div class="lmzx"><h4>{esc(col.name)}</h4>{listed(col, col.items[:col.article_box])}'
                   "</div>")
    box = {"trs": "TRS_Editor", "hanweb": "zoom", "generic": "article-content"}[site.cms]
    attr = f'id="{box}"' if site.cms == "hanweb" else f'class="{box}"'
    line = f"发布时间：{when}" if when else ""
    info = f'<div class="article-info"><span>{line}</span>　<span>来源：{esc(source)}</span></div>'
    metas = {"ColumnName": col.heading or col.name, "ArticleTitle": item.title, "ContentSource": source}
    if when:
        metas["PubDate"] = when
    if col.article_style == "gkml" and shown:  # the document's facts in a table; no 发布时间 line
        written = item.written or shown
        info = ('<table class="xxgk-info"><tr><td>索引号：</td><td>' + esc(item.path.rsplit("/", 1)[-1].split(".")[0])
                + f"</td><td>发布机构：</td><td>{esc(source)}</td></tr><tr><td>{col.written_label}：</td>"
                  f"<td>{written:%Y-%m-%d}</td><td>发布日期：</td><td>{shown:%Y-%m-%d}</td></tr></table>")
    if col.article_style == "fagao" and shown:  # 发稿时间 (a label of TRS's), no PubDate
        info = f'<div class="pwz">发稿时间：{shown:%Y-%m-%d} {item.hour}　来源：{esc(source)}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "bare" and shown:  # 动易: an unlabelled date, then 作者 and 点击数; no PubDate
        info = f'<div class="info">{shown:%Y-%m-%d} {item.hour}　作者：{esc(source)}　点击数：128</div>'
        metas.pop("PubDate", None)
    if col.article_style == "ucap" and shown:  # the page's generation time as its PubDate; the date line unlabelled
        info = (f'<div class="article-info"><ul><li>{shown:%Y年%m月%d日} {item.hour.replace(":", "时")}分</li>'
                f"<li>来源: {esc(source)}</li></ul></div>")
        # the site's pages all generated again the day after its newest item
        generated = f"{max(i.published for i in col.items if i.published) + timedelta(days=1):%Y-%m-%d} 10:16:14"
        metas.update({"PubDate": generated, "others": f"页面生成时间 {generated}"})
    if col.article_style in ("cn", "cnc") and shown:  # in Chinese numerals, as a 公文's 落款: 二〇二六年十一月二十日
        zero = "○" if col.article_style == "cnc" else "〇"  # cnc: its zero a circle, 二○二六年
        info = f'<div class="info">发布日期：{cn_date(shown, zero)}　来源：{esc(source)}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "en" and shown:  # an English sub-site's: Updated: Nov 25, 2026 17:06, no PubDate
        info = f'<div class="info">Updated: {fmt_date(shown, "en")} {item.hour}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "dede" and shown:  # DedeCMS's default article template: <small>时间:</small>, no PubDate
        aid = re.search(r"(\d+)\.html$|aid=(\d+)", item.path)
        info = (f'<div class="info"><small>时间:</small>{shown:%Y-%m-%d} {item.hour}<small>来源:</small>'
                f'{esc(source)} <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes'
                f'&amp;aid={aid and (aid[1] or aid[2])}&amp;mid=1" type="text/javascript" language="javascript">'
                "</script>次</div>")
        metas.pop("PubDate", None)
    if col.article_style == "dedeplain":  # the same template without its 时间: the article shows no date
        info = f'<div class="info"><small>来源:</small>{esc(source)} <small>作者:</small>admin</div>'
    if col.article_style in ("dede", "dedeplain"):  # no meta of its column nor of itself
        metas = {}
    if col.article_style == "letter":  # a letter of a mailbox: its dates and its reply, no 发布时间 line
        info, paras = letter_page(item, col.layout), []
        metas.pop("PubDate", None)
    body = (f'{position(site, col)}\n<div class="article"><h1 class="article-title">{esc(item.title)}</h1>{info}'
            f'<div {attr}>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + f"</div>{attach}"
            '<div class="article-tools"><a href="#top">返回顶部</a> <a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>')
    # Dede's {dede:field.title/}_{dede:global.cfg_webname/}
    sep = "_" if col.article_style in ("dede", "dedeplain") else " - "
    return page(site, f"{item.title}{sep}{site.meta.name}", body, bases, metas, side=True)


HOME_MAIN = "/main.html"  # the framed page that holds a framed homepage's content
HOME_TOP = "/top.html"  # a frameset homepage's header frame, with the menu


def home_body(site: Site) -> str:
    """The homepage's content: its blocks (or its navigation grid), and whatever else it carries."""
    if site.nav_only:
        grid = "".join(f'<li><a href="{esc(c.path)}"><span>{esc(c.name)}</span></a></li>' for c in top_columns(site))
        body = f'<div class="entry-grid"><h2>栏目导航</h2><ul class="entries">{grid}</ul></div>'
    else:
        blocks, tabs = [], []
        for n, b in enumerate(site.blocks):
            col = site.column(b.column)
            items = entries(col.items[:b.count], b.style, b.layout, b.dated)
            if b.layout == "topcard":  # its newest as a card over the rest
                items = top_card(col.items[0]) + entries(col.items[1:b.count], b.style, "li", b.dated)
            items = items.replace('class="list', 'class="block-list')
            if b.scripted:
                items = home_block_script(n)
            elif b.inline:
                items = home_block_inline(n, col.items[:b.count])
            elif b.loaded:
                items = home_block_loaded(n, col)
            elif b.external:  # the rows a script file of the site writes in place
                items = f'<ul class="block-list"><script src="{home_block_js_path(n)}"></script></ul>'
            elif b.filled:  # an empty list a script file beside it fills; a copy of the rows for no script
                items = (f'<ul class="block-list" id="home-{n}"></ul>\n'
                         f'<script src="{home_block_fill_path(n)}"></script><noscript>{items}</noscript>')
            elif b.store:  # a Hanweb module: its rows in a datastore of its own unit
                items = hanweb_list(Column(col.name, col.path, col.type, col.items[:b.count], paging="hanweb",
                                           hanweb_id=col.hanweb_id or 9000 + n, per_page=b.count))
            elif b.frame_url:  # the rows in a page of another host of its government, in an iframe
                items = (f'<iframe src="{esc(b.frame_url)}" name="ywFrame" width="100%" height="260" frameborder="0" '
                         'scrolling="no"></iframe>')
            if b.tab:
                tabs.append((col, items))
                continue
            blocks.append(f'<div class="block"><div class="block-hd"><h3>{esc(col.name)}</h3>'
                          f'<a class="more" href="{esc((*col.more_as, col.path)[0])}">更多&gt;&gt;</a></div>\n'
                          f'{items}\n</div>')
        if tabs:
            blocks.insert(0, tab_box(tabs, site.tab_head))
        body = '<div class="blocks">\n' + "\n".join(blocks) + "\n</div>"
    if site.carousel:
        body = carousel(site.carousel) + "\n" + body
    if site.slides:
        body = slides(site.slides) + "\n" + body
    if site.headline:  # a 头条: a title alone in an <h3>, with a line of summary, over the blocks
        h = site.headline
        body = (f'<div class="news-top"><h3><a href="{esc(h.path)}" target="_blank">{esc(h.title)}</a></h3>'
                f"<p>{esc(h.title)}的有关情况……</p></div>\n" + body)
    if site.map_menu:  # a picture of buttons, each a place of its image map
        body += ('\n<div class="kjdh"><img src="/images/kjdh.jpg" usemap="#kjdh" alt="快速导航" border="0">'
                 '<map name="kjdh" id="kjdh">' + "".join(
                     f'<area shape="rect" coords="{120 * n},0,{120 * n + 118},40" '
                     f'href="{esc(nav_href(site.column(c)))}" target="_blank" alt="{esc(c)}">'
                     for n, c in enumerate(site.map_menu)) + "</map></div>")
    if site.home_links:
        body += '\n<div class="links">' + " ".join(f'<a href="{esc(h)}">{esc(t)}</a>'
                                                   for h, t in site.home_links) + "</div>"
    return body + "\n" + site.homepage_html


def tab_box(tabs: list[tuple[Column, str]], head: str = "menubox") -> str:
    """Blocks as panes of the setTab box many county templates carry, the first shown, each pane with its 更多: tabs
    menu1 … in a Menubox over panes con_menu_1 …, or (head "hd") tabs in a <ul class="tab-hd"> over panes
    con_1_0 … in a tab-bd, as 帝国CMS templates lay them out."""
    heads, panes = [], []
    for i, (col, items) in enumerate(tabs, 1):
        more = f'<a class="more" href="{esc(col.path)}">更多&gt;&gt;</a>'
        if head == "hd":
            on = ' class="on"' if i == 1 else ""
            heads.append(f'<li{on} onmouseover="setTab(1,{i - 1})">{esc(col.name)}</li>')
            shown = "" if i == 1 else ' style="display:none"'
            panes.append(f'<div id="con_1_{i - 1}"{shown}>\n{items}\n{more}</div>')
            continue
        shown = ' class="hover"' if i == 1 else ""
        heads.append(f'<li id="menu{i}" onmouseover="setTab(\'menu\',{i},{len(tabs)})"{shown}>{esc(col.name)}</li>')
        shown = ' class="hover"' if i == 1 else ' style="display:none"'
        panes.append(f'<div id="con_menu_{i}"{shown}>\n{items}\n{more}</div>')
    if head == "hd":
        script = ("<script>function setTab(box,cursel){var tabs=document.querySelectorAll('.tab-hd li');"
                  "for(var i=0;i<tabs.length;i++){tabs[i].className=i==cursel?'on':'';"
                  "document.getElementById('con_'+box+'_'+i).style.display=i==cursel?'block':'none';}}</script>")
        return (f'<div class="block tabbox"><ul class="tab-hd">{"".join(heads)}</ul>'
                f'<div class="tab-bd">{"".join(panes)}</div></div>{script}')
    script = ("<script>function setTab(name,cursel,n){for(var i=1;i<=n;i++){"
              "var menu=document.getElementById(name+i);var con=document.getElementById('con_'+name+'_'+i);"
              "menu.className=i==cursel?'hover':'';con.style.display=i==cursel?'block':'none';}}</script>")
    return (f'<div id="Tab1" class="block tabbox"><div class="Menubox"><ul>{"".join(heads)}</ul></div>'
            f'<div class="Contentbox">{"".join(panes)}</div></div>{script}')


FOCUS_JS = "/js/focus.js"
FOCUS_SCRIPT = ("(function(){var box=document.getElementById('focus');"
                "var data=JSON.parse(document.getElementById('focus-data').textContent);var html='';"
                "for(var i=0;i<data.length;i++){html+='<li><a href=\"'+data[i].url+'\">'+data[i].title+'</a></li>';}"
                "box.innerHTML=html;})();")


def carousel(items: list[Item]) -> str:
    """A 头条 carousel: an empty list, the JSON data island it is built from, and the site's script that builds it."""
    data = json.dumps([{"title": i.title, "url": i.path, "pubDate": f"{i.published:%Y-%m-%d} {i.hour}:00"}
                       for i in items], ensure_ascii=False).replace("</", "<\\/")
    return (f'<div class="focus"><ul id="focus"></ul></div>\n<script type="application/json" id="focus-data">{data}'
            f'</script>\n<script src="{FOCUS_JS}"></script>')


def slides(items: list[Item]) -> str:
    """图片新闻 as a swiper's slides: each a picture and its caption, both linking the article, no date shown."""
    rows = "".join(f'<div class="swiper-slide"><a href="{esc(i.path)}" target="_blank"><img src="/images/tpxw{n}.jpg" '
                   f'alt="{esc(i.title)}"></a><p class="swiper-title"><a href="{esc(i.path)}" target="_blank">'
                   f"{esc(i.title)}</a></p></div>" for n, i in enumerate(items, 1))
    return (f'<div class="focus-box"><div class="swiper-container"><div class="swiper-wrapper">{rows}</div>'
            '<div class="swiper-pagination"></div></div></div>')


def home_block_inline(n: int, items: list[Item]) -> str:
    """A homepage block an inline script writes from an array of its own: the rows are in no markup."""
    data = json.dumps([{"title": i.title, "url": i.path, "date": f"{i.published:%Y-%m-%d}"} for i in items],
                      ensure_ascii=False).replace("</", "<\\/")
    return (f'<ul class="block-list" id="block-{n}"></ul>\n<script>\nvar blockData{n} = {data};\nvar html{n} = "";\n'
            f"for (var i = 0; i < blockData{n}.length; i++) {{ var it = blockData{n}[i];\n"
            f"  html{n} += '<li><a href=\"' + it.url + '\" target=\"_blank\">' + it.title + '</a><span>' + it.date"
            f" + '</span></li>'; }}\ndocument.getElementById('block-{n}').innerHTML = html{n};\n</script>")


def home_block_path(n: int) -> str:
    return f"/api/home-{n}.json"


def home_block_script(n: int) -> str:
    """A homepage block's empty list that an inline fetch() fills from the JSON beside the site's API."""
    return (f'<ul class="block-list" id="home-{n}"></ul>\n<script>\n'
            f"fetch('{home_block_path(n)}').then(function(r){{ return r.json(); }}).then(function(data){{\n"
            f"  var ul = document.getElementById('home-{n}');\n"
            "  data.items.forEach(function(it){ var li = document.createElement('li');\n"
            "    li.innerHTML = '<a href=\"' + it.url + '\">' + it.title + '</a><span>' + it.date + '</span>';"
            " ul.appendChild(li); }); });\n</script>")


def home_block_fill_path(n: int) -> str:
    return f"/js/fill-{n}.js"


def home_block_fill(n: int, load_after: int = 0) -> str:
    """The script file that fills a homepage block's empty list (Block.filled) from the JSON beside the site's API,
    `load_after` ms after the page has loaded when not at once."""
    script = home_block_script(n)
    script = script[script.index("<script>") + len("<script>"):script.rindex("</script>")]
    if load_after:
        return f"window.addEventListener('load', function(){{ setTimeout(function(){{{script}}}, {load_after}); }});\n"
    return script


def home_block_fragment_path(n: int) -> str:
    return f"/inc/home-{n}.html"


def home_block_loaded(n: int, col: Column) -> str:
    """A tab whose pane jQuery's .load() fills as the page opens from the address the tab names (data-url)."""
    return (f'<ul class="tabhd"><li class="on" data-url="{home_block_fragment_path(n)}">{esc(col.name)}</li></ul>'
            f'<div class="pane" id="pane-{n}">正在加载...</div>\n<script src="{JQUERY}"></script>\n<script>\n'
            f"$('#pane-{n}').load(document.querySelector('.tabhd li.on').getAttribute('data-url'));\n</script>")


def home_block_js_path(n: int) -> str:
    return f"/js/home-{n}.js"


def home_block_js(site: Site, block) -> str:
    """The script file that writes a block's rows where it is included, one document.write a row."""
    rows = entries(site.column(block.column).items[:block.count], block.style, "li").split("\n")[1:-1]
    return "".join(f"document.write({json.dumps(r, ensure_ascii=False)});\n" for r in rows)


def home_block_json(site: Site, block) -> str:
    items = [{"title": i.title, "url": i.path, "date": i.published.isoformat() if i.published else ""}
             for i in site.column(block.column).items[:block.count]]
    return json.dumps({"items": items}, ensure_ascii=False)


def homepage(site: Site, bases: dict[str, str]) -> str:
    if site.frames == "frameset":  # the header frame holds the menu, the main frame the content and footer
        m = site.meta
        head = "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in
                         {"SiteName": m.name, "SiteIDCode": m.site_code}.items())
        return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\">\n<html>\n<head>\n"
                f'<meta http-equiv="Content-Type" content="text/html; charset={site.charset}">\n{head}\n'
                f"<title>{esc(m.name)}</title>\n</head>\n"
                '<frameset rows="150,*" frameborder="0" border="0">\n'
                f'<frame name="top" src="{HOME_TOP}" scrolling="no">\n'
                f'<frame name="main" src="{HOME_MAIN}">\n</frameset>\n</html>\n')
    if site.frames == "splash":  # a picture, and a button's picture that says 进入主站 opening the real homepage
        # by its onclick (its href a void script), as the page itself does after ten seconds
        name, go = esc(site.meta.name), f"self.location='{HOME_MAIN.lstrip('/')}'"
        return (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}"><title>{name}</title></head>'
                f'<body class="splash">\n<div class="splash-bg"><img src="{BLANK_GIF}" alt="{name}欢迎您" '
                f'width="1200" height="600"></div>\n<div class="enter"><a href="javascript:void(0);" '
                f'onclick="{go}"><img src="{BLANK_GIF}" alt="进入主站" width="160" height="48"></a></div>\n'
                f'<script type="text/javascript">setInterval("{go}", 10000);</script>\n'
                f"{footer(site, bases)}\n</body></html>\n")
    if site.frames == "script":  # a script alone, sending its visitor to the real homepage by an absolute address
        # written as joined literals, as www.bjsat.gov.cn's root does
        where = bases.get(site.meta.site_id, "").split("//", 1)[-1].rstrip("/") + HOME_MAIN
        return f"<html>\n<script>  \n   window.location.href='http:/'+'/'+'{where}';\n</script> \n</html>"
    if site.frames == "iframe":  # header, menu and footer around an iframe of the content
        body = (f'<iframe id="main" name="main" src="{HOME_MAIN}" width="100%" height="1800" frameborder="0" '
                'scrolling="no"></iframe>')
        return page(site, site.meta.name, body, bases, {"ColumnName": "首页"})
    return page(site, site.meta.name, home_body(site), bases, {"ColumnName": "首页"})


def home_frames(site: Site, bases: dict[str, str]) -> dict[str, str]:
    """path -> HTML of the pages a framed homepage shows."""
    if site.frames == "frameset":
        m = site.meta
        top = (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}"><title>{esc(m.name)}</title>'
               '<base target="main"></head><body>\n'
               f'{today_bar(site)}<div class="header"><div class="logo">'
               f'<a href="/" target="_top"><h1>{esc(m.name)}</h1></a></div></div>\n'
               f"{nav(site)}\n</body></html>\n")
        main = (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}">'
                f'<meta name="SiteIDCode" content="{m.site_code}">'
                f'<title>{esc(m.name)}</title><link rel="stylesheet" href="/css/style.css"></head><body>\n'
                f'<div class="container">\n{home_body(site)}\n</div>\n{footer(site, bases)}\n</body></html>\n')
        return {HOME_TOP: top, HOME_MAIN: main}
    if site.frames in ("splash", "script"):  # the real homepage, behind the splash or the script
        return {HOME_MAIN: page(site, site.meta.name, home_body(site), bases, {"ColumnName": "首页"})}
    if site.frames == "iframe":
        main = (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}"><title>{esc(site.meta.name)}</title>'
                '<base target="_parent"></head><body>\n'
                f'<div class="container">\n{home_body(site)}\n</div>\n</body></html>\n')
        return {HOME_MAIN: main}
    return {}


def block_frame(site: Site, block: Block) -> str:
    """The page another host of the site's government serves for a homepage block shown in an iframe: the rows alone,
    their links opening in the whole window."""
    rows = entries(site.column(block.column).items[:block.count], block.style, block.layout, block.dated)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}"><title>{esc(block.column)}</title>'
            f'<base target="_parent"></head>\n<body>\n{rows}\n</body></html>\n')


def list_frame(site: Site, col: Column) -> str:
    """The page a column's list sits in (Column.frame): the list alone, its links opening in the whole window."""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}">'
            f'<meta name="ColumnName" content="{esc(col.name)}"><title>{esc(col.name)}</title>'
            '<base target="_parent"><link rel="stylesheet" href="/css/style.css"></head>'
            f"<body>\n{listed(col, col.shown())}\n</body></html>\n")


def ztree(site: Site, hub: str, box: str = "treeDemo") -> str:
    """An empty tree box and the inline script that draws `hub`'s sub-columns into it with zTree, from a flat array of
    nodes (id, pId, name, url) under a root node without an address, as 信息公开 platforms draw their 目录."""
    nodes = [{"id": 1, "pId": 0, "name": "法定主动公开内容", "open": True}] + [
        {"id": 10 + n, "pId": 1, "name": c.name, "url": nav_href(c), "target": "_self"}
        for n, c in enumerate(children(site, hub))]
    return (f'<div class="gk-left"><div class="tit">信息公开目录</div><ul id="{box}" class="ztree"></ul></div>\n'
            '<script src="/js/jquery.ztree.core.min.js"></script>\n<script>\n'
            "var setting = {data: {simpleData: {enable: true}}, view: {showIcon: false}};\n"
            f"var zNodes = {json.dumps(nodes, ensure_ascii=False)};\n"
            f'$(document).ready(function () {{ $.fn.zTree.init($("#{box}"), setting, zNodes); }});\n</script>')


def sitemap(site: Site, bases: dict[str, str]) -> str:
    def tree(parent: str | None) -> str:
        cols = [c for c in site.columns if c.parent == parent and c.name not in site.map_menu]
        if not cols or parent in site.hubs:  # a hub's page alone leads to its sub-columns
            return ""
        return "<ul>" + "".join(menu_entry(c, tree(c.name)) for c in cols) + "</ul>"
    groups = "".join(f"<li><strong>{esc(head)}</strong>{tree(head)}</li>" for head, _ in site.menu_groups)
    body = f'<div class="sitemap"><h2>网站地图</h2>{tree(None)}{"<ul>" + groups + "</ul>" if groups else ""}</div>'
    if site.script_menu or site.menu_file:  # written by the same script as the menu
        body = f'<h2>网站地图</h2>{menu_script(site, "sitemap")}'
    if site.menu_js:
        body = f'<h2>网站地图</h2><div class="sitemap"><script src="{esc(site.menu_js)}"></script></div>'
    if site.inline_menu:
        body = f'<h2>网站地图</h2><div class="sitemap"><script>\n{menu_js(site)}</script></div>'
    if site.header_load:  # its menu, in the header it loads, is all it shows
        body = "<h2>网站地图</h2>"
    return page(site, site.sitemap_title or f"网站地图 - {site.meta.name}", body, bases, {"ColumnName": "网站地图"})


def simple(site: Site, title: str, body: str, bases: dict[str, str]) -> str:
    return page(site, f"{title} - {site.meta.name}", f'<div class="content"><h2>{esc(title)}</h2>{body}</div>', bases,
                {"ColumnName": title}, side=True)


# pages that stand in for the one asked for, each answered with 200: 安全狗's firewall block page, a unified sign-in
# page (统一身份认证), a maintenance notice where a list's data was asked for
FIREWALL_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>网站防火墙</title></head><body>'
                 '<div class="main"><h1>网站防火墙</h1><p>您的请求带有不合法参数，已被网站管理员设置拦截！</p>'
                 "<p>可能原因：您提交的内容包含危险的攻击请求</p><p>如何解决：普通网站访客，请联系网站管理员</p>"
                 "</div></body></html>")
SIGN_IN_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>统一身份认证平台</title></head><body>'
                '<div class="login-box"><h2>统一身份认证</h2><form action="/cas/login" method="post">'
                '<input name="username" placeholder="用户名">'
                '<input name="password" type="password" placeholder="密码">'
                '<button type="submit">登录</button></form></div></body></html>')
MAINTENANCE_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>系统提示</title></head><body>'
                    "<p>系统维护中，请稍后访问。</p></body></html>")

ERROR_PAGE = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404 页面不存在</title></head>\n"
              "<body><div class=\"error\"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除。</p>"
              "<p><a href=\"/\">返回首页</a></p></div></body></html>\n")


# --- a single-page app (Site.spa) ---------------------------------------------------------------------------

SPA_JS = "/static/js/app.js"
# The bundle: the page its address names, drawn from the site's API (its whole <body>, as the app's templates would)
SPA_SCRIPT = """(function () {
  var app = document.getElementById('app');
  var path = location.pathname === '/' ? '/index.html' : location.pathname;
  fetch('/api/page' + path + '.json').then(function (r) { return r.json(); }).then(function (res) {
    document.title = res.data.title;
    app.innerHTML = res.data.html;
  });
})();
"""


def spa_shell(site: Site) -> str:
    """What a single-page app serves at every route: a mount point and its bundle, nothing a reader can read."""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{esc(site.meta.name)}</title><link href="/static/css/app.css" rel="stylesheet"></head><body>'
            '<noscript><strong>本网站需要启用JavaScript才能正常浏览。</strong></noscript><div id="app"></div>'
            f'<script src="/static/js/chunk-vendors.js"></script><script src="{SPA_JS}"></script></body></html>')


def spa_page_path(path: str) -> str:
    return f"/api/page{path}.json"


def spa_page(html: str) -> str:
    """The API's answer for a page the app draws: its title and its body's markup."""
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    body = re.search(r"<body[^>]*>(.*)</body>", html, re.S)
    return json.dumps({"code": 200, "msg": "操作成功", "data": {"title": title.group(1) if title else "",
                                                            "html": body.group(1) if body else html}},
                      ensure_ascii=False)


def group_apart_menu(site: Site) -> str:
    """A menu whose groups' columns sit in hidden lists after the menu's own, each joined to its heading by id alone
    (Site.group_apart: 瑞昌's EWCMS header, <li id="dmndivida2" onMouseOver=…> ↔ <ul id="tdmndivida2">)."""
    count = len(site.menu_groups) + 1
    over = f"onMouseOver=\"ChangeFoldern(this,'dmndivida','{count}','current_menu','');\" style=\"cursor:hand;\""
    heads = [f'<li id="dmndivida1" {over} class="current_menu"><a href="{home_href(site)}">首页</a></li>']
    panes = [f'<div id="tdmndivida1" style="display: "><span class="red">{esc(site.meta.name)}为您服务！</span></div>']
    for i, (head, names) in enumerate(site.menu_groups, start=2):
        heads.append(f'<li class="menu_line"></li><li id="dmndivida{i}" {over}>'
                     f'<a href="javascript:void(0)">{esc(head)}</a></li>')
        panes.append(f'<ul id="tdmndivida{i}" style="display:none">' + "<li>|</li>".join(
            f'<li><a href="{esc(nav_href(site.column(n)))}" target="_blank">{esc(n)}</a></li>' for n in names)
            + "</ul>")
    return (f'<div id="nav"><ul>{"".join(heads)}</ul></div>\n<div id="submenu">{"".join(panes)}</div>')


def nav_popup(site: Site) -> str:
    """A 网站导航 popup over the whole site's columns before the menu (Site.nav_popup), flat: each group a <dl>, its
    name a <dt> without a link, its columns one <div class="n_item"> each (中国福利彩票's)."""
    if not site.nav_popup:
        return ""
    groups = "".join(f'<dl><dt>{esc(head)}</dt><dd>' + "".join(
        f'<div class="n_item"><a href="{esc(nav_href(site.column(n)))}" target="_blank"><span>{esc(n)}</span></a>'
        "</div>" for n in names) + "</dd></dl>" for head, names in site.menu_groups)
    return (f'<nav class="hidden-xs"><ul class="n_c_011_r"><li class="pop_backhome"><a href="{home_href(site)}">'
            f'返回首页</a></li><li class="pop_wzdh">网站导航<i></i><div class="n_c_r_box_02">{groups}</div></li>'
            "</ul></nav>\n")

