"""The availability rule over its edges: the 5% veto line, the warning and deduction below it, thin evidence."""


from dataclasses import replace

import pytest

from govcheck.judge.scoring import judge_site
from govcheck.rules import load_profile
from tests.judge.findings import broken, deduction, probes, rules_of, site


@pytest.mark.parametrize(
    "total, failed, veto, points, warned",
    [
        (140, 7, True, None, False),      # exactly 5%
        (1000, 50, True, None, False),    # exactly 5%
        (1000, 49, False, 4.0, True),     # 4.9%: 4 whole percent
        (100, 3, False, 3.0, True),       # exactly 3%: warning
        (1000, 29, False, 2.0, False),    # 2.9%: below the warning line
        (140, 1, False, None, False),     # 0.7%: no whole percent
        (140, 140, True, None, False),
    ],
)
def test_availability_edges(profile, total, failed, veto, points, warned):
    j = judge_site(site(probes=probes(total, failed)), profile)
    assert ("availability" in rules_of(j)) is veto
    assert (j.verdict == "unqualified") is veto
    d = deduction(j, "availability")
    assert (d.points if d else None) == points
    assert any(w.rule == "availability" for w in j.warnings) is warned


def test_availability_veto_lists_the_failed_probes(national):
    j = judge_site(site(probes=probes(140, 7)), national)
    (v,) = j.vetoes
    assert v.label == "站点无法访问"
    assert "140次" in v.detail and "失败7次" in v.detail and "5%" in v.detail
    assert len(v.evidence) == 7
    assert v.evidence[0] == {"at": "2019-02-22 00:00:00", "reason": "timeout"}
    assert j.score is None and j.deductions == []


def test_availability_deduction_is_capped(national, tmp_path):
    # with a 10% veto line, 9% failed deducts 9 points but the cap is 5
    path = tmp_path / "loose.yaml"
    path.write_text(
        "extends: national-2019\nname: loose\n"
        "availability: {veto_failed_share: 0.1}\n",
        encoding="utf-8",
    )
    j = judge_site(site(probes=probes(100, 9)), load_profile(path))
    d = deduction(j, "availability")
    assert (d.count, d.points, j.score) == (9, 5.0, 95.0)


def test_thin_evidence(national):
    assert judge_site(site(probes=probes(139, 0)), national).thin_evidence is True
    assert judge_site(site(probes=probes(140, 0)), national).thin_evidence is False
    few = judge_site(site(probes=probes(2, 0), probes_from_crawl=True), national)
    assert few.thin_evidence is True and few.verdict == "qualified"
    assert [w.rule for w in few.warnings] == ["availability.evidence"]
    assert judge_site(site(probes=probes(3, 0)), national).warnings == []


def warning_rules(j):
    return [w.rule for w in j.warnings]


def test_one_failed_crawl_probe_of_three_warns_instead_of_vetoing(profile):
    # 1/3 = 33%, far over the 5% line, but three requests during the crawl are thin evidence
    j = judge_site(site(probes=probes(3, 1), probes_from_crawl=True), profile)
    assert (j.verdict, j.score, j.vetoes) == ("qualified", 100.0, [])
    assert deduction(j, "availability") is None
    assert warning_rules(j) == ["availability.unconfirmed"]
    (w,) = j.warnings
    assert w.label == "首页偶有打不开（待监测核实）"
    assert "打开首页3次" in w.detail and "1次没能打开" in w.detail and "访问超时" in w.detail
    assert "不否决、不扣分" in w.detail and "scrapy crawl probe" in w.detail
    assert (j.figures.probes, j.figures.failed_probes) == (3, 1)


def test_the_warning_leaves_other_problems_judged(national):
    j = judge_site(site(probes=probes(3, 2), probes_from_crawl=True, links=broken(3, home=True)), national)
    assert (j.verdict, j.score, rules_of(j)) == ("qualified", 97.0, [])
    assert [d.indicator for d in j.deductions] == ["links_homepage"]
    assert "2次没能打开" in j.warnings[0].detail
    vetoed = judge_site(site(probes=probes(3, 1), probes_from_crawl=True, homepage_last_update=None), national)
    assert rules_of(vetoed) == ["homepage"] and warning_rules(vetoed) == ["availability.unconfirmed"]


def test_every_crawl_probe_failed_vetoes(profile):
    j = judge_site(site(probes=probes(3, 3), probes_from_crawl=True), profile)
    assert (j.verdict, j.score, rules_of(j)) == ("unqualified", None, ["availability"])
    assert "抓取时的请求共3次，失败3次" in j.vetoes[0].detail and "每一次都没能打开首页" in j.vetoes[0].detail
    assert "（访问超时）" in j.vetoes[0].detail  # why, in words its staff can act on
    assert len(j.vetoes[0].evidence) == 3
    assert "availability.unconfirmed" not in warning_rules(j)


