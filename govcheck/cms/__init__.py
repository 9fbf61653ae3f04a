"""Reading government pages by CMS family: column lists, articles, navigation and footer marks.

Pure functions over parsel Selectors (or text): no Scrapy engine, no I/O. ``parse_list`` detects the family
(Hanweb, TRS, else generic) and returns the items, the next list pages and what the list shows instead of
items (a placeholder, or nothing because JavaScript builds it).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from urllib.parse import urlsplit

from govcheck.cms.article import parse_article
from govcheck.cms.base import (
    ArticleMeta,
    ListItem,
    ListPage,
    base_url,
    class_id,
    compiled,
    doc_text,
    fragments,
    has_tag,
    iter_doc,
    marker,
    meta_content,
    placeholder_line,
    resolve,
    says_empty,
    text_lines,
)
from govcheck.cms.cards import card_items
from govcheck.cms.clicked import clicked_row_dates
from govcheck.cms.containers import (
    beside_a_page,
    no_post_part,
    placeholder_picture,
    related_placeholders,
    shows_own_text,
)
from govcheck.cms.empty_boxes import said_apart
from govcheck.cms.endpoints import find_endpoints, parse_endpoint
from govcheck.cms.generic import GenericList
from govcheck.cms.hanweb import HanwebList, parse_hanweb_records, store_blocks
from govcheck.cms.islands import data_island_dates
from govcheck.cms.listing import column_scopes, looks_like_article, pick_blocks, unique_items
from govcheck.cms.lone_links import address_dates, undated_slides
from govcheck.cms.messages import letter_replies
from govcheck.cms.names import column_name
from govcheck.cms.row_dates import row_item
from govcheck.cms.rows import collect_rows
from govcheck.cms.script_menus import names_a_menu
from govcheck.cms.script_rows import script_row_dates, script_row_leads
from govcheck.cms.search_pages import search_page
from govcheck.cms.shown_days import captioned_pictures, drawn_today, drawn_urls, roster_urls
from govcheck.cms.trs import TrsList
from govcheck.judge.dates import year_guessed
from govcheck.judge.domains import registered_domain
from govcheck.judge.urls import column_page, host_and_path

__all__ = ["ArticleMeta", "ListItem", "ListPage", "column_list", "detect_family", "homepage_dates", "is_placeholder",
           "parse_article", "parse_endpoint", "parse_hanweb_records", "parse_list", "parse_more"]

FAMILIES = (HanwebList(), TrsList(), GenericList())


def _scripts(sel) -> tuple[list[str], str, str]:
    """(inline scripts, script sources, link targets) of the page, for family and pager markers."""
    inline, srcs, links = [], [], []
    for el in iter_doc(sel, "script", "a"):
        if el.tag == "script":
            if el.text:
                inline.append(el.text)
            if el.get("src"):
                srcs.append(el.get("src"))
        elif el.get("href"):
            links.append(el.get("href"))
    return inline, "\n".join(srcs), "\n".join(links)


def detect_family(sel, url: str = "") -> str:
    inline, srcs, links = _scripts(sel)
    return _family(sel, f"{url}\n{srcs}\n" + "\n".join(inline), links).name


def _family(sel, page: str, links: str):
    if has_tag(sel, "datastore"):
        return FAMILIES[0]
    for fam in FAMILIES:
        if fam.matches(sel, page, links):
            return fam
    return FAMILIES[-1]


# Elements the page does not show as served: a box its script shows when it has loaded nothing (暂无数据 with
# display:none, `hidden`, a Vue or Angular condition) says nothing yet
_HIDDEN = ("//*[@hidden or @v-if or @v-else or @v-else-if or @v-show or @ng-if or @ng-show or @ng-hide or @x-show"
           " or contains(translate(@style, 'DISPLAYNOEVIBHT ', 'displaynoevibht'), 'display:none')"
           " or contains(translate(@style, 'DISPLAYNOEVIBHT ', 'displaynoevibht'), 'visibility:hidden')]")


def is_placeholder(sel, url: str | None = None) -> bool:
    """The page shows, in a line of its own, that its list is empty (暂无信息, 暂无内容, …), or its pager counts
    nothing (共 0 条); not as served hidden (see _HIDDEN), nor in a sentence of its text, nor beside text of its own
    (a static page's side box that has nothing to show) or what a static page shows (leaders' cards, a map), nor in
    a box of related items (相关下载: 暂无相关信息); or shows a blog theme's part for a loop that found no post, a
    picture alone that says so (alt="建设中"), a bare 暂无 alone under its heading, or an alert as it loads."""
    if no_post_part(sel) or placeholder_picture(sel, url) or said_apart(sel) and not shows_own_text(sel):
        return True
    if not says_empty(doc_text(sel)) or search_page(sel):  # most pages: one search of the text already read
        return False
    hidden = set(sel.root.xpath(_HIDDEN)) | related_placeholders(sel)
    return any(map(placeholder_line, text_lines(sel, hidden))) and not shows_own_text(sel) \
        and not beside_a_page(sel, hidden, url)


# scripts inside a row, or directly inside a list (one loop writing every row from an array)
_ROW_SCRIPTS = ("//li//script | //tr//script | //dd//script"
                " | //ul/script | //ol/script | //table/script | //tbody/script")


def is_scripted(sel, inline: list[str], srcs: str) -> bool:
    """Signs that JavaScript builds the list: an empty list block and a script fetching items, template / Vue /
    Angular markup, or rows whose links their own scripts write."""
    cfg = marker("scripted")
    raw = srcs + "\n" + "\n".join(inline)
    if compiled(*cfg["markers"]).search(raw) or has_tag(sel, "template"):
        return True
    if sel.root.xpath("//*[@v-for or @v-if or @ng-repeat or @ng-app or @v-cloak]"):
        return True
    writer = compiled(cfg["row_writer"])
    if any(writer.search(s.text or "") for s in sel.root.xpath(_ROW_SCRIPTS)):
        return True  # each row's link written by its own script, or all by one in the list: a browser shows them
    fetch, target = compiled(*cfg["fetch"]), compiled(*cfg["target"])
    if not any(fetch.search(s) and target.search(s) for s in inline):
        return False
    frags = fragments(*cfg["container_fragments"])
    for el in iter_doc(sel, "ul", "ol", "tbody", "table", "div", "section"):
        if len(el) == 0 and not (el.text or "").strip() and frags.search(class_id(el)):
            return True
    return False


def parse_list(sel, url: str, *, as_of: date | None = None, column: tuple[str, str | None] | None = None) -> ListPage:
    """The column list a page shows. as_of completes month-day dates whose URL has no year (the latest such
    day not after as_of). column, (its URL, its name), reads the page as that column's: the blocks the whole
    site carries are not its list."""
    inline, srcs, links = _scripts(sel)
    scripts = "\n".join(inline)
    fam = _family(sel, f"{url}\n{srcs}\n{scripts}", links)
    page = fam.read(sel, url, base_url(sel, url), scripts, as_of, column)
    page.column_name = column_name(sel)
    page.column_type = meta_content(sel, "ColumnType")
    _what_shows_instead(sel, url, page, inline, srcs)
    return page


def _what_shows_instead(sel, url: str, page: ListPage, inline: list[str], srcs: str) -> None:
    """For a page with no item: whether it says its list is empty, or a script loads the list (from where)."""
    if not page.items and not page.post_requests:
        page.placeholder = page.placeholder or is_placeholder(sel, url)  # a reader may know: an empty datastore
        # the data of the site's menu, which every page may fetch, is no list of the page's
        page.endpoints = [] if page.placeholder and not _filled_placeholder(sel, inline) else [
            ep for ep in find_endpoints(sel, url) if not names_a_menu(ep.url)]
        page.scripted = not page.placeholder and (bool(page.endpoints) or is_scripted(sel, inline, srcs))


def _filled_placeholder(sel, inline: list[str]) -> bool:
    """Whether a box that says 暂无数据 is one an inline script writes its list into (`$("#list").html(…)`): the line
    is the template's until the script's answer replaces it, and the list is read where the script loads it."""
    scripts = "\n".join(inline)
    for el in iter_doc(sel, "ul", "ol", "tbody", "table", "div"):
        ident = el.get("id")
        if ident and re.search(rf"[#'\"]{re.escape(ident)}['\")\s]", scripts) and placeholder_line(
                " ".join(el.itertext()).strip()):
            return True
    return False


def column_list(sel, url: str, page: ListPage, column: tuple[str, str | None], as_of: date | None = None) -> ListPage:
    """page, as parse_list read it for no column, read as the column's (its URL and name): its blocks picked
    again without those the whole site carries, its newest articles shown as cards over its list with its main block,
    and what the page shows instead when nothing is left."""
    if not page.blocks:  # a datastore or an endpoint's answer: every record is the column's
        return page
    picked = pick_blocks(page.blocks, column_url=column[0], column_name=column[1])
    scopes = column_scopes(column[0]) if picked else []
    cards = card_items(sel.root, base_url(sel, url), {i.url for b in page.blocks for i in b.items},
                       lambda u: all(s(u) for s in scopes), as_of) if scopes else []
    main = max(picked, key=lambda b: b.rows) if cards else None  # the cards shown first, as the newest are
    blocks = [dataclasses.replace(b, picked=any(b is p for p in picked), items=[*cards, *b.items] if b is main
                                  else b.items) for b in page.blocks]
    out = dataclasses.replace(page, items=unique_items(i for b in blocks if b.picked for i in b.items), blocks=blocks,
                              placeholder=False, scripted=False, endpoints=[])
    inline, srcs, _ = _scripts(sel)
    _what_shows_instead(sel, url, out, inline, srcs)
    return out


def core_items(listing) -> list:
    """The items of a list's main block (its largest picked one), or all its items when it has no blocks."""
    picked = [b for b in listing.blocks if b.picked]
    return max(picked, key=lambda b: b.rows).items if picked else listing.items


