"""A demo column's list page, and the Hanweb datastore a list page carries."""

from __future__ import annotations

from govcheck.demo.channels import MESSAGE_LAYOUTS, PLAIN, message_table
from govcheck.demo.chrome import page, position
from govcheck.demo.column import Column, Item
from govcheck.demo.gridview import GRID_PAGINGS, grid_list
from govcheck.demo.list_rows import BLANK_GIF, OPEN_ARTICLE_JS, OPEN_DOC_JS, entry, listed, show_info_js
from govcheck.demo.loaded_lists import (
    SEARCH_LIST_JS,
    channel_id,
    data_file_list,
    gkml_config,
    js_list,
    json_list,
    load_list,
    paged_list,
    script_list,
)
from govcheck.demo.markup import HANWEB_PROXY, JQUERY, children, esc, nav_href
from govcheck.demo.model import Site
from govcheck.demo.pagers import pager


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
        listing = f'<div class="TRS_Editor">{col.static_html or ""}</div>'  # one_article: its article drawn over it
    elif col.empty_text is not None:
        listing = col.empty_text
    elif col.frame is not None:  # the list sits in a page of its own, shown in an iframe
        listing = (f'<div class="list"><iframe src="{esc(col.frame)}" name="listFrame" width="100%" height="900" '
                   'frameborder="0" scrolling="no"></iframe></div>')
    elif col.layout in MESSAGE_LAYOUTS:  # a consultation column's message list (demo/channels.py)
        listing = message_table(pages[n], icons=col.layout == "msgicons", plain=col.layout in PLAIN,
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
    listing = col.side_html + listing
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
