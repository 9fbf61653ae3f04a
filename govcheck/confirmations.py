"""A person's decisions on the findings that wait for confirmation (待人工确认): a confirmed one counts as the rule
profile says (its veto or deduction), a rejected one is dropped. The office keeps them in a file of its own, in the
shape of the report's confirmations.csv (the pending findings, a row each, `decision` left empty):

    site_id,check,page_url,found,decision,note
    qx,wording,http://www.qx.gov.cn/xwzx/1.html,国家发展计划委员会,confirmed,已核实
    qx,unanswered_message,http://www.qx.gov.cn/hdjl/index.html,关于…（2026-07-01）,rejected,无效留言

CSV in UTF-8 (with or without a BOM), GBK or GB18030, or an .xlsx workbook, as a site list; `decision` is
confirmed (确认) or rejected (排除), or empty (still pending). `govcheck score --confirmations FILE` re-judges a run
with them.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from govcheck.judge.findings import EvidenceFinding
from govcheck.report.attachment import guard
from govcheck.sitefile import FileError, read_table

COLUMNS = ("site_id", "check", "page_url", "found", "decision", "note")
DECISIONS = {"confirmed": "confirmed", "确认": "confirmed", "rejected": "rejected", "排除": "rejected"}

Key = tuple[str, str, str, str]  # site_id, check, page_url, found


class ConfirmationsError(ValueError):
    """A confirmations file that cannot be used; the message names the file and the line."""


def key_of(site_id: str, e: Mapping[str, Any]) -> Key:
    return (site_id, e.get("check") or "", e.get("page_url") or "", e.get("found") or "")


def read_confirmations(path: str | Path) -> dict[Key, str]:
    """The decisions of a confirmations file by finding; rows with no decision are skipped."""
    path = Path(path)
    try:
        table = read_table(path)
    except FileError as exc:
        raise ConfirmationsError(str(exc).replace("site list", "confirmations file")) from None
    header = [h.strip() for h in table.header]
    missing = [c for c in COLUMNS[:5] if c not in header]
    if missing:
        raise ConfirmationsError(f"{path}:1: missing column(s) {', '.join(missing)}; the header must be "
                                 f"{','.join(COLUMNS)}")
    out: dict[Key, str] = {}
    for line, cells in table.rows:
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        decision = row.get("decision", "")
        if not decision:
            continue
        if decision not in DECISIONS:
            raise ConfirmationsError(f"{path}:{line}: unknown decision {decision!r} (use confirmed or rejected, "
                                     "确认 or 排除, or leave it empty)")
        found = row.get("found", "")
        if found.startswith("'") and guard(found[1:]) == found:
            found = found[1:]  # the apostrophe write_template put before text a spreadsheet would run as a formula
        out[(row["site_id"], row["check"], row.get("page_url", ""), found)] = DECISIONS[decision]
    return out


def write_template(export: Mapping[str, Any], path: Path) -> Path:
    """The run's findings awaiting a person, a row each with its decision to fill in (UTF-8 with a BOM, for Excel)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for site in export.get("sites", []):
            for e in site.get("evidence", []):
                if e.get("needs_confirmation") or e.get("decision"):
                    w.writerow([guard(v) for v in key_of(site["site_id"], e)] + [e.get("decision") or "", ""])
    return path


def decided(site_id: str, evidence: Iterable[EvidenceFinding], decisions: Mapping[Key, str]) -> list[EvidenceFinding]:
    """The site's findings, each with the decision a person made on it (None where there is none)."""
    return [dataclasses.replace(f, decision=decisions.get((site_id, f.check, f.page_url, f.found)))
            for f in evidence]


def to_detail(evidence: Iterable[EvidenceFinding]) -> list[list[str]]:
    """The decisions a judgement was made with, kept in its per-site detail: [check, page_url, found, decision]."""
    return [[f.check, f.page_url, f.found, f.decision] for f in evidence if f.decision]


def from_details(details: Mapping[str, Mapping[str, Any]]) -> dict[Key, str]:
    """The decisions kept in a judgement's per-site details, by finding."""
    return {(sid, *row[:3]): row[3] for sid, detail in details.items() for row in (detail or {}).get("decisions", [])}
