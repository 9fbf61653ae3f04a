"""The demo audited end to end: the wrong wordings planted in 示范新城区's article are found, stored with their
sentence and waiting for a person to confirm them; the mentions of the past beside them, and every other demo page,
give none."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from govcheck.demo.wording import TEXT
from govcheck.store.models import Evidence


def test_the_planted_wrong_wordings_are_found_and_nothing_else(sqlite_audit, truth):
    engine, run_id, _, _ = sqlite_audit
    with Session(engine) as s:
        rows = s.execute(select(Evidence.site_id, Evidence.page_url, Evidence.found, Evidence.expected)
                         .where(Evidence.run_id == run_id, Evidence.check == "wording")).all()
    got = sorted(tuple(r) for r in rows)
    want = sorted((site_id, w["page_url"], w["found"], w["expected"])
                  for site_id, t in truth["sites"].items() for w in t["wording"])
    assert len(want) == 5 and {r[0] for r in want} == {"xc"}
    assert got == want


def test_each_is_exported_with_its_sentence_for_a_person_to_confirm(sqlite_audit, truth):
    _, _, export, _ = sqlite_audit
    (xc,) = [s for s in export["sites"] if s["site_id"] == "xc"]
    found = [e for e in xc["evidence"] if e["check"] == "wording"]
    assert found and all(e["needs_confirmation"] for e in found)
    by_found = {e["found"]: e["detail"] for e in found}
    assert by_found["国土资源部"] == {"kind": "institution", "sentence": TEXT[1]}
    assert xc["verdict"] == truth["sites"]["xc"]["verdict"]  # unconfirmed, they change no verdict
