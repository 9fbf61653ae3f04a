"""Plain data a site's judgement is made from, as read back from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Probe:
    """One request to a site's homepage: a cron probe or one made during a crawl."""

    at: datetime
    ok: bool
    elapsed: float | None = None
    status: int | None = None
    reason: str | None = None  # timeout, dns_error, connection_refused, http_5xx, tls_error, ...


@dataclass(frozen=True)
class ColumnFinding:
    name: str
    url: str
    type: str  # news, notice, policy, personnel, plan, interaction, other
    last_update: date | None
    items: int  # dated items seen
    empty: bool
    stale: bool
    threshold_days: int | None
    top_level: bool = True
    parent: str | None = None
    verdict: str = "ok"  # ok, stale, empty, unverified (could not be read: neither empty nor stale)
    reason: str | None = None  # why it could not be read
    # what typed it when crawled besides its name: its page's ColumnType meta, its heading, the list's override,
    # whether it is an archived 专题's (meta_type, heading, override, archived); None for a run stored before they
    # were kept
    naming: tuple[str | None, str | None, str | None, bool] | None = None


@dataclass(frozen=True)
class LinkFinding:
    url: str
    source: str
    text: str
    on_homepage: bool
    kind: str  # page, image, attachment, other
    external: bool
    category: str
    verdict: str  # broken, unverified
    http_status: int | None = None
    confirmed: bool = False
    detail: str = ""


@dataclass(frozen=True)
class EvidenceFinding:
    """A finding of the other indicators as stored (EvidenceItem): the rule profile's `evidence` section judges it."""

    check: str
    page_url: str
    found: str = ""
    expected: str = ""
    detail: dict = field(default_factory=dict, hash=False, compare=False)
    decision: str | None = None  # a person's: confirmed, rejected, or None (not decided)


@dataclass
class SiteFindings:
    """Everything the judge needs about one site in one run."""

    site_id: str
    as_of: date
    status: str  # checked, exempt, unreachable
    probes: list[Probe] = field(default_factory=list)
    probes_from_crawl: bool = False  # no cron probes in the window: the crawl's own requests
    homepage_last_update: date | None = None
    homepage_nav_only: bool = False
    homepage_unread: bool = False  # the list reader failed on the homepage: its freshness is unknown
    # what of it was not read (a frame, a list's data, an article dating a block): each address and its status
    homepage_unread_parts: list[tuple[str, int | None]] = field(default_factory=list)
    columns: list[ColumnFinding] = field(default_factory=list)
    links: list[LinkFinding] = field(default_factory=list)
    identity: dict[str, bool] = field(default_factory=dict)  # footer marks present or not
    evidence: list[EvidenceFinding] = field(default_factory=list)
