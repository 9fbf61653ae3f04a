"""Whether a page's answer stands in for the page asked for, pure: an empty body, a bot wall's or a firewall's block
page (网站防火墙, 您的访问被拦截), a sign-in page (统一身份认证), or a page that ends before its document does (the
connection closed early). A column's page, later list page, list frame, article or data answer read so is unread:
its column is unverified with the reason, never empty or stale for what it does not show."""

from __future__ import annotations

import re

from govcheck.judge.links import Observation, classify

# a sign-in form: a password field under a heading that asks to sign in; short, as a page of the site's is not
_LOGIN_WORDS = re.compile(r"统一身份认证|统一认证|用户登录|账号登录|帐号登录|请先?登录|登录超时|单点登录")
_PASSWORD = re.compile(r"<input\b[^>]*\btype\s*=\s*[\"']?password", re.I)
_TAG = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)
LOGIN_MAX_CHARS = 600  # a sign-in page's visible text; a portal's page with a login box in its header is longer
_DOC_END = re.compile(r"</(?:html|body)\s*>", re.I)
_DOC_START = re.compile(r"<(?:html|body)\b", re.I)


def stand_in(status: int, body: str, content_type: str = "", url: str = "",
             headers: dict[str, str] | None = None) -> str | None:
    """Why an answer of `status` is not the page asked for (a plain reason a person reads), or None."""
    if not body.strip():
        return "返回空白页面"
    outcome = classify(Observation(url=url or "http://unknown/", source_url=url or "http://unknown/", status=status,
                                   body=body[:65536], headers=headers or {}, content_type=content_type))
    if outcome.category == "bot_blocked":
        return "被网站防火墙或人机验证拦截（浏览器中可能可以打开）"
    if _PASSWORD.search(body) and _LOGIN_WORDS.search(body):
        text = " ".join(_TAG.sub(" ", body).split())
        if len(text) < LOGIN_MAX_CHARS:
            return "转到了登录页面"
    return None


NO_WORD = frozenset({408, 429})  # a request that timed out, or one too many: nothing said of the page


def says_nothing(status: int) -> bool:
    """Whether an error status says nothing of the page asked for, as a failed request does: a server error, a 408
    or a rate limit's 429 (a visitor's pace gets the page). A 404, 410 or 403 is what a visitor sees too."""
    return status >= 500 or status in NO_WORD


def shows_nothing(status: int) -> bool:
    """Whether an error answer is what a visitor sees too: a page not there or refused (404, 410, 403, any other 4xx
    but 408 and 429). A part of a page (an article dating a block, a script's list or file) answering so shows none."""
    return 400 <= status < 500 and not says_nothing(status)


def cut_short(body: str) -> bool:
    """Whether an HTML page ends before its document does: it opens <html> or <body> and never closes either (the
    connection closed mid-page). Only asked of a page whose list reads empty."""
    return bool(_DOC_START.search(body[:4096])) and _DOC_END.search(body[-4096:]) is None


_WHOLE_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b)", re.S | re.I)


def data_stand_in(status: int, body: str, content_type: str = "") -> str | None:
    """Why a list script's data request got no data: a stand-in answer, or a whole web page where data was asked
    for (a firewall's, a maintenance notice's: a list's fragment loaded into the page is no whole page)."""
    if (reason := stand_in(status, body, content_type)) is not None:
        return reason
    return "返回的是网页而非列表数据" if _WHOLE_PAGE.match(body) else None
