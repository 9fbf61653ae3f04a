"""The run as JSON, in the shape other tools read (add fields freely, never rename)."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from govcheck.confirmations import decided, from_details
from govcheck.judge.columns import is_stale, typed_anew
from govcheck.judge.evidence import evidence_row
from govcheck.rounds import default_round
from govcheck.rules import ProfileError, load_profile
from govcheck.store.models import Column, LinkCheck, LinkOccurrence, Page
from govcheck.store.read import judgement_rows, naming, site_findings


def _profile(name: str):
    try:
        return load_profile(name)
    except (ProfileError, OSError):  # a profile file since removed: the national one
        return load_profile()


def _day(d) -> str | None:
    return d.isoformat() if d else None


def _time(t) -> str | None:
    return t.isoformat(sep=" ", timespec="seconds") if t else None


def column_row(c: Column, profile, as_of, overrides: dict | None = None) -> dict:
    """A column as exported, typed and its staleness judged under the judgement's profile: verdict ok, stale, empty or
    unverified (could not be read: the reason says why, and it is neither empty nor stale)."""
    type_ = typed_anew(c.name, c.type, naming(c, overrides or {}), profile)
    stale = (c.verdict != "unverified" and not c.empty
             and is_stale(c.last_update, profile.threshold_days(type_), as_of))
    verdict = c.verdict if c.verdict in ("unverified", "empty") else "stale" if stale else "ok"
    return {"name": c.name, "url": c.url, "type": type_, "parent": c.parent, "top_level": c.top_level,
            "last_update": _day(c.last_update), "items": c.items, "empty": c.empty, "stale": stale,
            "verdict": verdict, "reason": c.reason,
            # what was seen, whatever the judgement: why it is empty (a comment left open), a column of one article
            "note": (c.evidence or {}).get("note"),
            "threshold_days": profile.threshold_days(type_),
            "days_since": c.days_since, "future_dates": c.future_dates, "rendered": c.rendered,
            "requests": c.requests}


def source_titles(s: Session, run_id: int) -> dict[str, str]:
    """The stored title of each page a link that is not ok stands on, by the page's URL (untitled pages left out)."""
    same_check = (LinkCheck.run_id == LinkOccurrence.run_id) & (LinkCheck.url == LinkOccurrence.target_url)
    sources = (select(LinkOccurrence.source_url).join(LinkCheck, same_check)
               .where(LinkOccurrence.run_id == run_id, LinkCheck.verdict != "ok"))
    rows = s.execute(select(Page.url, Page.title).where(Page.run_id == run_id, Page.url.in_(sources)))
    # crawled text: one line, as a reader sees it; the templates escape it
    return {url: " ".join(title.split()) for url, title in rows if title and title.strip()}


def export_run(engine: Engine, run_id: int, judgement_id: int | None = None) -> dict:
    run, sites, findings = site_findings(engine, run_id)
    judgement, judged = judgement_rows(engine, run_id, judgement_id)
    with Session(engine) as s:
        titles = source_titles(s, run_id)
        columns = {}
        for c in s.scalars(select(Column).where(Column.run_id == run_id).order_by(Column.url)):
            columns.setdefault(c.site_id, []).append(c)
        s.expunge_all()
    # column staleness under the judgement's profile, so a re-judged run shows its own limits
    profile = _profile(judgement.profile if judgement else run.profile)
    decisions = from_details({sid: row.detail for sid, row in judged.items()})  # a person's, judged with
    out_sites = []
    for site in sites:
        f = findings[site.site_id]
        jd = judged.get(site.site_id)
        detail = jd.detail if jd else {}
        vetoes = detail.get("vetoes", [])
        homepage_stale = any(v["rule"] == "homepage" for v in vetoes)
        out_sites.append({
            "site_id": site.site_id, "name": site.name, "url": site.url, "site_code": site.site_code,
            "sponsor": site.sponsor, "kind": site.kind, "region": site.region,
            "status": site.status or "checked",
            "verdict": jd.verdict if jd else None, "score": jd.score if jd else None,
            "vetoes": [{"rule": v["rule"], "label": v.get("label"), "detail": v["detail"]} for v in vetoes],
            "deductions": [{"indicator": d["indicator"], "label": d.get("label"), "points": d["points"],
                            "count": d.get("count"), "detail": d["detail"]} for d in detail.get("deductions", [])],
            "warnings": detail.get("warnings", []),
            "uncertain": detail.get("uncertain", []),
            "manual_checks": detail.get("manual_checks", []),
            "pages": site.pages,
            "links": [{"url": link.url, "source": link.source, "source_title": titles.get(link.source, ""),
                       "text": link.text, "on_homepage": link.on_homepage,
                       "kind": link.kind, "external": link.external, "category": link.category,
                       "http_status": link.http_status, "verdict": link.verdict, "confirmed": link.confirmed,
                       "detail": link.detail}
                      for link in f.links],
            "columns": [column_row(c, profile, run.as_of, site.column_types) for c in columns.get(site.site_id, [])],
            "homepage": {"last_update": _day(site.homepage_last_update), "stale": homepage_stale,
                         "nav_only": site.homepage_nav_only, "unread": site.homepage_unread},
            "identity": site.identity or {},
            # the other indicators' findings; needs_confirmation: listed for a person, never scored by itself
            "evidence": [evidence_row(e, profile.evidence.get(e.check))
                         for e in decided(site.site_id, f.evidence, decisions)],
            "figures": detail.get("figures"),
        })
    return {
        "run": {"id": run.id, "as_of": _day(run.as_of), "started_at": _time(run.started_at),
                "finished_at": _time(run.finished_at), "status": run.status,
                "profile": judgement.profile if judgement else run.profile,
                "round": run.round or default_round(run.as_of), "scope": run.scope or "round",
                "sample": run.sample},
        "summary": judgement.summary if judgement else {},
        "sites": out_sites,
    }
