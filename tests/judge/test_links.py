import dataclasses

import pytest

from govcheck.judge.categories import CATEGORIES
from govcheck.judge.links import Observation, classify, has_anchor

SITE = "www.yichun.gov.cn"
HOME = f"http://{SITE}/"
TARGET = f"http://{SITE}/zwgk/art/2023/10/11/art_1_2.html"

# A small portal's template: navigation and footer, ~400 characters of visible text.
NAV = (
    "<div class='top'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/zwfw/'>政务服务</a> "
    "<a href='/hdjl/'>互动交流</a> <a href='/zjyc/'>走进宜春</a> 站内搜索：<input name='q'></div>"
)
FOOTER = (
    "<div class='footer'><p>主办单位：宜春市人民政府办公室 承办：宜春市大数据中心</p>"
    "<p>网站标识码：3609000002 赣ICP备06000141号 赣公网安备 36090202000004号</p>"
    "<p>地址：江西省宜春市宜阳大道1号 电话：0795-3201234 传真：0795-3205678</p>"
    "<p><a href='/wzdt/'>网站地图</a> <a href='/lxwm/'>联系我们</a> 我为政府网站找错</p></div>"
)


def page(title: str, main: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}"
        "<style>.top{color:red}</style><script>var x = '页面不存在';</script></head>"
        f"<body>{NAV}<div class='main'>{main}</div>{FOOTER}</body></html>"
    )


ARTICLE = page(
    "市政府召开常务会议_宜春市人民政府",
    "<h1>市政府召开常务会议</h1><p>发布时间：2023-10-11</p>"
    + "<p>会议研究部署了全市重点工作，强调要抓好项目建设、民生保障和安全生产。</p>" * 30,
)


def obs(**kw) -> Observation:
    defaults = dict(
        url=TARGET,
        source_url=HOME,
        status=200,
        body=ARTICLE,
        content_type="text/html; charset=utf-8",
        site_hosts=frozenset({SITE}),
    )
    defaults.update(kw)
    if "body_length" not in defaults:
        defaults["body_length"] = len(defaults["body"].encode("utf-8"))
    return Observation(**defaults)


NO_BODY = dict(body="", content_type="")

