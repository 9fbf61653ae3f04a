"""Reading a stored run back as plain data: the judge's SiteFindings and the export's rows."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from govcheck.judge.findings import ColumnFinding, EvidenceFinding, LinkFinding, Probe, SiteFindings
from govcheck.store.models import (
    Column,
    Evidence,
    Judgement,
    LinkCheck,
    LinkOccurrence,
    Page,
    ProbeRecord,
    Run,
    RunSite,
    SiteJudgement,
)

WINDOW_DAYS = 7


class RunNotFound(LookupError):
    """No run of that id in the store (the `govcheck` command says so in one line, exit code 2)."""


def latest_run_id(engine: Engine, complete_only: bool = True) -> int | None:
    with Session(engine) as s:
        q = select(Run.id).order_by(Run.id.desc())
        if complete_only:
            q = q.where(Run.status == "complete")
        return s.scalars(q.limit(1)).first()


def problem_links(s: Session, run_id: int) -> dict[str, list[LinkFinding]]:
    """Every occurrence of a link whose check was not ok, per site."""
    rows = s.execute(
        select(LinkOccurrence, LinkCheck)
        .join(LinkCheck, (LinkCheck.run_id == LinkOccurrence.run_id) & (LinkCheck.url == LinkOccurrence.target_url))
        .where(LinkOccurrence.run_id == run_id, LinkCheck.verdict != "ok")
        .order_by(LinkOccurrence.site_id, LinkOccurrence.source_url, LinkOccurrence.id)
    ).all()
    out: dict[str, list[LinkFinding]] = defaultdict(list)
    for occ, chk in rows:
        out[occ.site_id].append(LinkFinding(
            url=occ.target_url, source=occ.source_url, text=occ.text, on_homepage=occ.on_homepage, kind=occ.kind,
            external=occ.external, category=chk.category, verdict=chk.verdict, http_status=chk.http_status,
            confirmed=chk.confirmed, detail=chk.detail))
    return out


def naming(c: Column, overrides: dict) -> tuple[str | None, str | None, str | None, bool] | None:
    """What typed a stored column besides its name (judge.columns.typed_anew): None for a run stored before its
    page's ColumnType meta was kept with its list."""
    kept = c.evidence or {}
    if "meta_type" not in kept:
        return None
    return kept["meta_type"], kept.get("heading"), overrides.get(c.name), bool(kept.get("archived"))


def site_findings(engine: Engine, run_id: int) -> tuple[Run, list[RunSite], dict[str, SiteFindings]]:
    """The run, its sites in list order, and what the judge needs of each."""
    with Session(engine) as s:
        run = s.get(Run, run_id)
        if run is None:
            raise RunNotFound(f"no run {run_id} in the store")
        sites = list(s.scalars(select(RunSite).where(RunSite.run_id == run_id).order_by(RunSite.id)))
        overrides = {site.site_id: site.column_types or {} for site in sites}
        columns: dict[str, list[ColumnFinding]] = defaultdict(list)
        for c in s.scalars(select(Column).where(Column.run_id == run_id).order_by(Column.url)):
            columns[c.site_id].append(ColumnFinding(
                name=c.name, url=c.url, type=c.type, last_update=c.last_update, items=c.items, empty=c.empty,
                stale=c.stale, threshold_days=c.threshold_days, top_level=c.top_level, parent=c.parent,
                verdict=c.verdict, reason=c.reason, naming=naming(c, overrides.get(c.site_id, {}))))
        links = problem_links(s, run_id)
        evidence: dict[str, list[EvidenceFinding]] = defaultdict(list)
        for e in s.scalars(select(Evidence).where(Evidence.run_id == run_id).order_by(Evidence.id)):
            evidence[e.site_id].append(EvidenceFinding(e.check, e.page_url, e.found, e.expected, e.detail or {}))
        start = run.started_at - timedelta(days=WINDOW_DAYS)
        cron: dict[str, list[Probe]] = defaultdict(list)
        crawl: dict[str, list[Probe]] = defaultdict(list)
        for p in s.scalars(select(ProbeRecord).where(
                ((ProbeRecord.source == "cron") & (ProbeRecord.at >= start) & (ProbeRecord.at < run.started_at))
                | (ProbeRecord.run_id == run_id)).order_by(ProbeRecord.at)):
            probe = Probe(at=p.at, ok=p.ok, elapsed=p.elapsed, status=p.http_status, reason=p.reason)
            (cron if p.source == "cron" else crawl)[p.site_id].append(probe)
        # the homepage's parts not read, by address: named alike whichever a crawl (or a resumed one) stored first
        unread: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
        for p in s.execute(select(Page.site_id, Page.url, Page.status).where(
                Page.run_id == run_id, Page.unread, Page.is_homepage | Page.home_frame).order_by(Page.url)):
            unread[p.site_id].append((p.url, p.status))
        findings = {}
        for site in sites:
            probes = cron.get(site.site_id) or crawl.get(site.site_id, [])
            findings[site.site_id] = SiteFindings(
                site_id=site.site_id, as_of=run.as_of, status=site.status or "checked", probes=probes,
                probes_from_crawl=not cron.get(site.site_id), homepage_last_update=site.homepage_last_update,
                homepage_nav_only=site.homepage_nav_only, homepage_unread=site.homepage_unread,
                homepage_unread_parts=unread.get(site.site_id, []),
                columns=columns.get(site.site_id, []), links=links.get(site.site_id, []), identity=site.identity or {},
                evidence=evidence.get(site.site_id, []))
        s.expunge_all()
    return run, sites, findings


def judgement_rows(engine: Engine, run_id: int, judgement_id: int | None = None):
    """The newest judgement of a run (or the one asked for) and its per-site rows by site id."""
    with Session(engine) as s:
        q = select(Judgement).where(Judgement.run_id == run_id)
        if judgement_id is not None:
            q = q.where(Judgement.id == judgement_id)
        j = s.scalars(q.order_by(Judgement.id.desc()).limit(1)).first()
        if j is None:
            return None, {}
        rows = {r.site_id: r for r in s.scalars(select(SiteJudgement).where(SiteJudgement.judgement_id == j.id))}
        s.expunge_all()
    return j, rows
