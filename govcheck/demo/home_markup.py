"""The demo homepages: their boxes, tabs, carousels, frames and the boxes scripts fill."""

from __future__ import annotations

import json

from govcheck.demo.cell_tabs import cell_tab_box
from govcheck.demo.chrome import footer, page, today_bar
from govcheck.demo.column import Column, Item
from govcheck.demo.list_markup import hanweb_list, top_card
from govcheck.demo.list_rows import BLANK_GIF, entries, listed
from govcheck.demo.markup import JQUERY, esc, nav_href, top_columns
from govcheck.demo.menus import nav
from govcheck.demo.model import Block, Site

HOME_MAIN = "/main.html"  # the framed page that holds a framed homepage's content
HOME_TOP = "/top.html"  # a frameset homepage's header frame, with the menu
HOME_WELCOME = "/welcome.html"  # the splash a script homepage sends its visitor to, before the real homepage


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
    if site.flash_slides:
        body = flash_slides(site.flash_slides) + "\n" + body
    if site.cell_headline:  # a 头条 alone in a table cell, as old table portals show it
        h = site.cell_headline
        body = ('<table width="100%" class="top-news"><tr><td align="center" height="24"><span>'
                f'<a href="{esc(h.path)}" class="h_h2" title="{esc(h.title)}" target="_blank">{esc(h.title)}</a>'
                "</span></td></tr></table>\n" + body)
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
    if head in ("void", "row"):
        return void_tab_box(tabs, head == "row")
    if head == "cells":
        return cell_tab_box(tabs)
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


def void_tab_box(tabs: list[tuple[Column, str]], row: bool = False) -> str:
    """博达's (VSB) tab box, as 灞桥's homepage carries it: each tab a link to nowhere (javascript:void(0)), each pane
    a <div> (the others classed dn, hidden) whose list ends with its own 更多+, the only link to its column. The tabs
    are a <ul class="g-tab2"> in a title row, the box the right column of a <div class="m-open">; or (`row`) the tabs'
    <ul class="m-list5 TAB_CLICK"> itself, a class no heading's, a box of a link elsewhere among its <li>s (灞桥's
    国务院信息), the panes its siblings in a <div class="index-row">."""
    pane = "tabshow1" if row else "tab-show3"
    heads, panes = [], []
    for i, (col, items) in enumerate(tabs):
        on = ' class="on"' if i == 0 else ""
        heads.append(f'<li{on}><a href="javascript:void(0);">{esc(col.name)}</a> </li>')
        if row and i == 0:  # a link elsewhere among the tabs
            heads.append(f'<div class="gwy"><a href="{esc(col.path)}" target="_blank">{esc(col.name)}</a></div>')
        hidden = "" if i == 0 else " dn"
        more = (f'<div><a href="{esc(col.path)}" style="background:none; margin-right:20px;">更多+</a></div>')
        head, end, tail = items.rpartition("</ul>")  # at the end of its list, inside it
        panes.append(f'<div class="{pane}{hidden}">\n' + (f"{head}{more}{end}{tail}" if end else items + more)
                     + "</div>")
    script = ("<script>(function(){var tabs=document.querySelectorAll('.TAB_CLICK li'),"
              f"panes=document.querySelectorAll('.{pane}');tabs.forEach(function(t,n){{t.onmouseover=function(){{"
              "for(var i=0;i<tabs.length;i++){tabs[i].className=i==n?'on':'';"
              f"panes[i].className=i==n?'{pane}':'{pane} dn';}}}};}});}})();</script>")
    if row:
        return (f'<style>.dn{{display:none}}</style><div class="block index-row"><ul id=".{pane}" '
                f'class="m-list5 TAB_CLICK">{"".join(heads)}</ul>\n{"".join(panes)}</div>{script}')
    return ('<style>.dn{display:none}</style><div class="block m-open"><div class="col-r"><div class="m-title1">'
            f'<ul id=".tab-show3" class="g-tab2 TAB_CLICK">{"".join(heads)}</ul></div>\n{"".join(panes)}</div></div>'
            + script)


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


FLASH_PLAYER = "/flash/bcastr.swf"


def flash_slides(items: list[Item]) -> str:
    """图片新闻 in a Flash player (bcastr): an inline script fills arrays of the pictures, links and captions and
    writes the player's <embed>, its FlashVars joining each array with |: no slide, link nor caption in the markup."""
    slides = "".join(f'picarr[i] = "/images/flash{n}.jpg";linkarr[i] = "{i.path}";textarr[i] = "{esc(i.title)}";i++;'
                     for n, i in enumerate(items, 1))
    return ('<div class="flash-pic"><script language="javascript">\nlinkarr = new Array();\npicarr = new Array();\n'
            f'textarr = new Array();\nvar files = "";\nvar links = "";\nvar texts = "";\nvar i=1;\n{slides}\n'
            'for(i=1;i<picarr.length;i++){if(files=="") files = picarr[i]; else files += "|"+picarr[i];}\n'
            'for(i=1;i<linkarr.length;i++){if(links=="") links = linkarr[i]; else links += "|"+linkarr[i];}\n'
            'for(i=1;i<textarr.length;i++){if(texts=="") texts = textarr[i]; else texts += "|"+textarr[i];}\n'
            f"document.write('<embed src=\"{FLASH_PLAYER}\" FlashVars=\"bcastr_file='+files+'&bcastr_link='+links+"
            "'&bcastr_title='+texts+'\" width=\"259\" height=\"220\" type=\"application/x-shockwave-flash\" />');\n"
            "</script></div>")


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
    if site.frames == "script":  # a script alone, sending its visitor to a splash by an absolute address
        # written as joined literals, as www.bjsat.gov.cn's root does
        where = bases.get(site.meta.site_id, "").split("//", 1)[-1].rstrip("/") + HOME_WELCOME
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
        main = {HOME_MAIN: page(site, site.meta.name, home_body(site), bases, {"ColumnName": "首页"})}
        return main if site.frames == "splash" else {HOME_WELCOME: welcome(site), **main}
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


def welcome(site: Site) -> str:
    """The splash a script homepage sends its visitor to: a picture, and a form's button 进入网站 whose onclick opens
    the real homepage (`<input type="button" value="进入网站" onclick="window.location.href='main.html'">`)."""
    name = esc(site.meta.name)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{site.charset}"><title>{name}</title></head>'
            f'<body class="splash">\n<div class="splash-bg"><img src="{BLANK_GIF}" alt="{name}欢迎您" '
            'width="1200" height="600"></div>\n<form class="enter"><input type="button" value="进入网站" '
            f"onclick=\"window.location.href='{HOME_MAIN.lstrip('/')}'\"></form>\n</body></html>\n")
