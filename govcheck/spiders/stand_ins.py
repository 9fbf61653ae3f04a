"""Why a page read for a column is not the page asked for: an answer that stands in for it (judge/answers.py), or
one that a redirect landed on the site's homepage. Its column is unverified for that, never empty or stale."""

from __future__ import annotations

import logging

import scrapy
from scrapy.http import TextResponse

from govcheck.cms.list_urls import column_key
from govcheck.cms.served import compressed_unsaid
from govcheck.items import PageItem
from govcheck.judge.answers import says_nothing, stand_in
from govcheck.judge.urls import join_url
from govcheck.spiders.fetch import MAX_REDIRECTS, WEB_SCHEMES, bot_wall, carry, cookie_jar

logger = logging.getLogger(__name__)


def stood_in(response, home_url: str | None, asked: str | None = None) -> str | None:
    """The plain reason, or None: a 2xx answer still compressed (cms.served), or of text that is empty, a bot
    wall's or firewall's page or a sign-in page; or a page that was `asked` (its first URL) elsewhere and ended on the
    homepage at `home_url`."""
    if 200 <= response.status < 300 and (garbled := compressed_unsaid(response.body)):
        return garbled  # whatever type it was given: no reader can read it
    if not isinstance(response, TextResponse) or not 200 <= response.status < 300:
        return None
    headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
    reason = stand_in(response.status, response.text, headers.get("content-type", ""), response.url, headers)
    if reason is None and home_url and landed_home(asked or response.request.url, response.url, home_url):
        reason = "被转到了网站首页"
    return reason


def landed_home(asked: str, final: str, home_url: str) -> bool:
    """Whether a request for `asked` ended on the homepage: a column's page, list page or article sent there is
    no answer about it."""
    home = column_key(home_url)
    return column_key(final) == home and column_key(asked) != home


def home_unread_item(response, site) -> PageItem | None:
    """The homepage, or a frame of it, unread (its freshness unknown, never stale nor a page that dates nothing): a
    sign-in page or an empty answer for either; a frame's server error, 408 or 429, bot wall, or the homepage it was
    sent to.
    None when it is read (a frame's 404 shows visitors nothing: it dates nothing)."""
    meta, status, site_id = response.meta, response.status, site.site_id
    frame = bool(meta.get("home_frame"))
    reason = (f"no answer ({status})" if says_nothing(status) else bot_wall(response)) if frame else None
    if reason is None:
        reason = stood_in(response, site.url if frame else None, meta["check_url"])
    if reason is None:
        return None
    logger.info("govcheck: %s's %s %s is unread (%s): its freshness waits for a person", site_id,
                "homepage frame" if frame else "homepage", meta["check_url"], reason)
    return PageItem(site_id=site_id, url=meta["check_url"], status=status, depth=meta["page_depth"],
                    is_homepage=not frame, home_frame=frame, unread=True)


class StandInsMixin:
    """For ColumnsMixin: `by_id`, `walled_home` and `unreadable_column` are its spider's; each further read carries
    its column's state. A redirect answering for it is followed (moved)."""

    def unanswered(self, response) -> str | None:
        """Why a further page or frame read for a column is no answer: an error status, or a stand-in's."""
        if response.status >= 300 or not isinstance(response, TextResponse):
            return f"返回{response.status}"
        return self.stand_in(response)

    def stood_in_items(self, response, site) -> list | None:
        """What a page read as the homepage, a frame of it or a column's page yields when another answer stood in for
        it (a bot wall's, a sign-in page, an empty answer…): the homepage unread, the column unverified. None: read."""
        meta = response.meta
        if meta.get("home") and (walled := self.walled_home(response, site)) is not None:
            return [walled]
        if meta.get("home") or meta.get("home_frame"):
            return [item] if (item := home_unread_item(response, site)) is not None else None
        if meta.get("column") and (unread := stood_in(response, site.url, meta["check_url"])):
            # a wall, a sign-in page, an empty answer or the homepage instead of the column's: no answer about it
            return [item] if (item := self.unreadable_column(meta, f"栏目页面{unread}")) is not None else []
        return None

    def stand_in(self, response) -> str | None:
        """Why a further page, frame, article or endpoint read for a column is not what was asked, or None."""
        site = self.by_id.get(response.meta["column_state"]["site_id"])
        return stood_in(response, site.url if site else None, response.meta.get("column_asked"))

    @staticmethod
    def moved(response) -> scrapy.Request | None:
        """A list page, frame, article or endpoint that answered with a redirect: the same request at its target, as
        a browser follows it (a GET after a 303, or after a POST answered 301 or 302). None for any other answer, and
        for a redirect that cannot be followed (no web target, too many): its caller reads that as unread."""
        location = response.headers.get("Location") if 300 <= response.status < 400 else None
        target = location and join_url(response.url, location.decode("latin-1").strip())
        hops = response.meta.get("column_hops", 0)
        if not target or not target.lower().startswith(WEB_SCHEMES) or hops >= MAX_REDIRECTS:
            return None
        request, jar = response.request, cookie_jar(response.meta.get("cookie"), response)  # sent on, as a browser
        get = response.status == 303 or (request.method == "POST" and response.status in (301, 302))
        return request.replace(url=target, method="GET" if get else request.method, body=b"" if get else request.body,
                               headers={**request.headers.to_unicode_dict(), **({"Cookie": jar} if jar else {})},
                               meta=carry(response.meta, column_hops=hops + 1, cookie=jar,
                                          column_asked=response.meta.get("column_asked", request.url)))