def core_dates(listing) -> list:
    return [i.date for i in core_items(listing)]


def guessed_year(listing) -> str | None:
    """The address of the newest item of a list's main block when the list shows month-days alone (05-12) and no
    address carries a year: each year is a guess (the latest such day not after the inspection date), which that
    article tells."""
    items = [i for i in core_items(listing) if i.date is not None]
    if not items or not all(year_guessed(i.raw_date, i.url) for i in items):
        return None
    return max(items, key=lambda i: i.date).url


def _site_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return registered_domain(host) or host


def _elsewhere(block, url: str) -> bool:
    """Whether every item of a block is another site's (a 国务院要闻 block of www.gov.cn's news, a province's)."""
    own = _site_of(url)
    return bool(block.items) and all(_site_of(i.url) not in ("", own) for i in block.items)


def _beside_folder(blocks, folder: str) -> set[str]:
    """The items of the blocks wholly outside a platform's subsite's folder (`folder`: its host and path,
    www.city.gov.cn/site/sjj/), when another block lists pages in it: the city's 要闻 on a department's homepage."""
    def inside(u: str) -> bool:
        host, path = host_and_path(u)
        return f"{host}{path}".startswith(folder)
    if not folder or not any(inside(i.url) for b in blocks for i in b.items):
        return set()
    return {i.url for b in blocks if not any(inside(j.url) for j in b.items) for i in b.items}


