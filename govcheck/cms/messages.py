"""A consultation column's message list as a person reads it: each message's title, question date, reply date
and status (未回复, 处理中, 已办结, …), from a table under a header row (标题 | 留言时间 | 状态 | 回复时间), or a <ul>
per message under a <ul> of such labels, or from entries that label their parts (留言时间：…  状态：…). Pure: a
page's Selector in, the messages out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from lxml import etree

from govcheck.cms.text import doc_memo, doc_strings
from govcheck.judge.channels import interaction_rules, is_consultation
from govcheck.judge.dates import parse_date
from govcheck.judge.urls import join_url

ROLES = ("title", "asked", "replied", "status")


@dataclass(frozen=True)
class Message:
    title: str
    url: str | None
    asked: date | None  # the question's date
    replied: date | None = None
    status: str = ""  # as the list shows it


@dataclass
class MessageList:
    messages: list[Message] = field(default_factory=list)
    # the list has a column of reply dates: an empty one then says unanswered (an empty status alone says nothing:
    # a picture without words, a cell left blank)
    shows_reply: bool = False
    by_status: bool = False  # its letters known by their statuses alone, on a page named otherwise (status_letters)


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _status(cell) -> str:
    """A status cell's words, or those of the picture that shows it (alt, title: 已回复 as an icon)."""
    return _text(cell) or next((t.strip() for t in cell.xpath(".//img/@alt | .//@title") if t.strip()), "")


def role_of(label: str) -> str | None:
    """Which part of a message a header or label names; the longest synonym wins (回复时间 over 时间)."""
    label = re.sub(r"[\s:：]", "", label)
    best = None
    for role, words in interaction_rules()["headers"].items():
        for w in words:
            if w in label and (best is None or len(w) > best[1]):
                best = (role, len(w))
    return best[0] if best else None


@cache
def _label_pattern() -> re.Pattern:
    words = sorted((w for ws in interaction_rules()["headers"].values() for w in ws), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + r")\s*[:：]")


def _link(el, base: str) -> tuple[str, str | None]:
    links = el.xpath(".//a[@href]")
    if not links:
        return _text(el), None
    a = links[0]
    return (a.get("title") or _text(a)).strip(), join_url(base, a.get("href"))


_BARE_DAYS = ("时间", "日期")  # a header's day that names nobody's: a letter's only on a consultation page


def _header_roles(cells, letters: bool = False) -> dict[int, str]:
    """The roles a header row's cells name, by place (a cell of 8 characters at most: a label), each named once;
    on a consultation page (`letters`) a bare 时间 or 日期 beside a 状态 is the letter's day (ewcms's 类型 | 标题 |
    受理单位 | 状态 | 日期), never elsewhere (an 办件公示's 状态 | 时间)."""
    roles: dict[int, str] = {}
    for j, cell in enumerate(cells):
        text = _text(cell)
        role = role_of(text) if len(text) <= 8 else None
        if role and role not in roles.values():
            roles[j] = role
    return {**roles, **bare_day(roles, [_text(c) for c in cells])} if letters else roles


def bare_day(roles: dict[int, str], labels: list[str]) -> dict[int, str]:
    """{place: "asked"} of the first bare 时间 or 日期 of a header that names a status and no letter's day."""
    if "status" not in roles.values() or "asked" in roles.values():
        return {}
    return next(({j: "asked"} for j, t in enumerate(labels) if re.sub(r"\s", "", t) in _BARE_DAYS), {})


def _under_header(roles: dict[int, str], rows, base: str) -> MessageList | None:
    """The messages of `rows`, each a list of its cells, under a header whose cells name `roles`: one that names
    no question's day, or less than two parts, heads no message list."""
    if "asked" not in roles.values() or len(roles) < 2:
        return None
    out = MessageList(shows_reply="replied" in roles.values())
    for tr, cells in rows:
        if len(cells) < len(roles) or not tr.xpath(".//a[@href]"):
            continue
        got = {role: cells[j] for j, role in roles.items() if j < len(cells)}
        title, url = _link(got["title"] if "title" in got else tr, base)
        out.messages.append(Message(
            title, url, parse_date(_text(got["asked"])),
            parse_date(_text(got["replied"])) if "replied" in got else None,
            _status(got["status"]) if "status" in got else ""))
    return out if out.messages else None


