"""The ground truth of the demo portals: what a correct audit of them must conclude.

It is read from the same site models the server renders, so planting a new problem updates both. The
numbers below are those of the national profile (indicators.md); they are kept here, apart from the rules
files under data/, on purpose: an oracle that read the judge's own settings could not catch a wrong one.

    python -m govcheck.demo.truth --as-of 2026-11-26 --out truth.json [--round 2] [--port 8808]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from govcheck.demo.build import build_sites, landing_base, listed_url
from govcheck.demo.channels import REPLY_DATED, channel_truth
from govcheck.demo.chrome import conac_id
from govcheck.demo.column import Column
from govcheck.demo.home_markup import HOME_MAIN, HOME_TOP, HOME_WELCOME
from govcheck.demo.model import DEFAULT_PORT, EXTERNAL_IP, Site
from govcheck.demo.site_list import SITES
from govcheck.demo.sites import absolute
from govcheck.demo.wording import wording_truth

STALE_DAYS = {"news": 14, "notice": 180, "policy": 180, "personnel": 365, "plan": 365, "interaction": 90}
HOMEPAGE_DAYS = 14
VETO_STALE_A = 5  # news + top-level notice/policy columns
VETO_STALE_B = 10  # any columns past their limit
VETO_EMPTY = 5
PAGE_ONE_READ = ("page_two_503", "page_two_reset")  # fails past a list's first page, which shows the newest
HOMEPAGE_LINK, HOMEPAGE_LINK_CAP = 1.0, 30.0
OTHER_LINK, OTHER_LINK_CAP = 0.1, 20.0
POLICY_COLUMN, POLICY_COLUMN_CAP = 5.0, 20.0
IDENTITY_ITEM, IDENTITY_CAP = 1.0, 5.0
PASS_SCORE = 60.0
# the other indicators' findings that score unconfirmed (1 point each, 5 at most per check); the dates' wait for a
# person and cost nothing until then
EVIDENCE_SCORED = ("site_code_mismatch", "icp_format", "psb_format", "domain_not_gov", "redirect_domain")
EVIDENCE_PER_VALUE = {"site_code_mismatch"}  # a former code on several pages is one wrong identity item
EVIDENCE_ITEM, EVIDENCE_CAP = 1.0, 5.0
DATE_MISMATCH_DAYS = 3  # GOVCHECK_DATE_MISMATCH_DAYS's default
NOT_COUNTED = {"missing_anchor"}  # reported, but a minor problem the score leaves out
# columns_stale: (a) news + top-level notice/policy columns; columns_long_stale: (b) any columns past their limit
VETOES = ("availability", "homepage_stale", "columns_stale", "columns_long_stale", "columns_empty")


def _bases(urls: dict[str, str]) -> dict[str, str]:
    """site_id and IP keys; the external host defaults to the sites' own port (the fixed-port case)."""
    bases = dict(urls)
    for m in SITES:
        if m.site_id in urls:
            bases.setdefault(m.ip, urls[m.site_id])
    port = next((urlsplit(u).port for u in urls.values() if urlsplit(u).port), DEFAULT_PORT)
    bases.setdefault(EXTERNAL_IP, f"http://{EXTERNAL_IP}:{port}/")
    return bases


def last_update(col: Column, as_of: date) -> date | None:
    """The newest item date not after the check date: a date a list shows after it is a typo, not an update, and the
    item is as new as its article says (the year typed wrong in the list). A consultation list that shows its replies'
    dates beside its letters' is as new as its newest reply: the indicators time an interaction column's replies
    (replies within 3 months), not the letters the public sends."""
    if col.layout in REPLY_DATED:
        replies = [i.reply for i in col.items if i.reply and i.reply <= as_of]
        return max(replies) if replies else None
    dates = [i.published if i.published <= as_of else i.article_date for i in col.items if i.published]
    dates = [d for d in dates if d and d <= as_of]
    return max(dates) if dates else None


def column_truth(col: Column, base: str, as_of: date) -> dict:
    """A column as a correct audit stores it. One whose page never answers, or whose undated list leads to
    articles that cannot be read, cannot be judged: unverified, never empty or stale."""
    unverified = col.fail is not None
    # its list's first page read, a later one not (sites/ksy.py): its newest is the one page one shows
    last = None if unverified and col.fail not in PAGE_ONE_READ else last_update(col, as_of)
    empty = not unverified and not col.is_static and not col.items
    limit = STALE_DAYS.get(col.type)
    stale = not unverified and bool(limit) and not empty and (last is None or (as_of - last).days > limit)
    if col.is_static:
        first = 0
    elif col.paging == "hanweb":
        first = min(col.per_page, len(col.items))
    else:
        first = len(col.pages()[0])
    verdict = "unverified" if unverified else "empty" if empty else "stale" if stale else "ok"
    url = (col.away or base.rstrip("/")) + col.canonical  # a column another host serves is at that host
    return {"name": col.name, "url": url, "type": col.type, "parent": col.parent,
            "last_update": last.isoformat() if last else None, "empty": empty, "stale": stale, "verdict": verdict,
            "items_on_first_page": first, "static": col.is_static}


