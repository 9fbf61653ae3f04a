"""The matcher over a page's text: planted wrong wordings found with their sentence, mentions of the past, generic
terms and right forms left alone, the longest of overlapping phrases, script text never read."""

from __future__ import annotations

from parsel import Selector

from govcheck.wording.matcher import MAX_SENTENCE, Matcher, written_then
from govcheck.wording.phrases import Phrase, PhraseList, load_phrases
from govcheck.wording.text import page_text

BUNDLED = Matcher(load_phrases())


def found(text: str, matcher: Matcher = BUNDLED) -> list[tuple[str, str]]:
    return [(h.phrase.wrong, h.sentence) for h in matcher.find(text)]


def html(body: str) -> str:
    return page_text(Selector(text=f"<html><head><title>示范</title></head><body>{body}</body></html>"))


def test_planted_phrases_are_found_with_their_sentence_and_right_form():
    text = "近日召开会议。会议要求深入践行社会主意核心价值观，认真落实国土资源部有关要求！下一步工作另行部署。"
    assert found(text) == [("社会主意核心价值观", "会议要求深入践行社会主意核心价值观，认真落实国土资源部有关要求！"),
                           ("国土资源部", "会议要求深入践行社会主意核心价值观，认真落实国土资源部有关要求！")]
    assert [(h.phrase.right, h.phrase.kind) for h in BUNDLED.find(text)] == [
        ("社会主义核心价值观", "expression"), ("自然资源部", "institution")]


def test_mentions_of_the_past_and_generic_terms_are_not_errors():
    assert found("原国土资源部部长来我县调研。前国家旅游局发布的标准。改革前国家粮食局的职责。") == []
    assert found("2017年国家卫生和计划生育委员会发布了该规范。") == []
    assert found("据2016-03-01的通知，环境保护部要求各地开展检查。") == []
    assert found("区国土资源部门、农业部门和文化部门联合开展检查，做好农业部署。企业文化部组织活动。") == []
    # a year after the name was changed is no excuse
    assert found("2024年国家卫生和计划生育委员会发布了该规范。") == [
        ("国家卫生和计划生育委员会", "2024年国家卫生和计划生育委员会发布了该规范。")]


def test_one_hit_per_phrase_at_its_first_occurrence_that_is_an_error():
    text = "原国土资源部的文件已废止。请按国土资源部的通知办理。再次强调国土资源部的要求。"
    assert found(text) == [("国土资源部", "请按国土资源部的通知办理。")]


def test_the_longest_of_overlapping_phrases_is_the_one_hit():
    text = "中华人民共和国国家总理出席会议。"
    assert found(text) == [("中华人民共和国国家总理", text)]
    assert found("国家总理出席会议。") == [("国家总理", "国家总理出席会议。")]
    # the prefix excuses the long name, and with it the short one inside it
    assert found("原国家卫生和计划生育委员会的职责。") == []
    assert found("市卫生和计划生育委员会召开会议。") == [("卫生和计划生育委员会", "市卫生和计划生育委员会召开会议。")]


def test_partly_overlapping_phrases_are_both_found():
    matcher = Matcher(PhraseList((Phrase("甲乙丙", "甲乙", "expression"), Phrase("丙丁戊", "丁戊", "expression"))))
    assert [h.phrase.wrong for h in matcher.find("他说甲乙丙丁戊。")] == ["甲乙丙", "丙丁戊"]


def test_a_wrong_form_read_inside_its_right_form_is_not_a_hit():
    matcher = Matcher(PhraseList((Phrase("核心价值观", "社会主义核心价值观", "expression"),)))
    assert found("践行社会主义核心价值观。", matcher) == []
    assert found("培育核心价值观。", matcher) == [("核心价值观", "培育核心价值观。")]


def test_unless_preceded_by_and_followed_by_are_the_list_s_own():
    matcher = Matcher(PhraseList((Phrase("总局", "总署", "institution", unless_preceded_by=("税务",),
                                         unless_followed_by=("长",)),)))
    assert found("税务总局发文。总局长讲话。", matcher) == []
    assert found("总局发文。", matcher) == [("总局", "总局发文。")]


def test_the_sentence_shown_is_bounded():
    text = "首页 " * 200 + "国土资源部" + " 政务公开" * 200
    (hit,) = BUNDLED.find(text)
    assert "国土资源部" in hit.sentence and hit.sentence.startswith("…") and hit.sentence.endswith("…")
    assert len(hit.sentence) <= MAX_SENTENCE + 2


def test_script_style_and_template_text_is_not_read():
    body = ("<script>var s = '国土资源部';</script><style>/* 社会主意核心价值观 */</style>"
            "<template><p>两学一作</p></template><noscript>国家总理</noscript><p>正文。</p>")
    assert found(html(body)) == []
    assert found(html("<p>正文</p><script>x()</script><p>落实国土资源部要求。</p>")) == [
        ("国土资源部", "落实国土资源部要求。")]


def test_markup_and_line_breaks_inside_a_name_do_not_hide_it_but_block_edges_part_it():
    assert found(html("<p>落实<b>国土</b>资源部要求</p>")) == [("国土资源部", "落实国土资源部要求")]
    assert found(html("<p>落实国土\n    资源部要求</p>")) == [("国土资源部", "落实国土资源部要求")]
    # two menu entries side by side are not one phrase, nor one sentence
    assert found(html("<ul><li>国土</li><li>资源部</li></ul>")) == []
    assert found(html("<div>工作动态</div><div>国土资源部来访</div>")) == [("国土资源部", "国土资源部来访")]


def test_the_bundled_list_finds_each_of_its_own_wrong_forms():
    for phrase in load_phrases().phrases:
        assert [h.phrase.wrong for h in BUNDLED.find(f"某某{phrase.wrong}某某。")] == [phrase.wrong], phrase.where


def test_an_outdated_name_stands_on_a_page_written_since_but_not_on_one_written_then():
    hits = BUNDLED.find("落实国土资源部要求，践行社会主意核心价值观。")
    assert [h.phrase.wrong for h in written_then(hits, 2016)] == ["社会主意核心价值观"]
    assert [h.phrase.wrong for h in written_then(hits, 2018)] == ["社会主意核心价值观"]
    assert [h.phrase.wrong for h in written_then(hits, 2019)] == ["国土资源部", "社会主意核心价值观"]
    assert written_then(hits, None) == hits
