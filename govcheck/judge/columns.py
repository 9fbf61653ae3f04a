"""A column's type from its name, and its freshness from the dates on its list (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from govcheck.rules import Profile


@dataclass(frozen=True)
class ColumnVerdict:
    last_update: date | None  # newest item date not after as_of
    items: int  # items on the list, dated or not
    days_since: int | None
    threshold_days: int | None
    stale: bool
    empty: bool
    future_dates: list[date] = field(default_factory=list)  # dated after as_of: not taken as updates
    dated_items: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "last_update": self.last_update.isoformat() if self.last_update else None,
            "items": self.items,
            "dated_items": self.dated_items,
            "days_since": self.days_since,
            "threshold_days": self.threshold_days,
            "stale": self.stale,
            "empty": self.empty,
            "future_dates": [d.isoformat() for d in self.future_dates],
        }


def column_type(name: str, meta_type: str | None, profile: Profile, override: str | None = None) -> str:
    """The column's type: a per-site override wins, then the page's ColumnType meta, then the name."""
    types = profile.columns.types
    if override is not None:
        key = override.strip().lower()
        if key not in types:
            raise ValueError(f"unknown column type {override!r} (known: {', '.join(types)})")
        return key
    if meta_type and meta_type.strip():
        key = meta_type.strip().lower()
        if key in types:
            return key
        matched = _match_name(meta_type, profile)
        if matched:
            return matched
    return _match_name(name or "", profile) or profile.columns.default_type


def _match_name(name: str, profile: Profile) -> str | None:
    text = "".join(name.split())  # "通知 公告" is 通知公告
    for pattern in profile.columns.patterns:
        if pattern.match in text:
            return pattern.type
    return None


def is_stale(last_update: date | None, threshold_days: int | None, as_of: date) -> bool:
    """Nothing new within threshold_days before as_of; an unknown date counts as not updated."""
    if threshold_days is None:
        return False
    if last_update is None:
        return True
    return last_update < as_of - timedelta(days=threshold_days)


def judge_column(
    dates: Sequence[date | None],
    type_: str,
    as_of: date,
    profile: Profile,
    placeholder: bool = False,
) -> ColumnVerdict:
    """Freshness of one column from its item dates (None: an item without a date).

    placeholder: the list shows only a placeholder such as 暂无信息, so the column counts as empty.
    """
    dated = [d for d in dates if d is not None]
    future = sorted(d for d in dated if d > as_of)
    past = [d for d in dated if d <= as_of]
    last_update = max(past) if past else None
    threshold = profile.threshold_days(type_)
    empty = placeholder or not dates
    return ColumnVerdict(
        last_update=last_update,
        items=len(dates),
        days_since=(as_of - last_update).days if last_update else None,
        threshold_days=threshold,
        stale=not empty and is_stale(last_update, threshold, as_of),
        empty=empty,
        future_dates=future,
        dated_items=len(dated),
    )
