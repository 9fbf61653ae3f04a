"""A site's consultation channels and services entry settled when the run is finished, from what was stored:
the links of its homepage (and frames) and of every page read, their checks, its columns. Only a site whose
homepage was read is judged: an unread homepage proves nothing."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from govcheck.judge.channels import consultation_findings, interaction_rules, services_findings
from govcheck.store.models import Column, Evidence, LinkCheck, LinkOccurrence, Page, RunSite
from govcheck.store.rows import insert_evidence

CHECKS = ("no_consultation", "no_services")


def record_channels(s: Session, run_id: int) -> None:
    """no_consultation and no_services for each checked site, replacing those an earlier finish recorded; a
    consultation channel's list on another host left unread (consultation_unverified) that the crawl read as one of
    the site's columns is dropped."""
    s.execute(delete(Evidence).where(Evidence.run_id == run_id, Evidence.check.in_(CHECKS)))
    sites = {r.site_id: r for r in s.scalars(select(RunSite).where(RunSite.run_id == run_id,
                                                                   RunSite.status == "checked"))}
    if not sites:
        return
    occ = LinkOccurrence
    home: dict[str, list] = defaultdict(list)
    for site_id, text, url in s.execute(select(occ.site_id, occ.text, occ.target_url).where(
            occ.run_id == run_id, occ.on_homepage)):
        home[site_id].append((text or "", url))
    names = interaction_rules()["channels"]["names"]
    named: dict[str, list] = defaultdict(list)  # links anywhere that may name a consultation channel
    for site_id, text, url, verdict in s.execute(
            select(occ.site_id, occ.text, occ.target_url, LinkCheck.verdict)
            .outerjoin(LinkCheck, (LinkCheck.run_id == run_id) & (LinkCheck.url == occ.target_url))
            .where(occ.run_id == run_id, or_(*(occ.text.contains(n) for n in names)))):
        named[site_id].append((text or "", url, verdict))
    columns: dict[str, list] = defaultdict(list)
    # names and addresses of the columns whose lists showed items, and of the pages read offering a form to write in
    listed: dict[str, set] = defaultdict(set)
    places: dict[str, list] = defaultdict(list)  # (name, address, address read at) of each column
    full: dict[str, list] = defaultdict(list)  # the columns not found empty: a services entry's
    empty: dict[str, set] = defaultdict(set)
    read: set[tuple[str, str]] = set()  # (site, address) of the columns read
    for site_id, name, url, read_url, verdict, items in s.execute(
            select(Column.site_id, Column.name, Column.url, Column.read_url, Column.verdict, Column.items)
            .where(Column.run_id == run_id)):
        columns[site_id].append(name or "")
        places[site_id].append((name or "", url, read_url or url))
        if items and verdict != "unverified":
            listed[site_id] |= {name or "", url, read_url or url}
        if verdict != "unverified":
            read |= {(site_id, url), (site_id, read_url or url)}
        if verdict == "empty":
            empty[site_id] |= {url, read_url or url}
        else:
            full[site_id].append(name or "")
    unread = s.execute(select(Evidence.id, Evidence.site_id, Evidence.page_url).where(
        Evidence.run_id == run_id, Evidence.check == "consultation_unverified")).all()
    read_after_all = [i for i, site_id, url in unread if (site_id, url) in read]  # the crawl read it as a column
    if read_after_all:
        s.execute(delete(Evidence).where(Evidence.id.in_(read_after_all)))
    read_pages: dict[str, set] = defaultdict(set)  # a hotline's page read: whether it listed anything tells
    forms: dict[str, set] = defaultdict(set)  # a hotline's page that offers a form to write in is a channel too
    for site_id, url, form in s.execute(select(Page.site_id, Page.url, Page.form).where(
            Page.run_id == run_id, Page.status == 200)):
        read_pages[site_id].add(url)
        if form:
            forms[site_id].add(url)
    for site_id, urls in forms.items():
        listed[site_id] |= urls | {name for name, url, at in places[site_id] if url in urls or at in urls}
    found = []
    for site_id, site in sites.items():
        if not home[site_id]:
            continue  # no link read off its homepage (a script-built menu, say): no proof that a channel is missing
        found += [*services_findings(site_id, site.url, home[site_id], full[site_id], empty[site_id]),
                  *consultation_findings(site_id, site.url, named[site_id], columns[site_id], listed[site_id],
                                         read_pages[site_id])]
    insert_evidence(s, run_id, found)
