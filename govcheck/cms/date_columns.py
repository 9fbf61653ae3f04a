"""Which cells of a list's rows show another date than the publication's (成文日期, 生效日期, 有效期), by the list's
header: a table's first row, a first <li> of labels, or a header <div> or table just over the list. A 信息公开 list
shows a document's date of writing before the date it was published. And the date a list grouped by days shows
for its rows: the heading over each day's list; and whether a row showing today's date is a clock's."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain, islice
from types import SimpleNamespace

from govcheck.cms.base import flat, marker
from govcheck.cms.messages import bare_day, consultation_page, role_of
from govcheck.cms.status_letters import letters_under
from govcheck.cms.text import doc_memo

_HEADER_CHARS, _LABEL_CHARS = 80, 10  # a header row of a list: short labels (标题 | 文号 | 成文日期 | 发布日期)
_HEADER_LEVELS = 3  # the list itself, its box and the box around that: where a header apart from the rows sits over
# any other day a label names (考试日期, 笔试时间, 停电时间): a word before 日期 or 时间 that is not the publication's
# (发布, 添加, 录入 …) nor a message's (留言时间, 回复时间: a consultation list's dates)
_OWN_DAYS = (r"(?!发布|更新|发表|公开|上网|信息|发稿|公布|录入|上传|添加|加入|创建|编辑|修改|"
             r"留言|回复|提问|来信|答复|咨询|受理|办结|提交|写信)")
_NAMED_DAY = rf"(?<![\u4e00-\u9fff]){_OWN_DAYS}[\u4e00-\u9fff]{{1,3}}(?:日期|时间)(?=\s*[:：])"
# a header cell that is such a label alone, no colon (停电时间 | 接访日期 over their columns)
_NAMED_COLUMN = re.compile(rf"^{_OWN_DAYS}[\u4e00-\u9fff]{{1,3}}(?:日期|时间)$")
_NOT_LETTERS = ("发布", "受理", "提交")  # days a list of other things than letters shows beside a 状态
# an edit's day (更新日期, 修改时间) where a publication's is labelled beside it (发布日期), in one header or one row:
# the publication dates the row, an edit can make a stale list look fresh. Alone, the label is a list's date's.
_EDITED = re.compile(r"(?:更新|修改|编辑|维护)(?:日期|时间)")
_PUBLISHED = re.compile(r"(?:发布|发表|发稿|公开|公布|上网)(?:日期|时间)")
_EDITED_DAY = re.compile(rf"{_EDITED.pattern}[^\d]{{0,6}}\d[\d\-/.年月日号: ]*")


@cache
def other_dates() -> tuple[re.Pattern, re.Pattern]:
    """(a header naming another date than the publication's, such a date labelled in running text, a range too:
    报名时间：2026-12-01至2026-12-10)."""
    labels = "|".join([*map(re.escape, marker("other_date_labels")), _NAMED_DAY])
    shown = r"\d[\d\-/.年月日号 ]*"
    return re.compile(labels), re.compile(rf"(?:{labels})[^\d]{{0,6}}{shown}(?:[至到~～—－]\s*{shown})*")


def without_edits(text: str) -> str:
    """text without its edit's labelled day (更新时间：2026-12-05) when it labels its publication's too."""
    return _EDITED_DAY.sub(" ", text) if _EDITED.search(text) and _PUBLISHED.search(text) else text


def other_date_cells(row) -> list:
    """The cells of a row (an lxml element) under its list's header cells that name another date; matched by place
    when the row has as many cells as the header, else by class. And the cells that show an edit's day under its
    label when the row labels its publication's too (更新时间：… | 发布时间：…)."""
    return _header_cells(row) + _edited_cells(row)


def _edited_cells(row) -> list:
    text = row.text_content()
    if not (_EDITED.search(text) and _PUBLISHED.search(text)):
        return []
    return [el for el in row.iterdescendants() if isinstance(el.tag, str) and el.tag != "a"
            and _EDITED.match(cell := flat(el.text_content())) and not _PUBLISHED.search(cell)]


def _header_cells(row) -> list:
    place = _place(row)
    if place is None:  # a stretch of a box, copied out of it: no header
        return []
    memo = doc_memo(row.getroottree().getroot()).setdefault("date_headers", {})
    if place not in memo:
        memo[place] = _other_date_columns(_header(row, place))
    skip, classes = memo[place]
    if not skip:
        return []
    cells = _cells(row)
    spans = _spans(cells)
    if spans[-1][1] == skip[0]:
        return [c for c, (start, end) in zip(cells, spans, strict=True) if skip[1].intersection(range(start, end))]
    return [c for c in cells if (c.get("class") or "").strip() in classes]


