"""A hostile site (127.0.0.40): a portal-looking homepage whose links lead into the traps a crawler meets.

Endless calendars and query spaces (and, beside them, daily bulletins that look alike but are content), huge
and compressed-bomb bodies, a redirect loop, broken markup, a lying charset, unusable hrefs, a server that never
answers and one that trickles. ``hostile_cases(port)``
says what a well-behaved crawler does with each; the pages that test reading are in hostile_pages.py (big bodies
generated lazily, never held whole).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from govcheck.demo.hostile_pages import (
    INVALID_BASE_LINKS,
    INVALID_HREFS,
    MAIL_LOCATION,
    MALFORMED_LINKS,
    MALFORMED_LOCATION,
    MOJIBAKE_PHRASE,
    RELATIVE_BASE_LINKS,
    bad_links_page,
    bomb_page,
    charset_lie_page,
    huge_page,
    invalid_base_page,
    malformed_page,
    malformed_refresh_page,
    relative_base_page,
    trickle_page,
)
from govcheck.demo.linkhosts import REFUSED_IP, Handler, Host, base_for, not_found, origin, page, port_for, redirect
from govcheck.demo.model import DEFAULT_PORT
from govcheck.demo.web import DemoRequest, Reply, html

HOSTILE_IP = "127.0.0.40"
DOWN_IP = "127.0.0.41"  # a site that is down: it accepts connections and never answers
DEAD_LINKS = 12  # links to each of the down and the refusing host, more than a host may fail in a row

MAX_PATH = 2000  # longer paths get 414, as real servers do

DEMO_DAY = date(2026, 11, 27)
_SECTION = [
    # (path, anchor text, trap id)
    ("/calendar?date={month}", "活动日历", "calendar"),
    ("/events/{day}/", "今日活动", "event-days"),
    ("/search?page=1", "站内搜索", "search-pages"),
    ("/bulletins/index.html", "每日简报", "daily-bulletins"),
    ("/reports/full-archive.html", "历年档案汇编", "huge-page"),
    ("/reports/compressed.html", "压缩版档案", "gzip-bomb"),
    ("/loop/a.html", "旧版栏目", "redirect-loop"),
    ("/malformed.html", "旧系统页面", "malformed-html"),
    ("/notice-gbk.html", "通知公告（旧编码）", "charset-lie"),
    ("/bad-links.html", "友情链接（失效格式）", "invalid-hrefs"),
    ("/policy/bad-base.html", "政策文件（错误的base地址）", "invalid-base"),
    ("/relative-base.html", "通知公告（相对的base地址）", "relative-base"),
    ("/moved.html", "旧版入口（跳转到错误地址）", "malformed-redirect"),
    ("/mail.html", "领导信箱（跳转到邮件地址）", "non-web-redirect"),
    ("/refresh.html", "旧版首页（自动跳转到错误地址）", "malformed-refresh"),
    ("/hang.html", "在线服务（无响应）", "hang"),
    ("/trickle.html", "数据开放（慢速）", "trickle"),
    ("/partners.html", "友情链接（已下线网站）", "down-hosts"),
]


# ---- endless spaces ---------------------------------------------------------------------------------

def _month_index(value: str) -> int | None:
    found = re.fullmatch(r"(-?\d{1,6})-(\d{2})", value or "")
    if not found or not 1 <= int(found.group(2)) <= 12:
        return None
    return int(found.group(1)) * 12 + int(found.group(2)) - 1


def _month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def calendar_page(as_of: date) -> Handler:
    """``/calendar?date=YYYY-MM``: one month's events and links to the months either side, forever."""
    def handler(req: DemoRequest) -> Reply:
        index = _month_index(req.query.get("date", ""))
        if index is None:
            index = as_of.year * 12 + as_of.month - 1
        year, month = index // 12, index % 12 + 1
        days = ""
        if 1 <= year <= 9999:  # day pages exist where Python's dates do; the months go on beyond
            days = "".join(f'<li><a href="/events/{year:04d}/{month:02d}/{d:02d}/">{d}日活动</a></li>'
                           for d in range(1, monthrange(year, month)[1] + 1))
        body = (f'<p><a href="/calendar?date={_month_label(index - 1)}">上个月</a> '
                f'<a href="/calendar?date={_month_label(index + 1)}">下个月</a></p><ul>{days}</ul>')
        return page(f"活动日历 {_month_label(index)}", body)(req)
    return handler