# (id, observation fields, verdict, category, text the detail must contain)
CASES = [
    # HTTP errors
    ("404", dict(status=404, **NO_BODY), "broken", "http_404", "GET 404"),
    ("head-404", dict(status=404, method="HEAD", **NO_BODY), "broken", "http_404", "HEAD 404"),
    ("410", dict(status=410, **NO_BODY), "broken", "http_410", "410"),
    ("403", dict(status=403, **NO_BODY), "broken", "http_403", "403"),
    ("403-browser-also-403", dict(status=403, browser_retry_status=403, **NO_BODY), "broken", "http_403", "403"),
    ("400", dict(status=400, **NO_BODY), "broken", "http_4xx", "400"),
    ("401", dict(status=401, **NO_BODY), "broken", "http_4xx", "401"),
    ("405-after-get", dict(status=405, **NO_BODY), "broken", "http_4xx", "405"),
    ("500", dict(status=500, **NO_BODY), "broken", "http_5xx", "500"),
    ("502", dict(status=502, **NO_BODY), "broken", "http_5xx", "502"),
    ("503", dict(status=503, **NO_BODY), "broken", "http_5xx", "503"),
    ("503-browser-also-503", dict(status=503, browser_retry_status=503, **NO_BODY), "broken", "http_5xx", "503"),
    ("404-page-body", dict(status=404, body=page("404", "<p>页面不存在</p>")), "broken", "http_404", "404"),
    # no response
    ("timeout", dict(status=None, failure="timeout", **NO_BODY), "broken", "timeout", ""),
    ("dns", dict(status=None, failure="dns_error", **NO_BODY), "broken", "dns_error", "resolve"),
    ("refused", dict(status=None, failure="connection_refused", **NO_BODY), "broken", "connection_refused", ""),
    ("reset", dict(status=None, failure="connection_reset", **NO_BODY), "broken", "connection_reset", ""),
    ("tls-expired", dict(status=None, failure="tls_expired", **NO_BODY), "broken", "tls_error", "expired"),
    ("tls-hostname", dict(status=None, failure="tls_hostname", **NO_BODY), "broken", "tls_error", "hostname mismatch"),
    ("tls-untrusted", dict(status=None, failure="tls_untrusted", **NO_BODY), "broken", "tls_error", "not trusted"),
    # sent without its intermediate: a browser fetches it and opens the page, so nothing is proven broken
    ("tls-chain", dict(status=None, failure="tls_chain", **NO_BODY), "unverified", "tls_chain", "intermediate"),
    ("tls-other", dict(status=None, failure="tls_other", **NO_BODY), "broken", "tls_error", "TLS"),
    ("blocked", dict(status=None, failure="blocked_address", **NO_BODY), "unverified", "blocked_address", ""),
    ("other-failure", dict(status=None, failure="other", **NO_BODY), "unverified", "request_failed", "other"),
    ("unknown-failure", dict(status=None, failure="weird", **NO_BODY), "unverified", "request_failed", "weird"),
    ("too-large", dict(status=None, failure="too_large", **NO_BODY), "ok", "ok", "limit"),
    # redirects
    ("loop", dict(status=302, redirect_loop=True, redirects=(f"{TARGET}?a", TARGET), **NO_BODY),
     "broken", "redirect_loop", ""),
    ("too-many", dict(status=302, too_many_redirects=True, redirects=tuple(f"{TARGET}?{i}" for i in range(20)),
                      **NO_BODY), "broken", "too_many_redirects", "20"),
    ("unexpected-3xx", dict(status=302, **NO_BODY), "unverified", "request_failed", "302"),
    ("to-malformed", dict(status=None, failure="malformed", failure_detail="redirects to a malformed address: "
                          "http://[x/", **NO_BODY), "broken", "malformed_url", "http://[x/"),
    ("to-mailto", dict(status=None, failure="non_web_redirect", failure_detail="redirects to a non-web address, "
                       "not followed: mailto:a@b.cn", **NO_BODY), "unverified", "non_web_redirect", "mailto:a@b.cn"),
    # rate limits and bot walls
    ("429", dict(status=429, retried_after_429=True, **NO_BODY), "unverified", "rate_limited", "429"),
    ("429-not-retried", dict(status=429, **NO_BODY), "unverified", "rate_limited", "429"),
    ("403-browser-200", dict(status=403, browser_retry_status=200, **NO_BODY), "unverified", "bot_blocked", "200"),
    ("503-browser-200", dict(status=503, browser_retry_status=200, **NO_BODY), "unverified", "bot_blocked", "200"),
    ("cf-just-a-moment", dict(status=503, body="<html><head><title>Just a moment...</title></head><body>"
                              "<div id='cf-challenge-running'></div></body></html>"),
     "unverified", "bot_blocked", "Just a moment"),
    ("cf-header", dict(status=403, headers={"cf-mitigated": "challenge"}, **NO_BODY),
     "unverified", "bot_blocked", "cf-mitigated"),
    ("checking-browser", dict(status=200, body="<html><body><p>Checking your browser before accessing "
                              "www.example.com.</p></body></html>"), "unverified", "bot_blocked", "Checking your"),
    ("anquan-yanzheng", dict(body="<html><head><title>安全验证</title></head>"
                                  "<body>请完成验证后继续访问</body></html>"),
     "unverified", "bot_blocked", "安全验证"),
    ("slider", dict(body=page("宜春市人民政府", "<p>请按住滑块，拖动到最右边完成滑动验证</p>")),
     "unverified", "bot_blocked", "滑动验证"),
    ("human-check", dict(status=403, body="<html><body>请进行人机验证</body></html>"),
     "unverified", "bot_blocked", "人机验证"),
    ("too-frequent", dict(body="<html><body><p>您访问过于频繁，请稍后再试</p></body></html>"),
     "unverified", "bot_blocked", "访问过于频繁"),
    ("safedog", dict(status=403, body="<html><head><title>网站防火墙</title></head><body>您的请求带有不合法参数，"
                     "已被网站管理员设置拦截！ 安全狗</body></html>"), "unverified", "bot_blocked", "防火墙"),
    ("aliyun-waf", dict(status=405, body="<html><body>很抱歉，由于您访问的URL有可能对网站造成安全威胁，"
                        "您的访问被阻断。</body></html>"), "unverified", "bot_blocked", "访问被阻断"),
    ("ruishu-412", dict(status=412, body="<html><head><meta content='x' r='m'><script>$_ts=window['$_ts'];"
                        "</script></head><body></body></html>"), "unverified", "bot_blocked", "$_ts"),
    ("jiasule-521", dict(status=521, body="<script>document.cookie='__jsl_clearance=1';location.reload()"
                         "</script>", content_type="text/html"), "unverified", "bot_blocked", "__jsl_clearance"),
    # any vendor's: a 200 page whose script sets a cookie (its name hex-escaped) and reloads (安恒's wzws)
    ("cookie-reload-200", dict(body='<html><body><script>var _0x1f=["\\x77\\x7a\\x77\\x73"];document.cookie='
                                    '_0x1f[0]+"="+t+"; path=/";location.reload();</script></body></html>'),
     "unverified", "bot_blocked", "document.cookie"),
    ("cookie-then-href", dict(body="<html><body><script>document.cookie='v=1';window.location.href=location.href;"
                                   "</script></body></html>"), "unverified", "bot_blocked", "document.cookie"),
    # wrong links (错链)
    ("unrelated-host", dict(url="http://www.partner-bureau.cn/news/", redirects=("http://www.casino-ads.com/",)),
     "broken", "wrong_link", "casino-ads.com"),
    ("site-link-to-other-host", dict(redirects=("https://www.some-other-site.com/x",)),
     "broken", "wrong_link", "unrelated host"),
    ("redirect-404-html", dict(redirects=(f"http://{SITE}/404.html",)), "broken", "wrong_link", "error page"),
    ("redirect-error-dir", dict(redirects=(f"http://{SITE}/error/index.html",)), "broken", "wrong_link", "error"),
    ("redirect-notfound", dict(redirects=(f"http://{SITE}/notfound",)), "broken", "wrong_link", "error page"),
    ("redirect-aspx-error", dict(redirects=(f"http://{SITE}/Error.aspx?aspxerrorpath=/x",)),
     "broken", "wrong_link", "error page"),
    ("head-redirect-404-htm", dict(method="HEAD", redirects=(f"https://{SITE}/404.htm",), **NO_BODY),
     "broken", "wrong_link", "error page"),
    ("redirect-to-soft-404", dict(redirects=(f"http://{SITE}/tips.html",),
                                  body=page("提示信息", "<p>对不起，您访问的页面不存在！</p>")),
     "broken", "wrong_link", "not-found page"),
    ("parked-cn", dict(url="http://www.jx-old-partner.com/", body="<html><head><title>jx-old-partner.com</title>"
                       "</head><body><h1>此域名出售</h1><p>联系QQ：12345</p></body></html>"),
     "broken", "wrong_link", "parked"),
    ("parked-en-after-redirect", dict(url="http://old-project.org/", redirects=("http://old-project.org/lander",),
                                      body="<html><body><h1>The domain old-project.org is for sale</h1>"
                                      "<p>Buy this domain today</p></body></html>"),
     "broken", "wrong_link", "old-project.org"),
    ("parked-sedo", dict(url="http://www.expired-zt.cn/", body="<html><head><script "
                         "src='https://img.sedoparking.com/js/x.js'></script></head><body></body></html>"),
     "broken", "wrong_link", "parked"),
    # soft 404, empty, malformed, anchors
    ("soft-404-cn", dict(body=page("提示", "<p>对不起，您访问的页面不存在或已被删除！</p><a href='/'>返回首页</a>")),
     "broken", "soft_404", "页面不存在"),
    ("empty", dict(body="", body_length=0), "broken", "empty_response", "empty"),
    ("whitespace", dict(body="  \r\n\t  "), "broken", "empty_response", "empty"),
    ("empty-pdf", dict(url=f"http://{SITE}/a.pdf", body="", body_length=0, content_type="application/pdf"),
     "broken", "empty_response", "empty"),
    ("malformed", dict(url="http://www.yichun gov.cn/a.html", status=None, **NO_BODY),
     "broken", "malformed_url", ""),
    ("malformed-port", dict(url="http://www.yichun.gov.cn:99999/", status=None, **NO_BODY),
     "broken", "malformed_url", ""),
    ("missing-anchor", dict(url=TARGET + "#sec3", body=page("t", "<h2 id='sec1'>一</h2><a name=\"sec2\"></a>")),
     "broken", "missing_anchor", "sec3"),
]


