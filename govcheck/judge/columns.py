"""A column's type from its name, and its freshness from the dates on its list (pure functions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from govcheck.cms.base import is_more_text, squeeze
from govcheck.cms.hant import simplified
from govcheck.rules import Profile


@dataclass(frozen=True)
class ColumnVerdict:
    last_update: date | None  # newest item date not after as_of
    items: int  # items on the list, dated or not
    days_since: int | None
    threshold_days: int | None
    stale: bool
    empty: bool
    future_dates: list[date] = field(default_factory=list)  # dated after as_of: not taken as updates
    dated_items: int = 0
    verdict: str = "ok"  # ok, stale, empty, unverified

    def to_dict(self) -> dict[str, Any]:
        return {
            "last_update": self.last_update.isoformat() if self.last_update else None,
            "items": self.items,
            "dated_items": self.dated_items,
            "days_since": self.days_since,
            "threshold_days": self.threshold_days,
            "stale": self.stale,
            "empty": self.empty,
            "future_dates": [d.isoformat() for d in self.future_dates],
            "verdict": self.verdict,
        }

    def stored(self) -> dict[str, Any]:
        """The fields a column item and a column row keep of the verdict (dates as the store holds them)."""
        return {"last_update": self.last_update, "items": self.items, "days_since": self.days_since,
                "threshold_days": self.threshold_days, "stale": self.stale, "empty": self.empty,
                "verdict": self.verdict, "future_dates": [d.isoformat() for d in self.future_dates]}


def column_type(name: str, meta_type: str | None, profile: Profile, override: str | None = None,
                heading: str | None = None, archived: bool = False) -> str:
    """The column's type: a per-site override wins, then a ColumnType meta that is a type's key (news), then the
    column's name, then the name its own page gives it (`heading`: 部门动态 on the page menus call 部门), then the
    meta's words: a CMS may fill ColumnType with the section's (信息公开，政策文件 on a 人事任免 page), while the name
    and the heading are the column's own. A name a pattern types (下载: other) is not overruled, unless the heading
    holds the name and more: the menu shortened the page's name (新闻发布 for 新闻发布会, 文件 for 文件下载).
    An archived 专题's list (cms.archives) is kept to be read, no column that should be updated: untimed, whatever
    its name says (疫情防控动态 under 往期专题); so is an office's or a unit's page (县城乡规划中心, 人事科,
    政策法规科: its list the office's, its leaders' pages or its sub-columns' newest, each sub-column typed by its own
    name), whatever field its name names, as its siblings (办公室, 财务科) are; not a news hub (新闻中心)."""
    types = profile.columns.types
    if override is not None:
        key = override.strip().lower()
        if key not in types:
            raise ValueError(f"unknown column type {override!r} (known: {', '.join(types)})")
        return key
    if archived:
        return "other" if "other" in types else profile.columns.default_type
    if meta_type and meta_type.strip().lower() in types:
        return meta_type.strip().lower()
    if _a_units(name or heading or "", profile) or heading and _shortened(name or "", heading) \
            and _a_units(heading, profile):
        return "other" if "other" in types else profile.columns.default_type
    own = _match_name(heading, profile) if heading else None
    if own and _shortened(name or "", heading):
        return own
    return (_match_name(name or "", profile) or own
            or (_match_name(meta_type, profile) if meta_type else None) or profile.columns.default_type)


# the timed lists a site may put up as one article its menu leads straight to: 工作动态, 通知公告
ONE_ARTICLE_TYPES = ("news", "notice")
ONE_ARTICLE_SOURCES = ("nav", "map")  # a menu's entry, a site map's column
ONE_ARTICLE_NAME_MAX = 10  # 工作动态, 新闻发布会, 重点工作动态; an article's title is longer or opens 关于
# a name ending as an office's or a unit's does (人事科, 城乡规划中心, 新闻办; 新闻中心, as often the site's news hub):
# its page is the office's, its one article its introduction
_UNIT_NAME = re.compile(r"(?:科|室|处|股|所|站|队|局|办|委|院|中心|部)$")


def _a_units(name: str, profile: Profile) -> bool:
    """Whether a column's name is an office's or a unit's (人事科, 城乡规划中心, 新闻办): a field's words before
    科, 处, 局, 中心 …; a 中心 of news (新闻中心, 资讯中心) is the site's news hub."""
    text = simplified("".join(name.split()))
    unit = _UNIT_NAME.search(text)
    return unit is not None and len(text) > len(unit.group()) \
        and not (unit.group() == "中心" and _match_name(text, profile) == "news")


