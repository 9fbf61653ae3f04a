"""示范市国有资产事务服务中心 (gzfw): columns with no item, each saying so in its template's way, beside columns that
only look empty, as real portals draw them.

国资要闻 (news, 2 days) keeps the homepage fresh; 通知公告 (notice, 30 days) is fresh too. The homepage's 国资要闻
block lists each row as a table of its own, the title and the date each in a <div> whose class names a part of an item
(`div_item_link`, `div_item_date`), the date a month-day alone at an address with no date nor an article's shape
(/gzyw/st_app_news_i_x<n>.html: its article shows the year), as a real homepage does (realpage 73): a reader taking
the title's <div> for the row finds no date there, and the homepage stale by 通知公告.
Empty columns (空白栏目), each a column whose list a visitor sees holds nothing:
- 企业动态: its content a bare 暂无 in a line of its own under the column's heading (`<div class="con"><p>暂无</p>`),
  no list box; 党建工作 the same with a bare 无;
- 人事信息: 暂无内容 alone; 国企改革: a bare 暂无 over a pager that counts 共0页;
- 政策法规: its list after a comment its template left open (`<!-- 列表开始` with no `-->`): a browser, as the HTML
  standard parses it, shows nothing from there on, its rows and pager included;
- 统计信息: an empty list an inline fetch() fills from an endpoint answering {"total":0,"rows":[]}; 薪酬管理, 投资管理
  and 风险防控 the same, their endpoints' real empty answers saying so beside a status (EMPTIES: code 200 and
  success, code 0 and 操作成功, a status of "ok");
- 产权管理: an empty list over a pager of 第1页/共0页; 监督检查: an empty box over 总记录数:0; 规划计划: an empty
  `<ul class="list">` over a pager of 1/1 whose every link is the page itself;
- 考核分配: its list in an iframe of a page of the site's that lists nothing;
- 业绩考核: an old template's page that says so by a script's alert('该栏目暂无信息') and shows nothing; 资产监管 one
  whose inline script writes it in place (document.write('<p>该栏目暂无信息</p>')), nothing else;
- 企业领导: a 最新信息 box of 国资要闻's newest beside an empty list of its own;
- 企业改制: 博达 VSB's empty list, a row saying 尚无资料 over its pager 共0条 0/0 (realpage 90); 常见问题: that pager
  alone beside VSB's page-jump script (realpage 91).
- 人事管理: its list a row saying 暂无此类信息！ as a link to "#", beside its section's menu (校务公开) drawn without a
  menu's class, its siblings' pages numbered under /newslist/ as articles are, its own entry a link to nowhere
  (realpage 106): not a list of its siblings. They show the menu too beside their dated lists of /page/ articles
  (部门职责, 计划总结, 招聘公告; realpage 107). 计划总结's and 招聘公告's pages draw it as bare links in a `<div
  class="div_list">` (realpages 108, 109), and so does 工作简报's, an empty column whose pager counts 共0条.
Columns that are not empty:
- 政务公开 (other, 5 days): a list box that says 暂无数据 as served, which a script file of the site's
  (/js/zwgk-list.js) fills from the address its data-src names: a visitor sees its rows;
- 财务信息: the same inline fetch() as 统计信息's, its endpoint answering 500: unverified, never empty; 资产评估's
  answering 200 with the backend's error beside its table's empty defaults ({"total":0,"rows":[],"code":500,
  "msg":"系统繁忙"}): no list either, unverified; so are five more whose endpoint answers 200 with the backend's
  error said in words alone beside empty defaults or none (ERRORS: a status of "error", a 系统异常 message beside
  no status, success false, a code 9999 and its 服务器内部错误, WeChat's errcode 40001 and its invalid token);
- 专题专栏: its page redirects to the homepage (a wrong link at most): unverified, never empty;
- 信息公开: a page that only says 本栏目内容请见 and links the county's platform (moved): no column of the site's;
- 联系我们: a static page whose table says 传真 | 暂无 and whose line says 传真：暂无: no column.
With that many empty columns (five are enough), the site fails (空白栏目).
"""

from __future__ import annotations

import json

from govcheck.demo.column import Column
from govcheck.demo.list_rows import listed
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

