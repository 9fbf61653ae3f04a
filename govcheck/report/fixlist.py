"""One site's fix list (整改清单): each problem with what, where, since when, why it counts, how to fix."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govcheck.judge.categories import category_info
from govcheck.report.figures import counted_link, score_text, site_figures
from govcheck.report.history import Diff, Key, Problem, site_problems


class Since:
    """Words for when a problem was first seen, from first-seen run ids and run dates."""

    def __init__(self, current_id: Any, first: Mapping[Key, Any], run_dates: Mapping[Any, str | None],
                 texts: Mapping[str, Any], compared: bool):
        self.current_id, self.first, self.dates, self.texts, self.compared = (
            current_id, first, run_dates, texts, compared)

    def of(self, key: Key) -> dict[str, Any]:
        run = self.first.get(key, self.current_id)
        if run == self.current_id:
            status = "new" if self.compared else None
            text = self.texts["since"]["new"] if self.compared else "本次检查发现"
        else:
            status = "persisting"
            day = self.dates.get(run)
            text = f"自第{run}次检查{f'（{day}）' if day else ''}起存在，仍未整改"
        return {"status": status, "run": run, "text": text}


def _fmt(points: float) -> str:
    return score_text(points)


def _vetoes_by_rule(site: Mapping[str, Any]) -> dict[str, dict]:
    return {v.get("rule"): v for v in site.get("vetoes", [])}


def _deduction(site: Mapping[str, Any], indicator: str) -> dict | None:
    return next((d for d in site.get("deductions", []) if d.get("indicator") == indicator), None)


class Reasons:
    """Why each kind of problem counts, under the run's rule profile (or the export's words when absent)."""

    def __init__(self, site: Mapping[str, Any], profile: Any | None):
        self.site, self.profile = site, profile
        self.vetoes = _vetoes_by_rule(site)
        self.vetoed = bool(self.vetoes)
        self.fig = site_figures(site)

    def _vetoed_note(self) -> str:
        return "本站已被单项否决，本项不再计分，但仍须整改。"

    def _deduction_rule(self, indicator: str) -> str:
        d = _deduction(self.site, indicator)
        rule = getattr(self.profile.deductions, indicator, None) if self.profile else None
        parts = []
        if rule is not None:
            prov = "（暂定分值，未见公开文件确认）" if rule.provisional else ""
            parts.append(f"扣分指标“{rule.label}”{prov}：每个扣{_fmt(rule.points)}分，本项最多扣{_fmt(rule.cap)}分。")
        if d is not None:
            parts.append(f"本站本项：{d.get('detail') or ''}")
        elif self.vetoed:
            parts.append(self._vetoed_note())
        return "".join(parts) or "计入扣分。"

    def veto(self, rule: str, fallback: str) -> str:
        v = self.vetoes.get(rule)
        if v:
            return f"单项否决指标“{v.get('label') or rule}”：{v.get('detail') or ''}"
        return fallback

    def unreachable(self) -> str:
        return self.veto("availability", "单项否决：检查时站点无法访问。")

    def availability(self) -> str:
        if "availability" in self.vetoes:
            return self.veto("availability", "")
        return self._deduction_rule("availability")

    def homepage(self) -> str:
        days = self.profile.homepage.stale_after_days if self.profile else None
        fallback = f"首页超过{days}天未更新即单项否决。" if days else "首页长时间未更新即单项否决。"
        return self.veto("homepage", fallback)

    def column(self, column: Mapping[str, Any]) -> str:
        mix = self.profile.columns.vetoes.stale_news_notice_policy if self.profile else None
        for rule in ("columns.stale_news_notice_policy", "columns.long_stale", "columns.empty"):
            if rule not in self.vetoes or (rule == "columns.empty") != bool(column.get("empty")):
                continue
            if rule == "columns.stale_news_notice_policy" and mix is not None and column.get("type") not in (
                    *mix.types_any_level, *mix.types_top_level):
                continue  # this column is not one of those the veto counts
            return self.veto(rule, "")
        if column.get("empty"):
            at = self.profile.columns.vetoes.empty.at_least if self.profile else None
            n = self.fig["empty_columns"]
            return f"空白栏目累计{at}个即单项否决，本站现有{n}个。" if at else f"本站现有空白栏目{n}个。"
        policy = self.profile.deductions.policy_column_stale if self.profile else None
        if policy and column.get("type") in policy.types and _deduction(self.site, "policy_column_stale"):
            return self._deduction_rule("policy_column_stale")
        if mix is not None and self._in_mix(column):
            # the nearer line: five stale news columns veto a site, where ten of any type would
            types = self.profile.columns.types
            kinds = [f"{types[t].label}栏目" for t in mix.types_any_level]
            kinds += [f"一级{types[t].label}栏目" for t in mix.types_top_level]
            n = sum(1 for c in self.site.get("columns", []) if c.get("stale") and self._in_mix(c))
            return f"{'、'.join(kinds)}未更新累计{mix.at_least}个即单项否决，本站现有{n}个。"
        at = self.profile.columns.vetoes.long_stale.at_least if self.profile else None
        n = self.fig["stale_columns"]
        return (f"长期未更新栏目累计{at}个即单项否决，本站现有{n}个。" if at
                else f"本站现有长期未更新栏目{n}个。")

    def _in_mix(self, c: Mapping[str, Any]) -> bool:
        mix = self.profile.columns.vetoes.stale_news_notice_policy
        return c.get("type") in mix.types_any_level or (
            self.profile.columns.first(bool(c.get("top_level", True))) and c.get("type") in mix.types_top_level)

    def link(self, link: Mapping[str, Any]) -> str:
        if not counted_link(link):
            return "页内锚点问题单独统计，不扣分，但影响访问体验。"
        return self._deduction_rule("links_homepage" if link.get("on_homepage") else "links_other")

    def identity(self) -> str:
        return self._deduction_rule("identity_missing")

    def evidence(self, e: Mapping[str, Any]) -> str:
        """Why a finding of the other indicators counts, or what it would cost once a person confirms it."""
        rule = self.profile.evidence.get(e.get("check")) if self.profile else None
        source = f"（{rule.source}）" if rule else ""
        rule_key = f"evidence.{e.get('check')}"
        if rule_key in self.vetoes:
            return self.veto(rule_key, "") + source
        if rule and not rule.veto and not rule.points:  # what govcheck could not read: a person looks, nothing scores
            return f"检查工具未能读取，不据此认定问题，请人工核查；不计分{source}。"
        if e.get("needs_confirmation"):
            if rule and rule.veto:
                return (f"待人工确认：确认属实的，{rule.at_least}处即按单项否决指标“{rule.veto}”判定{source}。"
                        "未经确认不计分。")
            return f"待人工确认：确认属实的，计入扣分{source}。未经确认不计分。"
        d = _deduction(self.site, rule_key)
        if d is not None:
            prov = "（暂定分值）" if rule and rule.provisional else ""
            return f"扣分指标“{d.get('label')}”{prov}：{d.get('detail') or ''}{source}"
        return (self._vetoed_note() if self.vetoed else "计入扣分。") + source


def _where(label: str, text: str | None, url: str | None = None) -> dict[str, Any]:
    return {"label": label, "text": text or url or "", "url": url}


def provisional(profile: Any | None, indicator: str) -> bool:
    """Whether a deduction's point values are not confirmed by a published source (the report says 暂定)."""
    if profile is None:
        return False
    if indicator.startswith("evidence."):
        rule = profile.evidence.get(indicator.removeprefix("evidence."))
    else:
        rule = getattr(profile.deductions, indicator, None)
    return bool(getattr(rule, "provisional", False))


