"""What a homepage's rows show that is not their items' publication, and the fresh items it shows with no date.

Many homepage boxes print the day their page is served beside every row, whatever happened: a 12345热线 box of 工单,
今日头条 relaying a province's feed, 今日值班, an interview's day. A box whose every date is the inspection day says
nothing of when its rows were put up: its articles tell (cms.undated_leads), and a row that links a column's page
(值班安排 at /zbap/) is no item at all. A duty roster's days (值班安排: a row a day, from before the day the page is
served to after it, each linking the day's leader) are a duty's, no publication's. A fresh item may show no date at
all: 图片新闻 as one picture and its caption, in a box named for no slide: its article tells too.
"""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import clean, link_title
from govcheck.cms.row_dates import row_item
from govcheck.cms.rows import Chrome, collect_rows

_CAPTION_CHARS = 6  # a picture's caption: a headline, not an icon's name (更多, 微信)


def drawn_today(items, as_of: date | None) -> bool:
    """Whether every date a box's rows show is the inspection day itself, the day its page is served: a template's
    day, maybe, not a publication's (a 工单's, a relayed feed's). Only the rows' articles tell."""
    shown = [i.date for i in items if i.raw_date is not None and i.date is not None]
    return as_of is not None and bool(shown) and all(d == as_of for d in shown)


def drawn_urls(groups, as_of: date | None) -> set[str]:
    """The addresses of the rows showing a date in each box (a list of items) whose every date shown is the inspection
    day; a row dated by its address alone keeps that date."""
    return {i.url for items in groups if drawn_today(items, as_of) for i in items if i.raw_date is not None}


ROSTER_ROWS = 2  # rows, a day each, that make a roster: today's and tomorrow's duty (今日值班 | 明日值班) too
ROSTER_REACH = 7  # days around the inspection date a roster shows: a week's duty


def _near(dates: list[date], as_of: date) -> bool:
    """Whether dates run forward a day a row, all within a week of the inspection date."""
    return all(a < b for a, b in zip(dates, dates[1:], strict=False)) and all(
        abs((d - as_of).days) <= ROSTER_REACH for d in dates)


def roster_urls(blocks, base: str, as_of: date | None) -> set[str]:
    """The addresses of the rows of each block that is a duty roster (值班安排, 领导带班): two rows or more, each
    dated, a day each in the calendar's order, running through the inspection date to a day after it, all within a
    week of it. Its rows are a duty's days, each linking the day's leader (the same page on several days: the
    block's items, one per address, show its first days alone, so its rows are read again)."""
    out: set[str] = set()
    for block in blocks:
        shown = [i.date for i in block.items if i.raw_date is not None and i.date is not None]
        if as_of is None or block.el is None or len(shown) < 2 or not _near(shown, as_of):
            continue
        days = [item.date for item, dated in (row_item(r, as_of) for r in collect_rows(block.el, base)) if dated]
        if len(days) >= ROSTER_ROWS and len(days) == block.rows and days[-1] > as_of and _near(days, as_of):
            out |= {i.url for i in block.items}
    return out


def captioned_pictures(root) -> list:
    """The links of pictures linked alone with their caption (图片新闻 shown as one picture: its alt or title, or a
    link of its text to the same address), in page order, outside header, navigation and footer."""
    chrome, out, seen = Chrome(), [], set()
    texts: dict[str, str] = {}
    for a in root.iter("a"):
        if (href := a.get("href")) and a.find(".//img") is None:
            texts.setdefault(href, clean(link_title(a)))
    for a in root.xpath("//a[@href][.//img]"):
        href, img = a.get("href"), a.find(".//img")
        caption = max((clean(a.get("title")), clean(img.get("alt")), clean(a.text_content()), texts.get(href, "")),
                      key=len)
        if href not in seen and len(caption) >= _CAPTION_CHARS and not chrome(a):
            seen.add(href)
            out.append(a)
    return out
