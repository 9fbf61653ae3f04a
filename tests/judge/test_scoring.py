"""The site judge over every threshold edge of both shipped profiles."""

import json
from datetime import date, timedelta

import pytest

from govcheck.judge.findings import ColumnFinding
from govcheck.judge.scoring import Judgement, judge_site, summarize
from govcheck.rules import load_profile
from tests.judge.findings import AS_OF, broken, column, deduction, fresh, link, probes, rules_of, site, stale


def test_a_clean_site_scores_100(profile):
    j = judge_site(site(), profile)
    assert (j.verdict, j.score, j.vetoes, j.deductions, j.warnings) == ("qualified", 100.0, [], [], [])
    assert j.thin_evidence is False


# ---------------------------------------------------------------- homepage


@pytest.mark.parametrize(
    "name, fresh_days, stale_days, warn_days",
    [("national-2019", 14, 15, 11), ("local-strict", 10, 11, 8)],
)
def test_homepage_edges(name, fresh_days, stale_days, warn_days):
    p = load_profile(name)
    ok = judge_site(site(homepage_last_update=AS_OF - timedelta(days=fresh_days)), p)
    assert "homepage" not in rules_of(ok) and ok.verdict == "qualified"
    assert [w.rule for w in ok.warnings] == ["homepage"]
    bad = judge_site(site(homepage_last_update=AS_OF - timedelta(days=stale_days)), p)
    assert rules_of(bad) == ["homepage"] and bad.verdict == "unqualified"
    assert f"{stale_days}天" in bad.vetoes[0].detail
    warned = judge_site(site(homepage_last_update=AS_OF - timedelta(days=warn_days)), p)
    assert [w.label for w in warned.warnings] == ["首页更新不及时"]
    quiet = judge_site(site(homepage_last_update=AS_OF - timedelta(days=warn_days - 1)), p)
    assert quiet.warnings == []


def test_a_homepage_the_reader_failed_on_is_never_called_stale(national):
    """Nothing dated was read of it: no veto, a warning for a person, and a qualified verdict says it may turn."""
    j = judge_site(site(homepage_last_update=None, homepage_unread=True), national)
    assert j.verdict == "qualified" and rules_of(j) == [] and j.uncertain == ["homepage"]
    assert [w.rule for w in j.warnings] == ["homepage.unverified"]
    # the causes a person checks: the page, a firewall, or a certificate sent without its intermediate
    assert all(cause in j.warnings[0].detail for cause in ("未能解析", "防护", "证书链"))
    # what was not read, named: each part's address and status, a render's by what it was, once each, up to 3
    named = judge_site(site(homepage_last_update=None, homepage_unread=True, homepage_unread_parts=[
        ("http://www.xx.gov.cn/api/home-0.json#unread", 500), ("http://www.xx.gov.cn/#rendered", None),
        ("http://www.xx.gov.cn/api/home-0.json#unread", 500)]), national).warnings[0].detail
    assert ("未能读取首页的信息列表：http://www.xx.gov.cn/api/home-0.json（返回500）；"
            "http://www.xx.gov.cn/（浏览器渲染未能完成）。") in named
    many = [(f"http://www.xx.gov.cn/api/home-{n}.json#unread", 500) for n in range(5)]
    detail = judge_site(site(homepage_last_update=None, homepage_unread=True, homepage_unread_parts=many),
                        national).warnings[0].detail
    assert "home-2.json（返回500）等5处" in detail and "home-3" not in detail
    # a frame of it that was read shows a fresh date: the homepage is fresh, nothing is uncertain
    framed = judge_site(site(homepage_last_update=AS_OF - timedelta(days=3), homepage_unread=True), national)
    assert (framed.uncertain, framed.warnings) == ([], [])
    # failed on other grounds: nothing to turn
    failed = judge_site(site(homepage_unread=True, columns=stale(national, "news", 5)), national)
    assert failed.verdict == "unqualified" and failed.uncertain == []


def test_unknown_homepage_date_counts_as_not_updated(profile):
    j = judge_site(site(homepage_last_update=None), profile)
    assert rules_of(j) == ["homepage"]
    assert "视为未更新" in j.vetoes[0].detail


def test_navigation_only_homepage_uses_second_level_items(national):
    j = judge_site(site(homepage_nav_only=True, homepage_last_update=AS_OF - timedelta(days=20)), national)
    assert rules_of(j) == ["homepage"]
    assert "二级页面" in j.vetoes[0].detail
    ok = judge_site(site(homepage_nav_only=True, homepage_last_update=AS_OF - timedelta(days=3)), national)
    assert ok.vetoes == []