def evidence_entry(e: Mapping[str, Any], since: dict | None, why: str, texts: Mapping[str, Any]) -> dict:
    """A finding of the other indicators with its evidence: the page, the text found, what was expected."""
    words = texts["evidence"]
    what = e.get("label") or e.get("check") or ""
    if e.get("found"):
        what += f"。{words['found']}：“{e['found']}”"
    if e.get("expected"):
        what += f"；{words['expected']}：“{e['expected']}”"
    sentence = (e.get("detail") or {}).get("sentence")
    where = [_where("页面", e.get("page_url"), e.get("page_url"))]
    if sentence:
        where.append(_where("原文", sentence))
    fix = texts.get("evidence_fix", {}).get(e.get("check"), texts["problems"]["evidence"]["fix"])
    return {"what": what + "。", "where": where, "since": since, "why": why, "fix": fix,
            "confirm": bool(e.get("needs_confirmation")), "confirmed": e.get("decision") == "confirmed"}


def _link_entry(link: Mapping[str, Any], texts: Mapping[str, Any], since: dict | None, why: str | None) -> dict:
    try:
        info = category_info(link.get("category") or "")
    except KeyError:
        info = {"label": link.get("category") or "未知", "meaning": "", "fix": "", "counts": True}
    words = texts["links"]
    tags = [words["on_homepage"] if link.get("on_homepage") else words["other_page"],
            words["external"] if link.get("external") else words["internal"],
            words["kinds"].get(link.get("kind"), link.get("kind") or "")]
    if link.get("verdict") == "broken":
        tags.append(words["confirmed"] if link.get("confirmed") else words["suspected"])
    return {
        "text": link.get("text") or "", "url": link.get("url") or "", "http_status": link.get("http_status"),
        "label": info["label"], "meaning": info["meaning"], "fix": info["fix"],
        "tags": [t for t in tags if t], "since": since, "why": why,
    }


