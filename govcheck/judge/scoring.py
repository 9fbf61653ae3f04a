"""A site's verdict under a rule profile: vetoes, deductions, score, warnings (pure functions). The availability
rule is judged in availability.py, the column rules in column_rules.py; outcome.py holds what a judgement is made
of."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from govcheck.judge.availability import Availability
from govcheck.judge.column_rules import ColumnCounts
from govcheck.judge.columns import is_stale
from govcheck.judge.evidence import EvidenceJudge
from govcheck.judge.findings import LinkFinding, SiteFindings
from govcheck.judge.outcome import Deduction, Figures, Judgement, RuleWarning, Summary, Veto, plain, points_for, round1
from govcheck.rules import DeductionRule, Profile

# ---------------------------------------------------------------- the site


def judge_site(f: SiteFindings, profile: Profile) -> Judgement:
    if f.status == "exempt":
        return Judgement(f.site_id, f.as_of, profile.name, "exempt", None)
    if f.status not in ("checked", "unreachable"):
        raise ValueError(f"{f.site_id}: unknown status {f.status!r}")

    manual = [m.label for m in profile.manual_checks]
    avail = Availability(f, profile)
    if f.status == "unreachable":
        return Judgement(
            f.site_id, f.as_of, profile.name, "unqualified", None,
            vetoes=[avail.unreachable_veto()], manual_checks=manual,
            thin_evidence=avail.thin, figures=Figures(**avail.figures()),
        )

    columns = ColumnCounts(f, profile)
    evidence = EvidenceJudge(f.evidence, profile)
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
        to_confirm=evidence.confirm_count(),
    )
    vetoes = [v for v in (avail.veto(), _homepage_veto(f, profile), *columns.vetoes(), *evidence.vetoes()) if v]
    warnings = avail.warnings() + _homepage_warnings(f, profile) + columns.warnings() + evidence.warnings()
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
            *evidence.deductions(),
        ) if d
    ]
    total = sum((Decimal(str(d.points)) for d in deductions), Decimal(0))
    score = round1(max(Decimal(str(profile.max_score)) - total, Decimal(0)))
    verdict = "qualified" if score >= profile.pass_line else "unqualified"
    uncertain = columns.could_fail(total) if verdict == "qualified" else []
    if columns.unverified:
        common["warnings"] = [*common["warnings"], columns.unverified_warning(uncertain)]
    if verdict == "qualified" and _homepage_unknown(f, profile):
        uncertain = ["homepage", *uncertain]  # were it read as stale, the homepage veto would fail the site
    return Judgement(
        f.site_id, f.as_of, profile.name, verdict, score, deductions=deductions, uncertain=uncertain, **common
    )


def _homepage_veto(f: SiteFindings, profile: Profile) -> Veto | None:
    rules = profile.homepage
    last = f.homepage_last_update
    if not is_stale(last, rules.stale_after_days, f.as_of) or f.homepage_unread:
        return None  # fresh, or not known to be stale: a homepage the reader failed on is a person's to check
    where = "首页仅为导航页，二级页面" if f.homepage_nav_only else "首页"
    if last is None:
        detail = f"{where}未发现带发布日期的信息，视为未更新。"
    else:
        detail = (f"{where}最近一次更新为{last.isoformat()}，距检查日{f.as_of.isoformat()}已"
                  f"{(f.as_of - last).days}天，超过{rules.stale_after_days}天未更新。")
    evidence = [{"last_update": plain(last), "as_of": f.as_of.isoformat(), "nav_only": f.homepage_nav_only}]
    return Veto("homepage", rules.label, detail, evidence)


def _homepage_unknown(f: SiteFindings, profile: Profile) -> bool:
    """Whether the homepage's freshness is unknown: the reader failed on it and what was read of it is not fresh."""
    return f.homepage_unread and is_stale(f.homepage_last_update, profile.homepage.stale_after_days, f.as_of)


def _homepage_warnings(f: SiteFindings, profile: Profile) -> list[RuleWarning]:
    rules = profile.homepage
    last = f.homepage_last_update
    if _homepage_unknown(f, profile):
        return [RuleWarning("homepage.unverified", "首页未能读取",
                            f"检查工具未能读取首页的信息列表{unread_parts(f.homepage_unread_parts)}。可能的原因："
                            "网页未能解析，网站脚本加载的数据未能取得，条目由网站脚本文件中的函数打开而未能读出其地址，"
                            "网站防护系统拦截了检查工具，或网站的安全证书链不完整。首页是否按时更新未能判断，"
                            "未作否决，请人工核查。")]
    if last is None or is_stale(last, rules.stale_after_days, f.as_of):
        return []
    if last >= f.as_of - timedelta(days=rules.warn_after_days):
        return []
    days = (f.as_of - last).days
    return [RuleWarning("homepage", rules.warn_label,
                        f"首页已{days}天未更新（{rules.stale_after_days}天未更新即否决）。")]


# what govcheck's part of a homepage at its address's fragment was
_UNREAD_PARTS = {"rendered": "浏览器渲染未能完成", "opened": "条目由网站脚本文件中的函数打开，未能读出其地址",
                 "home-date": "用以确定首页条目日期的文章"}


def unread_parts(parts: Sequence[tuple[str, int | None]], shown: int = 3) -> str:
    """What of the homepage was not read, named for a person: each part's address (no fragment: `#rendered`,
    `#unread` tell govcheck's parts of one page apart) and its status, up to `shown` of them."""
    named: list[str] = []
    for url, status in parts:
        address, _, part = url.partition("#")
        said = f"返回{status}" if status and status >= 300 else _UNREAD_PARTS.get(part)
        where = address + (f"（{said}）" if said else "")
        if where not in named:
            named.append(where)
    if not named:
        return ""
    more = f"等{len(named)}处" if len(named) > shown else ""
    return f"：{'；'.join(named[:shown])}{more}"


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
    points, detail = points_for(rule, len(links), "个")
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
    points, detail = points_for(rule, len(missing), "项")
    return Deduction("identity_missing", rule.label, points, len(missing),
                     f"页脚缺少{'、'.join(names)}，{detail}",
                     [{"item": k, "label": profile.identity[k]} for k in missing])


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
        pass_rate=round1(Fraction(100 * qualified, checked)) if checked else None,
        sampling_share=round1(Fraction(100 * checked, eligible)) if eligible > 0 else None,
    )


