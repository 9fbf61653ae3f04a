"""What the demo's page builders share (menus.py, chrome.py, list_rows.py, pagers.py, list_markup.py, loaded_lists.py,
article_markup.py, home_markup.py, page_markup.py, each writing HTML the way the real CMS families write it): escaping,
encodings, the dates as lists write them, the menu's columns and addresses."""

from __future__ import annotations

from datetime import date
from html import escape

from govcheck.demo.column import Column
from govcheck.demo.model import Site

CONAC_IMAGE_PATH = "/images/conac/red.png"  # served by the external host (linkhosts.py, or the fallback)
HANWEB_PROXY = "/module/web/jpage/dataproxy.jsp"


def esc(text: str) -> str:
    return escape(text, quote=True)


def encode(text: str, charset: str) -> bytes:
    # characters outside GBK become numeric references, as a browser-saved GBK page would have them
    return text.encode(charset, "xmlcharrefreplace")


# --- dates -----------------------------------------------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cn_date(d: date, zero: str = "〇") -> str:
    """A date in Chinese numerals: 二〇二六年十一月二十日 (`zero`: ○, as many a 公文 writes it, 二○二六年)."""
    digits = zero + "一二三四五六七八九"

    def small(n: int) -> str:  # 1..31
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")

    return "".join(digits[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def fmt_date(d: date, style: str, hour: str = "10:30") -> str:
    if style == "iso":
        return d.isoformat()
    if style == "bracket":
        return f"[{d.isoformat()}]"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "pub":
        return f"发布时间：{d.isoformat()} {hour}"
    if style == "ymdhm":  # PHP's date("Y-m-d H:i"), as DedeCMS's tranTime() writes a date three days old or more
        return f"{d.isoformat()} {hour}"
    if style == "md":
        return f"({d.month:02d}-{d.day:02d})"
    if style == "mdd":  # DedeCMS's MyDate('m-d',@me): the month and day alone, bare
        return f"{d.month:02d}-{d.day:02d}"
    if style == "mdsq":  # month and day with a hyphen, in brackets: [11-25] (Epoint's lists, realpage 74)
        return f"[{d.month:02d}-{d.day:02d}]"
    if style == "mddot":  # month and day with a dot, in brackets: [11.25]
        return f"[{d.month:02d}.{d.day:02d}]"
    if style == "yy":  # a two-digit year, as PHP's date('y-m-d') writes it: [26-11-25]
        return f"[{d:%y-%m-%d}]"
    if style == "wd":  # the date and its weekday: 2026-11-26 星期四
        return f"{d.isoformat()} 星期{'一二三四五六日'[d.weekday()]}"
    if style == "yydot":  # a two-digit year, the figures dotted, as some list templates write it: 26.11.20
        return f"{d:%y.%m.%d}"
    if style == "yyslash":  # the same slashed, in brackets: [26/11/20]
        return f"[{d:%y/%m/%d}]"
    if style == "dmy":  # the day first, slashed, as a template of a foreign CMS writes it: 20/11/2026
        return f"{d:%d/%m/%Y}"
    if style == "solid":  # the date's figures run together, as some 信息公开 platforms print it: 20261120
        return f"{d:%Y%m%d}"
    if style == "solidlabel":  # the figures run together under a bare 日期 label: 日期：20261120
        return f"日期：{d:%Y%m%d}"
    if style == "mdy":  # month first, a two-digit year, as an English template writes it (WordPress's m/d/y): 11/10/26
        return f"{d:%m/%d/%y}"
    if style == "dmyy":  # day first, a two-digit year, as a British template writes it (d/m/y): 20/11/26
        return f"{d:%d/%m/%y}"
    if style == "en":  # an English sub-site's: Nov 25, 2026
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(f"unknown date style {style!r}")


# --- the frame every page shares -------------------------------------------------------------------------

def off_menu(site: Site) -> tuple[str, ...]:
    """Top columns that a box of their own lists, not the menu nor the site map."""
    return (*site.map_menu, *site.pane_only, *site.dh_menu, *site.td_menu)


def top_columns(site: Site) -> list[Column]:
    return [c for c in site.columns if c.parent is None and c.name not in off_menu(site)]


def children(site: Site, name: str) -> list[Column]:
    return [c for c in site.columns if c.parent == name]


def nav_href(col: Column) -> str:
    """The URL menus link a column by: its entry page, else its first alias (a directory) when it has one."""
    return col.away + col.path if col.away else col.entry or (col.aliases[0] if col.aliases else col.path)


def script_redirect(target: str) -> str:
    """A page that shows nothing and sends its visitor on by a script, as old column index pages do."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n'
            f'<script type="text/javascript">window.location.href="{esc(target)}";</script>\n</body></html>\n')


def home_href(site: Site, hanweb: bool = False) -> str:
    """Where a site's own 首页 links lead: its homepage, a platform's subsite's under its folder."""
    return site.meta.home or ("/index.html" if hanweb else "/")


JQUERY = "/js/jquery.min.js"
# As much of jQuery as a `load` list uses: $(selector).load(url) puts the answer into the element
JQUERY_JS = """function $(s) {
  return {load: function (u) {
    fetch(u).then(function (r) { return r.text(); }).then(function (t) { document.querySelector(s).innerHTML = t; });
  }};
}
$.ajax = function (o) {
  fetch(o.url).then(function (r) { return r.json(); }).then(o.success);
};
$.getJSON = function (u, d, cb) {
  fetch(u + '?' + new URLSearchParams(d)).then(function (r) { return r.json(); }).then(cb);
};
"""