SHARED_PAGES = 5  # a broken link on this many pages is the template's: listed once, with the pages that show it


def _by_page(entries: list[tuple[Mapping[str, Any], dict]]) -> list[dict[str, Any]]:
    pages: dict[str, dict[str, Any]] = {}
    shared = _shared_links(entries)
    for link, entry in entries:
        if link.get("url") in shared:
            continue
        src = link.get("source") or ""
        page = pages.setdefault(src, {"url": src, "title": link.get("source_title") or "",
                                      "on_homepage": bool(link.get("on_homepage")), "links": []})
        page["links"].append(entry)
    # the shared links first, then the homepage, then pages in the order met
    return ([_shared_group(shared)] if shared else []) + sorted(
        pages.values(), key=lambda p: not p["on_homepage"])


def _shared_links(entries: list[tuple[Mapping[str, Any], dict]]) -> dict[str, dict]:
    """The links found on SHARED_PAGES pages or more (a footer's, a menu's: the site's template), each once: its
    entry where it is worst (the homepage's), how many pages show it and a few of them."""
    sources: dict[str, list] = {}
    for link, entry in entries:
        sources.setdefault(link.get("url") or "", []).append((not link.get("on_homepage"), link.get("source"), entry))
    out = {}
    for url, found in sources.items():
        if len(found) >= SHARED_PAGES:
            found.sort(key=lambda f: f[0])
            out[url] = {**found[0][2], "pages": len(found), "examples": [f[1] for f in found[:3]]}
    return out


def _shared_group(shared: dict[str, dict]) -> dict[str, Any]:
    return {"url": "", "title": "", "on_homepage": False, "shared": True, "links": list(shared.values())}


