"""Realpage 84: a college's 科研动态, an empty list under its heading over a pager of 共1页, on a page whose header
script checks the visitor's session (checkSession() POSTs /cms/web/getXnwkSession.jsp and keeps the answer as a
flag). That request loads no list: taken for the list's source, it is asked in place of the page's own list, and a
list a script does load (named after it in the page) is never asked."""

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.containers import has_empty_list
from govcheck.cms.endpoints import find_endpoints
from tests.cms.pages import real

PAGE = "84-cnu-cjy-kydt-2021.html"


def test_an_empty_list_beside_a_session_check_is_read_as_served():
    sel, url = real(PAGE)
    listing = parse_list(sel, url)
    assert listing.items == [] and not listing.placeholder
    assert listing.endpoints == []  # the session check is no list's source
    assert has_empty_list(sel, url)  # its <ul> under 科研动态 shows nothing


SESSION = """<script>function checkSession() { jQuery.ajax({type: "POST", url: 'URL', async: false,
  success: function(data) { flag = data; }}); }</script>"""


@pytest.mark.parametrize(("url", "kept"), [
    ("/cms/web/getXnwkSession.jsp", False),  # realpage 84's
    ("/system/checkLogin.do", False),
    ("/sso/isSignin", False),
    ("/cms/web/getList.jsp", True),  # a list's
    ("/api/catalog/list", True),
])
def test_a_request_asking_whether_the_visitor_is_signed_in_is_no_list(url, kept):
    page = "http://www.example.gov.cn/kydt/index.html"
    sel = Selector(text=f"<html><head>{SESSION.replace('URL', url)}</head><body><ul></ul>"
                        "<script>fetch('/kydt/list.json')</script></body></html>")
    found = [ep.url.removeprefix("http://www.example.gov.cn") for ep in find_endpoints(sel, page)]
    assert found == ([url, "/kydt/list.json"] if kept else ["/kydt/list.json"])