def home_blocks(listing, sel=None, url: str = "", as_of: date | None = None) -> list:
    """A homepage's blocks: its list's, and each Hanweb module's (store_blocks), of which its list reads one."""
    stores = store_blocks(sel, url, as_of) if sel is not None and listing.family == HanwebList.name else []
    return [*listing.blocks, *stores]


def homepage_dates(listing, sel=None, url: str = "", as_of: date | None = None, folder: str = "",
                   apart: frozenset = frozenset()) -> list:
    """The item dates a homepage shows: every block's, the small ones beside larger lists too (a 领导活动 box of three
    beside two lists of eight), and those of its lists of titles alone, each item dated by its article's address; not
    a block of another site's news, nor one whose every date is the inspection day (`as_of`: a box printing the day
    it is drawn, shown_days.drawn_today; undated_leads asks its articles), nor a duty roster's (roster_urls). A block
    a Hanweb module fills from a <datastore> is read beside the page's own blocks (`sel`), not for them, and so are
    the rows an inline script writes from dates of its own, the site's articles linked outside its lists, the dated
    cards of the site's articles apart from any row (a block's newest over its rows: a picture, its heading, its
    date), and the dated rows only a script or a click opens (openDoc(id); a <tr onclick> without a link). A
    letter of a 领导信箱 box dates it by its reply alone (messages.letter_replies). A platform's subsite (`folder`:
    the host and folder it is listed at) leaves out the blocks of the platform's pages, and those whose articles
    (`apart`) are asked whose they are (platform_blocks.owner_unknown)."""
    blocks, own = home_blocks(listing, sel, url, as_of), {i.url for i in listing.items}
    away = {i.url for b in blocks if url and _elsewhere(b, url) for i in b.items}
    # a box whose every date is the day the page is served: its template's day, maybe; its articles tell
    away |= _beside_folder(blocks, folder) | apart | drawn_urls([b.items for b in blocks] or [listing.items], as_of)
    away |= roster_urls(blocks, base_url(sel, url) if sel is not None else url, as_of)  # a duty's days
    # letters (领导信箱): each dated by its reply, the office's publication, not by the day a visitor asked
    letters = letter_replies(sel, base_url(sel, url)) if sel is not None else {}
    away |= letters.keys()
    dates = [i.date for i in listing.items if i.url not in away] + [
        i.date for b in blocks if not b.picked for i in b.items if i.url not in away | own]
    # (address, date) of each row counted: clicked_row_dates leaves out the clicked rows among them
    counted = {(i.url, i.date) for i in [*listing.items, *(i for b in blocks if not b.picked for i in b.items)]
               if i.url not in away}
    if sel is None:
        return dates
    if listing.family == HanwebList.name and not listing.blocks:
        dates += homepage_dates(FAMILIES[-1].read(sel, url, base_url(sel, url), "", as_of))
    listed, own = {i.url for i in listing.items} | {i.url for b in listing.blocks for i in b.items}, _site_of(url)
    cards = card_items(sel.root, base_url(sel, url), listed, lambda u: _site_of(u) == own, as_of)
    dates += [d for d in letters.values() if d is not None]
    alone = address_dates(sel, url, away | listed | {i.url for b in blocks for i in b.items}, folder)
    return dates + [i.date for i in cards] + opaque_row_dates(sel, url, as_of) + clicked_row_dates(
        sel.root, base_url(sel, url), as_of, LIST_ROWS, counted) + script_row_dates(sel, url, as_of) \
        + data_island_dates(sel, url, as_of) + alone