JSON = {"Content-Type": "application/json; charset=utf-8"}
LIST_JS = "/js/zwgk-list.js"
# VSB's page jump (its pager's 跳转 box): it opens another page of the list, it writes no row
GOTOPAGE = b"function _simple_list_gotopage_fun(total, name, size){var p = document.getElementsByName(name)[0];" \
           b" if (p && p.value > 0 && p.value <= total) { location.href = p.value + '.htm'; }}"
# the site's script file that fills 政务公开's list box from the address its data-src names
LIST_SCRIPT = """(function(){
  var ul = document.getElementById('zwgkList');
  fetch(ul.getAttribute('data-src')).then(function(r){ if (!r.ok) throw new Error(r.status); return r.json(); })
  .then(function(d){ ul.innerHTML = '';
    d.rows.forEach(function(it){ var li = document.createElement('li');
      li.innerHTML = '<a href="' + it.url + '">' + it.title + '</a><span>' + it.pubDate + '</span>';
      ul.appendChild(li); }); });
})();
"""


# an endpoint's answer that is the backend's error said in words (no HTTP-like status), by column
ERRORS = {
    "数据发布": ("/sjfb/", '{"status":"error","rows":[]}'),
    "产权交易": ("/cqjy/", '{"total":0,"rows":[],"msg":"系统异常"}'),
    "企业名录": ("/qyml/", '{"success":false,"data":[]}'),
    "监管服务": ("/jgfw/", '{"code":"9999","message":"服务器内部错误","list":[]}'),
    "资产处置": ("/zccz/", '{"errcode":40001,"errmsg":"invalid token","data":null}'),
}
# an endpoint's answer that is a real empty list, by column: the column is empty
EMPTIES = {
    "薪酬管理": ("/xcgl/", '{"code":200,"msg":"success","total":0,"rows":[]}'),
    "投资管理": ("/tzgl/", '{"code":0,"msg":"操作成功","data":{"list":[]}}'),
    "风险防控": ("/fxfk/", '{"status":"ok","rows":[]}'),
}


def fetch_list(box: str, endpoint: str) -> str:
    """An empty list an inline fetch() fills from a JSON endpoint answering {"total": n, "rows": [...]}."""
    return (f'<ul class="list" id="{box}"></ul>\n<script>\n'
            f"fetch('{endpoint}').then(function(r){{ return r.json(); }}).then(function(d){{\n"
            f"  var ul = document.getElementById('{box}');\n"
            "  (d.rows || (d.data && d.data.list) || d.list || d.data || []).forEach(function(it){\n"
            "    var li = document.createElement('li');\n"
            "    li.innerHTML = '<a href=\"' + it.url + '\">' + it.title + '</a><span>' + it.pubDate + '</span>';"
            " ul.appendChild(li); }); });\n</script>")


def rows_json(items) -> bytes:
    rows = [{"title": i.title, "url": i.path, "pubDate": i.published.isoformat()} for i in items]
    return json.dumps({"total": len(rows), "rows": rows}, ensure_ascii=False).encode()


def app_news_path(_day, i: int) -> str:
    """An article's address as realpage 73's CMS names it (st_app_news_i_x<ticks>.html): no date, no article's
    shape."""
    return f"/gzyw/st_app_news_i_x{637447693871 + i}.html"


def vsb_empty(unit: int, says: str = "") -> str:
    """博达 VSB's list unit over no item (realpages 90, 91): what its template says, if anything, and its pager of
    none (共0条 0/0, no 页), its page-jump script beside it."""
    row = f'<tr><td colspan="3"><span class="titlestyle{unit}">{says}</span></td></tr>' if says else ""
    return (f'<script src="/system/resource/js/gotopage.js"></script><script>function a{unit}_gopage_fun()'
            f"{{_simple_list_gotopage_fun(0,'a{unit}GOPAGE',2)}}</script>"
            f'<table width="100%" class="winstyle{unit}">{row}<tr><td colspan="3"><table class="headStyle1vsb">'
            f'<tr><td nowrap="" id="fanye{unit}">'
            "共0条&nbsp;&nbsp;0/0&nbsp;</td><td><div></div></td></tr></table></td></tr></table>")