def ahead_cells(row, latest, read) -> list:
    """The cells of a row in a place where its list's rows show a day after `latest`, the inspection's, while another
    cell of the same row shows one before it: a deadline's (招标 截止), unlabelled, in every row, past or not. Cells
    are matched by class, else by place; `read` reads a cell's (date, shown) when it shows a date alone."""
    place = _place(row)
    if place is None or latest is None:
        return []
    memo = doc_memo(row.getroottree().getroot()).setdefault("ahead_cells", {})
    if (place, latest) not in memo:
        rows = place.iter("tr") if row.tag == "tr" else (r for r in place if r.tag == row.tag)
        memo[place, latest] = set()
        # a day after `latest` shown with its year: a year as late somewhere in the list's text
        late = any(int(y) >= latest.year for y in _SHOWN_YEAR.findall(place.text_content()))
        for r in rows if late else ():
            shown = [(_cell_key(c, i), found) for i, c in enumerate(_cells(r)) if c.find(".//a") is None
                     and c.tag != "a" and (found := read(c)) is not None]
            if any(d <= latest for _, (d, _) in shown):
                memo[place, latest] |= {k for k, (d, raw) in shown if d > latest and _SHOWN_YEAR.search(raw)}
    keys = memo[place, latest]
    return [c for i, c in enumerate(_cells(row)) if _cell_key(c, i) in keys] if keys else []


_SHOWN_YEAR = re.compile(r"(?:19|20)\d{2}")  # a day shown with its year: a month-day's year is a guess
_FIGURES = re.compile(r"^[\[(]?\s*\d{8}\s*[\])]?$")  # a cell of eight figures alone: a day's run together, or an id
_EIGHT = re.compile(r"\d{8}")  # what such a cell's text holds (\d: full-width figures too), before its cells are read


def number_cells(row, day) -> list:
    """The cells of a row in a place where its list shows numbers, no dates: under a header cell naming them (序号,
    编号, 文号: `number_labels`), or where any row of the list shows eight figures that are no real day (10000231,
    20269999): a column of ids, some of which only look like days (20261119). `day` reads eight figures as a day,
    None for none."""
    place = _place(row)
    if place is None:
        return []
    memo = doc_memo(row.getroottree().getroot()).setdefault("number_cells", {})
    if place not in memo:
        header = _header(row, place)
        labels = [flat(c.text_content()).replace(" ", "").upper() for c in _cells(header)] if header is not None \
            else []
        named = [] if any(len(t) > _LABEL_CHARS for t in labels) else \
            [i for i, t in enumerate(labels) if t in marker("number_labels")]
        spans = _spans(_cells(header)) if named else [(0, 0)]
        places = frozenset(p for i in named for p in range(*spans[i]))
        rows = place.iter("tr") if row.tag == "tr" else (r for r in place if r.tag == row.tag)
        keys = {_cell_key(c, i) for r in rows for i, c in enumerate(_cells(r)) if c.find(".//a") is None
                and _FIGURES.match(text := flat(c.text_content())) and day(text) is None} \
            if _EIGHT.search(place.text_content()) else set()  # no eight figures in a row: no cell of them
        memo[place] = (spans[-1][1], places), keys
    (width, places), keys = memo[place]
    if not keys and not places or not (cells := _cells(row)):
        return []
    by_place = _spans(cells)[-1][1] == width and places
    return [c for i, (c, (start, end)) in enumerate(zip(cells, _spans(cells), strict=True))
            if _cell_key(c, i) in keys or by_place and places.intersection(range(start, end))]


def _cell_key(cell, place: int):
    return (cell.get("class") or "").strip() or place


def in_reply_list(row) -> bool:
    """Whether a row sits in a consultation list whose header names its letters' days beside their replies'
    (留言时间 | 回复时间) or their statuses (来信时间 | 状态): one that shows no reply's day is dated by none, not by
    its address's, which is its letter's (its own page may show its reply's)."""
    place = _place(row)
    if place is None:
        return False
    memo = doc_memo(row.getroottree().getroot()).setdefault("letter_headers", {})
    if place not in memo:
        header = _header(row, place)
        memo[place] = header is not None and bool(_letters_days(
            [flat(c.text_content()) for c in _cells(header)], lambda: _letters_page(row) or letters_under(header)))
    return memo[place]


def _place(row):
    """What a row's header heads: its table, or the list it is an element of (None for a stretch copied out)."""
    parent = row.getparent()
    if parent is None:
        return None
    return next(row.iterancestors("table"), None) if row.tag == "tr" else parent


def _header(row, place):
    """The row of labels over a list: the first row of its table or list when it holds no link, else the table or
    <div> just before the list (or before the box it sits in, or the box that box sits in: a header <div> of <span>s
    over a <ul>), past what shows nothing between them (a rule line's table of one empty cell, a spacer)."""
    if place is None:
        return None
    first = place.find(".//tr") if row.tag == "tr" else next((c for c in place if isinstance(c.tag, str)), None)
    if first is not None and first is not row and first.find(".//a") is None:
        return first
    node = place
    for _ in range(_HEADER_LEVELS):
        before = node.getprevious()
        while before is not None and (not isinstance(before.tag, str) or not before.text_content().strip()):
            before = before.getprevious()
        if before is not None:
            if before.find(".//a") is not None or len(before.text_content()) > _HEADER_CHARS:
                return None
            return before.find(".//tr") if before.tag == "table" else before
        node = node.getparent()
        if node is None:
            return None
    return None


