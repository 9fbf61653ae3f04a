"""The "我为政府网站找错" messages an office exports (format: data/zhaocuo-messages.example.csv): read, limited to the
period of the run, and counted as received, resolved, overdue and open."""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from govcheck.paths import DATA_DIR

FIELDS = ("received_at", "site_id", "summary", "status", "resolved_at")
STATUSES = ("resolved", "open")
DEFAULT_FILE = DATA_DIR / "zhaocuo-messages.csv"
ROUND = re.compile(r"^(\d{4})Q([1-4])$")


class MessagesError(ValueError):
    pass


def messages_file(given: str | Path | None = None) -> Path | None:
    """The messages file in force: --messages, else GOVCHECK_MESSAGES, else data/zhaocuo-messages.csv when it exists.
    A file named on purpose must exist."""
    named = given or os.environ.get("GOVCHECK_MESSAGES")
    if named:
        if not Path(named).is_file():
            raise MessagesError(f"{named}: no such messages file")
        return Path(named)
    return DEFAULT_FILE if DEFAULT_FILE.is_file() else None


def period(as_of: date, round_: str | None = None) -> tuple[date, date]:
    """The days whose messages a run reports: the quarter of its round ("2019Q1") when it has one, else the quarter
    of its inspection date, ending no later than the inspection date."""
    if round_:
        m = ROUND.match(round_.strip())
        if not m:
            raise ValueError(f"round {round_!r} is not a quarter like 2019Q1")
        year, quarter = int(m.group(1)), int(m.group(2))
    else:
        year, quarter = as_of.year, (as_of.month - 1) // 3 + 1
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + quarter // 4, 3 * quarter % 12 + 1, 1) - timedelta(days=1)
    return start, min(end, as_of) if as_of >= start else end


def working_day_deadline(received: date, days: int, holidays=(), workdays=()) -> date:
    """The last day a message received on `received` may be answered: `days` working days later (Monday to Friday,
    less the holidays, plus the weekend days worked)."""
    day, left = received, days
    while left:
        day += timedelta(days=1)
        if (day.weekday() < 5 and day not in holidays) or day in workdays:
            left -= 1
    return day


def read_messages(path: Path) -> list[dict[str, Any]]:
    """The rows of the CSV; lines starting with # are comments. Errors name the file and line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise MessagesError(f"{path}: not UTF-8 text; save the file as CSV in UTF-8") from None
    except OSError as exc:
        raise MessagesError(f"{path}: cannot be read: {exc.strerror}") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader([line for _, line in lines])
    missing = [f for f in FIELDS if f not in (reader.fieldnames or [])]
    if missing:
        raise MessagesError(f"{path}: line {lines[0][0]}: missing columns {', '.join(missing)}")
    out = []
    for (n, _), row in zip(lines[1:], reader, strict=False):
        status = (row["status"] or "").strip()
        if status not in STATUSES:
            raise MessagesError(f"{path}: line {n}: status must be resolved or open, got {status!r}")
        received = _day(row["received_at"], path, n)
        resolved = _day(row["resolved_at"], path, n) if (row["resolved_at"] or "").strip() else None
        if status == "resolved" and resolved is None:
            raise MessagesError(f"{path}: line {n}: a resolved message needs its resolved_at date")
        if resolved is not None and resolved < received:
            raise MessagesError(f"{path}: line {n}: resolved_at {resolved} is before received_at {received}")
        out.append({"received_at": received, "site_id": (row["site_id"] or "").strip(),
                    "summary": (row["summary"] or "").strip(), "status": status,
                    "resolved_at": resolved if status == "resolved" else None})
    return out


def _day(value: str | None, path: Path, line: int) -> date:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        raise MessagesError(f"{path}: line {line}: expected a date YYYY-MM-DD, got {value!r}") from None


def overdue(message: dict[str, Any], until: date, rule) -> bool:
    """Answered after its deadline, or still open past it on `until` (the period's last day)."""
    deadline = working_day_deadline(message["received_at"], rule.reply_within_working_days,
                                     rule.holidays, rule.workdays)
    answered = message["resolved_at"] if message["status"] == "resolved" else None
    return (answered or until) > deadline


def messages_summary(messages: list[dict[str, Any]] | None, days: tuple[date, date], rule) -> dict[str, Any] | None:
    """Received, resolved, open and overdue within the period `days`, in all and per site; None when there is no
    data. `rule` is the office's MessageRule (its deadline in working days)."""
    if messages is None:
        return None
    start, end = days
    rows = [m for m in messages if start <= m["received_at"] <= end]
    resolved = sum(m["status"] == "resolved" for m in rows)
    late = [m for m in rows if overdue(m, end, rule)]
    return {
        "start": start.isoformat(), "end": end.isoformat(),
        "received": len(rows),
        "resolved": resolved,
        "open": len(rows) - resolved,
        "overdue": len(late),
        "deadline_days": rule.reply_within_working_days,
        "deadline_source": rule.source,
        "resolved_percent": round(100 * resolved / len(rows), 1) if rows else None,
        "by_site": dict(Counter(m["site_id"] for m in rows)),
        "open_by_site": dict(Counter(m["site_id"] for m in rows if m["status"] == "open")),
        "overdue_by_site": dict(Counter(m["site_id"] for m in late)),
    }
