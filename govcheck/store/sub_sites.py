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
    homes = {crumb[1] for c in columns if len(crumb := (c.evidence or {}).get("crumb") or ()) > 1}
    if not homes:
        return {}
    forms = {home: {home, folder := home.rsplit("/", 1)[0] + "/", *(folder + i for i in INDEX_NAMES)}
             for home in homes}
    texts: dict[str, list[str]] = {}
    sources: dict[str, set[str]] = {}  # the pages outside the sub-site that link its homepage
    own: set[str] = set()  # the site's homepage under another address, the 首页 of its homepage's own menu
    for source, target, text, on_home in s.execute(select(
            LinkOccurrence.source_url, LinkOccurrence.target_url, LinkOccurrence.text, LinkOccurrence.on_homepage
            ).where(LinkOccurrence.run_id == run_id, LinkOccurrence.site_id == site_id,
                    LinkOccurrence.target_url.in_(sorted({f for fs in forms.values() for f in fs}))).order_by(
            LinkOccurrence.source_url, LinkOccurrence.id)):
        for home, fs in forms.items():
            if target in fs:
                texts.setdefault(home, []).append(text or "")
                if on_home and (text or "").strip() in marker("home_texts"):
                    own.add(home)
                if not in_folder(source, home):
                    sources.setdefault(home, set()).add(source)
    # the site's homepage as read, where its address led (a root redirecting to /web/index.html): a folder holding
    # it is the site's own
    read = list(s.scalars(select(Page.url).where(Page.run_id == run_id, Page.site_id == site_id, Page.is_homepage)))
    led = s.scalars(select(LinkCheck.final_url).where(LinkCheck.run_id == run_id, LinkCheck.url.in_(read)))
    for url in [*read, *filter(None, led)]:
        own.update(home for home in forms if in_folder(url, home))
    hubs = topic_hubs(s, run_id, site_id, {u for us in sources.values() for u in us} - set(read), columns)
    names = {}
    for home in homes:
        name = "" if home in own else sub_site_name(texts.get(home, []))
        hub = next((hubs[u] for u in sorted(sources.get(home, ())) if u in hubs), None)
        folder = urlsplit(home).path.rsplit("/", 1)[0] + "/"
        names[home] = f"{hub} › {name or folder}" if hub and name != "" else name
    return names


def topic_hubs(s: Session, run_id: int, site_id: str, pages: set[str], columns: list[Column]) -> dict[str, str]:
    """url -> name of each of `pages` that is a 专题 index (专题专栏, 往期专题: cms/archives.py topic_hub): named as
    a column of the site, else as the site's links to it name it, else by its title."""
    if not pages:
        return {}
    named = {c.url: c.name for c in columns}
    texts: dict[str, list[str]] = {}
    for target, text in s.execute(select(LinkOccurrence.target_url, LinkOccurrence.text).where(
            LinkOccurrence.run_id == run_id, LinkOccurrence.site_id == site_id,
            LinkOccurrence.target_url.in_(sorted(pages))).order_by(LinkOccurrence.source_url, LinkOccurrence.id)):
        texts.setdefault(target, []).append(text or "")
    titles = dict(s.execute(select(Page.url, Page.title).where(
        Page.run_id == run_id, Page.site_id == site_id, Page.url.in_(sorted(pages)))).all())
    out = {}
    for url in pages:
        name = named.get(column_key(url)) or sub_site_name(texts.get(url, [])) or page_title(titles.get(url))
        if topic_hub(name):
            out[url] = name
    return out
