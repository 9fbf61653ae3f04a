"""The other indicators' findings under the rule profile: a finding a person must confirm is listed, never scored;
the others make their deduction (capped) or veto."""

import dataclasses

from govcheck.judge.evidence import EvidenceJudge
from govcheck.judge.findings import EvidenceFinding
from govcheck.judge.scoring import judge_site
from govcheck.rules import load_profile
from tests.judge.findings import site


def finding(check, n=0, found="", expected=""):
    return EvidenceFinding(check, f"http://a.gov.cn/p{n}.html", found or f"text{n}", expected)


def with_rule(profile, check, **changes):
    rules = dict(profile.evidence)
    rules[check] = dataclasses.replace(rules[check], **changes)
    return dataclasses.replace(profile, evidence=rules)


def test_a_finding_to_confirm_is_a_warning_and_costs_nothing(profile):
    j = judge_site(site(evidence=[finding("wording", i) for i in range(3)]), profile)
    assert (j.verdict, j.score, j.vetoes, j.deductions) == ("qualified", 100.0, [], [])
    assert [w.rule for w in j.warnings] == ["evidence.wording"]
    assert "3处" in j.warnings[0].detail and "严重问题" in j.warnings[0].detail
    assert j.figures.to_confirm == 3


def test_a_site_code_mismatch_is_deducted_as_provisional(profile):
    rule = profile.evidence["site_code_mismatch"]
    assert rule.confirm is False and rule.provisional is True
    j = judge_site(site(evidence=[finding("site_code_mismatch", found="4211000002", expected="4211000001")]),
                   profile)
    assert [(d.indicator, d.points, d.count) for d in j.deductions] == [("evidence.site_code_mismatch", 1.0, 1)]
    assert j.score == 99.0 and j.figures.to_confirm == 0
    assert j.deductions[0].evidence[0]["found"] == "4211000002"
    assert j.deductions[0].evidence[0]["needs_confirmation"] is False


def test_a_former_code_shown_on_many_pages_is_one_problem_each_page_listed(profile):
    shown = [finding("site_code_mismatch", i, found="4211000009", expected="4211000001") for i in range(3)]
    other = finding("site_code_mismatch", 9, found="4211000002", expected="4211000001")
    j = judge_site(site(evidence=[*shown, other]), profile)
    assert [(d.points, d.count, len(d.evidence)) for d in j.deductions] == [(2.0, 2, 4)]
    counted = judge_site(site(evidence=shown), with_rule(profile, "site_code_mismatch", per_value=False))
    assert [(d.points, d.count) for d in counted.deductions] == [(3.0, 3)]


def test_a_deduction_stops_at_its_cap(profile):
    many = [finding("domain_not_gov", i) for i in range(9)]
    j = judge_site(site(evidence=many), profile)
    assert [(d.points, d.count) for d in j.deductions] == [(5.0, 9)]


def test_a_confirmed_veto_rule_vetoes_at_its_line(profile):
    strict = with_rule(profile, "unanswered_message", confirm=False, at_least=2)
    one = judge_site(site(evidence=[finding("unanswered_message", 1)]), strict)
    assert one.vetoes == [] and one.verdict == "qualified" and one.deductions == []
    two = judge_site(site(evidence=[finding("unanswered_message", i) for i in range(2)]), strict)
    assert [(v.rule, v.label) for v in two.vetoes] == [("evidence.unanswered_message", "互动回应差")]
    assert two.verdict == "unqualified" and len(two.vetoes[0].evidence) == 2


def test_a_check_the_profile_does_not_know_scores_nothing(profile):
    j = judge_site(site(evidence=[finding("retired_check")]), profile)
    assert (j.score, j.warnings, j.figures.to_confirm) == (100.0, [], 0)
    assert EvidenceJudge([finding("retired_check"), finding("wording")], profile).confirm_count() == 1


def test_the_national_profile_marks_its_unconfirmed_points():
    p = load_profile("national-2019")
    assert p.deductions.links_homepage.provisional and p.deductions.identity_missing.provisional
    assert not p.deductions.policy_column_stale.provisional
    # the indicators ask a person to confirm serious problems, interaction and services
    for check in ("wording", "future_date", "date_mismatch", "no_consultation", "unanswered_message",
                  "no_services", "guide_incomplete"):
        assert p.evidence[check].confirm and p.evidence[check].veto


def test_a_persons_decision_settles_a_finding_to_confirm(profile):
    confirmed = dataclasses.replace(finding("wording", 1), decision="confirmed")
    rejected = dataclasses.replace(finding("wording", 2), decision="rejected")
    j = judge_site(site(evidence=[confirmed, rejected, finding("wording", 3)]), profile)
    assert [(v.rule, v.label, len(v.evidence)) for v in j.vetoes] == [("evidence.wording", "严重问题", 1)]
    assert j.figures.to_confirm == 1 and "1处" in j.warnings[-1].detail  # the third still waits
    quiet = judge_site(site(evidence=[rejected]), profile)
    assert (quiet.verdict, quiet.vetoes, quiet.warnings, quiet.figures.to_confirm) == ("qualified", [], [], 0)
