"""Rule profiles: the indicators' thresholds, points and labels, loaded from data/rules/*.yaml and validated.

A profile may start with `extends: <name or path>` and state only what differs: mappings are merged key
by key, lists and single values replace the parent's. Every problem raises ProfileError with a one-line
message naming the file and the key path.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

import yaml

from govcheck.paths import DATA_DIR, ROOT
from govcheck.typed_yaml import Invalid, convert, did_you_mean, got

REPO_ROOT = ROOT
RULES_DIR = DATA_DIR / "rules"
DEFAULT_PROFILE = "national-2019"

_NON_NEGATIVE = {"min": 0}
_POSITIVE = {"min": 1}
_SHARE = {"min": 0, "max": 1}


class ProfileError(ValueError):
    """A rule profile that cannot be used; the message names the file and the key."""


# ---------------------------------------------------------------- the profile tree


@dataclass(frozen=True, kw_only=True)
class AvailabilityRules:
    label: str
    source: str
    window_days: int = field(metadata=_POSITIVE)
    min_probes_per_day: int = field(metadata=_POSITIVE)
    probe_timeout_s: float = field(metadata=_NON_NEGATIVE)
    veto_failed_share: float = field(metadata=_SHARE)
    warn_failed_share: float = field(metadata=_SHARE)
    warn_label: str
    min_probes_for_evidence: int = field(metadata=_NON_NEGATIVE)
    thin_label: str
    # thin evidence: the crawl's own requests (no cron probes in the window) or fewer than min_probes_for_evidence;
    # "all_failed": a veto needs every probe failed, fewer failures warn (thin_failed_label); "share": the veto line
    thin_evidence_veto: Literal["all_failed", "share"]
    thin_failed_label: str

    def thin_for_veto(self, probes: int, from_crawl: bool) -> bool:
        """Too little evidence for the veto line: only a site that failed every probe is vetoed."""
        return self.thin_evidence_veto == "all_failed" and (from_crawl or probes < self.min_probes_for_evidence)

    @property
    def expected_probes(self) -> int:
        return self.window_days * self.min_probes_per_day

    @property
    def veto_share(self) -> Fraction:
        # exact, so that 7 failed of 140 is exactly 5%
        return Fraction(str(self.veto_failed_share))

    @property
    def warn_share(self) -> Fraction:
        return Fraction(str(self.warn_failed_share))


@dataclass(frozen=True, kw_only=True)
class HomepageRules:
    label: str
    source: str
    stale_after_days: int = field(metadata=_NON_NEGATIVE)
    warn_after_days: int = field(metadata=_NON_NEGATIVE)
    warn_label: str


@dataclass(frozen=True, kw_only=True)
class ColumnType:
    label: str
    stale_after_days: int | None = field(metadata=_NON_NEGATIVE)


@dataclass(frozen=True, kw_only=True)
class NamePattern:
    match: str
    type: str
    # words the match does not count inside: 人事 is no 人事 in 退役军人事务 (军人 | 事务)
    not_in: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class CountVeto:
    label: str
    source: str
    at_least: int = field(metadata=_POSITIVE)


@dataclass(frozen=True, kw_only=True)
class StaleMixVeto(CountVeto):
    """Stale news columns at any level plus stale top-level notice and policy columns."""

    types_any_level: tuple[str, ...]
    types_top_level: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ColumnVetoes:
    stale_news_notice_policy: StaleMixVeto
    long_stale: CountVeto
    empty: CountVeto


@dataclass(frozen=True, kw_only=True)
class CountWarning:
    label: str
    at_least: int = field(metadata=_POSITIVE)


@dataclass(frozen=True, kw_only=True)
class ColumnWarnings:
    long_stale: CountWarning
    empty: CountWarning


@dataclass(frozen=True, kw_only=True)
class FirstLevelRule:
    """Which columns are first-level (一级栏目), where a rule counts only those."""

    rule: Literal["navigation", "any"]  # navigation: placed by the site's menus, site map, breadcrumb; any: every one
    reason: str


@dataclass(frozen=True, kw_only=True)
class ColumnRules:
    types: dict[str, ColumnType]
    default_type: str
    patterns: tuple[NamePattern, ...]
    first_level: FirstLevelRule
    vetoes: ColumnVetoes
    warnings: ColumnWarnings

    def first(self, top_level: bool) -> bool:
        """Whether a column placed at top_level counts as first-level under this profile."""
        return top_level or self.first_level.rule == "any"


@dataclass(frozen=True, kw_only=True)
class LinkRules:
    count: Literal["all", "confirmed"]
    not_counted_categories: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class DeductionRule:
    label: str
    source: str
    points: float = field(metadata=_NON_NEGATIVE)
    cap: float = field(metadata=_NON_NEGATIVE)
    provisional: bool = False  # the point values are not confirmed by a published source: shown as 暂定


@dataclass(frozen=True, kw_only=True)
class ColumnDeductionRule(DeductionRule):
    types: tuple[str, ...]
    top_level_only: bool


@dataclass(frozen=True, kw_only=True)
class Deductions:
    links_homepage: DeductionRule
    links_other: DeductionRule
    policy_column_stale: ColumnDeductionRule
    identity_missing: DeductionRule
    availability: DeductionRule


@dataclass(frozen=True, kw_only=True)
class EvidenceRule:
    """What a finding of one of the other checks (identity, domain, wording, dates, interaction, services) costs."""

    label: str  # what one finding is called
    source: str
    confirm: bool  # a person confirms it before it counts: until then it is listed for them, never scored
    veto: str | None = None  # the single-veto item it makes (严重问题, 互动回应差, 服务不实用); None: a deduction
    at_least: int = field(default=1, metadata=_POSITIVE)  # findings that make the veto
    points: float = field(default=0, metadata=_NON_NEGATIVE)  # deducted each, when it makes no veto
    cap: float = field(default=0, metadata=_NON_NEGATIVE)
    provisional: bool = False  # the point values are not confirmed by a published source: shown as 暂定
    # one problem per value found, however many pages show it (a former site code on every page of old columns)
    per_value: bool = False


@dataclass(frozen=True, kw_only=True)
class ManualCheck:
    rule: str
    label: str
    note: str
    source: str


@dataclass(frozen=True, kw_only=True)
class Profile:
    name: str
    title: str
    source: str
    max_score: float = field(metadata=_POSITIVE)
    pass_line: float = field(metadata=_NON_NEGATIVE)
    bonus_above: float = field(metadata=_NON_NEGATIVE)
    availability: AvailabilityRules
    homepage: HomepageRules
    columns: ColumnRules
    links: LinkRules
    deductions: Deductions
    identity: dict[str, str]  # footer item key -> its Chinese name, in report order
    evidence: dict[str, EvidenceRule]  # a check's key (EvidenceItem.check) -> what its findings cost
    manual_checks: tuple[ManualCheck, ...]
    path: str = field(default="", metadata={"internal": True})

    def threshold_days(self, column_type: str) -> int | None:
        """Days after which a column of this type is stale; None: never judged stale."""
        rule = self.columns.types.get(column_type)
        return rule.stale_after_days if rule else None

    def type_label(self, column_type: str) -> str:
        rule = self.columns.types.get(column_type)
        return rule.label if rule else column_type


# ---------------------------------------------------------------- loading


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """The profile named in data/rules/ (e.g. "national-2019") or stored at a path."""
    path = _locate(name_or_path, RULES_DIR)
    return _build_profile(_merged(path, ()), path)


def settings_profile(settings) -> Profile:
    """The profile GOVCHECK_RULES names (the national one when the setting is unset)."""
    return load_profile(settings.get("GOVCHECK_RULES") or DEFAULT_PROFILE)


def probe_timeout(settings) -> float:
    """Seconds a homepage probe may take: GOVCHECK_PROBE_TIMEOUT, else the rule profile's (15 s nationally)."""
    return settings.getfloat("GOVCHECK_PROBE_TIMEOUT") or settings_profile(settings).availability.probe_timeout_s


