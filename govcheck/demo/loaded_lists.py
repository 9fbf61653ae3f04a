"""Demo lists that scripts load: JSON endpoints, data files, fragments and the scripts that draw them."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit

from govcheck.demo.column import Column
from govcheck.demo.list_rows import listed
from govcheck.demo.markup import JQUERY, fmt_date
from govcheck.demo.model import REFUSED_IP, Site

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
