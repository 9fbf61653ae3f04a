"""The identity readers on pages alone: the site code against the list's, the filing numbers' format, the listed
domain and where the listed homepage landed; each once per site however many frames show it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from parsel import Selector

from govcheck.cms.base import ListItem, ListPage
from govcheck.sites import Site
from govcheck.spiders.evidence import PageView
from govcheck.spiders.identity_readers import identity_marks, listed_domain

PORTAL = "http://www.sysx.gov.cn/"
SITE = Site("syjy", "山阳县教育局", "http://www.syjyj.gov.cn/", site_code="4399230012", kind="department",
            parent="sy", parent_url=PORTAL)


def footer(code="4399230012", icp="湘ICP备12034567号-3", psb="湘公网安备 43992302000103号") -> str:
    return (f'<html><head><meta name="SiteIDCode" content="{code}"></head><body><div class="footer">'
            f"<p>主办单位：山阳县教育局</p><p>网站标识码：{code}　{icp}　{psb}</p></div></body></html>")


def view(html: str, site: Site = SITE, url: str | None = None, final: str | None = None, home=True, memo=None):
    url = url or site.url
    return PageView(site, url, final or url, Selector(text=html), home, ListPage(items=[]), date(2026, 11, 26),
                    memo=memo)


def checks(found) -> dict:
    return {i.check: i for i in found}


def test_a_clean_footer_gives_nothing():
    assert list(identity_marks(view(footer()))) == []


def test_another_sites_code_and_malformed_numbers_are_found_with_what_was_expected():
    page = footer(code="4399230099", icp="湘ICP备1203456号", psb="湘公网安备 4399230200010号")
    got = checks(identity_marks(view(page)))
    assert (got["site_code_mismatch"].found, got["site_code_mismatch"].expected) == ("4399230099", "4399230012")
    assert got["icp_format"].found == "湘ICP备1203456号" and "7位" in got["icp_format"].detail["why"]
    assert "13位" in got["psb_format"].detail["why"]


def test_a_missing_mark_is_the_identity_rules_not_a_format_finding():
    assert list(identity_marks(view(footer(icp="", psb="")))) == []


def test_only_the_homepage_and_its_frames_are_read_and_each_check_once_per_site():
    wrong = footer(code="4399230099")
    assert list(identity_marks(view(wrong, home=False))) == []
    memo: dict = {}
    first = list(identity_marks(view(wrong, memo=memo)))
    frame = list(identity_marks(view(wrong, url=SITE.url + "main.html", memo=memo)))
    assert [i.check for i in first] == ["site_code_mismatch"] and frame == []


def test_each_list_page_of_the_sites_own_showing_a_former_code_is_listed():
    """A page kept as the site's by its sponsor though it shows another code (spiders.platform.own_by_sponsor):
    every list page of it is listed, whichever worker reads it (the profile counts one problem per code:
    per_value); an article under it is not."""
    old = footer(code="4399230077")
    page = SITE.url + "lyzx/index.html"
    listed = ListPage(items=[ListItem("旅游资讯", page + "1.html", date(2026, 10, 1), "2026-10-01")])
    for url in (page, page + "2"):
        got = identity_marks(replace(view(old, url=url, home=False, memo={}), old_code="4399230077", listing=listed))
        assert [(i.check, i.page_url, i.found, i.expected) for i in got] == [
            ("site_code_mismatch", url, "4399230077", "4399230012")]
    article = replace(view(old, url=page + "1.html", home=False), old_code="4399230077")
    assert list(identity_marks(article)) == []


def test_a_department_outside_its_governments_domain():
    (item,) = listed_domain(view(footer()))
    assert (item.check, item.found, item.expected, item.detail["why"]) == (
        "domain_not_gov", "www.syjyj.gov.cn", "sysx.gov.cn的下级域名", "not_under_parent")
    inside = Site("syjy", "山阳县教育局", "http://jyj.sysx.gov.cn/", kind="department", parent_url=PORTAL)
    assert list(listed_domain(view(footer(), site=inside))) == []


def test_a_listed_homepage_landing_on_another_registered_domain():
    site = Site("syly", "山阳县文化旅游局", "http://www.sylyw.com/", kind="department", parent_url=PORTAL)
    got = checks(listed_domain(view(footer(), site=site, final="http://ly.sysx.gov.cn/")))
    assert got["domain_not_gov"].detail["why"] == "not_gov"
    assert (got["redirect_domain"].found, got["redirect_domain"].expected) == ("http://ly.sysx.gov.cn/", site.url)
    # a frame of it, or a page that is not the listed homepage, says nothing of the listed URL
    assert list(listed_domain(view(footer(), site=site, url="http://www.sylyw.com/top.html"))) == []


def test_ip_hosts_are_not_judged():
    site = Site("qx", "示范县人民政府", "http://127.0.0.11:8808/", parent_url="http://127.0.0.12:8808/")
    assert list(listed_domain(view(footer(), site=site, final="http://127.0.0.13:8808/"))) == []
