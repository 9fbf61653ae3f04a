"""The demo sites' menus, each the way a template draws it: links, headings, groups apart, scripts and menu files
that write it, a 网站导航 popup."""

from __future__ import annotations

import json

from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.markup import JQUERY, children, esc, home_href, nav_href, top_columns
from govcheck.demo.model import Site


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


HEADER_FRAGMENT = "/public/header.html"  # a site's header, its menu in it, that every page loads (Site.header_load)


def nav(site: Site) -> str:
    if site.header_js:
        return (f'<div id="header"></div>\n<script src="{JQUERY}"></script>\n'
                f'<script src="{esc(site.header_js)}"></script>')
    if site.header_load:
        return (f'<div id="header"></div>\n<script src="{JQUERY}"></script>\n'
                f'<script>$("#header").load("{HEADER_FRAGMENT}");</script>')
    return nav_popup(site) + menu_markup(site) + dh_menu(site)


def dh_menu(site: Site) -> str:
    """A header box of menu entries classed by pinyin initials of 导航 (右侧导航), each a link around a <div> of its
    name (Site.dh_menu: 石家庄's, realpage 87)."""
    if not site.dh_menu:
        return ""
    return '<div class="dbseq"><div class="ycdh">' + "".join(
        f'<a href="{esc(nav_href(site.column(n)))}" target="_blank"><div class="szr">{esc(n)}</div></a>\n'
        for n in site.dh_menu) + '<div style="clear:both;"></div></div></div>\n'


def header_js(site: Site) -> str:
    """The script file of the site's (Site.header_js) that loads its header once the page is ready, beside the
    other things a site's common script does."""
    return ("$(function () {\n"
            f'  $("#header").load("{HEADER_FRAGMENT}");\n'
            '  $(".print").on("click", function () { window.print(); });\n});\n')


def header_fragment(site: Site) -> str:
    """The fragment a header_load site's pages load: its logo and its menu."""
    return f'<div class="header"><div class="logo"><h1>{esc(site.meta.name)}</h1></div></div>\n{menu_markup(site)}'


def td_menu(site: Site) -> str:
    """The site's menu as an old table portal lays it out (Site.td_menu): a <table> with no class nor id, one or two
    rows of <td> cells, each one link (岳西网's 2 rows of 14, realpage 92)."""
    cells = [f'<td height=25 align=center><a href="{home_href(site)}" target=_blank>首页</a></td>'] + [
        f'<td align=center><a href="{esc(nav_href(c))}">{esc(c.name)}</a></td>'
        for c in [*top_columns(site), *(site.column(n) for n in site.td_menu)]]
    if site.td_wrapped:
        return _wrapped(site)
    half = (len(cells) + 1) // 2 if len(cells) > 9 else len(cells)
    rows = "".join("<tr>\n" + "\n".join(cells[i:i + half]) + "\n</tr>\n" for i in range(0, len(cells), half))
    return f'<table border=0 width=820>\n{rows}</table>'


def _wrapped(site: Site) -> str:
    """The table menu as 樟树's header draws it (Site.td_wrapped): one row, each link in a one-cell table of its own
    inside its cell, a spacer's picture cell between, the menu's table in a cell of the page's frame."""
    entries = [(home_href(site), "网站首页"), *((nav_href(c), c.name)
                                              for c in [*top_columns(site), *(site.column(n) for n in site.td_menu)])]
    spacer = f'<td width="2" align="center"><img src="{BLANK_GIF}" width="2" height="37" /></td>'
    cells = spacer.join(
        '<td width="100" align="center"><table width="76" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td height="37" align="center" class="STYLE2"><span><a href="{esc(href)}" target="_blank">{esc(name)}</a>'
        "</span></td></tr></table></td>" for href, name in entries)
    return ('<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="37">'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'
            "</td></tr></table>")


def menu_markup(site: Site) -> str:
    if site.td_menu:
        return td_menu(site)
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
    links = "".join(menu_entry(c, drop_box(site, c.name)) for c in top_columns(site)) + "".join(
        f'<li><a href="{esc(url)}" target="_blank">{esc(name)}</a></li>' for name, url in site.menu_away)
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


def drop_box(site: Site, head: str) -> str:
    """博达's (VSB) drop-down under a menu heading, as 灞桥's 政民互动 carries it (Site.menu_panes): a <div
    class="subBox"> whose tab box shows a pane per column, its tabs links to nowhere (javascript:void(0)), each pane
    listing the column's newest items, undated, and ending with its 更多+; nothing else in the menu links them."""
    cols = [c for c in children(site, head) if c.name in site.menu_panes]
    if not cols:
        return ""
    about = "".join(detail_box(c) for c in children(site, head) if c.name == site.menu_detail)
    on = ' class="on"'
    tabs = "".join(f'<li{on if i == 0 else ""}><a href="javascript:void(0);">{esc(c.name)}</a> </li>'
                   for i, c in enumerate(cols))
    panes = "".join(
        f'<div class="tabshow4{" dn" if i else ""}"><ul class="ul-list3">' + "".join(
            f'<li><a href="{esc(item.path)}" target="_blank" title="{esc(item.title)}">{esc(item.title)}</a></li>'
            for item in c.items[:5]) + f'</ul><a class="m-btn2" href="{esc(c.path)}">更多+</a> </div>'
        for i, c in enumerate(cols))
    return (f'<div class="subBox"><div class="con">{about}<div class="m-inte"><div class="col-r">'
            '<div class="m-title1">'
            f'<ul id=".tabshow4" class="g-tab2 TAB_CLICK">{tabs}</ul></div>{panes}</div></div></div></div>')


def detail_box(col: Column) -> str:
    """A drop-down's text box as 灞桥's 区情简介 draws it (Site.menu_detail): a paragraph ending with a 【详情】
    link to a column, whose name the list under the text gives."""
    href = esc(nav_href(col))
    return ('<div class="m-about"><div class="col-l"><div class="tabshow2"><div class="m-txt3"><div class="txt">'
            "<p> 本局依法主动公开政府信息，及时发布与群众利益密切相关的规范性文件和政策措施，接受社会各界监督。"
            f'<a href="{href}" target="_self" textvalue="【详情】">【详情】</a> </p></div></div></div>'
            f'<ul class="m-list10 TAB_CLICK">    <li><a href="{href}" title="{esc(col.name)}">{esc(col.name)}</a></li>'
            "</ul></div></div>")


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
