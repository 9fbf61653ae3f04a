"""The identity, domain and date checks on the demo portals (the shared SQLite audit): each finds its planted
cases, with their evidence, and nothing else on any site."""

from __future__ import annotations

import pytest

from tests.test_audit import CRAWLED, site

CHECKS = {"site_code_mismatch", "icp_format", "psb_format", "domain_not_gov", "redirect_domain", "future_date",
          "date_mismatch"}


@pytest.mark.parametrize("site_id", CRAWLED)
def test_each_planted_case_is_found_and_nothing_else(sqlite_audit, truth, site_id):
    _, _, export, _ = sqlite_audit
    got = sorted((e["check"], e["found"]) for e in site(export, site_id)["evidence"] if e["check"] in CHECKS)
    want = sorted((e["check"], e["found"]) for e in truth["sites"][site_id]["evidence"])
    assert got == want


def test_the_evidence_says_what_was_expected_and_what_needs_a_person(sqlite_audit, truth):
    _, _, export, _ = sqlite_audit
    syjy = {e["check"]: e for e in site(export, "syjy")["evidence"]}
    assert syjy["site_code_mismatch"]["expected"] == "4399230012"
    assert syjy["domain_not_gov"]["detail"]["why"] == "not_under_parent"
    want = next(e for e in truth["sites"]["syjy"]["evidence"] if e["check"] == "date_mismatch")
    assert syjy["date_mismatch"]["page_url"] == want["page_url"] and syjy["date_mismatch"]["needs_confirmation"]
    assert not syjy["site_code_mismatch"]["needs_confirmation"]
    syly = {e["check"]: e for e in site(export, "syly")["evidence"]}
    assert syly["redirect_domain"]["expected"] == truth["sites"]["syly"]["url"]
    qx = site(export, "qx")
    assert any(w["rule"] == "evidence.future_date" for w in qx["warnings"])


def test_a_homepage_that_moved_to_another_domain_is_audited_where_it_is(sqlite_audit, truth):
    _, _, export, _ = sqlite_audit
    syly = site(export, "syly")
    assert (syly["status"], syly["verdict"]) == ("checked", truth["sites"]["syly"]["verdict"])
    assert {c["url"] for c in syly["columns"]} == {c["url"] for c in truth["sites"]["syly"]["columns"]
                                                      if not c["static"]}
