"""The benchmark farm (bench/farm.py): deterministic, its counts match its pages, and it serves them."""

from __future__ import annotations

import http.client
from urllib.parse import urljoin

import lxml.html
import pytest

from bench.farm import EXTERNAL_IP, Farm, FarmServer
from govcheck.sites import load_sites

PORT = 8899


@pytest.fixture(scope="module")
def farm() -> Farm:
    return Farm(sites=2, pages_per_site=20, seed=1, port=PORT)


def all_pages(farm: Farm):
    for site in farm.sites:
        for page in site.pages:
            url = f"http://{site.ip}:{PORT}{page.path}"
            status, ctype, body = farm.respond(site.ip, page.path)
            yield url, status, ctype, body


def test_same_seed_same_farm_other_seed_other_farm(farm):
    again = Farm(sites=2, pages_per_site=20, seed=1, port=PORT)
    assert again.counts() == farm.counts()
    assert [b for *_, b in all_pages(again)] == [b for *_, b in all_pages(farm)]
    other = Farm(sites=2, pages_per_site=20, seed=2, port=PORT)
    assert [b for *_, b in all_pages(other)] != [b for *_, b in all_pages(farm)]


def test_counts_match_the_rendered_pages(farm):
    counts = farm.counts()
    assert counts.sites == 2 and counts.pages == 40
    occurrences, targets = 0, {f"http://{s.ip}:{PORT}/" for s in farm.sites}
    for url, status, ctype, body in all_pages(farm):
        assert status == 200 and ctype.startswith("text/html")
        assert body.decode("utf-8")  # UTF-8 throughout
        doc = lxml.html.fromstring(body)
        refs = doc.xpath("//a/@href | //img/@src")
        occurrences += len(refs)
        targets |= {urljoin(url, ref) for ref in refs}
    assert occurrences == counts.occurrences
    assert len(targets) == counts.distinct_urls
    assert farm.broken_urls() <= targets
    assert counts.broken == len(farm.broken_urls()) > 0


def test_every_target_answers_as_planted(farm):
    broken = farm.broken_urls()
    for _site, _source, target, _tag in farm.link_targets():
        host, path = target.split("//", 1)[1].split(":", 1)[0], "/" + target.split("/", 3)[3]
        status, _, _ = farm.respond(host, path)
        assert status == (404 if target in broken else 200), target


def test_pages_look_like_a_trs_portal(farm):
    site = farm.sites[0]
    home = farm.respond(site.ip, "/")[2].decode()
    assert "工作动态" in home and "通知公告" in home and "政策文件" in home
    article = next(p for p in site.pages if p.kind == "article")
    assert article.path.startswith("/xwdt/202611/t202611") and article.path.endswith(".html")
    listing = farm.respond(site.ip, "/xwdt/")[2].decode()
    assert f'<li><a href="./{article.path[6:]}"' in listing and f"<span>{article.day}</span></li>" in listing
    assert 2_000 < len(farm.respond(site.ip, article.path)[2]) < 9_000


def test_site_list_is_a_valid_govcheck_site_list(farm, tmp_path):
    sites = load_sites(farm.write_site_list(tmp_path / "sites.csv"))
    assert [s.url for s in sites] == [f"http://127.0.1.1:{PORT}/", f"http://127.0.1.2:{PORT}/"]
    assert all(s.kind == "portal" and s.active and len(s.site_code) == 10 for s in sites)


def get(host: str, port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
    own = conn is None
    conn = conn or http.client.HTTPConnection(host, port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if own:
            conn.close()


def test_the_server_answers_pages_files_and_404s():
    farm = Farm(sites=2, pages_per_site=20, seed=1)
    with FarmServer(farm) as server:
        port = server.port
        site = farm.sites[1]
        conn = http.client.HTTPConnection(site.ip, port, timeout=5)  # one kept-alive connection
        for page in site.pages[:5]:
            status, body = get(site.ip, port, page.path, conn)
            assert status == 200 and body == farm.respond(site.ip, page.path)[2]
        image = next(p for p, ext in site.files.items() if ext == "jpg")
        assert get(site.ip, port, image, conn)[0] == 200
        assert get(site.ip, port, "/no/such/page.html", conn)[0] == 404
        for url in sorted(farm.broken_urls())[:3]:
            host, path = url.split("//", 1)[1].split(":", 1)[0], "/" + url.split("/", 3)[3]
            assert get(host, port, path)[0] == 404
        assert get(EXTERNAL_IP, port, "/ext/3.html")[0] == 200
        conn.close()
    assert server.process.poll() is not None
