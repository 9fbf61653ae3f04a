"""The demo lists' pagers, as each CMS family writes its page links or script."""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.loaded_lists import count_page_pager
from govcheck.demo.markup import esc

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
