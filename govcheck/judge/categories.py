"""What each link-health category means: its label, meaning and fix in Chinese for the report, whether it counts
as a broken link in the score, and whether a same-site one is a definite dead link (data/link_categories.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

import yaml

from govcheck.paths import DATA_DIR

# Every category classify can return besides "ok"; data/link_categories.yaml describes each.
CATEGORIES = (
    "http_404", "http_410", "http_403", "http_4xx", "http_5xx",
    "timeout", "dns_error", "connection_refused", "connection_reset", "tls_error",
    "redirect_loop", "too_many_redirects", "wrong_link", "soft_404", "empty_response",
    "malformed_url", "missing_anchor",
    "rate_limited", "bot_blocked", "tls_chain", "blocked_address", "non_web_redirect", "request_failed",
)


@cache
def _categories() -> Mapping[str, Mapping[str, Any]]:
    return MappingProxyType(_load("link_categories.yaml"))


def category_info(category: str) -> dict[str, Any]:
    """label, meaning, fix (Chinese) and counts (bool) of a non-ok category; KeyError for an unknown one."""
    info = _categories()[category]
    return {
        "label": info["label"],
        "meaning": info["meaning"],
        "fix": info["fix"],
        "counts": bool(info["counts"]),
        "definite": bool(info.get("definite", False)),
        "minor": bool(info.get("minor", False)),
    }


def is_definite(category: str, same_site: bool = True) -> bool:
    """A same-site 404/403/410 is a definite dead link; anything else is suspected until a later check."""
    if category not in _categories():
        return False
    return same_site and bool(_categories()[category].get("definite", False))


def _load(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return yaml.safe_load(f)
