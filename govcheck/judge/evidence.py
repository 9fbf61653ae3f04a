"""The other indicators' findings judged under the rule profile's `evidence` section (pure functions): a finding a
person must confirm is listed for them and scores nothing by itself; the others make their veto or deduction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from govcheck.judge.findings import EvidenceFinding
from govcheck.judge.outcome import Deduction, RuleWarning, Veto, points_for
from govcheck.rules import EvidenceRule, Profile

RULE_PREFIX = "evidence."


def evidence_row(f: EvidenceFinding, rule: EvidenceRule | None) -> dict:
    """A finding as the judgement, the export and the report show it."""
    return {"check": f.check, "label": rule.label if rule else f.check, "page_url": f.page_url, "found": f.found,
            "expected": f.expected, "detail": dict(f.detail),
            "needs_confirmation": bool(rule.confirm) if rule else True}


def by_check(findings: Iterable[EvidenceFinding], profile: Profile) -> dict[str, list[EvidenceFinding]]:
    """Findings per check, in the profile's order; a check the profile does not know is left out (an older run's
    check since dropped from the profile scores nothing)."""
    groups: dict[str, list[EvidenceFinding]] = defaultdict(list)
    for f in findings:
        if f.check in profile.evidence:
            groups[f.check].append(f)
    return {check: groups[check] for check in profile.evidence if groups.get(check)}


def to_confirm(findings: Iterable[EvidenceFinding], profile: Profile) -> int:
    """How many findings wait for a person's confirmation."""
    return sum(len(fs) for check, fs in by_check(findings, profile).items() if profile.evidence[check].confirm)


class EvidenceJudge:
    """Vetoes, deductions and warnings from one site's evidence findings."""

    def __init__(self, findings: Iterable[EvidenceFinding], profile: Profile):
        self.profile = profile
        self.groups = by_check(findings, profile)

    def _rows(self, check: str) -> list[dict]:
        rule = self.profile.evidence[check]
        return [evidence_row(f, rule) for f in self.groups[check]]

    def vetoes(self) -> list[Veto]:
        out: dict[str, Veto] = {}
        for check, fs in self.groups.items():
            rule = self.profile.evidence[check]
            if rule.confirm or rule.veto is None or len(fs) < rule.at_least:
                continue
            detail = f"发现{rule.label}{len(fs)}处（{rule.at_least}处即单项否决）。"
            out[check] = Veto(RULE_PREFIX + check, rule.veto, detail, self._rows(check))
        return list(out.values())

    def deductions(self) -> list[Deduction]:
        out = []
        for check, fs in self.groups.items():
            rule = self.profile.evidence[check]
            if rule.confirm or rule.veto is not None or not rule.points:
                continue
            points, detail = points_for(rule, len(fs), "处")
            out.append(Deduction(RULE_PREFIX + check, rule.label, points, len(fs),
                                 f"{rule.label}{len(fs)}处，{detail}", self._rows(check)))
        return out

    def warnings(self) -> list[RuleWarning]:
        """One warning per check whose findings wait for a person: what confirming them would cost."""
        out = []
        for check, fs in self.groups.items():
            rule = self.profile.evidence[check]
            if not rule.confirm:
                continue
            if rule.veto:
                cost = f"经人工确认{rule.at_least}处即按“{rule.veto}”单项否决"
            elif rule.points:
                cost = "经人工确认后计入扣分"
            else:
                cost = "请人工核查"
            out.append(RuleWarning(RULE_PREFIX + check, f"{rule.label}（待人工确认）",
                                   f"检查工具发现{rule.label}{len(fs)}处，{cost}；未经确认不计分。"))
        return out

    def confirm_count(self) -> int:
        return sum(len(fs) for check, fs in self.groups.items() if self.profile.evidence[check].confirm)
