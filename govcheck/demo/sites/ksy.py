"""示范市教育考试院 (ksy): a bureau's site built on 博达's VSB (站群, its .htm templates), as many universities'
and some government offices' sites are. Every page is VSB's markup, not the demo's common template:

- a column's first list page is `/ksdt.htm` (or `/zwgk/zcfg.htm` under a section's folder), its further static
  pages in a folder of the same name numbered DOWNWARD from the oldest: `/ksdt/3.htm` is the second-newest page,
  `/ksdt/1.htm` the oldest. The pager (`div.pb_sys_common`) says 下页 and 尾页 inside `span.p_next` /
  `span.p_last` (each link alone in its span, the page numbers each in a `span.p_no` of their own, all in
  `span.p_pages`), with 共N条 and N/M in `span.p_t`; older templates write `<td id="fanye…">共23条 1/2</td>` and
  `<a class="Next">下页</a><a class="Next">尾页</a>`. Pager pages are pages of their column, never columns.
- articles at `/info/<tree id>/<id>.htm`, dated in spans classed `timestyle<unit id>` (2026-11-25, 2026年11月25日) or
  a day apart from its year-month (`<span class="day">25</span><span class="ym">2026-11</span>`); list rows
  `<li id="line_u8_0">`, or `<tr id="line_u8_0">` in a `table.winstyle…`; each list page includes VSB's
  system scripts (dynclicks.js, statpagedown.js: click counts, no list) and `_showDynClickBatch(…)`.
- a dynamic column, `list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005`, paged by
  `?totalpage=2&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1005` (the server ignores totalpage).

Columns: 考试动态 (news, 2 days, 8 pages), 通知公告 (notice, old template, 年月日 dates, 2 pages), 政务公开 > 政策法规
(policy, day apart, 60 days, 2 pages), 招考信息 (personnel, the dynamic list, 20 days, 2 pages): ok. 工作动态 (news):
its first page ten items pinned on top (置顶, VSB marks none), a year and more old, its newest, 6 days old, first on
page two: fresh, though page one alone reads stale. 党建动态 (news): the same, its newest 45 days old on page two:
stale, its last update only a later page shows. 媒体聚焦 (news, 30 days: stale): its page two never published (404,
a broken link, 0.1 off), so page one alone tells. 政务公开 > 人事信息 (personnel): empty as VSB draws it, no row and a
pager of 共0条 beside VSB's scripts. 招生快讯 and 考务要闻 (news, 40 days on page one): their page two, which may hold
their newest below old items pinned on top, answers 503 every time, or resets the connection (a broken link each, 0.1
off): unverified, never stale for what could not be read. Two stale columns and one empty: the site passes, 99.7.
"""

from __future__ import annotations

import posixpath
import random
from datetime import date, timedelta

from govcheck.demo import chrome
from govcheck.demo.column import Column, Item
from govcheck.demo.markup import esc
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env
from govcheck.demo.web import DemoRequest, Reply

TITLES = (
    "全市{year}年普通高考考务工作会议召开", "市教育考试院部署全国硕士研究生招生考试考务工作",
    "市教育考试院开展标准化考点巡查",
    "{year}年下半年全国大学英语四六级考试顺利结束", "市教育考试院召开自学考试工作推进会", "全市中考命题工作总结会召开",
    "市教育考试院开展考试安全专项检查", "{year}年成人高考录取工作圆满完成", "市教育考试院举办考务人员业务培训班",
    "全市教育考试系统召开党风廉政建设工作会议", "市教育考试院开展“考试诚信”主题宣传活动",
    "{year}年下半年中小学教师资格考试笔试顺利举行", "市教育考试院督导检查各考区考前准备工作",
    "关于{year}年下半年全国计算机等级考试报名工作的通知", "关于做好{year}年普通高考报名工作的通知",
    "关于{year}年全国硕士研究生招生考试网上确认的公告", "关于调整自学考试部分专业考试计划的通知",
)
SYSTEM_JS = ("/system/resource/js/dynclicks.js", "/system/resource/js/news/statpagedown.js",
             "/system/resource/js/gotopage.js")
OWNER = 1747285634  # the site's owner id in VSB's click counters
DYNAMIC = "/list.jsp"
ZKXX_TREE = 1005
UNPUBLISHED = "/mtjj/1.htm"  # 媒体聚焦's page two, never published
# page two that the server cannot serve: a 503 every time, a connection reset every time
UNSERVED = {"/zskx/1.htm": ("http_5xx", Reply(503, {"Content-Type": "text/html; charset=utf-8"},
                                              b"<html><body><h1>503 Service Unavailable</h1></body></html>")),
            "/kwyw/1.htm": ("connection_reset", Reply(action="reset"))}


