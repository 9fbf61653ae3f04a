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
    """A finding as the judgement, the export and the report show it; needs_confirmation while a person has not
    decided on one the profile asks them to confirm."""
    return {"check": f.check, "label": rule.label if rule else f.check, "page_url": f.page_url, "found": f.found,
            "expected": f.expected, "detail": dict(f.detail), "decision": f.decision,
            "needs_confirmation": (bool(rule.confirm) if rule else True) and f.decision is None}


def counts(f: EvidenceFinding, rule: EvidenceRule) -> bool:
    """Whether a finding is scored: the profile asks no confirmation, or a person confirmed it."""
    return f.decision != "rejected" and (not rule.confirm or f.decision == "confirmed")


def pending(f: EvidenceFinding, rule: EvidenceRule) -> bool:
    return rule.confirm and f.decision is None


def problems(fs: list[EvidenceFinding], rule: EvidenceRule) -> int:
    """How many problems findings are: one each, or one per value found (`per_value`), each page still listed."""
    return len({f.found for f in fs}) if rule.per_value else len(fs)


def by_check(findings: Iterable[EvidenceFinding], profile: Profile) -> dict[str, list[EvidenceFinding]]:
    """Findings per check, in the profile's order; a check the profile does not know is left out (an older run's
    check since dropped from the profile scores nothing)."""
    groups: dict[str, list[EvidenceFinding]] = defaultdict(list)
    for f in findings:
        if f.check in profile.evidence and f.decision != "rejected":  # a person ruled it out
            groups[f.check].append(f)
    return {check: groups[check] for check in profile.evidence if groups.get(check)}


class EvidenceJudge:
    """Vetoes, deductions and warnings from one site's evidence findings."""

    def __init__(self, findings: Iterable[EvidenceFinding], profile: Profile):
        self.profile = profile
        self.groups = by_check(findings, profile)

    def _counted(self, check: str) -> list[EvidenceFinding]:
        rule = self.profile.evidence[check]
        return [f for f in self.groups[check] if counts(f, rule)]

    def _pending(self, check: str) -> list[EvidenceFinding]:
        rule = self.profile.evidence[check]
        return [f for f in self.groups[check] if pending(f, rule)]

    def _rows(self, fs: list[EvidenceFinding], check: str) -> list[dict]:
        return [evidence_row(f, self.profile.evidence[check]) for f in fs]

    def vetoes(self) -> list[Veto]:
        out: dict[str, Veto] = {}
        for check in self.groups:
            rule, fs = self.profile.evidence[check], self._counted(check)
            if rule.veto is None or not fs or problems(fs, rule) < rule.at_least:
                continue
            confirmed = "（经人工确认）" if rule.confirm else ""
            detail = f"发现{rule.label}{problems(fs, rule)}处{confirmed}（{rule.at_least}处即单项否决）。"
            out[check] = Veto(RULE_PREFIX + check, rule.veto, detail, self._rows(fs, check))
        return list(out.values())

    def deductions(self) -> list[Deduction]:
        out = []
        for check in self.groups:
            rule, fs = self.profile.evidence[check], self._counted(check)
            if rule.veto is not None or not rule.points or not fs:
                continue
            n = problems(fs, rule)
            points, detail = points_for(rule, n, "处")
            out.append(Deduction(RULE_PREFIX + check, rule.label, points, n, f"{rule.label}{n}处，{detail}",
                                 self._rows(fs, check)))
        return out

    def warnings(self) -> list[RuleWarning]:
        """One warning per check whose findings wait for a person: what confirming them would cost."""
        out = []
        for check in self.groups:
            rule, fs = self.profile.evidence[check], self._pending(check)
            if not fs:
                continue
            if rule.veto:
                cost = f"经人工确认{rule.at_least}处即按“{rule.veto}”单项否决"
            elif rule.points:
                cost = "经人工确认后计入扣分"
            else:
                cost = "请人工核查"
            out.append(RuleWarning(RULE_PREFIX + check, f"{rule.label}（待人工确认）",
                                   f"检查工具发现{rule.label}{problems(fs, rule)}处，{cost}；未经确认不计分。"))
        return out

    def confirm_count(self) -> int:
        return sum(len(self._pending(check)) for check in self.groups)
