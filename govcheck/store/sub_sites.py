"""Sub-sites a portal hosts in folders of its own (a town's, a 专题's), as a run's stored links tell them: the name of
each whose homepage its columns' breadcrumbs lead to, read or not, and that homepage never a column."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from govcheck.cms.archives import topic_hub
from govcheck.cms.base import marker
from govcheck.cms.list_urls import column_key
from govcheck.cms.subsites import in_folder, page_title, sub_site_name
from govcheck.store.models import Column, LinkCheck, LinkOccurrence, Page

INDEX_NAMES = ("index.html", "index.htm", "index.shtml", "default.html", "default.htm")  # a folder's own page


def unread_homes(columns: list[Column], sub_sites: Mapping[str, str | None]) -> list[Column]:
    """The columns that are a sub-site's homepage, which its columns' breadcrumbs lead to, unread (one answering 500,
    a 专题 index's or the towns' grid's link to it followed first: a broken link): no column, as a read one is none,
    whichever link reached it first."""
    homes = {column_key(home) for home, name in sub_sites.items() if name != ""}
    return [c for c in columns if c.url in homes and c.verdict == "unverified"]


def sub_site_names(s: Session, run_id: int, site_id: str, columns: list[Column]) -> dict[str, str | None]:
    """The name of each sub-site's homepage the columns' breadcrumbs lead to (cms/subsites.py crumb_sub_home), as
    the site's links to it give it (the towns' grid's 新城镇), known whether that homepage was read: None where no
    link names it, "" where the homepage's own 首页 links it (the site's homepage under another address). A 专题
    index's link to it (专题专栏's) makes it that 专题's sub-site, named under the index (专题专栏 › 乡村振兴), its
    columns untimed as a read 专题 sub-site's are (untime_topics): a folder's name alone (/zt/) makes none."""
    return SubSites(s, run_id, {site_id: columns}).names(site_id)


_PER_QUERY = 400  # addresses asked in one IN (…), a site's all in one query: its rows in the order it gives them


def _forms(home: str) -> set[str]:
    """The addresses a link to a sub-site's homepage may take: itself, its folder, the folder's index pages."""
    folder = home.rsplit("/", 1)[0] + "/"
    return {home, folder, *(folder + i for i in INDEX_NAMES)}


def _batches(wanted: Mapping[str, set[str]]) -> list[tuple[list[str], list[str]]]:
    """(sites, addresses) to ask together, each site's addresses in one batch."""
    out: list[tuple[list[str], list[str]]] = []
    sites: list[str] = []
    urls: set[str] = set()
    for site_id in sorted(wanted):
        if sites and len(urls | wanted[site_id]) > _PER_QUERY:
            out.append((sites, sorted(urls)))
            sites, urls = [], set()
        sites.append(site_id)
        urls |= wanted[site_id]
    return [*out, (sites, sorted(urls))] if sites else out


def _links_to(s: Session, run_id: int, wanted: Mapping[str, set[str]]) -> dict[str, list[tuple]]:
    """site -> (source, target, text, on_homepage) of each of its links to its `wanted` addresses, in the order of
    their source page and then as stored."""
    out: dict[str, list[tuple]] = {}
    for sites, urls in _batches(wanted):
        for site_id, *row in s.execute(select(
                LinkOccurrence.site_id, LinkOccurrence.source_url, LinkOccurrence.target_url, LinkOccurrence.text,
                LinkOccurrence.on_homepage).where(
                LinkOccurrence.run_id == run_id, LinkOccurrence.site_id.in_(sites),
                LinkOccurrence.target_url.in_(urls)).order_by(
                LinkOccurrence.site_id, LinkOccurrence.source_url, LinkOccurrence.id)):
            if row[1] in wanted[site_id]:
                out.setdefault(site_id, []).append(tuple(row))
    return out


