"""The date a row of links shows (rows.py finds the rows): a cell that shows only a date (or its item's category
beside it, in an element of its own), else a date in its text outside its links, else one it shows apart
(cms/apart_dates.py), else one inside its title link (ending or leading its text, too: cms/title_dates.py), but
never one its list's header (cms/date_columns.py) or its label names as another than the publication's (成文日期),
nor a CMS's empty time (1970-01-01: `empty_times`), which shows none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice
from typing import TYPE_CHECKING

from govcheck.cms.apart_dates import apart_date
from govcheck.cms.base import ListItem, flat, marker, up_to, visible_text
from govcheck.cms.date_columns import (
    ahead_cells,
    clock_row,
    day_heading,
    in_reply_list,
    number_cells,
    other_date_cells,
    other_dates,
    without_edits,
)
from govcheck.cms.messages import entry_reply
from govcheck.cms.text import text_content
from govcheck.cms.title_dates import bare_title, title_date, tooltip_date
from govcheck.judge.dates import (
    SHOWN_YEAR,
    age_span,
    date_from_url,
    days_ago,
    match_date,
    match_short_year,
    match_solid_date,
    match_split_date,
    shift_years,
    split_month_day,
)

if TYPE_CHECKING:
    from govcheck.cms.rows import Row

_DT_DDS = 2  # the <dd>s after a <dt> that may show its date: a summary's, then the date's
_DATE_CELL_CHARS = 48  # a date cell holds a date, a label and a time at most
# what a date cell may show beside its date; any short label before a colon (日期：, a site's 日间：), bar a label of
# another date than the publication's (成文日期：, _other_dates)
_LEFTOVER = re.compile(r"[\s\[\]()<>:,.\-/|\d]+|发布时间|发布日期|更新时间|日期|时间|发布|更新|^[\u4e00-\u9fff]{1,4}:")
_DIGIT = re.compile(r"[\d\uff10-\uff19]")
_DATE_FIGURE = re.compile(r"[\d〇零○◯]")  # what any date a row's text shows holds (\d: full-width too; 二〇二六年)


def _is_date_cell(text: str, raw: str) -> bool:
    """True if text shows a date and nothing else (brackets, a 发布时间 label and a time allowed)."""
    return len(text) <= _DATE_CELL_CHARS and not _LEFTOVER.sub("", text.replace(raw, "", 1)) \
        and not other_dates()[0].search(text)


def date_cell(el, url: str, year_hint: int | None, latest: date | None = None) -> tuple[date, str] | None:
    """The date el shows when it shows nothing else (a two-digit year's, 26.11.20, only up to `latest`, the
    inspection day, else the end of `year_hint`)."""
    quick = text_content(el)  # C-fast, scripts included: only a filter before the real text
    if len(quick) > 4 * _DATE_CELL_CHARS or not _DIGIT.search(quick):
        return None
    text = flat(visible_text(el))
    if not text or len(text) > _DATE_CELL_CHARS:
        return None
    text = without_edits(text)
    if (split := match_split_date(text)) is not None:  # a box's pieces: its year, not the month-day's guess
        return split, text
    if (solid := match_solid_date(text, year_hint)) is not None:  # its figures run together: 20261120
        return solid, f"{solid:%Y%m%d}"
    if (short := match_short_year(text, latest or (date(year_hint, 12, 31) if year_hint else None))) is not None:
        return short, text  # 26.11.20
    if (month_day := split_month_day(text)) is not None:  # a box's day and month alone: any month-day's year
        return match_date(month_day, url=url, year_hint=year_hint)
    found = match_date(text, url=url, year_hint=year_hint)
    if found and not _is_date_cell(text, found[1]):  # a word beside it: its category's, the cell's text shown
        return (found[0], text) if _tagged_date(el, text, found[1]) else None
    return found


_TAG = re.compile(r"^[\u4e00-\u9fff]{1,4}$")  # an item's category beside its date: 公告, 学银动态


def _tagged_date(el, text: str, raw: str) -> bool:
    """Whether el shows its date and, in the one element inside it, a short word alone: its item's category
    (<span>2020-11-24<b>公告</b></span>, realpage 100), which makes the date no less the row's."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag in ("a", "script", "style"):
        return False
    tag = flat(visible_text(kids[0]))
    return bool(_TAG.match(tag)) and not other_dates()[0].search(tag) and _is_date_cell(text.replace(tag, " ", 1), raw)


def _page_date_row(row) -> bool:
    """A row whose date is the page's (今天是2019年2月25日 星期一 | 设为首页) or the site's (版权所有 …
    网站更新时间：…), not an item's."""
    text = row.text_content()
    return any(p in text for p in marker("not_item_dates")) or any(p in text for p in marker("site_line_marks"))


def shows_other_date(row: Row) -> bool:
    """Whether a row shows a date its list's header or its label names as another than the publication's: a
    list of documents by their 成文日期, which says nothing of when they were published."""
    el = row.el
    text = el.text_content()
    if not _DIGIT.search(text):
        return False
    if any(_DIGIT.search(c.text_content()) for c in other_date_cells(el)):
        return True
    return el.tag != "tr" and bool(other_dates()[1].search(flat(text)))


