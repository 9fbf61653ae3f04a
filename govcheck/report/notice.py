"""The notice (通报): its data (notice_docx.py writes it as Word from the same rendered template as notice.html)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from govcheck.report.figures import percent, problem_words, site_figures
from govcheck.report.history import Diff
from govcheck.report.rounds import failed_twice, sample_facts
from govcheck.rounds import round_parts


def summary_phrase(summary: Mapping[str, Any]) -> str:
    """The notice's own wording: 抽查54个，合格50个，合格率92.6%."""
    return (f"抽查{summary.get('checked', 0)}个，合格{summary.get('qualified', 0)}个，"
            f"合格率{percent(summary.get('pass_rate'))}")


def quarter_of(as_of: str | None) -> tuple[int | None, int | None]:
    if not as_of:
        return None, None
    d = date.fromisoformat(as_of[:10])
    return d.year, (d.month - 1) // 3 + 1


def chinese_date(day: str | None) -> str:
    """2026-11-26 as a notice writes it: 2026年11月26日 (GB/T 9704: Arabic numerals, no leading zeros)."""
    if not day:
        return ""
    d = date.fromisoformat(day[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def main_problems(export: Mapping[str, Any], texts: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The classes of problems with how many there are and on how many sites, over checked sites."""
    words = texts["problems"]
    sites = export.get("sites", [])
    checked = [s for s in sites if (s.get("status") or "checked") == "checked"]
    figs = {s["site_id"]: site_figures(s) for s in checked}

    def links(sid: str) -> int:
        return (figs[sid]["broken_links_homepage"] or 0) + (figs[sid]["broken_links_other"] or 0)

    rows = [
        ("unreachable", sum(s.get("status") == "unreachable" for s in sites),
         sum(s.get("status") == "unreachable" for s in sites), "个网站"),
        ("homepage_stale", sum(bool((s.get("homepage") or {}).get("stale")) for s in checked),
         sum(bool((s.get("homepage") or {}).get("stale")) for s in checked), "个网站"),
        ("column_stale", sum(figs[s["site_id"]]["stale_columns"] or 0 for s in checked),
         sum(bool(figs[s["site_id"]]["stale_columns"]) for s in checked), "个栏目"),
        ("column_empty", sum(figs[s["site_id"]]["empty_columns"] or 0 for s in checked),
         sum(bool(figs[s["site_id"]]["empty_columns"]) for s in checked), "个栏目"),
        ("link", sum(links(s["site_id"]) for s in checked), sum(bool(links(s["site_id"])) for s in checked), "个链接"),
        ("identity", sum(len(figs[s["site_id"]]["missing_identity"]) for s in checked),
         sum(bool(figs[s["site_id"]]["missing_identity"]) for s in checked), "项"),
    ]
    out = [{"kind": kind, "label": words[kind]["label"], "count": count, "sites": n_sites, "unit": unit}
           for kind, count, n_sites, unit in rows]
    return out + evidence_problems(checked)


def evidence_problems(checked: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The other indicators' findings by kind, in the order first met; those a person must still confirm say so."""
    found: dict[str, dict[str, Any]] = {}
    for site in checked:
        for e in site.get("evidence", []):
            if e.get("decision") == "rejected":
                continue
            pending = "（待人工确认）" if e.get("needs_confirmation") else ""
            label = (e.get("label") or e.get("check") or "") + pending
            row = found.setdefault(label, {"kind": "evidence", "label": label, "count": 0, "site_ids": set(),
                                           "unit": "处"})
            row["count"] += 1
            row["site_ids"].add(site["site_id"])
    return [{**{k: v for k, v in row.items() if k != "site_ids"}, "sites": len(row["site_ids"])}
            for row in found.values()]


def named_last_time(previous: Mapping[str, Any] | None, export: Mapping[str, Any],
                    changes: Diff | None, texts: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The sites the previous notice named (unqualified then) and where they stand now; None: no previous run."""
    if previous is None:
        return None
    now = {s["site_id"]: s for s in export.get("sites", [])}
    out = []
    for site in previous.get("sites", []):
        if site.get("verdict") != "unqualified":
            continue
        cur = now.get(site["site_id"])
        mine = changes.for_site(site["site_id"]) if changes else Diff()
        fixed, persisting = len(mine.fixed), len(mine.persisting)
        if cur is None or (cur.get("status") or "checked") == "exempt":
            state = "本次未检查"
        elif cur.get("status") == "unreachable":
            state = "仍无法访问" if site.get("status") == "unreachable" else "本次无法访问，未能复查"
        elif persisting == 0:
            state = "问题已全部整改"
        elif fixed:
            state = f"已整改{fixed}个问题，仍有{persisting}个未整改"
        else:
            state = f"{persisting}个问题均未整改"
        out.append({
            "site_id": site["site_id"], "name": site.get("name") or "", "region": site.get("region") or "",
            "before": texts["verdicts"].get(site.get("verdict"), ""),
            "now": texts["verdicts"].get(cur.get("verdict"), "") if cur else "未检查",
            "fixed": fixed, "persisting": persisting, "new": len(mine.new), "state": state,
        })
    return out


def notice_context(export: Mapping[str, Any], texts: Mapping[str, Any], changes: Diff | None,
                   previous: Mapping[str, Any] | None, messages: Mapping[str, Any] | None) -> dict[str, Any]:
    summary = export.get("summary") or {}
    year, quarter = quarter_of(export["run"].get("as_of"))
    if export["run"].get("round"):  # the round checked, whatever day it was checked on
        year, quarter = round_parts(export["run"]["round"])
    failing = [s for s in export.get("sites", []) if s.get("verdict") == "unqualified"]
    quarter_words = f"{year}年第{quarter}季度" if year else ""
    return {
        "run": export["run"],
        "year": year,
        "quarter": quarter,
        "date": chinese_date(export["run"].get("as_of")),
        "attachment_title": f"{quarter_words}政府网站抽查情况表",
        "messages_period": (f"{chinese_date(messages['start'])}至{chinese_date(messages['end'])}"
                            if messages else ""),
        "summary": summary,
        "phrase": summary_phrase(summary),
        "pass_rate": percent(summary.get("pass_rate")),
        "sampling_share": percent(summary.get("sampling_share")),
        "messages": messages,
        "named": named_last_time(previous, export, changes, texts),
        "sample": sample_facts(export),
        "failed_twice": failed_twice(previous, export),
        "fixed_total": len(changes.fixed) if changes and previous is not None else None,
        "main_problems": main_problems(export, texts),
        "failing": [{"no": i, "region": s.get("region") or "", "name": s.get("name") or "",
                     "problems": problem_words(s, texts)} for i, s in enumerate(failing, start=1)],
        # qualified sites that what could not be read (columns, the homepage) could make fail: the notice says the
        # verdict awaits a person
        "uncertain": [{"name": s.get("name") or "",
                       "unread": (["首页"] if "homepage" in s["uncertain"] else [])
                       + [c.get("name") or c.get("url") for c in s.get("columns", [])
                          if c.get("verdict") == "unverified"]}
                      for s in export.get("sites", []) if s.get("uncertain")],
    }
