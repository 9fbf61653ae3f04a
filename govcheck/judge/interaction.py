"""Messages of a consultation column judged against the indicators: a valid message asked within the year before
the inspection date and left unanswered more than three months, or answered after more (pure functions; the
limits are data/interaction.yaml's)."""

from __future__ import annotations

from datetime import date

from govcheck.cms.messages import Message, MessageList
from govcheck.items import EvidenceItem
from govcheck.judge.channels import interaction_rules

UNANSWERED, LATE = "超过3个月未回复", "答复超过3个月"


def status_kind(status: str) -> str | None:
    """invalid, unanswered, answered, or None when the status says nothing known. Unanswered words are looked for
    before answered ones (未办结 holds 办结), a received or passed-on one's after them (已转办，已回复 is answered)."""
    rules = interaction_rules()
    for kind, words in (("invalid", "invalid"), ("unanswered", "unanswered"), ("answered", "answered"),
                        ("unanswered", "pending")):
        if any(w in status for w in rules[words]):
            return kind
    return None


def late_reason(msg: Message, shows_reply: bool, as_of: date, reply_days: int, window_days: int) -> str | None:
    """Why a message is evidence, or None. Unknown is never late: a message with no readable date, or a list that
    shows neither a reply date nor a status, proves nothing. A reply dated before its question is none: a database's
    empty date (1900-01-01) or a slip, the status (or the cell holding no real date) then says whether it waits."""
    if msg.asked is None or msg.asked > as_of or (as_of - msg.asked).days > window_days:
        return None
    kind = status_kind(msg.status)
    if kind == "invalid":
        return None
    if msg.replied is not None and msg.replied >= msg.asked:
        return LATE if (msg.replied - msg.asked).days > reply_days else None
    if kind == "answered":
        return None
    unanswered = kind == "unanswered" or (shows_reply and not msg.status)
    if unanswered and (as_of - msg.asked).days > reply_days:
        return UNANSWERED
    return None


def message_findings(site_id: str, page_url: str, found: MessageList, as_of: date) -> list[EvidenceItem]:
    rules = interaction_rules()
    out = []
    for msg in found.messages:
        why = late_reason(msg, found.shows_reply, as_of, rules["reply_within_days"], rules["window_days"])
        if why is None:
            continue
        out.append(EvidenceItem(
            site_id, "unanswered_message", page_url, found=f"{msg.title}（{msg.asked.isoformat()}）",
            expected="3个月内答复",
            detail={"reason": why, "question_date": msg.asked.isoformat(),
                    "reply_date": msg.replied.isoformat() if msg.replied else None, "status": msg.status or None,
                    "list_page": page_url, "message_url": msg.url}))
    return out
