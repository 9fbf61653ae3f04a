"""A site's verdict under a rule profile: vetoes, deductions, score, warnings (pure functions)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from govcheck.judge.columns import is_stale
from govcheck.judge.findings import ColumnFinding, LinkFinding, SiteFindings
from govcheck.judge.categories import category_info
from govcheck.rules import DeductionRule, Profile


def _plain(value: Any) -> Any:
    """JSON-ready copy: dates as YYYY-MM-DD, times as YYYY-MM-DD HH:MM:SS."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class _Serialisable:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


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


# ---------------------------------------------------------------- the site


def judge_site(f: SiteFindings, profile: Profile) -> Judgement:
    if f.status == "exempt":
        return Judgement(f.site_id, f.as_of, profile.name, "exempt", None)
    if f.status not in ("checked", "unreachable"):
        raise ValueError(f"{f.site_id}: unknown status {f.status!r}")

    manual = [m.label for m in profile.manual_checks]
    avail = _Availability(f, profile)
    if f.status == "unreachable":
        return Judgement(
            f.site_id, f.as_of, profile.name, "unqualified", None,
            vetoes=[avail.unreachable_veto()], manual_checks=manual,
            thin_evidence=avail.thin, figures=Figures(**avail.figures()),
        )

    columns = _ColumnCounts(f, profile)
    links = _count_links(f.links, profile)
    missing = [k for k in profile.identity if f.identity.get(k) is False]
    figures = Figures(
        **avail.figures(),
        homepage_last_update=f.homepage_last_update,
        stale_columns=len(columns.stale),
        empty_columns=len(columns.empty),
        unverified_columns=len(columns.unverified),
        broken_links_homepage=len(links[0]),
        broken_links_other=len(links[1]),
        missing_identity=[profile.identity[k] for k in missing],
    )
    vetoes = [v for v in (avail.veto(), _homepage_veto(f, profile), *columns.vetoes()) if v]
    warnings = avail.warnings() + _homepage_warnings(f, profile) + columns.warnings()
    common = dict(warnings=warnings, manual_checks=manual, thin_evidence=avail.thin, figures=figures)
    if vetoes:
        return Judgement(f.site_id, f.as_of, profile.name, "unqualified", None, vetoes=vetoes, **common)

    deductions = [
        d for d in (
            _links_deduction("links_homepage", links[0], profile),
            _links_deduction("links_other", links[1], profile),
            columns.policy_deduction(),
            _identity_deduction(missing, profile),
            avail.deduction(),
        ) if d
    ]
    total = sum((Decimal(str(d.points)) for d in deductions), Decimal(0))
    score = _round1(max(Decimal(str(profile.max_score)) - total, Decimal(0)))
    verdict = "qualified" if score >= profile.pass_line else "unqualified"
    uncertain = columns.could_fail(total) if verdict == "qualified" else []
    if columns.unverified:
        common["warnings"] = [*common["warnings"], columns.unverified_warning(uncertain)]
    return Judgement(
        f.site_id, f.as_of, profile.name, verdict, score, deductions=deductions, uncertain=uncertain, **common
    )