class SubSites:
    """sub_site_names of each site of a run, its stored links read for all its sites at once: a few queries a run
    instead of five a site (on PostgreSQL, seconds of a 1,000-site run's finish)."""

    def __init__(self, s: Session, run_id: int, columns: Mapping[str, list[Column]]):
        self.columns = columns
        self.homes = {sid: {crumb[1] for c in cols if len(crumb := (c.evidence or {}).get("crumb") or ()) > 1}
                      for sid, cols in columns.items()}
        self.homes = {sid: homes for sid, homes in self.homes.items() if homes}
        self.forms = {sid: {home: _forms(home) for home in homes} for sid, homes in self.homes.items()}
        if not self.homes:
            return
        self.links = _links_to(s, run_id, {sid: {f for fs in forms.values() for f in fs}
                                          for sid, forms in self.forms.items()})
        # the site's homepage as read, where its address led (a root redirecting to /web/index.html): a folder
        # holding it is the site's own
        self.read: dict[str, list[str]] = {}
        for site_id, url in s.execute(select(Page.site_id, Page.url).where(Page.run_id == run_id, Page.is_homepage)):
            if site_id in self.homes:
                self.read.setdefault(site_id, []).append(url)
        every = sorted({u for urls in self.read.values() for u in urls})
        self.led: dict[str, str] = {}
        for i in range(0, len(every), _PER_QUERY):
            self.led.update((url, final) for url, final in s.execute(select(LinkCheck.url, LinkCheck.final_url).where(
                LinkCheck.run_id == run_id, LinkCheck.url.in_(every[i:i + _PER_QUERY]))) if final)
        self.texts: dict[str, dict[str, list[str]]] = {}
        self.sources: dict[str, dict[str, set[str]]] = {}  # the pages outside the sub-site that link its homepage
        self.own: dict[str, set[str]] = {}  # the site's homepage elsewhere, the 首页 of its homepage's own menu
        for site_id, forms in self.forms.items():
            texts: dict[str, list[str]] = {}
            sources: dict[str, set[str]] = {}
            own: set[str] = set()
            self.texts[site_id], self.sources[site_id], self.own[site_id] = texts, sources, own
            for source, target, text, on_home in self.links.get(site_id, ()):
                for home, fs in forms.items():
                    if target in fs:
                        texts.setdefault(home, []).append(text or "")
                        if on_home and (text or "").strip() in marker("home_texts"):
                            own.add(home)
                        if not in_folder(source, home):
                            sources.setdefault(home, set()).add(source)
            read = self.read.get(site_id, [])
            for url in [*read, *filter(None, map(self.led.get, read))]:
                own.update(home for home in forms if in_folder(url, home))
        self.hubs = self._topic_hubs(s, run_id)

    def _topic_hubs(self, s: Session, run_id: int) -> dict[str, dict[str, str]]:
        """site -> url -> name of each page outside a sub-site that links its homepage and is a 专题 index (专题专栏,
        往期专题: cms/archives.py topic_hub): named as a column of the site, else as the site's links to it name it,
        else by its title."""
        pages = {sid: {u for us in sources.values() for u in us} - set(self.read.get(sid, ()))
                 for sid, sources in self.sources.items()}
        pages = {sid: urls for sid, urls in pages.items() if urls}
        texts: dict[str, dict[str, list[str]]] = {}
        for site_id, links in _links_to(s, run_id, pages).items():
            for _, target, text, _ in links:
                texts.setdefault(site_id, {}).setdefault(target, []).append(text or "")
        titles: dict[str, dict[str, str]] = {}
        for sites, urls in _batches(pages):
            for site_id, url, title in s.execute(select(Page.site_id, Page.url, Page.title).where(
                    Page.run_id == run_id, Page.site_id.in_(sites), Page.url.in_(urls))):
                if url in pages[site_id]:
                    titles.setdefault(site_id, {})[url] = title
        out: dict[str, dict[str, str]] = {}
        for site_id, urls in pages.items():
            named = {c.url: c.name for c in self.columns[site_id]}
            for url in urls:
                name = named.get(column_key(url)) or sub_site_name(texts.get(site_id, {}).get(url, [])) \
                    or page_title(titles.get(site_id, {}).get(url))
                if topic_hub(name):
                    out.setdefault(site_id, {})[url] = name
        return out

    def names(self, site_id: str) -> dict[str, str | None]:
        """sub_site_names of `site_id`."""
        homes = self.homes.get(site_id)
        if not homes:
            return {}
        texts, sources, own = self.texts[site_id], self.sources[site_id], self.own[site_id]
        hubs = self.hubs.get(site_id, {})
        names = {}
        for home in homes:
            name = "" if home in own else sub_site_name(texts.get(home, []))
            hub = next((hubs[u] for u in sorted(sources.get(home, ())) if u in hubs), None)
            folder = urlsplit(home).path.rsplit("/", 1)[0] + "/"
            names[home] = f"{hub} › {name or folder}" if hub and name != "" else name
        return names
