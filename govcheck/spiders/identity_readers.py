"""Page readers of the site's identity: the 网站标识码 against the list's (the homepage and its frames, and a page of
the site's own that shows a former code), the filing numbers' format (the homepage and its frames), the listed
domain and where the listed homepage lands (the listed homepage only)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from govcheck.cms.identity import read_identity
from govcheck.items import EvidenceItem
from govcheck.judge.domains import domain_problem, redirected_elsewhere
from govcheck.judge.marks import code_mismatch, icp_problem, psb_problem

if TYPE_CHECKING:
    from govcheck.spiders.evidence import PageView


def identity_marks(view: PageView) -> Iterable[EvidenceItem]:
    site = view.site
    if view.old_code and (view.listing.items or view.listing.placeholder):
        # a list page of its own showing a former code: each listed (not each article under it), whichever worker
        # reads it; one problem however many (the profile's per_value)
        yield EvidenceItem(site.site_id, "site_code_mismatch", view.url, found=view.old_code, expected=site.site_code)
    if not view.home:
        return
    marks = read_identity(view.sel, view.final_url)
    code = marks.get("site_code") or None
    if code_mismatch(code, site.site_code) and view.first("identity", view.site.site_id, "site_code_mismatch"):
        yield EvidenceItem(site.site_id, "site_code_mismatch", view.url, found=code, expected=site.site_code)
    for check, key, problem in (("icp_format", "icp", icp_problem), ("psb_format", "psb", psb_problem)):
        shown = marks.get(key) or ""
        why = problem(shown) if shown else None
        if why and view.first("identity", view.site.site_id, check):
            yield EvidenceItem(site.site_id, check, view.url, found=shown, detail={"why": why})


def listed_domain(view: PageView) -> Iterable[EvidenceItem]:
    """The listed homepage's host, and where it landed; made once, on the listed homepage (not its frames)."""
    site = view.site
    if not view.home or view.url != site.url:
        return
    problem = domain_problem(site.url, site.parent_url)
    if problem and view.first("identity", view.site.site_id, "domain_not_gov"):
        reason, expected = problem
        yield EvidenceItem(site.site_id, "domain_not_gov", site.url, found=site.host, expected=expected,
                           detail={"why": reason, "parent_url": site.parent_url})
    if redirected_elsewhere(site.url, view.final_url) and view.first("identity", view.site.site_id, "redirect_domain"):
        yield EvidenceItem(site.site_id, "redirect_domain", site.url, found=view.final_url, expected=site.url)


IDENTITY_READERS = [identity_marks, listed_domain]