def profile_names() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml"))


def _looks_like_path(ref: str | Path) -> bool:
    text = str(ref)
    return isinstance(ref, Path) or text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text


def _locate(ref: str | Path, base: Path, who: str | None = None) -> Path:
    if _looks_like_path(ref):
        path = Path(ref)
        if not path.is_absolute() and who is not None:
            path = base / path
        if not path.is_file():
            raise ProfileError(f"{who or _show(path)}: no such profile file: {_show(path)}")
        return path.resolve()
    for folder in (base, RULES_DIR):
        candidate = folder / f"{ref}.yaml"
        if candidate.is_file():
            return candidate.resolve()
    known = profile_names()
    hint = did_you_mean(str(ref), known) or f" (known: {', '.join(known)})"
    where = f"{who}: " if who else ""
    raise ProfileError(f"{where}no profile named {str(ref)!r} in {_show(RULES_DIR)}{hint}")


def _merged(path: Path, chain: tuple[Path, ...]) -> dict[str, Any]:
    if path in chain:
        cycle = " -> ".join(_show(p) for p in (*chain, path))
        raise ProfileError(f"{_show(chain[-1])}: extends: cycle {cycle}")
    raw = _read_yaml(path)
    parent_ref = raw.pop("extends", None)
    if parent_ref is None:
        return raw
    if not isinstance(parent_ref, str) or not parent_ref.strip():
        raise ProfileError(f"{_show(path)}: extends: expected a profile name or path, got {got(parent_ref)}")
    parent_path = _locate(parent_ref.strip(), path.parent, who=f"{_show(path)}: extends")
    parent = _merged(parent_path, (*chain, path))
    _build_profile(parent, parent_path)  # the parent must stand on its own; its errors name its file
    return _deep_merge(parent, raw)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ProfileError(f"{_show(path)}: not valid YAML{where}: {problem}") from None
    except OSError as exc:
        raise ProfileError(f"{_show(path)}: cannot be read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ProfileError(f"{_show(path)}: not a YAML text file (it is not UTF-8)") from None
    except ValueError as exc:  # PyYAML's own reading of a value, e.g. a date 2026-13-01
        raise ProfileError(f"{_show(path)}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ProfileError(f"{_show(path)}: expected a mapping of settings, got {got(data)}")
    return data


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _show(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- validation (govcheck/typed_yaml.py converts)


def _build_profile(data: dict[str, Any], path: Path) -> Profile:
    try:
        profile = convert(data, Profile, "")
        _check_consistency(profile)
    except Invalid as exc:
        raise ProfileError(f"{_show(path)}: {exc}") from None
    return dataclasses.replace(profile, path=_show(path))


def _check_consistency(p: Profile) -> None:
    """Rules between keys: referenced column types exist, warnings come before vetoes."""
    known = p.columns.types
    refs = [("columns.default_type", p.columns.default_type)]
    refs += [(f"columns.patterns[{i}].type", pat.type) for i, pat in enumerate(p.columns.patterns)]
    mix = p.columns.vetoes.stale_news_notice_policy
    refs += [("columns.vetoes.stale_news_notice_policy.types_any_level", t) for t in mix.types_any_level]
    refs += [("columns.vetoes.stale_news_notice_policy.types_top_level", t) for t in mix.types_top_level]
    refs += [("deductions.policy_column_stale.types", t) for t in p.deductions.policy_column_stale.types]
    for where, type_ in refs:
        if type_ not in known:
            raise Invalid(where, f"unknown column type {type_!r}{did_you_mean(type_, known)}")
    for i, pat in enumerate(p.columns.patterns):
        if not pat.match.strip():
            raise Invalid(f"columns.patterns[{i}].match", "expected a non-empty name fragment")
    pairs = [
        ("availability.warn_failed_share", p.availability.warn_failed_share,
         "veto_failed_share", p.availability.veto_failed_share),
        ("homepage.warn_after_days", p.homepage.warn_after_days,
         "stale_after_days", p.homepage.stale_after_days),
        ("columns.warnings.long_stale.at_least", p.columns.warnings.long_stale.at_least,
         "columns.vetoes.long_stale.at_least", p.columns.vetoes.long_stale.at_least),
        ("columns.warnings.empty.at_least", p.columns.warnings.empty.at_least,
         "columns.vetoes.empty.at_least", p.columns.vetoes.empty.at_least),
    ]
    for where, warn, veto_key, veto in pairs:
        if warn >= veto:
            raise Invalid(where, f"must be less than {veto_key} ({veto}), got {warn}")
    if p.pass_line > p.max_score:
        raise Invalid("pass_line", f"must not exceed max_score ({p.max_score}), got {p.pass_line}")
