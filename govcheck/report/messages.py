"""The "我为政府网站找错" messages an office exports (format: data/zhaocuo-messages.example.csv)."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

FIELDS = ("received_at", "site_id", "summary", "status", "resolved_at")
STATUSES = ("resolved", "open")


class MessagesError(ValueError):
    pass


def read_messages(path: Path) -> list[dict[str, Any]]:
    """The rows of the CSV; lines starting with # are comments. Errors name the file and line."""
    text = Path(path).read_text(encoding="utf-8-sig")
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
        out.append({
            "received_at": _day(row["received_at"], path, n),
            "site_id": (row["site_id"] or "").strip(),
            "summary": (row["summary"] or "").strip(),
            "status": status,
            "resolved_at": _day(row["resolved_at"], path, n) if (row["resolved_at"] or "").strip() else None,
        })
    return out


def _day(value: str | None, path: Path, line: int) -> date:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        raise MessagesError(f"{path}: line {line}: expected a date YYYY-MM-DD, got {value!r}") from None


def messages_summary(messages: list[dict[str, Any]] | None, as_of: date | None = None) -> dict[str, Any] | None:
    """Received, resolved, open and per site; None when there is no data. Messages after as_of are left out."""
    if messages is None:
        return None
    rows = [m for m in messages if as_of is None or m["received_at"] <= as_of]
    resolved = sum(m["status"] == "resolved" for m in rows)
    return {
        "received": len(rows),
        "resolved": resolved,
        "open": len(rows) - resolved,
        "resolved_percent": round(100 * resolved / len(rows), 1) if rows else None,
        "by_site": dict(Counter(m["site_id"] for m in rows)),
        "open_by_site": dict(Counter(m["site_id"] for m in rows if m["status"] == "open")),
    }