class _Availability:
    def __init__(self, f: SiteFindings, profile: Profile):
        self.rules = profile.availability
        self.deduction_rule = profile.deductions.availability
        self.probes = f.probes
        self.total = len(f.probes)
        self.failed = [p for p in f.probes if not p.ok]
        self.share = Fraction(len(self.failed), self.total) if self.total else None
        self.thin = self.total < self.rules.expected_probes
        self.from_crawl = f.probes_from_crawl
        # stricter than `thin` (fewer than a week's probes): the crawl's own requests or too few probes, where
        # one failure is a large share; the profile's thin_evidence_veto says a veto then needs every probe failed
        self.all_must_fail = bool(self.total) and self.rules.thin_for_veto(self.total, self.from_crawl)
        self.unconfirmed = self.all_must_fail and 0 < len(self.failed) < self.total

    def figures(self) -> dict[str, Any]:
        percent = None if self.share is None else _round1(100 * (1 - self.share))
        return dict(probes=self.total, failed_probes=len(self.failed), availability_percent=percent)

    def _evidence(self) -> list[dict]:
        return [{"at": _plain(p.at), "reason": p.reason or _status_reason(p.status)} for p in self.failed]

    def _counts(self) -> str:
        source = "抓取时的请求" if self.from_crawl else "首页探测"
        return f"{source}共{self.total}次，失败{len(self.failed)}次（{_pct(self.share)}）"

    def unreachable_veto(self) -> Veto:
        counts = f"，{self._counts()}" if self.total else ""
        return Veto("availability", self.rules.label, f"检查时站点无法访问，首页均未能打开{counts}。", self._evidence())

    def veto(self) -> Veto | None:
        if self.share is None:
            return None
        if self.all_must_fail:
            if len(self.failed) < self.total:
                return None  # a warning instead: see warnings()
            detail = f"{self._counts()}，每一次都没能打开首页。"
            return Veto("availability", self.rules.label, detail, self._evidence())
        if self.share < self.rules.veto_share:
            return None
        detail = f"监测期内{self._counts()}，达到{_pct(self.rules.veto_share)}的否决线。"
        return Veto("availability", self.rules.label, detail, self._evidence())

    def _reasons(self) -> str:
        words: list[str] = []
        for p in self.failed:
            code = p.reason or _status_reason(p.status)
            try:
                word = category_info(code)["label"] if code else "原因不明"
            except KeyError:
                word = f"HTTP {p.status}" if p.status else "原因不明"
            if word not in words:
                words.append(word)
        return "、".join(words)

    def _unconfirmed_detail(self) -> str:
        failed, r = len(self.failed), self.rules
        if self.from_crawl:
            seen = f"本次检查时共打开首页{self.total}次，其中{failed}次没能打开（{self._reasons()}）"
        else:
            seen = f"检查前对首页的定时监测只有{self.total}次，其中{failed}次没能打开（{self._reasons()}）"
        return (
            f"{seen}。次数太少，还不能说明网站经常打不开，因此本次不否决、不扣分，仅作提醒。"
            f"请网站运维单位留意首页能否正常打开；检查单位应在检查前连续{r.window_days}天、"
            f"每天至少{r.min_probes_per_day}次定时打开首页，再据此判断"
            f"（技术人员：用 cron 定时运行 scrapy crawl probe，见 README“Scheduling with cron”）。"
        )

    def warnings(self) -> list[RuleWarning]:
        out = []
        if self.unconfirmed:  # says how little evidence there is itself
            out.append(RuleWarning("availability.unconfirmed", self.rules.thin_failed_label,
                                   self._unconfirmed_detail()))
        elif self.total < self.rules.min_probes_for_evidence:
            out.append(RuleWarning(
                "availability.evidence", self.rules.thin_label,
                f"可用性仅有{self.total}次探测记录，少于{self.rules.min_probes_for_evidence}次，判断依据不足。",
            ))
        if (not self.all_must_fail and self.share is not None
                and self.rules.warn_share <= self.share < self.rules.veto_share):
            out.append(RuleWarning(
                "availability", self.rules.warn_label,
                f"{self._counts()}，已达{_pct(self.rules.warn_share)}的预警线。",
            ))
        return out

    def deduction(self) -> Deduction | None:
        if self.share is None or self.share >= self.rules.veto_share or self.all_must_fail:
            return None
        whole_percent = math.floor(self.share * 100)
        if whole_percent == 0:
            return None
        points, detail = _points(self.deduction_rule, whole_percent, "个百分点")
        return Deduction(
            "availability", self.deduction_rule.label, points, whole_percent,
            f"{self._counts()}，{detail}", self._evidence(),
        )


def _homepage_veto(f: SiteFindings, profile: Profile) -> Veto | None:
    rules = profile.homepage
    last = f.homepage_last_update
    if not is_stale(last, rules.stale_after_days, f.as_of):
        return None
    where = "首页仅为导航页，二级页面" if f.homepage_nav_only else "首页"
    if last is None:
        detail = f"{where}未发现带发布日期的信息，视为未更新。"
    else:
        detail = (f"{where}最近一次更新为{last.isoformat()}，距检查日{f.as_of.isoformat()}已"
                  f"{(f.as_of - last).days}天，超过{rules.stale_after_days}天未更新。")
    evidence = [{"last_update": _plain(last), "as_of": f.as_of.isoformat(), "nav_only": f.homepage_nav_only}]
    return Veto("homepage", rules.label, detail, evidence)


def _homepage_warnings(f: SiteFindings, profile: Profile) -> list[RuleWarning]:
    rules = profile.homepage
    last = f.homepage_last_update
    if last is None or is_stale(last, rules.stale_after_days, f.as_of):
        return []
    if last >= f.as_of - timedelta(days=rules.warn_after_days):
        return []
    days = (f.as_of - last).days
    return [RuleWarning("homepage", rules.warn_label,
                        f"首页已{days}天未更新（{rules.stale_after_days}天未更新即否决）。")]


