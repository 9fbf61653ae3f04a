"""What an article page says about itself: publication date, column, site code, title."""

from __future__ import annotations

import re
from datetime import date
from functools import cache, partial

from govcheck.cms.base import BREAK, ArticleMeta, compiled, doc_text, flat, marker, meta_content, text_lines
from govcheck.cms.date_columns import other_dates
from govcheck.cms.names import breadcrumb_name, title_name
from govcheck.cms.text import doc_memo, element_pieces
from govcheck.judge.dates import SHOWN_YEAR, date_from_url, find_dates, match_date, parse_date

_LABEL_WINDOW = 32  # characters after a 发布时间 label that may hold its date
_DATE_CHARS = 12  # the most characters a date runs to past the window it begins in (2026年11月18日)
_LIST_LABELS = 3  # this many labelled dates make a list, not an article
_INFO_LINE_CHARS = 32  # a date line without 作者, 来源 …: a date, a time, a source's name
_HEADER_REACH = 80  # characters before an unlabelled date where a table's header row would name it
# a label with no date of its own (发布日期 | 有效性, 开始时间：), not 调整时间的通知 nor 更新时间：2026-11-20
_HEADER_LABEL = re.compile(r"(?:时\s*间|日\s*期)(?!\s*[:：]?\s*\d)(?:[\s:：]|$)")
_SENTENCE_CHARS, _BODY_CHARS = 8, 30  # a line this long ending a sentence, or this long with a comma: the text
# A 更新时间 in the site's footer, or in a bar over its pages, is the site's, not the page's: looked for when the
# first labelled date is one. The site's boxes: not "bottom" (an article's closing box may be one), nor "header".
_NAME = "translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_BOX_WORDS = ("foot", "copyright", "banquan", "bqxx", "topbar", "top-bar", "top_bar", "toolbar", "head_top",
              "head-top", "header_top", "header-top")
_SITE_BOXES = ("//footer | //*[@class or @id][" + " or ".join(f"contains({_NAME}, '{w}')" for w in _BOX_WORDS)
               # a bar named "top" alone, not a word holding it (topic, desktop)
               + " or contains(concat(' ', normalize-space(@class), ' '), ' top ') or @id = 'top']")


def _set(found: date | None) -> date | None:
    """`found`, unless it is a CMS's empty time (1970-01-01 08:00:00: an item whose time was never set): no date."""
    return None if found is not None and found.isoformat() in marker("empty_times") else found


def _shown(text: str) -> tuple[date, str] | None:
    """match_date(text), unless its date is a CMS's empty time."""
    found = match_date(text)
    return found if found is None or _set(found[0]) is not None else None


def valid_site_code(code: str | None) -> str | None:
    """A 网站标识码 as the rules define it (10 digits, or bm + 8 digits), lower-cased; else None."""
    code = (code or "").strip().lower()
    return code if compiled(marker("identity")["site_code_valid"]).match(code) else None


@cache
def _label_pattern() -> re.Pattern:
    """The labels of a publication date: named groups `strong` (发布时间, …) and `weak` (时间, 日期, 更新时间)."""
    def alternatives(key: str) -> str:  # a label padded to its cell's width is one too (日　　期)
        return "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(marker(key), key=len, reverse=True))

    # a weak label ends no longer word: 生成日期, 开始时间, 网站最后更新时间 are other dates
    # 原文发布日期: a reprint's source's; 发布日期检索 (从 [ ] 至 [ ]): a search box's
    return re.compile(rf"(?:(?<!原文)(?P<strong>{alternatives('pub_date_labels')})(?!\s*(?:检索|查询|搜索))"
                      rf"|(?<![\u4e00-\u9fff])(?P<weak>{alternatives('pub_date_weak_labels')}))\s*[:：]?\s*")


@cache
def _label_lead() -> re.Pattern:
    """The first characters of the labels."""
    return re.compile("[" + "".join(sorted({re.escape(w[0]) for key in ("pub_date_labels", "pub_date_weak_labels")
                                            for w in marker(key)})) + "]")


def _labels(text: str):
    """_label_pattern().finditer(text), tried only where a label's first character stands: its leading lookbehinds
    keep sre from skipping ahead on its own, and it tried every position of a page's text (7x the time)."""
    pattern, lead, at = _label_pattern(), _label_lead(), 0
    while (first := lead.search(text, at)) is not None:
        m = pattern.match(text, first.start())
        if m is None:
            at = first.start() + 1
        else:
            yield m
            at = m.end()


