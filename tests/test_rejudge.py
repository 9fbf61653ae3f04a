"""Re-judging a stored audit without crawling: `govcheck score --run ID --rules PROFILE`.

The expectation is derived from the demo's ground truth with the profile's thresholds written here, apart
from data/rules/ on purpose (as truth.py does for the national ones). With the demo's dates (as_of
2026-11-26) no verdict changes under local-strict: every homepage and news column is either at most 5 days
old or already past 14 days. What must change is the thresholds the judgement applies, visible in the
veto details and their evidence; a stricter profile written here shows verdicts flipping through the same path.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from govcheck.demo import truth as oracle
from govcheck.store.db import make_engine
from govcheck.store.models import Judgement
from tests.conftest import ROOT

NATIONAL = {"homepage": 14, "news": 14}
LOCAL_STRICT = {"homepage": 10, "news": 10}  # data/rules/local-strict.yaml, restated
STRICTER = {"homepage": 3, "news": 3}  # a profile of this test's own, so that verdicts do flip
STRICTER_YAML = """extends: local-strict
name: test-stricter
homepage:
  stale_after_days: 3
  warn_after_days: 2
columns:
  types:
    news:
      stale_after_days: 3
"""


def expected(site: dict, as_of: date, limits: dict) -> dict:
    """A site's verdict, score and vetoes from its ground truth, with the homepage and news limits replaced."""
    if site["status"] != "checked":
        return {"verdict": site["verdict"], "score": site["score"], "vetoes": set(site["vetoes"])}
    days = {**oracle.STALE_DAYS, "news": limits["news"]}

    def stale(c: dict) -> bool:
        limit = days.get(c["type"])
        if not limit or c["empty"]:
            return False
        return c["last_update"] is None or (as_of - date.fromisoformat(c["last_update"])).days > limit

    columns = [c for c in site["columns"] if not c["static"] and c["verdict"] != "unverified"]  # never stale, empty
    stale_all = [c for c in columns if stale(c)]
    top = [c for c in stale_all if c["parent"] is None]
    stale_a = [c for c in stale_all if c["type"] == "news"] + [c for c in top if c["type"] in ("notice", "policy")]
    stale_policy = [c for c in top if c["type"] == "policy"]
    home = site["homepage_last_update"]
    vetoes = set()
    unknown = site["homepage_stale"] is None  # a homepage behind a bot wall: for a person, never stale
    if not unknown and (home is None or (as_of - date.fromisoformat(home)).days > limits["homepage"]):
        vetoes.add("homepage_stale")
    if len(stale_a) >= oracle.VETO_STALE_A or len(stale_all) >= oracle.VETO_STALE_B:
        vetoes.add("columns_stale")
    if sum(c["empty"] for c in columns) >= oracle.VETO_EMPTY:
        vetoes.add("columns_empty")
    if vetoes:
        return {"verdict": "unqualified", "score": None, "vetoes": vetoes}
    d = site["deductions"]
    policy = min(oracle.POLICY_COLUMN_CAP, oracle.POLICY_COLUMN * len(stale_policy))
    evidence = sum(v for k, v in d.items() if k.startswith("evidence."))  # the other indicators' findings
    score = round(100.0 - d["homepage_links"] - d["other_links"] - d["identity"] - policy - evidence, 2)
    return {"verdict": "qualified" if score >= oracle.PASS_SCORE else "unqualified", "score": score, "vetoes": vetoes}


RULE_IDS = {"availability": "availability", "homepage": "homepage_stale",
            "columns.stale_news_notice_policy": "columns_stale", "columns.long_stale": "columns_stale",
            "columns.empty": "columns_empty"}


def outcome(site: dict) -> dict:
    return {"verdict": site["verdict"], "score": site["score"],
            "vetoes": {RULE_IDS[v["rule"]] for v in site["vetoes"]}}


