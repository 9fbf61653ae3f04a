"""The demo portals served: a Host per site, every page of it rendered once."""

from __future__ import annotations

import gzip
import re
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit

from govcheck.demo import (
    article_markup,
    chrome,
    list_markup,
    list_rows,
    markup,
    menus,
    page_markup,
    pagers,
)
from govcheck.demo.gridview import GRID, GRID_PAGINGS, posted_page
from govcheck.demo.home_markup import (
    FLASH_PLAYER,
    FOCUS_JS,
    FOCUS_SCRIPT,
    block_frame,
    home_block_fill,
    home_block_fill_path,
    home_block_fragment_path,
    home_block_js,
    home_block_js_path,
    home_block_json,
    home_block_path,
    home_frames,
    homepage,
    list_frame,
)
from govcheck.demo.loaded_lists import (
    JS_API,
    PAGED_SID,
    SEARCH_LIST_JS,
    SEARCH_LIST_SCRIPT,
    data_file_json,
    data_path,
    endpoint_json,
    fragment_path,
    js_json,
    load_fragment,
    loader_js,
    paged_json,
    paged_path,
    search_list_path,
)
from govcheck.demo.model import Site
from govcheck.demo.sites import image, sthj
from govcheck.demo.web import DemoRequest, Reply, is_crawler

MAINTENANCE = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{name}</title></head><body>'
               '<div class="notice"><h1>网站改版升级中</h1>'
               '<p>{name}网站正在改版升级，暂停访问，给您带来不便敬请谅解。</p>'
               "</div></body></html>\n")

# the pager script Hanweb pages load; the demo's needs only to exist (crawlers read the datastore)
JPAGE_JS = b"(function($){$.fn.jpage=function(o){return this;};})(window.jQuery||{fn:{}});\n"
CSS = (b"body{font-family:'Microsoft YaHei',SimSun;margin:0}.container{width:1000px;margin:0 auto}"
       b".footer{text-align:center}")


