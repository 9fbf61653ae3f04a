"""The notice's attachment (抽查情况表): one row per site, written as CSV and XLSX."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from govcheck.report.figures import percent, problem_words, score_text, site_figures, veto_reasons

COLUMNS = (
    "序号", "网站名称", "网站标识码", "网址", "主办单位", "网站类型", "检查结果", "单项否决原因", "得分",
    "首页可用率", "首页最近更新", "不更新栏目数", "空白栏目数", "未能读取栏目数", "首页错链数", "其他页面错链数",
    "待人工确认问题数", "问题描述", "找错留言数", "未办结留言数", "超期办理留言数",
)
WRAPPED = {"网站名称", "网址", "主办单位", "单项否决原因", "问题描述"}
MAX_WIDTH = {"网址": 40, "问题描述": 50, "单项否决原因": 30, "网站名称": 36, "主办单位": 30}
UNQUALIFIED_FILL = "FFE4E1"  # light red
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def attachment_rows(export: Mapping[str, Any], texts: Mapping[str, Any],
                    messages: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """The rows in site-list order; counts are numbers, absent values None (the message counts without a messages
    file: govcheck/report/messages.py)."""
    rows = []

    def count(key: str, sid: str) -> int | None:
        return None if messages is None else messages[key].get(sid, 0)

    for i, site in enumerate(export.get("sites", []), start=1):
        fig = site_figures(site)
        sid = site.get("site_id")
        rows.append({
            "序号": i,
            "网站名称": site.get("name") or "",
            "网站标识码": site.get("site_code") or "",
            "网址": site.get("url") or "",
            "主办单位": site.get("sponsor") or "",
            "网站类型": texts["site_kinds"].get(site.get("kind"), site.get("kind") or ""),
            "检查结果": texts["verdicts"].get(site.get("verdict"), ""),
            "单项否决原因": veto_reasons(site),
            "得分": None if site.get("score") is None else round(float(site["score"]), 1),
            "首页可用率": None if fig["availability_percent"] is None else percent(fig["availability_percent"]),
            "首页最近更新": fig["homepage_last_update"],
            "不更新栏目数": fig["stale_columns"],
            "空白栏目数": fig["empty_columns"],
            "未能读取栏目数": fig["unverified_columns"],
            "首页错链数": fig["broken_links_homepage"],
            "其他页面错链数": fig["broken_links_other"],
            "待人工确认问题数": fig["to_confirm"],
            "问题描述": problem_words(site, texts),
            "找错留言数": count("by_site", sid),
            "未办结留言数": count("open_by_site", sid),
            "超期办理留言数": count("overdue_by_site", sid),
            "_verdict": site.get("verdict"),
        })
    return rows


def cell_text(value: Any) -> str:
    """How a cell shows in HTML and CSV: numbers plain, absent values as a dash."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return score_text(value)
    return str(value)


def write_csv(rows: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """UTF-8 with BOM so that Excel opens the Chinese text correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for row in rows:
            w.writerow([guard(cell_text(row[c])) for c in COLUMNS])
    return path


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and other wide characters count as 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def write_xlsx(rows: Sequence[Mapping[str, Any]], path: Path, title: str = "抽查情况表") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fill = PatternFill("solid", fgColor=UNQUALIFIED_FILL)
    for row in rows:
        ws.append([guard(row[c]) for c in COLUMNS])
        cells = ws[ws.max_row]
        for name, cell in zip(COLUMNS, cells, strict=True):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            cell.alignment = Alignment(vertical="top", wrap_text=name in WRAPPED)
            if row.get("_verdict") == "unqualified":
                cell.fill = fill
    ws.freeze_panes = "A2"
    for i, name in enumerate(COLUMNS, start=1):
        widest = max([display_width(name)] + [display_width(cell_text(r[name])) for r in rows])
        ws.column_dimensions[get_column_letter(i)].width = min(widest + 2, MAX_WIDTH.get(name, 60))
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)
    return path
