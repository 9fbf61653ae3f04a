"""One module per demo site; each has ``build(meta, env) -> Site``. Shared helpers live here."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from govcheck.demo.column import Column, Item
from govcheck.demo.content import Ids, make_items, seeded
from govcheck.demo.markup import esc
from govcheck.demo.model import Handler, PlantedLink, Site, SiteMeta
from govcheck.demo.web import Reply


@dataclass
class Env:
    """What a site build depends on: the check date, the round, and the real base URL of every IP."""

    as_of: date
    round: int
    bases: dict[str, str]  # IP or site_id -> "http://127.0.0.11:8808/"
    link_cases: list[dict] = field(default_factory=list)  # from linkhosts.link_cases, already rebased


def trs_path(col_dir: str) -> Callable[[date, int], str]:
    return lambda d, i: f"{col_dir}{d:%Y%m}/t{d:%Y%m%d}_{i}.html"


def day_path(prefix: str) -> Callable[[date, int], str]:
    """Articles in a folder per day: /staticpages/20261125/<prefix><id>.html."""
    return lambda d, i: f"/staticpages/{d:%Y%m%d}/{prefix}{i}.html"


def hanweb_path(col_id: int) -> Callable[[date, int], str]:
    return lambda d, i: f"/art/{d.year}/{d.month}/{d.day}/art_{col_id}_{i}.html"


def generic_path(col_dir: str) -> Callable[[date, int], str]:
    return lambda d, i: f"{col_dir}{d:%Y-%m}/{d:%d}/content_{i}.html"


def ucap_path(col_dir: str) -> Callable[[date, int], str]:
    """UCAP's article URLs: a folder per day under the year, unpadded, and a hex name: /jcdt/2026/9/5/<hex>.shtml."""
    return lambda d, i: f"{col_dir}{d.year}/{d.month}/{d.day}/{zlib.crc32(str(i).encode()):08x}{i:024x}.shtml"


def undated_path(col_dir: str) -> Callable[[date, int], str]:
    """Article URLs that carry no date: the article itself is the only place its date shows."""
    return lambda d, i: f"{col_dir}content_{i}.html"


class Maker:
    """Builds the dated items of one site's columns, seeded by (site, as_of, column)."""

    def __init__(self, meta: SiteMeta, env: Env, org: str, id_start: int):
        self.meta, self.env, self.org = meta, env, org
        self.ids = Ids(id_start)

    def items(self, key: str, newest: int, count: int, pool: str, path_for: Callable[[date, int], str],
              gap: int = 6) -> list[Item]:
        rng = seeded(self.meta.site_id, self.env.as_of, key)
        return make_items(rng, self.env.as_of, newest, count, pool, self.org, path_for, self.ids, gap)

    def column(self, name: str, path: str, type_: str, newest: int, count: int, pool: str,
               path_for: Callable[[date, int], str], gap: int = 6, **kw) -> Column:
        return Column(name, path, type_, self.items(path, newest, count, pool, path_for, gap), **kw)

    def day(self, offset: int) -> date:
        return self.env.as_of - timedelta(days=offset)


def newest_apart(col: Column, days: int) -> Column:
    """`col` with every item but its newest `days` older: a list whose newest stands apart from the rest (a card over
    the list, a row whose year is typed wrong)."""
    for item in col.items[1:]:
        item.published -= timedelta(days=days)
    return col


def by_age(col: Column, as_of: date) -> Column:
    """`col` with each row's date shown as its age, as moment.js's fromNow() and timeago templates print it (zh-CN):
    days within a week, weeks within 26 days, months rounded (a month from 26 days on), years."""
    for item in col.items:
        days = (as_of - item.published).days
        item.shown = f"{days}天前" if days < 7 else f"{days // 7}周前" if days < 26 else \
            f"{max(1, round(days / 30.44))}个月前" if days < 320 else f"{max(1, round(days / 365.25))}年前"
    return col


def short_titles(col: Column, *titles: str) -> Column:
    """`col` with its items titled `titles`, as short as a list endpoint's rows can be (too few bytes to guess by)."""
    for item, title in zip(col.items, titles, strict=True):
        item.title = title
    return col


def year_typed_wrong(item: Item) -> None:
    """The list shows `item` a year on, its year typed wrong; its article shows the right date."""
    item.article_date, item.published = item.published, item.published.replace(year=item.published.year + 1)


def more_blocks(columns: list[Column], css: str = "block") -> str:
    """A sub-site's homepage blocks: each column's five newest under its name and a 更多 to its list."""
    return "".join(
        f'<div class="{css}"><div class="{css}-hd"><h3>{esc(c.name)}</h3><a class="more" href="{esc(c.path)}">'
        '更多&gt;&gt;</a></div><ul>' + "".join(
            f'<li><a href="{esc(i.path)}">{esc(i.title)}</a><span>{i.published:%Y-%m-%d}</span></li>'
            for i in c.items[:5]) + "</ul></div>" for c in columns)


def link_list(links: list[PlantedLink], heading: str) -> str:
    """A plain list of the planted links, as a 专题 or 文件下载 page carries them."""
    rows, options = [], []
    for ln in links:
        href = ln.url.replace("&", "&amp;").replace('"', "&quot;")
        text = ln.text.replace("&", "&amp;").replace("<", "&lt;")
        if ln.tag == "img":
            rows.append(f'<li><img src="{href}" alt="{text}" width="120" height="80"></li>')
        elif ln.tag == "option":  # a 友情链接 jump box
            options.append(f'<option value="{href}">{text}</option>')
        else:
            rows.append(f'<li><a href="{href}" target="_blank">{text}</a></li>')
    jump = ('\n<select onchange="if(this.value)window.open(this.value)"><option value="">友情链接</option>'
            + "".join(options) + "</select>") if options else ""
    return f'<div class="links"><h3>{heading}</h3><ul>\n' + "\n".join(rows) + f"\n</ul>{jump}</div>"


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xc0\x10\x10"))
            + chunk(b"IEND", b""))


PNG_1X1 = _png_1x1()


def image() -> Reply:
    return Reply(200, {"Content-Type": "image/png"}, PNG_1X1)


def status_page(status: int, title: str, text: str, headers: dict[str, str] | None = None) -> Reply:
    body = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>{text}</p></body></html>\n").encode()
    return Reply(status, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}, body)


def redirect(location: str, status: int = 302) -> Reply:
    return status_page(status, "302 Found", "页面已移动。", {"Location": location})


def absolute(base: str, url: str, source: str) -> str:
    """The URL a crawler resolves ``url`` (as written on page ``source``) to."""
    if url.startswith("/"):
        return base.rstrip("/") + url
    if url.startswith("#"):
        return base.rstrip("/") + source + url
    return url


def behind_wall(meta: SiteMeta, env: Env, id_start: int, name: str, slug: str, wall: Handler) -> Site:
    """A small fresh department site whose homepage `wall` answers instead of the page (a bot wall): one news column,
    three days old, that nobody behind the wall reads."""
    news = Maker(meta, env, "市", id_start).column(name, f"/{slug}/index.html", "news", 3, 10, "gov_news",
                                                   generic_path(f"/{slug}/"), gap=4, paging="next")
    site = Site(meta, cms="generic", columns=[news], bot_wall=True)
    site.handlers["/"] = site.handlers["/index.html"] = wall
    return site