def _shown_date(row, url: str, year_hint: int | None, main_link, title: str,
                latest: date | None = None) -> tuple[date, str] | None:
    """The date a row shows: a cell that holds only a date, else a date-only part inside the title link (a card's),
    else any date in the row's text outside its links (not a summary's day beside a card's own). A date the table's
    header or a label names as another than the publication's (成文日期) is not it; nor a day after `latest`, the
    inspection's, where another cell shows one before it, nor its list's other rows' cells in that place (a 招标's
    deadline, unlabelled)."""
    if _page_date_row(row):
        return None
    if not _DATE_FIGURE.search(text_content(row)):  # no figure in its text (most related links'): its title's or its
        return title_date(title, url, year_hint) or tooltip_date(main_link, url, year_hint)  # tooltip's, at most
    skip = other_date_cells(row) + ahead_cells(row, latest, lambda c: date_cell(c, url, year_hint)) \
        + number_cells(row, lambda text: match_solid_date(text, year_hint))  # a 序号's figures: 20261119
    kept = None  # figures run together (an id's?), a day after the inspection's (a deadline's?)
    for el in row.iterdescendants():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("a", "script", "style") or any(p.tag == "a" or p in skip for p in up_to(el, row)) \
                or el in skip:
            continue
        found = date_cell(el, url, year_hint, latest)
        if found and not SHOWN_YEAR.search(found[1]):
            found = _year_beside(el, found) or found
        if found and not found[1].isdigit() and not (latest and found[0] > latest and SHOWN_YEAR.search(found[1])):
            return found
        kept = kept or found
    for el in main_link.iterdescendants():
        found = date_cell(el, url, year_hint) if isinstance(el.tag, str) else None
        if found:
            return found
    if found := kept or _linked_date(row, main_link, url, year_hint):
        return found
    for el in row.iter("script"):  # its date written by its own script (TRS: document.write(str.substring(0,10)))
        if "write" in (el.text or "") and (found := match_date(el.text, url=url, year_hint=year_hint)):
            return found
    outside = " ".join(visible_text(c, skip_links=True) for c in row if c not in skip) if skip else \
        visible_text(row, skip_links=True)
    outside = other_dates()[1].sub(" ", without_edits(flat(outside)))
    return match_date(outside, url=url, year_hint=year_hint) or apart_date(row, skip, outside, year_hint) \
        or title_date(title, url, year_hint) or tooltip_date(main_link, url, year_hint)


_YEAR_ALONE = re.compile(r"^((?:19|20)\d{2})\s*年?$")


def _year_beside(cell, found: tuple[date, str]) -> tuple[date, str] | None:
    """A month-day cell's (11-20) date in the year a cell of its own beside it shows, before or after it
    (<span>2025</span>-<span>11-20</span>, <span>11-20</span><em>2025</em>): that year's, never the year guessed."""
    for other in (cell.getprevious(), cell.getnext()):
        if other is not None and isinstance(other.tag, str) and other.tag not in ("a", "script", "style") \
                and (m := _YEAR_ALONE.match(flat(visible_text(other)))):
            when = found[0]
            try:
                return when.replace(year=int(m[1])), f"{m[1]} {found[1]}"
            except ValueError:  # 29 February
                return None
    return None


def _linked_date(row, main_link, url: str, year_hint: int | None) -> tuple[date, str] | None:
    """A date alone in another link of the row to the same address as its title's: WordPress themes link each post's
    <time> to the post (posted-on: <a href="…/archives/12" rel="bookmark"><time>2026年12月1日</time></a>)."""
    href = main_link.get("href")
    for link in row.iter("a"):
        if link is not main_link and href and link.get("href") == href:
            for el in link.iter():
                if isinstance(el.tag, str) and (found := date_cell(el, url, year_hint)):
                    return found
    return None