def read_under(cells, rows, base: str, letters: bool) -> MessageList | None:
    """The messages under a header row's `cells`; elsewhere than a consultation page, a bare 时间 or 日期 beside a 状态
    is the letters' day too when the statuses speak of their replies (MinMore's 已回复 | 未回复: status_letters)."""
    from govcheck.cms.status_letters import statuses_of_letters  # it reads this module's lists

    roles = _header_roles(cells, letters)
    if letters or not (bare := bare_day(roles, [_text(c) for c in cells])):
        return _under_header(roles, rows, base)  # the rows read only under a header of a list of messages
    found = _under_header({**roles, **bare}, rows, base)
    return MessageList(found.messages, by_status=True) if found and statuses_of_letters(found) else None


def _from_tables(root, base: str, letters: bool = False) -> MessageList | None:
    for table in root.xpath("//table"):
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr")
        for i, row in enumerate(rows):
            found = read_under(row.xpath("./th | ./td"), ((tr, tr.xpath("./td")) for tr in rows[i + 1:]), base,
                                letters)
            if found is not None:
                return found
    return None


def _from_lists(root, base: str, letters: bool = False) -> MessageList | None:
    """A list of a <ul> per message, its <li>s the cells, under a <ul> of labels (Lonsun's guestbook: 留言时间 |
    办理状态 | 信件类型 | 信件编号 | 信件标题 | 受理单位); or, in a homepage's or a hub's letters box, an <li> per
    message, its <p>s the cells, under an <li> of <p>s of labels."""
    for head in root.xpath("//ul[not(.//a)][count(li) > 1] | //ol[not(.//a)][count(li) > 1]"
                           " | //li[not(.//a)][count(p) > 1]"):
        cell = "./p" if head.tag == "li" else "./li"
        rows = ((row, row.xpath(cell)) for row in head.itersiblings(head.tag))
        if (found := read_under(head.xpath(cell), rows, base, letters)) is not None:
            return found
    return None


