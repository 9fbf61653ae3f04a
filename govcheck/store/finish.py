"""Finishing a run: each site's status, confirmed failures, problems with identities, and the judgement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from govcheck.cms.archives import topic_place
from govcheck.cms.list_urls import column_key
from govcheck.confirmations import decided, from_details, to_detail
from govcheck.judge.aliases import Listed, alias_groups, pager_strays
from govcheck.judge.columns import (
    beside_others_boxes,
    channel_page,
    column_type,
    is_stale,
    judge_column,
    own_list,
    sitewide_signatures,
    typed_anew,
)
from govcheck.judge.scoring import judge_site, summarize
from govcheck.rules import Profile, load_profile
from govcheck.store.channels import record_channels
from govcheck.store.datefacts import record_date_mismatches
from govcheck.store.models import (
    Column,
    Judgement,
    LinkCheck,
    Page,
    Problem,
    Run,
    RunSite,
    SiteJudgement,
)
from govcheck.store.read import judgement_rows, site_findings
from govcheck.store.rounds import previous_run_id
from govcheck.store.sub_sites import sub_site_names, unread_homes
from govcheck.store.writer import row_key


def settle_sites(s: Session, run_id: int, profile: Profile) -> None:
    """Status, homepage freshness and footer marks of each site, from its stored pages (the homepage and its
    frames) and columns; each column's place and own list."""
    as_of = s.scalar(select(Run.as_of).where(Run.id == run_id))
    homepages = {p.site_id: p for p in s.scalars(select(Page).where(Page.run_id == run_id, Page.is_homepage))}
    frames: dict[str, list[Page]] = {}
    for p in s.scalars(select(Page).where(Page.run_id == run_id, Page.home_frame).order_by(Page.url)):
        frames.setdefault(p.site_id, []).append(p)
    # the site map pages' entries and towns' sub-sites' menus (each under its town), in URL order: the same whatever
    # the crawl's order
    site_maps: dict[str, list] = {}
    for site_id, menu in s.execute(select(Page.site_id, Page.menu).where(
            Page.run_id == run_id, Page.is_homepage.is_(False), Page.home_frame.is_(False),
            Page.menu.is_not(None)).order_by(Page.url)):
        if menu:  # other pages hold JSON null, which is not SQL NULL
            site_maps.setdefault(site_id, []).extend(menu)
    blocks: dict[str, list] = {}  # the list blocks of every page but the homepage's
    for site_id, url, sigs in s.execute(select(Page.site_id, Page.url, Page.blocks).where(
            Page.run_id == run_id, Page.is_homepage.is_(False), Page.home_frame.is_(False), Page.blocks.is_not(None))):
        if sigs:
            blocks.setdefault(site_id, []).append((column_key(url), sigs))
    counts = dict(s.execute(select(Page.site_id, func.count())
                            .where(Page.run_id == run_id).group_by(Page.site_id)).all())
    columns: dict[str, list[Column]] = {}
    for c in s.scalars(select(Column).where(Column.run_id == run_id)):
        columns.setdefault(c.site_id, []).append(c)
    for site in s.scalars(select(RunSite).where(RunSite.run_id == run_id)):
        home = homepages.get(site.site_id)
        site.pages = counts.get(site.site_id, 0)
        if site.list_status == "offline":
            site.status = "exempt"
            continue
        if home is None or (home.status or 600) >= 400 and not home.unread:  # a bot wall's answer is unread
            site.status = "unreachable"
            continue
        site.status = "checked"
        shown = [home, *frames.get(site.site_id, [])]  # what the homepage shows: itself and its frames
        cols = columns.get(site.site_id, [])
        menu = [m for p in shown for m in p.menu or []]
        subs = sub_site_names(s, run_id, site.site_id, cols)
        for c in unread_homes(cols, subs):
            s.delete(c)
            cols.remove(c)
        settle_columns(menu, cols, site_maps.get(site.site_id, ()), subs)
        untime_topics(cols, profile, as_of, site.column_types or {})
        rejudged: set[str] = set()
        plain = settle_lists(cols, blocks.get(site.site_id, []), profile, as_of, rejudged)
        names = {c.name for c in cols}
        plain += [c for c in cols if c not in plain and channel_page(c.evidence or {}, c.name, names)]
        # one column under two addresses is judged once, under its menu's (page one's articles told apart after a
        # site-wide block came out of its list are no longer its own)
        listed = [Listed(c.url, () if c.url in rejudged else tuple((c.evidence or {}).get("links") or ()),
                         not c.reason, column_key(c.read_url) if c.read_url else "") for c in cols if c not in plain]
        by_menu = {column_key(url) for url, _ in menu}
        by_map = {column_key(url) for url, _ in site_maps.get(site.site_id, ())}
        aliases = alias_groups(listed, by_menu, by_map)
        plain += [c for c in cols if c.url in aliases and c not in plain]
        # a later list page the crawl reached before its list's reader claimed it (another worker's)
        strays = pager_strays([c.url for c in cols if c not in plain], by_menu | by_map)
        plain += [c for c in cols if c.url in strays]
        for c in plain:
            s.delete(c)
        cols = [c for c in cols if c not in plain]
        for c in cols:
            if not c.reason and beside_others_boxes(c.evidence or {}, c.name, c.parent, names):
                for field, value in judge_column([], c.type, as_of, profile).stored().items():
                    setattr(c, field, value)
        site.identity = merged_identity([p.identity for p in shown])
        # a homepage the list reader failed on: its dates are unknown, never taken for none (the judge asks a person)
        site.homepage_unread = any(p.unread for p in shown)
        # a homepage that dates nothing is a navigation page when it leads somewhere (a 维护中 page leads nowhere)
        site.homepage_nav_only = not site.homepage_unread and sum(p.dated_items for p in shown) == 0 and bool(
            cols or any(p.menu for p in shown))
        if site.homepage_nav_only:
            # a navigation-only homepage is as fresh as its newest second-level page: a page it leads to, a menu
            # heading's entries too
            led = {column_key(url) for url, _ in menu}
            dates = [c.last_update for c in cols if (c.top_level or c.url in led) and c.last_update]
            site.homepage_last_update = max(dates, default=None)
        else:
            site.homepage_last_update = max((p.newest_date for p in shown if p.newest_date), default=None)


