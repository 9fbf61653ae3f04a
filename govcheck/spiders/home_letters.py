"""What a homepage that reads stale asks to date it: the first articles of its blocks that date none of their items
(or only by the day the page is served), its 头条's, those of items dated after the inspection date; and of a 领导信箱
box that shows its letters' statuses but not their replies' days (标题 | 来信时间 | 状态), no article: its newest
answered letters' own pages, for their 回复时间, the office's update (a letter is published when it is answered; the
day a visitor asked is none of the site's), as a consultation column's are."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse

from govcheck.cms import future_leads, undated_leads
from govcheck.cms.base import base_url
from govcheck.cms.messages import letter_replies, read_reply, replies_to_ask
from govcheck.spiders.base import page_selector


class HomeLettersMixin:
    """For PortalSpider (safely, home_endpoint_item, home_endpoint_failed, parse_home_article, as_of)."""

    def home_leads(self, listing, sel, url: str, site, depth: int):
        as_of = self.as_of
        letters = self.safely(lambda s, u: letter_replies(s, base_url(s, u)), sel, url, {})
        leads = self.safely(lambda s, u: undated_leads(listing, u, s, as_of) + future_leads(listing, u, as_of),
                            sel, url, [])
        asked = [(lead, self.parse_home_article) for lead in leads if lead not in letters]
        asked += [(lead, self.parse_home_letter)
                  for lead in self.safely(lambda s, u: replies_to_ask(s, base_url(s, u)), sel, url, [])]
        for lead, callback in asked:
            meta = {"site_id": site.site_id, "page_depth": depth, "check_url": f"{lead}#home-date", "home_url": url}
            yield scrapy.Request(lead, callback=callback, errback=self.home_endpoint_failed, dont_filter=True,
                                 meta=meta)

    def parse_home_letter(self, response):
        """The letter's reply's day; a page that shows no reply label (a redirect, a failure) is read as any
        article."""
        sel = page_selector(response) if response.status < 300 and isinstance(response, TextResponse) else None
        reply = self.safely(lambda s, _u: read_reply(s), sel, response.url, None) if sel is not None else None
        if reply is None or not reply[0]:
            yield from self.parse_home_article(response)
            return
        dates = [reply[1]] if reply[1] is not None and reply[1] <= self.as_of else []
        yield self.home_endpoint_item(response.meta, response.status, dates, False)
