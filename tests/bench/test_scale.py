"""`make bench-scale` on a tiny province: one process and two workers store the same run and find the planted 404s."""

from __future__ import annotations

import json

from bench import scale
from bench.farm import Farm, FarmServer, prerender


def test_prerendered_answers_are_the_farm_answers():
    farm = Farm(sites=3, pages_per_site=12, seed=1, port=8899, friends=1)
    answers = prerender(farm, 8899)
    site = farm.sites[2]
    for path in [*site.by_path, *site.files, "/robots.txt"]:
        status, ctype, body = farm.respond(site.ip, path)
        head, got = answers[site.ip][path.encode()]
        assert got == body and head.startswith(f"HTTP/1.1 {status} ".encode()), path
        assert f"Content-Length: {len(body)}\r\n".encode() in head and ctype.encode() in head
    assert farm.sites[0].friends == [farm.sites[1]] and farm.sites[2].friends == [farm.sites[0]]


def test_sites_beyond_199_live_on_127_1():
    farm = Farm(sites=201, pages_per_site=3, seed=1, friends=2)
    assert [s.ip for s in farm.sites[197:]] == ["127.0.1.198", "127.0.1.199", "127.1.0.1", "127.1.0.2"]
    assert len(set(farm.ips)) == 202


def test_the_prerendered_server_keeps_the_connection_and_answers_head():
    import http.client
    import socket
    import time

    farm = Farm(sites=2, pages_per_site=12, seed=1, friends=1)
    with FarmServer(farm, prerender=True, keepalive=0.5) as server:
        site = farm.sites[1]
        conn = http.client.HTTPConnection(site.ip, server.port, timeout=5)
        for path in list(site.by_path)[:3]:
            conn.request("GET", path)
            response = conn.getresponse()
            assert (response.status, response.read()) == (200, farm.respond(site.ip, path)[2])
        conn.request("HEAD", "/")
        response = conn.getresponse()
        assert response.status == 200 and response.read() == b""
        conn.request("GET", "/no/such/page.html")
        assert conn.getresponse().status == 404
        conn.close()
        idle = socket.create_connection((site.ip, server.port), timeout=5)
        time.sleep(1.0)  # past the keep-alive timeout the server closes its end
        assert idle.recv(1) == b""
        idle.close()
        assert server.errors_size() == 0


def test_one_process_and_two_workers_store_the_same_run(tmp_path):
    out = tmp_path / "bench-scale.json"
    report = scale.run(sites=4, pages=12, workers=2, seed=1, friends=2, timeout=180, out=out)
    truth = report["farm"]
    assert truth["broken"] == 2  # the seed plants two 404s in this province
    single, distributed = report["results"]
    assert (single["mode"], single["workers"], distributed["mode"], distributed["workers"]) == (
        "single", 1, "distributed", 2)
    for result in (single, distributed):
        assert result["ok"], result
        assert result["pages"] == truth["pages"] == 48
        assert result["planted_found"] == result["broken_found"] == truth["broken"]
        assert result["links_checked"] == truth["distinct_urls"]
        assert result["homepages"] == 4
    assert single["columns"] == distributed["columns"] > 0
    assert json.loads(out.read_text(encoding="utf-8"))["results"] == report["results"]


def test_a_homepage_linked_from_other_portals_is_still_read_as_their_homepage(tmp_path):
    # every homepage links to 5 others: their links are read long before the last seeds are scheduled
    report = scale.run(sites=30, pages=6, modes=("single",), seed=1, friends=5, timeout=180, out=tmp_path / "s.json")
    (single,) = report["results"]
    assert single["ok"], single
    assert single["homepages"] == 30  # each probed, and its menu read: every column found, none else
    columns = sum(len(site.columns) for site in Farm(30, 6, seed=1, friends=5).sites)
    assert single["columns"] == single["top_level_columns"] == columns == 60


def test_the_ceiling_is_the_cores_left_beside_filled_at_the_workers_cpu_per_page():
    single = {"mode": "single", "ok": True, "pages_per_s": 86.4}
    two = {"mode": "distributed", "ok": True, "workers": 2, "wall_s": 171.79, "pages_per_s": 145.5,
           "cpu_ms_per_page": 11.6, "farm_cpu_s": 3.03, "store_cpu_s": 27.15, "other_cpu_s": 2.94}
    top = scale.ceiling([single, two], cores=2)
    assert top["cores_beside"] == 0.19
    assert top["pages_per_s"] == 155.8 and top["speedup"] == 1.8 and top["reached"] == 0.93
    # on many cores the workers themselves are the limit
    assert scale.ceiling([single, two], cores=16)["pages_per_s"] == round(2 / 0.0116, 1)
    assert scale.ceiling([single, {**two, "ok": False}], cores=2) is None