def merged_identity(found: list[dict | None]) -> dict:
    """The footer marks of the homepage and its frames together: a mark shown in any of them is shown; one that a
    part could not tell (None: a footer script that failed) is unknown rather than missing."""
    def weight(v) -> int:
        return 2 if v else 1 if v is None else 0

    out: dict = {}
    for marks in found:
        for k, v in (marks or {}).items():
            if k not in out or weight(v) > weight(out[k]):
                out[k] = v
    return out


def settle_columns(menu: list, columns: list[Column], site_map=(), sub_sites: Mapping[str, str | None] | None = None
                   ) -> None:
    """Each column's place from the site's navigation, whichever link to it the crawl followed first (that depends
    on the crawl's order: another worker, a crawl resumed): the homepage's menus first (a first-level column listed
    in another column's sidebar stays first-level; an entry under a menu heading sits under that heading), then the
    site map, then the column page's own breadcrumb; only a column none of them places keeps the place of the link
    that led to it. Menus link a column by any of its URLs: they are matched by its key. A breadcrumb whose 首页 is
    a sub-site's homepage (a town's at its folder) places its column under that sub-site, never first-level, its
    homepage read or not: named as the site's links to that homepage name it (`sub_sites`), else by its folder; not
    one the homepage's own 首页 links ("" there: the site's homepage under another address)."""
    parents = {}
    for url, parent in site_map:
        parents.setdefault(column_key(url), parent)
    for url, parent in menu:
        parents[column_key(url)] = parent
    for c in columns:
        crumb = (c.evidence or {}).get("crumb")
        if c.url in parents:
            c.parent = parents[c.url]
        elif crumb:
            c.parent = crumb[0]
            sub = (sub_sites or {}).get(crumb[1]) if len(crumb) > 1 else ""
            if sub != "":  # its 首页 a sub-site's homepage: under the sub-site (安边镇 › 政务公开)
                sub = sub or urlsplit(crumb[1]).path.rsplit("/", 1)[0] + "/"
                c.parent = f"{sub} › {crumb[0]}" if crumb[0] else sub
        c.top_level = c.parent is None


