"""Forms to write in: whether a page offers a form that takes a question or a suggestion (网上诉求, 我要留言, 在线提交)
— a box for its text (a <textarea> shown) and a control that sends it — as a hotline's page may instead of listing
its calls (realpages/71: 反映内容, its 提交 a button whose script posts the form). A search box, a login form, a form
that looks a reply up by its number (受理编号, 查询密码: realpages/72) and a survey (满意度评价, 网上调查: its
comment box and 提交 are no channel for questions) take none. The words are data/interaction.yaml's `forms`."""

from __future__ import annotations

import re

from govcheck.cms.text import doc_memo

_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SKIP = {"script", "style", "noscript", "template"}


def _rules() -> dict:
    from govcheck.judge.channels import interaction_rules  # the channels' rules (judge imports the cms)

    return interaction_rules()["forms"]


def _shown(el, form) -> bool:
    """Whether el is shown: no hidden attribute or display:none on it or on what holds it within the form (a
    textarea a script keeps its data in is none)."""
    while el is not None:
        if el.get("hidden") is not None or _HIDDEN.search(el.get("style") or ""):
            return False
        if el is form:
            return True
        el = el.getparent()
    return True


def _text(form) -> str:
    """The form's words as shown (its options' and its buttons' labels too), its scripts' not."""
    parts: list[str] = []

    def walk(el) -> None:
        if el.tag in _SKIP:
            return
        parts.append(el.text or "")
        if el.tag in ("input", "button"):
            parts.append(el.get("value") or "")
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(form)
    return re.sub(r"\s+", "", "".join(parts))


def _sends(form, rules: dict) -> bool:
    """Whether a control of the form sends what was written: a submit (any label but a lookup's: 查询, 搜索, 登录),
    or a plain button a script sends it by, labelled so (提交, 发送, 我要留言)."""
    for el in form.iter("input", "button"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "text")).lower()
        if kind not in ("submit", "image", "button") or el.get("disabled") is not None or not _shown(el, form):
            continue
        label = re.sub(r"\s+", "", (el.get("value") or el.get("alt") or el.text_content() or "")).replace("\xa0", "")
        if any(w in label for w in rules["lookup"]):
            continue
        if kind == "button" and not any(w in label for w in rules["send"]):
            continue
        return True
    return False


def writes_in(form) -> bool:
    """Whether one <form> takes a question: a textarea shown and writable, a control that sends it, no password
    asked (a login, a reply looked up by its 查询密码), and no survey's words (满意, 问卷, 投票) in what it shows."""
    rules = _rules()
    if any((i.get("type") or "").lower() == "password" for i in form.iter("input")):
        return False
    boxes = [t for t in form.iter("textarea")
             if t.get("readonly") is None and t.get("disabled") is None and _shown(t, form)]
    if not boxes or not _sends(form, rules):
        return False
    text = _text(form)
    return not any(w in text for w in rules["survey"])


def submission_form(sel, url: str | None = None) -> bool:
    """Whether the page (a parsel Selector or its lxml root) offers a form to write a question or a suggestion in
    (writes_in); read once a page."""
    root = getattr(sel, "root", sel)
    memo = doc_memo(root)
    if "submission_form" not in memo:
        memo["submission_form"] = any(writes_in(f) for f in root.iter("form"))
    return memo["submission_form"]
