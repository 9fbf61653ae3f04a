"""Geometry of the report's charts; the SVG markup itself is in templates/_charts.html (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def bar_chart(points: Sequence[tuple[str, float | None]], *, top: float = 100.0, width: int = 640,
              height: int = 220, unit: str = "%") -> dict[str, Any]:
    """Vertical bars, one per point (label, value); a None value draws no bar and says 无数据."""
    pad_left, pad_bottom, pad_top = 36, 40, 24
    inner_w, inner_h = width - pad_left - 8, height - pad_bottom - pad_top
    n = max(len(points), 1)
    slot = inner_w / n
    bar_w = min(slot * 0.6, 60)
    bars = []
    for i, (label, value) in enumerate(points):
        x = pad_left + slot * i + (slot - bar_w) / 2
        h = 0.0 if value is None else inner_h * max(min(value / top, 1.0), 0.0) if top else 0.0
        bars.append({
            "x": round(x, 1), "y": round(pad_top + inner_h - h, 1), "w": round(bar_w, 1), "h": round(h, 1),
            "cx": round(x + bar_w / 2, 1), "label": label,
            "value": "无数据" if value is None else f"{_num(value)}{unit}",
        })
    ticks = [{"y": round(pad_top + inner_h * (1 - f), 1), "text": _num(top * f)} for f in (0, 0.5, 1)]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "left": pad_left,
            "right": width - 8, "base": pad_top + inner_h, "label_y": height - pad_bottom + 16}


def hbar_chart(points: Sequence[tuple[str, int]], *, width: int = 640, row: int = 28) -> dict[str, Any]:
    """Horizontal bars, one per (label, count), scaled to the largest count."""
    label_w, value_w = 120, 48
    inner_w = width - label_w - value_w
    top = max([v for _, v in points] + [1])
    rows = []
    for i, (label, value) in enumerate(points):
        w = inner_w * value / top
        rows.append({"y": i * row + 4, "h": row - 10, "w": round(max(w, 0), 1), "label": label,
                     "value": str(value), "ty": i * row + row / 2 + 1, "vx": round(label_w + max(w, 0) + 6, 1)})
    return {"width": width, "height": max(len(points), 1) * row + 4, "rows": rows, "label_w": label_w}


# series colours of grouped bars, told apart by the legend and the table beside each chart as well
PALETTE = ("#0b5cad", "#b42318", "#d97706", "#067647", "#6941c6", "#475467", "#c11574")


def grouped_bars(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *, width: int = 640,
                 height: int = 240) -> dict[str, Any]:
    """One group of bars per label (a round), one bar per series (a veto type, a problem category), scaled to the
    largest value; a legend names the series."""
    pad_left, pad_bottom, pad_top, legend_h = 36, 40, 24, 20 * ((len(series) + 2) // 3)
    inner_w, inner_h = width - pad_left - 8, height - pad_bottom - pad_top
    top = max([v for _, values in series for v in values] + [1])
    top += top % 2 if top > 1 else 1  # counts: an even top keeps the middle tick a whole number
    n, k = max(len(labels), 1), max(len(series), 1)
    slot = inner_w / n
    bar_w = min(slot * 0.8 / k, 28)
    groups = []
    for i, label in enumerate(labels):
        x0 = pad_left + slot * i + (slot - bar_w * k) / 2
        bars = []
        for j, (name, values) in enumerate(series):
            h = inner_h * values[i] / top
            bars.append({"x": round(x0 + j * bar_w, 1), "y": round(pad_top + inner_h - h, 1), "w": round(bar_w - 1, 1),
                         "h": round(h, 1), "fill": PALETTE[j % len(PALETTE)], "name": name, "value": values[i]})
        groups.append({"label": label, "cx": round(pad_left + slot * i + slot / 2, 1), "bars": bars})
    legend = [{"x": 8 + 210 * (j % 3), "y": height + 20 * (j // 3) + 4, "fill": PALETTE[j % len(PALETTE)],
               "name": name} for j, (name, _) in enumerate(series)]
    ticks = [{"y": round(pad_top + inner_h * (1 - f), 1), "text": _num(top * f)} for f in (0, 0.5, 1)]
    return {"width": width, "height": height + legend_h, "groups": groups, "legend": legend, "ticks": ticks,
            "left": pad_left, "right": width - 8, "base": pad_top + inner_h, "label_y": height - pad_bottom + 16}


def sparkline(values: Sequence[int | None], *, width: int = 120, height: int = 28) -> dict[str, Any] | None:
    """A small line over runs; None when there are fewer than two known values."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(known) < 2:
        return None
    top = max(v for _, v in known) or 1
    step = (width - 8) / (len(values) - 1)
    pts = [(round(4 + i * step, 1), round(height - 4 - (height - 8) * v / top, 1)) for i, v in known]
    return {"width": width, "height": height, "points": " ".join(f"{x},{y}" for x, y in pts),
            "last": pts[-1], "first_value": known[0][1], "last_value": known[-1][1]}


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
