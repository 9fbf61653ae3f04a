"""The benchmark farm (bench/farm.py): deterministic, its counts match its pages, and it serves them."""

from __future__ import annotations

import http.client
from urllib.parse import urljoin

import lxml.html
import pytest

from bench.farm import EXTERNAL_IP, HANG_IP, REFUSED_IP, Farm, FarmServer
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


# --- the tail: hanging links, a site that is down, a host that refuses connections ---
def tail_farm(**kw) -> Farm:
    return Farm(sites=3, pages_per_site=20, seed=1, port=PORT, hanging=4, down=1, refused=0.34, **kw)


def test_the_tail_is_added_without_changing_the_rest_of_the_farm(farm, tmp_path):
    tail = Farm(sites=2, pages_per_site=20, seed=1, port=PORT, hanging=3, down=1, refused=0.5)
    assert tail.not_found_urls() == farm.not_found_urls() == farm.broken_urls()
    assert tail.sites[0].pages == farm.sites[0].pages
    kinds = tail.tail_urls()
    assert len(kinds["hanging"]) == 3 and len(kinds["refused"]) == 1
    assert f"http://{tail.down_sites[0].ip}:{PORT}/" in kinds["down"]
    assert tail.broken_urls() == farm.broken_urls() | kinds["hanging"] | kinds["down"] | kinds["refused"]
    counts = tail.counts()
    assert (counts.sites, counts.down_sites, counts.pages) == (3, 1, farm.counts().pages)
    assert counts.broken == counts.not_found + counts.hanging + counts.down + counts.refused
    assert [s.url for s in load_sites(tail.write_site_list(tmp_path / "s.csv"))][-1] == tail.homepages()[-1]
    assert Farm(sites=2, pages_per_site=20, seed=1, port=PORT, hanging=3, down=1, refused=0.5).counts() == counts


def test_every_tail_url_is_linked_and_answers_late_or_never():
    farm = tail_farm()
    targets = {target for *_, target, _tag in farm.link_targets()}
    for kind, urls in farm.tail_urls().items():
        for url in urls:
            host = url.split("//", 1)[1].split(":", 1)[0]
            assert url in targets or url in farm.homepages(), url
            if kind == "refused":
                assert host == REFUSED_IP and host not in farm.ips
            else:
                assert farm.delay(host) >= 12 and farm.respond(host, "/")[0] == 504, url
    down_home = farm.homepages()[-1]  # linked from every homepage
    assert sum(1 for _s, src, t, _ in farm.link_targets() if t == down_home and src.endswith(f":{PORT}/")) == 3


@pytest.mark.parametrize("prerendered", [False, True])
def test_the_server_holds_hanging_requests_and_answers_the_down_site_late(prerendered):
    import socket
    import time

    farm = tail_farm(down_delay=0.5)
    with FarmServer(farm, prerender=prerendered) as server:
        port = server.port
        hang = socket.create_connection((HANG_IP, port), timeout=5)  # accepted...
        hang.sendall(b"GET /hang/1.html HTTP/1.1\r\nHost: x\r\n\r\n")
        hang.settimeout(1.0)
        with pytest.raises(socket.timeout):  # ...and not answered
            hang.recv(1)
        site = farm.sites[0]  # meanwhile the others answer at once: nothing blocks the server
        t0 = time.monotonic()
        assert get(site.ip, port, "/")[0] == 200 and time.monotonic() - t0 < 0.5
        t0 = time.monotonic()
        down = farm.down_sites[0]
        assert get(down.ip, port, "/")[0] == 504 and time.monotonic() - t0 >= 0.45
        hang.close()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((REFUSED_IP, port), timeout=5)
        assert server.errors_size() == 0