def judged_by_its_article(name: str, type_: str, source: str = "nav") -> bool:
    """Whether a column whose page is one dated article and no list is judged by that article's day: a news or
    notice column's (工作动态, 通知公告: one article its menu leads straight to is all it holds), never an
    office's or a unit's page (人事科, 政策法规科, 新闻中心: its 科室简介 is an article with a 发布时间 of its
    own) nor a column of another type (机构职能, 联系我们, a 人事 or 规划 page): those stay static pages. Only an
    entry of a menu or of the site map (`source`) named as a column is (ONE_ARTICLE_NAME_MAX characters, no
    关于…的通知): an article's title a list page links (a row its reader did not take) is no column."""
    text = simplified("".join((name or "").split()))
    return type_ in ONE_ARTICLE_TYPES and source in ONE_ARTICLE_SOURCES and len(text) <= ONE_ARTICLE_NAME_MAX \
        and not text.startswith("关于") and not _UNIT_NAME.search(text)


def typed_anew(name: str, stored: str, naming: tuple | None, profile: Profile) -> str:
    """A stored column's type under `profile`, typed again from its name and what its page showed (naming: its
    ColumnType meta, its heading, the site list's override, whether it is an archived 专题's), so a re-judged run
    takes the profile's names; a run stored before they were kept (None), or an override the profile has no type
    for, keeps its stored type."""
    if naming is None:
        return stored
    meta_type, heading, override, archived = naming
    try:
        return column_type(name, meta_type, profile, override, heading, archived)
    except ValueError:
        return stored


def _shortened(name: str, heading: str) -> bool:
    """The menu's name is the page's name shortened: held whole in it, and shorter."""
    short, full = squeeze(name), squeeze(heading)
    return bool(short) and short in full and short != full


def _match_name(name: str, profile: Profile) -> str | None:
    """The type of the first pattern found in the name, its traditional characters read as simplified ones (a 繁體
    copy's 新聞動態 is 新闻动态), never inside a word it names apart (退役军人事务's 人事)."""
    text = simplified("".join(name.split()))  # "通知 公告" is 通知公告
    for pattern in profile.columns.patterns:
        found = text
        for word in pattern.not_in:
            found = found.replace(word, "|")
        if pattern.match in found:
            return pattern.type
    return None


def is_stale(last_update: date | None, threshold_days: int | None, as_of: date) -> bool:
    """Nothing new within threshold_days before as_of; an unknown date counts as not updated."""
    if threshold_days is None:
        return False
    if last_update is None:
        return True
    return last_update < as_of - timedelta(days=threshold_days)


def judge_column(
    dates: Sequence[date | None],
    type_: str,
    as_of: date,
    profile: Profile,
    placeholder: bool = False,
    unverified: str | None = None,
) -> ColumnVerdict:
    """Freshness of one column from its item dates (None: an item without a date).

    placeholder: the list shows only a placeholder such as 暂无信息, so the column counts as empty.
    unverified: why the column could not be read; it is then neither empty nor stale, whatever was seen.
    """
    dated = [d for d in dates if d is not None]
    future = sorted(d for d in dated if d > as_of)
    past = [d for d in dated if d <= as_of]
    last_update = max(past) if past else None
    threshold = profile.threshold_days(type_)
    empty = unverified is None and (placeholder or not dates)
    stale = unverified is None and not empty and is_stale(last_update, threshold, as_of)
    return ColumnVerdict(
        last_update=last_update,
        items=len(dates),
        days_since=(as_of - last_update).days if last_update else None,
        threshold_days=threshold,
        stale=stale,
        empty=empty,
        future_dates=future,
        dated_items=len(dated),
        verdict="unverified" if unverified else "empty" if empty else "stale" if stale else "ok",
    )


def list_order(dates: Sequence[date | None]) -> str:
    """How a list orders its dated items: newest_first, oldest_first or unsorted. Pinned items (置顶) sit on top
    whatever their date, so the order is the longest run reaching the list's end, if it covers two thirds."""
    seq = [d for d in dates if d is not None]
    if len(seq) < 2:
        return "newest_first"

    def run(keeps) -> int:
        n = 1
        for k in range(len(seq) - 1, 0, -1):
            if not keeps(seq[k - 1], seq[k]):
                break
            n += 1
        return n

    down, up = run(lambda a, b: a >= b), run(lambda a, b: a <= b)
    if down * 3 >= len(seq) * 2 and down >= up:
        return "newest_first"
    if up * 3 >= len(seq) * 2:
        return "oldest_first"
    return "unsorted"


# ---------------------------------------------------------------- the site's blocks, seen on many pages

SITEWIDE_OTHER_PAGES = 2  # a block on this many of the site's other pages (articles, plain pages) is the site's
SITEWIDE_COLUMN_PAGES = 3  # or on this many other columns' pages: a parent's preview of its child stays the child's


