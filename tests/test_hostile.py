"""Hostile and broken input: every trap of the hostile site, a dead domain and a bad certificate end in a
finding, never a crash or a hang. One crawl per store (SQLite and PostgreSQL, run side by side)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse, Request
from sqlalchemy import select

from govcheck.demo import hostile
from govcheck.demo.hostile_pages import MOJIBAKE_PHRASE
from govcheck.judge.urls import url_pattern
from govcheck.middlewares import CharsetFallbackMiddleware, decompressed_too_large, unusable_href
from tests.conftest import run_crawl

AS_OF = hostile.DEMO_DAY
NO_DNS_URL = "http://www.nosuchhost-demo.invalid/"
LIMITS = {
    "DOWNLOAD_TIMEOUT": 3,
    "GOVCHECK_MAX_PAGES_PER_SITE": 400,  # the default: never reached once the traps are recognised
    "GOVCHECK_MAX_DEPTH": 40,  # deep enough that only recognising a trap stops the endless spaces within the budget
    "GOVCHECK_MAX_URLS_PER_PATTERN": 10,
    "GOVCHECK_CRAWL_PROBE_INTERVAL": 1.0,
    "RETRY_TIMES": 2,
    "GOVCHECK_HOST_RETRY_AFTER": 5,  # a host that is down is tried again within the crawl
}
# pages of a trap's shape read beyond the cap: those already requested when it proved one (a month's days)
TRAP_SLACK = 10
WALL_LIMIT = 60  # seconds: the whole crawl, hanging and trickling pages included


# ---- the crawl ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_server():
    from govcheck.demo.server import DemoServer

    with DemoServer(AS_OF, port=0, hosts=hostile.hosts(AS_OF)) as server:
        yield server


@pytest.fixture(scope="module")
def cases(hostile_server):
    ports = {ip: urlsplit(url).port for ip, url in hostile_server.host_urls.items()}
    return {c["id"]: c for c in hostile.hostile_cases(ports, AS_OF)}


@pytest.fixture(scope="module")
def site_list(hostile_server, tmp_path_factory):
    from govcheck.demo.linkhosts import TLS_EXPIRED_IP

    rows = [
        ("hostile", "恶意网站", hostile_server.host_urls[hostile.HOSTILE_IP]),
        ("nodns", "域名失效网站", NO_DNS_URL),
        ("tls", "证书过期网站", hostile_server.host_urls[TLS_EXPIRED_IP]),
    ]
    path = tmp_path_factory.mktemp("hostile") / "sites.csv"
    lines = ["site_id,name,url,site_code,sponsor,kind,region,status,note"]
    lines += [f"{sid},{name},{url},,,portal,,active," for sid, name, url in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawls(site_list, demo_ca, pg_url, tmp_path_factory):
    """{store: (engine, process, seconds)} for one crawl of the three sites into each store."""
    from govcheck.store.db import make_engine

    urls = {"sqlite": f"sqlite:///{tmp_path_factory.mktemp('hostile-db') / 'govcheck.sqlite'}", "postgresql": pg_url}
    extra = {**LIMITS, "GOVCHECK_CA_BUNDLE": str(demo_ca)}

    def crawl(url):
        started = time.monotonic()
        done = run_crawl(site_list, url, as_of=AS_OF, extra=extra, timeout=WALL_LIMIT + 30)
        return done, time.monotonic() - started

    with ThreadPoolExecutor(2) as pool:
        results = dict(zip(urls, pool.map(crawl, urls.values()), strict=True))
    out = {store: (make_engine(urls[store]), *results[store]) for store in urls}
    yield out
    for engine, _, _ in out.values():
        engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def crawl(request, crawls):
    return crawls[request.param]


@pytest.fixture(scope="module")
def stored(crawl):
    """What the crawl stored: run, pages, checks by URL, link occurrences, probes, exported sites."""
    from govcheck.export import export_run
    from govcheck.store.models import LinkCheck, LinkOccurrence, Page, ProbeRecord, Run
    from govcheck.store.read import latest_run_id

    engine, done, _ = crawl
    run_id = latest_run_id(engine, complete_only=False)
    assert run_id is not None, done.stderr[-3000:]
    with engine.connect() as conn:
        def rows(model):
            return conn.execute(select(model).where(model.run_id == run_id)).all()
        data = {
            "run": conn.execute(select(Run).where(Run.id == run_id)).one(),
            "pages": rows(Page),
            "checks": {c.url: c for c in rows(LinkCheck)},
            "links": rows(LinkOccurrence),
            "probes": rows(ProbeRecord),
        }
    data["sites"] = {s["site_id"]: s for s in export_run(engine, run_id)["sites"]}
    return data


def host_of(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # "http://[bad/": a malformed finding, not a host
        return None


def hostile_pages(stored):
    return [p for p in stored["pages"] if p.site_id == "hostile"]


def test_crawl_ends_cleanly_in_bounded_time(crawl, stored):
    _, done, seconds = crawl
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert seconds < WALL_LIMIT
    assert stored["run"].status == "complete"


@pytest.mark.parametrize("trap", ["calendar", "event-days", "search-pages"])
def test_endless_spaces_are_recognised_by_what_they_yield(stored, cases, trap):
    """Each endless space is read, and stops well within the depth and the page budget once enough of its pages
    added nothing new: a search's next page, a calendar's empty next day, and a calendar's next month, which reads
    like the last and leads only to empty days."""
    pages = hostile_pages(stored)
    assert len(pages) < LIMITS["GOVCHECK_MAX_PAGES_PER_SITE"]
    pattern = url_pattern(cases[trap]["url"])
    parsed = [p.url for p in pages if url_pattern(p.url) == pattern]
    assert 1 <= len(parsed) <= LIMITS["GOVCHECK_MAX_URLS_PER_PATTERN"] + TRAP_SLACK, sorted(parsed)


def test_a_host_that_is_down_costs_one_wait_not_one_per_link(stored, cases, hostile_server):
    """Every link to a site that hangs and to one that refuses is broken with its class, listed where it stands;
    the hanging site is asked far fewer times than it has links (both crawls together, retries included)."""
    case = cases["down-hosts"]
    listed = {link.target_url for link in stored["links"] if link.source_url == case["url"]}
    for category in ("timeout", "connection_refused"):
        assert set(case[category]) <= listed
        for url in case[category]:
            check = stored["checks"][url]
            assert (check.verdict, check.category) == ("broken", category), url
    asked = sum(n for (_, ip, _), n in hostile_server.hits.items() if ip == hostile.DOWN_IP)
    # each link asked at most once (those queued before the host proved down), and the host tried again a few
    # times; without that, each link would be asked RETRY_TIMES + 1 times in each crawl
    assert 0 < asked <= 2 * (len(case["timeout"]) + 3) < 2 * len(case["timeout"]) * (LIMITS["RETRY_TIMES"] + 1)


def test_look_alike_bulletins_are_content_not_a_trap(stored, cases):
    """Forty bulletins that differ only in their numbers, each with its own attachment: all read, all checked."""
    case = cases["daily-bulletins"]
    assert set(case["pages"]) <= {p.url for p in hostile_pages(stored)}
    for url in case["attachments"]:
        check = stored["checks"][url]
        want = ("broken", 404) if url in case["broken"] else ("ok", 200)
        assert (check.verdict, check.http_status) == want, url


@pytest.mark.parametrize("trap", ["huge-page", "gzip-bomb"])
def test_too_large_is_cut_and_not_a_dead_link(stored, cases, trap):
    """A body past DOWNLOAD_MAXSIZE exists: the link is ok, the page is not parsed, the crawl goes on."""
    url = cases[trap]["url"]
    check = stored["checks"][url]
    assert (check.verdict, check.category, check.http_status) == ("ok", "ok", 200)
    assert url not in {p.url for p in stored["pages"]}
    assert url not in {link["url"] for link in stored["sites"]["hostile"]["links"]}


def test_size_cap_is_logged(crawl):
    _, done, _ = crawl
    assert "larger than download max size" in done.stderr
    assert "exceeded DOWNLOAD_MAXSIZE" in done.stderr


def test_redirect_loop_is_a_finding(stored, cases):
    check = stored["checks"][cases["redirect-loop"]["url"]]
    assert (check.category, check.verdict) == ("redirect_loop", "broken")


def test_malformed_html_still_has_its_links_checked(stored, cases):
    case = cases["malformed-html"]
    found = {link.target_url for link in stored["links"] if link.source_url == case["url"]}
    for target in case["links"]:
        assert target in found
        assert stored["checks"][target].verdict == "ok"
    assert {p.title for p in stored["pages"] if p.url == case["url"]} == {"旧系统页面"}


def test_lying_charset_is_decoded(stored, cases):
    case = cases["charset-lie"]
    assert {p.title for p in stored["pages"] if p.url == case["url"]} == {case["phrase"]}


def test_invalid_hrefs_are_malformed_findings_never_requested(stored, cases):
    case = cases["invalid-hrefs"]
    targets = [link.target_url for link in stored["links"] if link.source_url == case["url"]]
    assert len(targets) == len(case["hrefs"])
    for target in targets:
        check = stored["checks"][target]
        assert (check.category, check.verdict, check.http_status) == ("malformed_url", "broken", None), target
    hosts = {host_of(url) for url in stored["checks"] if url.startswith("http")}
    assert "server" not in hosts  # \\server\share is a file share, not a host to look up
    assert not any(len(url) > 2083 or "\x01" in url for url in stored["checks"] if url.startswith("http"))


def test_a_base_href_no_parser_accepts_is_ignored_as_a_browser_does(crawl, stored, cases):
    """The page is read, and its relative links resolve against its own URL: none is blamed as malformed."""
    case = cases["invalid-base"]
    assert {p.title for p in stored["pages"] if p.url == case["url"]} == {"政策文件"}
    found = {link.target_url for link in stored["links"] if link.source_url == case["url"]}
    assert set(case["links"]) <= found
    assert {url: stored["checks"][url].verdict for url in found} == dict.fromkeys(found, "ok")
    assert "parse_list failed" not in crawl[1].stderr


def test_a_relative_base_href_is_taken_against_the_page_and_no_link_is_blamed(stored, cases):
    """<base href="/policy/2026/">: its relative links resolve against it (they were each called malformed)."""
    case = cases["relative-base"]
    found = {link.target_url for link in stored["links"] if link.source_url == case["url"]}
    assert found == set(case["links"])
    assert {url: stored["checks"][url].verdict for url in found} == dict.fromkeys(found, "ok")


def test_a_redirect_to_a_malformed_address_is_a_malformed_link(stored, cases):
    case = cases["malformed-redirect"]
    check = stored["checks"][case["url"]]
    assert (check.category, check.verdict) == ("malformed_url", "broken")
    assert case["location"] in check.detail


def test_a_redirect_to_a_mail_address_waits_for_a_person(stored, cases):
    case = cases["non-web-redirect"]
    check = stored["checks"][case["url"]]
    assert (check.category, check.verdict) == ("non_web_redirect", "unverified")
    assert case["location"] in check.detail


def test_a_refresh_to_a_malformed_address_leaves_the_page_read(stored, cases):
    case = cases["malformed-refresh"]
    assert {p.title for p in stored["pages"] if p.url == case["url"]} == {"旧版首页"}
    assert stored["checks"][case["url"]].verdict == "ok"
    assert set(case["links"]) <= {link.target_url for link in stored["links"] if link.source_url == case["url"]}


def test_hanging_page_times_out(stored, cases):
    check = stored["checks"][cases["hang"]["url"]]
    assert (check.category, check.verdict) == ("timeout", "broken")
    attempts = LIMITS["RETRY_TIMES"] + 1
    assert check.elapsed < attempts * (LIMITS["DOWNLOAD_TIMEOUT"] + 2)


def test_trickling_page_times_out_on_total_time(stored, cases):
    """One byte a second never idles a connection: only the total download time stops it."""
    check = stored["checks"][cases["trickle"]["url"]]
    assert (check.category, check.verdict) in {("timeout", "broken"), ("ok", "ok")}
    assert check.elapsed < (LIMITS["RETRY_TIMES"] + 1) * (LIMITS["DOWNLOAD_TIMEOUT"] + 2)


def test_every_trap_has_an_outcome(stored, cases):
    for case in cases.values():
        assert case["url"] in stored["checks"], case["id"]


def test_dead_domain_is_unreachable(stored):
    site = stored["sites"]["nodns"]
    assert (site["status"], site["verdict"]) == ("unreachable", "unqualified")
    assert {p.reason for p in stored["probes"] if p.site_id == "nodns"} == {"dns_error"}
    assert stored["checks"][NO_DNS_URL].category == "dns_error"


def test_bad_certificate_site_is_unreachable_for_tls(stored, site_list):
    site = stored["sites"]["tls"]
    assert (site["status"], site["verdict"]) == ("unreachable", "unqualified")
    reasons = {p.reason for p in stored["probes"] if p.site_id == "tls"}
    assert reasons and all(r.startswith("tls_") for r in reasons)
    check = stored["checks"][site["url"]]
    assert (check.category, check.failure) == ("tls_error", "tls_expired")


# ---- the pieces, without a crawl ------------------------------------------------------------------------

PHRASE = MOJIBAKE_PHRASE


def respond(body: bytes, content_type: str = "text/html; charset=utf-8", url: str = "http://127.0.0.40/a.html"):
    response = HtmlResponse(url, body=body, headers={"Content-Type": content_type}, request=Request(url))
    return CharsetFallbackMiddleware().process_response(response.request, response)


def test_utf8_header_over_gbk_bytes_is_reread():
    text = f"<html><head><title>{PHRASE}</title></head><body><p>{PHRASE}。</p></body></html>"
    response = respond(text.encode("gbk"))
    assert response.xpath("//title/text()").get() == PHRASE


def test_meta_declared_utf8_over_gbk_bytes_is_reread():
    text = f'<html><head><meta charset="utf-8"><title>{PHRASE}</title></head><body></body></html>'
    response = respond(text.encode("gbk"), content_type="text/html")
    assert response.xpath("//title/text()").get() == PHRASE


def test_honest_pages_are_left_alone():
    text = f"<html><head><title>{PHRASE}</title></head><body></body></html>"
    cut = text.encode("utf-8") + "通".encode()[:2]  # a body cut mid-character is still UTF-8
    for body, ctype, encoding in ((text.encode("utf-8"), "text/html; charset=utf-8", "utf-8"),
                                  (text.encode("gbk"), "text/html; charset=gbk", "gb18030"),
                                  (cut, "text/html; charset=utf-8", "utf-8")):
        response = respond(body, ctype)
        assert response.encoding == encoding
        assert response.xpath("//title/text()").get() == PHRASE


def test_unusable_hrefs():
    base = "http://127.0.0.40/"
    assert unusable_href("\\\\server\\share", "http://server/share")
    assert unusable_href("/news\x01.html", base + "news\x01.html")
    assert unusable_href("/" + "a" * 3000, base + "a" * 3000)
    assert unusable_href("/news/1.html", base + "news/1.html") is None
    assert unusable_href("\\news\\1.html", base + "news/1.html") is None  # backslashes as browsers read them


def test_decompression_bomb_is_too_large_not_a_failure():
    from scrapy.exceptions import IgnoreRequest

    assert decompressed_too_large(IgnoreRequest("Ignored response <200 x> because its body (1 B compressed, 17 B "
                                                "decompressed so far) exceeded DOWNLOAD_MAXSIZE (16 B) "
                                                "during decompression."))
    assert not decompressed_too_large(IgnoreRequest("Forbidden by robots.txt"))
