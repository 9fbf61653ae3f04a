"""The wording reader: each page's visible text against the phrase lists (data/wording.yaml and the office's own,
GOVCHECK_WORDING), less what the allow lists silence; a hit is an EvidenceItem(check="wording")."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from govcheck.cms.article import parse_article
from govcheck.items import EvidenceItem
from govcheck.spiders.evidence import PageView
from govcheck.wording.allow import AllowList, load_allow
from govcheck.wording.matcher import Matcher, written_then
from govcheck.wording.phrases import load_phrases
from govcheck.wording.text import page_text

logger = logging.getLogger(__name__)


def wording_reader(settings) -> Callable[[PageView], Iterator[EvidenceItem]] | None:
    """The crawl's reader, its automaton built here once; None when GOVCHECK_WORDING_CHECK is off. A broken list
    raises WordingListError (a ValueError of one line)."""
    if not settings.getbool("GOVCHECK_WORDING_CHECK", True):
        return None
    phrases = load_phrases(settings.getlist("GOVCHECK_WORDING"))
    allow = load_allow(settings.getlist("GOVCHECK_WORDING_ALLOW"))
    matcher = Matcher(phrases)
    logger.info("wording: %d phrases, %d allowed hits", len(phrases.phrases), len(allow.entries))

    def wording(view: PageView) -> Iterator[EvidenceItem]:  # named: a reader that fails is logged by its name
        return read_wording(view, matcher, allow)

    return wording


def read_wording(view: PageView, matcher: Matcher, allow: AllowList) -> Iterator[EvidenceItem]:
    site_id = view.site.site_id
    hits = matcher.find(page_text(view.sel))
    if not view.home and any(h.phrase.until for h in hits):  # an outdated name: when was the article written?
        hits = written_then(hits, _year(view))
    for hit in hits:
        p = hit.phrase
        if allow.allows(site_id, p.wrong, view.url, view.final_url):
            continue
        yield EvidenceItem(site_id, "wording", view.url, found=p.wrong, expected=p.right,
                           detail={"sentence": hit.sentence, "kind": p.kind})


def _year(view: PageView) -> int | None:
    """The year an article was published, if its page says (read only for a page with an outdated name)."""
    pub = parse_article(view.sel, view.url).pub_date
    return pub.year if pub else None
