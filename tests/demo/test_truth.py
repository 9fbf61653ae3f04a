"""The ground truth: internally consistent, and saying what the brief planted on each demo site."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from govcheck.demo import truth as truth_module
from govcheck.demo.build import build_sites, link_cases
from govcheck.demo.site_list import SITES
from govcheck.demo.sites.qx import ONSITE_CASES
from govcheck.demo.truth import ground_truth, site_truth

AS_OF = date(2026, 11, 26)
URLS = {m.site_id: f"http://{m.ip}:8808/" for m in SITES}
LINK_KEYS = {"url", "source", "text", "on_homepage", "category", "verdict"}
COLUMN_KEYS = {"name", "url", "type", "parent", "last_update", "empty", "stale", "items_on_first_page"}


@pytest.fixture(scope="module")
def truth():
    return ground_truth(AS_OF, URLS)


def days_ago(n: int) -> str:
    return (AS_OF - timedelta(days=n)).isoformat()


def test_every_site_is_judged_as_planted(truth):
    sites = truth["sites"]
    assert list(sites) == [m.site_id for m in SITES]
    summary = {sid: (s["status"], s["verdict"], s["score"], s["vetoes"]) for sid, s in sites.items()}
    assert summary["jyj"][:2] == ("checked", "unqualified") and summary["jyj"][3] == ["homepage_stale"]
    assert summary["qq"][3] == ["columns_stale"] and summary["wjw"][3] == ["columns_empty"]
    assert summary["zhen"] == ("checked", "unqualified", 58.0, [])
    assert summary["mz"] == ("unreachable", "unqualified", None, ["availability"])
    assert summary["old"] == ("exempt", "exempt", None, [])
    assert summary["nav"] == ("checked", "qualified", 100.0, [])
    assert summary["qx"][1] == "qualified" and 90 < summary["qx"][2] < 98
    assert summary["rsj"] == ("checked", "unqualified", None, ["columns_long_stale"])
    assert {v for s in sites.values() for v in s["vetoes"]} == set(truth_module.VETOES)  # each veto planted


def test_homepage_dates(truth):
    s = truth["sites"]
    assert s["qx"]["homepage_last_update"] == days_ago(2)  # not the future notice
    assert s["jyj"]["homepage_last_update"] == days_ago(20) and s["jyj"]["homepage_stale"] is True
    assert s["qq"]["homepage_last_update"] == days_ago(1)
    assert s["nav"]["homepage_nav_only"] is True and s["nav"]["homepage_last_update"] == days_ago(4)
    assert s["nav"]["homepage_stale"] is False


def test_planted_columns(truth):
    qx = {c["name"]: c for c in truth["sites"]["qx"]["columns"]}
    assert {n: c["last_update"] for n, c in qx.items()} == {
        "工作动态": days_ago(2), "乡镇动态": days_ago(5), "通知公告": days_ago(30), "政策文件": days_ago(60),
        "人事信息": days_ago(100), "规划计划": days_ago(200), "县直动态": days_ago(3), "教体动态": days_ago(2),
        "社区动态": days_ago(0), "机构概况": None,
        "县长信箱": days_ago(30)}  # the mailbox: its newest reply (its newest message, 20 days old, awaits one)
    assert qx["乡镇动态"]["parent"] == "工作动态" and not any(c["stale"] or c["empty"] for c in qx.values())
    qq_stale = sorted((c["type"], c["last_update"]) for c in truth["sites"]["qq"]["columns"] if c["stale"])
    assert qq_stale == sorted([("news", days_ago(20)), ("news", days_ago(30)), ("news", days_ago(45)),
                               ("notice", days_ago(200)), ("policy", days_ago(300))])
    assert [c["name"] for c in truth["sites"]["wjw"]["columns"] if c["empty"]] == [
        "疾病预防控制", "妇幼健康", "医政医管", "卫生监督", "中医药管理"]
    assert [c["last_update"] for c in truth["sites"]["zhen"]["columns"] if c["stale"]] == [
        days_ago(200), days_ago(260)]
    jyj_notice = truth["sites"]["jyj"]["columns"][0]
    assert (jyj_notice["name"], jyj_notice["last_update"], jyj_notice["stale"]) == ("通知公告", days_ago(20), False)


RSJ_STALE = {"人事任免": 400, "公务员招录": 430, "事业单位招聘": 460, "人事考试": 490, "人才招聘": 520,
             "发展规划": 550, "年度计划": 580, "专项规划": 610, "工作计划": 640, "规划计划": 700}


def test_rsj_fails_the_long_stale_veto_alone(truth):
    rsj = truth["sites"]["rsj"]
    cols = {c["name"]: c for c in rsj["columns"]}
    stale = {n: c for n, c in cols.items() if c["stale"]}
    assert {n: c["last_update"] for n, c in stale.items()} == {n: days_ago(d) for n, d in RSJ_STALE.items()}
    assert {c["type"] for c in stale.values()} == {"personnel", "plan"}  # none counts towards veto (a)
    assert rsj["counts"]["stale_columns"] == 10 and rsj["counts"]["stale_columns_news_notice_policy"] == 0
    assert (cols["工作动态"]["last_update"], cols["通知公告"]["stale"], cols["政策文件"]["stale"]) == (
        days_ago(1), False, False)
    assert rsj["homepage_last_update"] == days_ago(1) and rsj["homepage_stale"] is False
    assert rsj["links"] == [] and rsj["identity_missing"] == [] and not any(c["empty"] for c in cols.values())
    assert cols["事业单位招聘"]["items_on_first_page"] == 15  # its list runs over two pages


def test_rsj_one_stale_column_less_passes():
    """Ten is the veto line: with nine long-stale columns the site passes with full marks."""
    bases = truth_module._bases(URLS)
    site = build_sites(AS_OF, 1, bases)["rsj"]
    site.columns = [c for c in site.columns if c.name != "人事任免"]
    nine = site_truth(site, bases["rsj"], AS_OF)
    assert (nine["counts"]["stale_columns"], nine["vetoes"], nine["verdict"], nine["score"]) == (
        9, [], "qualified", 100.0)


@pytest.mark.parametrize("site_id", [m.site_id for m in SITES])
def test_score_follows_the_national_formula(truth, site_id):
    s = truth["sites"][site_id]
    for link in s["links"]:
        assert LINK_KEYS <= set(link) and link["verdict"] in ("broken", "unverified")
    for col in s["columns"]:
        assert COLUMN_KEYS <= set(col)
    if s["status"] != "checked" or s["vetoes"]:
        assert s["score"] is None
        return
    counted = [x for x in s["links"] if x["verdict"] == "broken" and x["category"] != "missing_anchor"]
    home = {x["url"] for x in counted if x["on_homepage"]}
    other = {x["url"] for x in counted if not x["on_homepage"]} - home
    policy = [c for c in s["columns"] if c["stale"] and c["type"] == "policy" and c["parent"] is None]
    scored = ("site_code_mismatch", "icp_format", "psb_format", "domain_not_gov", "redirect_domain")
    # a site code is one problem per code shown, however many pages show it
    found = {c: [e["found"] for e in s["evidence"] if e["check"] == c] for c in scored}
    evidence = sum(min(5, len(set(f) if c == "site_code_mismatch" else f)) for c, f in found.items())
    expected = (100 - min(30, len(home)) - min(20, 0.1 * len(other)) - min(20, 5 * len(policy))
                - min(5, len(s["identity_missing"])) - evidence)
    assert s["score"] == pytest.approx(expected, abs=0.01)
    assert s["verdict"] == ("qualified" if expected >= 60 else "unqualified")


def test_qx_score_counts_every_broken_case_of_both_engineers(truth):
    qx = truth["sites"]["qx"]
    onsite = [c for c in ONSITE_CASES if c[4] == "broken" and c[3] != "missing_anchor"]
    external = [c for c in link_cases(AS_OF, truth_module._bases(URLS)) if c["verdict"] == "broken"]
    assert len(onsite) == 13
    assert qx["counts"]["broken_homepage"] == 2 and qx["identity_missing"] == ["psb"]
    assert qx["counts"]["broken_other"] == len(onsite) + len({c["url"] for c in external})
    assert qx["score"] == pytest.approx(100 - 2 - 0.1 * qx["counts"]["broken_other"] - 1, abs=0.01)


def test_zhen_link_counts(truth):
    zhen = truth["sites"]["zhen"]
    assert sum(x["on_homepage"] for x in zhen["links"]) == 25
    assert len({x["url"] for x in zhen["links"] if not x["on_homepage"]}) == 70
    assert zhen["deductions"] == {"homepage_links": 25.0, "other_links": 7.0, "policy_columns": 10.0, "identity": 0.0}


def test_not_reported_never_overlaps_the_problems(truth):
    for s in truth["sites"].values():
        assert not {x["url"] for x in s["links"]} & set(s["not_reported"])
    qx = set(truth["sites"]["qx"]["not_reported"])
    for path in ("/ljcs/sxqd.html", "/ljcs/tjsj.html", "/lxwm/index.html", "/ljcs/index.html#top"):
        assert URLS["qx"].rstrip("/") + path in qx
    assert any("conac.cn" in u for u in qx)


def test_round_two(truth):
    two = ground_truth(AS_OF, URLS, round=2)["sites"]
    assert two["qx"]["counts"]["broken_homepage"] == 0
    assert two["qx"]["score"] == pytest.approx(truth["sites"]["qx"]["score"] + 2, abs=0.01)
    assert (two["wjw"]["verdict"], two["wjw"]["score"], two["wjw"]["vetoes"]) == ("qualified", 100.0, [])
    for sid in ("jyj", "qq", "zhen", "mz", "old", "nav", "rsj"):
        assert two[sid] == truth["sites"][sid]


def test_dates_move_with_the_check_date(truth):
    later = ground_truth(AS_OF + timedelta(days=40), URLS)["sites"]
    for sid in ("qx", "jyj", "qq", "wjw", "zhen", "nav", "rsj"):
        assert later[sid]["verdict"] == truth["sites"][sid]["verdict"]
        assert later[sid]["homepage_last_update"] == (
            date.fromisoformat(truth["sites"][sid]["homepage_last_update"]) + timedelta(days=40)).isoformat()


def test_truth_from_site_urls_alone_matches_the_servers(tmp_path):
    from govcheck.demo.server import DemoServer

    with DemoServer(AS_OF, port=0, linkhosts=True) as server:
        assert ground_truth(AS_OF, server.urls) == server.truth()


def test_command_line_writes_json(tmp_path):
    out = tmp_path / "truth.json"
    done = subprocess.run([sys.executable, "-m", "govcheck.demo.truth", "--as-of", AS_OF.isoformat(),
                           "--out", str(out)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["as_of"] == AS_OF.isoformat() and data["sites"]["zhen"]["score"] == 58.0


def test_the_identity_domain_and_date_cases_are_planted_where_the_truth_says():
    """Each case of the identity, domain and date checks is in the demo, and the sites left clean carry none."""
    sites = ground_truth(AS_OF, URLS)["sites"]
    planted = {sid: sorted(e["check"] for e in s["evidence"]) for sid, s in sites.items() if s["evidence"]}
    assert planted == {
        "qx": ["future_date"],
        "qxj": ["date_mismatch", "future_date"],  # 气象动态's year typed wrong in its list
        "sw": ["date_mismatch", "future_date"],  # 行业动态's year typed wrong in its list
        "syjy": ["date_mismatch", "domain_not_gov", "icp_format", "site_code_mismatch"],
        "syly": ["domain_not_gov", "psb_format", "redirect_domain"],
        "whj": ["site_code_mismatch"] * 2,  # the former office's code on its two old columns' list pages
        "nyj": ["date_mismatch"] * 10,  # its homepage boxes' day beside older articles (tickets, feed, a preview)
    }
    assert sites["syly"]["evidence"][2]["found"].startswith("http://ly.sysx.gov.cn:")
    assert sites["sy"]["verdict"] == "qualified" and sites["sy"]["score"] == 100.0