@pytest.mark.parametrize("failed, veto", [(7, True), (6, False)])
def test_cron_probes_keep_the_five_percent_line(profile, failed, veto):
    j = judge_site(site(probes=probes(140, failed)), profile)
    assert ("availability" in rules_of(j)) is veto
    assert j.verdict == ("unqualified" if veto else "qualified")
    assert "availability.unconfirmed" not in warning_rules(j)
    if not veto:  # 6/140 = 4.3%: 4 whole percent deducted and the early warning
        assert (deduction(j, "availability").points, j.score) == (4.0, 96.0)
        assert warning_rules(j) == ["availability"]


def test_thin_cron_evidence_warns_instead_of_vetoing(national):
    # two cron probes are fewer than min_probes_for_evidence (3): a veto needs both failed
    j = judge_site(site(probes=probes(2, 1), probes_from_crawl=False), national)
    assert (j.verdict, j.score, j.vetoes) == ("qualified", 100.0, [])
    assert deduction(j, "availability") is None
    assert warning_rules(j) == ["availability.unconfirmed"]  # instead of availability.evidence, not beside it
    assert "定时监测只有2次" in j.warnings[0].detail and "1次没能打开" in j.warnings[0].detail
    both = judge_site(site(probes=probes(2, 2), probes_from_crawl=False), national)
    assert rules_of(both) == ["availability"]


def test_many_crawl_probes_still_need_every_one_failed(national):
    # crawl requests are thin evidence however many there are
    assert rules_of(judge_site(site(probes=probes(20, 19), probes_from_crawl=True), national)) == []
    assert rules_of(judge_site(site(probes=probes(20, 20), probes_from_crawl=True), national)) == ["availability"]


def test_a_profile_may_apply_the_share_to_thin_evidence(tmp_path):
    path = tmp_path / "share.yaml"
    path.write_text("extends: national-2019\nname: share\navailability: {thin_evidence_veto: share}\n",
                    encoding="utf-8")
    j = judge_site(site(probes=probes(3, 1), probes_from_crawl=True), load_profile(path))
    assert rules_of(j) == ["availability"] and "5%的否决线" in j.vetoes[0].detail
    assert "availability.unconfirmed" not in warning_rules(j)


def test_unreachable_is_an_availability_veto(profile):
    j = judge_site(site(status="unreachable", probes=probes(3, 3), homepage_last_update=None), profile)
    assert (j.verdict, j.score, rules_of(j)) == ("unqualified", None, ["availability"])
    assert len(j.vetoes[0].evidence) == 3
    bare = judge_site(site(status="unreachable", probes=[]), profile)
    assert rules_of(bare) == ["availability"]


def test_exempt(profile):
    j = judge_site(site(status="exempt", probes=[], homepage_last_update=None), profile)
    assert (j.verdict, j.score, j.vetoes, j.manual_checks) == ("exempt", None, [], [])


def test_unknown_status_is_refused(national):
    with pytest.raises(ValueError, match="status"):
        judge_site(site(status="offline"), national)


@pytest.mark.parametrize(("reason", "words"), [
    ("tls_other", "安全证书错误"), ("tls_expired", "安全证书错误"), ("redirect_loop", "循环跳转"),
])
def test_every_probe_failure_is_named(national, reason, words):
    # a probe's TLS failure keeps its finer class; the notice names the category, never 原因不明
    failed = [p.__class__(**{**p.__dict__, "reason": reason}) for p in probes(3, 3)]
    j = judge_site(site(probes=failed, probes_from_crawl=True), national)
    assert f"（{words}）" in j.vetoes[0].detail and "原因不明" not in j.vetoes[0].detail


def test_probes_answered_by_a_certificate_without_its_intermediate_are_no_failures_but_a_person_confirms(national):
    answered = [replace(p, ok=True, reason="tls_chain") for p in probes(140, 140)]
    j = judge_site(site(probes=answered), national)
    assert "availability" not in rules_of(j) and j.verdict != "unqualified"
    assert deduction(j, "availability") is None
    (w,) = [w for w in j.warnings if w.rule == "availability.tls_chain"]
    assert "140次" in w.detail and "中间证书" in w.detail and "人工" in w.detail


def test_no_certificate_warning_without_such_probes(national):
    assert "availability.tls_chain" not in [w.rule for w in judge_site(site(probes=probes(140, 0)), national).warnings]