def evidence_truth(site: Site, base: str, as_of: date) -> list[dict]:
    """The other indicators' findings a correct audit makes: those planted in the site, items dated after the
    inspection date, articles whose own date is more than DATE_MISMATCH_DAYS from their list's."""
    out = [{"check": check, "found": found} for check, found in site.evidence]
    # a list's date, or a homepage box's, beside an article of another day
    shown = [*(i for col in site.columns if col.fail is None for i in col.items), *site.home_items]
    for i in shown:
        if i.published and i.published > as_of and i not in site.home_items:
            out.append({"check": "future_date", "found": f"{i.title}（{i.published}）"})
        if i.published and i.article_date and abs((i.article_date - i.published).days) > DATE_MISMATCH_DAYS:
            out.append({"check": "date_mismatch", "found": f"正文发布日期{i.article_date}",
                        "page_url": base.rstrip("/") + i.path})
    return out


def homepage_update(site: Site, as_of: date) -> date | None:
    if site.nav_only:  # a navigation page: its second-level pages speak for it
        dates = [last_update(c, as_of) for c in site.columns]
    else:
        # a date a list shows after the check date is a typo: the item is as new as its article says
        # a block of text lines (brtext) dates nothing a reader can follow: what it shows is a person's to check
        # so does a block whose data does not come (Block.fails): what it holds is unknown
        dates = [i.published if i.published <= as_of else i.article_date
                 for b in site.blocks if b.layout != "brtext" and not b.fails
                 for i in site.column(b.column).items[:b.count] if i.published]
        dates = [d for d in dates if d and d <= as_of]
        # a 头条 whose article never answers (a rate limiter's 429) dates nothing: unknown
        shown = [*site.carousel, *site.slides, *site.flash_slides, site.cell_headline,
                 None if site.headline_status else site.headline]
        dates += [i.published for i in shown if i and i.published and i.published <= as_of]
        dates += [d for i in site.home_items if (d := i.article_date or i.published) and d <= as_of]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def site_truth(site: Site, base: str, as_of: date, listed: str | None = None) -> dict:
    """`listed`: the homepage the site list gives, where site-level findings are shown (default: base)."""
    m = site.meta
    out: dict = {"name": m.name, "url": base, "status": "checked", "verdict": None, "score": None, "vetoes": [],
                 "could_flip": [],
                 "homepage_last_update": None, "homepage_stale": None, "homepage_nav_only": site.nav_only,
                 "columns": [], "links": [], "not_reported": [], "identity_missing": [], "deductions": {},
                 "counts": {}, "interaction_services": [], "evidence": [], "wording": []}
    if m.status != "active":
        return {**out, "status": "exempt", "verdict": "exempt"}
    if not m.listening or m.https_dead:  # no page opens, whatever the http side answers
        return {**out, "status": "unreachable", "verdict": "unqualified", "vetoes": ["availability"]}
    if site.bot_wall:  # nothing read: no finding, the homepage waits for a person
        return {**out, "verdict": "qualified", "score": 100.0, "homepage_stale": None,
                "deductions": dict.fromkeys(("homepage_links", "other_links", "policy_columns", "identity"), 0.0)}

    columns = [column_truth(c, base, as_of) for c in site.columns]
    home = homepage_update(site, as_of)
    home_stale = home is None or (as_of - home).days > HOMEPAGE_DAYS
    links, not_reported = [], []
    # a framed homepage's frames (its splash's) are the homepage
    home_pages = {"/", HOME_MAIN, HOME_TOP, HOME_WELCOME} if site.frames else {"/"}
    for ln in site.links:
        url = absolute(base, ln.url, ln.source)
        if ln.verdict == "ok":
            not_reported.append(url)
            continue
        links.append({"url": url, "source": base.rstrip("/") + ln.source, "text": ln.text,
                      "on_homepage": ln.source in home_pages,
                      "category": ln.category, "verdict": ln.verdict, "kind": ln.kind, "external": ln.external,
                      "counted": ln.verdict == "broken" and ln.category not in NOT_COUNTED})
    not_reported += site.not_reported
    if "conac_mark" not in site.identity_missing:
        not_reported.append(f"http://bszs.conac.cn/sitename?method=show&id={conac_id(m.site_code)}")

    home_broken = {x["url"] for x in links if x["counted"] and x["on_homepage"]}
    other_broken = {x["url"] for x in links if x["counted"] and not x["on_homepage"]} - home_broken
    top = {c.name for c in site.columns if c.parent is None}
    counts_a = lambda c: c["type"] == "news" or (c["type"] in ("notice", "policy") and c["name"] in top)  # noqa: E731
    stale_a = [c for c in columns if c["stale"] and counts_a(c)]
    stale_all = [c for c in columns if c["stale"]]
    empty = [c for c in columns if c["empty"]]
    stale_policy = [c for c in columns if c["stale"] and c["type"] == "policy" and c["name"] in top]
    unverified = [c for c in columns if c["verdict"] == "unverified"]

    vetoes, could_flip = [], []
    # what its 头条 dates, its lines of text or a block whose data does not come, is unknown: a person checks, no veto
    unknown = bool(site.headline_status) or home_stale and any(b.layout == "brtext" or b.fails for b in site.blocks)
    if home_stale and unknown:
        could_flip.append("homepage")
    elif home_stale:
        vetoes.append("homepage_stale")
    # each column veto, and whether the unverified columns, read as stale or empty, would reach it
    for veto, hits, limit, could in (
            ("columns_stale", stale_a, VETO_STALE_A, [c for c in unverified if counts_a(c)]),
            ("columns_long_stale", stale_all, VETO_STALE_B, [c for c in unverified if STALE_DAYS.get(c["type"])]),
            ("columns_empty", empty, VETO_EMPTY, unverified)):
        if len(hits) >= limit:
            vetoes.append(veto)
        elif len(hits) + len(could) >= limit:
            could_flip.append(veto)
    deductions = {
        "homepage_links": min(HOMEPAGE_LINK_CAP, HOMEPAGE_LINK * len(home_broken)),
        "other_links": min(OTHER_LINK_CAP, round(OTHER_LINK * len(other_broken), 2)),
        "policy_columns": min(POLICY_COLUMN_CAP, POLICY_COLUMN * len(stale_policy)),
        "identity": min(IDENTITY_CAP, IDENTITY_ITEM * len(site.identity_missing)),
    }
    evidence = evidence_truth(site, base, as_of)
    for check in EVIDENCE_SCORED:
        found = [e["found"] for e in evidence if e["check"] == check]
        hits = len(set(found)) if check in EVIDENCE_PER_VALUE else len(found)  # one wrong code, however many pages
        if hits:
            deductions[f"evidence.{check}"] = min(EVIDENCE_CAP, EVIDENCE_ITEM * hits)
    score = None if vetoes else round(max(0.0, 100.0 - sum(deductions.values())), 2)
    verdict = "qualified" if score is not None and score >= PASS_SCORE else "unqualified"
    return {**out, "verdict": verdict, "score": score, "vetoes": vetoes, "could_flip": could_flip,
            "homepage_last_update": home.isoformat() if home else None,
            "homepage_stale": None if unknown else home_stale,
            "columns": columns, "links": links, "not_reported": not_reported,
            "identity_missing": list(site.identity_missing), "deductions": deductions, "evidence": evidence,
            "interaction_services": channel_truth(site, base, as_of, listed or base),
            "wording": wording_truth(site, base),
            "counts": {"broken_homepage": len(home_broken), "broken_other": len(other_broken),
                       "stale_columns": len(stale_all), "stale_columns_news_notice_policy": len(stale_a),
                       "empty_columns": len(empty), "unverified_columns": len(unverified)}}


def ground_truth(as_of: date, urls: dict[str, str], round: int = 1) -> dict:  # noqa: A002 - the brief's name
    """Expected findings per site. ``urls``: site_id -> base URL; IP keys (e.g. "127.0.0.30") give the real
    base of extra hosts when their ports differ (``DemoServer.bases()`` has both)."""
    bases = _bases(urls)
    sites = build_sites(as_of, round, bases)
    return {"as_of": as_of.isoformat(), "round": round,
            "sites": {m.site_id: {**site_truth(sites[m.site_id], landing_base(m, bases[m.site_id]), as_of,
                                             listed_url(m, bases[m.site_id])),
                                  "url": listed_url(m, bases[m.site_id])} for m in SITES}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m govcheck.demo.truth",
                                     description="Write the demo's ground truth.")
    parser.add_argument("--as-of", type=date.fromisoformat, required=True)
    parser.add_argument("--round", type=int, default=1, choices=(1, 2))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--out", help="JSON file (default: standard output)")
    args = parser.parse_args(argv)
    urls = {m.site_id: f"{'https' if m.tls else 'http'}://{m.ip}:{args.port}/" for m in SITES}
    text = json.dumps(ground_truth(args.as_of, urls, args.round), ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