def cli(db: str, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "govcheck.cli", "--db", db, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def export(db: str, run_id: int, judgement: int | None = None) -> dict:
    args = ["export", "--run", str(run_id)] + (["--judgement", str(judgement)] if judgement else [])
    return json.loads(cli(db, *args).stdout)


@pytest.fixture(scope="module")
def rejudged(sqlite_audit, tmp_path_factory):
    """A copy of the stored audit (the shared one keeps its single judgement), re-judged under local-strict
    and then under this test's stricter profile: (db URL, run id, {profile: export}, judgement rows)."""
    engine, run_id, _, _ = sqlite_audit
    copy = tmp_path_factory.mktemp("rejudge") / "govcheck.sqlite"
    with sqlite3.connect(engine.url.database) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = f"sqlite:///{copy}"
    national = export(db, run_id)
    done = cli(db, "score", "--run", str(run_id), "--rules", "local-strict")
    assert f"run {run_id} judged under local-strict" in done.stdout
    strict = export(db, run_id)
    stricter_file = tmp_path_factory.mktemp("rules") / "test-stricter.yaml"
    stricter_file.write_text(STRICTER_YAML, encoding="utf-8")
    cli(db, "score", "--run", str(run_id), "--rules", str(stricter_file))
    stricter = export(db, run_id)
    check = make_engine(db)
    try:
        with Session(check) as s:
            rows = [(j.id, j.profile) for j in s.scalars(select(Judgement).where(Judgement.run_id == run_id)
                                                         .order_by(Judgement.id))]
    finally:
        check.dispose()
    return db, run_id, {"national": national, "local-strict": strict, "stricter": stricter}, rows


def sites(data: dict) -> dict[str, dict]:
    return {s["site_id"]: s for s in data["sites"]}


def test_each_judgement_is_stored_apart(rejudged, sqlite_audit):
    _, _, exports, rows = rejudged
    assert [p for _, p in rows][:2] == ["national-2019", "local-strict"]
    assert len(rows) == 3 and rows[2][1].endswith("test-stricter.yaml")
    assert exports["local-strict"]["run"]["profile"] == "local-strict"
    # before re-judging, the newest judgement was the crawl's own
    audited = sites(sqlite_audit[2])
    national = sites(exports["national"])
    assert {sid: outcome(s) for sid, s in national.items()} == {sid: outcome(s) for sid, s in audited.items()}


def test_the_first_judgement_still_gives_the_national_verdicts(rejudged, truth):
    db, run_id, exports, rows = rejudged
    first = export(db, run_id, rows[0][0])
    assert first["run"]["profile"] == "national-2019"
    as_of = date.fromisoformat(truth["as_of"])
    for sid, site in sites(first).items():
        assert outcome(site) == expected(truth["sites"][sid], as_of, NATIONAL), sid
    assert first["summary"] == exports["national"]["summary"]


@pytest.mark.parametrize("profile,limits", [("local-strict", LOCAL_STRICT), ("stricter", STRICTER)])
def test_exactly_the_expected_verdicts_change(rejudged, truth, profile, limits):
    _, _, exports, _ = rejudged
    as_of = date.fromisoformat(truth["as_of"])
    before, after = sites(exports["national"]), sites(exports[profile])
    for sid, site in after.items():
        assert outcome(site) == expected(truth["sites"][sid], as_of, limits), sid
    changed = {sid for sid in after if outcome(after[sid]) != outcome(before[sid])}
    want = {sid for sid, t in truth["sites"].items() if expected(t, as_of, limits) != expected(t, as_of, NATIONAL)}
    assert changed == want
    if profile == "stricter":
        assert want, "the stricter profile must flip at least one verdict, or this test proves nothing"


def test_local_strict_applies_its_own_limits(rejudged, truth):
    """No verdict flips with the demo's dates, but every stale-homepage and stale-news finding is now
    judged against 10 days: the judgement must say so."""
    _, _, exports, _ = rejudged
    as_of = date.fromisoformat(truth["as_of"])
    # sites whose homepage is stale under both profiles: the veto names the limit applied
    home_stale = [sid for sid, t in truth["sites"].items()
                  if "homepage_stale" in expected(t, as_of, LOCAL_STRICT)["vetoes"] and t["homepage_last_update"]]
    assert home_stale
    for sid in home_stale:
        [national] = [v["detail"] for v in sites(exports["national"])[sid]["vetoes"] if v["rule"] == "homepage"]
        [strict] = [v["detail"] for v in sites(exports["local-strict"])[sid]["vetoes"] if v["rule"] == "homepage"]
        assert "超过14天未更新" in national and "超过10天未更新" in strict, sid
    # sites vetoed for stale columns that include news columns: the evidence carries the new threshold
    news_vetoed = [sid for sid, t in truth["sites"].items() if "columns_stale" in t["vetoes"]
                   and any(c["stale"] and c["type"] == "news" for c in t["columns"])]
    assert news_vetoed
    for sid in news_vetoed:
        detail = sites(exports["local-strict"])[sid]
        [veto] = [v for v in detail["vetoes"] if v["rule"] == "columns.stale_news_notice_policy"]
        assert "动态要闻类栏目超过10天" in veto["detail"], sid
        [national] = [v for v in sites(exports["national"])[sid]["vetoes"]
                      if v["rule"] == "columns.stale_news_notice_policy"]
        assert "动态要闻类栏目超过14天" in national["detail"], sid


def test_rejudging_changes_nothing_that_was_observed(rejudged):
    """Pages, links and what was read of each column are the crawl's: only the judgement differs."""
    _, _, exports, _ = rejudged
    keep = ("status", "pages", "links", "identity")
    judged = ("stale", "threshold_days", "verdict")

    def observed(columns):
        return [{k: v for k, v in c.items() if k not in judged} for c in columns]

    for profile in ("local-strict", "stricter"):
        for sid, site in sites(exports[profile]).items():
            before = sites(exports["national"])[sid]
            assert {k: site[k] for k in keep} == {k: before[k] for k in keep}, (profile, sid)
            assert observed(site["columns"]) == observed(before["columns"]), (profile, sid)


def test_columns_show_the_limits_of_the_judgement(rejudged):
    """A re-judged run's columns carry that profile's stale-after days."""
    _, _, exports, _ = rejudged
    news = [c for s in sites(exports["local-strict"]).values() for c in s["columns"] if c["type"] == "news"]
    assert news and all(c["threshold_days"] == 10 for c in news)
    national = [c for s in sites(exports["national"]).values() for c in s["columns"] if c["type"] == "news"]
    assert all(c["threshold_days"] == 14 for c in national)


@pytest.fixture(scope="module")
def renamed(sqlite_audit, tmp_path_factory):
    """A copy of the stored audit re-judged under a profile of this test's own whose names type scj's 双公示 and
    行政执法公示 as 通知公告 columns: its export."""
    import yaml

    from govcheck.paths import DATA_DIR

    engine, run_id, _, _ = sqlite_audit
    copy = tmp_path_factory.mktemp("renamed") / "govcheck.sqlite"
    with sqlite3.connect(engine.url.database) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    national = yaml.safe_load((DATA_DIR / "rules" / "national-2019.yaml").read_text(encoding="utf-8"))
    patterns = [{"match": "双公示", "type": "notice"}, {"match": "执法公示", "type": "notice"},
                *national["columns"]["patterns"]]
    path = tmp_path_factory.mktemp("rules") / "decisions-notice.yaml"
    path.write_text(yaml.safe_dump({"extends": "national-2019", "name": "decisions-notice",
                                    "columns": {"patterns": patterns}}, allow_unicode=True), encoding="utf-8")
    db = f"sqlite:///{copy}"
    cli(db, "score", "--run", str(run_id), "--rules", str(path))
    return export(db, run_id)


def test_a_profile_with_other_names_types_the_columns_anew(renamed, sqlite_audit):
    """Re-judging types each column under the profile's names, from its name and what its page showed: scj's two
    first-level columns of decisions, 200 days old, become stale 通知公告 columns, the fourth and fifth of its
    栏目不更新, and the site fails; nothing else is typed otherwise."""
    scj = sites(renamed)["scj"]
    typed = {c["name"]: (c["type"], c["stale"]) for c in scj["columns"]}
    assert typed["双公示"] == typed["行政执法公示"] == ("notice", True)
    assert outcome(scj)["verdict"] == "unqualified"
    assert outcome(scj)["vetoes"] == {"columns_stale"}
    [veto] = [v for v in scj["vetoes"] if v["rule"] == "columns.stale_news_notice_policy"]
    assert "双公示" not in veto["detail"] and "5个" in veto["detail"]
    crawled = {(s["site_id"], c["url"]): c["type"] for s in sqlite_audit[2]["sites"] for c in s["columns"]}
    now = {(s["site_id"], c["url"]): c["type"] for s in renamed["sites"] for c in s["columns"]}
    assert {k for k in now if now[k] != crawled[k]} == {
        ("scj", c["url"]) for c in scj["columns"] if c["name"] in ("双公示", "行政执法公示")}
