"""Findings of the other indicators through the store: kept once, judged under the profile, exported with their
evidence and whether a person must confirm them, shown so in the fix list and the attachment table."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from govcheck.export import export_run
from govcheck.items import EvidenceItem
from govcheck.report.attachment import attachment_rows
from govcheck.report.fixlist import Since, fix_list
from govcheck.report.render import load_texts, render_report
from govcheck.rules import load_profile
from govcheck.store.finish import finish_run
from govcheck.store.models import LinkOccurrence, Page, ProbeRecord, Run, RunSite
from govcheck.store.rows import to_rows
from govcheck.store.writer import RunWriter

AS_OF = datetime(2026, 11, 26)
HOME = "http://127.0.0.5/"
HOSTILE = '<script>alert("x")</script>'
ITEMS = [
    EvidenceItem("s", "site_code_mismatch", HOME, found="4211000002", expected="4211000001"),
    EvidenceItem("s", "wording", HOME + "a.html", found="国家发展计划委员会", expected="国家发展和改革委员会",
                 detail={"sentence": f"经国家发展计划委员会批准{HOSTILE}"}),
]


@pytest.fixture
def store(any_store):
    return any_store


def finished(engine) -> dict:
    writer = RunWriter(engine, batch=100)
    run_id = writer.start_run(AS_OF.date(), "sites.csv", "national-2019", {})
    for _ in range(2):  # a replayed item is one finding
        for item in ITEMS:
            table, rows = to_rows(item)
            for row in rows:
                writer.hold(table, row)
        writer.flush()
    with Session(engine) as s, s.begin():
        s.query(Run).filter(Run.id == run_id).update({"status": "finishing", "started_at": AS_OF})
        s.add(RunSite(run_id=run_id, site_id="s", name="示范县人民政府", url=HOME, site_code="4211000001"))
        s.add(Page(run_id=run_id, site_id="s", url=HOME, status=200, depth=0, is_homepage=True, dated_items=3,
                   newest_date=AS_OF.date(), identity={}, fetched_at=AS_OF))
        # a homepage with a services entry and a mailbox: no site-level interaction or services finding
        s.add_all(LinkOccurrence(run_id=run_id, key=text, site_id="s", source_url=HOME, target_url=HOME + path,
                                 text=text, on_homepage=True)
                  for text, path in (("办事服务", "bsfw/"), ("县长信箱", "xx/")))
        s.add_all(ProbeRecord(run_id=run_id, site_id="s", url=HOME, source="crawl", seq=n + 1, at=AS_OF, ok=True,
                              elapsed=0.1, http_status=200) for n in range(3))
    finish_run(engine, run_id, "national-2019")
    return export_run(engine, run_id)


def test_the_export_carries_each_finding_with_its_evidence(store):
    (site,) = finished(store)["sites"]
    assert [(e["check"], e["found"], e["expected"], e["needs_confirmation"]) for e in site["evidence"]] == [
        ("site_code_mismatch", "4211000002", "4211000001", False),
        ("wording", "国家发展计划委员会", "国家发展和改革委员会", True)]
    assert site["evidence"][1]["detail"]["sentence"].endswith(HOSTILE)
    # the mismatch is deducted, the wording waits for a person
    assert (site["verdict"], site["score"]) == ("qualified", 99.0)
    assert [d["indicator"] for d in site["deductions"]] == ["evidence.site_code_mismatch"]
    assert [w["rule"] for w in site["warnings"] if w["rule"].startswith("evidence.")] == ["evidence.wording"]


def test_the_fix_list_and_the_attachment_mark_what_a_person_must_confirm(store, tmp_path):
    export = finished(store)
    texts = load_texts()
    (site,) = export["sites"]
    fix = fix_list(site, texts, Since(1, {}, {}, texts, False), load_profile())
    (section,) = [s for s in fix["sections"] if s["kind"] == "evidence"]
    mismatch, wording = section["problems"]
    assert not mismatch["confirm"] and "4211000002" in mismatch["what"] and "扣分" in mismatch["why"]
    assert "暂定" in mismatch["why"]
    assert [d["provisional"] for d in fix["deductions"]] == [True]
    assert wording["confirm"] and "待人工确认" in wording["why"] and "严重问题" in wording["why"]
    assert "国家发展和改革委员会" in wording["what"]
    (row,) = attachment_rows(export, texts)
    assert row["待人工确认问题数"] == 1
    assert "1处疑似问题待人工确认" in row["问题描述"] and "网站标识码与报送不一致" in row["问题描述"]
    render_report(export, tmp_path / "out")
    page = next((tmp_path / "out" / "sites").glob("*.html")).read_text(encoding="utf-8")
    assert "待人工确认" in page and "国家发展计划委员会" in page
    assert HOSTILE not in page and "&lt;script&gt;" in page


def test_the_notice_counts_the_findings_by_kind(store):
    from govcheck.report.notice import main_problems

    export = finished(store)
    rows = {m["label"]: (m["count"], m["sites"], m["unit"]) for m in main_problems(export, load_texts())
            if m["kind"] == "evidence"}
    assert rows == {"网站标识码与报送不一致": (1, 1, "处"), "疑似严重表述错误（待人工确认）": (1, 1, "处")}


def decide(tmp_path, export, decision: str):
    """The report's confirmations.csv with every pending finding given `decision`, as an office fills it in."""
    import csv

    from govcheck.confirmations import write_template

    path = write_template(export, tmp_path / "confirmations.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["site_id", "check", "page_url", "found", "decision", "note"]
    assert [r[1] for r in rows[1:]] == ["wording"]  # the one finding awaiting a person
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([rows[0], *([*r[:4], decision, "已核实"] for r in rows[1:])])
    return path


def test_a_confirmed_finding_counts_and_a_rejected_one_is_dropped(store, tmp_path):
    from govcheck.cli import main
    from govcheck.confirmations import read_confirmations
    from govcheck.store.finish import judge_run

    export = finished(store)
    run_id = export["run"]["id"]
    judge_run(store, run_id, "national-2019", read_confirmations(decide(tmp_path, export, "确认")))
    (site,) = export_run(store, run_id)["sites"]
    assert (site["verdict"], [v["label"] for v in site["vetoes"]]) == ("unqualified", ["严重问题"])
    wording = next(e for e in site["evidence"] if e["check"] == "wording")
    assert (wording["decision"], wording["needs_confirmation"]) == ("confirmed", False)
    texts = load_texts()
    fix = fix_list(site, texts, Since(run_id, {}, {}, texts, False), load_profile())
    (entry,) = [p for s in fix["sections"] if s["kind"] == "evidence" for p in s["problems"] if p["confirmed"]]
    assert "严重问题" in entry["why"] and not entry["confirm"]
    # a later re-judging under another profile keeps the person's decisions
    judge_run(store, run_id, "local-strict")
    assert export_run(store, run_id)["sites"][0]["verdict"] == "unqualified"

    judge_run(store, run_id, "national-2019", read_confirmations(decide(tmp_path, export, "rejected")))
    (site,) = export_run(store, run_id)["sites"]
    assert (site["verdict"], site["score"], site["figures"]["to_confirm"]) == ("qualified", 99.0, 0)
    assert not any(w["rule"] == "evidence.wording" for w in site["warnings"])
    (row,) = attachment_rows(export_run(store, run_id), texts)
    assert row["待人工确认问题数"] == 0 and "表述" not in row["问题描述"]

    bad = tmp_path / "bad.csv"
    bad.write_text("site_id,check,page_url,found,decision,note\ns,wording,x,y,maybe,\n", encoding="utf-8")
    assert main(["--db", str(store.url), "score", "--run", str(run_id), "--rules", "national-2019",
                 "--confirmations", str(bad)]) == 2


def channels_found(store, rows) -> list[str]:
    """The channel findings the finished run makes of site s (checked), with `rows(run_id)` stored beside it."""
    from sqlalchemy import select

    from govcheck.store.channels import record_channels
    from govcheck.store.models import Evidence

    with Session(store) as s, s.begin():
        run = Run(as_of=AS_OF.date(), started_at=AS_OF, status="finishing")
        s.add(run)
        s.flush()
        s.add(RunSite(run_id=run.id, site_id="s", name="示范县人民政府", url=HOME, status="checked"))
        s.add_all(rows(run.id))
        record_channels(s, run.id)
        return s.scalars(select(Evidence.check)).all()


def test_a_homepage_with_no_link_read_proves_no_channel_missing(store):
    assert channels_found(store, lambda run_id: [Page(run_id=run_id, site_id="s", url=HOME, status=200, depth=0,
                                                      is_homepage=True, identity={}, fetched_at=AS_OF)]) == []


def test_a_link_to_an_empty_services_column_is_no_services_entry(store):
    from govcheck.store.models import Column

    def rows(run_id):
        links = (("便民服务", "bmfw/"), ("镇长信箱", "xx/"))
        return [*(LinkOccurrence(run_id=run_id, key=text, site_id="s", source_url=HOME, target_url=HOME + path,
                                 text=text, on_homepage=True) for text, path in links),
                Column(run_id=run_id, site_id="s", name="便民服务", url=HOME + "bmfw/", items=0, empty=True,
                       verdict="empty")]

    assert channels_found(store, rows) == ["no_services"]


def test_a_channel_elsewhere_the_crawl_read_as_a_column_is_not_left_unverified(store):
    from govcheck.store.models import Column, Evidence

    elsewhere = "http://xxgk.example.gov.cn/xzxx/"

    def rows(run_id):
        unread = [Evidence(run_id=run_id, key=url, site_id="s", check="consultation_unverified", page_url=url,
                           found="县长信箱") for url in (elsewhere, "http://letter.example.com/list.aspx")]
        return [LinkOccurrence(run_id=run_id, key="办事服务", site_id="s", source_url=HOME, target_url=HOME + "bsfw/",
                               text="办事服务", on_homepage=True),
                Column(run_id=run_id, site_id="s", name="县长信箱", url=elsewhere, items=4), *unread]

    assert channels_found(store, rows) == ["consultation_unverified"]  # the one not read as a column