def build(meta: SiteMeta, env: Env) -> Site:
    ids = iter(range(2211, 9999, 7))

    def items(key: str, tree: int, newest: int, count: int, gap: int, pinned: bool = False) -> list[Item]:
        rng = random.Random(f"{meta.site_id}|{env.as_of.isoformat()}|{key}")
        day, out = env.as_of - timedelta(days=newest), []
        for k in range(count):
            title = TITLES[rng.randrange(len(TITLES))].format(year=day.year)
            # a dynamic list's articles are dynamic too: content.jsp?…&wbnewsid=, the static ones /info/<tree>/<id>.htm
            path = f"/content.jsp?urltype=news.NewsContentUrl&wbtreeid={tree}&wbnewsid={next(ids)}" \
                if tree == ZKXX_TREE else f"/info/{tree}/{next(ids)}.htm"
            out.append(Item(title, path, day, hour=f"{9 + k % 8:02d}:{15 * (k % 4):02d}", pinned=pinned))
            day -= timedelta(days=rng.randint(1, gap))
        return out

    def col(name: str, path: str, type_: str, its: list[Item], per_page: int = 12, **kw) -> Column:
        return Column(name, path, type_, its, per_page=per_page, paging="none", **kw)

    columns = [
        col("考试动态", "/ksdt.htm", "news", items("ksdt", 1001, 2, 40, 4), per_page=5),
        # ten pinned items fill page one; the newest of the others opens page two
        col("工作动态", "/gzdt.htm", "news", items("gzdt-top", 1002, 400, 10, 30, pinned=True)
            + items("gzdt", 1002, 6, 25, 5), per_page=10),
        col("党建动态", "/djdt.htm", "news", items("djdt-top", 1003, 420, 10, 30, pinned=True)
            + items("djdt", 1003, 45, 25, 6), per_page=10),
        # its page two never published (VSB writes static pages): a 404 where the pager leads
        col("媒体聚焦", "/mtjj.htm", "news", items("mtjj", 1007, 30, 8, 9), per_page=5),
        col("通知公告", "/tzgg.htm", "notice", items("tzgg", 1004, 8, 23, 9), per_page=15),
        col("政策法规", "/zwgk/zcfg.htm", "policy", items("zcfg", 1006, 60, 14, 20), per_page=10, parent="政务公开"),
        col("招考信息", f"{DYNAMIC}?urltype=tree.TreeTempUrl&wbtreeid={ZKXX_TREE}", "personnel",
            items("zkxx", ZKXX_TREE, 20, 16, 15), per_page=10),
        col("人事信息", "/zwgk/rsxx.htm", "personnel", [], parent="政务公开"),
        # stale on page one, newest first: page two (maybe the list's newest after items pinned on top) unserved
        col("招生快讯", "/zskx.htm", "news", items("zskx", 1008, 40, 8, 9), per_page=5, fail="page_two_503"),
        col("考务要闻", "/kwyw.htm", "news", items("kwyw", 1009, 40, 8, 9), per_page=5, fail="page_two_reset"),
    ]
    site = Site(meta, cms="generic", columns=columns, blocks=[Block("考试动态", 6), Block("通知公告", 6)],
                links=[PlantedLink(UNPUBLISHED, "/mtjj.htm", "下页", "http_404", "broken")]
                + [PlantedLink(path, path[:-6] + ".htm", "下页", category, "broken")
                   for path, (category, _) in UNSERVED.items()])
    bases = env.bases
    raw = {"/": _html(homepage(site, bases)), "/index.htm": _html(homepage(site, bases)),
           "/index.html": _html(homepage(site, bases))}
    for c in columns:
        pages = _pages(c)
        for n in range(len(pages)):
            if not c.path.startswith(DYNAMIC) and page_path(c, n, len(pages)) != UNPUBLISHED:
                raw[page_path(c, n, len(pages))] = _html(list_page(site, c, n, bases))
        for item in c.items:
            raw[item.path] = _html(article(site, c, item, bases))
    for path, (_, reply) in UNSERVED.items():
        raw[path] = reply
    for path in SYSTEM_JS:
        raw[path] = Reply(200, {"Content-Type": "application/javascript"}, b"/* VSB */\n")
    for path in ("/style/style.css", "/system/resource/css/pagedown/sys.css"):
        raw[path] = Reply(200, {"Content-Type": "text/css"}, b"body{margin:0}\n")
    site.raw = raw
    site.handlers[DYNAMIC] = lambda req: _dynamic(site, req, bases)
    return site


