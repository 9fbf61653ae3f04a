"""What an href is and where it leads (judge/urls.py): scheme classes, normalized URLs, the kind of a link,
registered domains and the site's hosts."""

import pytest

from govcheck.judge.urls import is_same_site, link_kind, link_scheme_class, normalize_url, registrable_domain

SITE = "www.yichun.gov.cn"


# --- hosts --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.yichun.gov.cn", "yichun.gov.cn"),
        ("fgw.yichun.gov.cn", "yichun.gov.cn"),
        ("yichun.gov.cn", "yichun.gov.cn"),
        ("www.gov.cn", "www.gov.cn"),
        ("a.b.example.com", "example.com"),
        ("www.example.com.cn", "example.com.cn"),
        ("WWW.Example.COM.", "example.com"),
        ("127.0.0.1", "127.0.0.1"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


def test_is_same_site():
    hosts = {SITE}
    assert is_same_site(f"https://{SITE}/a", hosts)
    assert is_same_site("http://yichun.gov.cn/a", hosts)
    assert not is_same_site("http://fgw.yichun.gov.cn/a", hosts)
    assert not is_same_site("not a url", hosts)


# --- hrefs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("http://www.gov.cn/", "web"),
        ("HTTPS://www.gov.cn/a?b=1#c", "web"),
        ("/zwgk/index.html", "web"),
        ("../a.html", "web"),
        ("a.html", "web"),
        ("?page=2", "web"),
        ("//cdn.gov.cn/a.js", "web"),
        ("http//www.gov.cn", "web"),  # no colon: a relative path
        ("http://中国政府网.政务/", "web"),
        ("http://[::1]:8080/", "web"),
        ("http://www.gov.cn:/", "web"),
        ("  http://www.gov.cn/\n", "web"),
        ("javascript:void(0)", "skip"),
        ("JavaScript:;", "skip"),
        ("mailto:ban@yichun.gov.cn", "skip"),
        ("tel:0795-3201234", "skip"),
        ("sms:12345", "skip"),
        ("data:image/png;base64,AAAA", "skip"),
        ("about:blank", "skip"),
        ("ftp://ftp.gov.cn/a.doc", "skip"),
        ("weixin://dl/chat", "skip"),
        ("", "skip"),
        ("#", "anchor"),
        ("#content", "anchor"),
        ("http://www.yichun gov.cn/", "malformed"),
        ("http://[bad", "malformed"),
        ("http://[::1", "malformed"),
        ("http:///x", "malformed"),
        ("http://www.gov.cn:abc/", "malformed"),
        ("http://www.gov.cn:99999/", "malformed"),
        ("http://www.gov.cn:80:80/", "malformed"),
        ("http://", "malformed"),
        ("//bad host/x", "malformed"),
        ("http://999.1.1.1/", "malformed"),
        ("http://www.gov.cn%20/", "malformed"),
        ("file:///C:/Users/ban/Desktop/通知.doc", "malformed"),
        ("C:\\Users\\ban\\Desktop\\通知.doc", "malformed"),
    ],
)
def test_link_scheme_class(href, expected):
    assert link_scheme_class(href) == expected


BASE = "http://www.yichun.gov.cn/zwgk/tzgg/index.html"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("t20231011_1.html", "http://www.yichun.gov.cn/zwgk/tzgg/t20231011_1.html"),
        ("./t20231011_1.html#top", "http://www.yichun.gov.cn/zwgk/tzgg/t20231011_1.html"),
        ("../../col/col1/index.html?x=1&y=2", "http://www.yichun.gov.cn/col/col1/index.html?x=1&y=2"),
        ("/a/../b/./c.html", "http://www.yichun.gov.cn/b/c.html"),
        ("http://WWW.JIANGXI.GOV.CN:80/x/../y", "http://www.jiangxi.gov.cn/y"),
        ("https://www.jiangxi.gov.cn:443", "https://www.jiangxi.gov.cn/"),
        ("https://www.jiangxi.gov.cn:8443/a", "https://www.jiangxi.gov.cn:8443/a"),
        ("//cdn.yichun.gov.cn/a.js", "http://cdn.yichun.gov.cn/a.js"),
        ("  /a b.pdf \n", "http://www.yichun.gov.cn/a%20b.pdf"),
        ("/zw\ngk/", "http://www.yichun.gov.cn/zwgk/"),
        ("..\\files\\a.doc", "http://www.yichun.gov.cn/zwgk/files/a.doc"),
        ("?page=2", "http://www.yichun.gov.cn/zwgk/tzgg/index.html?page=2"),
        ("#content", "http://www.yichun.gov.cn/zwgk/tzgg/index.html"),
        ("/附件/通知.pdf", "http://www.yichun.gov.cn/附件/通知.pdf"),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("http://user@www.gov.cn/a", "http://user@www.gov.cn/a"),
        ("javascript:void(0)", None),
        ("mailto:a@b.cn", None),
        ("", None),
        ("http://www.yichun gov.cn/", None),
        ("http://[bad", None),
        ("http:///x", None),
        ("file:///C:/a.doc", None),
    ],
)
def test_normalize_url(href, expected):
    assert normalize_url(BASE, href) == expected


