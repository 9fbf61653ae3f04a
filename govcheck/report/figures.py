"""A site's numbers and its problems in plain words, from one site of an export (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govcheck.judge.categories import category_info


def counted_link(link: Mapping[str, Any]) -> bool:
    """A broken link that counts in the score: not unverified, not a minor category (missing anchor)."""
    if link.get("verdict") != "broken":
        return False
    try:
        info = category_info(link.get("category") or "")
    except KeyError:
        return True  # an unknown category the judge called broken still counts
    return info["counts"] and not info["minor"]


def broken_link_counts(links: list[Mapping[str, Any]]) -> tuple[int, int]:
    """Counted broken links, one per URL: those seen on the homepage, and those seen only elsewhere."""
    counted = [link for link in links if counted_link(link)]
    home = {link["url"] for link in counted if link.get("on_homepage")}
    other = {link["url"] for link in counted if link["url"] not in home}
    return len(home), len(other)


def site_figures(site: Mapping[str, Any]) -> dict[str, Any]:
    """The attachment's numbers of a site; the judge's own figures when the export carries them."""
    status = site.get("status") or "checked"
    judged = site.get("figures") or {}
    columns = site.get("columns", [])
    home, other = broken_link_counts(site.get("links", []))
    computed = {
        "availability_percent": 0.0 if status == "unreachable" else None,
        "homepage_last_update": (site.get("homepage") or {}).get("last_update"),
        "stale_columns": sum(bool(c.get("stale")) and not c.get("empty") for c in columns),
        "empty_columns": sum(bool(c.get("empty")) for c in columns),
        "broken_links_homepage": home,
        "broken_links_other": other,
    }
    out = {k: judged[k] if judged.get(k) is not None else v for k, v in computed.items()}
    out["unverified_links"] = len({link["url"] for link in site.get("links", [])
                                   if link.get("verdict") == "unverified"})
    out["unverified_columns"] = sum(c.get("verdict") == "unverified" for c in columns)
    out["missing_identity"] = [k for k, v in (site.get("identity") or {}).items() if v is False]
    # findings of the other indicators a person must confirm (the export marks each one)
    out["to_confirm"] = sum(bool(e.get("needs_confirmation")) for e in site.get("evidence", []))
    if status == "exempt":
        out.update(dict.fromkeys(computed), unverified_columns=None, to_confirm=None)
    if status == "unreachable":
        out.update(stale_columns=None, empty_columns=None, broken_links_homepage=None, broken_links_other=None,
                   unverified_columns=None, to_confirm=None)
    return out


def problem_words(site: Mapping[str, Any], texts: Mapping[str, Any]) -> str:
    """The problems of a site in plain words, as national notices print them (首页长时间未更新；…)."""
    status = site.get("status") or "checked"
    words = texts["problems"]
    if status == "exempt":
        return ""
    if status == "unreachable":
        return words["unreachable"]["words"]
    fig = site_figures(site)
    rules = {v.get("rule") for v in site.get("vetoes", [])}
    out = []
    if "availability" in rules or any(d.get("indicator") == "availability" for d in site.get("deductions", [])):
        out.append(words["availability"]["words"])
    if (site.get("homepage") or {}).get("stale") or "homepage" in rules:
        out.append(words["homepage_stale"]["words"])
    for kind, n in (("column_stale", fig["stale_columns"]), ("column_empty", fig["empty_columns"])):
        if n:
            out.append(words[kind]["words_many" if n >= 2 else "words"])
    links = (fig["broken_links_homepage"] or 0) + (fig["broken_links_other"] or 0)
    if links:
        many = links >= words["link"].get("many_at_least", 10)
        out.append(words["link"]["words_many" if many else "words"])
    if fig["missing_identity"]:
        out.append(words["identity"]["words"])
    scored = [e for e in site.get("evidence", [])
              if not e.get("needs_confirmation") and e.get("decision") != "rejected"]
    if scored:
        out.append("、".join(dict.fromkeys(e.get("label") or e.get("check") for e in scored)))
    if fig["to_confirm"]:
        out.append(words["evidence"]["words_confirm"].format(n=fig["to_confirm"]))
    uncertain = site.get("uncertain") or []  # what was not read could turn the verdict: a person must look first
    if "homepage" in uncertain:
        out.append(words["homepage_unverified"]["words_uncertain"])
    if any(rule != "homepage" for rule in uncertain):
        out.append(words["column_unverified"]["words_uncertain"].format(n=fig["unverified_columns"]))
    return "；".join(out)


def veto_reasons(site: Mapping[str, Any]) -> str:
    labels = []
    for v in site.get("vetoes", []):
        label = v.get("label") or v.get("rule") or ""
        if label and label not in labels:
            labels.append(label)
    return "、".join(labels)


def percent(value: float | None) -> str:
    """92.6 -> "92.6%", 100.0 -> "100%", None (or anything not a number) -> "—"."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".") + "%"


def score_text(value: float | None) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".")