def _html(text: str) -> Reply:
    return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8"))


def _pages(c: Column) -> list[list[Item]]:
    shown = c.shown()
    return [shown[i:i + c.per_page] for i in range(0, len(shown), c.per_page)] or [[]]


def page_path(c: Column, n: int, total: int) -> str:
    """VSB's static pages: the first at the column's own .htm, page n+1 at <folder>/<total - n>.htm."""
    if c.path.startswith(DYNAMIC):
        return f"{c.path}&PAGENUM={n + 1}&totalpage={total}" if n else c.path
    return c.path if n == 0 else f"{c.path[:-4]}/{total - n}.htm"


def news_id(item: Item) -> str:
    return item.path.rsplit("=", 1)[-1] if "wbnewsid=" in item.path else item.path.rsplit("/", 1)[-1][:-4]


def rel(source: str, target: str) -> str:
    """A link as VSB writes it: relative to the page it is on."""
    if target.startswith(DYNAMIC):
        return posixpath.relpath("/list.jsp", posixpath.dirname(source)) + target[len(DYNAMIC):]
    return posixpath.relpath(target, posixpath.dirname(source) or "/")


def shown_date(d: date, c: Column) -> str:
    """通知公告 writes its dates 2026年11月5日, the others 2026-11-05."""
    return f"{d.year}年{d.month}月{d.day}日" if c.name == "通知公告" else d.isoformat()


# --- the page around --------------------------------------------------------------------------------------------

def page(site: Site, here: str, title: str, body: str, bases: dict[str, str], metas: dict[str, str]) -> str:
    m = site.meta
    head = {"SiteName": m.name, "SiteDomain": bases.get(m.site_id, ""), "SiteIDCode": m.site_code, **metas}
    meta_tags = "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in head.items())
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            f"<title>{esc(title)}</title>\n"
            f'<META Name="keywords" Content="{esc(m.name)}" />\n{meta_tags}\n'
            f'<link rel="stylesheet" type="text/css" href="{rel(here, "/style/style.css")}">\n'
            '<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>\n'
            "</head>\n<body>\n"
            f'<div class="header"><div class="logo"><a href="{rel(here, "/index.htm")}"><h1>{esc(m.name)}</h1></a>'
            "</div></div>\n"
            f"{menu(site, here)}\n<div class=\"main\">\n{body}\n</div>\n"
            f'<div class="footer">{chrome.footer_marks(site, bases)}</div>\n</body></html>\n')


def href(c: Column, here: str) -> str:
    return esc(rel(here, c.path))


def menu(site: Site, here: str) -> str:
    tops = [c for c in site.columns if c.parent is None]
    subs = [c for c in site.columns if c.parent == "政务公开"]
    entries = "".join(f'<li><a href="{href(c, here)}">{esc(c.name)}</a></li>' for c in tops)
    group = ('<li class="sub"><a href="javascript:;">政务公开</a><ul>'
             + "".join(f'<li><a href="{href(c, here)}">{esc(c.name)}</a></li>' for c in subs) + "</ul></li>")
    return (f'<div class="nav"><ul class="menu"><li><a href="{rel(here, "/index.htm")}">首页</a></li>{entries}'
            f"{group}</ul></div>")


def crumb(site: Site, c: Column, here: str, tail: str = "") -> str:
    trail = [f'<a href="{rel(here, "/index.htm")}"><span class="fontstyle44006">首页</span></a>']
    if c.parent:
        trail.append(f'<span class="fontstyle44006">{esc(c.parent)}</span>')
    trail.append(f'<a href="{href(c, here)}"><span class="fontstyle44006">{esc(c.name)}</span></a>')
    if tail:
        trail.append(f'<span class="fontstyle44006">{tail}</span>')
    sep = '<span class="splitflagstyle44006">&gt;&gt;</span>'
    return f'<table class="winstyle44006" cellspacing="0" cellpadding="0"><tr><td nowrap>当前位置：{sep.join(trail)}' \
           "</td></tr></table>"


# --- lists --------------------------------------------------------------------------------------------------