class _ColumnCounts:
    """The columns' freshness under this profile's limits (not the limits used while crawling)."""

    def __init__(self, f: SiteFindings, profile: Profile):
        self.profile = profile
        self.as_of = f.as_of
        # a column that could not be read is neither empty nor stale: it is listed for a person to look at
        self.unverified = [c for c in f.columns if c.verdict == "unverified"]
        read = [c for c in f.columns if c.verdict != "unverified"]
        self.stale = [c for c in read if self._stale(c)]
        self.empty = [c for c in read if c.empty]
        self.stale_mix = [c for c in self.stale if self._in_mix(c)]

    def _in_mix(self, c: ColumnFinding) -> bool:
        mix = self.profile.columns.vetoes.stale_news_notice_policy
        return c.type in mix.types_any_level or (self.profile.columns.first(c.top_level) and c.type in mix.types_top_level)

    def _stale(self, c: ColumnFinding) -> bool:
        return not c.empty and is_stale(c.last_update, self.profile.threshold_days(c.type), self.as_of)

    def _evidence(self, columns: Iterable[ColumnFinding]) -> list[dict]:
        return [
            {"name": c.name, "url": c.url, "type": c.type, "last_update": _plain(c.last_update),
             "threshold_days": self.profile.threshold_days(c.type)}
            for c in sorted(columns, key=lambda c: c.url)
        ]

    def vetoes(self) -> list[Veto | None]:
        v = self.profile.columns.vetoes
        types = self.profile.columns.types
        out: list[Veto | None] = []
        if len(self.stale_mix) >= v.stale_news_notice_policy.at_least:
            mix = v.stale_news_notice_policy
            kinds = [f"{types[t].label}栏目超过{types[t].stale_after_days}天" for t in mix.types_any_level]
            kinds += [f"一级{types[t].label}栏目超过{types[t].stale_after_days}天" for t in mix.types_top_level]
            out.append(Veto(
                "columns.stale_news_notice_policy", mix.label,
                f"{'、'.join(kinds)}未更新的共{len(self.stale_mix)}个，达到{mix.at_least}个的否决线。",
                self._evidence(self.stale_mix),
            ))
        if len(self.stale) >= v.long_stale.at_least:
            out.append(Veto(
                "columns.long_stale", v.long_stale.label,
                f"应更新但长期未更新的栏目共{len(self.stale)}个，达到{v.long_stale.at_least}个的否决线。",
                self._evidence(self.stale),
            ))
        if len(self.empty) >= v.empty.at_least:
            out.append(Veto(
                "columns.empty", v.empty.label,
                f"空白栏目共{len(self.empty)}个，达到{v.empty.at_least}个的否决线。",
                self._evidence(self.empty),
            ))
        return out

    def warnings(self) -> list[RuleWarning]:
        w, v = self.profile.columns.warnings, self.profile.columns.vetoes
        out = []
        if w.long_stale.at_least <= len(self.stale) < v.long_stale.at_least:
            out.append(RuleWarning("columns.long_stale", w.long_stale.label,
                                   f"长期未更新的栏目已有{len(self.stale)}个（{v.long_stale.at_least}个即否决）。"))
        if w.empty.at_least <= len(self.empty) < v.empty.at_least:
            out.append(RuleWarning("columns.empty", w.empty.label,
                                   f"空白栏目已有{len(self.empty)}个（{v.empty.at_least}个即否决）。"))
        return out

    def could_fail(self, deducted: Decimal) -> list[str]:
        """The rules this site would fail if its unverified columns proved empty or stale: a column veto they
        would reach, or the pass line that the policy deduction for them would take the score under."""
        if not self.unverified:
            return []
        v = self.profile.columns.vetoes
        out = []
        for rule, hits, could, line in (
                ("columns.stale_news_notice_policy", self.stale_mix, [c for c in self.unverified if self._in_mix(c)],
                 v.stale_news_notice_policy.at_least),
                ("columns.long_stale", self.stale,
                 [c for c in self.unverified if self.profile.threshold_days(c.type) is not None], v.long_stale.at_least),
                ("columns.empty", self.empty, self.unverified, v.empty.at_least)):
            if len(hits) < line <= len(hits) + len(could):
                out.append(rule)
        rule = self.profile.deductions.policy_column_stale
        extra = [c for c in self.unverified if self._policy(c)]
        if extra:
            worst = self.policy_points(self.stale_policy() + extra) - self.policy_points(self.stale_policy())
            if Decimal(str(self.profile.max_score)) - deducted - Decimal(str(worst)) < Decimal(str(self.profile.pass_line)):
                out.append(f"deductions.{rule.label}")
        return out

    def unverified_warning(self, uncertain: list[str]) -> RuleWarning:
        """The columns that could not be read, for a person to look at; and what they could change."""
        names = "、".join(f"{c.name}（{c.reason}）" for c in sorted(self.unverified, key=lambda c: c.url))
        detail = f"{len(self.unverified)}个栏目未能读取，未计入空白或未更新栏目，请人工核查：{names}。"
        if not uncertain:
            return RuleWarning("columns.unverified", "栏目未能读取", detail)
        labels = {"columns.stale_news_notice_policy": self.profile.columns.vetoes.stale_news_notice_policy.label,
                  "columns.long_stale": self.profile.columns.vetoes.long_stale.label,
                  "columns.empty": self.profile.columns.vetoes.empty.label}
        reached = "、".join(dict.fromkeys(labels.get(r, "合格分数线") for r in uncertain))
        return RuleWarning("columns.uncertain", "合格结论待人工核实",
                           f"{detail}若这些栏目经核查为空白或未更新，本站将触及“{reached}”，结论改为不合格。")

    def _policy(self, c: ColumnFinding) -> bool:
        rule = self.profile.deductions.policy_column_stale
        return c.type in rule.types and (self.profile.columns.first(c.top_level) or not rule.top_level_only)

    def stale_policy(self) -> list[ColumnFinding]:
        return [c for c in self.stale if self._policy(c)]

    def policy_points(self, hits: list[ColumnFinding]) -> float:
        return _points(self.profile.deductions.policy_column_stale, len(hits), "个")[0] if hits else 0.0

    def policy_deduction(self) -> Deduction | None:
        rule = self.profile.deductions.policy_column_stale
        hits = self.stale_policy()
        if not hits:
            return None
        points, detail = _points(rule, len(hits), "个")
        names = "、".join(sorted(c.name for c in hits))  # the same sentence whatever order the crawl met them in
        return Deduction("policy_column_stale", rule.label, points, len(hits),
                         f"{names}长期未更新，{detail}", self._evidence(hits))