def _labelled_parts(text: str) -> dict[str, str]:
    """What an entry's labels name, by role (来信时间：2026-08-23 回复时间：2026-09-27 状态：已回复), each value up to
    the next label (empty when the next follows at once)."""
    marks = list(_label_pattern().finditer(text))
    parts: dict[str, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        role = role_of(m.group(1))
        if role and role not in parts:
            parts[role] = text[m.end():end].strip()
    return parts


def entry_reply(text: str) -> tuple[date | None, str] | None:
    """A letter's entry of a list that labels its question's day and its reply's (来信时间：… 回复时间：…): (the
    reply's date, as shown), None and "" while its reply's is empty. None for any other row: the entry dates by its
    reply as a list's 回复时间 column does, never by the day its letter came."""
    if not any(w in text for w in interaction_rules()["headers"]["replied"]):
        return None
    parts = _labelled_parts(re.sub(r"\s+", " ", text))
    if "asked" not in parts or "replied" not in parts:
        return None
    when = parse_date(parts["replied"]) if parts["replied"] else None
    return when, parts["replied"] if when else ""


def _from_labels(root, base: str) -> MessageList | None:
    out = MessageList()
    for el in root.xpath("//li[.//a[@href]] | //dl[.//a[@href]] | //div[contains(@class,'item')][.//a[@href]]"):
        parts = _labelled_parts(_text(el))
        if "asked" not in parts:
            continue
        title, url = _link(el, base)
        out.shows_reply = out.shows_reply or "replied" in parts
        out.messages.append(Message(parts.get("title") or title, url, parse_date(parts["asked"]),
                                    parse_date(parts["replied"]) if parts.get("replied") else None,
                                    parts.get("status", "").split(" ")[0]))
    return out if out.messages else None


_CELL_CHARS = 40  # a label's cell, or the one after it: longer is a paragraph, not a value
_LINE_CHARS = 120  # a line of labels and their values (答复单位：…　答复时间：…): longer is a paragraph


def _labels_in(text: str) -> list[tuple[str, str]]:
    """(label, value) of an element's text: one label opening a short cell (its colon optional, <th>回复时间</th>),
    else each label after a space or another label's value in a line of them (答复单位：凤城街道办事处　答复时间：
    2025-12-04 16:57), its value up to the next; never a label inside a word (预答复时间, the platform's automatic
    answer of the day the letter came)."""
    if len(text) <= _CELL_CHARS and (m := _label_pattern_loose().match(text)):
        return [(m.group(1), text[m.end():].strip())]
    if len(text) > _LINE_CHARS:
        return []
    marks = list(_line_label().finditer(text))
    return [(m.group(1), text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip())
            for k, m in enumerate(marks)]


def _value_after(el) -> str:
    """The value of a label its element holds alone: the text after it (ewcms's <strong>回复时间：</strong>2019-01-09),
    else the next cell's (<th>回复时间</th><td>…</td>), or, the label alone in its cell (<td><strong>回复时间：
    </strong></td>), the cell after that one; never a paragraph (the reply below its date)."""
    tail = re.sub(r"\s+", " ", el.tail or "").strip()
    if re.search(r"\w", tail):  # words or figures, not a separator (|)
        return tail if len(tail) <= _CELL_CHARS else ""
    after, parent = el.getnext(), el.getparent()
    if after is None and parent is not None and parent.tag in ("td", "th") and _text(parent) == _text(el):
        after = parent.getnext()
    return _text(after) if after is not None and len(_text(after)) <= _CELL_CHARS else ""


def read_reply(sel) -> tuple[bool, date | None, str] | None:
    """A letter's own page's reply as it shows it, (a reply date shown, that date, the status), each from the first
    element that starts with its label (回复时间：2026-09-20, <th>回复时间</th><td>…</td>, the value in the next cell)
    or names it in a line of labels (答复单位：…　答复时间：…); None when the page shows neither (a letter form, an
    article)."""
    found: dict[str, str] = {}
    for el in _reply_labels()(sel.root):  # the elements whose own text names a reply's date or status
        if el.tag in ("script", "style", "a"):
            continue
        for label, value in _labels_in(_text(el)):
            role = role_of(label)
            if role not in ("replied", "status") or role in found:
                continue
            found[role] = value or _value_after(el)
    status = found.get("status", "").split(" ")[0]
    replied = parse_date(found["replied"]) if found.get("replied") else None
    if replied is None and _answered_undated(sel, status, bool(found)):
        return False, None, status
    if "replied" not in found and _shows_a_letter(sel, status):  # the letter, and no reply yet: it waits
        return True, None, status
    if not found:
        return None
    return "replied" in found, replied, status


def _answered_undated(sel, status: str, labelled: bool) -> bool:
    """A letter's page showing its reply's text (or 答复单位 with its unit) and no reply's day, its status not saying
    it waits: answered on a day the page does not show, no waiting letter. The letter shown by a reply's or status's
    label (`labelled`) or its own day."""
    from govcheck.judge.interaction import status_kind  # it judges this module's messages

    return status_kind(status) != "unanswered" and bool(_reply_box(sel)) and (labelled or _letter_day(sel))


def _shows_a_letter(sel, status: str) -> bool:
    """A letter's page that shows no reply: its status says it waits (办理中, 待回复), or it shows the letter's day
    (留言时间, 来信时间; not an article's 发布时间) and, unless it shows none, a status that says nothing of a reply,
    or an empty reply box (答复内容, its text not come). A status that says it is answered (已办结) with no reply's
    day is no waiting letter."""
    from govcheck.judge.interaction import status_kind  # it judges this module's messages

    kind = status_kind(status) if status else None
    if kind in ("answered", "invalid"):
        return False
    if kind == "unanswered":
        return True
    if (box := _reply_box(sel)) is not None:  # a reply's text shown: answered; its box empty: it waits
        return not box
    return _letter_day(sel)


def _letter_day(sel) -> bool:
    """Whether the page shows a letter's day (留言时间, 来信时间; not an article's 发布时间)."""
    for el in _letter_labels()(sel.root):
        if el.tag in ("script", "style", "a"):
            continue
        for label, value in _labels_in(_text(el)):
            if role_of(label) == "asked" and label not in _NOT_LETTERS and parse_date(value or _value_after(el)):
                return True
    return False


def _reply_box(sel) -> bool | None:
    """Whether the page's reply box holds a reply (its text after its label, in the label's element, after it or in
    the next element): None when the page shows no box, False when each is empty or says the reply has not come
    (暂未回复)."""
    shown = None
    for el in _box_labels()(sel.root):
        if el.tag in ("script", "style", "a") or (box := _REPLY_BOX.match(_text(el))) is None:
            continue
        after, tail = el.getnext(), re.sub(r"\s+", " ", el.tail or "").strip()
        text = box.group(2) or tail or (_text(after) if after is not None else "")
        if text and not _NO_REPLY.fullmatch(text):
            return True
        shown = False
    return shown


_NOT_LETTERS = ("发布时间",)  # an article's day, no letter's
# a reply's text, empty while the letter waits (处理情况: MinMore's); 答复单位, the unit that answered, shown once it
# has (Lonsun's; never 回复单位 nor 办理单位, which ewcms and MinMore show with the letter's office while it waits)
_REPLY_BOXES = ("答复内容", "回复内容", "答复意见", "回复意见", "处理情况", "答复单位")
_REPLY_BOX = re.compile(r"(" + "|".join(_REPLY_BOXES) + r")\s*[:：]?\s*(.*)", re.S)
_NO_REPLY = re.compile(r"(暂未|暂无|尚未|未|待)\w{0,4}|无|[-—/]+")  # 暂未回复, 暂无, 待答复: no reply yet


@cache
def _letter_labels() -> etree.XPath:
    """The parents of text nodes holding a letter's day's label."""
    words = [w for w in interaction_rules()["headers"]["asked"] if w not in _NOT_LETTERS]
    return etree.XPath("//text()[" + " or ".join(f"contains(., '{w}')" for w in words) + "]/..")


@cache
def _box_labels() -> etree.XPath:
    """The parents of text nodes starting with a reply box's label."""
    return etree.XPath("//text()[" + " or ".join(f"starts-with(normalize-space(.), '{w}')" for w in _REPLY_BOXES)
                       + "]/..")


@cache
def _line_label() -> re.Pattern:
    """A label in a line of them: after no character of a word (预答复时间 is none), its colon written."""
    words = sorted((w for ws in interaction_rules()["headers"].values() for w in ws), key=len, reverse=True)
    return re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(map(re.escape, words)) + r")\s*[:：]")