def fix_list(site: Mapping[str, Any], texts: Mapping[str, Any], since: Since, profile: Any | None = None,
             site_diff: Diff | None = None) -> dict[str, Any]:
    """The data of sites/<site_id>.html."""
    words = texts["problems"]
    reasons = Reasons(site, profile)
    problems = site_problems(site)
    sections: list[dict[str, Any]] = []
    home_url = site.get("url")

    def section(kind: str, items: list[dict]) -> None:
        if items:
            w = words[kind]
            sections.append({"kind": kind, "title": w["label"], "meaning": w["meaning"], "fix": w["fix"],
                             "problems": items})

    by_kind: dict[str, list[Problem]] = {}
    for p in problems:
        by_kind.setdefault(p.kind, []).append(p)

    for p in by_kind.get("unreachable", []):
        section("unreachable", [{"what": words["unreachable"]["meaning"],
                                 "where": [_where("网址", home_url, home_url)],
                                 "since": since.of(p.key), "why": reasons.unreachable(),
                                 "fix": words["unreachable"]["fix"]}])
    for p in by_kind.get("availability", []):
        section("availability", [{"what": words["availability"]["meaning"],
                                  "where": [_where("首页", home_url, home_url)], "since": since.of(p.key),
                                  "why": reasons.availability(), "fix": words["availability"]["fix"]}])
    for p in by_kind.get("homepage_stale", []):
        last = (site.get("homepage") or {}).get("last_update")
        what = words["homepage_stale"]["meaning"] + (f"最近一次更新：{last}。" if last else "首页未找到带日期的信息。")
        if (site.get("homepage") or {}).get("nav_only"):
            what += "首页仅为导航页，按二级页面的更新情况判断。"
        section("homepage_stale", [{"what": what, "where": [_where("首页", home_url, home_url)],
                                    "since": since.of(p.key), "why": reasons.homepage(),
                                    "fix": words["homepage_stale"]["fix"]}])
    for kind in ("column_stale", "column_empty"):
        items = []
        for p in by_kind.get(kind, []):
            c = p.data
            type_label = profile.type_label(c.get("type")) if profile else (c.get("type") or "")
            if kind == "column_empty":
                what = f"{type_label}栏目，列表中没有任何信息" + (f"（{c['note']}）。" if c.get("note") else "。")
            else:
                last = c.get("last_update") or "无带日期的信息"
                what = (f"{type_label}栏目，应在{c.get('threshold_days')}天内更新；最近更新：{last}"
                        + (f"，已{c.get('days_since')}天未更新。" if c.get("days_since") is not None else "。")
                        + (f"{c['note']}。" if c.get("note") else ""))  # a column of one article says so
            where = [_where("栏目", c.get("name"), c.get("url"))]
            if c.get("parent"):
                where.append(_where("上级栏目", c.get("parent")))
            items.append({"what": what, "where": where, "since": since.of(p.key), "why": reasons.column(c),
                          "fix": words[kind]["fix"]})
        section(kind, items)
    identity_items = []
    for p in by_kind.get("identity", []):
        item = p.where[0]
        name = profile.identity.get(item, item) if profile else item
        identity_items.append({"what": f"首页页脚缺少{name}。", "where": [_where("首页", home_url, home_url)],
                               "since": since.of(p.key), "why": reasons.identity(),
                               "fix": texts.get("identity_fix", {}).get(item, words["identity"]["fix"])})
    section("identity", identity_items)
    section("evidence", [evidence_entry(p.data, since.of(p.key), reasons.evidence(p.data), texts)
                         for p in by_kind.get("evidence", [])])

    broken = [(p.data, _link_entry(p.data, texts, since.of(p.key), reasons.link(p.data)))
              for p in by_kind.get("link", [])]
    seen_unverified: set[tuple[str, str]] = set()
    unverified = []
    for link in site.get("links", []):
        key = (link.get("source"), link.get("url"))
        if link.get("verdict") == "unverified" and key not in seen_unverified:
            seen_unverified.add(key)
            unverified.append((link, _link_entry(link, texts, None, None)))

    unread = [{"name": c.get("name"), "url": c.get("url"), "parent": c.get("parent"), "reason": c.get("reason"),
               "type": profile.type_label(c.get("type")) if profile else (c.get("type") or "")}
              for c in site.get("columns", []) if c.get("verdict") == "unverified"]

    fixed = []
    if site_diff is not None:
        for p in site_diff.fixed:
            fixed.append(describe(p, texts, profile))
    fig = site_figures(site)
    return {
        "site": site,
        "figures": fig,
        "verdict": texts["verdicts"].get(site.get("verdict"), ""),
        "status": texts["site_statuses"].get(site.get("status") or "checked", ""),
        "score": score_text(site.get("score")),
        "vetoes": site.get("vetoes", []),
        "deductions": [{**d, "provisional": provisional(profile, d.get("indicator") or "")}
                       for d in site.get("deductions", [])],
        "warnings": site.get("warnings", []),
        "sections": sections,
        "link_pages": _by_page(broken),
        "link_count": len(broken),
        "link_targets": len({link.get("url") for link, _ in broken}),
        "link_section": words["link"],
        "unverified_pages": _by_page(unverified),
        "unverified_count": len(unverified),
        "unverified_columns": unread,
        "unverified_column_words": words["column_unverified"],
        "uncertain": [w for w in site.get("warnings", []) if w.get("rule") == "columns.uncertain"],
        "manual_checks": site.get("manual_checks", []),
        "fixed": fixed,
        "diff": site_diff.counts() if site_diff is not None else None,
        "problem_count": len(problems),
    }


def describe(p: Problem, texts: Mapping[str, Any], profile: Any | None = None) -> dict[str, Any]:
    """One line about a problem, for the lists of fixed ones: its kind in words and where it was."""
    label = texts["problems"].get(p.kind, {}).get("label", p.kind)
    d = p.data
    if p.kind == "link":
        return {"label": label, "text": d.get("text") or d.get("url"), "url": d.get("url"), "page": d.get("source")}
    if p.kind in ("column_stale", "column_empty"):
        return {"label": label, "text": d.get("name") or d.get("url"), "url": d.get("url"), "page": None}
    if p.kind == "evidence":
        return {"label": d.get("label") or label, "text": d.get("found") or "", "url": d.get("page_url"),
                "page": None}
    if p.kind == "identity":
        item = p.where[0]
        return {"label": label, "text": profile.identity.get(item, item) if profile else item, "url": None,
                "page": None}
    return {"label": label, "text": "", "url": None, "page": None}
