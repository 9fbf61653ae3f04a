"""Phrase lists and allow lists: a broken one is one line naming the file and the line; an office's own list is
merged with the bundled one; the allow list silences a hit per site, per page or everywhere."""

from __future__ import annotations

import pytest

from govcheck.wording.allow import load_allow, read_allow_file
from govcheck.wording.phrases import BUNDLED, WordingListError, load_phrases, read_phrase_file

HEAD = "historical_prefixes: [原]\nphrases:\n"
AGRI = "  - {wrong: 农业部, right: 农业农村部, kind: institution"
GOOD = "  - {wrong: 国土资源部, right: 自然资源部, kind: institution, until: 2018}\n"


def error(tmp_path, text: str, name: str = "list.yaml", read=read_phrase_file) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WordingListError) as caught:
        read(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message.removeprefix(str(path))


@pytest.mark.parametrize(("text", "want"), [
    (HEAD + GOOD + "  - {wrong: 农业部, kind: institution}\n", ":4: right is missing or empty"),
    (HEAD + GOOD + "  - {wrong: 农业部, right: 农业农村部, kind: ministry}\n", ":4: kind 'ministry' is not one of"),
    (HEAD + GOOD + GOOD, ":4: 国土资源部 is listed twice (first at "),
    (HEAD + GOOD + AGRI + ", untill: 2018}\n", ":4: unknown key 'untill'"),
    (HEAD + GOOD + AGRI + ", until: 18年}\n", ":4: until must be a year"),
    (HEAD + GOOD + "  - {wrong: 农业部, right: 农业部, kind: institution}\n", ":4: wrong and right are the same"),
    (HEAD + GOOD + "  - {wrong: 农业部, right: [农业农村部, kind: institution}\n", ":4: not valid YAML"),
    (HEAD + GOOD + "  - {wrong: 农业部, right: 农业农村部, kind: institution, unless_followed_by: [门, '']}\n",
     ":4: unless_followed_by must be a list"),
    (HEAD + GOOD + "  - 农业部\n", ":4: each phrase is a mapping"),
    (HEAD + GOOD + AGRI + "\n", ":5: not valid YAML: expected ',' or '}', but got '<stream end>' (while parsing a "
                               "flow mapping at line 4)"),
    ("phrases: 国土资源部\n", ":1: `phrases:` must be a list"),
    ("- 国土资源部\n", ": expected a mapping"),
])
def test_a_broken_list_is_one_line_naming_its_file_and_line(tmp_path, text, want):
    assert error(tmp_path, text).startswith(want)


def test_a_missing_or_unreadable_list_is_one_line(tmp_path):
    with pytest.raises(WordingListError, match=r"nowhere\.yaml: no such phrase list$"):
        read_phrase_file(tmp_path / "nowhere.yaml")
    assert error(tmp_path, "", "gbk.yaml", read=lambda p: (p.write_bytes("国土".encode("gbk")),
                                                           read_phrase_file(p))).startswith(": cannot be read")


def test_an_office_list_is_merged_with_the_bundled_one(tmp_path):
    extra = tmp_path / "office.yaml"
    extra.write_text("historical_prefixes: [撤并前]\nphrases:\n"
                     "  - {wrong: 国土资源部, right: 自然资源部（本地说明）, kind: institution, until: 2018}\n"
                     "  - {wrong: 示范县畜牧局, right: 示范县农业农村局, kind: institution, until: 2019}\n",
                     encoding="utf-8")
    bundled, merged = load_phrases(), load_phrases([extra])
    by_wrong = {p.wrong: p for p in merged.phrases}
    assert len(merged.phrases) == len(bundled.phrases) + 1
    assert by_wrong["国土资源部"].right == "自然资源部（本地说明）" and "示范县畜牧局" in by_wrong
    assert set(merged.historical_prefixes) == {*bundled.historical_prefixes, "撤并前"}
    assert by_wrong["农业部"].where.startswith(f"{BUNDLED}:") and by_wrong["示范县畜牧局"].where == f"{extra}:4"


def test_the_allow_list_silences_per_site_per_page_or_everywhere(tmp_path):
    path = tmp_path / "allow.csv"
    path.write_text("# comment\nsite_id,phrase,page_url\nqx,文化部,\nxc,国家总理,http://x/a.html\n*,两学一作,\n",
                    encoding="utf-8")
    allow = load_allow([path])
    assert allow.allows("qx", "文化部", "http://qx/any.html")
    assert not allow.allows("xc", "文化部", "http://xc/any.html")
    assert allow.allows("xc", "国家总理", "http://x/b.html", "http://x/a.html")
    assert not allow.allows("xc", "国家总理", "http://x/b.html")
    assert allow.allows("hd", "两学一作", "http://hd/")


@pytest.mark.parametrize(("text", "want"), [
    ("site_id,url\nqx,x\n", ":1: the header must be site_id,phrase,page_url"),
    ("# c\nsite_id,phrase,page_url\nqx,,\n", ":3: site_id and phrase are required"),
    ("site_id,phrase,page_url\nqx,文化部,http://x/,extra\n", ":2: 4 cells, the header has 3"),
])
def test_a_broken_allow_list_is_one_line_naming_its_file_and_line(tmp_path, text, want):
    assert error(tmp_path, text, "allow.csv", read=read_allow_file).startswith(want)


def test_a_list_saved_with_a_bom_reads(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_text("\ufeff" + HEAD + GOOD, encoding="utf-8")
    assert [p.wrong for p in read_phrase_file(path).phrases] == ["国土资源部"]
