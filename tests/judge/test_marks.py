"""The format of shown filing numbers and the site code against the list's."""

import pytest

from govcheck.judge.marks import code_mismatch, icp_problem, psb_problem


@pytest.mark.parametrize("icp, why", [
    ("京ICP备05070602号", None), ("湘ICP备12034567号-12", None), ("湘ICP备 12034567号", None),
    ("湘ICP备1203456号", "7位"), ("湘ICP备120345678号", "9位"), ("湘ICP证12034567号", "ICP证"),
    ("中ICP备12034567号", "省级简称"), ("湘ICP备12034567号-", "格式"),
])
def test_icp_format(icp, why):
    found = icp_problem(icp)
    assert (found is None) if why is None else (why in found)


@pytest.mark.parametrize("psb, why", [
    ("湘公网安备 43010202000101号", None), ("京公网安备11010502030143号", None),
    ("湘公网安备 4301020200010号", "13位"), ("国公网安备 43010202000101号", "省级简称"),
])
def test_psb_format(psb, why):
    found = psb_problem(psb)
    assert (found is None) if why is None else (why in found)


def test_code_mismatch_needs_both_codes():
    assert code_mismatch("4399230099", "4399230012")
    assert not code_mismatch("BM12345678", "bm12345678")
    assert not code_mismatch(None, "4399230012") and not code_mismatch("4399230012", "")
