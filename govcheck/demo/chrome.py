"""A demo page's frame: its menu, footer and marks, side boxes, position line, the page itself."""

from __future__ import annotations

import hashlib
import re

from govcheck.demo.column import Column
from govcheck.demo.markup import CONAC_IMAGE_PATH, children, esc, home_href, nav_href, top_columns
from govcheck.demo.menus import menu_entry, nav
from govcheck.demo.model import EXTERNAL_IP, SideBlock, Site


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


def tool_bar(site: Site) -> str:
    """The header's bar of tools, as 四川's portal writes it: links parted by bars in a box classed imgnav."""
    if not site.tools:
        return ""
    links = "<span>|</span>".join(f'<a href="{esc(href)}" target="_blank">{esc(name)}</a>'
                                  for name, href in site.tools)
    return f'<div class="headxys"><div class="imgnav">{links}</div></div>\n'


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
            f'<a name="top" id="top"></a>\n{site.platform_header}{today_bar(site)}{tool_bar(site)}<div class="header">'
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
    if col.channel:
        trail.append(f'<a href="{esc(col.channel[1])}">{esc(col.channel[0])}</a>')
    trail.append(f"<span>{esc(col.heading or col.name)}</span>")
    if col.crumb_tail:  # PHPCMS's default list template: the column's own link, then 列表
        trail[-1] = f'<a href="{esc(nav_href(col))}">{esc(col.name)}</a>'
        trail.append(esc(col.crumb_tail))
    return f'<div class="{site.crumb_class}">当前位置：{" &gt; ".join(trail)}</div>'