class PortalHost:
    """Serves one demo site: every page is rendered once, when the host is made."""

    def __init__(self, site: Site, bases: dict[str, str]):
        self.site = site
        self.routes: dict[str, Reply] = {}
        self.postbacks: dict[str, list[Reply]] = {}  # an ASP.NET list's address -> its pages, by __EVENTARGUMENT
        if site.meta.https_dead:
            self.fallback = Reply(301, {"Location": f"https://{site.meta.ip}/", "Content-Type": "text/html"},
                                  b"<html><body>301 Moved Permanently</body></html>")
            return
        if site.cms == "static":
            self.fallback = Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                                  MAINTENANCE.format(name=site.meta.name).encode())
            return
        self.fallback = Reply(404, {"Content-Type": "text/html; charset=utf-8"}, page_markup.ERROR_PAGE.encode())
        self._render(bases)

    def _html(self, text: str, bare: bool = False) -> Reply:
        s = self.site
        ctype = f"text/html; charset={s.charset}" if s.header_charset and not bare else "text/html"
        return Reply(200, {"Content-Type": ctype}, markup.encode(text, s.charset))

    def _render(self, bases: dict[str, str]) -> None:
        s = self.site
        r: dict[str, Reply] = {}
        r["/"] = r["/index.html"] = self._html(homepage(s, bases))
        if s.home_type:
            r["/"] = r["/index.html"] = Reply(200, {"Content-Type": s.home_type}, r["/"].body)
        for alias in s.home_aliases:
            r[alias] = r["/"]
        if s.meta.home:  # a platform's subsite: its homepage in its folder, the host's root the platform's (raw)
            r[s.meta.home] = r.pop("/")
            del r["/index.html"]
        for path, text in home_frames(s, bases).items():
            r[path] = self._html(text)
        json_type = {"Content-Type": "application/json; charset=utf-8"}
        for col in s.columns:
            for n in range(len(col.pages())):
                if col.paging == "pages":  # one list page; its endpoint's pages
                    r[paged_path(col, n)] = Reply(200, json_type, paged_json(col, n).encode())
                    if col.sid_var:  # asked without the site's id, its backend finds no article
                        r[paged_path(col, n).replace(f"&sid={PAGED_SID}", "")] = Reply(
                            200, json_type, b'{"classify": null, "total": 0, "articles": []}')
                    if col.sid_var:
                        r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"},
                                                 markup.JQUERY_JS.encode())
                    if col.gkml == "category" and not n:  # its list is its endpoint's answer alone
                        r[col.path] = r[paged_path(col, 0)]
                    if n or col.gkml == "category":
                        continue
                if col.paging in ("aspnet", "anp", *GRID_PAGINGS):  # one address: page k is the form posted back
                    self.postbacks.setdefault(col.path, []).append(
                        self._html(list_markup.list_page(s, col, n, bases), bare=col.bare_encoding))
                    if n:
                        continue
                r[col.page_path(n)] = self._html(list_markup.list_page(s, col, n, bases), bare=col.bare_encoding)
            if col.frame is not None:
                r[urlsplit(col.frame).path] = self._html(page_markup.SIGN_IN_PAGE if col.fail == "frame_sign_in"
                                                         else list_frame(s, col))
            if col.entry is not None:
                r[col.entry] = self._html(markup.script_redirect(col.path))
            for alias in (*col.aliases, *col.more_as):
                r[alias] = r[col.path]
            if col.more_size:  # its 更多's address asks another page size: the same list's first rows, one page
                sized = replace(col, per_page=col.more_size, paging="none")
                for alias in col.more_as:
                    r[alias] = self._html(list_markup.list_page(s, sized, 0, bases), bare=col.bare_encoding)
            if col.paging == "stuck":  # every page of its pager is its first
                for k in range(2, pagers.STUCK_PAGES + 1):
                    r[f"{col.path}?page={k}"] = r[col.path]
            if col.fail == "gzip_bare":  # compressed bytes, no Content-Encoding: what a browser shows is garbage
                for path in (col.path, *col.aliases):
                    r[path] = Reply(200, r[path].headers, gzip.compress(r[path].body, mtime=0))
            if col.fail == "hang":  # the list page never answers
                for path in (col.path, *col.aliases):
                    r[path] = Reply(action="hang")
            for item in col.items:
                if not item.path.startswith("/"):
                    continue
                if item.link:
                    r[item.link] = Reply(301, {"Location": item.path, "Content-Type": "text/html; charset=utf-8"},
                                         b"<html><body>Moved Permanently</body></html>")
                if col.fail == "articles_503":
                    r[item.path] = status_503()
                elif col.fail == "articles_firewall":
                    r[item.path] = self._html(page_markup.FIREWALL_PAGE)
                else:
                    r[item.path] = self._html(article_markup.article(s, col, item, bases))
            if col.site_code:  # an office's old pages: its old 网站标识码 where the site's would be
                for path in {*(col.page_path(n) for n in range(len(col.pages()))), *(i.path for i in col.items)}:
                    r[path].body = r[path].body.replace(s.meta.site_code.encode(), col.site_code.encode())
            if col.paging == "js":
                r[JS_API] = Reply(200, json_type, js_json(col).encode())
            if col.paging in ("json", "script"):
                r[data_path(col)] = self._html(page_markup.MAINTENANCE_PAGE) if col.fail == "json_page" else \
                    Reply(200, json_type, endpoint_json(col).encode())
            if col.paging == "load":
                # with its charset: the page's <meta> does not reach a script's request
                r[fragment_path(col)] = Reply(200, {"Content-Type": f"text/html; charset={s.charset}"},
                                                     markup.encode(load_fragment(col), s.charset))
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.gbk_data:  # GBK bytes under no charset, or a wrong one
                data = data_path(col) if col.paging in ("json", "script") else fragment_path(col)
                mime = r[data].headers["Content-Type"].split(";")[0]
                ctype = mime if col.gbk_data == "none" else f"{mime};charset={col.gbk_data}"
                r[data] = Reply(200, {"Content-Type": ctype}, r[data].body.decode(s.charset).encode("gbk"))
            if col.paging == "searchlist":  # its script file, and the endpoint that script builds the address of
                r[search_list_path(col)] = Reply(200, json_type, data_file_json(col).encode())
                r[SEARCH_LIST_JS] = Reply(200, {"Content-Type": "application/javascript"},
                                                 SEARCH_LIST_SCRIPT.encode())
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.paging == "datafile":  # the JSON file its platform writes beside the list page
                r[col.canonical.rsplit("/", 1)[0] + "/" + col.data_file] = Reply(
                    200, json_type, data_file_json(col).encode())
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if col.paging == "script":
                r[data_path(col).replace("data.json", "loader.js")] = Reply(
                    200, {"Content-Type": "application/javascript"}, loader_js(col).encode())
        if s.carousel:
            r[FOCUS_JS] = Reply(200, {"Content-Type": "application/javascript"}, FOCUS_SCRIPT.encode())
        for n, block in enumerate(s.blocks):
            if block.frame_url:
                r[urlsplit(block.frame_url).path] = self._html(block_frame(s, block))
            if block.filled and block.fails != "script":  # a script file gone answers 404
                r[home_block_fill_path(n)] = Reply(200, {"Content-Type": "application/javascript"},
                                                          home_block_fill(n, block.load_after).encode())
            if block.filled:
                r[home_block_path(n)] = Reply(500, {"Content-Type": "text/html"}, b"<h1>500</h1>") \
                    if block.fails else Reply(200, json_type, home_block_json(s, block).encode())
            if block.scripted:
                r[home_block_path(n)] = Reply(200, json_type, home_block_json(s, block).encode())
            if block.loaded:  # the pane's rows, an HTML fragment
                rows = list_rows.entries(s.column(block.column).items[:block.count], block.style, "li")
                r[home_block_fragment_path(n)] = Reply(200, {"Content-Type": f"text/html; charset={s.charset}"},
                                                              markup.encode(rows, s.charset))
                r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
            if block.external:
                js_type = {"Content-Type": f"application/javascript; charset={s.charset}"}
                r[home_block_js_path(n)] = Reply(200, js_type,
                                                        markup.encode(home_block_js(s, block), s.charset))
        r["/wzdt/index.html"] = self._html(page_markup.sitemap(s, bases))
        m = s.meta
        r["/lxwm/index.html"] = self._html(page_markup.simple(s, "联系我们", (
            f"<p>地址：{markup.esc(m.address)}</p><p>电话：{m.phone}</p>"
            "<p>工作时间：工作日 8:30-12:00，14:30-17:30</p>"), bases))
        r["/wzjc/index.html"] = self._html(page_markup.simple(s, "我为政府网站找错", (
            "<p>如发现本网站存在错别字、链接不可用、信息不更新等问题，请通过全国政府网站找错平台或拨打"
            f"{m.phone}反映。</p>"), bases))
        r["/wzsm/index.html"] = self._html(page_markup.simple(s, "网站声明", (
            f"<p>本网站由{markup.esc(m.sponsor)}主办，未经许可，任何单位和个人不得转载本网站原创信息。</p>"), bases))
        r["/search/index.html"] = self._html(page_markup.simple(s, "站内搜索", "<p>请输入关键词。</p>", bases))
        for path, (title, body) in s.pages.items():
            r[path] = self._html(page_markup.simple(s, title, body, bases))
        r["/404.html"] = Reply(200, {"Content-Type": "text/html; charset=utf-8"}, page_markup.ERROR_PAGE.encode())
        if s.footer_script:
            r[chrome.FOOTER_JS] = Reply(200, {"Content-Type": f"application/javascript; charset={s.charset}"},
                                        markup.encode(chrome.footer_js(s, bases), s.charset))
        r["/css/style.css"] = Reply(200, {"Content-Type": "text/css"}, CSS)
        r["/images/gaba.png"] = r["/images/jiucuo.png"] = r["/favicon.ico"] = image()
        if s.cms == "hanweb" or any(b.store for b in s.blocks):
            r["/module/web/jpage/jpage.js"] = Reply(200, {"Content-Type": "application/javascript"}, JPAGE_JS)
        if s.menu_js:
            r[s.menu_js] = Reply(200, {"Content-Type": f"application/javascript; charset={s.charset}"},
                                 markup.encode(menus.menu_js(s), s.charset))
        for n in range(1, len(s.slides) + 1):
            r[f"/images/tpxw{n}.jpg"] = image()
        for n in range(1, len(s.flash_slides) + 1):
            r[f"/images/flash{n}.jpg"] = image()
        if s.flash_slides:
            r[FLASH_PLAYER] = Reply(200, {"Content-Type": "application/x-shockwave-flash"}, b"CWS\x06")
        if s.header_js:
            r[s.header_js] = Reply(200, {"Content-Type": "application/javascript"}, menus.header_js(s).encode())
        if s.header_load:
            r[menus.HEADER_FRAGMENT] = self._html(menus.header_fragment(s))
            r[markup.JQUERY] = Reply(200, {"Content-Type": "application/javascript"}, markup.JQUERY_JS.encode())
        if s.menu_file:
            r[menus.MENU_FILE] = Reply(200, {"Content-Type": "application/json; charset=utf-8"},
                                        menus.menu_data(s).encode("utf-8"))
        if s.spa:
            self._spa(r)
        r.update(s.raw)
        self.routes.update({route_key(k): v for k, v in r.items()})

    def _spa(self, r: dict[str, Reply]) -> None:
        """A single-page app: its homepage and column pages served as the app's shell, each drawn by the bundle from
        the page's markup the API answers."""
        s = self.site
        paths = {"/index.html"} | {p for c in s.columns for p in (*(c.page_path(n) for n in range(len(c.pages()))),
                                                                   *c.aliases)}
        for path in sorted(paths):
            r[page_markup.spa_page_path(path)] = Reply(200, {"Content-Type": "application/json; charset=utf-8"},
                                                  page_markup.spa_page(r[path].body.decode(s.charset)).encode())
            r[path] = self._html(page_markup.spa_shell(s))
        r["/"] = r["/index.html"]
        r[page_markup.SPA_JS] = Reply(200, {"Content-Type": "application/javascript"}, page_markup.SPA_SCRIPT.encode())
        r["/static/js/chunk-vendors.js"] = Reply(200, {"Content-Type": "application/javascript"},
                                                 b"/* the app's libraries */\n")
        r["/static/css/app.css"] = Reply(200, {"Content-Type": "text/css"}, CSS)

    def respond(self, req: DemoRequest) -> Reply:
        if self.site.meta.waf and is_crawler(req):
            return Reply(403, {"Content-Type": "text/html; charset=utf-8"}, sthj.WAF_PAGE.encode())
        handler = self.site.handlers.get(req.path)
        if handler is not None:
            reply = handler(req)
            if reply is not None:
                return reply
        if req.path == markup.HANWEB_PROXY and self.site.cms == "hanweb":
            return self._dataproxy(req)
        if req.method == "POST" and req.path in self.postbacks:
            form = dict(parse_qsl(req.body.decode("latin-1")))
            pages = self.postbacks[req.path]
            k = form.get("__EVENTARGUMENT", "1")
            if form.get("__EVENTTARGET") == GRID:  # a GridView's pager: Page$N, Page$First, Page$Last
                k = str(posted_page(form, len(pages)) or "")
            elif form.get("__EVENTTARGET") != pagers.ASPNET_PAGER:
                k = ""
            if not k.isdigit() or not 1 <= int(k) <= len(pages):
                return Reply(500, {"Content-Type": "text/html; charset=utf-8"}, b"Invalid postback argument")
            return pages[int(k) - 1]
        if req.query:  # pages told apart by their query (list.jsp?classid=5&page=2, show.jsp?id=9)
            found = self.routes.get(f"{req.path}?{urlencode(sorted(req.query.items()))}")
            if found is not None:
                return found
        found = self.routes.get(req.path)
        if found is None and req.path.endswith("/"):  # a directory serves its index page, as web servers do
            found = self.routes.get(req.path + "index.html")
        return self.fallback if found is None else found

    def _dataproxy(self, req: DemoRequest) -> Reply:
        """Hanweb's next groups: the same <datastore> XML for records startrecord..endrecord of a column."""
        params = dict(req.query)
        params.update(parse_qsl(req.body.decode("latin-1")))
        referer = re.search(r"/col/col(\d+)/", req.headers.get("referer", ""))
        try:
            col_id = int(params.get("columnid") or (referer.group(1) if referer else self._first_hanweb_id()))
            start = max(1, int(params.get("startrecord", "1")))
            end = int(params.get("endrecord", str(start + 14)))
        except ValueError:
            return Reply(400, {"Content-Type": "text/plain"}, b"bad parameters")
        col = next((c for c in self.site.columns if c.hanweb_id == col_id and c.paging == "hanweb"), None)
        if col is None:
            return Reply(200, {"Content-Type": f"text/xml; charset={self.site.charset}"}, b"<datastore></datastore>")
        xml = f'<?xml version="1.0" encoding="{self.site.charset}"?>\n' + list_markup.datastore(col, start, end)
        return Reply(200, {"Content-Type": f"text/xml; charset={self.site.charset}"},
                     markup.encode(xml, self.site.charset))


    def _first_hanweb_id(self) -> str:
        return str(next((c.hanweb_id for c in self.site.columns if c.paging == "hanweb"), 0))


def route_key(url: str) -> str:
    """A route's key: the path, and the query with its parameters sorted."""
    path, _, query = url.partition("?")
    return f"{path}?{urlencode(sorted(parse_qsl(query, keep_blank_values=True)))}" if query else path


def status_503() -> Reply:
    return Reply(503, {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"},
                 "<html><body><h1>503 Service Unavailable</h1><p>服务器繁忙。</p></body></html>".encode())


class ExternalFallback:
    """Stands in for linkhosts.py's external host when that module is absent: serves the conac mark image."""

    def respond(self, req: DemoRequest) -> Reply:
        if req.path == markup.CONAC_IMAGE_PATH:
            return image()
        return Reply(404, {"Content-Type": "text/html; charset=utf-8"}, page_markup.ERROR_PAGE.encode())