@pytest.mark.parametrize("base", [
    "http://www.gov.cn", "http://www.gov.cn/", "http://www.gov.cn/a/b.html", "http://www.gov.cn/a/b.html?x=1",
    "http://www.gov.cn/a/b;p=1", "http://www.gov.cn/a/", "https://www.gov.cn:8443/a/b/c.shtml",
])
@pytest.mark.parametrize("href", ["c.html", "../c.html", "./", "?p=2", "#x", "", "/r", "//h.cn/x", ";q", "..", ".",
                                  "/", "/r/../s", "/\\h.cn/x", "/\t/h.cn/x", "http://h.cn/a/../b", "HTTPS://h.cn/x"])
def test_urls_cached_per_directory_resolve_as_against_the_page(base, href):
    """Results are cached per page directory: each must equal the join against the page itself."""
    from urllib.parse import urljoin

    from govcheck.cms.base import resolve
    from govcheck.judge.urls import base_directory

    assert urljoin(base_directory(base, href), href) == urljoin(base, href)
    joined = urljoin(base, href)
    assert resolve(base, href) == (None if not href or href.startswith("#") else joined)


@pytest.mark.parametrize(
    ("url", "tag", "kind"),
    [
        ("http://x.gov.cn/a.jpg", "img", "image"),
        ("http://x.gov.cn/show?id=1", "img", "image"),
        ("http://x.gov.cn/a.PNG", "a", "image"),
        ("http://x.gov.cn/files/通知.pdf", "a", "attachment"),
        ("http://x.gov.cn/files/%E9%80%9A%E7%9F%A5.DOCX", "a", "attachment"),
        ("http://x.gov.cn/a.xls", "a", "attachment"),
        ("http://x.gov.cn/a.xlsx", "a", "attachment"),
        ("http://x.gov.cn/a.pptx", "a", "attachment"),
        ("http://x.gov.cn/a.wps", "a", "attachment"),
        ("http://x.gov.cn/a.et", "a", "attachment"),
        ("http://x.gov.cn/a.zip", "a", "attachment"),
        ("http://x.gov.cn/a.rar", "a", "attachment"),
        ("http://x.gov.cn/a.7z", "a", "attachment"),
        ("http://x.gov.cn/a.txt", "a", "attachment"),
        ("http://x.gov.cn/a.csv", "a", "attachment"),
        ("http://x.gov.cn/a.ceb", "a", "attachment"),
        ("http://x.gov.cn/a.ofd", "a", "attachment"),
        ("http://x.gov.cn/v.mp4", "a", "attachment"),
        ("http://x.gov.cn/v.mp3", "embed", "attachment"),
        ("http://x.gov.cn/a.html", "a", "page"),
        ("http://x.gov.cn/a.shtml", "a", "page"),
        ("http://x.gov.cn/a.jsp;jsessionid=ABC", "a", "page"),
        ("http://x.gov.cn/a.aspx?id=1", "a", "page"),
        ("http://x.gov.cn/a.php", "a", "page"),
        ("http://x.gov.cn/col/col123/", "a", "page"),
        ("http://x.gov.cn", "a", "page"),
        ("http://x.gov.cn/zwgk", "a", "page"),
        ("http://x.gov.cn/frame.htm", "iframe", "page"),
        ("http://x.gov.cn/a.css", "link", "other"),
        ("http://x.gov.cn/favicon.ico", "link", "other"),
        ("http://x.gov.cn/a.js", "script", "other"),
        ("http://x.gov.cn/a.css", "a", "other"),
        ("http://x.gov.cn/a.swf?x=1", "embed", "attachment"),
        # frames are pages of the site, unless the extension says otherwise
        ("http://x.gov.cn/main.html", "frame", "page"),
        ("http://x.gov.cn/col/col12/", "frame", "page"),
        ("http://x.gov.cn/module/visit.jsp?i=1", "iframe", "page"),
        ("http://x.gov.cn/doc/a.pdf", "iframe", "attachment"),
        ("http://x.gov.cn/doc/a.pdf", "frame", "attachment"),
        # what a page embeds or plays is never a page to crawl
        ("http://x.gov.cn/flash/top.swf", "object", "attachment"),
        ("http://x.gov.cn/intro.html", "object", "other"),
        ("http://x.gov.cn/player?id=3", "embed", "other"),
        ("http://x.gov.cn/v/a.mp4", "video", "attachment"),
        ("http://x.gov.cn/v/a.jpg", "video", "image"),
        ("http://x.gov.cn/v/stream", "video", "other"),
        ("http://x.gov.cn/v/a.MP3", "audio", "attachment"),
        ("http://x.gov.cn/i/a.webp", "source", "image"),
        ("http://x.gov.cn/v/a.webm", "source", "attachment"),
        ("http://x.gov.cn/v/a.vtt", "track", "other"),
        # CSS url(...): an image by its extension, else other (fonts, imported sheets, scripts' endpoints)
        ("http://x.gov.cn/images/bg.gif", "css", "image"),
        ("http://x.gov.cn/images/bg.PNG?v=2", "css", "image"),
        ("http://x.gov.cn/css/more.css", "css", "other"),
        ("http://x.gov.cn/f/icon.woff2", "css", "other"),
        ("http://x.gov.cn/getimg.jsp?id=1", "css", "other"),
        ("http://x.gov.cn/a.html", "css", "other"),
        # always images: <input type=image> and the background attribute
        ("http://x.gov.cn/i/go", "input", "image"),
        ("http://x.gov.cn/i/td", "td", "image"),
        ("http://x.gov.cn/i/t.gif", "TABLE", "image"),
        ("http://x.gov.cn/i/b.jpg", "body", "image"),
    ],
)
def test_link_kind(url, tag, kind):
    assert link_kind(url, tag) == kind