# 校务公开's columns, each page a number under /newslist/ (realpages 106, 107)
SECTION = {"部门职责": 760301, "计划总结": 760302, "招聘公告": 760303, "人事管理": 760304, "工作简报": 760305}
BARE = ("计划总结", "招聘公告", "工作简报")  # their pages draw it as bare links (realpages 108, 109)
# realpage 108's empty list: in its builder's module beside the module's style, a pager counting none
BUILDER_EMPTY = ('<div class="div_module"><div id="id_d4d41396"><style>#id_d4d41396 .div_list{overflow:hidden}</style>'
                 '<div class="div_list"><div><div class="div_clear">&nbsp;</div><div class="myp2c_div_paging"><span>'
                 "[1/0页&nbsp;共0条]</span>&nbsp;</div></div></div></div></div>")


def page_path(_day, i: int) -> str:
    return f"/page/{i}.html"  # realpage 107's articles: numbers under /page/, no date


def section_menu(current: str) -> str:
    """校务公开's menu as realpage 106's template draws it, no menu's class, or 108's bare links; the current entry a
    link to nowhere."""
    links = [f'<a href="{"" if name == current else f"{n}.html"}">{esc(name)}</a>' for name, n in SECTION.items()]
    if current in BARE:
        return f'<div class="div_list">{"".join(links)}</div>'
    rows = "".join(f"<li>{a}</li>" for a in links)
    return f'<div class="ncon_left"><h3><strong>校务公开</strong></h3><ul class="newsclass-tree">{rows}</ul></div>'


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 760000)
    news = mk.column("国资要闻", "/gzyw/index.html", "news", 2, 10, "gov_news", app_news_path, gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice", trs_path("/tzgg/"), gap=12)
    filled = mk.column("政务公开", "/zwgk/index.html", "other", 5, 8, "notice", trs_path("/zwgk/"), gap=9,
                       empty_text='<div class="list"><ul id="zwgkList" data-src="/zwgk/rows.json">'
                                  f'<li class="nodata">暂无数据</li></ul></div><script src="{LIST_JS}"></script>')
    # the rows its template wrote after a comment it left open: no visitor sees them
    commented = listed(Column("", "", "policy"), mk.items("/zcfg/", 20, 6, "policy", trs_path("/zcfg/"), gap=15))
    latest = "".join(f'<li><a href="{esc(i.path)}">{esc(i.title)}</a><span>{i.published}</span></li>'
                     for i in news.items[:5])
    pager = ('<a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index.html">下一页</a> '
             '<a href="index.html">尾页</a>')
    county = env.bases.get("qx", "http://127.0.0.11:8808/")
    empty = [
        Column("企业动态", "/qydt/index.html", "news", empty_text='<div class="con"><p align="center">暂无</p></div>'),
        Column("党建工作", "/djgz/index.html", "other", empty_text='<div class="main-con"><p>无</p></div>'),
        Column("人事信息", "/rsxx/index.html", "personnel",
               empty_text='<div class="article-con"><p>暂无内容</p></div>'),
        Column("国企改革", "/gqgg/index.html", "other", empty_text='<div class="con"><div class="zw">暂无</div></div>'
                                                              '<div class="page">共0页 首页 上一页 下一页 尾页</div>'),
        Column("政策法规", "/zcfg/index.html", "policy", empty_text=f'<div class="list"><!-- 列表开始 {commented}'
                                                                '<div class="page">共1页</div></div>'),
        Column("统计信息", "/tjxx/index.html", "other", empty_text=fetch_list("tjList", "/tjxx/list.json")),
        Column("产权管理", "/cqgl/index.html", "other",
               empty_text='<ul class="news-list"></ul><div class="pages">第1页/共0页 首页 上一页 下一页 尾页</div>'),
        Column("监督检查", "/jdjc/index.html", "other",
               empty_text='<div class="con"></div><div class="fenye">总记录数:0 每页15条 首页 上一页 下一页 尾页'
                          "</div>"),
        Column("规划计划", "/ghjh/index.html", "plan",
               empty_text=f'<ul class="list"></ul><div class="page">1/1 {pager}</div>'),
        Column("考核分配", "/khfp/index.html", "other", frame="/khfp/list.html"),
        Column("业绩考核", "/yjkh/index.html", "other", empty_text="<script>alert('该栏目暂无信息');</script>"),
        Column("资产监管", "/zcjg/index.html", "other",
               empty_text="<script>document.write('<p class=\"nodata\">该栏目暂无信息</p>');</script>"),
        Column("企业领导", "/qyld/index.html", "other",
               empty_text=f'<div class="zxxx"><h3>最新信息</h3><ul>{latest}</ul></div><ul class="list"></ul>'),
        *(Column(name, f"{folder}index.html", "other", empty_text=fetch_list(f"{folder.strip('/')}List",
                                                                             f"{folder}list.json"))
          for name, (folder, _) in EMPTIES.items()),
        Column("企业改制", "/qygz/index.html", "other", empty_text=vsb_empty(52316, "尚无资料")),
        Column("常见问题", "/cjwt/index.html", "other", empty_text=vsb_empty(49641)),
        Column("人事管理", "/newslist/760304.html", "personnel", side_html=section_menu("人事管理"),
               empty_text='<ul class="sys_newslist"><li><a href="#" target="_blank">暂无此类信息！</a></li></ul>'),
        Column("工作简报", "/newslist/760305.html", "other", side_html=section_menu("工作简报"),
               empty_text=BUILDER_EMPTY),
    ]
    section = [mk.column(name, f"/newslist/{SECTION[name]}.html", kind, 3, 4, "notice", page_path, gap=5,
                         side_html=section_menu(name))
               for name, kind in (("部门职责", "other"), ("计划总结", "plan"), ("招聘公告", "personnel"))]
    others = [
        Column("财务信息", "/cwxx/index.html", "other", fail="json_500",
               empty_text=fetch_list("cwList", "/cwxx/list.json")),
        Column("资产评估", "/zcpg/index.html", "other", fail="json_error_rows",
               empty_text=fetch_list("pgList", "/zcpg/list.json")),
        *(Column(name, f"{folder}index.html", "other", fail="json_said",
                 empty_text=fetch_list(f"{folder.strip('/')}List", f"{folder}list.json"))
          for name, (folder, _) in ERRORS.items()),
        Column("专题专栏", "/ztzl/index.html", "other", fail="to_home", empty_text=""),
        Column("信息公开", "/xxgk/index.html", "other", static_html=(
            f'<p class="tip">本栏目内容请见：<a href="{county}">示范县人民政府信息公开</a></p>')),
        Column("联系我们", "/lxwm/index.html", "other", static_html=(
            '<table class="info"><tr><td>地址</td><td>示范市行政中心北楼8楼</td></tr><tr><td>电话</td>'
            "<td>0799-8239760</td></tr><tr><td>传真</td><td>暂无</td></tr><tr><td>邮编</td><td>439000</td></tr>"
            "</table><p>传真：暂无</p>")),
    ]
    site = Site(meta, cms="trs", columns=[news, notices, filled, *empty, *others, *section],
                blocks=[Block("国资要闻", 6, "md", layout="itemtable"), Block("通知公告", 6)])
    site.raw["/tjxx/list.json"] = Reply(200, JSON, b'{"total":0,"rows":[]}')
    site.raw["/zcpg/list.json"] = Reply(200, JSON, '{"total":0,"rows":[],"code":500,"msg":"系统繁忙"}'.encode())
    for folder, answer in (*ERRORS.values(), *EMPTIES.values()):
        site.raw[f"{folder}list.json"] = Reply(200, JSON, answer.encode())
    site.raw["/cwxx/list.json"] = Reply(500, {"Content-Type": "text/html"}, b"<h1>500 Internal Server Error</h1>")
    site.raw["/zwgk/rows.json"] = Reply(200, JSON, rows_json(filled.items))
    site.raw["/system/resource/js/gotopage.js"] = Reply(200, {"Content-Type": "application/javascript"}, GOTOPAGE)
    site.raw[LIST_JS] = Reply(200, {"Content-Type": "application/javascript"}, LIST_SCRIPT.encode())
    site.raw["/ztzl/index.html"] = Reply(302, {"Location": "/", "Content-Type": "text/html"}, b"")
    return site