def labelled_date(text: str):
    """The date after the first 发布时间/发布日期/… label in text, else after the first 时间/日期/更新时间 that ends no
    longer word; None when many labels carry dates, as on a list page whose every row says 发布时间."""
    found = _labelled(text)
    return found[0] if found else None


def _window_date(text: str, at: int) -> date | None:
    """The date that begins within _LABEL_WINDOW characters of `at`, read whole: never one the window cuts short
    (2026-11-1… is no 2026-11-01)."""
    found = match_date(text[at:at + _LABEL_WINDOW + _DATE_CHARS])
    return found[0] if found is not None and text.find(found[1], at) - at < _LABEL_WINDOW else None


def _labelled(text: str, body=None):
    """(date, where its label is in text, whether the label is a strong one) of labelled_date; a weak label only
    before where the article's text begins, `body()` (asked only at a weak label or a second strong one: most pages
    have one strong label), and a strong one after it only alone there: two are a 相关阅读 box's, each with its
    发布时间."""
    strong, weak, blank = [], [], []
    for m in _labels(text):
        if not m.group("strong") and body is not None and (at := body()) is not None and m.start() > at:
            continue  # 时间：… in the text: a meeting's, an event's
        d = _set(_window_date(text, m.end()))  # an empty time: the label shows no date
        if d is None and m.group("strong"):
            blank.append(m.start())
        if d is not None:
            (strong if m.group("strong") else weak).append((d, m.start()))
            if len(strong) + len(weak) >= _LIST_LABELS:
                return None
    if strong and body is not None and (weak or len(strong) > 1) and (at := body()) is not None:
        before = [s for s in strong if s[1] <= at]
        # after the text: two are a 相关阅读 box's; one beside the page's own weak label before it, a 相关解读's
        strong = before if len(strong) - len(before) > 1 or weak and not before else strong
    if strong and blank and body is not None and (at := body()) is not None and blank[0] <= at < strong[0][1]:
        strong = []  # the page's own label shows no date (a script writes it): a related item's after the text is not
    found = [(*s, True) for s in strong] or [(*w, False) for w in weak]
    return found[0] if found else None


def has_pub_meta(sel, url: str | None = None) -> bool:
    """Whether the page carries a dated publication meta (PubDate, …), even the day it was generated: an article's
    template writes one, a column page's does not."""
    return any(parse_date(meta_content(sel, name) or "") for name in marker("pub_date_metas"))


def meta_pub_date(sel):
    """The date of the page's first publication-date meta (PubDate, …), unless it is the day the page was generated
    (页面生成时间): some CMSs write that into PubDate on every page they generate again."""
    for name in marker("pub_date_metas"):
        found = _set(parse_date(meta_content(sel, name) or ""))
        if found is not None:
            generated = sel.root.xpath("//meta[contains(@content, '生成时间')]/@content")
            return None if any(parse_date(c) == found for c in generated) else found
    return None


def _body_start(sel, text: str) -> int | None:
    """Where the article's own text begins in `text` (the page's): its first sentence, a line that ends one (。), or
    one of _BODY_CHARS or more that runs on past a comma. (A site's own sentence over the article, 欢迎访问…。, only
    leaves its date line's weak label unread: no date, never another.) Not before the article's heading, nor the
    heading itself: the <title> (武钢云谷·606开园，首批企业签约入驻，…) and the site's header (扫描二维码,体验…
    最新信息。) are not its text."""
    heading, head = _heading_at(sel, text), _heading(sel)
    for line in text_lines(sel):
        if _begins_text(line) and not (head and line.startswith(head)) and (at := text.find(line, heading)) >= 0:
            return at
    return None


def _begins_text(line: str) -> bool:
    return len(line) >= _SENTENCE_CHARS and "。" in line or len(line) >= _BODY_CHARS and "," in line


