"""Column lists that scripts build: read from the endpoint the page's script names, else from the page rendered
by Chromium (scrapy-playwright, only for such pages), else unverified with the reason: never empty for that."""

from __future__ import annotations

import uuid
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qsl
from weakref import WeakKeyDictionary

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import core_dates, parse_endpoint
from govcheck.cms.containers import has_empty_list, shows_own_text
from govcheck.cms.endpoints import error_answer
from govcheck.cms.list_urls import column_key
from govcheck.cms.row_dates import ages_settled
from govcheck.cms.widgets import fills_nothing
from govcheck.items import ColumnItem
from govcheck.judge.answers import data_stand_in
from govcheck.spiders.base import page_selector
from govcheck.spiders.fetch import why

# What a list's script loads; pictures, fonts and styles are not asked for (govcheck.browser.skip_subresources).
RENDER_NEEDS = frozenset({"script", "xhr", "fetch"})
# Playwright page -> the token of the render request it is for. A page's failed requests are filed under the
# render, not under the page's address: its scripts may change that (a hash pager's #page=1, history.pushState).
RENDERS: WeakKeyDictionary = WeakKeyDictionary()
# A render's page events, by the spider methods' names: the request may be queued in Redis
RENDER_HANDLERS = (("requestfailed", "render_request_failed"), ("response", "render_response"))


async def tag_render(page, request) -> None:
    """scrapy-playwright's page init callback (playwright_page_init_callback) of a render request."""
    RENDERS[page] = request.meta["render_token"]


@runtime_checkable
class ScriptedListsHost(Protocol):
    """What ScriptedListsMixin needs of its spider (ColumnsMixin, its subclass, gives the column's state and
    verdict)."""

    crawler: Any
    as_of: Any
    playwright: bool  # Chromium may render a scripted list

    def browser_ready(self) -> bool: ...
    def safely(self, read, sel, url: str, default, **kwargs) -> Any: ...
    def read_listing(self, sel, url: str) -> Any: ...
    def column_item(self, state: dict, reason: str | None = None) -> Any: ...
    def continue_column(self, state: dict, listing) -> Any: ...
    def as_column_list(self, response, listing, column: tuple[str, str]) -> Any: ...
    def moved(self, response) -> Any: ...
    def unfollowed(self, response) -> str | None: ...  # why a page shows a list that cannot be followed
    def claim_column(self, key: str, by: str) -> bool: ...
    def unread_item(self, site_id: str, column: dict, key: str, url: str, reason: str) -> Any: ...
    def column_from_listing(self, response, listing, column: dict, key: str) -> Any: ...
    def stand_in(self, response) -> str | None: ...  # why an answer is not what was asked (stand_ins.py)


def posted_form(request) -> dict[str, str] | None:
    """The form a request posted (a list endpoint's page asked by POST), None for a GET."""
    if request.method != "POST":
        return None
    return dict(parse_qsl((request.body or b"").decode("latin-1"), keep_blank_values=True))


def endpoint_request(ep, callback, errback, meta: dict) -> scrapy.Request:
    """The request for a list endpoint a page's script names: its form POSTed, else a GET of its URL and query."""
    if ep.method == "POST":
        return scrapy.FormRequest(ep.url, formdata=ep.form, callback=callback, errback=errback, meta=meta,
                                  dont_filter=True)
    return scrapy.Request(ep.request_url(), callback=callback, errback=errback, meta=meta, dont_filter=True)


