"""Links that call a function of the page with an article's id: the address the function builds from it."""

from __future__ import annotations

import pytest
from parsel import Selector

from govcheck.cms.base import scripted_target
from govcheck.cms.openers import Openers, sent_on
from govcheck.cms.splash import entry_link

BASE = "http://www.xx.gov.cn/zwgk/tzgg/index.html"
SCRIPTS = """<script src="/js/jquery.js"></script><script>
var host = "http://other.example/";
function showInfo(id) {
  var w = 800;
  window.open("detail.jsp?id=" + id + "&type=1", "_blank");
}
function go(kind, id){ location.href = '/art/' + kind + '/' + id + '.html'; }
function openUp(id) { window.location = host + id; }
function later(id) { $.get("/count?id=" + id); }
function view(id) { window.location.href = "/view/" + id; }
</script>"""


def target(onclick: str = "", href: str = "javascript:void(0)") -> str | None:
    html = f'<html><body><a href="{href}" onclick="{onclick}">关于开展专项检查的通知</a>{SCRIPTS}</body></html>'
    sel = Selector(text=html)
    return scripted_target(sel.root.find(".//a"), BASE, Openers(sel))


@pytest.mark.parametrize(("onclick", "href", "want"), [
    ("showInfo('97076')", "javascript:void(0)", "http://www.xx.gov.cn/zwgk/tzgg/detail.jsp?id=97076&type=1"),
    ("showInfo(97076);return false;", "#", "http://www.xx.gov.cn/zwgk/tzgg/detail.jsp?id=97076&type=1"),
    ("", "javascript:go('tzgg', 'a12')", "http://www.xx.gov.cn/art/tzgg/a12.html"),
    ("view(3)", "javascript:;", "http://www.xx.gov.cn/view/3"),
    ("window.open('/a/1.html')", "javascript:void(0)", "http://www.xx.gov.cn/a/1.html"),  # a literal first
])
def test_a_call_with_an_id_opens_what_its_function_builds(onclick, href, want):
    assert target(onclick, href) == want


@pytest.mark.parametrize(("onclick", "href"), [
    ("openUp('9')", "javascript:void(0)"),  # the address starts with a variable: unknown
    ("later('9')", "javascript:void(0)"),  # the function opens nothing
    ("showInfo(this.id)", "javascript:void(0)"),  # no literal argument
    ("go('tzgg')", "javascript:void(0)"),  # the argument the address needs is missing
    ("showInfo('a/b')", "javascript:void(0)"),  # no id: a path
    ("nowhere('9')", "javascript:void(0)"),  # no such function on the page
])
def test_what_cannot_be_known_opens_nothing(onclick, href):
    assert target(onclick, href) is None


def test_a_long_script_of_functions_that_open_nothing():
    """Hundreds of kilobytes of functions, one opening an address after them all (its body read only so far)."""
    body = "".join(f"function f{i}(a) {{ var x = a + {i}; if (x) {{ y(x); }} }}\n" for i in range(8000))
    body += "function late(id) {" + " " * 500 + "window.open('/a/' + id); }"
    sel = Selector(text=f"<html><body><script>{body}</script></body></html>")
    assert Openers(sel).load() == {}


@pytest.mark.parametrize(("body", "target"), [
    ('<script>window.location.href="list/index.html";</script>', "list/index.html"),
    ("<p>页面跳转中…</p><script>location.replace('/zwgk/tzgg/');</script>", "/zwgk/tzgg/"),
    # a page of its own that also carries a script sending elsewhere on some condition (a phone's visitor)
    ('<ul><li><a href="a.html">关于开展安全生产检查的通知</a></li></ul>'
     '<script>if (/Mobile/.test(navigator.userAgent)) location.href="/m/";</script>', None),
    # two places (a phone's, a computer's), or an address built at run time: a browser's to know
    ('<script>if (mobile) location.href="/m/"; else location.href="/pc/";</script>', None),
    # an address written as string literals joined, a constant however it is spelt (www.bjsat.gov.cn's root)
    ("<script>window.location.href='http:/'+'/'+'www.xx.gov.cn/web/';</script>", "http://www.xx.gov.cn/web/"),
    ('<script>location.replace("/web/" + "index.htm")</script>', "/web/index.htm"),
    ('<script>location.href="/list.html?id="+getId();</script>', None),
    ("<script>location.href='/list.html?id=' + id + '&t=1';</script>", None),
    # an empty page sending only a phone's visitor on (its content built by a script): a computer stays
    ('<div id="app"></div><script>if(/Mobile/.test(navigator.userAgent)) location.href="/m/";</script>', None),
])
def test_the_address_a_page_that_shows_nothing_sends_its_visitor_to(body, target):
    assert sent_on(Selector(text=f"<html><body>{body}</body></html>")) == target



@pytest.mark.parametrize(("body", "target"), [
    ('<img src="/img/splash.jpg" alt="欢迎"><div class="enter"><a href="index_main.html">进入主站</a></div>',
     "http://www.xx.gov.cn/index_main.html"),
    # the picture and the words both link it; a title says so when the link holds only a picture
    ('<a href="/portal/"><img src="bg.jpg"></a><a href="/portal/">点击 进入</a>', "http://www.xx.gov.cn/portal/"),
    ('<a href="/main.html" title="进入首页"><img src="enter.png"></a>', "http://www.xx.gov.cn/main.html"),
    ('<a href="/main.html"><img src="enter.png" alt="进入主站"></a>', "http://www.xx.gov.cn/main.html"),
    # a homepage's own links: no entry, nor a link that only names one (进入专题, 进入网上办事大厅)
    ('<ul><li><a href="/zt/1/">进入专题</a></li><li><a href="/bsdt/">进入网上办事大厅</a></li></ul>', None),
    # two entries, a computer's and a phone's: which is the homepage, a person knows
    ('<a href="/pc/index.html">进入主站</a><a href="/m/index.html">进入主站</a>', None),
    # a void link opening it by its onclick, an address with no extension, or by a javascript: href of its own
    ('<a href="javascript:void(0);" onclick="self.location=\'index\'">点击进入</a>', "http://www.xx.gov.cn/index"),
    ('<a href="#" onclick="window.location.href=\'/portal/\';return false;"><img src="go.png" alt="进入主站"></a>',
     "http://www.xx.gov.cn/portal/"),
    ('<a href="javascript:location.replace(\'main.html\')">进入首页</a>', "http://www.xx.gov.cn/main.html"),
    # an onclick that builds the address at run time, or names none: where it leads is a browser's to know
    ('<a href="javascript:void(0);" onclick="location.href=\'/m/?\'+q">进入主站</a>', None),
    ('<a href="javascript:void(0);" onclick="enter()">进入主站</a>', None),
])
def test_the_page_a_splash_leads_to(body, target):
    assert entry_link(Selector(text=f"<html><body>{body}</body></html>"), "http://www.xx.gov.cn/") == target