def info_line_date(sel, text: str):
    """The date of the article's info line, before its text and under its heading, unlabelled: one that opens a line
    going on with what an info line shows (2026-11-27 10:20 作者：… 点击数：128; 来源, 浏览) or a short one
    (2026-11-20 县水利局), not a clock's (星期二); or a full date inside a line of those words (来源：县政府办
    2026-11-25 【打印】). Never when two lines carry such dates (a list's rows) unless both show one day, nor a
    date line under an info line that shows none (the document's own, 2026年11月10日), nor a subtitle in brackets
    (（2026年11月10日常务会议审议通过）), nor a date over the heading (today's, in the site's header)."""
    words, clock = marker("info_line_words"), (*marker("clock_words"), *marker("not_item_dates"))
    heading, head, undated_info = _heading_at(sel, text), _heading(sel), False
    lines = []  # (date and how it shows, line, where) of the info lines before the text
    for line in text_lines(sel):
        where = text.find(line)
        if where < heading:
            continue  # the <title>, the site's header: over the heading, never the article's text
        if _begins_text(line) and where >= 0 and not (head and line.startswith(head)):
            break  # (the heading itself is no text: 武钢云谷·606开园，首批企业签约入驻，…)
        found = _shown(line[:_LABEL_WINDOW]) if line[:1].isdigit() or line[:1] in "[(【（" else None
        if found is not None and line.find(found[1]) <= 1 and SHOWN_YEAR.search(found[1]):
            if undated_info or line[:1] in "(（" and len(line) - len(found[1]) > 2:
                continue  # the document's own date under the info line, or a subtitle in brackets
            lines.append((found, line, where))
        elif any(w in line for w in words):
            inside = _shown(line)  # 发布时间：1970-01-01 08:00:00 来源：…, an empty time: an info line showing none
            if inside is not None and SHOWN_YEAR.search(inside[1]) and not any(w in line for w in clock):
                lines.append((inside, line, where))
            else:
                undated_info = True
        # a list's rows; but one day twice is the article's: a hidden copy of its date for the page's scripts
        # (防城港's <div id="NewsArticlePubDay" style="display:none">) over its info line
        if len(lines) > 2 or len(lines) == 2 and lines[0][0][0] != lines[1][0][0]:
            return None
    ok = partial(_info_line_is_dated, text, head, words, clock)
    return lines[0][0][0] if lines and all(ok(*found) for found in lines) else None


def _info_line_is_dated(text: str, head: str, words, clock, found, line: str, where: int) -> bool:
    """Whether `line` (at `where` in text), opening with or holding `found` (date, how it shows), is an info line
    dating the article (info_line_date)."""
    shown = found[1]
    rest = line[line.find(shown) + len(shown):]
    if not (any(w in line for w in words) or len(line) <= _INFO_LINE_CHARS and not any(w in line for w in clock)):
        return False
    if rest.lstrip().startswith(tuple("至到~～-—－")) or other_dates()[0].search(line):
        return False  # a range (a 公示's days), or another date (成文日期)
    labels = text[max(0, where - _HEADER_REACH):where]  # a table's value row under its labels: unknown
    # not the article's heading just over it: 关于印发《…实施方案》的通知 names no cell
    if head and (at := text.rfind(head, 0, where)) >= 0 and at + len(head) > where - _HEADER_REACH:
        labels = text[at + len(head):where]
    return not (_HEADER_LABEL.search(labels) or other_dates()[0].search(labels))


def _heading(sel) -> str:
    """The article's heading as the page's flattened text shows it: its <title> before the site's name, else (a
    <title> naming the column, 工作动态_重庆市…) its ArticleTitle meta."""
    title = flat(re.split(r"\s*[-_|｜—]+\s*", (sel.root.findtext(".//title") or "").strip())[0])
    if len(title) < _SENTENCE_CHARS:
        title = flat(meta_content(sel, "ArticleTitle") or "")
    return title if len(title) >= _SENTENCE_CHARS else ""


def _heading_at(sel, text: str) -> int:
    """Where the article's heading is in the page's text (its <title> before the site's name), or 0: the site's
    header is above it."""
    title = _heading(sel)  # flattened as the text is: a full-width comma in it (，) is an ASCII one there
    return max(0, text.find(title, 1)) if title else 0  # not the <title>'s own, at 0


def shows_a_date(sel, url: str | None = None) -> bool:
    """Whether the page shows a full date anywhere, in its text or a publication meta (PubDate, even the day it was
    generated), or a value govcheck cannot read after a 发布时间-like label (figures it does not know): an article
    that does has a date govcheck could not read, not none."""
    text = doc_text(sel)
    return bool(find_dates(text)) or has_pub_meta(sel) or _unread_label(text)


_FIGURES = re.compile(r"[\d〇零一二三四五六七八九十]")