def test_which_hosts_may_lend_a_site_pages():
    """A host of the site's registered domain, or another government's (its city's platform on a domain of its own):
    pages read as the site's only where they show its code; never a host outside .gov.cn, nor an address's."""
    from govcheck.judge.urls import may_lend

    assert may_lend("hx.sfcity.gov.cn", "xxgk.sfcity.gov.cn")
    assert may_lend("www.hx.gov.cn", "www.sfcity.gov.cn")
    assert not may_lend("www.hx.gov.cn", "www.hxnews.com")
    assert not may_lend("www.example.com", "www.other.com")
    assert not may_lend("127.0.0.11", "127.0.0.12")
    # a page showing no code at all: only a host of its registered domain lends it (not www.gov.cn, nor its city's)
    assert may_lend("hx.sfcity.gov.cn", "xxgk.sfcity.gov.cn", unmarked=True)
    assert not may_lend("www.hx.gov.cn", "www.sfcity.gov.cn", unmarked=True)
    assert not may_lend("www.zhecheng.gov.cn", "www.gov.cn", unmarked=True)


@pytest.mark.parametrize("href", ["http://127.0.0.99:99999/a.html", "http://www.xx.gov.cn:8a/",
                                  "//www.xx.gov.cn:70000/"])
def test_an_address_whose_port_is_no_port_is_none(href):
    """No request can be made for it (scrapy refuses it as it is built): a link to it leads nowhere, as one Python's
    parser refuses does."""
    from govcheck.judge.urls import join_url

    assert join_url("http://www.xx.gov.cn/a/", href) is None
    assert join_url("http://www.xx.gov.cn:8080/a/", "b.html") == "http://www.xx.gov.cn:8080/a/b.html"