def untime_topics(columns: list[Column], profile: Profile, as_of, overrides: Mapping[str, str]) -> None:
    """A 专题's sub-site's columns, placed under 专题专栏 › the 专题 whichever link the crawl followed first, are the
    record of its event, typed as an archived 专题's list: untimed, never stale (cms/archives.py)."""
    for c in columns:
        kept = c.evidence or {}
        if kept.get("archived") or not topic_place(c.parent):
            continue
        c.evidence = {**kept, "archived": True}
        c.type = column_type(c.name, kept.get("meta_type"), profile, overrides.get(c.name), kept.get("heading"),
                             archived=True)
        c.threshold_days = profile.threshold_days(c.type)
        if c.stale and not is_stale(c.last_update, c.threshold_days, as_of):
            c.stale, c.verdict = False, "ok"


def settle_lists(columns: list[Column], pages: list, profile: Profile, as_of,
                 rejudged: set | None = None) -> list[Column]:
    """Takes the blocks found on many of the site's pages (最新信息, a ticker) out of each column's list and judges
    it again (its URL added to `rejudged`); returns the columns that prove to be plain pages (nothing of their own
    beside such blocks)."""
    sitewide = sitewide_signatures(pages, {c.url for c in columns})
    if not sitewide:
        return []
    plain = []
    for c in columns:
        own = own_list(c.evidence or {}, sitewide, c.url)
        if own is None:
            continue
        if rejudged is not None:
            rejudged.add(c.url)
        if own.static:
            plain.append(c)
            continue
        c.reason = c.reason or own.reason
        for field, value in judge_column(own.dates, c.type, as_of, profile, unverified=c.reason).stored().items():
            setattr(c, field, value)
    return plain


def confirm_failures(s: Session, run_id: int, previous: int | None) -> None:
    """A failure seen again over the same URL in the previous round's run is confirmed."""
    if previous is None:
        return
    before = set(s.scalars(select(LinkCheck.url).where(LinkCheck.run_id == previous, LinkCheck.verdict == "broken")))
    if not before:
        return
    for chk in s.scalars(select(LinkCheck).where(LinkCheck.run_id == run_id, LinkCheck.verdict == "broken")):
        if chk.url in before:
            chk.confirmed = True


def apply_rechecks(engine: Engine, run_id: int, rechecks: dict[str, dict]) -> None:
    """Second looks at links judged broken earlier in the run (GOVCHECK_RECHECK_DELAY), as link_checks rows: still
    broken, the failure is confirmed; answering now, the first failure was passing trouble and the new answer
    stands."""
    if not rechecks:
        return
    with engine.begin() as conn:
        first = dict(conn.execute(select(LinkCheck.url, LinkCheck.category).where(
            LinkCheck.run_id == run_id, LinkCheck.url.in_(list(rechecks)))).all())
        for url, again in rechecks.items():
            if url not in first:
                continue  # not stored (yet): nothing to amend
            where = (LinkCheck.run_id == run_id) & (LinkCheck.url == url)
            if again["verdict"] == "broken":
                conn.execute(update(LinkCheck).where(where, LinkCheck.verdict == "broken").values(confirmed=True))
            else:
                detail = f"re-checked: {again['detail'] or again['category']}; first check: {first[url]}"
                conn.execute(update(LinkCheck).where(where).values(
                    verdict=again["verdict"], category=again["category"], http_status=again["http_status"],
                    failure=again["failure"], detail=detail[:2000], confirmed=False))


