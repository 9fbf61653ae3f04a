"""示范市科学技术局 (kjj): a bureau whose homepage is fresh only by boxes whose rows hold no address in an href.

Its two plain blocks, 科技动态 (news, 20 days: stale) and 通知公告 (notice, 30 days), are stale. Beside them:
- 工作要闻 (news, 2 days): each row a <li data-url="…"> of a title and a date, no link; an inline script opens the
  row's data-url on a click;
- 科普动态 (news, 3 days): each row a <li onclick="window.open('…')"> holding its title in an <a> without href, and
  its date;
- 成果动态 (news, 4 days): each row a link to "#" whose data-url names the article, which a script of the box opens
  on a click, and its date;
- 基层动态 (news, 1 day): an empty list an inline script fills, element by element, from a JSON array kept in a
  hidden <textarea> beside it (each item's title, address and pubDate);
- 服务动态 (news, 1 day): an empty list an inline script fills with the rows of a <script type="text/template"> beside
  it (each a link and its date);
- 科技新闻 (news, put up on the check date): each row a <li data-id="…"> of a title and a date, no link, no address:
  an inline script opens the article's page by its id (detail.html?id=…) on a click.
The homepage's last update is 科技新闻's (the check date): it is no 首页不更新, and with one stale news column the site
passes.
"""

from __future__ import annotations

import json

from govcheck.demo.channels import mailbox
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

SHOWN = 6  # rows each homepage box shows


def _box(css: str, title: str, more: str, body: str) -> str:
    return (f'<div class="{css}"><div class="box-hd"><span>{title}</span><a class="more" href="{more}">更多&gt;&gt;'
            f"</a></div>{body}</div>\n")


def islands(local, services) -> str:
    """Two lists scripts fill from data in the page: a hidden <textarea>'s JSON, a template's rows."""
    data = json.dumps([{"title": i.title, "url": i.path, "pubDate": f"{i.published:%Y-%m-%d} 09:00:00"}
                       for i in local.items[:SHOWN]], ensure_ascii=False)
    rows = "".join(f'<li><a href="{esc(i.path)}" target="_blank">{esc(i.title)}</a><span>{i.published:%Y-%m-%d}'
                   "</span></li>" for i in services.items[:SHOWN])
    return (_box("jcdt", local.name, local.path, '<ul class="jc-list" id="jc-list"></ul>'
                 f'<textarea id="jc-data" style="display:none">{esc(data)}</textarea>')
            + "<script>\nvar jcList = document.getElementById('jc-list');\n"
            "JSON.parse(document.getElementById('jc-data').value).forEach(function (it) {\n"
            "  var li = document.createElement('li'), a = document.createElement('a');\n"
            "  var s = document.createElement('span');\n"
            "  a.href = it.url; a.textContent = it.title; s.textContent = it.pubDate.substring(0, 10);\n"
            "  li.appendChild(a); li.appendChild(s); jcList.appendChild(li); });\n</script>\n"
            + _box("fwdt", services.name, services.path, '<ul class="fw-list" id="fw-list"></ul>'
                   f'<script type="text/template" id="fw-tpl">{rows}</script>')
            + "<script>\ndocument.getElementById('fw-list').innerHTML = document.getElementById('fw-tpl').innerHTML;\n"
            "</script>\n")


def by_id(col) -> str:
    """A box of rows a click opens by their data-id, the article's page built by the script: no address in the page."""
    rows = "".join(f'<li data-id="{i.path.rsplit("_", 1)[1].split(".")[0]}"><span class="title">{esc(i.title)}</span>'
                   f'<span class="date">{i.published:%Y-%m-%d}</span></li>' for i in col.items[:SHOWN])
    return (_box("kjxw", col.name, col.path, f'<ul class="zx-list">{rows}</ul>')
            + "<script>\ndocument.querySelectorAll('.zx-list li').forEach(function (li) {\n"
            "  li.onclick = function () { window.open('/kjxw/detail.html?id=' + li.getAttribute('data-id')); }; });\n"
            "</script>\n")


def homepage_html(news, popular, results) -> str:
    """The three boxes: rows a click opens by a data-url, by their own onclick, by a # link's data-url."""
    day = lambda i: f"{i.published:%Y-%m-%d}"  # noqa: E731 - one line per row
    clicked = "".join(f'<li data-url="{esc(i.path)}"><span class="tit">{esc(i.title)}</span><span class="time">'
                      f"{day(i)}</span></li>" for i in news.items[:SHOWN])
    opened = "".join(f'<li style="cursor:pointer" onclick="window.open(\'{esc(i.path)}\')"><a>{esc(i.title)}</a>'
                     f"<span>{day(i)}</span></li>" for i in popular.items[:SHOWN])
    hashed = "".join(f'<li><a href="#" data-url="{esc(i.path)}" title="{esc(i.title)}">{esc(i.title)}</a>'
                    f'<em>{day(i)}</em></li>' for i in results.items[:SHOWN])
    return (_box("gzyw", news.name, news.path, f'<ul class="news-list">{clicked}</ul>')
            + "<script>\ndocument.querySelectorAll('.news-list li').forEach(function (li) {\n"
            "  li.onclick = function () { window.open(li.getAttribute('data-url')); }; });\n</script>\n"
            + _box("kpdt", popular.name, popular.path, f'<ul class="kp-list">{opened}</ul>')
            + _box("cgdt", results.name, results.path, f'<ul class="cg-list" id="cg-list">{hashed}</ul>')
            + "<script>\ndocument.getElementById('cg-list').onclick = function (e) {\n"
            "  var href = e.target.getAttribute('data-url');\n"
            "  if (href) { e.preventDefault(); window.open(href); } };\n</script>\n")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 930000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=5)

    news, popular = col("工作要闻", "gzyw", "news", 2, "gov_news"), col("科普动态", "kpdt", "news", 3, "gov_news")
    results = col("成果动态", "cgdt", "news", 4, "gov_news")
    local, services = col("基层动态", "jcdt", "news", 1, "gov_news"), col("服务动态", "fwdt", "news", 1, "gov_news")
    briefs = col("科技新闻", "kjxw", "news", 0, "gov_news")
    columns = [col("科技动态", "kjdt", "news", 20, "gov_news"), col("通知公告", "tzgg", "notice", 30, "notice"),
               news, popular, results, local, services, briefs]
    # its only consultation channel a 局长热线 whose page lists the calls taken and their replies (标题 | 留言时间 |
    # 办理状态 | 回复时间): one answered 140 days after it came, one waiting for 120 days, one older than a year
    hotline = mailbox("局长热线", "/hdjl/jzrx/", env.as_of, [
        ("关于高新技术企业认定材料的咨询", 30, "已回复", 25), ("咨询科技特派员申报条件", 120, "未回复", None),
        ("反映科技项目资金拨付慢", 200, "已回复", 60), ("关于孵化器租金补贴的咨询", 420, "未回复", None)],
        per_page=10)
    hotline.type, hotline.article_style = "other", "letter"
    columns.append(hotline)
    shown = [i for c in (news, popular, results, local, services, briefs) for i in c.items[:SHOWN]]
    site = Site(meta, cms="trs", columns=columns, blocks=[Block("科技动态", 6), Block("通知公告", 6)],
                homepage_html=homepage_html(news, popular, results) + islands(local, services) + by_id(briefs),
                home_items=shown)
    site.channels.add("consultation")
    return site