@cache
def _reply_labels() -> etree.XPath:
    """The parents of text nodes holding a reply's label: a walk of the tree in lxml, not of every element."""
    rules = interaction_rules()["headers"]
    words = " or ".join(f"contains(., '{w}')" for w in (*rules["replied"], *rules["status"]))
    return etree.XPath(f"//text()[{words}]/..")


@cache
def _label_pattern_loose() -> re.Pattern:
    """A label opening a cell, its colon optional: a table's <th>回复时间</th> has none."""
    words = sorted((w for ws in interaction_rules()["headers"].values() for w in ws), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + r")\s*[:：]?")


def page_names(sel, column: str | None = None) -> list[str]:
    """What the page calls itself: its column name (`column`, else the one it gives), its title's first part, its
    main heading."""
    from govcheck.cms.names import column_name, title_name  # names reads no messages: no cycle at run time

    names = [column or column_name(sel) or "", title_name(sel) or ""]
    names += [t.strip() for t in doc_strings(sel, "//h2//text() | //div[@class='position']//span/text()")[:3]]
    return [n for n in names if n]


def consultation_page(sel) -> bool:
    """Whether the page names itself a consultation column (政务咨询, 信箱, 留言): its lists are letters."""
    memo = doc_memo(sel)
    if "consultation_page" not in memo:
        memo["consultation_page"] = any(is_consultation(n) for n in page_names(sel))
    return memo["consultation_page"]


def read_messages(sel, url: str, letters: bool = False) -> MessageList | None:
    """The page's message list, or None when it shows none (a letter form, an article, a plain list); `letters`:
    the page is a consultation column's, a bare 时间 or 日期 beside a 状态 its letters' day. Read once a page: a
    homepage's dates and its letters' pages to ask both want it."""
    memo = doc_memo(sel).setdefault("messages", {})
    if (url, letters) not in memo:
        memo[url, letters] = _from_tables(sel.root, url, letters) or _from_lists(sel.root, url, letters) \
            or _from_labels(sel.root, url)
    return memo[url, letters]


def letter_replies(sel, url: str) -> dict[str, date | None]:
    """The letters a page lists as a consultation list does (a homepage's 领导信箱 box: each letter's question date
    beside its status or its reply date), by address: each one's reply date, None while it shows none. A letter is
    the office's publication when it is answered; the day it was asked is a visitor's, no update of the site's (首页不
    更新). Not a list of titles under 发布时间 alone, which shows neither status nor reply."""
    found = read_messages(sel, url)
    if found is None or not (found.shows_reply or any(m.status for m in found.messages)):
        return {}
    return {m.url: m.replied for m in found.messages if m.url}


LETTER_PAGES = 3  # a box's newest answered letters whose own pages are asked for their replies' days


def replies_to_ask(sel, url: str) -> list[str]:
    """The newest answered letters (LETTER_PAGES, by the day asked) of a 领导信箱 box that shows each letter's status
    but not its reply's day (标题 | 来信时间 | 状态: 已回复): only their own pages tell when the office answered."""
    from govcheck.judge.interaction import status_kind  # it judges this module's messages

    found = read_messages(sel, url)
    if found is None or found.shows_reply:
        return []
    done = [m for m in found.messages if m.url and m.asked and status_kind(m.status) == "answered"]
    return [m.url for m in sorted(done, key=lambda m: m.asked, reverse=True)[:LETTER_PAGES]]
