"""The rows of the demo's lists, each the way a CMS family writes an item and its date."""

from __future__ import annotations

import json
from datetime import datetime, time

from govcheck.demo.column import Column, Item
from govcheck.demo.grids import picture_grid
from govcheck.demo.markup import esc, fmt_date
from govcheck.demo.parallel import LAYOUTS as PARALLEL_LAYOUTS
from govcheck.demo.parallel import parallel_list

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
    if layout == "lsnav" and shown:  # Lonsun's 信息公开 row: title, 解读 link, date, 【下载】 run by onclick
        href = esc(item.link or item.path)
        return (f'<li class="clearfix"><a class="title" href="{href}" target="_blank" title="{esc(item.title)}">'
                f'{esc(item.title)}</a><span class="split">|</span><a class="a" href="{href}" target="_blank">部门解读'
                f'</a><span class="date">{shown}</span><a onclick="downloadWord({n + 1})">【下载】</a></li>')
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
    if layout == "ymdspans" and shown:  # the year, the month and the day each in a <span> of the row, no separator
        d = item.published
        return f"<li>{a}<span>{d.year}</span><span>{d.month:02d}</span><span>{d.day:02d}</span></li>"
    if layout == "daysplit" and shown:  # a calendar box's day and year-month as children of the row, the title between
        d = item.published
        return f'<li><div class="day">{d.day:02d}</div>{a}<div class="ym">{d:%Y-%m}</div></li>'
    if layout == "srcdate" and shown:  # the source and the date under their labels in one line: 来源：… 日期：…
        return f'<li>{a}<p class="info">来源：市人防办&nbsp;&nbsp;{shown}</p></li>'
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
    if layout == "yearmd" and shown:  # the same two helpers' output in the row itself, no box: the year, the month-day
        return f'<li><em>{item.published:%Y}</em>-<span>{item.published:%m-%d}</span>{a}</li>'
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
    if layout == "tagdate" and shown:  # the whole row one link: its title in a <font>, then one <span> of its date
        # and its category in a <b> (重庆市终身学习学分银行's 最新新闻公告, realpage 100)
        return (f'<div class="cy_gonggao"><a href="{esc(item.link or item.path)}" target="_Blank"><p><font '
                f'title="{esc(item.title)}" class="over-hidden">{esc(item.title)}</font><span class="new_hint">'
                f"{shown}<b>公告</b></span></p></a></div>")
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
    if layout == "headlink" and shown:  # the date at the head of the link's own text (Epoint: [12-29] 标题)
        href = esc(item.link or item.path)
        return f'<li><a href="{href}" title="{esc(item.title)}" target="_blank">{shown} {esc(item.title)}</a></li>'
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
             "ulrow": '<ul class="clearfix"><li class="mc">{a}</li><li class="rq">{shown}</li></ul>',
             # a table per item, its title and date each in a <div> whose class names a part of an item (realpage 73)
             "itemtable": "<table border='0' cellspacing='0' cellpadding='0' class='table_item'><tr><td align='left'>"
                          "<div class='div_item_link'>{a}</div></td><td align='right'><div class='div_item_date'>"
                          "{shown}</div></td></tr></table>"}


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
        return parallel_list([(i.link or i.path, i.title, (i.shown or fmt_date(i.published, style, i.hour))
                               if i.published and dated else "") for i in items], layout)
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
    if layout == "lsnav":  # its boxes classed as 信息公开 "navigation" (realpage 83)
        return f'<div class="xxgk_nav_con"><ul class="clearfix xxgk_nav_list">\n{rows}\n</ul></div>'
    if layout == "trclick":  # after an empty list the template leaves for another use
        return f'<ul class="list"></ul>\n<table class="tb" width="100%">\n{rows}\n</table>'
    if layout == "dlsum":
        return f'<dl class="list newslist">\n{rows}\n</dl>'
    if layout in BARE_ROWS or layout in FLAT_ROWS or layout in ("tagrow", "media", "article", "tagdate"):
        return f'<div class="list">\n{rows}\n</div>'
    return f'<ul class="list">\n{rows}\n</ul>'


def listed(col: Column, items: list[Item]) -> str:
    """`items` as `col`'s list page shows them."""
    if col.layout == "slidetabs":
        return slide_tabs(col, items)
    return entries(items, col.style, col.layout, not col.undated, col.written_label)


OPEN_ARTICLE_JS = ("<script>function openArticle(url, blank){if (blank) window.open(url); else location.href = url;}"
                   "</script>")

OPEN_DOC_JS = "/js/opendoc.js"  # the script file a scriptext or trclick list's function is in (served by its site)


def show_info_js(col: Column) -> str:
    """The function a scriptid list's links call with an article's id."""
    folder = col.path.rsplit("/", 1)[0]
    return (f'<script>\nfunction showInfo(id) {{\n  window.open("{folder}/detail.jsp?id=" + id, "_blank");\n}}\n'
            "</script>")


def slide_tabs(col: Column, items: list[Item]) -> str:
    """A channel's page as 苏州市公共资源交易中心's sub-centres lay theirs out (Epoint, realpage 66): a slider of its
    last tab's newest five, a picture and a caption each, no date, over a tab box of its sub-columns' lists (the
    first shown, a 更多>> beside the tabs), each row a date <span> and a link; `items` are theirs, by folder."""
    panes = [[i for i in items if i.path.startswith(path.rsplit("/", 1)[0] + "/")] for _, path in col.tabs]

    def link(i: Item, cls: str = "") -> str:
        return f'<a title="{esc(i.title)}" href="{esc(i.path)}" target="_blank"{cls}>'

    caption = ' class="ewb-scroll-tt"'
    slides = "".join(f'<li>{link(i)}<img src="{BLANK_GIF}"></a><div class="ewb-scroll-mask">'
                     f'{link(i, caption)}{esc(i.title)}</a></div></li>' for i in panes[-1][:5])
    tabs = "".join(f'<li class="ewb-notice-item{" on" if n == 0 else ""} l"><a href="{esc(path)}">{esc(name)}</a></li>'
                   for n, (name, path) in enumerate(col.tabs))
    boxes = "".join("<div><ul>" + "".join(
        f'<li class="ewb-data-list"><span class="ewb-data-date">{fmt_date(i.published, col.style)}</span>'
        f'<div class="ewb-data-infor">{link(i)}{esc(i.title)}</a></div></li>' for i in pane) + "</ul></div>"
        for pane in panes)
    return (f'<div class="ewb-scroll-bd"><ul>{slides}</ul></div>\n<div class="ewb-notice"><div class="ewb-notice-hd">'
            f'<div class="clearfix"><ul class="l">{tabs}</ul><a href="{esc(col.tabs[-1][1])}" class="ewb-more r">'
            f'更多&gt;&gt;</a></div></div><div class="ewb-notice-bd">{boxes}</div></div>')