def _unread_label(text: str) -> bool:
    """A strong publication label (发布时间, 发布日期) followed by figures that read as no date."""
    words = marker("info_line_words")
    for m in _labels(text):
        value = text[m.end():m.end() + _LABEL_WINDOW].strip()
        if m.group("strong") and _FIGURES.match(value) and not any(value.startswith(w) for w in words) \
                and parse_date(value) is None:
            return True
    return False


def _page_labelled(sel):
    """(date, where, strong) of the page's first 发布时间/更新时间/… label, not one in the site's footer or top bar."""
    text = doc_text(sel)
    found = _labelled(text, cache(partial(_body_start, sel, text)))
    if found is None or not text.startswith("更新", found[1]):
        return found  # not the site's wording (saves the search below)
    for el in sel.root.xpath(_SITE_BOXES):
        box = flat(" ".join(p for p in element_pieces(el) if p != BREAK))
        if labelled_date(box) is not None and box in text:
            rest = text.replace(box, " ")
            return _labelled(rest, cache(partial(_body_start, sel, rest)))
    return found


def shown_pub_date(sel):
    """The date an article shows for itself: after a 发布时间-like label, else opening its info line, else after a
    weak label (时间, 日期) before its text, else in its PubDate meta (not the day the page was generated). Read
    once a page: the crawl asks for it twice (parse_article for the page's column, shown_date for its evidence)."""
    memo = doc_memo(sel)
    if "shown_pub_date" not in memo:
        memo["shown_pub_date"] = _shown_pub_date(sel)
    return memo["shown_pub_date"]


def _script_labelled(sel):
    """The date a script writes after a 发布时间-like label (发布时间：<script>…document.write(s.substring(0,10))
    </script>, as TRS templates do): no text holds it."""
    for el in sel.root.iter("script"):
        code = el.text or ""
        if "write" not in code or not (found := _shown(code)) or not SHOWN_YEAR.search(found[1]):
            continue
        before = ((el.getprevious().tail if el.getprevious() is not None else el.getparent().text) or "")[-12:]
        if (m := _label_pattern().search(before)) and m.group("strong") and m.end() == len(before):
            return found[0]
    return None


_HEAD_ROW = re.compile(r"(?:发布日期|发布时间)\s*[\u4e00-\u9fff]")  # a label cell followed by another one: a head row


def _table_labelled(sel):
    """The date under a 发布日期 cell of a table's row of labels, in the row below (an xxgk head: 发文机关 | 成文日期 |
    发布日期 | 文号 over their values), where the text would read the 成文日期's value after the label."""
    if not _HEAD_ROW.search(doc_text(sel)):
        return None
    for tr in sel.root.iter("tr"):
        if len(tr.text_content()) > _HEADER_REACH:
            continue
        cells = [flat(c.text_content()) for c in tr if c.tag in ("th", "td")]
        col = next((i for i, t in enumerate(cells) if (m := _label_pattern().fullmatch(t)) and m.group("strong")),
                   None)
        below = tr.getnext()
        if col is None or len(cells) < 2 or find_dates(" ".join(cells)) or below is None or below.tag != "tr":
            continue
        values = [c for c in below if c.tag in ("th", "td")]
        if len(values) == len(cells) and (found := _set(parse_date(flat(values[col].text_content())))) is not None:
            return found
    return None


def _shown_pub_date(sel):
    found = text_pub_date(sel)  # before the metas: a CMS that moved or regenerated its pages wrote its day there
    return found if found is not None else meta_pub_date(sel)


def text_pub_date(sel):
    """The date an article's text shows for it (shown_pub_date but its PubDate meta): the day a visitor reads."""
    if (written := _script_labelled(sel) or _table_labelled(sel)) is not None:
        return written
    found = _page_labelled(sel)
    if found is not None and found[2]:
        return found[0]
    line = info_line_date(sel, doc_text(sel))
    if line is not None:
        return line
    return found[0] if found is not None else None


def parse_article(sel, url: str) -> ArticleMeta:
    """The date the article shows (shown_pub_date), else its URL's. The "page generated" time some templates put in a
    <meta> is not the content date and is never read."""
    pub = shown_pub_date(sel)
    if pub is None:
        pub = date_from_url(url)
    title = meta_content(sel, "ArticleTitle") or title_name(sel)
    column = meta_content(sel, "ColumnName") or breadcrumb_name(sel)
    return ArticleMeta(pub_date=pub, column_name=column, site_code=valid_site_code(meta_content(sel, "SiteIDCode")),
                       title=title)
