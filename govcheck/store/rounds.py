"""Rounds in the store: which stored run stands for which round, and what a round's run found (the choice itself is
govcheck.rounds, pure)."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from govcheck.rounds import RunInfo, baseline, default_round, round_runs, trend_ids
from govcheck.store.models import Judgement, Run, SiteJudgement
from govcheck.store.read import RunNotFound


def run_infos(engine: Engine) -> list[RunInfo]:
    with Session(engine) as s:
        rows = s.execute(select(Run.id, Run.round, Run.scope, Run.status, Run.as_of).order_by(Run.id)).all()
    # a run stored without a round (by hand, in a test) belongs to the quarter of its inspection date
    return [RunInfo(i, r or default_round(as_of), scope or "round", status) for i, r, scope, status, as_of in rows]


def _current(infos: list[RunInfo], run_id: int) -> RunInfo:
    for info in infos:
        if info.id == run_id:
            return info
    raise RunNotFound(f"no run {run_id} in the store")


def previous_run_id(engine: Engine, run_id: int) -> int | None:
    """The previous round's run: what a run's failures are confirmed against and its history compared with."""
    infos = run_infos(engine)
    return baseline(infos, _current(infos, run_id))


def trend_run_ids(engine: Engine, run_id: int, n: int) -> list[int]:
    """The round runs drawn in a run's trends before it, oldest first."""
    infos = run_infos(engine)
    return trend_ids(infos, _current(infos, run_id), n)


def round_run_id(engine: Engine, round_: str) -> int:
    """The run of a round (its newest complete round run)."""
    found = round_runs(run_infos(engine)).get(round_)
    if found is None:
        raise RunNotFound(f"no complete run of round {round_} in the store (`govcheck rounds` lists them)")
    return found


def unqualified_sites(engine: Engine, run_id: int | None) -> list[str]:
    """The sites a run's newest judgement found unqualified."""
    if run_id is None:
        return []
    with Session(engine) as s:
        jid = s.scalars(select(Judgement.id).where(Judgement.run_id == run_id)
                        .order_by(Judgement.id.desc()).limit(1)).first()
        if jid is None:
            return []
        return list(s.scalars(select(SiteJudgement.site_id).where(
            SiteJudgement.judgement_id == jid, SiteJudgement.verdict == "unqualified").order_by(SiteJudgement.id)))


def failed_last_round(engine: Engine, round_: str) -> list[str]:
    """The sites that failed in the round before this one (-a include=failed)."""
    infos = run_infos(engine)
    probe = RunInfo(max((i.id for i in infos), default=0) + 1, round_, "round", "running")
    return unqualified_sites(engine, baseline(infos, probe))


def round_rows(engine: Engine) -> list[dict]:
    """Each round with its run, as `govcheck rounds` lists them, oldest first."""
    out = []
    with Session(engine) as s:
        for round_, run_id in round_runs(run_infos(engine)).items():
            run = s.get(Run, run_id)
            j = s.scalars(select(Judgement).where(Judgement.run_id == run_id)
                          .order_by(Judgement.id.desc()).limit(1)).first()
            summary = (j.summary if j else None) or {}
            out.append({"round": round_, "run": run_id, "as_of": run.as_of.isoformat(),
                        "sites": summary.get("sites_in_list"), "checked": summary.get("checked"),
                        "failed": summary.get("unqualified"), "pass_rate": summary.get("pass_rate"),
                        "sample": f"{run.sample['spec']} (seed {run.sample['seed']})" if run.sample else "all"})
    return out
