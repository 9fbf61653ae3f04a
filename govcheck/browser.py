"""scrapy-playwright, started only when a page first needs JavaScript."""

from __future__ import annotations

import asyncio

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler


class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """The Playwright download handler without its start-up cost for crawls that render nothing.

    The stock handler starts Node and Playwright when the engine starts (~145 MB) even if no request
    asks for a browser; most portals need none, so we start it on the first `playwright` request.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self._started = False
        self._start_lock = asyncio.Lock()
        self.crawler = crawler
        self._down_hosts = None  # the crawl's down-hosts middleware (False: not enabled), found on first use
        # every request a rendered page makes passes the address guard that every other connection passes
        from govcheck.net import BrowserGuard

        self.abort_request = BrowserGuard(crawler, skip=self.abort_request)

    async def download_request(self, request):
        self.refuse_if_down(request)
        return await super().download_request(request)

    def refuse_if_down(self, request) -> None:
        """The last look before a connection: a request that waited in its host's slot while the host went down
        fails at once with the host's failure class (govcheck/downhosts.py); probes always go out."""
        if self._down_hosts is None:
            from govcheck.downhosts import down_hosts

            self._down_hosts = down_hosts(self.crawler) or False
        if self._down_hosts and (refused := self._down_hosts.refusal(request)) is not None:
            raise refused

    async def _maybe_launch_in_thread(self) -> None:
        return None

    def _engine_started(self):
        return None

    async def _download_request(self, request, spider=None):
        if not self._started:
            async with self._start_lock:
                if not self._started:
                    await self._launch()
                    self._started = True
        return await super()._download_request(request, spider)

    async def _close(self) -> None:
        if self._started:
            await super()._close()


SKIPPED_RESOURCES = frozenset({"image", "media", "font", "stylesheet"})


def skip_subresources(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: a rendered list needs its scripts and data, not images or fonts.

    Those are checked as links on their own, once; loading them in the browser would fetch them again.
    """
    return request.resource_type in SKIPPED_RESOURCES


# After the page's network has gone quiet, what a visitor's scrolling and a moment's wait show: lists drawn once
# the page has loaded (a template's setTimeout) or once scrolled into view (an IntersectionObserver). The page is
# scrolled a screen at a time (a jump to its end passes a list unseen), then read once no link is added for QUIET ms.
SETTLE_QUIET_MS, SETTLE_CAP_MS, SETTLE_SCREENS = 2000, 6000, 20
SETTLE_JS = """async ([quiet, cap, screens]) => {
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
  const links = () => document.getElementsByTagName("a").length;
  const start = Date.now();
  for (let n = 1; n <= screens && n * window.innerHeight < document.documentElement.scrollHeight; n++) {
    window.scrollTo(0, n * window.innerHeight);
    await pause(50);
  }
  let seen = links(), since = Date.now();
  while (Date.now() - since < quiet && Date.now() - start < cap) {
    await pause(200);
    if (links() !== seen) { seen = links(); since = Date.now(); }
  }
}"""


def render_methods() -> list:
    """The page methods of every render: the network quiet, then the page settled (SETTLE_JS)."""
    from scrapy_playwright.page import PageMethod

    return [PageMethod("wait_for_load_state", "networkidle"),
            PageMethod("evaluate", SETTLE_JS, [SETTLE_QUIET_MS, SETTLE_CAP_MS, SETTLE_SCREENS])]
