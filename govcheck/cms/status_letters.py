"""Letters known by their statuses: a list whose header names a 状态 and a bare 时间 or 日期, on a page that does not
call itself a consultation column (MinMore's DirectorMail list under the site's own title, 来信主题 | 状态 | 时间 |
受理单位; ewcms's homepage box, 类型 | 标题 | 受理单位 | 状态 | 日期), is a letters list when its statuses speak of
replies (已回复, 未回复, 待答复): its bare day is the day each letter came, a visitor's, never the office's update.
An 办件公示's 状态 | 时间 says 已办结, 办理中 or 受理, never a reply: its day stays the list's own."""

from __future__ import annotations

from lxml import etree

from govcheck.cms.text import doc_memo

REPLY_WORDS = ("回复", "答复")
_ANY_REPLY = etree.XPath("boolean(//text()[" + " or ".join(f"contains(., '{w}')" for w in REPLY_WORDS) + "])")


def may_hold_letters(root) -> bool:
    """Whether a page's text names a reply anywhere: without, no list of its letters' statuses is read (a cheap test
    before each table's rows are, on every page the crawl reads)."""
    memo = doc_memo(root)
    if "may_hold_letters" not in memo:
        memo["may_hold_letters"] = bool(_ANY_REPLY(root))
    return memo["may_hold_letters"]


def statuses_of_letters(found) -> bool:
    """Whether a message list's statuses are letters': each one a status the rules know, one at least naming a
    reply."""
    from govcheck.judge.interaction import status_kind  # it judges the messages' module's lists

    statuses = [m.status for m in found.messages]
    return all(status_kind(s) for s in statuses) and any(w in s for s in statuses for w in REPLY_WORDS)


def letters_under(header) -> bool:
    """Whether the rows under a header (a <tr>, a <ul> or <ol> of labels over one a row, an <li> of <p>s over one a
    row) are letters known by their statuses (statuses_of_letters under a bare day): date_columns then reads their
    bare day as the letters', not the list's."""
    from govcheck.cms.messages import read_under  # the messages' reader, of this one header alone (import cycle)

    if not may_hold_letters(header.getroottree().getroot()):
        return False
    if header.tag == "tr":
        table = next(header.iterancestors("table"), None)
        rows = [] if table is None else table.xpath("./tr | ./thead/tr | ./tbody/tr")
        if header not in rows:
            return False
        after = ((tr, tr.xpath("./td")) for tr in rows[rows.index(header) + 1:])
        found = read_under(header.xpath("./th | ./td"), after, "", False)
    elif header.tag in ("ul", "ol", "li"):
        cell = "./p" if header.tag == "li" else "./li"
        found = read_under(header.xpath(cell), ((r, r.xpath(cell)) for r in header.itersiblings(header.tag)), "",
                            False)
    else:
        return False
    return found is not None and found.by_status