# ---------------------------------------------------------------- columns


@pytest.mark.parametrize("mix, veto", [(("news", 4), False), (("news", 5), True)])
def test_stale_news_edge(profile, mix, veto):
    cols = stale(profile, *mix) + fresh("news", 3)
    j = judge_site(site(columns=cols), profile)
    assert ("columns.stale_news_notice_policy" in rules_of(j)) is veto


@pytest.mark.parametrize(
    "news, notice, policy, veto", [(2, 1, 1, False), (2, 2, 1, True), (0, 2, 3, True), (1, 1, 2, False)]
)
def test_stale_news_notice_policy_count_together(profile, news, notice, policy, veto):
    cols = stale(profile, "news", news) + stale(profile, "notice", notice) + stale(profile, "policy", policy)
    j = judge_site(site(columns=cols), profile)
    assert ("columns.stale_news_notice_policy" in rules_of(j)) is veto
    if veto:
        v = j.vetoes[0]
        assert v.label == "栏目不更新" and len(v.evidence) == 5
        assert set(v.evidence[0]) >= {"name", "url", "last_update"}


def test_only_top_level_notice_and_policy_columns_count(profile):
    cols = stale(profile, "news", 2) + stale(profile, "notice", 3, top_level=False)
    j = judge_site(site(columns=cols), profile)
    assert "columns.stale_news_notice_policy" not in rules_of(j)
    # news columns count at any level
    j = judge_site(site(columns=stale(profile, "news", 5, top_level=False)), profile)
    assert "columns.stale_news_notice_policy" in rules_of(j)


def test_news_staleness_follows_the_profile():
    national, local = load_profile("national-2019"), load_profile("local-strict")
    cols = [column("news", AS_OF - timedelta(days=12), name=f"新闻{i}") for i in range(5)]
    assert "columns.stale_news_notice_policy" not in rules_of(judge_site(site(columns=cols), national))
    assert "columns.stale_news_notice_policy" in rules_of(judge_site(site(columns=cols), local))


