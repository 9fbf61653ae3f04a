"""Rounds (检查轮次): an office's quarterly check, and which stored run stands for which round (pure functions).

A run belongs to a round (``2019Q1``). Only a round run (the whole site list, or its sample) can be a round's
run; an ad hoc run (``-a url=``) or a subset (``-a site=``) is reported on its own and is never a baseline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

ROUND = re.compile(r"(\d{4})Q([1-4])")
QUARTERS = "一二三四"
SCOPES = ("round", "adhoc", "subset")


class RoundError(ValueError):
    """A round that is not YYYYQn; the message is one line."""


def default_round(as_of: date) -> str:
    """The quarter of the inspection date: 2026-11-26 -> 2026Q4."""
    return f"{as_of.year}Q{(as_of.month - 1) // 3 + 1}"


def parse_round(text: str | None, as_of: date) -> str:
    """The -a round argument, upper-cased (2019q1 -> 2019Q1); the quarter of as_of when not given."""
    if text is None or not str(text).strip():
        return default_round(as_of)
    value = str(text).strip().upper()
    if not ROUND.fullmatch(value):
        raise RoundError(f"round argument: {text!r} is not a round (YYYYQn, e.g. 2019Q1)")
    return value


def round_parts(value: str | None) -> tuple[int | None, int | None]:
    """(year, quarter) of a round, (None, None) for none or a malformed one."""
    m = ROUND.fullmatch(value or "")
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


def round_title(value: str | None) -> str:
    """2019Q1 -> 2019年第一季度 (as a notice names it)."""
    year, quarter = round_parts(value)
    return f"{year}年第{QUARTERS[quarter - 1]}季度" if year else ""


def run_scope(url: str | None, site: str | None) -> str:
    """What a run covers: one domain ad hoc, one site of the list, or the round's whole list (or its sample)."""
    if url:
        return "adhoc"
    if site:
        return "subset"
    return "round"


@dataclass(frozen=True)
class RunInfo:
    """What choosing a baseline needs of a stored run."""

    id: int
    round: str | None
    scope: str
    status: str


def round_runs(runs: Iterable[RunInfo]) -> dict[str, int]:
    """Each round's run: the newest complete round run of that round, by round, oldest round first."""
    out: dict[str, int] = {}
    for r in sorted(runs, key=lambda r: r.id):
        if r.status == "complete" and r.scope == "round" and r.round:
            out[r.round] = r.id
    return dict(sorted(out.items()))


def earlier_rounds(runs: Iterable[RunInfo], current: RunInfo) -> dict[str, int]:
    """The rounds a run is compared with, oldest first: for a round run, the rounds before its own; for an ad hoc or
    subset run, its own round and those before, as they stood when it was made (round runs older than it)."""
    runs = list(runs)
    if current.scope == "round":
        return {k: v for k, v in round_runs(runs).items() if current.round and k < current.round}
    older = [r for r in runs if r.id < current.id]
    return {k: v for k, v in round_runs(older).items() if not current.round or k <= current.round}


def baseline(runs: Iterable[RunInfo], current: RunInfo) -> int | None:
    """The run a run is compared with (confirmation, history, 上期): the previous round's run."""
    earlier = earlier_rounds(runs, current)
    return list(earlier.values())[-1] if earlier else None


def trend_ids(runs: Iterable[RunInfo], current: RunInfo, n: int) -> list[int]:
    """The round runs drawn in the trends before this run, at most n - 1 of them, oldest first."""
    return list(earlier_rounds(runs, current).values())[-(n - 1):] if n > 1 else []