def _count_links(links: Sequence[LinkFinding], profile: Profile) -> tuple[list[LinkFinding], list[LinkFinding]]:
    """Counted broken links, one per URL: those seen on the homepage, and those seen only elsewhere."""
    rules = profile.links
    counted = [
        link for link in links
        if link.verdict == "broken"
        and link.category not in rules.not_counted_categories
        and (rules.count == "all" or link.confirmed)
    ]
    home = {link.url: link for link in counted if link.on_homepage}
    other: dict[str, LinkFinding] = {}
    for link in counted:
        if link.url not in home:
            other.setdefault(link.url, link)
    return list(home.values()), list(other.values())


def _links_deduction(indicator: str, links: list[LinkFinding], profile: Profile) -> Deduction | None:
    if not links:
        return None
    rule: DeductionRule = getattr(profile.deductions, indicator)
    points, detail = _points(rule, len(links), "个")
    evidence = [
        {"url": link.url, "source": link.source, "text": link.text, "category": link.category,
         "http_status": link.http_status, "confirmed": link.confirmed}
        for link in links
    ]
    return Deduction(indicator, rule.label, points, len(links), f"{rule.label}{len(links)}个，{detail}", evidence)


def _identity_deduction(missing: list[str], profile: Profile) -> Deduction | None:
    if not missing:
        return None
    rule = profile.deductions.identity_missing
    names = [profile.identity[k] for k in missing]
    points, detail = _points(rule, len(missing), "项")
    return Deduction("identity_missing", rule.label, points, len(missing),
                     f"页脚缺少{'、'.join(names)}，{detail}", [{"item": k, "label": profile.identity[k]} for k in missing])


def _points(rule: DeductionRule, count: int, per: str) -> tuple[float, str]:
    """Points for count problems under the indicator's cap, and the sentence saying so."""
    each = Decimal(str(rule.points))
    cap = Decimal(str(rule.cap))
    raw = each * count
    if raw > cap:
        return float(cap), f"每{per}扣{_num(each)}分，按本项上限扣{_num(cap)}分。"
    return float(raw), f"每{per}扣{_num(each)}分，共扣{_num(raw)}分。"


# ---------------------------------------------------------------- the list


def summarize(judgements: Iterable[Judgement], total_in_list: int) -> Summary:
    judgements = list(judgements)
    exempt = sum(j.verdict == "exempt" for j in judgements)
    qualified = sum(j.verdict == "qualified" for j in judgements)
    unqualified = sum(j.verdict == "unqualified" for j in judgements)
    checked = qualified + unqualified
    eligible = total_in_list - exempt
    return Summary(
        sites_in_list=total_in_list,
        exempt=exempt,
        checked=checked,
        unqualified=unqualified,
        qualified=qualified,
        pass_rate=_round1(Fraction(100 * qualified, checked)) if checked else None,
        sampling_share=_round1(Fraction(100 * checked, eligible)) if eligible > 0 else None,
    )


# ---------------------------------------------------------------- numbers in words


def _round1(value: Decimal | Fraction) -> float:
    """Half up to one decimal, as a person rounds (92.55 -> 92.6), not banker's rounding."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _pct(share: Fraction | None) -> str:
    if share is None:
        return "无记录"
    return f"{_num(Decimal(str(_round1(share * 100))))}%"


def _status_reason(status: int | None) -> str | None:
    return f"http_{status}" if status else None
