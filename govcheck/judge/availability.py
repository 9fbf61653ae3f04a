"""The availability rule (站点无法访问): the share of failed homepage probes over the monitoring window, the veto
line, the thin-evidence rule, the early warning and the deduction below the line (pure)."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from govcheck.judge.categories import category_info
from govcheck.judge.findings import SiteFindings
from govcheck.judge.outcome import Deduction, RuleWarning, Veto, pct, plain, points_for, round1, status_reason
from govcheck.rules import Profile


class Availability:
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
        percent = None if self.share is None else round1(100 * (1 - self.share))
        return dict(probes=self.total, failed_probes=len(self.failed), availability_percent=percent)

    def _evidence(self) -> list[dict]:
        return [{"at": plain(p.at), "reason": p.reason or status_reason(p.status)} for p in self.failed]

    def _counts(self) -> str:
        source = "抓取时的请求" if self.from_crawl else "首页探测"
        return f"{source}共{self.total}次，失败{len(self.failed)}次（{pct(self.share)}）"

    def unreachable_veto(self) -> Veto:
        counts = f"，{self._counts()}" if self.total else ""
        why = f"（{self._reasons()}）" if self.failed else ""
        return Veto("availability", self.rules.label, f"检查时站点无法访问，首页均未能打开{counts}{why}。",
                    self._evidence())

    def veto(self) -> Veto | None:
        if self.share is None:
            return None
        if self.all_must_fail:
            if len(self.failed) < self.total:
                return None  # a warning instead: see warnings()
            detail = f"{self._counts()}，每一次都没能打开首页（{self._reasons()}）。"
            return Veto("availability", self.rules.label, detail, self._evidence())
        if self.share < self.rules.veto_share:
            return None
        detail = f"监测期内{self._counts()}，达到{pct(self.rules.veto_share)}的否决线（{self._reasons()}）。"
        return Veto("availability", self.rules.label, detail, self._evidence())

    def _reasons(self) -> str:
        words: list[str] = []
        for p in self.failed:
            code = p.reason or status_reason(p.status)
            if code and code.startswith("tls_"):  # a probe keeps the finer class (tls_expired, …)
                code = "tls_error"
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

    def _chain_warning(self) -> RuleWarning | None:
        """Probes answered by a certificate sent without its intermediate (tls_chain): no failure, as a browser
        fetches the intermediate and opens the page, but govcheck could not verify it: a person confirms."""
        chain = [p for p in self.probes if p.ok and p.reason == "tls_chain"]
        if not chain:
            return None
        return RuleWarning(
            "availability.tls_chain", "首页证书链不完整（待人工核实）",
            f"{len(chain)}次打开首页时，网站的HTTPS证书本身有效，但服务器没有一并发送中间证书，自动检查无法验证证书链；"
            "浏览器通常会自行补全并正常打开，因此不计为无法访问。请人工用浏览器打开首页确认；"
            "网站运维单位应部署完整证书链（站点证书加中间证书）。",
        )

    def warnings(self) -> list[RuleWarning]:
        out = [w for w in (self._chain_warning(),) if w]
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
                f"{self._counts()}，已达{pct(self.rules.warn_share)}的预警线。",
            ))
        return out

    def deduction(self) -> Deduction | None:
        if self.share is None or self.share >= self.rules.veto_share or self.all_must_fail:
            return None
        whole_percent = math.floor(self.share * 100)
        if whole_percent == 0:
            return None
        points, detail = points_for(self.deduction_rule, whole_percent, "个百分点")
        return Deduction(
            "availability", self.deduction_rule.label, points, whole_percent,
            f"{self._counts()}，{detail}", self._evidence(),
        )