def record_problems(s: Session, run_id: int, findings, previous: int | None) -> None:
    """Problems with identities that hold across runs, each remembering the run it was first seen in."""
    first_seen = {}
    if previous is not None:
        for p in s.scalars(select(Problem).where(Problem.run_id == previous)):
            first_seen[(p.site_id, p.key)] = p.first_seen_run
    s.execute(delete(Problem).where(Problem.run_id == run_id))
    rows = {}

    def add(site_id, kind, where, category="", **detail):
        key = row_key(kind, where, category)
        rows[(site_id, key)] = Problem(run_id=run_id, site_id=site_id, key=key, kind=kind, category=category,
                                       where=where, detail=detail,
                                       first_seen_run=first_seen.get((site_id, key), run_id))

    for site_id, f in findings.items():
        if f.status == "unreachable":
            add(site_id, "unreachable", "")
        if f.status != "checked":
            continue
        for link in f.links:
            if link.verdict == "broken":
                add(site_id, "link", f"{link.source} -> {link.url}", link.category, text=link.text,
                    on_homepage=link.on_homepage)
        for c in f.columns:
            if c.empty:
                add(site_id, "column_empty", c.url, name=c.name)
            elif c.stale:
                add(site_id, "column_stale", c.url, c.type, name=c.name,
                    last_update=c.last_update.isoformat() if c.last_update else None)
        for e in f.evidence:  # every finding, whatever a person decides of it later: its identity across runs
            add(site_id, "evidence", f"{e.page_url} {e.found}", e.check, expected=e.expected)
    s.add_all(rows.values())


def judge_run(engine: Engine, run_id: int, profile_name: str, decisions: Mapping | None = None, read=None) -> int:
    """Judge a stored run under a profile and store it as a new judgement; returns its id. `decisions`: a person's
    on the findings awaiting confirmation (confirmations.py); None keeps those of the run's newest judgement.
    `read`: site_findings' answer, when the caller has it already."""
    profile = load_profile(profile_name)
    run, sites, findings = read or site_findings(engine, run_id)
    if decisions is None:
        _, rows = judgement_rows(engine, run_id)
        decisions = from_details({sid: row.detail for sid, row in rows.items()})
    for sid, f in findings.items():
        f.evidence = decided(sid, f.evidence, decisions)
        # typed under this profile's names, not those of the crawl's
        f.columns = [replace(c, type=typed_anew(c.name, c.type, c.naming, profile)) for c in f.columns]
    judgements = {sid: judge_site(f, profile) for sid, f in findings.items()}
    # a sampled round's list is larger than the sites it holds: the share drawn is over the whole list
    summary = summarize(list(judgements.values()), (run.sample or {}).get("listed") or len(sites))
    with Session(engine) as s, s.begin():
        j = Judgement(run_id=run_id, profile=str(profile_name), created_at=datetime.now(),
                      summary=summary.to_dict() if hasattr(summary, "to_dict") else dict(summary))
        s.add(j)
        s.flush()
        for sid, jd in judgements.items():
            d = {**jd.to_dict(), "decisions": to_detail(findings[sid].evidence)}
            s.add(SiteJudgement(judgement_id=j.id, site_id=sid, verdict=d["verdict"], score=d.get("score"), detail=d))
        return j.id


def finish_run(engine: Engine, run_id: int, profile_name: str, status: str = "complete") -> dict:
    """Settle the run's sites, confirm repeated failures, record problems, judge it, and mark it."""
    previous = previous_run_id(engine, run_id)
    with Session(engine) as s, s.begin():
        settle_sites(s, run_id, load_profile(profile_name))
        record_channels(s, run_id)  # needs each site's status: a site whose homepage was not read is not judged
        record_date_mismatches(s, run_id)
        confirm_failures(s, run_id, previous)
    read = site_findings(engine, run_id)
    with Session(engine) as s, s.begin():
        record_problems(s, run_id, read[2], previous)
    judgement_id = judge_run(engine, run_id, profile_name, read=read)
    with Session(engine) as s, s.begin():
        s.execute(update(Run).where(Run.id == run_id).values(status=status, finished_at=datetime.now()))
        summary = s.get(Judgement, judgement_id).summary
    return summary
