"""What each link-health category means to the report and the score (judge/categories.py)."""

import pytest

from govcheck.judge.categories import CATEGORIES, category_info, is_definite
from tests.judge.test_links import CASES  # how classify judges each category

BROKEN = {c[3] for c in CASES if c[2] == "broken"}
UNVERIFIED = {c[3] for c in CASES if c[2] == "unverified"}


@pytest.mark.parametrize("category", CATEGORIES)
def test_category_info(category):
    info = category_info(category)
    for key in ("label", "meaning", "fix"):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in info[key]), (category, key)
    assert info["counts"] is (category in BROKEN)
    assert info["counts"] is not (category in UNVERIFIED)


def test_category_info_of_ok_or_unknown_is_an_error():
    with pytest.raises(KeyError):
        category_info("ok")
    with pytest.raises(KeyError):
        category_info("http_999")


def test_labels_are_distinct_and_404_reads_as_404():
    labels = [category_info(c)["label"] for c in CATEGORIES]
    assert len(set(labels)) == len(labels)
    assert category_info("http_404")["label"] == "页面不存在（404）"
    assert category_info("missing_anchor")["minor"] is True


@pytest.mark.parametrize(
    ("category", "same_site", "definite"),
    [
        ("http_404", True, True),
        ("http_403", True, True),
        ("http_410", True, True),
        ("http_404", False, False),
        ("http_5xx", True, False),
        ("timeout", True, False),
        ("soft_404", True, False),
        ("wrong_link", True, False),
        ("bot_blocked", True, False),
        ("ok", True, False),
    ],
)
def test_is_definite(category, same_site, definite):
    assert is_definite(category, same_site) is definite