def opaque_row_dates(sel, url: str, as_of: date | None = None) -> list:
    """The dates of rows whose link runs a script naming no address govcheck reads (openDoc(id) of a script file):
    what the homepage shows beside their titles, though only a browser that clicks could follow them. Only a list of
    them counts, three dated rows or more in one box: not a bar of tools (设为首页, 加入收藏) beside the site's
    update time."""
    boxes: dict = {}
    for row in collect_rows(sel.root, base_url(sel, url), opaque=True):
        item, shown = row_item(row, as_of)
        if shown:
            boxes.setdefault(row.box, []).append(item.date)
    return [d for dates in boxes.values() if len(dates) >= LIST_ROWS for d in dates]


def guessed_newest(listing) -> tuple:
    """(the newest item of a homepage, when it shows a month-day alone at an address without a year and nothing with
    a year is newer, the dates of all such items): each year is a guess, which that item's article tells (an
    abandoned portal's 11-28 is last year's). (None, set()) otherwise."""
    items = [*listing.items, *(i for b in listing.blocks if not b.picked for i in b.items)]
    guessed = [i for i in items if i.date and year_guessed(i.raw_date, i.url)]
    known = [i.date for i in items if i.date and not year_guessed(i.raw_date, i.url)]
    newest = max(guessed, key=lambda i: i.date, default=None)
    if newest is None or (known and max(known) >= newest.date):
        return None, set()
    return newest, {i.date for i in guessed}


LIST_ROWS = 3  # dated rows that make a list of rows govcheck cannot follow (a bar of tools has fewer)
HOME_ARTICLES = 3  # undated blocks of a stale-reading homepage whose newest articles are asked for their dates
# articles asked of each: its first may be an old one pinned on top, as a column's undated list is read
BLOCK_ARTICLES = 3


