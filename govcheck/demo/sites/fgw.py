"""示范市发展和改革委员会 (fgw): a department site on the city's intensive platform (集约化平台).

The platform's host serves the city portal at its root and the department as a subsite whose homepage is
/col/col1001/index.html; the department's columns are the platform's sibling folders (/col/col1002/ …), its articles
under /art/, as Hanweb's platform lays them out, so no folder holds the department's pages alone. Every page of the
department shows the platform's header over its own: the city portal's menu (首页, 政务公开, 要闻动态,
互动交流, 专题专栏), whose pages are the city's, each saying so by the city's 网站标识码. Two of them are being built
(栏目建设中): the city's empty columns, none of the department's. The department has three empty columns of its own
(政策文件, 规划计划, 项目审批): counted with the city's two it would reach the veto of five.
"""

from __future__ import annotations

from govcheck.demo.markup import esc
from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, hanweb_path
from govcheck.demo.web import Reply

CITY_NAME = "示范市人民政府"
CITY_CODE = "4399000001"
HOME = "/col/col1001/index.html"
# the city portal's columns, linked from the platform's header on every page
CITY_MENU = (("政务公开", "/col/col10/index.html"), ("要闻动态", "/col/col13/index.html"),
             ("互动交流", "/col/col12/index.html"), ("专题专栏", "/col/col15/index.html"))
HEADER = ('<div class="platform-top"><div class="w"><a class="city" href="/">示范市人民政府门户网站</a>'
          '<ul class="city-nav"><li><a href="/">首页</a></li>'
          + "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in CITY_MENU) + "</ul></div></div>\n")


def city_page(title: str, body: str) -> Reply:
    """A page of the city portal on the platform: the city's marks, not the department's."""
    text = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{CITY_NAME}"><meta name="SiteIDCode" content="{CITY_CODE}">'
            f'<meta name="ColumnName" content="{esc(title)}"><title>{esc(title)}_{CITY_NAME}</title></head><body>\n'
            f'{HEADER}<div class="container">{body}</div>\n<div class="footer"><p>主办：{CITY_NAME}办公室</p>'
            f'<p>网站标识码：{CITY_CODE} 湘ICP备12034567号-1 湘公网安备 43990002000100号</p></div></body></html>\n')
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8"))


def city_list(mk: Maker, title: str, col_id: int, newest: int) -> tuple[str, dict[str, Reply]]:
    """A fresh list of the city's and its articles; (the list's rows, path -> page)."""
    items = mk.items(f"city{col_id}", newest, 6, "gov_news", hanweb_path(col_id), gap=3)
    rows = "".join(f'<li><a href="{esc(i.path)}" target="_blank">{esc(i.title)}</a>'
                   f'<span class="date">{i.published:%Y-%m-%d}</span></li>' for i in items)
    pages = {i.path: city_page(i.title, f'<div class="article"><h2>{esc(i.title)}</h2><div class="info">发布时间：'
                                        f'{i.published:%Y-%m-%d} 来源：{CITY_NAME}办公室</div><p>{esc(i.title)}。'
                                        "会议强调，要深入贯彻落实市委市政府决策部署，扎实做好各项工作。</p></div>")
             for i in items}
    return f'<ul class="list">{rows}</ul>', pages


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 560000)
    work = mk.column("工作动态", "/col/col1002/index.html", "news", 3, 10, "gov_news", hanweb_path(1002), gap=4)
    notices = mk.column("通知公告", "/col/col1003/index.html", "notice", 20, 8, "notice", hanweb_path(1003), gap=12)
    policies = Column("政策文件", "/col/col1004/index.html", "policy")
    plans = Column("规划计划", "/col/col1005/index.html", "plan")
    projects = Column("项目审批", "/col/col1006/index.html", "other")
    news_rows, raw = city_list(mk, "要闻动态", 13, 1)
    open_rows, open_pages = city_list(mk, "政务公开", 10, 2)
    raw.update(open_pages)
    building = '<ul class="list"><li>栏目建设中</li></ul>'
    raw.update({
        "/": city_page("首页", f'<div class="box"><h3>要闻动态</h3>{news_rows}</div>'
                             f'<div class="bmwz"><h3>部门网站</h3><a href="{HOME}">市发展和改革委员会</a></div>'),
        "/col/col13/index.html": city_page("要闻动态", news_rows),
        "/col/col10/index.html": city_page("政务公开", open_rows),
        "/col/col12/index.html": city_page("互动交流", building),
        "/col/col15/index.html": city_page("专题专栏", building),
    })
    raw["/index.html"] = raw["/"]
    return Site(meta, cms="generic", columns=[work, notices, policies, plans, projects],
                blocks=[Block("工作动态", 6), Block("通知公告", 5)], raw=raw, platform_header=HEADER)
