"""The report's view of rounds (pure functions): a run's label, how its sites were drawn, the sites that failed
twice in a row, and the trends across rounds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from govcheck.judge.outcome import round1
from govcheck.report.figures import percent
from govcheck.report.history import KINDS, problem_counts, run_problems


def run_label(export: Mapping[str, Any]) -> str:
    """A round run by its round (2026Q4); an ad hoc or subset run by its id and date, so it is never taken for one."""
    run = export["run"]
    if run.get("round") and (run.get("scope") or "round") == "round":
        return run["round"]
    return f"第{run['id']}次（{run.get('as_of') or '—'}）"


def sample_facts(export: Mapping[str, Any]) -> dict[str, Any] | None:
    """How a sampled round's sites were drawn, as the notice states it; None when every site was checked."""
    sample = export["run"].get("sample")
    if not sample:
        return None
    population = sample.get("population") or 0
    drawn = sample.get("drawn") or 0
    return {"listed": sample.get("listed"), "population": population, "drawn": drawn,
            "share": percent(round1(Fraction(100 * drawn, population))) if population else "—",  # half up
            "spec": sample.get("spec"), "seed": sample.get("seed"), "forced": len(sample.get("forced") or []),
            "strata": [{"kind": k, "region": r, "sites": n, "drawn": d} for k, r, n, d in sample.get("strata", [])]}


def failed_twice(previous: Mapping[str, Any] | None, export: Mapping[str, Any]) -> list[dict[str, str]] | None:
    """The sites unqualified in this round and in the previous one (连续两次不合格), in list order; None when the two
    are not consecutive rounds' runs."""
    if previous is None or any((r["run"].get("scope") or "round") != "round" for r in (previous, export)):
        return None
    before = {s["site_id"] for s in previous.get("sites", []) if s.get("verdict") == "unqualified"}
    return [{"site_id": s["site_id"], "name": s.get("name") or s["site_id"], "region": s.get("region") or ""}
            for s in export.get("sites", []) if s.get("verdict") == "unqualified" and s["site_id"] in before]


def trends(timeline: Sequence[Mapping[str, Any]], texts: Mapping[str, Any]) -> dict[str, Any]:
    """Per run of the timeline: the pass rate, the sites failing by veto type, the problems by category."""
    labels = [run_label(r) for r in timeline]
    vetoes: dict[str, dict[str, Any]] = {}
    for i, run in enumerate(timeline):
        for site in run.get("sites", []):
            # a site counts once per type, as the reader sees types: rules of one label are one type
            for label in {v.get("label") or v["rule"] for v in site.get("vetoes", [])}:
                vetoes.setdefault(label, {"label": label, "values": [0] * len(timeline)})["values"][i] += 1
    counts = [problem_counts(list(run_problems(r).values())) for r in timeline]
    problems = [{"label": texts["problems"][k]["label"], "values": [c.get(k, 0) for c in counts]}
                for k in KINDS if any(c.get(k, 0) for c in counts)]
    return {
        "labels": labels,
        "pass_rate": [(r.get("summary") or {}).get("pass_rate") for r in timeline],
        "checked": [(r.get("summary") or {}).get("checked") for r in timeline],
        "vetoes": [vetoes[k] for k in sorted(vetoes)],
        "problems": problems,
    }
