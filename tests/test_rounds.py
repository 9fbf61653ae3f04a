"""Two audits with faults fixed in between: the second report shows them as fixed, the store confirms repeats."""

from __future__ import annotations

import re
import socket
import subprocess
import sys

import pytest

from tests.conftest import AS_OF, ROOT, run_crawl


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.11", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory):
    from govcheck.demo.server import DemoServer
    from govcheck.demo.tlscerts import ca_pem

    tmp = tmp_path_factory.mktemp("rounds")
    db = f"sqlite:///{tmp / 'g.sqlite'}"
    port = free_port()  # the same addresses in both rounds, as a real portal keeps its URLs
    (tmp / "ca.pem").write_bytes(ca_pem())
    for round_ in (1, 2):
        with DemoServer(AS_OF, port=port, round=round_) as server:
            sites = server.write_site_list(tmp / "sites.csv")
            done = run_crawl(sites, db, extra={"GOVCHECK_CA_BUNDLE": str(tmp / "ca.pem")})
            assert done.returncode == 0, done.stderr[-3000:]
    out = tmp / "report"
    done = subprocess.run([sys.executable, "-m", "govcheck.cli", "--db", db, "report", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db, out, port


def test_second_report_shows_the_fixed_problems(two_rounds):
    _, out, port = two_rounds
    site = (out / "sites" / "qx.html").read_text(encoding="utf-8")
    assert re.search(r'data-figure="diff">\d+ / \d+ / 2<', site)  # the two homepage 404s
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"http://127.0.0.11:{port}/xxgk/tzwj/download.html" in index.split('id="fixed"')[1]


def test_second_round_verdicts(two_rounds):
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    db, _, _ = two_rounds
    engine = make_engine(db)
    export = export_run(engine, latest_run_id(engine))
    engine.dispose()
    by_id = {s["site_id"]: s for s in export["sites"]}
    assert by_id["wjw"]["verdict"] == "qualified"  # its empty columns got items
    assert by_id["qx"]["score"] == pytest.approx(95.7, abs=0.05)  # 93.7 + the two homepage links


def test_failures_seen_again_are_confirmed(two_rounds):
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    db, _, port = two_rounds
    engine = make_engine(db)
    export = export_run(engine, latest_run_id(engine))
    first = export_run(engine, latest_run_id(engine) - 1)
    engine.dispose()
    links = {link["url"]: link for s in export["sites"] for link in s["links"]}
    assert links[f"http://127.0.0.11:{port}/ljcs/ycwj.html"]["confirmed"] is True
    assert all(not link["confirmed"] for s in first["sites"] for link in s["links"])
