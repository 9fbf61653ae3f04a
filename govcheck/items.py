"""Items that flow from the spiders to the pipelines.

Spiders fill in what they observed; the pipelines add the judgement (category, verdict, staleness).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class SiteItem:
    """A site of the run, as listed; emitted once per site when the crawl starts."""

    site_id: str
    name: str
    url: str
    site_code: str = ""
    sponsor: str = ""
    kind: str = "portal"
    region: str = ""
    list_status: str = "active"
    note: str = ""
    column_types: dict = field(default_factory=dict)


@dataclass
class PageItem:
    site_id: str
    url: str
    status: int | None
    depth: int
    is_homepage: bool
    title: str = ""
    newest_date: date | None = None  # newest dated item on the page, not after the inspection date
    dated_items: int = 0
    identity: dict | None = None  # footer marks, read on the homepage
    rendered: bool = False
    menu: list | None = None  # the homepage's or the site map's column links: [url, parent column or None]
    blocks: list | None = None  # signatures of the page's list blocks: a block on many pages is the site's
    home_frame: bool = False  # a frame or iframe of the homepage: part of what the homepage shows
    unread: bool = False  # the list reader failed on it: its dates are unknown (a homepage's freshness too)
    shown_date: date | None = None  # the date an article shows (发布时间, PubDate); None on the homepage
    form: bool = False  # it offers a form to write a question in (cms/forms.py): a hotline page that does is a channel


@dataclass
class LinkOccurrence:
    """One occurrence of a link on a page (a row of PageLinksItem, not an item of its own)."""

    site_id: str
    source_url: str
    target_url: str
    text: str
    tag: str
    kind: str
    on_homepage: bool
    external: bool


@dataclass
class PageLinksItem:
    """Every link occurrence of one page in one item: a page holds dozens of links, and each item costs a
    trip through Scrapy's middlewares, pipelines and signals."""

    site_id: str
    source_url: str
    links: list[LinkOccurrence] = field(default_factory=list)
    listed: list = field(default_factory=list)  # the page's list items (ListItem): each date is kept with its link


@dataclass
class CheckItem:
    """The one check of a distinct URL: what came back. LinkHealthPipeline fills category and verdict."""

    url: str
    site_id: str
    source_url: str
    method: str = "GET"
    http_status: int | None = None
    failure: str | None = None
    failure_detail: str = ""  # a refused address: the host and the address it is
    headers: dict = field(default_factory=dict)
    body: str = ""
    body_length: int | None = None
    content_type: str = ""
    redirects: tuple = ()
    redirect_loop: bool = False
    too_many_redirects: bool = False
    browser_retry_status: int | None = None
    retried_after_429: bool = False
    site_hosts: frozenset = frozenset()
    elapsed: float | None = None
    checked_at: datetime | None = None
    recheck: bool = False  # the delayed second look at a URL judged broken earlier in this run
    # filled by LinkHealthPipeline
    category: str | None = None
    verdict: str | None = None
    detail: str = ""


@dataclass
class ColumnItem:
    """A column (栏目) and the dates of its own list. FreshnessPipeline types and judges it.

    url is the column's one identity (cms.list_urls.column_key), whatever URL reached it; read_url the page
    read. A column that could not be read carries why in `reason` and is judged unverified, never empty or
    stale. `blocks` keeps page one's candidate blocks, so that a block found on many pages of the site can be
    taken out of the list when the run is finished."""

    site_id: str
    name: str
    url: str
    parent: str | None = None
    top_level: bool = True
    source: str = "nav"
    family: str = "generic"
    meta_type: str | None = None
    heading: str | None = None  # the name its page gives it when menus call it otherwise (cms.names.own_heading)
    archived: bool = False  # an archived 专题's list (cms.archives): not timed
    dates: list = field(default_factory=list)  # date or None per item of its own list, every page read
    placeholder: bool = False  # the list says it is empty (暂无信息), or its endpoint answered no item
    rendered: bool = False
    requests: int = 1
    read_url: str = ""
    reason: str | None = None  # why it could not be read: it is unverified
    blocks: list = field(default_factory=list)  # page one's blocks: {"sig", "dates", "picked"}
    empty_list: bool = False  # page one shows an empty list container, or says its list is empty beside its items
    crumb: list | None = None  # [parent] its page's breadcrumb names ([None]: right under 首页); None: no breadcrumb
    # (a second entry: the sub-site's homepage its breadcrumb's 首页 leads to, cms/subsites.py crumb_sub_home)
    first: int = 0  # how many of `dates` page one gave
    article_date: date | None = None  # the date an article gave a list that shows none
    links: list = field(default_factory=list)  # page one's articles' URLs in its order (store.finish: aliases)
    note: str | None = None  # why a list that reads empty is so for visitors too (a comment left open hides it)
    # filled by FreshnessPipeline
    type: str | None = None
    last_update: date | None = None
    items: int = 0
    days_since: int | None = None
    threshold_days: int | None = None
    stale: bool = False
    empty: bool = False
    verdict: str = "ok"  # ok, stale, empty, unverified
    future_dates: list = field(default_factory=list)


@dataclass
class EvidenceItem:
    """A finding of the other indicators (identity, domain, wording, dates, interaction, services) with its
    evidence: the page, the text found there and what was expected. Whether a person must confirm it before it
    counts, and what it costs, is the rule profile's (its `evidence` section, keyed by `check`)."""

    site_id: str
    check: str  # a key of the rule profile's `evidence` section, e.g. site_code_mismatch, wording, future_date
    page_url: str
    found: str = ""  # the text found, as the page shows it (escaped wherever shown)
    expected: str = ""  # what was expected there: the listed value, the right wording, the date limit
    detail: dict = field(default_factory=dict)  # the check's own facts (a sentence, dates, missing elements)


@dataclass
class ProbeItem:
    site_id: str
    url: str
    at: datetime
    ok: bool
    elapsed: float | None = None
    http_status: int | None = None
    reason: str | None = None
    source: str = "cron"
    seq: int | None = None  # a crawl probe's number in its run (1 = the homepage request), its key; None for cron