def undated_leads(listing, url: str, sel=None, as_of: date | None = None) -> list[str]:
    """The first items (BLOCK_ARTICLES) of each homepage block that dates none of its items (titles alone at
    addresses without a date, a 最新文件 table of 成文日期 alone), at an article's address on the site: only those
    articles tell when the block was last added to, its first maybe an old one pinned on top. So do those of a box
    whose every date is the inspection day (`as_of`: a day its template prints, maybe), at any address on the site but
    a column's page, and the article of a 头条 (`sel`: the homepage), a title alone over the blocks."""
    own, leads, blocks = _site_of(url), {}, 0
    groups = [b.items for b in listing.blocks] or [listing.items]
    for items in groups:
        drawn = drawn_today(items, as_of)
        if blocks == HOME_ARTICLES or not drawn and (len(items) < 2 or any(i.date for i in items)):
            continue
        ask = [i.url for i in items if _site_of(i.url) == own
               and (not column_page(i.url) if drawn else looks_like_article(i.url))]
        if ask and (drawn or ask[0] == items[0].url) and ask[0] not in leads:
            blocks += 1
            leads.update(dict.fromkeys(ask[:BLOCK_ARTICLES]))
    if sel is not None:  # rows an inline script writes, each of the inspection day
        leads.update(dict.fromkeys(script_row_leads(sel, url, as_of)[:BLOCK_ARTICLES]))
    # a single item no date shows (a picture and its caption) is no block's that dates it
    listed = {i.url for items in groups if len(items) > 1 or any(i.date for i in items) for i in items}
    heads = [] if sel is None else headlines(sel, url, listed)
    return heads + [u for u in leads if u not in heads]


def future_leads(listing, url: str, as_of: date) -> list[str]:
    """The addresses of the homepage's items dated after the inspection date (a year typed wrong: 2027 for 2026), on
    the site: each may be its newest, as new as its article says; not a duty roster's coming days (roster_urls)."""
    own, out = _site_of(url), []
    duty = roster_urls(listing.blocks, url, as_of)
    for item in [*listing.items, *(i for b in listing.blocks if not b.picked for i in b.items)]:
        if item.date and item.date > as_of and item.url and _site_of(item.url) == own and item.url not in out \
                and item.url not in duty:
            out.append(item.url)
    return out[:HOME_ARTICLES]


HOME_HEADLINES = 2  # 头条 whose articles a stale-reading homepage asks, beside its undated blocks'
_HEADLINE = ("//*[self::h1 or self::h2 or self::h3 or contains(@class, 'toutiao') or contains(@class, 'headline')]"
             "//a[@href]")
# a carousel of picture news (焦点图, 图片新闻): a swiper's slides, SuperSlide's slideBox, a focus box
_SLIDES = re.compile(r"slide|focus|carousel|lunbo|jdt|tpxw|pic-?news", re.I)


def headlines(sel, url: str, listed: set[str]) -> list[str]:
    """The addresses of a homepage's 头条: a title alone in a heading (<h2>, <h3>) or a box named so (toutiao,
    headline), and the first slides of a carousel of picture news (its captions show no date; a Flash player's from
    a script's arrays), at an article's address on the site that no block lists (a block dates its own rows): only
    the article tells when it was put up. A heading's link to a column or to the homepage is no article's."""
    base, own = base_url(sel, url), _site_of(url)
    slides = [a for box in sel.root.xpath("//*[@class]") if _SLIDES.search(box.get("class") or "")
              for a in box.xpath(".//a[@href]")]

    def articles(links) -> list[str]:
        out: list[str] = []
        for a in links:
            target = resolve(base, a.get("href"))
            if target and target not in listed and target not in out and _site_of(target) == own \
                    and looks_like_article(target):
                out.append(target)
        return out[:HOME_HEADLINES]

    heads = articles(sel.root.xpath(_HEADLINE))
    heads += [t for t in articles(slides) if t not in heads]
    heads += [t for t in undated_slides(sel, url)[:HOME_HEADLINES] if t not in heads and t not in listed]
    # 图片新闻 shown as one picture and its caption, in a box named for no slide
    return heads + [t for t in articles(captioned_pictures(sel.root)) if t not in heads]


def parse_more(sel, url: str, *, text: str, as_of: date | None = None, column: tuple[str, str | None],
               seen: frozenset[str] = frozenset()) -> ListPage:
    """A further page of a column's list (a next or last page, a Hanweb dataproxy group), read by the family that
    answers it; `seen`: the signatures of page one's blocks, which a further page that shows them again shares
    with the whole site rather than being the list's."""
    if HanwebList.answers(url):
        return parse_hanweb_records(text, url, as_of=as_of)
    page = parse_list(sel, url, as_of=as_of, column=column)
    if page.blocks:
        page.items = unique_items(i for b in page.blocks if b.picked and b.sig not in seen for i in b.items)
    return page