def sitewide_signatures(pages: Iterable[tuple[str, Sequence[str]]], column_keys: set[str]) -> dict[str, set[str]]:
    """signature -> the pages (their column keys) a list block appears on, for the blocks that appear on enough
    of the site's pages to be the site's own (最新信息 on every page) rather than any one column's list. pages:
    (page key, its block signatures), the homepage and its frames left out (their blocks are the homepage's)."""
    where: dict[str, set[str]] = {}
    for key, sigs in pages:
        for sig in sigs or ():
            where.setdefault(sig, set()).add(key)
    return {sig: keys for sig, keys in where.items()
            if len(keys - column_keys) >= SITEWIDE_OTHER_PAGES or len(keys & column_keys) >= SITEWIDE_COLUMN_PAGES + 1}


@dataclass(frozen=True)
class OwnList:
    """What a column's list holds once the site's blocks are taken out of it."""

    dates: list  # date or None per item
    static: bool = False  # nothing of its own is left and nothing says its list is empty: a page, not a column
    reason: str | None = None  # why it cannot be judged: unverified


def own_list(evidence: dict, sitewide: dict[str, set[str]], column: str = "") -> OwnList | None:
    """The column's own list when a block it was read from turns out to be the site's (None: nothing changes).
    evidence: as stored with the column: page one's blocks (their dates, whether picked), every date read (page
    one's first, `first` of them), the date an article gave an undated list. A block shown only on pages under the
    column's folder (`column`, its key: its articles each showing its newest, a young column's whole list) stays its
    own."""
    blocks = evidence.get("blocks") or []
    gone = [b for b in blocks if b["picked"] and b["sig"] in sitewide and not _within(sitewide[b["sig"]], column)]
    if not gone:
        return None
    dates = list(evidence.get("dates") or [])
    later = dates[evidence.get("first", len(dates)):]  # further list pages hold none of the site's blocks
    kept = [b for b in blocks if b["picked"] and b not in gone]
    if kept:
        page_one = [d for b in kept for d in b["dates"]]
    else:
        others = [b for b in blocks if not b["picked"] and b["sig"] not in sitewide]
        if not others:
            if evidence.get("placeholder") or evidence.get("empty_list"):
                return OwnList([])
            return OwnList([], static=True)
        page_one = list(max(others, key=lambda b: len(b["dates"]))["dates"])
        if not any(page_one) and not evidence.get("article_date"):
            return OwnList(_dates(page_one), reason="列表未显示日期，未读取文章页面")
    if evidence.get("article_date") and page_one and not any(page_one):
        page_one[0] = evidence["article_date"]  # an undated list: its article's date, as the spider read it
    return OwnList(_dates(page_one + later))


def _within(pages: set[str], column: str) -> bool:
    """Whether every page of `pages` (column keys) sits under the column's folder, a folder of its own."""
    folder = column if column.endswith("/") else column.rsplit("/", 1)[0] + "/"
    return urlsplit(folder).path not in ("", "/") and all(p.startswith(folder) for p in pages)


def _dates(values: Sequence[str | None]) -> list[date | None]:
    return [date.fromisoformat(v) if v else None for v in values]


def channel_page(evidence: dict, name: str, others: set[str]) -> bool:
    """Whether a column's page is a channel page (频道页) and no column of its own: its list two or more boxes, each
    under the name of another column of the site (新闻中心's boxes of 工作动态, 部门动态, each with its 更多), and no
    empty list of its own beside them. Judged, it would count those columns' items a second time."""
    picked = [b for b in evidence.get("blocks") or [] if b["picked"]]
    if len(picked) < 2 or evidence.get("placeholder") or evidence.get("empty_list"):
        return False
    names = {squeeze(n) for n in others} - {squeeze(name)}
    return all(_names_column(squeeze(b.get("heading") or ""), names) for b in picked)


def beside_others_boxes(evidence: dict, name: str, parent: str | None, others: set[str]) -> bool:
    """Whether a column's page shows an empty list of its own (or says it has nothing) beside boxes each headed by
    another column's name (a box of 工作动态's newest, too few pages show to be the site's): it was read from those
    boxes, and is an empty column. Not its parent's name, which a template may write over the column's own list."""
    picked = [b for b in evidence.get("blocks") or [] if b["picked"]]
    if not picked or not (evidence.get("placeholder") or evidence.get("empty_list")):
        return False
    names = {squeeze(n) for n in others} - {squeeze(name), squeeze(parent or "")}
    return all(_names_column(squeeze(b.get("heading") or ""), names) for b in picked)


def _names_column(heading: str, names: set[str]) -> bool:
    """A box's heading is a column's name, alone or before its 更多 link's text (工作动态更多>>)."""
    return any(heading == n or heading.startswith(n) and is_more_text(heading[len(n):]) for n in names if n)