def _cells(el) -> list:
    """An element's cells: its element children, or those of its only child (a header <div> holding one <ul>)."""
    cells = [c for c in el if isinstance(c.tag, str) and c.tag not in ("script", "style")]
    for _ in range(3):
        if len(cells) != 1:
            break
        cells = [c for c in cells[0] if isinstance(c.tag, str) and c.tag not in ("script", "style")]
    return cells


def _spans(cells) -> list[tuple[int, int]]:
    """The columns each cell covers, (first, after its last): a header's 标题 may span two, a bullet's and the
    title's (<th colspan="2">)."""
    out, at = [], 0
    for c in cells:
        width = c.get("colspan") or "1"
        width = int(width) if width.isdigit() and 0 < int(width) < 10 else 1
        out.append((at, at + width))
        at += width
    return out or [(0, 0)]


def _other_date_columns(header) -> tuple[tuple, frozenset]:
    """((how many cells, the places of those naming another date), their classes), from a header row; empty when
    it names none."""
    if header is None:
        return (), frozenset()
    cells = _cells(header)
    labels = [flat(c.text_content()) for c in cells]
    if len(cells) < 2 or any(len(t) > _LABEL_CHARS for t in labels):
        return (), frozenset()
    other = other_dates()[0]
    named = [i for i, t in enumerate(labels) if other.search(t) or _NAMED_COLUMN.match(t.replace(" ", ""))]
    if any(_PUBLISHED.search(t) for t in labels):  # 更新日期 beside 发布日期: the edit's column is another date
        named += [i for i, t in enumerate(labels) if _EDITED.search(t) and not _PUBLISHED.search(t) and i not in named]
    named += sorted(_letters_days(labels, lambda: _letters_page(header) or letters_under(header)).difference(named))
    if not named:
        return (), frozenset()
    spans = _spans(cells)
    places = frozenset(p for i in named for p in range(*spans[i]))
    classes = frozenset(c for i in named if (c := (cells[i].get("class") or "").strip()))
    return (spans[-1][1], places), classes


def _letters_page(el) -> bool:
    """Whether an element's page is a consultation column's (messages.consultation_page)."""
    return consultation_page(SimpleNamespace(root=el.getroottree().getroot()))


def _letters_days(labels: list[str], letters=lambda: False) -> set[int]:
    """The places of a consultation list's letters' days (留言时间, 来信日期) when its header names its replies' too
    (回复时间), or their statuses (状态: answered or not, the reply's day on the letter's page): the list is as new
    as its newest reply, which the indicators time (replies within 3 months), not the letters the public sends;
    whichever cell comes first. On a consultation page (`letters()`, asked only of a header naming a status) a bare
    时间 or 日期 beside a 状态 is a letter's."""
    roles = [role_of(t) for t in labels]  # as a consultation list's own reader names its header's cells
    if "status" in roles and letters():  # bare_day names a day only beside a status
        roles = [r or bare_day(dict(enumerate(roles)), labels).get(j) for j, r in enumerate(roles)]
    if "replied" in roles:
        return {i for i, r in enumerate(roles) if r == "asked"}
    if "status" not in roles:
        return set()
    # statuses alone: a letter's own day only, not the 发布时间 of 意见征集 under 进行中, nor an 办件公示's 受理时间
    return {i for i, r in enumerate(roles) if r == "asked" and not any(w in labels[i] for w in _NOT_LETTERS)}


_DAY_HEADS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "dt"})


def day_heading(li, read_date):
    """The date of the heading over a row's list, where a list is grouped under its days' headings
    (<h4>2026年11月25日</h4><ul>…<h4>2026年11月20日</h4><ul>…): two such headings at least, so no clock's. `read_date`
    reads an element that shows a date alone."""
    box = li.getparent()
    day = None if box is None else box.getprevious()
    if day is None or day.tag not in _DAY_HEADS or (found := read_date(day)) is None:
        return None
    others = chain(box.itersiblings(day.tag), day.itersiblings(day.tag, preceding=True))
    return found if any(read_date(h) for h in others) else None


_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")


def clock_row(el) -> bool:
    """Whether a row showing today's date is a clock's or a weather box's: one of the clock words beside it (℃, 农历,
    a weekday), unless that is a weekday and the rows beside it show theirs too (a list that shows each row's)."""
    text = el.text_content()
    words = [w for w in marker("clock_words") if w in text]
    if not words:
        return False
    if any(not _WEEKDAY.match(w) and w != "星期" for w in words):
        return True
    peers = [p for p in islice(chain(el.itersiblings(preceding=True), el.itersiblings()), 4) if p.tag == el.tag]
    return not any(_WEEKDAY.search(p.text_content()) for p in peers)