@pytest.mark.parametrize(("fields", "verdict", "category", "detail"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_classify(fields, verdict, category, detail):
    outcome = classify(obs(**fields))
    assert (outcome.verdict, outcome.category) == (verdict, category)
    assert detail in outcome.detail


def test_cases_cover_every_category():
    assert {c[3] for c in CASES} - {"ok"} == set(CATEGORIES)


# Things that must not be reported.
NOT_BROKEN = [
    ("plain-200", dict()),
    ("429-then-200", dict(status=200)),  # the spider waited as told and got the page
    ("head-405-then-get-200", dict(method="GET", status=200)),
    ("head-200-pdf", dict(url=f"http://{SITE}/a.pdf", method="HEAD", body="", body_length=482_133,
                          content_type="application/pdf")),
    ("get-pdf-binary", dict(url=f"http://{SITE}/a.pdf", body="", body_length=482_133, content_type="application/pdf")),
    ("head-no-length", dict(method="HEAD", body="", body_length=None)),
    ("head-zero-length", dict(method="HEAD", body="", body_length=0)),
    ("204", dict(status=204, body="", body_length=0)),
    ("304", dict(status=304, **NO_BODY)),
    ("http-to-https", dict(redirects=(TARGET.replace("http://", "https://"),))),
    ("www-to-bare", dict(redirects=(TARGET.replace("www.", ""),))),
    ("bare-to-www", dict(url="http://yichun.gov.cn/a.html", redirects=("https://www.yichun.gov.cn/a.html",))),
    ("sibling-subdomain", dict(redirects=("https://fgw.yichun.gov.cn/art/1.html",))),
    ("chain-to-site-host", dict(url="http://tinyurl.example/abc",
                                redirects=("http://tinyurl.example/x", f"https://{SITE}/a.html"))),
    ("external-same-domain", dict(url="http://www.jiangxi.gov.cn/x", redirects=("http://zwfw.jiangxi.gov.cn/y",))),
    ("external-to-login", dict(url="http://zwfw.yichun.gov.cn/bs/1",
                               redirects=("https://tyrz.jxzwfww.gov.cn/sso/login?service=x",))),
    ("redirect-to-index", dict(redirects=(f"http://{SITE}/zwgk/index.html",))),
    ("bot-wall-words-in-long-article", dict(body=page("关于加强网络安全的通知",
                                                      "<p>安全验证和人机验证是常见防护手段。</p>"
                                                      + "<p>各单位要落实网络安全责任制，做好日常巡检。</p>" * 60))),
    ("own-news-about-domain-sale", dict(body=page("警惕域名出售诈骗",
                                                  "<p>近期有不法分子以“域名出售”为名实施诈骗。</p>"))),
    ("anchor-present-id", dict(url=TARGET + "#sec1", body=page("t", "<h2 id='sec1'>一</h2>"))),
    ("anchor-present-name", dict(url=TARGET + "#sec2", body=page("t", "<a name=\"sec2\"></a>"))),
    ("anchor-present-bare", dict(url=TARGET + "#p3", body=page("t", "<p id=p3>x</p>"))),
    ("anchor-top", dict(url=TARGET + "#top")),
    ("anchor-route", dict(url=TARGET + "#/list/1")),
    ("anchor-cut-body", dict(url=TARGET + "#end", body_length=300_000)),
    ("anchor-chinese", dict(url=TARGET + "#%E9%99%84%E4%BB%B6", body=page("t", "<a name='附件'></a>"))),
]


@pytest.mark.parametrize("fields", [c[1] for c in NOT_BROKEN], ids=[c[0] for c in NOT_BROKEN])
def test_not_reported(fields):
    outcome = classify(obs(**fields))
    assert (outcome.verdict, outcome.category) == ("ok", "ok"), outcome.detail


def test_redirect_ok_detail_names_the_login_host():
    fields = dict(NOT_BROKEN[[c[0] for c in NOT_BROKEN].index("external-to-login")][1])
    assert "tyrz.jxzwfww.gov.cn" in classify(obs(**fields)).detail


# --- soft 404 ------------------------------------------------------------------------------------------------

LONG_NAV = "".join(f"<li><a href='/col/col{i}/'>政务公开栏目第{i}项 信息公开目录</a></li>" for i in range(200))

SOFT_404 = [
    ("cn-notice", page("宜春市人民政府", "<p>您访问的页面不存在！</p>")),
    ("cn-deleted", page("提示信息", "<p>该信息已删除或已过期，请返回首页。</p>")),
    ("cn-cannot-find", page("宜春市人民政府", "<p>抱歉，找不到您要访问的页面。</p>")),
    ("cn-unable-to-find", "<html><body><p>无法找到该页</p>"
                          "<p>您正在搜索的页面可能已经删除、更名或暂时不可用。</p></body></html>"),
    ("cn-error-page", page("错误页面", "<p>系统提示：错误页面</p>")),
    ("cn-404-title", page("404", "<img src='/images/404.png'><p>返回首页</p>")),
    ("cn-404-text", page("宜春市人民政府", "<p>404 错误</p><p>请检查您输入的网址是否正确。</p>")),
    ("cn-title-in-large-template", page("页面不存在_宜春市人民政府", f"<ul>{LONG_NAV}</ul>")),
    ("nginx", "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center>"
              "<hr><center>nginx</center></body></html>"),
    ("apache", "<html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested URL "
               "/zwgk/a.html was not found on this server.</p></body></html>"),
    ("iis", "<html><head><title>404 - File or directory not found.</title></head><body><h2>404 - File or directory"
            " not found.</h2></body></html>"),
    ("en-sentence", "<html><head><title>Oops</title></head><body><p>Sorry, the page you are looking for does not "
                    "exist.</p></body></html>"),
    ("en-page-not-found", "<html><head><title>Site</title></head><body><h1>Page not found</h1></body></html>"),
    ("tomcat", "<html><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not "
               "Found</h1></body></html>"),
]


@pytest.mark.parametrize("body", [c[1] for c in SOFT_404], ids=[c[0] for c in SOFT_404])
def test_soft_404_found(body):
    outcome = classify(obs(body=body))
    assert (outcome.verdict, outcome.category) == ("broken", "soft_404")


LONG_TEXT = "<p>本站提供政务公开、政务服务和互动交流等栏目，欢迎访问并提出宝贵意见。</p>" * 60

SOFT_404_FALSE_POSITIVES = [
    ("contact-with-404-numbers", page("联系我们_宜春市人民政府",
                                      "<h1>联系我们</h1><p>办公地址：宜春市行政中心404室</p>"
                                      "<p>值班电话：0795-3404567 传真：0795-3240404 邮编：336000</p>")),
    ("article-404-candidates", page("关于404名考生资格复审结果的公告_宜春市人民政府",
                                    "<h1>关于404名考生资格复审结果的公告</h1><p>经审核，404名考生通过资格复审。</p>")),
    ("short-profile", page("机构概况_宜春市人民政府", "<h1>机构概况</h1><p>宜春市人民政府办公室是市政府的办事机构，"
                           "负责协助市政府领导处理日常工作。</p>")),
    ("long-with-not-found-footer", page("政务服务指南", LONG_TEXT + "<p class='help'>Not Found? 联系我们</p>")),
    ("short-with-not-found-footer", page("政务服务指南", "<p>办事指南</p><p class='help'>Not Found? 联系我们</p>")),
    ("english-about", "<html><head><title>About Us - Yichun Municipal People's Government</title></head><body>"
                      "<h1>About Yichun</h1><p>Yichun is a city in western Jiangxi with a history of over 2,200 "
                      "years. This page describes our aim: a city where poverty does not exist. Contact the "
                      "Foreign Affairs Office for more information.</p></body></html>"),
    ("help-cannot-find-info", page("帮助", "<p>如找不到所需信息，请拨打12345热线。</p>")),
    ("search-no-result", page("搜索结果", "<p>未找到相关信息，请更换关键词。</p>")),
    ("job-expired", page("招聘信息", "<p>该招聘信息已过期，报名已截止。</p>")),
    ("quoted-mention", page("关于开展网站自查的通知", "<p>各单位要及时清理“页面不存在”等问题链接。</p>")),
    ("article-meta-mention", page("网站整改情况", "<p>本季度共发现错误页面3个，均已整改。</p>",
                                  head="<meta name='PubDate' content='2023-10-11 10:30'>")),
    ("long-article-with-phrase", page("政府网站检查情况通报", "<p>部分网站存在页面不存在问题。</p>" + LONG_TEXT)),
    ("title-mentions-phrase", page("关于开展政府网站“页面不存在”问题整改的通知_宜春市人民政府", LONG_TEXT)),
    ("script-says-missing", page("宜春市人民政府", "<p>欢迎访问</p>")),  # the phrase sits in <script> only
]


@pytest.mark.parametrize("body", [c[1] for c in SOFT_404_FALSE_POSITIVES],
                         ids=[c[0] for c in SOFT_404_FALSE_POSITIVES])
def test_soft_404_false_positives_stay_ok(body):
    outcome = classify(obs(body=body))
    assert (outcome.verdict, outcome.category) == ("ok", "ok"), outcome.detail


def test_soft_404_needs_an_html_page():
    assert classify(obs(body="页面不存在", content_type="text/plain")).category == "ok"


def test_text_limit_applies_to_visible_text():
    limit_page = page("宜春市人民政府", "<p>您访问的页面不存在</p>" + "<p>" + "政" * 2000 + "</p>")
    assert classify(obs(body=limit_page)).category == "ok"
    markup_heavy = page("宜春市人民政府", "<p>您访问的页面不存在</p>" + "<div class='spacer'></div>" * 2000)
    assert classify(obs(body=markup_heavy)).category == "soft_404"


# --- anchors --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fragment", "length", "expected"),
    [
        ("<div id=\"a\">", "a", 100, True),
        ("<div id='a'>", "a", 100, True),
        ("<a name=a>", "a", 100, True),
        ("<a NAME=\"a\">", "a", 100, True),
        ("<div class=\"x\" id = 'a'>", "a", 100, True),
        ("<p>a</p><h2 ID=\"a\">", "a", 100, True),
        ("<div id=\"ab\">", "a", 100, False),
        ("<div data-id=\"a\">", "a", 100, False),
        ("<p>see a</p>", "a", 100, False),
        ("<div id=\"b\">", "a", 100, False),
        ("<div id=\"b\">", "a", None, None),
        ("<div id=\"b\">", "a", 10**6, None),
        ("", "top", 0, None),
        ("", "!/route", 0, None),
        ("", "page=2", 0, None),
    ],
)
def test_has_anchor(body, fragment, length, expected):
    assert has_anchor(body, fragment, length) is expected


def test_site_hosts_default_to_the_source_page_host():
    fields = dict(site_hosts=frozenset(), redirects=("http://fgw.yichun.gov.cn/a.html",))
    assert classify(obs(**fields)).category == "ok"
    fields = dict(site_hosts=frozenset(), redirects=("http://www.elsewhere.com/",))
    assert classify(obs(**fields)).category == "wrong_link"


def test_observation_is_frozen():
    o = obs()
    with pytest.raises(dataclasses.FrozenInstanceError):
        o.status = 404  # type: ignore[misc]
