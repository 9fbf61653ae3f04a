"""Traditional characters read as their simplified twins (pure), by OpenCC's t2s conversion: a portal's 繁體 copy
names its columns 新聞動態, 政務公開 and says 本欄目暫無信息, which the type patterns and the empty lists' phrases,
written in simplified characters, would not find. Simplified text passes unchanged."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """text with its traditional characters written as their simplified twins (新聞動態 → 新闻动态)."""
    return _converter().convert(text) if text else text
