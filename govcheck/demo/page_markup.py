"""The demo's other pages: site maps, simple pages, the pages a wall or an error shows, an app's shell."""

from __future__ import annotations

import json
import re

from govcheck.demo.chrome import page
from govcheck.demo.markup import children, esc, nav_href, off_menu
from govcheck.demo.menus import menu_entry, menu_js, menu_script
from govcheck.demo.model import Site


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
        cols = [c for c in site.columns if c.parent == parent and c.name not in off_menu(site)]
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
