"""The city's intensive platform (集约化平台) the demo's subsites sit on: the city portal's pages at the host's root
and its columns (/col/col10/ …), each showing the city's 网站标识码, and the platform's header with the city's menu
that every subsite's page shows over its own."""

from __future__ import annotations

from govcheck.demo.markup import esc
from govcheck.demo.sites import Maker, hanweb_path
from govcheck.demo.web import Reply

CITY_NAME = "示范市人民政府"
CITY_CODE = "4399000001"
# the city portal's columns, linked from the platform's header on every page
CITY_MENU = (("政务公开", "/col/col10/index.html"), ("要闻动态", "/col/col13/index.html"),
             ("互动交流", "/col/col12/index.html"), ("专题专栏", "/col/col15/index.html"))
HEADER = ('<div class="platform-top"><div class="w"><a class="city" href="/">示范市人民政府门户网站</a>'
          '<ul class="city-nav"><li><a href="/">首页</a></li>'
          + "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in CITY_MENU) + "</ul></div></div>\n")


def city_page(title: str, body: str, name: str = CITY_NAME, code: str = CITY_CODE, header: str = HEADER) -> Reply:
    """A page of the city portal on the platform (or of another site it hosts): that site's marks."""
    text = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{esc(name)}"><meta name="SiteIDCode" content="{code}">'
            f'<meta name="ColumnName" content="{esc(title)}"><title>{esc(title)}_{esc(name)}</title></head><body>\n'
            f'{header}<div class="container">{body}</div>\n<div class="footer"><p>主办：{esc(name)}</p>'
            f'<p>网站标识码：{code} 湘ICP备12034567号-1 湘公网安备 43990002000100号</p></div></body></html>\n')
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8"))


def hosted_site(folder: str, name: str, code: str, columns: tuple[str, ...]) -> dict[str, Reply]:
    """path -> page of a department's site that a portal's platform hosts in a folder (/site/hdjyj/), no site of the
    list: its homepage and its columns, all being built (栏目建设中), each page showing the department's code."""
    menu = "".join(f'<li><a href="{folder}col{n}/index.html">{esc(c)}</a></li>' for n, c in enumerate(columns))
    header = (f'<div class="platform-top"><a href="/">返回门户首页</a></div><div class="dept-nav"><ul>'
              f'<li><a href="{folder}index.html">首页</a></li>{menu}</ul></div>\n')
    pages = {f"{folder}index.html": city_page("首页", f"<h2>{esc(name)}</h2>", name, code, header)}
    for n, c in enumerate(columns):
        body = f'<h2>{esc(c)}</h2><ul class="list"><li>栏目建设中</li></ul>'
        pages[f"{folder}col{n}/index.html"] = city_page(c, body, name, code, header)
    return pages


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


def city_pages(mk: Maker, home: str, name: str) -> tuple[str, dict[str, Reply]]:
    """The city's pages on the platform: (its 要闻 box, path -> page). Two of its columns are being built (栏目建设中):
    the city's empty columns, a subsite's if they were taken for its own."""
    news_rows, raw = city_list(mk, "要闻动态", 13, 1)
    open_rows, open_pages = city_list(mk, "政务公开", 10, 2)
    raw.update(open_pages)
    building = '<ul class="list"><li>栏目建设中</li></ul>'
    box = ('<div class="box city-news"><div class="box-hd"><h3>市政府要闻</h3>'
           f'<a class="more" href="/col/col13/index.html">更多</a></div>{news_rows}</div>')
    raw.update({
        "/": city_page("首页", f'<div class="box"><h3>要闻动态</h3>{news_rows}</div>'
                             f'<div class="bmwz"><h3>部门网站</h3><a href="{home}">{esc(name)}</a></div>'),
        "/col/col13/index.html": city_page("要闻动态", news_rows),
        "/col/col10/index.html": city_page("政务公开", open_rows),
        "/col/col12/index.html": city_page("互动交流", building),
        "/col/col15/index.html": city_page("专题专栏", building),
    })
    raw["/index.html"] = raw["/"]
    return box, raw