def event_day(req: DemoRequest) -> Reply:
    """``/events/YYYY/MM/DD/``: a day's (empty) events, linking to the day before and after."""
    found = re.fullmatch(r"/events/(\d{4})/(\d{2})/(\d{2})/", req.path)
    try:
        day = date(*map(int, found.groups())) if found else None
    except ValueError:
        day = None
    if day is None:
        return not_found(req)
    body = ""
    for step, label in ((-1, "前一天"), (1, "后一天")):
        try:
            body += f'<a href="/events/{day + timedelta(days=step):%Y/%m/%d}/">{label}</a> '
        except OverflowError:  # the first and last days Python knows
            pass
    body += f'<p>{day:%Y年%m月%d日} 暂无活动。</p><a href="/calendar?date={day:%Y-%m}">返回日历</a>'
    return page(f"{day:%Y-%m-%d} 活动", body)(req)


def search(req: DemoRequest) -> Reply:
    """``/search?page=N``: a results page that always has a next page."""
    try:
        number = max(1, int(req.query.get("page", "1")))
    except ValueError:
        number = 1
    body = (f"<p>第{number}页，共若干条结果</p>"
            f'<a href="/search?page={number + 1}">下一页</a>'
            + (f' <a href="/search?page={number - 1}">上一页</a>' if number > 1 else ""))
    return page(f"搜索结果 第{number}页", body)(req)


# ---- look alike, yet content ----------------------------------------------------------------------------

BULLETINS = 40  # more than a crawl reads of a trap's shape, so a crawler that calls them one is caught
BULLETIN_BROKEN = 37  # the one whose attachment is missing


def _bulletin_day(as_of: date, number: int) -> date:
    return as_of - timedelta(days=BULLETINS - number)


def bulletin_index(as_of: date) -> Handler:
    items = "".join(f'<li><a href="/bulletins/{n:04d}.html">政务简报第{n}期</a> '
                    f"<span>{_bulletin_day(as_of, n).isoformat()}</span></li>" for n in range(BULLETINS, 0, -1))
    return page("每日简报", f"<ul>{items}</ul>")


def bulletin(as_of: date, req: DemoRequest) -> Reply:
    """``/bulletins/NNNN.html``: a daily bulletin whose words are every day's but for its numbers, with its own
    attachment and links to the days either side: each one is content, not a trap."""
    found = re.fullmatch(r"/bulletins/(\d{4})\.html", req.path)
    number = int(found.group(1)) if found else 0
    if not 1 <= number <= BULLETINS:
        return not_found(req)
    day = _bulletin_day(as_of, number)
    body = (f"<p>{day:%Y年%m月%d日} 全县气温{number % 9 + 3}至{number % 9 + 12}℃，空气质量指数{40 + number}。</p>"
            f'<p>附件：<a href="/bulletins/files/{number:04d}.pdf">第{number}期简报全文</a></p>')
    for step, label in ((-1, "上一期"), (1, "下一期")):
        if 1 <= number + step <= BULLETINS:
            body += f'<a href="/bulletins/{number + step:04d}.html">{label}</a> '
    return page(f"政务简报第{number}期", body)(req)


def bulletin_file(req: DemoRequest) -> Reply:
    found = re.fullmatch(r"/bulletins/files/(\d{4})\.pdf", req.path)
    number = int(found.group(1)) if found else 0
    if not 1 <= number <= BULLETINS or number == BULLETIN_BROKEN:
        return not_found(req)
    body = b"%PDF-1.4\n% bulletin " + str(number).encode() + b"\n%%EOF\n"
    return Reply(200, {"Content-Type": "application/pdf"}, body)


def partners_page(bases: dict[str, str]) -> Handler:
    """``/partners.html``: many links to a site that is down and to one that refuses connections."""
    def handler(req: DemoRequest) -> Reply:
        items = "".join(f'<li><a href="{base_for(bases, ip, req)}/{name}/{n}.html">{label}{n}</a></li>'
                        for ip, name, label in ((DOWN_IP, "down", "已下线网站栏目"),
                                                (REFUSED_IP, "refused", "拒绝连接网站栏目"))
                        for n in range(1, DEAD_LINKS + 1))
        return page("友情链接", f"<ul>{items}</ul>")(req)
    return handler


