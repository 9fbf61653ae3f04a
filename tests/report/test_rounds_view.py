"""The report's rounds without a crawl: labels, the draw stated, sites failing twice, trends and their charts."""

from __future__ import annotations

import re

from govcheck.report import charts
from govcheck.report.render import load_texts, render_report
from govcheck.report.rounds import failed_twice, run_label, sample_facts, trends
from tests.report.conftest import HOSTILE

SAMPLE = {"spec": "30%", "seed": 12345, "listed": 60, "population": 57, "drawn": 17, "include": None,
          "forced": [], "chosen": [], "strata": [["portal", "甲区", 4, 1]]}


def rounds(previous, export, scope="round"):
    previous["run"].update(round="2018Q4", scope="round")
    export["run"].update(round="2019Q1", scope=scope)
    return previous, export


def test_a_round_run_is_labelled_by_its_round_and_another_by_its_id(previous, export):
    previous, export = rounds(previous, export, scope="adhoc")
    assert run_label(previous) == "2018Q4"
    assert run_label(export) == "第7次（2019-03-01）"


def test_the_draw_as_the_notice_states_it(export):
    assert sample_facts(export) is None
    export["run"]["sample"] = SAMPLE
    facts = sample_facts(export)
    assert (facts["drawn"], facts["share"], facts["seed"]) == (17, "29.8%", 12345)
    assert facts["strata"] == [{"kind": "portal", "region": "甲区", "sites": 4, "drawn": 1}]
    # rounded half up, as the summary's share beside it in the notice is: 27 of 48 is 56.3%, not 56.2%
    export["run"]["sample"] = {**SAMPLE, "population": 48, "drawn": 27}
    assert sample_facts(export)["share"] == "56.3%"


def test_sites_failing_this_round_and_the_one_before(previous, export):
    previous, export = rounds(previous, export)
    previous["sites"][4]["verdict"] = "qualified"  # the hostile site failed only now
    assert [t["site_id"] for t in failed_twice(previous, export)] == ["wjw", "qx"]
    assert failed_twice(None, export) is None
    export["run"]["scope"] = "subset"
    assert failed_twice(previous, export) is None  # a one-site run is not a round


def test_trends_per_round(previous, export):
    previous, export = rounds(previous, export)
    previous["sites"][1]["vetoes"] = previous["sites"][1]["vetoes"][:1]  # the empty columns came later
    t = trends([previous, export], load_texts())
    assert t["labels"] == ["2018Q4", "2019Q1"]
    assert t["pass_rate"] == [50.0, 25.0]
    assert {r["label"]: r["values"] for r in t["vetoes"]} == {"站点无法访问": [1, 1], "空白栏目": [0, 1],
                                                             "首页不更新": [1, 1]}
    links = next(r for r in t["problems"] if r["label"] == "错链断链")
    assert links["values"] == [51, 50]  # a homepage link was fixed


def test_grouped_bars_scale_to_the_largest_count():
    c = charts.grouped_bars(["2018Q4", "2019Q1"], [("甲", [3, 0]), ("乙", [1, 2])])
    heights = [[b["h"] for b in g["bars"]] for g in c["groups"]]
    assert heights[1][0] == 0 and heights[0][0] == 3 * heights[0][1]
    assert [t["text"] for t in c["ticks"]] == ["0", "2", "4"]  # 3 rounds up to an even top
    assert [entry["name"] for entry in c["legend"]] == ["甲", "乙"]


def test_the_report_shows_the_trend_table_the_draw_and_the_sites_failing_twice(tmp_path, previous, export):
    previous, export = rounds(previous, export)
    export["run"]["sample"] = SAMPLE
    render_report(export, tmp_path, previous=previous, history=[previous, export])
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    head = index.split('id="trend-pass-rate"')[1].split("</thead>")[0]
    assert re.findall(r'class="num">([^<]*)</th>', head) == ["2018Q4", "2019Q1"]
    assert "随机种子12345" in index
    strata = index.split('id="strata"')[1].split("</table>")[0]
    assert re.findall(r"<td[^>]*>([^<]*)</td>", strata) == ["门户网站", "甲区", "4", "1"]
    notice = (tmp_path / "notice.html").read_text(encoding="utf-8")
    assert "分层随机抽取17个网站（抽查比例29.8%，随机种子12345）" in notice
    assert "关于2019年第1季度" in notice  # the round's quarter, not the inspection date's
    twice = notice.split("连续两次检查不合格的网站（3个）：")[1].split("</p>")[0]
    assert "<script>" not in twice and "&lt;script&gt;" in twice  # a crawled name is escaped
    assert HOSTILE not in index + notice
