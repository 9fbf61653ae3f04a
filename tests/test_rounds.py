"""Rounds of the demo: 2026Q3, an ad hoc run of one site, 2026Q4 with faults fixed, then a sampled 2027Q1.

The ad hoc run between the two rounds must change nothing of the second round: its confirmations, its history,
its "上期" and its trend; the sampled round draws the same sites again from its seed and the notice says how.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys

import pytest

from tests.conftest import AS_OF, ROOT, run_crawl

# the rounds' portals: fixed between the rounds (qx, wjw), failing both (jyj, checked ad hoc too), exempt, down
ROUND_SITES = ["qx", "jyj", "qq", "wjw", "zhen", "mz", "old", "nav", "rsj", "kx"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.11", 0))
        return s.getsockname()[1]


def govcheck(db, *args):
    return subprocess.run([sys.executable, "-m", "govcheck.cli", "--db", db, *args], cwd=ROOT, capture_output=True,
                          text=True)


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """`govcheck demo` (2026Q3, jyj ad hoc, 2026Q4), then a sampled 2027Q1 over the portals as they are now."""
    from govcheck.demo.run import ROOT as DEMO_ROOT
    from govcheck.demo.run import run_demo
    from govcheck.demo.server import DemoServer

    tmp = tmp_path_factory.mktemp("rounds")
    db = f"sqlite:///{tmp / 'g.sqlite'}"
    port = free_port()  # the same addresses in every run, as a real portal keeps its URLs
    demo = tmp / "demo"
    assert run_demo(AS_OF, port=port, db=db, out=demo, sites=ROUND_SITES) == 0
    sites = DEMO_ROOT / "var" / f"demo-sites-{port}.csv"
    extra = {"GOVCHECK_CA_BUNDLE": str(DEMO_ROOT / "var" / "demo-ca.pem")}
    with DemoServer(AS_OF, port=port, round=2):
        done = run_crawl(sites, db, extra=extra,
                         args={"round": "2027q1", "sample": "50%", "seed": "12345", "include": "failed"})
        assert done.returncode == 0, done.stderr[-3000:]
    out = tmp / "report"
    done = govcheck(db, "report", "--round", "2026Q4", "-o", str(out))
    assert done.returncode == 0, done.stderr
    sampled = tmp / "sampled"
    done = govcheck(db, "report", "-o", str(sampled))  # the newest complete run: the sampled round
    assert done.returncode == 0, done.stderr
    adhoc = tmp / "adhoc"
    done = govcheck(db, "report", "--run", "2", "-o", str(adhoc))
    assert done.returncode == 0, done.stderr
    yield db, out, port, sites, sampled, adhoc, demo
    sites.unlink()  # the demo's site list under var/, named by this test's port


def exports(db):
    from govcheck.export import export_run
    from govcheck.store.db import make_engine

    engine = make_engine(db)
    try:
        return {i: export_run(engine, i) for i in (1, 2, 3, 4)}
    finally:
        engine.dispose()


def test_the_demo_report_shows_the_trend_across_rounds(rounds):
    index = (rounds[6] / "index.html").read_text(encoding="utf-8")
    assert "第3次检查（2026Q4）" in index
    for table in ("trend-pass-rate", "trend-vetoes", "trend-problems"):
        head = index.split(f'id="{table}"')[1].split("</thead>")[0]
        assert re.findall(r'class="num">([^<]*)</th>', head) == ["2026Q3", "2026Q4"]  # no bar for the ad hoc run
    assert '<figure class="chart" id="chart-vetoes">' in index and "<svg" in index.split('id="chart-problems"')[1]


def test_runs_keep_their_round_and_scope(rounds):
    runs = {i: e["run"] for i, e in exports(rounds[0]).items()}
    assert [(r["round"], r["scope"]) for r in runs.values()] == [
        ("2026Q3", "round"), ("2026Q4", "adhoc"), ("2026Q4", "round"), ("2027Q1", "round")]


def test_second_report_shows_the_fixed_problems(rounds):
    _, out, port, *_ = rounds
    site = (out / "sites" / "qx.html").read_text(encoding="utf-8")
    assert re.search(r'data-figure="diff">\d+ / \d+ / 2<', site)  # the two homepage 404s
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"http://127.0.0.11:{port}/xxgk/tzwj/download.html" in index.split('id="fixed"')[1]


def test_second_round_verdicts(rounds):
    by_id = {s["site_id"]: s for s in exports(rounds[0])[3]["sites"]}
    assert by_id["wjw"]["verdict"] == "qualified"  # its empty columns got items
    assert by_id["qx"]["score"] == pytest.approx(95.6, abs=0.05)  # 93.6 + the two homepage links


def test_failures_seen_again_are_confirmed_across_the_adhoc_run(rounds):
    db, _, port, *_ = rounds
    runs = exports(db)
    # were the ad hoc run (of another site) the baseline, nothing of qx would be confirmed
    links = {link["url"]: link for s in runs[3]["sites"] for link in s["links"]}
    assert links[f"http://127.0.0.11:{port}/ljcs/ycwj.html"]["confirmed"] is True
    assert all(not link["confirmed"] for s in runs[1]["sites"] for link in s["links"])


def test_the_adhoc_run_changes_no_history_previous_or_trend(rounds):
    from govcheck.store.db import make_engine
    from govcheck.store.rounds import previous_run_id, trend_run_ids

    db, out, *_ = rounds
    engine = make_engine(db)
    assert previous_run_id(engine, 3) == 1
    assert previous_run_id(engine, 2) == 1  # the ad hoc run itself is compared with the round before it
    assert previous_run_id(engine, 4) == 3
    assert trend_run_ids(engine, 4, 8) == [1, 3]
    engine.dispose()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "对比第1次检查" in index
    trend = index.split('id="trend-pass-rate"')[1].split("</thead>")[0]
    assert re.findall(r'<th scope="col" class="num">([^<]*)</th>', trend) == ["2026Q3", "2026Q4"]
    # 上期: the sites round one named, each with where it stands now
    first = exports(db)[1]
    named = [s["name"] for s in first["sites"] if s["verdict"] == "unqualified"]
    notice = (out / "notice.html").read_text(encoding="utf-8")
    assert f"上期检查通报的{len(named)}个不合格网站" in notice
    assert all(name in notice.split("三、上期通报问题整改情况")[1] for name in named)


def test_sites_failing_two_rounds_in_a_row_are_named(rounds):
    db, out, *_ = rounds
    runs = exports(db)
    before = {s["site_id"] for s in runs[1]["sites"] if s["verdict"] == "unqualified"}
    twice = [s["name"] for s in runs[3]["sites"] if s["verdict"] == "unqualified" and s["site_id"] in before]
    assert twice  # the demo keeps some sites failing
    notice = (out / "notice.html").read_text(encoding="utf-8")
    assert f"连续两次检查不合格的网站（{len(twice)}个）：{'、'.join(twice)}。" in notice


def test_the_adhoc_report_stands_on_its_own(rounds):
    index = (rounds[5] / "index.html").read_text(encoding="utf-8")
    assert "专项检查，不计入轮次比较" in index
    assert "连续两次检查不合格的网站（" not in (rounds[5] / "notice.html").read_text(encoding="utf-8")


def test_the_sampled_round_draws_the_same_sites_from_its_seed(rounds):
    from decimal import ROUND_HALF_UP, Decimal

    from govcheck.report.figures import percent
    from govcheck.sampling import Unit, draw, parse_sample
    from govcheck.sites import read_site_list

    db, _, _, sites, sampled, *_ = rounds
    runs = exports(db)
    sample = runs[4]["run"]["sample"]
    assert sample["seed"] == 12345 and sample["spec"] == "50%"
    drawn = sample["drawn"]
    listed, _ = read_site_list(sites)
    active = sum(s.active for s in listed)
    assert drawn == len(sample["chosen"]) >= active // 2  # half the active sites, and the failing ones forced in
    failed = [s["site_id"] for s in runs[3]["sites"] if s["verdict"] == "unqualified"]
    again = draw([Unit(s.site_id, s.kind, s.region) for s in listed if s.active], parse_sample("50%"), 12345, failed)
    assert again.chosen == sample["chosen"]
    assert set(failed) <= set(sample["chosen"])
    stored = [s["site_id"] for s in runs[4]["sites"] if s["status"] != "exempt"]
    assert stored == sample["chosen"]  # the sites not drawn were not crawled
    summary = runs[4]["summary"]
    # rounded half up (四舍五入), as a notice's figures are: 27 of 48 is 56.3%, not Python's round's 56.2%
    share = percent(float((Decimal(100 * drawn) / active).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)))
    assert summary["sites_in_list"] == len(listed) and percent(summary["sampling_share"]) == share
    notice = (sampled / "notice.html").read_text(encoding="utf-8")
    assert f"本次检查按网站类型和地区分层随机抽取{drawn}个网站（抽查比例{share}，随机种子12345）" in notice
    assert f"上一轮检查不合格的{len(failed)}个网站均纳入本次检查" in notice


def test_rounds_are_listed(rounds):
    done = govcheck(rounds[0], "rounds")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines[1:]] == [["2026Q3", "1"], ["2026Q4", "3"], ["2027Q1", "4"]]
    assert lines[3].endswith("50% (seed 12345)") and lines[1].endswith("all")


@pytest.mark.parametrize(("args", "words"), [
    (["report", "--round", "2026Q5"], "is not a round"),
    (["report", "--round", "2018Q1"], "no complete run of round 2018Q1"),
    (["report", "--compare", "2026Q3"], "is not a run id"),
])
def test_bad_report_arguments_are_one_line(rounds, args, words):
    done = govcheck(rounds[0], *args)
    assert done.returncode == 2 and words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("args", "words"), [
    ({"round": "2019Q5"}, "round argument"),
    ({"sample": "120%"}, "sample argument"),
    ({"sample": "3", "site": "qx"}, "only a round over the whole site list is sampled"),
])
def test_bad_round_arguments_stop_the_crawl_in_one_line(rounds, tmp_path, args, words):
    done = run_crawl(rounds[3], f"sqlite:///{tmp_path / 'g.sqlite'}", args=args, timeout=60)
    assert done.returncode == 2 and words in done.stderr
    assert "Traceback" not in done.stderr


def test_the_demo_audits_the_portals_asked_for_alone(rounds):
    assert [s["site_id"] for s in exports(rounds[0])[1]["sites"]] == ROUND_SITES


def test_an_unknown_demo_portal_is_one_line(tmp_path):
    done = govcheck(f"sqlite:///{tmp_path / 'g.sqlite'}", "demo", "--sites", "qx,nope")
    assert done.returncode == 2 and done.stderr.strip() == "govcheck demo: no demo portal nope"
