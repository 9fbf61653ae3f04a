"""Problem identities across runs and the diff between two runs."""

import copy

from govcheck.report.history import diff, first_seen, run_problems, site_problems
from tests.report.conftest import build_export, build_previous, link


def keys(problems):
    return {p.key for p in problems}


def test_identities_of_each_kind():
    export = build_export()
    by_site = {s["site_id"]: {p.key for p in site_problems(s)} for s in export["sites"]}
    assert by_site["qq"] == set()  # exempt: nothing to fix
    assert by_site["qx"] == {("qx", "unreachable", ())}
    wjw = by_site["wjw"]
    assert ("wjw", "homepage_stale", ()) in wjw
    assert ("wjw", "column_empty", ("http://wjw.example.gov.cn/col0/",)) in wjw
    assert ("wjw", "column_stale", ("http://wjw.example.gov.cn/dt/",)) in wjw
    assert ("wjw", "link", ("http://wjw.example.gov.cn/", "http://wjw.example.gov.cn/gone.html")) in wjw
    # the same link twice on a page is one problem: 1 homepage + 5 empty + 1 stale + 3 links
    assert len(wjw) == 10
    assert ("jyj", "identity", ("psb",)) in by_site["jyj"]
    # an unverified link is not a problem
    assert not any(k[1] == "link" and k[2][1].endswith("/x") for k in by_site["jyj"])


def test_same_link_on_two_pages_is_two_problems():
    s = build_export()["sites"][0]
    s["links"] = [link("jyj", "/a", source="/p1/"), link("jyj", "/a", source="/p2/")]
    assert len([p for p in site_problems(s) if p.kind == "link"]) == 2


def test_a_problem_gone_now_is_fixed():
    previous, current = build_previous(), build_export()
    d = diff(previous, current)
    gone = ("jyj", "link", ("http://jyj.example.gov.cn/", "http://jyj.example.gov.cn/fixed-now.html"))
    assert keys(d.fixed) == {gone}
    assert gone not in keys(d.persisting) | keys(d.new)
    assert keys(d.persisting) == set(run_problems(current))
    assert d.for_site("jyj").counts() == {"new": 0, "persisting": 2, "fixed": 1, "unchecked": 0}
    assert d.for_site("wjw").fixed == []


def test_a_new_problem_is_new():
    previous, current = build_previous(), build_export()
    current["sites"][0]["links"].append(link("jyj", "/new.html", text="新错链"))
    d = diff(previous, current)
    assert keys(d.new) == {("jyj", "link", ("http://jyj.example.gov.cn/", "http://jyj.example.gov.cn/new.html"))}
    assert d.status(next(iter(keys(d.new)))) == "new"


def test_problems_of_a_site_not_checked_now_are_unchecked_not_fixed():
    previous, current = build_previous(), build_export()
    current["sites"][1] = {**current["sites"][1], "status": "unreachable", "verdict": "unqualified",
                           "links": [], "columns": [], "homepage": {"stale": False}}
    d = diff(previous, current)
    assert not [p for p in d.fixed if p.site_id == "wjw"]
    assert len([p for p in d.unchecked if p.site_id == "wjw"]) == 10
    assert ("wjw", "unreachable", ()) in keys(d.new)


def test_an_unreachable_site_back_online_is_fixed():
    previous, current = build_previous(), build_export()
    current["sites"][3] = {**current["sites"][3], "status": "checked", "verdict": "qualified", "vetoes": []}
    assert ("qx", "unreachable", ()) in keys(diff(previous, current).fixed)


def test_first_seen_follows_the_unbroken_streak():
    r5, r6, r7 = build_previous(), build_previous(), build_export()
    r5["run"]["id"] = 5
    r5["sites"][1]["homepage"]["stale"] = False  # the homepage was fresh in run 5
    later = copy.deepcopy(r7)
    later["run"]["id"] = 9  # later runs are ignored
    seen = first_seen(r7, [later, r6, r5])
    assert seen[("wjw", "homepage_stale", ())] == 6
    assert seen[("wjw", "column_stale", ("http://wjw.example.gov.cn/dt/",))] == 5
    r7["sites"][0]["links"].append(link("jyj", "/new.html"))
    assert first_seen(r7, [r6, r5])[
        ("jyj", "link", ("http://jyj.example.gov.cn/", "http://jyj.example.gov.cn/new.html"))] == 7
    assert first_seen(r7, []) == dict.fromkeys(run_problems(r7), 7)