@pytest.mark.parametrize("n, veto, warned", [(5, False, False), (6, False, True), (9, False, True), (10, True, False)])
def test_long_stale_edge(profile, n, veto, warned):
    # personnel and plan columns: they do not count toward the news/notice/policy veto
    cols = stale(profile, "personnel", n // 2) + stale(profile, "plan", n - n // 2) + fresh("other", 3)
    j = judge_site(site(columns=cols), profile)
    assert ("columns.long_stale" in rules_of(j)) is veto
    assert "columns.stale_news_notice_policy" not in rules_of(j)
    assert any(w.rule == "columns.long_stale" for w in j.warnings) is warned


def test_other_columns_are_never_stale(profile):
    cols = [column("other", date(2010, 1, 1), name=f"机构概况{i}") for i in range(12)]
    cols += [column("other", None, name=f"领导信息{i}") for i in range(3)]
    j = judge_site(site(columns=cols), profile)
    assert j.vetoes == [] and j.figures.stale_columns == 0


def test_undated_column_with_a_threshold_is_stale(national):
    cols = [column("news", None, name=f"动态{i}") for i in range(5)]
    assert "columns.stale_news_notice_policy" in rules_of(judge_site(site(columns=cols), national))


@pytest.mark.parametrize("n, veto, warned", [(1, False, False), (2, False, True), (4, False, True), (5, True, False)])
def test_empty_edge(profile, n, veto, warned):
    cols = [column("news", None, empty=True, name=f"空{i}") for i in range(n)]
    j = judge_site(site(columns=cols), profile)
    assert ("columns.empty" in rules_of(j)) is veto
    # an empty column is not also stale
    assert "columns.stale_news_notice_policy" not in rules_of(j)
    assert j.figures.stale_columns == 0 and j.figures.empty_columns == n
    assert any(w.rule == "columns.empty" for w in j.warnings) is warned
    if veto:
        assert j.vetoes[0].label == "空白栏目"


def test_all_vetoes_are_listed_and_nothing_is_scored(national):
    cols = [column("news", None, empty=True, name=f"空{i}") for i in range(5)] + stale(national, "news", 10)
    j = judge_site(site(columns=cols, homepage_last_update=None, probes=probes(20, 1),
                        links=broken(3, home=True)), national)
    assert rules_of(j) == [
        "availability", "homepage", "columns.stale_news_notice_policy", "columns.long_stale", "columns.empty",
    ]
    assert (j.score, j.deductions) == (None, [])
    assert j.figures.broken_links_homepage == 3


def test_stale_policy_column_deduction(national):
    cols = stale(national, "policy", 3) + stale(national, "policy", 2, top_level=False)
    j = judge_site(site(columns=cols), national)
    d = deduction(j, "policy_column_stale")
    assert (d.count, d.points, j.score) == (3, 15.0, 85.0)
    assert d.label == "政策文件栏目不更新"
    # a fifth stale top-level policy column vetoes instead
    assert deduction(judge_site(site(columns=stale(national, "policy", 4)), national),
                     "policy_column_stale").points == 20.0


def test_stale_policy_column_deduction_is_capped(tmp_path):
    path = tmp_path / "cap.yaml"
    path.write_text(
        "extends: national-2019\nname: cap\ndeductions:\n  policy_column_stale: {cap: 10}\n", encoding="utf-8"
    )
    p = load_profile(path)
    d = deduction(judge_site(site(columns=stale(p, "policy", 3)), p), "policy_column_stale")
    assert (d.count, d.points) == (3, 10.0)


# ---------------------------------------------------------------- links and the pass line


@pytest.mark.parametrize(
    "home, other, score, verdict",
    [
        (30, 101, 59.9, "unqualified"),
        (30, 100, 60.0, "qualified"),
        (45, 300, 50.0, "unqualified"),   # both caps: 30 + 20
        (3, 7, 96.3, "qualified"),
    ],
)
def test_pass_line_and_link_caps(profile, home, other, score, verdict):
    links = broken(home, home=True, prefix="h") + broken(other, home=False, prefix="o")
    j = judge_site(site(links=links), profile)
    assert (j.score, j.verdict) == (score, verdict)
    assert deduction(j, "links_homepage").count == home
    assert deduction(j, "links_other").count == other


def test_link_deduction_caps(national):
    j = judge_site(site(links=broken(31, home=True) + broken(201, home=False, prefix="o")), national)
    assert deduction(j, "links_homepage").points == 30.0
    assert deduction(j, "links_other").points == 20.0
    assert "上限" in deduction(j, "links_other").detail


def test_unverified_and_missing_anchor_links_are_not_counted(national):
    links = (
        broken(5, home=True, verdict="unverified", category="timeout")
        + broken(5, home=False, prefix="a", category="missing_anchor")
        + broken(2, home=False, prefix="b", verdict="unverified", category="http_404")
    )
    j = judge_site(site(links=links), national)
    assert (j.score, j.deductions) == (100.0, [])


def test_a_link_counts_once_where_it_is_worst(national):
    url = "http://www.example.gov.cn/dead.html"
    j = judge_site(site(links=[link(url, home=False), link(url, home=True), link(url, home=False)]), national)
    assert deduction(j, "links_homepage").count == 1
    assert deduction(j, "links_other") is None


def test_confirmed_counting_mode(tmp_path):
    path = tmp_path / "confirmed.yaml"
    path.write_text("extends: national-2019\nname: confirmed-only\nlinks: {count: confirmed}\n", encoding="utf-8")
    links = broken(4, home=True, confirmed=False) + broken(2, home=True, prefix="c", confirmed=True)
    assert judge_site(site(links=links), load_profile(path)).score == 98.0
    assert judge_site(site(links=links), load_profile("national-2019")).score == 94.0


# ---------------------------------------------------------------- identity and manual checks


def test_identity_missing_items(national):
    identity = {"conac_mark": False, "site_code": False, "icp": True}
    j = judge_site(site(identity=identity), national)
    d = deduction(j, "identity_missing")
    assert (d.count, d.points) == (2, 2.0)
    assert "党政机关网站标识" in d.detail and "网站标识码" in d.detail
    # keys absent were not checked: not missing
    assert judge_site(site(identity={}), national).score == 100.0
    all_missing = judge_site(site(identity=dict.fromkeys(national.identity, False)), national)
    assert deduction(all_missing, "identity_missing").points == 5.0
    assert deduction(all_missing, "identity_missing").count == 8


def test_manual_checks_are_listed_for_checked_sites(national):
    j = judge_site(site(), national)
    assert j.manual_checks == ["互动回应差", "严重问题", "服务不实用"]


def test_score_never_below_zero(tmp_path):
    path = tmp_path / "harsh.yaml"
    path.write_text(
        "extends: national-2019\nname: harsh\ndeductions:\n  links_homepage: {points: 10, cap: 90}\n"
        "  links_other: {points: 1, cap: 50}\n",
        encoding="utf-8",
    )
    j = judge_site(site(links=broken(9, home=True) + broken(50, home=False, prefix="o")), load_profile(path))
    assert (j.score, j.verdict) == (0.0, "unqualified")


# ---------------------------------------------------------------- serialising and summing up


def test_judgement_is_json_ready(national):
    j = judge_site(site(probes=probes(140, 7), homepage_last_update=date(2019, 2, 1),
                        columns=[column("news", None, empty=True)]), national)
    d = j.to_dict()
    text = json.dumps(d, ensure_ascii=False)
    assert '"as_of": "2019-03-01"' in text
    assert d["figures"]["homepage_last_update"] == "2019-02-01"
    assert d["vetoes"][1]["evidence"][0]["last_update"] == "2019-02-01"
    assert d["verdict"] == "unqualified" and d["score"] is None
    assert isinstance(j, Judgement)


def test_summary():
    def j(verdict):
        return Judgement("s", AS_OF, "national-2019", verdict, None)

    judgements = [j("qualified")] * 50 + [j("unqualified")] * 4 + [j("exempt")] * 2
    s = summarize(judgements, total_in_list=60)
    assert (s.sites_in_list, s.exempt, s.checked, s.qualified, s.unqualified) == (60, 2, 54, 50, 4)
    assert s.pass_rate == 92.6
    assert s.sampling_share == 93.1  # 54 / 58
    assert summarize([], 0).to_dict()["pass_rate"] is None


# ---------------------------------------------------------------- columns that could not be read


def unread(type_, n, **kw):
    return [ColumnFinding(name=f"未读{type_}{i}", url=f"http://www.example.gov.cn/u/{type_}{i}/", type=type_,
                          last_update=None, items=0, empty=False, stale=False, threshold_days=None,
                          verdict="unverified", reason="栏目页面无法打开：访问超时", **kw) for i in range(n)]


def test_an_unread_column_counts_toward_no_veto(national):
    j = judge_site(site(columns=unread("news", 6)
                        + [column("other", None, empty=True, name=f"空{i}") for i in range(4)]),
                   national)
    assert j.verdict == "qualified" and not j.vetoes
    assert (j.figures.empty_columns, j.figures.stale_columns, j.figures.unverified_columns) == (4, 0, 6)


def test_a_qualified_verdict_that_unread_columns_could_turn_says_so(national):
    empties = [column("other", None, empty=True, name=f"空{i}") for i in range(3)]
    j = judge_site(site(columns=empties + unread("other", 2)), national)
    assert j.verdict == "qualified" and j.uncertain == ["columns.empty"]
    (w,) = [w for w in j.warnings if w.rule == "columns.uncertain"]
    assert "未读other0" in w.detail and "空白栏目" in w.detail and "访问超时" in w.detail
    calm = judge_site(site(columns=empties[:1] + unread("other", 2)), national)  # 1 + 2 < 5: nothing to turn
    assert calm.uncertain == [] and [w.rule for w in calm.warnings if "unverified" in w.rule] == ["columns.unverified"]


def test_unread_columns_that_could_reach_the_stale_veto(national):
    j = judge_site(site(columns=stale(national, "news", 3) + unread("news", 2)), national)
    assert j.verdict == "qualified" and "columns.stale_news_notice_policy" in j.uncertain


def test_an_unqualified_verdict_is_not_uncertain(national):
    j = judge_site(site(columns=stale(national, "news", 5) + unread("news", 3)), national)
    assert j.verdict == "unqualified" and j.uncertain == []


def test_first_level_columns_follow_the_profiles_rule(national):
    import dataclasses

    from govcheck.rules import FirstLevelRule

    second_level = stale(national, "notice", 5, top_level=False)
    assert judge_site(site(columns=second_level), national).verdict == "qualified"  # under a menu heading
    every = dataclasses.replace(national, columns=dataclasses.replace(
        national.columns, first_level=FirstLevelRule(rule="any", reason="本地规则：所有栏目均按一级栏目计")))
    j = judge_site(site(columns=second_level), every)
    assert j.verdict == "unqualified" and j.vetoes[0].rule == "columns.stale_news_notice_policy"
