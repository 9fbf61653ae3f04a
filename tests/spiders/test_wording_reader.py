"""The wording reader in the portal spider: each page read yields its wrong wordings as evidence, an office's list
and allow list taken from the settings; a broken list stops the crawl before it starts, in one line."""

from __future__ import annotations

from parsel import Selector

from govcheck.items import EvidenceItem
from govcheck.wording.matcher import Matcher
from govcheck.wording.phrases import load_phrases
from govcheck.wording.text import page_text
from tests.cms.pages import real_text
from tests.spiders.helpers import HOME, page_meta, portal_spider, response

BUNDLED = Matcher(load_phrases())
PAGE = HOME + "xwzx/202611/t20261120_1.html"
BODY = ("<html><head><title>县政府召开会议</title><script>var t='国土资源部';</script></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><div class='article'><h1>县政府召开会议</h1>"
        "<p>会议要求深入践行社会主意核心价值观，认真落实国土资源部有关要求。</p>"
        "<p>2017年国家卫生和计划生育委员会发布的规范仍作参考。</p><p>请示范县畜牧局做好配合。</p></div></body></html>")


def wording(spider, url: str = PAGE, body: str = BODY) -> list[tuple]:
    page = response(url, body, meta=page_meta(spider, url))
    return [(i.page_url, i.found, i.expected, i.detail["kind"], i.detail["sentence"])
            for i in spider.read_page(page, spider.sites[0]) if isinstance(i, EvidenceItem) and i.check == "wording"]


def test_each_wrong_wording_of_a_page_is_evidence_with_its_sentence():
    spider = portal_spider()
    sentence = "会议要求深入践行社会主意核心价值观，认真落实国土资源部有关要求。"
    assert wording(spider) == [(PAGE, "社会主意核心价值观", "社会主义核心价值观", "expression", sentence),
                               (PAGE, "国土资源部", "自然资源部", "institution", sentence)]
    assert spider.crawler.stats.get_value("govcheck/evidence/wording") == 2


def test_an_office_list_and_allow_list_come_from_the_settings(tmp_path):
    extra, allow = tmp_path / "office.yaml", tmp_path / "allow.csv"
    extra.write_text("phrases:\n  - {wrong: 示范县畜牧局, right: 示范县农业农村局, kind: institution, until: 2019}\n",
                     encoding="utf-8")
    allow.write_text(f"site_id,phrase,page_url\n{portal_spider().sites[0].site_id},国土资源部,{PAGE}\n",
                     encoding="utf-8")
    spider = portal_spider(GOVCHECK_WORDING=[str(extra)], GOVCHECK_WORDING_ALLOW=[str(allow)])
    assert [found for _, found, *_ in wording(spider)] == ["社会主意核心价值观", "示范县畜牧局"]
    # allowed on that page only
    assert [found for _, found, *_ in wording(spider, HOME + "other.html")] == [
        "社会主意核心价值观", "国土资源部", "示范县畜牧局"]


def test_the_check_can_be_turned_off():
    assert wording(portal_spider(GOVCHECK_WORDING_CHECK=False)) == []


def test_a_broken_list_stops_the_crawl_in_one_line(tmp_path):
    broken = tmp_path / "office.yaml"
    broken.write_text("phrases:\n  - {wrong: 农业部, right: 农业农村部, kind: institution}\n  - {wrong: 文化部}\n",
                      encoding="utf-8")
    spider = portal_spider(GOVCHECK_WORDING=[str(broken)])
    assert spider.setup_error == f"{broken}:3: right is missing or empty"


def test_an_archived_article_may_name_what_was_right_when_it_was_written():
    old = BODY.replace("<head>", "<head><meta name='PubDate' content='2016-05-03 09:00'>")
    assert [found for _, found, *_ in wording(portal_spider(), body=old)] == ["社会主意核心价值观"]
    new = BODY.replace("<head>", "<head><meta name='PubDate' content='2026-11-20 09:00'>")
    assert [found for _, found, *_ in wording(portal_spider(), body=new)] == ["社会主意核心价值观", "国土资源部"]


def test_a_real_2019_article_s_footer_names_the_regulator_of_then_without_a_hit():
    """山西省人民政府's 2019 article links to 中国银行保险监督管理委员会 (renamed in 2023) in its footer."""
    text = real_text("09-shanxi-article-2019.html")
    assert [h.phrase.wrong for h in BUNDLED.find(page_text(Selector(text=text)))] == ["中国银行保险监督管理委员会"]
    spider = portal_spider()
    assert wording(spider, HOME + "xw/sxyw/201909/t20190918_1.html", text) == []
