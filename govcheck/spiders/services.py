"""服务不实用, read from the pages the portal spider reads: a 办事指南 page missing key elements gives a finding;
at most GOVCHECK_MAX_GUIDES_PER_SITE guides are read a site (the crawl asks for no page for them). Whether the site
has a services entry at all is settled when the run is finished (store/channels.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any, Protocol

from govcheck.cms.guide import read_guide
from govcheck.items import EvidenceItem
from govcheck.judge.channels import service_rules
from govcheck.spiders.evidence import SPIDER_READERS, PageView


class GuideSpider(Protocol):
    settings: Any


def incomplete_guide(spider: GuideSpider, view: PageView):
    if view.home:
        return
    read = spider.__dict__.setdefault("guides_read", Counter())
    if read[view.site.site_id] >= spider.settings.getint("GOVCHECK_MAX_GUIDES_PER_SITE"):
        return
    guide = read_guide(view.sel, view.url)
    if guide is None:
        return
    read[view.site.site_id] += 1
    if guide.missing:
        yield EvidenceItem(view.site.site_id, "guide_incomplete", view.url, found="、".join(guide.missing),
                           expected="、".join(service_rules()["elements"]),
                           detail={"guide": guide.name, "present": list(guide.present),
                                   "missing": list(guide.missing)})


SPIDER_READERS.append(incomplete_guide)
