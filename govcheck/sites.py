"""Loading and validating the site list (data/sites.csv, or a workbook: see sitefile.py)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from govcheck.sitefile import FileError, read_table
from govcheck.typed_yaml import did_you_mean

REQUIRED_COLUMNS = ("site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note")
KINDS = ("portal", "department")
STATUSES = ("active", "offline")
SITE_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
# 10 digits (6-digit area code + 4-digit serial) or bm + 8 digits for central departments
SITE_CODE = re.compile(r"^(\d{10}|bm\d{8})$")


class SiteListError(ValueError):
    """A site list that cannot be used; the message names the file, line and problem."""


@dataclass(frozen=True)
class Site:
    site_id: str
    name: str
    url: str
    site_code: str = ""
    sponsor: str = ""
    kind: str = "portal"
    region: str = ""
    status: str = "active"
    note: str = ""
    # column name -> type, from the optional `column_types` column ("领导活动=news;专题=other")
    column_types: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # the government portal a department belongs to: the optional `parent` column (its site_id), else the one
    # portal of the same region; parent_url is that portal's URL, filled in when the list is read
    parent: str = ""
    parent_url: str = ""

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def active(self) -> bool:
        return self.status == "active"


def check_url(url: str) -> str | None:
    """Why ``url`` is not a usable homepage address, or None when it is."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a bad port
    except ValueError as exc:
        return f"bad URL {url!r}: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"bad URL {url!r}: it must start with http:// or https://"
    if not parts.hostname or " " in parts.netloc:
        return f"bad URL {url!r}: no host name"
    return None


def _parse_column_types(text: str, where: str, known: Collection[str]) -> dict[str, str]:
    out = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, sep, type_ = part.partition("=")
        if not sep or not name.strip() or not type_.strip():
            raise SiteListError(f"{where}: column_types entry {part!r} is not name=type")
        if type_.strip() not in known:
            # an unknown type would drop the column from the audit without a word
            raise SiteListError(f"{where}: column_types entry {part!r}: unknown column type {type_.strip()!r}"
                                f"{did_you_mean(type_.strip(), known)} (use {', '.join(known)})")
        out[name.strip()] = type_.strip()
    return out


def profile_column_types(profile_name: str | None = None) -> tuple[str, ...]:
    """The column types a rule profile judges (the national profile's when none is named)."""
    from govcheck.rules import DEFAULT_PROFILE, load_profile

    return tuple(load_profile(profile_name or DEFAULT_PROFILE).columns.types)


def load_sites(path: str | Path) -> list[Site]:
    """Read and validate a site list; raise SiteListError naming the file, line and problem."""
    return read_site_list(path)[0]


def read_site_list(path: str | Path, column_types: Collection[str] | None = None) -> tuple[list[Site], str]:
    """The sites of a site list (CSV in UTF-8, GBK or GB18030, or an .xlsx workbook's first sheet) and how its file
    was read ("CSV in GBK", "Excel workbook (.xlsx), sheet 站点"); raise SiteListError naming the file, line and
    problem. column_types: the types a `column_types` cell may name (default: the national profile's)."""
    path = Path(path)
    known = tuple(column_types) if column_types is not None else profile_column_types()
    try:
        table = read_table(path)
    except FileError as exc:
        raise SiteListError(str(exc)) from None
    header = [h.strip() for h in table.header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SiteListError(f"{path}:1: missing column(s) {', '.join(missing)}; "
                            f"the header must be {','.join(REQUIRED_COLUMNS)}")
    sites: list[Site] = []
    seen: dict[str, int] = {}
    for lineno, cells in table.rows:
        # as csv.DictReader pairs them: cells past the header dropped, missing ones empty
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        row.update((column, "") for column in header[len(cells):])
        if not any(row.values()):
            continue
        where = f"{path}:{lineno}"
        sid = row["site_id"]
        if not SITE_ID.match(sid):
            raise SiteListError(f"{where}: bad site_id {sid!r} (letters, digits, _ . - only)")
        if sid in seen:
            raise SiteListError(f"{where}: duplicate site_id {sid!r} (first on line {seen[sid]})")
        seen[sid] = lineno
        if not row["name"]:
            raise SiteListError(f"{where}: site {sid!r} has no name")
        problem = check_url(row["url"])
        if problem:
            raise SiteListError(f"{where}: {problem}")
        if row["status"] not in STATUSES:
            raise SiteListError(f"{where}: unknown status {row['status']!r} (use active or offline)")
        if row["kind"] not in KINDS:
            raise SiteListError(f"{where}: unknown kind {row['kind']!r} (use portal or department)")
        if row["site_code"] and not SITE_CODE.match(row["site_code"]):
            raise SiteListError(f"{where}: bad site_code {row['site_code']!r} (10 digits, or bm and 8 digits)")
        sites.append(Site(
            site_id=sid, name=row["name"], url=row["url"], site_code=row["site_code"], sponsor=row["sponsor"],
            kind=row["kind"], region=row["region"], status=row["status"], note=row["note"],
            column_types=_parse_column_types(row.get("column_types", ""), where, known),
            parent=row.get("parent", ""),
        ))
    if not sites:
        raise SiteListError(f"{path}: the site list has no sites")
    return with_parents(sites, path, seen), table.detected


def with_parents(sites: list[Site], path: Path, lines: dict[str, int]) -> list[Site]:
    """Each department with its government portal's URL: the listed parent (a portal of the list), else the one
    portal of its region, if there is exactly one."""
    by_id = {s.site_id: s for s in sites}
    portals: dict[str, list[Site]] = {}
    for s in sites:
        if s.kind == "portal" and s.region:
            portals.setdefault(s.region, []).append(s)
    out = []
    for s in sites:
        parent = by_id.get(s.parent) if s.parent else None
        if s.parent:
            where = f"{path}:{lines[s.site_id]}"
            if parent is None:
                raise SiteListError(f"{where}: unknown parent {s.parent!r} (the site_id of a portal in the list)")
            if parent is s or parent.kind != "portal":
                raise SiteListError(f"{where}: parent {s.parent!r} is not another site's government portal "
                                    "(kind portal)")
        elif s.kind == "department" and len(portals.get(s.region, ())) == 1:
            parent = portals[s.region][0]
        out.append(replace(s, parent_url=parent.url) if parent is not None else s)
    return out


def adhoc_site(url: str) -> Site:
    """A one-off site for `-a url=…`, not in any list."""
    problem = check_url(url)
    if problem:
        raise SiteListError(f"url argument: {problem}")
    host = urlsplit(url).hostname or "site"
    return Site(site_id=host, name=host, url=url, note="ad hoc")