# ---- the site ---------------------------------------------------------------------------------------------

def _homepage(as_of: date) -> Handler:
    month, day = f"{as_of:%Y-%m}", f"{as_of:%Y/%m/%d}"
    links = "".join(f'<li><a href="{path.format(month=month, day=day)}">{text}</a></li>'
                    for path, text, _ in _SECTION)
    body = (f"<p>更新日期：{as_of.isoformat()}</p><ul>{links}</ul>"
            '<div class="footer"><p>主办单位：某某县人民政府办公室（演示站）</p>'
            "<p>网站标识码：9999000040 ICP备案号：演ICP备00000040号 公安机关备案号：演公网安备00000040号</p>"
            '<p>联系电话：0000-0000040 <a href="/sitemap.html">网站地图</a></p></div>')
    return page("某某县人民政府（测试站）", body)


def _other_paths(as_of: date) -> Handler:
    def handler(req: DemoRequest) -> Reply:
        if len(req.path) > MAX_PATH:
            return html("<html><body><h1>414 URI Too Long</h1></body></html>", 414)
        if req.path.startswith("/events/"):
            return event_day(req)
        if req.path.startswith("/bulletins/files/"):
            return bulletin_file(req)
        if req.path.startswith("/bulletins/"):
            return bulletin(as_of, req)
        return not_found(req)
    return handler


def hosts(as_of: date) -> dict[str, Host]:
    """The hostile site and the site that is down, keyed by their loopback IPs."""
    bases: dict[str, str] = {}  # told by the server once it has bound every host
    home = _homepage(as_of)
    routes: dict[str, Handler] = {
        "/": home,
        "/index.html": home,
        "/about.html": page("机构概况", "<p>演示站的机构概况。</p>"),
        "/contact.html": page("联系我们", "<p>联系电话：0000-0000040</p>"),
        "/sitemap.html": page("网站地图", '<a href="/">首页</a>'),
        "/calendar": calendar_page(as_of),
        "/search": search,
        "/bulletins/index.html": bulletin_index(as_of),
        "/reports/full-archive.html": huge_page,
        "/reports/compressed.html": bomb_page,
        "/loop/a.html": redirect("/loop/b.html"),
        "/loop/b.html": redirect("/loop/a.html"),
        "/malformed.html": malformed_page,
        "/notice-gbk.html": charset_lie_page,
        "/bad-links.html": bad_links_page,
        "/policy/bad-base.html": invalid_base_page,
        "/relative-base.html": relative_base_page,
        "/policy/2026/notice.html": page("关于做好政府网站抽查整改工作的通知",
                                         "<p>各乡镇、各部门：现将有关事项通知如下。</p>"),
        "/moved.html": redirect(MALFORMED_LOCATION),
        "/mail.html": redirect(MAIL_LOCATION),
        "/refresh.html": malformed_refresh_page,
        "/hang.html": lambda req: Reply(action="hang"),
        "/trickle.html": trickle_page,
        "/partners.html": partners_page(bases),
    }
    return {HOSTILE_IP: Host("hostile", "恶意网站", routes, fallback=_other_paths(as_of), bases=bases),
            DOWN_IP: Host("down", "已下线网站", {}, fallback=lambda req: Reply(action="hang"), bases=bases)}


