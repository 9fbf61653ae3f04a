"""A site's domain: .gov.cn, a department under its government's domain, a listed homepage that lands elsewhere;
IP literals and names without a public suffix are never judged."""

import pytest

from govcheck.judge.domains import domain_problem, government_domain, redirected_elsewhere, registered_domain

PORTAL = "http://www.sysx.gov.cn/"


@pytest.mark.parametrize("host, domain", [
    ("www.sysx.gov.cn", "sysx.gov.cn"), ("a.b.hunan.gov.cn", "hunan.gov.cn"), ("www.sylyw.com.cn", "sylyw.com.cn"),
    ("127.0.0.25", ""), ("localhost", ""), ("", ""),
])
def test_registered_domain_from_the_bundled_suffix_list(host, domain):
    assert registered_domain(host) == domain


def test_a_government_domain_drops_www_only():
    assert government_domain("www.sysx.gov.cn") == "sysx.gov.cn"
    assert government_domain("xx.hunan.gov.cn") == "xx.hunan.gov.cn"


@pytest.mark.parametrize("url, parent, problem", [
    ("http://www.sylyw.com:8808/", "", "not_gov"),
    ("https://sylyw.gov.cn.example.com/", "", "not_gov"),  # gov.cn inside the name is not the suffix
    ("http://www.syjyj.gov.cn/", PORTAL, "not_under_parent"),
    ("http://jyj.sysx.gov.cn/", PORTAL, None),
    ("http://www.sysx.gov.cn/jyj/", PORTAL, None),  # under the portal's own host
    ("http://www.syjyj.gov.cn/", "", None),  # no government portal known: .gov.cn is all that is asked
    ("http://jyj.xx.hunan.gov.cn/", "http://xx.hunan.gov.cn/", None),
    ("http://jyj.hunan.gov.cn/", "http://xx.hunan.gov.cn/", "not_under_parent"),
    ("http://127.0.0.26:8808/", PORTAL, None),  # an IP literal says nothing of a domain
    ("http://www.syjyj.gov.cn/", "http://127.0.0.25/", None),
    ("http://intranet/", "", None),
])
def test_domain_problem(url, parent, problem):
    found = domain_problem(url, parent)
    assert (found[0] if found else None) == problem


@pytest.mark.parametrize("listed, final, elsewhere", [
    ("http://www.sylyw.com/", "http://ly.sysx.gov.cn/", True),
    ("http://sysx.gov.cn/", "http://www.sysx.gov.cn/index.html", False),  # the same registered domain
    ("http://www.sysx.gov.cn/", "http://www.sysx.gov.cn/", False),
    ("http://www.sysx.gov.cn/", "http://127.0.0.25/", True),  # a listed name landing on a bare address
    ("http://127.0.0.25/", "http://www.sysx.gov.cn/", False),  # a listed address is not judged
])
def test_redirected_elsewhere(listed, final, elsewhere):
    assert redirected_elsewhere(listed, final) is elsewhere
