"""Problems with identities that hold across runs, and what changed between two runs (pure functions).

A problem is identified by (site_id, kind, where):
  link            where = (source page URL, link URL)
  column_stale    where = (column URL,)
  column_empty    where = (column URL,)
  homepage_stale  where = ()
  unreachable     where = ()
  availability    where = ()      homepage failures vetoed or deducted, the site itself answered
  identity        where = (footer item key,)
  evidence        where = (check, page URL, text found)   the other indicators' findings
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Key = tuple[str, str, tuple[str, ...]]

# the order problems are listed in, worst first
KINDS = ("unreachable", "availability", "homepage_stale", "column_stale", "column_empty", "link", "identity",
         "evidence")


@dataclass(frozen=True)
class Problem:
    site_id: str
    kind: str
    where: tuple[str, ...]
    data: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)  # the export's record

    @property
    def key(self) -> Key:
        return (self.site_id, self.kind, self.where)


def site_problems(site: Mapping[str, Any]) -> list[Problem]:
    """The problems of one site of an export, each once, worst kind first."""
    sid = site["site_id"]
    status = site.get("status") or "checked"
    if status == "exempt":
        return []
    if status == "unreachable":
        return [Problem(sid, "unreachable", (), {"vetoes": site.get("vetoes", [])})]
    found: dict[Key, Problem] = {}

    def add(kind: str, where: tuple[str, ...], data: Mapping[str, Any]) -> None:
        p = Problem(sid, kind, where, data)
        found.setdefault(p.key, p)  # a link seen twice on the same page is one problem

    for v in site.get("vetoes", []):
        if v.get("rule") == "availability":
            add("availability", (), v)
    for d in site.get("deductions", []):
        if d.get("indicator") == "availability":
            add("availability", (), d)
    if (site.get("homepage") or {}).get("stale"):
        add("homepage_stale", (), site["homepage"])
    for c in site.get("columns", []):
        if c.get("empty"):
            add("column_empty", (c["url"],), c)
        elif c.get("stale"):
            add("column_stale", (c["url"],), c)
    for link in site.get("links", []):
        if link.get("verdict") == "broken":
            add("link", (link["source"], link["url"]), link)
    for item, value in (site.get("identity") or {}).items():
        if value is False:
            add("identity", (item,), {"item": item})
    for e in site.get("evidence", []):
        if e.get("decision") == "rejected":
            continue  # a person ruled it out
        add("evidence", (e["check"], e.get("page_url") or "", e.get("found") or ""), e)
    return sorted(found.values(), key=lambda p: KINDS.index(p.kind) if p.kind in KINDS else len(KINDS))


def run_problems(export: Mapping[str, Any]) -> dict[Key, Problem]:
    """Every problem of a run by its key, in site-list order."""
    out: dict[Key, Problem] = {}
    for site in export.get("sites", []):
        for p in site_problems(site):
            out[p.key] = p
    return out


@dataclass
class Diff:
    """What changed from the previous run: new, persisting, fixed; unchecked = not checked now, unknown."""

    new: list[Problem] = field(default_factory=list)
    persisting: list[Problem] = field(default_factory=list)
    fixed: list[Problem] = field(default_factory=list)
    unchecked: list[Problem] = field(default_factory=list)

    def for_site(self, site_id: str) -> Diff:
        return Diff(*([p for p in group if p.site_id == site_id]
                      for group in (self.new, self.persisting, self.fixed, self.unchecked)))

    def status(self, key: Key) -> str | None:
        """new or persisting for a current problem, None when unknown."""
        for name in ("new", "persisting"):
            if any(p.key == key for p in getattr(self, name)):
                return name
        return None

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "persisting": len(self.persisting),
                "fixed": len(self.fixed), "unchecked": len(self.unchecked)}


def diff(previous: Mapping[str, Any] | None, current: Mapping[str, Any]) -> Diff:
    """Compare two runs' exports. A problem gone from a site that was not checked now is unchecked, not fixed."""
    now = run_problems(current)
    if previous is None:
        return Diff(new=list(now.values()))
    before = run_problems(previous)
    status_now = {s["site_id"]: s.get("status") or "checked" for s in current.get("sites", [])}
    out = Diff()
    for key, p in now.items():
        (out.persisting if key in before else out.new).append(p)
    for key, p in before.items():
        if key in now:
            continue
        (out.fixed if status_now.get(p.site_id) == "checked" else out.unchecked).append(p)
    return out


def first_seen(current: Mapping[str, Any], earlier: Iterable[Mapping[str, Any]]) -> dict[Key, Any]:
    """For each current problem, the id of the first run of the unbroken streak of runs it appears in.

    `earlier` are other runs' exports in any order; runs after the current one are ignored.
    """
    cur_id = current["run"]["id"]
    runs = sorted(
        {r["run"]["id"]: r for r in earlier if _before(r["run"]["id"], cur_id)}.values(),
        key=lambda r: r["run"]["id"], reverse=True,
    )
    seen = dict.fromkeys(run_problems(current), cur_id)
    open_keys = set(seen)
    for run in runs:
        present = set(run_problems(run))
        still = open_keys & present
        for key in still:
            seen[key] = run["run"]["id"]
        open_keys = still
        if not open_keys:
            break
    return seen


def _before(run_id: Any, current_id: Any) -> bool:
    try:
        return run_id < current_id
    except TypeError:
        return run_id != current_id


def problem_counts(problems: Sequence[Problem]) -> dict[str, int]:
    """How many problems of each kind."""
    out = dict.fromkeys(KINDS, 0)
    for p in problems:
        out[p.kind] = out.get(p.kind, 0) + 1
    return out
