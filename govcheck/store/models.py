"""The store's tables: every run is kept, so verdicts can be re-judged and compared across runs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[date] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # running, complete, failed; only complete runs are reported as such
    status: Mapped[str] = mapped_column(String(16), default="running")
    site_list: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[str] = mapped_column(String(200), default="national-2019")
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    round: Mapped[str | None] = mapped_column(String(8), nullable=True, index=True)  # 2019Q1: the quarter checked
    # round: the round's whole list or its sample; adhoc (-a url=) and subset (-a site=) are never a baseline
    scope: Mapped[str] = mapped_column(String(8), server_default="round")  # on the server: older code's inserts
    # the draw of a sampled round: spec, seed, sites listed and active, per stratum, drawn and forced ids
    sample: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class RunSite(Base):
    """A site as it stood in the site list when the run started, and what the crawl made of it."""

    __tablename__ = "run_sites"
    __table_args__ = (UniqueConstraint("run_id", "site_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    site_code: Mapped[str] = mapped_column(String(16), default="")
    sponsor: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="portal")
    region: Mapped[str] = mapped_column(Text, default="")
    list_status: Mapped[str] = mapped_column(String(16), default="active")
    note: Mapped[str] = mapped_column(Text, default="")
    column_types: Mapped[dict] = mapped_column(JSON, default=dict)
    # filled when the run is finished: checked, exempt, unreachable
    status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    homepage_last_update: Mapped[date | None] = mapped_column(Date, nullable=True)
    homepage_nav_only: Mapped[bool] = mapped_column(Boolean, default=False)
    homepage_unread: Mapped[bool] = mapped_column(Boolean, default=False)  # its freshness could not be read
    identity: Mapped[dict] = mapped_column(JSON, default=dict)
    pages: Mapped[int] = mapped_column(Integer, default=0)


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("run_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    site_id: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    depth: Mapped[int] = mapped_column(Integer, default=0)
    is_homepage: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text, default="")
    newest_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    dated_items: Mapped[int] = mapped_column(Integer, default=0)
    rendered: Mapped[bool] = mapped_column(Boolean, default=False)
    identity: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # footer marks, homepage only
    menu: Mapped[list | None] = mapped_column(JSON, nullable=True)  # column links and parents: homepage, site map
    blocks: Mapped[list | None] = mapped_column(JSON, nullable=True)  # signatures of its list blocks
    home_frame: Mapped[bool] = mapped_column(Boolean, default=False)  # a frame of the homepage: the homepage's content
    unread: Mapped[bool] = mapped_column(Boolean, default=False)  # the list reader failed on it: dates unknown
    # the date an article page shows (发布时间, else PubDate); never a homepage's: compared with its lists' at finish
    shown_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # it offers a form to write a question in (cms/forms.py): a hotline's page that does is a consultation channel
    form: Mapped[bool] = mapped_column(Boolean, default=False)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)


class LinkCheck(Base):
    """The one check of a distinct URL in a run."""

    __tablename__ = "link_checks"
    __table_args__ = (UniqueConstraint("run_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(8), default="GET")
    http_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    failure: Mapped[str | None] = mapped_column(String(32), nullable=True)
    category: Mapped[str] = mapped_column(String(32))
    verdict: Mapped[str] = mapped_column(String(16))  # ok, broken, unverified
    detail: Mapped[str] = mapped_column(Text, default="")
    final_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    elapsed: Mapped[float | None] = mapped_column(Float, nullable=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class LinkOccurrence(Base):
    """One place a link stands: a page, its anchor text and tag."""

    __tablename__ = "link_occurrences"
    __table_args__ = (UniqueConstraint("run_id", "key"), Index("ix_occ_run_target", "run_id", "target_url"))
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))  # sha1 of site, source, target, tag, text: idempotent inserts
    site_id: Mapped[str] = mapped_column(String(64))
    source_url: Mapped[str] = mapped_column(Text)
    target_url: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    tag: Mapped[str] = mapped_column(String(16), default="a")
    kind: Mapped[str] = mapped_column(String(16), default="page")
    on_homepage: Mapped[bool] = mapped_column(Boolean, default=False)
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    list_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # the date the page's list shows beside it


class Evidence(Base):
    """A finding of the other indicators with its evidence (EvidenceItem); the rule profile judges it."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("run_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))  # sha1 of site, check, page, found: idempotent inserts
    site_id: Mapped[str] = mapped_column(String(64))
    check: Mapped[str] = mapped_column(String(40))
    page_url: Mapped[str] = mapped_column(Text, default="")
    found: Mapped[str] = mapped_column(Text, default="")
    expected: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class Column(Base):
    __tablename__ = "columns"
    __table_args__ = (UniqueConstraint("run_id", "site_id", "url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    site_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(Text, nullable=True)
    top_level: Mapped[bool] = mapped_column(Boolean, default=True)
    type: Mapped[str] = mapped_column(String(16), default="other")
    source: Mapped[str] = mapped_column(String(16), default="nav")
    family: Mapped[str] = mapped_column(String(16), default="generic")
    items: Mapped[int] = mapped_column(Integer, default=0)
    last_update: Mapped[date | None] = mapped_column(Date, nullable=True)
    days_since: Mapped[int | None] = mapped_column(Integer, nullable=True)
    threshold_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    empty: Mapped[bool] = mapped_column(Boolean, default=False)
    stale: Mapped[bool] = mapped_column(Boolean, default=False)
    future_dates: Mapped[list] = mapped_column(JSON, default=list)
    rendered: Mapped[bool] = mapped_column(Boolean, default=False)
    requests: Mapped[int] = mapped_column(Integer, default=1)
    verdict: Mapped[str] = mapped_column(String(16), default="ok")  # ok, stale, empty, unverified
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why it could not be read
    read_url: Mapped[str | None] = mapped_column(Text, nullable=True)  # the page read (url is the column's identity)
    # what the list showed: page one's blocks (signature, dates, picked), every date read, placeholder, empty list;
    # a block found on many pages of the site is taken out when the run is finished
    evidence: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class ProbeRecord(Base):
    """One availability probe of a homepage: from the probe spider (cron) or the crawl itself."""

    __tablename__ = "probes"
    # a crawl probe stored again (a replayed batch or crawl) is ignored; cron probes (NULL run_id, seq) never conflict
    __table_args__ = (Index("ix_probes_site_at", "site_id", "at"),
                      Index("uq_probes_run_site_source_seq", "run_id", "site_id", "source", "seq", unique=True))
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    ok: Mapped[bool] = mapped_column(Boolean)
    elapsed: Mapped[float | None] = mapped_column(Float, nullable=True)
    http_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(8), default="cron")  # cron or crawl
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)  # crawl probes: 1 = the homepage request


class Judgement(Base):
    """A run judged under one rule profile; re-judging adds another."""

    __tablename__ = "judgements"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    profile: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[dict] = mapped_column(JSON, default=dict)


class SiteJudgement(Base):
    __tablename__ = "site_judgements"
    __table_args__ = (UniqueConstraint("judgement_id", "site_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    judgement_id: Mapped[int] = mapped_column(ForeignKey("judgements.id", ondelete="CASCADE"))
    site_id: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class Problem(Base):
    """A problem found in a run, with an identity that holds across runs (new, persisting, fixed)."""

    __tablename__ = "problems"
    __table_args__ = (UniqueConstraint("run_id", "site_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    site_id: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(40))  # sha1 of kind and where
    # link, column_stale, column_empty, homepage_stale, unreachable, identity
    kind: Mapped[str] = mapped_column(String(24))
    category: Mapped[str] = mapped_column(String(32), default="")
    where: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    first_seen_run: Mapped[int] = mapped_column(Integer)