def row_item(row: Row, as_of: date | None):
    """(ListItem, shown) for a row: shown says the row itself shows the date."""
    url, title, main = max(row.links, key=lambda lt: len(lt[1]))  # the title link, not a category tag
    hint = as_of.year if as_of else None
    if (letter := entry_reply(text_content(row.el))) is not None:  # 来信时间：… 回复时间：…: its reply's day or none
        return ListItem(title, url, letter[0], letter[1] or None, bool(letter[0])), bool(letter[0])
    found = _shown_date(row.el, url, hint, main, title, as_of)
    if found is None and row.el.tag == "dt":  # <dt> title, <dd> date pairs in one <dl>, a summary's <dd> between
        for dd in islice(row.el.itersiblings(), _DT_DDS):
            if dd.tag != "dd" or (found := _shown_date(dd, url, hint, main, title, as_of)) is not None:
                break
    if found is None and row.el.tag == "li":  # a list grouped under its days' headings
        found = day_heading(row.el, lambda el: date_cell(el, url, hint))
    if found and found[0].isoformat() in marker("empty_times"):
        found = None  # 1970-01-01, a CMS's empty time (an item whose time was cleared): no date, its address's read
    if found:
        when, raw = found
        if when == as_of and clock_row(row.el):
            return ListItem(title, url, date_from_url(url), None), False  # today, in a clock or a weather box
        if as_of and when > as_of and not SHOWN_YEAR.search(raw) and date_from_url(url) is None:
            when = shift_years(when, -1)  # a month-day list runs up to today: a later day is last year's
        elif as_of and when > as_of and bare_title(title, raw):  # the day its title is about: an outage's, a meeting's
            return ListItem(title, url, date_from_url(url), None), False
        return ListItem(bare_title(title, raw) or title, url, when, raw, in_reply_list(row.el)), True
    if as_of and (relative := _relative_cell(row.el, lambda t: days_ago(t, as_of))) is not None \
            and not clock_row(row.el):
        return ListItem(title, url, as_of - timedelta(days=relative[0]), relative[1]), True
    if as_of and (aged := _relative_cell(row.el, age_span, _AGE_HINT)) is not None and date_from_url(url) is None:
        # its age alone (1个月前): dated by the latest day it can mean, the site's side, the earliest kept beside it
        (fewest, most), shown = aged
        return ListItem(title, url, as_of - timedelta(days=fewest), shown,
                        earliest=as_of - timedelta(days=most)), True
    if in_reply_list(row.el):  # a letter not answered yet: its address's day is the letter's
        return ListItem(title, url, None, None), False
    return ListItem(title, url, date_from_url(url), None), False


_RELATIVE_HINT = re.compile("[:：前天周]")  # what a relative date shows (09:30, 昨天, 3天前, 上周五): others skip it
_AGE_HINT = re.compile("前")  # what every age shows (2周前, 1个月前, 半年前: `ages`, data/dates_formats.yaml)


def _relative_cell(el, read, hint=_RELATIVE_HINT):
    """(what `read` reads of it, the cell's text) of a cell outside the row's links that shows a date relative to the
    day the page was served alone: today's rows by their time (09:30), 昨天, 3天前, 上周五 (days_ago), or an age,
    1个月前 (age_span)."""
    if not hint.search(text_content(el)):
        return None
    for cell in el.iterdescendants():
        if isinstance(cell.tag, str) and cell.tag not in ("a", "script", "style") \
                and not any(p.tag == "a" for p in up_to(cell, el)) \
                and (text := flat(visible_text(cell))) and (ago := read(text)) is not None:
            return ago, text
    return None


def ages_settled(listing, as_of: date, limit: int | None):
    """`listing` with each row dated by its age alone (1个月前, ListItem.earliest) undated where the days it can mean
    lie on both sides of `limit`, its column's days (2周前 for news, 14 days: 11 to 20 days ago): its article tells,
    never a guess. A span wholly on one side keeps the row's latest day, the site's side: stale whatever day it was,
    or fresh."""
    if limit is None or not any(i.earliest for i in listing.items) and \
            not any(i.earliest for b in listing.blocks for i in b.items):
        return listing
    edge = as_of - timedelta(days=limit)

    def settled(items: list) -> list:
        return [replace(i, date=None) if _across(i, edge) else i for i in items]

    return replace(listing, items=settled(listing.items),
                   blocks=[replace(b, items=settled(b.items)) for b in listing.blocks])


def _across(item, edge: date) -> bool:
    return bool(item.earliest and item.date and item.earliest < edge <= item.date)


def ages_across(listing, as_of: date, limit: int | None) -> bool:
    """Whether a row of `listing` (or of its blocks) is dated by an age alone whose days lie on both sides of `limit`
    (2周前 for a homepage's 14 days): undated by ages_settled, its day unknown."""
    if limit is None:
        return False
    edge = as_of - timedelta(days=limit)
    return any(_across(i, edge) for i in [*listing.items, *(i for b in listing.blocks for i in b.items)])


_EPOCH_MONTH_DAY = re.compile(r"^\D*0?1\s*[-/.月]\s*0?1\D*$")  # 01-01, [01-01], 1月1日: the empty time under m-d


def empty_month_days(items: list) -> set[int]:
    """Undate in `items` (a box's, in order) each row that shows 01-01 alone, the month-day of a CMS's empty time
    (1970-01-01 under a list's m-d), below a dated row it reads newer than: out of a list's order, newest first, no
    day of its own (an EmpireCMS item whose time was cleared) but never its column's newest; its address's day stands
    for it. The indices so undated."""
    undated, above = set(), None
    for k, item in enumerate(items):
        if item.date is None or not item.raw_date:
            continue
        if above is not None and item.date > above and not SHOWN_YEAR.search(item.raw_date) \
                and _EPOCH_MONTH_DAY.match(item.raw_date):
            items[k] = replace(item, date=date_from_url(item.url), raw_date=None)
            undated.add(k)
            continue
        above = item.date
    return undated
