"""Reading the dates Chinese government pages show: list rows, article lines and article URLs.

The patterns live in data/dates_formats.yaml; this module only normalises text, applies them in order and
checks that what they found is a real calendar date.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import yaml

from govcheck.paths import DATA_DIR

# Full-width digits and the punctuation that appears in dates, mapped to ASCII.
_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULLWIDTH.update({ord(a): b for a, b in {
    "－": "-", "‐": "-", "‑": "-", "–": "-", "／": "/", "．": ".", "：": ":", "（": "(", "）": ")",
    "【": "[", "】": "]", "［": "[", "］": "]", "＞": ">", "＜": "<", "，": ",", "；": ";", "｜": "|",
    "\u3000": " ", "\xa0": " ",
}.items()})


# str.translate with a dict looks up every character of a Chinese text in Python; a replace per character that
# occurs runs in C and gives the same result (every replacement is ASCII, never a key): ~10x faster on pages
_REPLACE = tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in _FULLWIDTH.items())


def normalize(text: str) -> str:
    """Full-width digits and punctuation as ASCII, and a date in Chinese numerals (二〇二六年十一月二十日) in digits,
    so one set of patterns reads them all."""
    text = str(text)  # a plain str, as translate gives, also for lxml's string results
    for wide, narrow in _REPLACE:
        if wide in text:
            text = text.replace(wide, narrow)
    if _CN_ZERO.search(text):  # every year since 2000 written in Chinese numerals holds one
        text = _CN_DATE.sub(_cn_date, text)
    return text


# a zero as 公文 write it: 〇, 零, and the circles typed in its place (二○二六年: ○ U+25CB, ◯ U+25EF)
_CN_ZEROS = "〇零○◯"
_CN_ZERO = re.compile(f"[{_CN_ZEROS}]")
_CN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | dict.fromkeys(_CN_ZEROS, 0)
_CN_DATE = re.compile(r"([〇零○◯一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                      r"\s*([一二三四五六七八九十]{1,3})\s*([日号])")


def _cn_small(text: str) -> int | None:
    """一 to 三十一, as months and days are written."""
    if "十" not in text:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _cn_date(m: re.Match) -> str:
    month, day = _cn_small(m[2]), _cn_small(m[3])
    if not month or not day:
        return m[0]
    return f"{''.join(str(_CN_DIGITS[c]) for c in m[1])}年{month}月{day}{m[4]}"


@dataclass(frozen=True)
class _Patterns:
    full: tuple[re.Pattern, ...]
    month_day: tuple[re.Pattern, ...]
    url_date: tuple[re.Pattern, ...]
    url_year: tuple[re.Pattern, ...]
    cell_split: tuple[re.Pattern, ...]
    cell_solid: re.Pattern
    url_month: tuple[re.Pattern, ...]
    cell_split_month_day: tuple[re.Pattern, ...]
    cell_short_year: re.Pattern


@cache
def _patterns() -> _Patterns:
    with open(DATA_DIR / "dates_formats.yaml", encoding="utf-8") as f:
        d = yaml.safe_load(f)
    comp = lambda key: tuple(re.compile(p) for p in d[key])  # noqa: E731
    return _Patterns(comp("text_full"), comp("text_month_day"), comp("url_date"), comp("url_year"), comp("cell_split"),
                     re.compile(d["cell_solid"]), comp("url_month"), comp("cell_split_month_day"),
                     re.compile(d["cell_short_year"]))


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:  # 2019-02-30, month 13, ...
        return None


def _earliest(patterns: tuple[re.Pattern, ...], text: str) -> list[re.Match]:
    """All matches of all patterns, in text order (then pattern order)."""
    found = []
    for rank, pat in enumerate(patterns):
        found.extend((m.start(), rank, m) for m in pat.finditer(text))
    return [m for _, _, m in sorted(found, key=lambda t: (t[0], t[1]))]


# a year as dates show it, four digits or two (PHP's 26-11-25, a template's 26.11.25): which shown dates carry one
SHOWN_YEAR = re.compile(r"(?:19|20)\d{2}|\d{2}([-./])[01]\d\1[0-3]\d")


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _ymd(m: re.Match) -> date | None:
    """A full date match's day: a two-digit year (26-11-25) in this century, bar one from 70 on, PHP's date('y-m-d')
    of a time before 2000 (70-01-01, Unix time 0: a CMS's empty time, never 2070), a month named in English (Nov)."""
    y, month = int(m["y"]), m["m"]
    month = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
    return _make(y if y >= 100 else 2000 + y if y < PHP_CENTURY_TURN else 1900 + y, month, int(m["d"]))


PHP_CENTURY_TURN = 70  # a two-digit year written by PHP from a timestamp is 1970's at the earliest


def match_date(text: str, *, url: str | None = None, year_hint: int | None = None) -> tuple[date, str] | None:
    """The first valid date in text and the text that showed it (e.g. "[2019-02-20]" gives "2019-02-20").

    A full date anywhere wins over a month-day; a month-day takes its year from url, else year_hint. Where url
    carries a whole date, the month-day is the nearest such day to it: an article made on 31 December and put up on
    5 January shows 01-05, the year after its address's; where it carries its folder's year and month, a month-day
    more than a month before that month and within three months after it in the next year is the next year's (01-03
    under /202512/); any other keeps the folder's year.
    """
    if not text:
        return None
    text = normalize(text)
    pats = _patterns()
    for m in _earliest(pats.full, text):
        d = _ymd(m)
        if d is not None:
            return d, m.group(0).strip()
    made = date_from_url(url) if url else None
    written = None if made or not url else _folder_month(url)
    year = made.year if made else (year_from_url(url) if url else None) or year_hint
    if year is None:
        return None
    for m in _earliest(pats.month_day, text):
        d = _make(year, int(m["m"]), int(m["d"]))
        if d is not None and made is not None:
            d = min((_make(year + k, d.month, d.day) for k in (-1, 0, 1)),
                    key=lambda near: abs((near - made).days) if near else 999)
        elif d is not None and written is not None and d < written - timedelta(days=FOLDER_SLACK) \
                and (after := _make(year + 1, d.month, d.day)) and (after - written).days <= FOLDER_REACH:
            d = after  # put up after the new year: 01-03 under /202512/
        if d is not None:
            return d, m.group(0).strip()
    return None


FOLDER_SLACK = 31  # days a list's date may be before the month its article's folder names (a day typed in ahead)
FOLDER_REACH = 92  # days after that month's first a piece written then is put up at the latest, for the next year's


def _folder_month(url: str) -> date | None:
    """The first day of the month an article's folder names (/202512/: 1 December 2025), the month it was written
    in, which its publication follows; None for no such folder."""
    path = url.split("?", 1)[0]
    for pat in _patterns().url_month:
        if m := pat.search(path):
            return _make(int(m["y"]), int(m["m"]), 1)
    return None


def address_day(url: str | None) -> date | None:
    """The day an article's address carries, else the first of the month its folder names (/202611/: 1 November)."""
    return date_from_url(url) or (_folder_month(url) if url else None)


def address_agrees(d: date, url: str | None) -> bool | None:
    """Whether `d`, a list's date, may be the day of the article at `url` by what its address carries: its day (up to
    FOLDER_SLACK days before, FOLDER_REACH after), its folder's month, or its year (or the next); None where the
    address carries none of them."""
    if (made := date_from_url(url)) is not None:
        return -FOLDER_SLACK <= (d - made).days <= FOLDER_REACH
    if (written := _folder_month(url) if url else None) is not None:
        return -FOLDER_SLACK <= (d - written).days <= FOLDER_REACH + 31
    if (year := year_from_url(url)) is not None:
        return d.year in (year, year + 1)
    return None


def match_split_date(cell: str) -> date | None:
    """The date of a calendar box, the whole text of a list cell that shows the day apart from the year and month
    ("05 2026-10", "2026.10 05"); None for any other text."""
    text = normalize(cell).strip()
    for pat in _patterns().cell_split:
        m = pat.match(text)
        if m:
            return _make(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


def split_month_day(cell: str) -> str | None:
    """A calendar box's day and month alone, no year ("20 11月", "11月 20"), as the month-day it shows ("11月20日"),
    which match_date reads as any month-day; None for any other text."""
    text = normalize(cell).strip()
    for pat in _patterns().cell_split_month_day:
        if (m := pat.match(text)) and _make(2000, int(m["m"]), int(m["d"])):  # 2000: a leap year, 2月29日 valid
            return f"{int(m['m'])}月{int(m['d'])}日"
    return None


def match_short_year(cell: str, latest: date | None = None) -> date | None:
    """The date of a list cell of a two-digit year, month and day dotted or slashed alone (26.11.20, [26/11/20]): a
    real day of this century not after `latest`, the inspection's (a later one may be a day-first date, 20.11.26),
    else None."""
    m = _patterns().cell_short_year.match(normalize(cell).strip())
    found = _make(2000 + int(m["y"]), int(m["m"]), int(m["d"])) if m else None
    return found if found and (latest is None or found <= latest) else None


SOLID_SINCE = 1995  # a date's figures run together read as a date from this year on: older ones are ids


def match_solid_date(cell: str, latest_year: int | None = None) -> date | None:
    """The date of a list cell that shows a date's figures alone, run together (20261120, 发布日期：20261120): a real
    day from SOLID_SINCE to `latest_year` (the inspection's), else None; the whole cell, never figures in a text."""
    _, label = _relative()
    m = re.match(_patterns().cell_solid, label.sub("", normalize(cell).strip(), count=1))
    if m is None or not SOLID_SINCE <= int(m["y"]) <= (latest_year or date.today().year):
        return None
    return _make(int(m["y"]), int(m["m"]), int(m["d"]))


def parse_date(text: str, *, url: str | None = None, year_hint: int | None = None) -> date | None:
    """The first date in text; None if there is none or it is not a real calendar date."""
    found = match_date(text, url=url, year_hint=year_hint)
    return found[0] if found else None


def find_dates(text: str) -> list[date]:
    """Every valid full date in text, in text order (month-day dates need a year, so they are left out)."""
    if not text:
        return []
    out = []
    for m in _earliest(_patterns().full, normalize(text)):
        d = _ymd(m)
        if d is not None:
            out.append(d)
    return out


def date_from_url(url: str | None) -> date | None:
    """The publication date an article URL carries (TRS t20190220_1, Hanweb /art/2019/2/20/, /2019-02/20/...)."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    for pat in _patterns().url_date:
        for m in pat.finditer(path):
            d = _make(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None:
                return d
    return None


# a month and a day as a row shows them alone: 11-25, 11/25, [11.25], 11月25日 (not an age nor a weekday: 3天前, 上周五
# 16:20 are counted back from the inspection date, no year to tell)
_MONTH_DAY = re.compile(r"\d{1,2}\s*[-/.月]\s*\d{1,2}")


def year_guessed(raw: str | None, url: str) -> bool:
    """Whether a list's date was given its year by govcheck: it shows a month-day alone (raw) and the article's
    address carries no year, or carries a day the month-day falls more than FOLDER_SLACK days after (TRS's
    t20170520_1, the day a site moved its old pieces in, under 09-17: of some year before: its article tells)."""
    if raw is None or SHOWN_YEAR.search(raw) or not _MONTH_DAY.search(raw):
        return False
    if (made := date_from_url(url)) is not None:
        read = parse_date(raw, url=url)
        return read is not None and (read - made).days > FOLDER_SLACK
    return year_from_url(url) is None


def shift_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def years_ahead(guess: date, found: date, *, slack: int = 7) -> int:
    """How many years `guess`, a month-day given a year, is ahead of `found`, the date its article shows (within
    `slack` days of the same day): 0 when the year was right, or when the two are no same day at all."""
    for years in range(0, 50):
        earlier = shift_years(guess, -years)
        if abs((earlier - found).days) <= slack:
            return years
        if earlier < found:
            return 0
    return 0


def year_from_url(url: str | None) -> int | None:
    """The year an article URL carries: from a full date, else a /201902/, /2019-02/ or /2019/ segment."""
    if not url:
        return None
    d = date_from_url(url)
    if d is not None:
        return d.year
    path = url.split("?", 1)[0]
    for pat in _patterns().url_year:
        m = pat.search(path)
        if m:
            return int(m["y"])
    return None


@cache
def _relative() -> tuple[tuple[tuple[re.Pattern, int | str], ...], re.Pattern]:
    with open(DATA_DIR / "dates_formats.yaml", encoding="utf-8") as f:
        d = yaml.safe_load(f)
    return tuple((re.compile(r["pattern"]), r["days"]) for r in d["relative"]), re.compile(d["relative_label"])


def days_ago(cell: str, today: date | None = None) -> int | None:
    """How many days before the day its page was served, `today`, a cell's relative date is (09:30 today: 0, 昨天: 1,
    3天前: 3, 15小时前 18:30: 1, 上周五: by today's weekday), or None when the cell shows no such date (a day of the
    week with no `today`, or after it); a publication label before it is left out."""
    patterns, label = _relative()
    text = label.sub("", normalize(cell).strip(), count=1)
    if len(text) > 16:
        return None
    for pattern, days in patterns:
        if m := pattern.match(text):
            if days == "hours":  # the hours ago reach back past midnight from the article's time of day
                return (int(m["hh"]) * 60 + int(m["mm"]) + int(m["ago"]) * 60) // (24 * 60)
            if days == "week":  # weeks start on Monday and end on 周日 (周天)
                if today is None:
                    return None
                back = today.weekday() - min("一二三四五六日天".index(m["wd"]), 6) + (7 if m["week"] == "上" else 0)
                return back if back >= 0 else None
            return int(m[days]) if isinstance(days, str) else days
    return None


@cache
def _ages() -> tuple[tuple[re.Pattern, dict], ...]:
    with open(DATA_DIR / "dates_formats.yaml", encoding="utf-8") as f:
        return tuple((re.compile(a["pattern"]), a) for a in yaml.safe_load(f)["ages"])


_CN_COUNT = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def age_span(cell: str) -> tuple[int, int] | None:
    """(fewest, most) days before the day its page was served that a cell's age can mean (2周前: 11 to 20, 1个月前: 26
    to 60: see `ages` in data/dates_formats.yaml), or None when the cell shows no age; a publication label before it
    is left out."""
    _, label = _relative()
    text = label.sub("", normalize(cell).strip(), count=1)
    if len(text) > 8:
        return None
    for pattern, age in _ages():
        if m := pattern.match(text):
            if "span" in age:
                return age["span"][0], age["span"][1]
            n = int(m["n"]) if m["n"].isdigit() else _CN_COUNT[m["n"]]
            if n == 0:
                return None
            unit = float(age["unit"])
            fewest = int(age["one"]) if n == 1 else math.ceil((n - 0.5) * unit)
            return fewest, math.ceil((n + 1) * unit) - 1
    return None