def row(item: Item, here: str, n: int, layout: str, c: Column) -> str:
    link = esc(rel(here, item.path))
    when = shown_date(item.published, c)
    if layout == "table":  # the older templates: a table, the link classed c<unit>, the date in a timestyle span
        return (f'<tr id="line_u8_{n}"><td class="lm_list"><a class="c44008" href="{link}" target="_blank" '
                f'title="{esc(item.title)}">{esc(item.title)}</a></td><td width="1%" nowrap>'
                f'<span class="timestyle44008">{when}&nbsp;</span></td></tr>')
    if layout == "daybox":  # the day apart from its year and month
        d = item.published
        return (f'<li id="line_u8_{n}"><div class="time"><span class="day">{d.day:02d}</span>'
                f'<span class="ym">{d:%Y-%m}</span></div><a href="{link}" target="_blank" title="{esc(item.title)}">'
                f"{esc(item.title)}</a></li>")
    return (f'<li id="line_u8_{n}"><a href="{link}" target="_blank" title="{esc(item.title)}">{esc(item.title)}</a>'
            f'<span class="timestyle44008">{when}</span></li>')


def pager(c: Column, n: int, total: int, here: str, count: int) -> str:
    """VSB's pagedown component: 首页 上页 1 2 3 下页 尾页, each in a span of its own, 共N条 and N/M beside."""
    def link(k: int) -> str:
        return esc(rel(here, page_path(c, k, total)))

    parts = ['<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if n == 0 else
             f'<span class="p_first p_fun"><a href="{link(0)}">首页</a></span>'
             f'<span class="p_prev p_fun"><a href="{link(n - 1)}">上页</a></span>']
    # every page's number: VSB's window of five (1 2 3 4 5 ... 8) links a far page first from a later page, which
    # two workers may reach before the list's reader claims it (a known limit of distributed runs)
    shown = list(range(total))
    for k, after in zip(shown, [*shown[1:], None], strict=True):
        parts.append(f'<span class="p_no_d">{k + 1}</span>' if k == n else
                     f'<span class="p_no"><a href="{link(k)}">{k + 1}</a></span>')
        if after is not None and after > k + 1:
            parts.append('<span class="p_dot">...</span>')
    parts.append(f'<span class="p_next p_fun"><a href="{link(n + 1)}">下页</a></span>'
                 f'<span class="p_last p_fun"><a href="{link(total - 1)}">尾页</a></span>' if n + 1 < total else
                 '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
    return ('<link rel="stylesheet" content-type="text/css" href="/system/resource/css/pagedown/sys.css">'
            '<div class="pb_sys_common pb_sys_normal pb_sys_style1" style="margin-top:10px;text-align:center;">'
            f'<span class="p_t">共{count}条</span> <span class="p_pages">{"".join(parts)}</span> '
            f'<span class="p_t">{n + 1}/{total}</span></div>')


def old_pager(c: Column, n: int, total: int, here: str, count: int) -> str:
    """The older templates' pager: 共N条 N/M in a td#fanye…, 下页 and 尾页 both a.Next, a box to jump to a page."""
    def link(k: int) -> str:
        return esc(rel(here, page_path(c, k, total)))

    first = ('<span class="PrevDisabled">首页</span><span class="PrevDisabled">上页</span>' if n == 0 else
             f'<a href="{link(0)}" class="Prev">首页</a><a href="{link(n - 1)}" class="Prev">上页</a>')
    last = (f'<a href="{link(n + 1)}" class="Next">下页</a><a href="{link(total - 1)}" class="Next">尾页</a>'
            if n + 1 < total else '<span class="NextDisabled">下页</span><span class="NextDisabled">尾页</span>')
    return ('<script language="javascript" src="/system/resource/js/gotopage.js"></script>'
            f'<script type="text/javascript">function a44008_gopage_fun(){{_simple_list_gotopage_fun({total},'
            "'a44008GOPAGE',2)}</script>"
            '<table cellspacing="0" cellpadding="0" border="0"><tr><td colspan="0"><table cellspacing="0" '
            'class="headStyle1ajxq0zh3s" width="100%" cellpadding="1"><tr valign="middle">'
            f'<td nowrap align="left" width="1%" id="fanye44008">共{count}条&nbsp;&nbsp;{n + 1}/{total}&nbsp;</td>'
            f'<td nowrap align="left"><div>{first}{last}&nbsp;&nbsp;<input type="button" class="defaultButtonStyle" '
            'id="gotopagebut" name="a44008Find" value="转到" onclick="javascript:a44008_gopage_fun()"><input '
            'type="text" value="" size="2" class="defaultInputStyle" name="a44008GOPAGE" id="a44008GOPAGE">页</div>'
            "</td></tr></table></td></tr></table>")


def list_page(site: Site, c: Column, n: int, bases: dict[str, str]) -> str:
    pages = _pages(c)
    here = page_path(c, n, len(pages)).split("?")[0]
    shown, count = pages[n], len(c.items)
    layout = "table" if c.name == "通知公告" else "daybox" if c.name == "政策法规" else "li"
    rows = "".join(row(i, here, k, layout, c) for k, i in enumerate(shown))
    scripts = ('<script language="javascript" src="/system/resource/js/dynclicks.js"></script>'
               '<script language="javascript" src="/system/resource/js/news/statpagedown.js"></script>')
    if layout == "table":
        listing = (f'<table class="winstyle44008" width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
                   + old_pager(c, n, len(pages), here, count))
    else:
        listing = f'<ul class="list">{rows}</ul>' + pager(c, n, len(pages), here, count)
    ids = [news_id(i) for i in shown]
    clicks = (f"<script>_showDynClickBatch([{','.join(repr(f'dynclicks_u8_{x}') for x in ids)}],"
              f'[{",".join(ids)}],"wbnews", {OWNER})</script>') if ids else ""
    body = (f'<div class="ny-left"><h2>{esc(c.parent or c.name)}</h2></div><div class="ny-right">'
            f'<div class="lm-tit"><h3>{esc(c.name)}</h3>{crumb(site, c, here)}</div>'
            f'<div class="lm-list">{scripts}{listing}{clicks}</div></div>')
    return page(site, here, f"{c.name}-{site.meta.name}", body, bases, {"ColumnName": c.name, "ColumnType": c.name})


def _dynamic(site: Site, req: DemoRequest, bases: dict[str, str]) -> Reply | None:
    """VSB's dynamic list: list.jsp?urltype=tree.TreeTempUrl&wbtreeid=N, page k by PAGENUM (totalpage ignored)."""
    tree = req.query.get("wbtreeid", "")
    c = next((c for c in site.columns if c.path.endswith(f"wbtreeid={tree}")), None)
    if c is None:
        return None
    k = req.query.get("PAGENUM", "1")
    n = int(k) - 1 if k.isdigit() and 0 < int(k) <= len(_pages(c)) else 0
    return _html(list_page(site, c, n, bases))


# --- articles and the homepage ---------------------------------------------------------------------------------

def article(site: Site, c: Column, item: Item, bases: dict[str, str]) -> str:
    here, source = item.path, site.meta.sponsor
    when = f"{item.published:%Y-%m-%d} {item.hour}"
    ident = news_id(item)
    paras = "".join(f"<p>{esc(p)}</p>" for p in (
        f"{item.title}。", f"近日，{source}按照上级部署，认真组织实施相关考试招生工作，现将有关情况公布如下。",
        "各考区要严格落实考试安全责任制，加强考务人员培训，确保考试安全平稳顺利。"))
    if c.name == "通知公告":  # the older templates: title and date in table cells classed after the unit
        info = (f'<table width="100%"><tr><td class="titlestyle44010" align="center">{esc(item.title)}</td></tr>'
                f'<tr><td align="center"><span class="timestyle44010">{when}</span>&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span class="authorstyle44010">{esc(source)}</span>&nbsp;&nbsp;&nbsp;&nbsp;点击：'
                f'<span class="clickstyle44010"><script>_showDynClicks("wbnews", {OWNER}, {ident})</script></span>'
                f'</td></tr><tr><td class="contentstyle44010"><div id="vsb_content"><div class="v_news_content">'
                f"{paras}</div></div></td></tr></table>")
    else:
        info = (f'<div class="content-title"><h3>{esc(item.title)}</h3><p><span>发布时间：{when}</span>'
                f"<span>来源：{esc(source)}</span><span>浏览次数：<script>_showDynClicks(\"wbnews\", {OWNER}, {ident})"
                f'</script></span></p></div><div id="vsb_content"><div class="v_news_content">{paras}</div></div>')
    body = (f'<div class="lm-tit">{crumb(site, c, here, "正文")}</div><form name="_newscontent_fromname">{info}'
            '<div id="div_vote_id"></div></form>')
    metas = {"ColumnName": c.name, "ArticleTitle": item.title, "PubDate": when, "ContentSource": source}
    return page(site, here, f"{item.title}-{site.meta.name}", body, bases, metas)


def homepage(site: Site, bases: dict[str, str]) -> str:
    boxes = []
    for b in site.blocks:
        c = site.column(b.column)
        rows = "".join(row(i, "/index.htm", k, "li", c) for k, i in enumerate(c.items[:b.count]))
        boxes.append(f'<div class="news-box"><div class="tit"><h3>{esc(c.name)}</h3><a class="more" '
                     f'href="{href(c, "/index.htm")}">更多&gt;&gt;</a></div><ul>{rows}</ul></div>')
    return page(site, "/index.htm", site.meta.name, "".join(boxes), bases, {"ColumnName": "首页"})
