"""What a site's judgement is made of (vetoes, deductions, warnings, the attachment's figures, the summary of a
list) and the numbers in words its sentences use: shared by the judges in scoring.py, availability.py and
column_rules.py."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from govcheck.rules import DeductionRule


def plain(value: Any) -> Any:
    """JSON-ready copy: dates as YYYY-MM-DD, times as YYYY-MM-DD HH:MM:SS."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class _Serialisable:
    def to_dict(self) -> dict[str, Any]:
        return plain(self)


@dataclass(frozen=True)
class Veto(_Serialisable):
    rule: str
    label: str
    detail: str
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Deduction(_Serialisable):
    indicator: str
    label: str
    points: float
    count: int
    detail: str
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class RuleWarning(_Serialisable):
    rule: str
    label: str
    detail: str


Warning = RuleWarning  # the name the report code uses; shadows the builtin only inside this module


@dataclass(frozen=True)
class Figures(_Serialisable):
    """The numbers of the notice's attachment row, known for every checked site."""

    probes: int = 0
    failed_probes: int = 0
    availability_percent: float | None = None  # successful probes, percent
    homepage_last_update: date | None = None
    stale_columns: int = 0
    empty_columns: int = 0
    unverified_columns: int = 0  # could not be read: listed for a person, counted in neither of the above
    broken_links_homepage: int = 0
    broken_links_other: int = 0
    missing_identity: list[str] = field(default_factory=list)
    to_confirm: int = 0  # findings of the other indicators waiting for a person's confirmation (never scored)


@dataclass(frozen=True)
class Judgement(_Serialisable):
    site_id: str
    as_of: date
    profile: str
    verdict: str  # qualified, unqualified, exempt
    score: float | None
    vetoes: list[Veto] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    warnings: list[RuleWarning] = field(default_factory=list)
    manual_checks: list[str] = field(default_factory=list)
    thin_evidence: bool = False
    figures: Figures = field(default_factory=Figures)
    # the rules a qualified site would fail if its unverified columns proved empty or stale: its verdict stands
    # only once a person has looked at them
    uncertain: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Summary(_Serialisable):
    sites_in_list: int
    exempt: int
    checked: int
    unqualified: int
    qualified: int
    pass_rate: float | None  # qualified / checked, percent
    sampling_share: float | None  # checked / (sites_in_list - exempt), percent


def points_for(rule: DeductionRule, count: int, per: str) -> tuple[float, str]:
    """Points for count problems under the indicator's cap, and the sentence saying so."""
    each = Decimal(str(rule.points))
    cap = Decimal(str(rule.cap))
    raw = each * count
    if raw > cap:
        return float(cap), f"每{per}扣{num(each)}分，按本项上限扣{num(cap)}分。"
    return float(raw), f"每{per}扣{num(each)}分，共扣{num(raw)}分。"


def round1(value: Decimal | Fraction) -> float:
    """Half up to one decimal, as a person rounds (92.55 -> 92.6), not banker's rounding."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def num(value: Decimal) -> str:
    return f"{value.normalize():f}"


def pct(share: Fraction | None) -> str:
    if share is None:
        return "无记录"
    return f"{num(Decimal(str(round1(share * 100))))}%"


def status_reason(status: int | None) -> str | None:
    return f"http_{status}" if status else None
