"""The column rules: stale and empty columns counted under the profile's limits for the column vetoes, their
warnings and the policy-column deduction; unverified columns counted toward none, but named, with the rules they
could make a qualified site fail (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from govcheck.judge.columns import is_stale
from govcheck.judge.findings import ColumnFinding, SiteFindings
from govcheck.judge.outcome import Deduction, RuleWarning, Veto, plain, points_for
from govcheck.rules import Profile


class ColumnCounts:
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
        return c.type in mix.types_any_level or (self.profile.columns.first(c.top_level)
                                                 and c.type in mix.types_top_level)

    def _stale(self, c: ColumnFinding) -> bool:
        return not c.empty and is_stale(c.last_update, self.profile.threshold_days(c.type), self.as_of)

    def _evidence(self, columns: Iterable[ColumnFinding]) -> list[dict]:
        return [
            {"name": c.name, "url": c.url, "type": c.type, "last_update": plain(c.last_update),
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
                 [c for c in self.unverified if self.profile.threshold_days(c.type) is not None],
                 v.long_stale.at_least),
                ("columns.empty", self.empty, self.unverified, v.empty.at_least)):
            if len(hits) < line <= len(hits) + len(could):
                out.append(rule)
        rule = self.profile.deductions.policy_column_stale
        extra = [c for c in self.unverified if self._policy(c)]
        if extra:
            worst = self.policy_points(self.stale_policy() + extra) - self.policy_points(self.stale_policy())
            if (Decimal(str(self.profile.max_score)) - deducted - Decimal(str(worst))
                    < Decimal(str(self.profile.pass_line))):
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
        return points_for(self.profile.deductions.policy_column_stale, len(hits), "个")[0] if hits else 0.0

    def policy_deduction(self) -> Deduction | None:
        rule = self.profile.deductions.policy_column_stale
        hits = self.stale_policy()
        if not hits:
            return None
        points, detail = points_for(rule, len(hits), "个")
        names = "、".join(sorted(c.name for c in hits))  # the same sentence whatever order the crawl met them in
        return Deduction("policy_column_stale", rule.label, points, len(hits),
                         f"{names}长期未更新，{detail}", self._evidence(hits))
