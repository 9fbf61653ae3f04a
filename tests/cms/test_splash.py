"""A splash page's ways in (cms.splash): an entry link, an image map's area, a form's button, a Flash splash's link or
FlashVars, its body's onload, and a timer alone on a page with no menu of its own."""

import pytest
from parsel import Selector

from govcheck.cms.splash import entry_link, timer_target

BASE = "http://www.xx.gov.cn/"


def page(body: str, attrs: str = "", head: str = "") -> Selector:
    return Selector(text=f"<html><head>{head}</head><body{attrs}>{body}</body></html>")


@pytest.mark.parametrize("body,target", [
    # an image map: 进入 over a picture
    ('<img src="bg.jpg" usemap="#m"><map name="m"><area shape="rect" coords="1,2,3,4" href="index.html" '
     'alt="进入网站"></map>', "http://www.xx.gov.cn/index.html"),
    # a form's button, an <input> or a <button>, that sets the location by its onclick
    ('<img src="bg.jpg"><form><input type="button" value="进入网站" onclick="window.location.href=\'main.html\'">'
     '</form>', "http://www.xx.gov.cn/main.html"),
    ('<img src="bg.jpg"><button onclick="location.href=\'/web/\'">进入主站</button>', "http://www.xx.gov.cn/web/"),
    ('<input type="button" value="进入网站" onclick="window.location.href=\'http:/\'+\'/\'+\'www.xx.gov.cn/p/\'">',
     "http://www.xx.gov.cn/p/"),
    # a text box's value names no entry; a button that builds its address at run time leads nowhere known
    ('<input type="text" value="进入网站" onclick="location.href=\'/a/\'">', None),
    ('<button onclick="location.href=\'/m/?\'+q">进入主站</button>', None),
    # a Flash splash: a link around its <embed>, a link in its <noscript>, its FlashVars
    ('<a href="main.htm"><embed src="splash.swf" width="800" height="600"></a>', "http://www.xx.gov.cn/main.htm"),
    ('<object data="s.swf"><param name="movie" value="s.swf"></object><noscript><a href="/index.html">x</a>'
     '</noscript>', "http://www.xx.gov.cn/index.html"),
    ('<object data="s.swf"><param name="FlashVars" value="url=index.shtml&amp;w=800"></object>',
     "http://www.xx.gov.cn/index.shtml"),
    ('<embed src="s.swf" flashvars="link=/portal/">', "http://www.xx.gov.cn/portal/"),
    # no Flash: a link around nothing named 进入 is no entry
    ('<a href="main.htm"><img src="bg.jpg"></a>', None),
])
def test_the_page_a_splash_leads_to(body, target):
    assert entry_link(page(body), BASE) == target


@pytest.mark.parametrize("onload,target", [
    ("location.href='index.html'", "http://www.xx.gov.cn/index.html"),
    ("setTimeout(&quot;window.location='/web/'&quot;, 3000)", "http://www.xx.gov.cn/web/"),
    ("init()", None),
])
def test_a_body_onload_that_sends_its_visitor_on(onload, target):
    assert entry_link(page('<img src="bg.jpg">', f' onload="{onload}"'), BASE) == target


TIMERS = [
    ('setTimeout("location.href=\'index.html\'", 10000);', "http://www.xx.gov.cn/index.html"),
    ('setInterval("self.location=\'index\'", 10000);', "http://www.xx.gov.cn/index"),
    ("window.setTimeout(function(){window.location='/web/'},3000);", "http://www.xx.gov.cn/web/"),
    # an old page's script under <!-- and a comment beside it; an address's // is no comment
    ("<!--\n// 十秒后进入首页\nsetTimeout(\"location.href='http://www.xx.gov.cn/zw/'\", 10000);\n//-->",
     "http://www.xx.gov.cn/zw/"),
]


@pytest.mark.parametrize("script,target", TIMERS)
def test_a_timer_alone_on_a_splash(script, target):
    sel = page(f'<img src="bg.jpg"><p>欢迎访问示范市人民政府网站</p><script>{script}</script>')
    assert entry_link(sel, BASE) is None
    assert timer_target(sel, BASE, BASE) == target


@pytest.mark.parametrize("script", [
    'setTimeout("location.href=\'http://m.xx.gov.cn/\'", 3000);',  # a phone's site
    'setTimeout("location.href=\'/mobile/index.html\'", 3000);',
    'setTimeout("location.href=\'/h5/\'", 3000);',
    'setInterval("location.href=\'http://www.xx.gov.cn/\'", 600000);',  # the page reloading itself
    "setTimeout(function(){location.href=next}, 3000);",  # an address built at run time
    '//setTimeout("location.href=\'index.html\'", 3000);',  # a timer commented out
    '/* window.setTimeout("location.href=\'index.html\'", 3000); */',
])
def test_no_timer_to_a_phone_nor_to_the_page_itself(script):
    sel = page(f'<img src="bg.jpg"><script>{script}</script>')
    assert timer_target(sel, BASE, BASE) is None


def test_no_timer_on_a_page_with_a_menu_of_its_own():
    """A homepage that carries a timer shows its columns: it is the homepage, not a splash."""
    menu = "".join(f'<li><a href="/{p}/index.html">{n}</a></li>' for p, n in
                   (("zwdt", "政务动态"), ("tzgg", "通知公告"), ("zcwj", "政策文件"), ("zwgk", "政务公开")))
    sel = page(f'<div class="nav"><ul><li><a href="/">首页</a></li>{menu}</ul></div>'
               f'<script>{TIMERS[0][0]}</script>')
    assert timer_target(sel, BASE, BASE) is None