# what a well-behaved crawler does with each trap
_EXPECTED = {
    "calendar": ("crawl_bounded", "无限日历：按月链接永不终止；各月除数字外相同，只通向空白日期页，"
                                  "爬虫须据此识别为陷阱并止步"),
    "event-days": ("crawl_bounded", "无限日期页：前一天/后一天永不终止"),
    "search-pages": ("crawl_bounded", "无限翻页参数：page=N 总有下一页"),
    "daily-bulletins": ("parsed", f"每日简报{BULLETINS}期，除数字外文字相同，各有附件：是内容而非陷阱，"
                                  f"每期都读取、附件都检查（第{BULLETIN_BROKEN}期附件缺失）"),
    "huge-page": ("size_limited", "500 MB 流式页面，无 Content-Length：读取到大小上限即中止"),
    "gzip-bomb": ("size_limited", "约1 MB 的 gzip 解压为约1 GB：解压时按大小上限中止"),
    "redirect-loop": ("redirect_loop", "重定向循环：达到重定向次数上限后记为失败，不无限跳转"),
    "malformed-html": ("parsed", "残缺HTML、空字节、万层嵌套：解析不崩溃，仍能提取前部链接"),
    "charset-lie": ("decoded_fallback", "头部声明UTF-8实为GBK：识别无效UTF-8并回退到GBK/GB18030"),
    "invalid-hrefs": ("not_fetched", "无效链接：记录为格式错误或忽略，不发出请求、不崩溃"),
    "invalid-base": ("parsed", "<base href> 无法解析：如浏览器按页面自身地址解析相对链接，页面照常读取、链接照常检查"),
    "relative-base": ("parsed", "相对的 <base href>：相对链接按它解析（它本身按页面地址解析），不得误报为格式错误"),
    "malformed-redirect": ("malformed_url", "重定向到无法解析的地址：记为格式错误的失效链接，不崩溃"),
    "non-web-redirect": ("unverified", "重定向到邮件地址（mailto:）：不是网页，不跟随，记为待人工核实"),
    "malformed-refresh": ("parsed", "meta refresh 指向无法解析的地址：如浏览器留在本页，页面照常读取"),
    "hang": ("timeout", "接受连接但永不响应：按下载超时中止"),
    "trickle": ("timeout", "每秒一个字节：按总下载时间超时中止，而非空闲超时"),
    "down-hosts": ("host_down", f"各{DEAD_LINKS}个链接指向一个无响应的网站和一个拒绝连接的网站：每个链接都记为失效"
                                "（超时、拒绝连接），但每个网站只等一次，不逐个等待超时"),
}


def hostile_cases(port: int | dict[str, int] = DEFAULT_PORT, as_of: date = DEMO_DAY) -> list[dict]:
    """Each trap on the hostile site: id, url, text (the homepage's anchor), expected outcome, note.

    The URLs are those the homepage of ``hosts(as_of)`` links to. Extra keys where a test can check
    more: ``links`` (what a parser must still find), ``phrase`` (text that must come out after
    decoding), ``hrefs`` (the unusable hrefs).
    """
    base = origin(HOSTILE_IP, port_for(port, HOSTILE_IP))
    extra = {
        "malformed-html": {"links": [base + link for link in MALFORMED_LINKS]},
        "charset-lie": {"phrase": MOJIBAKE_PHRASE},
        "invalid-hrefs": {"hrefs": list(INVALID_HREFS)},
        "invalid-base": {"links": [base + link for link in INVALID_BASE_LINKS]},
        "relative-base": {"links": [base + link for link in RELATIVE_BASE_LINKS]},
        "malformed-redirect": {"location": MALFORMED_LOCATION},
        "non-web-redirect": {"location": MAIL_LOCATION},
        "malformed-refresh": {"links": [base + "/about.html"]},
        "daily-bulletins": {
            "pages": [f"{base}/bulletins/{n:04d}.html" for n in range(1, BULLETINS + 1)],
            "attachments": [f"{base}/bulletins/files/{n:04d}.pdf" for n in range(1, BULLETINS + 1)],
            "broken": [f"{base}/bulletins/files/{BULLETIN_BROKEN:04d}.pdf"],
        },
        "down-hosts": {  # the refusing IP is linked on the hostile site's own port: nothing listens there
            "timeout": [f"{origin(DOWN_IP, port_for(port, DOWN_IP))}/down/{n}.html" for n in range(1, DEAD_LINKS + 1)],
            "connection_refused": [f"{origin(REFUSED_IP, port_for(port, HOSTILE_IP))}/refused/{n}.html"
                                   for n in range(1, DEAD_LINKS + 1)],
        },
    }
    cases = []
    for path, text, trap in _SECTION:
        outcome, note = _EXPECTED[trap]
        url = base + path.format(month=f"{as_of:%Y-%m}", day=f"{as_of:%Y/%m/%d}")
        cases.append({"id": trap, "url": url, "text": text, "expected": outcome, "note": note,
                      **extra.get(trap, {})})
    return cases