class ScriptedListsMixin:
    """For PortalSpider (a ScriptedListsHost): a column whose list a script builds."""

    def scripted_list(self, state: dict, listing) -> scrapy.Request | ColumnItem:
        """The endpoint the page's script names, else the page rendered by Chromium, else unverified."""
        if listing.endpoints:
            ep = listing.endpoints[0]
            state = {**state, "requests": state["requests"] + 1, "endpoint": ep.url}
            return endpoint_request(ep, self.parse_endpoint_answer, self.endpoint_failed,
                                    {"column_state": state, "list_url": ep.url})
        return self.render_or_unverified(state, "列表由网页脚本生成")

    def endpoint_listing(self, response, base: str, paged: bool = False, page_size: int | None = None):
        """The list an endpoint's answer holds, its links read against `base` (the page that names it); None when
        the reader failed on it. `paged`: with its next and last pages, the request's page changed (`page_size`:
        the items its page one showed)."""
        ctype = (response.headers.get("Content-Type") or b"").decode("latin-1")
        request = (response.url, posted_form(response.request)) if paged else None
        return self.safely(lambda _sel, _url: parse_endpoint(response.text, base, as_of=self.as_of,
                                                             content_type=ctype, request=request,
                                                             page_size=page_size),
                           None, response.url, None)

    def json_column(self, response):
        """A column at its list's endpoint, whose answer is its list (a gkmlpt category, cms/gkmlpt.py); one that is
        no list (the backend's error) is unverified, never empty."""
        meta = response.meta
        column, key = meta["column"], column_key(meta["check_url"])
        if not isinstance(response, TextResponse) or not self.claim_column(key, meta["check_url"]):
            return
        listing = self.endpoint_listing(response, response.url, paged=True)
        if listing is None or (not listing.items and not listing.placeholder):
            said = self.safely(lambda _s, _u: error_answer(response.text), None, response.url, None)
            yield self.unread_item(meta["site_id"], column, key, response.url,
                                   f"栏目列表数据接口{f'返回错误：{said}' if said else '的内容无法识别'}")
            return
        yield from self.column_from_listing(response, listing, column, key)

    def parse_endpoint_answer(self, response):
        state = response.meta["column_state"]
        if (again := self.moved(response)) is not None:
            yield again
            return
        if response.status >= 300 or not isinstance(response, TextResponse):
            yield self.render_or_unverified(state, f"列表数据接口（{response.url}）返回{response.status}")
            return
        if (unread := self.stand_in(response)) is not None:
            yield self.render_or_unverified(state, f"列表数据接口（{response.url}）{unread}")
            return
        listing = self.endpoint_listing(response, state["read_url"], paged=True)
        if listing is None or (not listing.items and not listing.placeholder):
            said = self.safely(lambda _s, _u: error_answer(response.text), None, response.url, None)
            what = f"返回错误：{said}" if said else "的内容无法识别"
            yield self.render_or_unverified(state, f"列表数据接口（{response.url}）{what}")
            return
        state = {**state, "dates": [i.date for i in listing.items], "core": [i.date for i in listing.items],
                 "placeholder": listing.placeholder, "family": "endpoint", "page_size": len(listing.items)}
        self.crawler.stats.inc_value("govcheck/columns/endpoint")
        yield from self.continue_column(state, listing)

    def endpoint_failed(self, failure):
        state = failure.request.meta["column_state"]
        yield self.render_or_unverified(state, f"列表数据接口（{failure.request.url}）无法读取：{why(failure)}")

    def render_or_unverified(self, state: dict, cause: str):
        if state["rendered"]:
            return self.column_item(state, reason=cause)
        if not self.playwright:
            return self.column_item(state, reason=f"{cause}，未启用浏览器渲染（GOVCHECK_PLAYWRIGHT）")
        if not self.browser_ready():
            return self.column_item(state, reason=f"{cause}，本机未安装Chromium浏览器")
        return self.render_request(state)

    def render_request(self, state: dict) -> scrapy.Request:
        from govcheck.browser import render_methods

        state = {**state, "rendered": True, "requests": state["requests"] + 1}
        return scrapy.Request(state["read_url"], callback=self.parse_rendered, dont_filter=True,
                              errback=self.render_failed,
                              meta={"playwright": True, "column_state": state, "render_token": uuid.uuid4().hex,
                                    "playwright_page_init_callback": f"{__name__}.tag_render",
                                    "playwright_page_methods": render_methods(),
                                    "playwright_page_event_handlers": dict(RENDER_HANDLERS)})

    @property
    def render_trouble(self) -> dict:
        """Render token -> what the page's scripts asked for and did not get while Chromium rendered it."""
        return self.__dict__.setdefault("_render_trouble", {})

    def render_request_failed(self, request) -> None:
        """Playwright's requestfailed: a script or data request that got no answer (refused, timed out, aborted)."""
        if request.resource_type in RENDER_NEEDS:
            self.note_render_trouble(request, request.failure or "未获应答")

    async def render_response(self, response) -> None:
        """Playwright's response: a script or data request answered with an error status, or a data request answered
        with the backend's error and no list ({"code": 500, "msg": …} with 200: its list's 暂无数据 is no answer)."""
        from playwright.async_api import Error

        kind = response.request.resource_type
        if response.status >= 400 and kind in RENDER_NEEDS:
            self.note_render_trouble(response.request, f"返回{response.status}")
        elif kind in ("xhr", "fetch") and response.status < 300:
            try:
                text = await response.text()
            except Error:  # the page closed, or a body Chromium did not keep
                return
            if (said := error_answer(text, response.headers.get("content-type", ""))) is not None:
                self.note_render_trouble(response.request, f"返回错误：{said}")
            elif (unread := data_stand_in(response.status, text, response.headers.get("content-type", ""))):
                self.note_render_trouble(response.request, unread)

    def note_render_trouble(self, request, what: str) -> None:
        """A request of the render not got, filed under its render; a widget's that fills no box (a counter, the
        找错 widget) is none: its failure leaves nothing unread."""
        from playwright.async_api import Error

        if fills_nothing(request.url):
            self.crawler.stats.inc_value("govcheck/render/widget_failed")
            return
        try:
            token = RENDERS.get(request.frame.page)
        except Error:  # a service worker's request belongs to no page
            return
        noted = self.render_trouble.setdefault(token, []) if token is not None else None
        # once a request: a script answering 404 is also aborted (net::ERR_ABORTED), its status the one to name
        if noted is not None and not any(n.startswith(f"{request.url}（") for n in noted):
            noted.append(f"{request.url}（{what}）")

    def parse_rendered(self, response):
        state = response.meta["column_state"]
        self.crawler.stats.inc_value("govcheck/pages_rendered")
        trouble = self.render_trouble.pop(response.meta.get("render_token"), None)
        listing = self.as_column_list(response, self.read_listing(page_selector(response), response.url),
                                      (state["url"], state["name"]))
        if listing.unread:
            yield self.column_item(state, reason="浏览器渲染后的页面无法解析")
            return
        if trouble and not listing.items:
            # the list may be what the missing script or data would have filled (its 暂无数据 is the template's)
            yield self.column_item(state, reason=f"浏览器渲染时{len(trouble)}个脚本或数据请求未完成：{trouble[0]}")
            return
        if not listing.items and not listing.placeholder and (
                (unfollowed := self.unfollowed(response)) is not None
                or not self.safely(has_empty_list, page_selector(response), response.url, False)):
            if unfollowed is None and state.get("app") and self.safely(shows_own_text, page_selector(response),
                                                                       response.url, False):
                return  # an app's page that draws text of its own, no list (机构概况): a static page, not judged
            yield self.column_item(state, reason=f"浏览器渲染后{unfollowed or '仍无法识别列表'}")
            return
        listing = ages_settled(listing, self.as_of, state["threshold"])  # ages across its limit: undated
        state = {**state, "dates": [i.date for i in listing.items], "core": core_dates(listing),
                 "placeholder": listing.placeholder, "family": listing.family, "empty_list": not listing.items}
        yield from self.continue_column(state, listing)

    def render_failed(self, failure):
        state = failure.request.meta["column_state"]
        self.render_trouble.pop(failure.request.meta.get("render_token"), None)
        yield self.column_item(state, reason=f"浏览器渲染失败：{why(failure)}")
