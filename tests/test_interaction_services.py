"""End to end on the demo portals: 互动回应差 and 服务不实用 findings against the ground truth — the mailbox's late
messages and nothing else of it, sites with no consultation channel or services entry, incomplete guides, and
nothing on the clean site; none of them changes a verdict (a person confirms them first)."""

from __future__ import annotations

import pytest

from tests.test_audit import CRAWLED

# consultation_unverified: none in the demo, whose channels elsewhere are all read
CHECKS = {"no_consultation", "unanswered_message", "no_services", "guide_incomplete", "consultation_unverified"}


def found(export, site_id) -> list[dict]:
    site = next(s for s in export["sites"] if s["site_id"] == site_id)
    return [e for e in site.get("evidence") or [] if e["check"] in CHECKS]


@pytest.mark.parametrize("site_id", [*CRAWLED, "mz", "old"])
def test_each_planted_case_is_found_and_nothing_else(sqlite_audit, truth, site_id):
    _, _, export, _ = sqlite_audit
    want = truth["sites"][site_id]["interaction_services"]
    got = found(export, site_id)
    assert sorted((e["check"], e["page_url"]) for e in got) == sorted((w["check"], w["page"]) for w in want)
    for w in want:
        if w["found"] is not None:
            assert any(e["check"] == w["check"] and e["found"] == w["found"] for e in got), w
    assert all(e["needs_confirmation"] for e in got)


def test_the_mailbox_flags_old_and_late_messages_only(sqlite_audit, truth):
    _, _, export, _ = sqlite_audit
    got = {e["found"]: e for e in found(export, "qx") if e["check"] == "unanswered_message"}
    assert {e["detail"]["reason"] for e in got.values()} == {"超过3个月未回复", "答复超过3个月"}
    assert not any("电梯" in f or "集贸市场" in f for f in got)  # 20 days open, and older than a year
    late = next(e for e in got.values() if e["detail"]["reason"] == "答复超过3个月")
    assert late["detail"]["reply_date"] and late["expected"] == "3个月内答复"


def test_the_clean_site_and_the_mailbox_site_have_channels(sqlite_audit):
    _, _, export, _ = sqlite_audit
    for site_id in ("nav", "qx"):
        assert not {"no_consultation", "no_services"} & {e["check"] for e in found(export, site_id)}
    assert found(export, "nav") == []


def test_these_findings_change_no_verdict(sqlite_audit, truth):
    _, _, export, _ = sqlite_audit
    for s in export["sites"]:
        assert s["verdict"] == truth["sites"][s["site_id"]]["verdict"], s["site_id"]
