"""The format of the filing numbers a footer shows (pure): an ICP filing number as MIIT issues it (湘ICP备12034567号,
京ICP备05070602号-1) and a public-security filing number (湘公网安备 43010202000101号). A number not shown at all is
the identity rule's deduction, not these."""

from __future__ import annotations

import re

# the one-character names of the provinces, as filing numbers begin
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
ICP = re.compile(rf"[{PROVINCES}]ICP备\d{{8}}号(?:-\d{{1,3}})?")
PSB = re.compile(rf"[{PROVINCES}]公网安备\d{{14}}号")


def icp_problem(icp: str) -> str | None:
    """Why a shown ICP number is malformed (a sentence), or None when it is well formed."""
    text = re.sub(r"\s+", "", icp or "")
    if not text or ICP.fullmatch(text):
        return None
    if text[0] not in PROVINCES:
        return "不以省级简称开头"
    if "ICP证" in text:
        return "写作“ICP证”（经营许可证），政府网站应标注ICP备案编号"
    digits = re.search(r"ICP[备证](\d+)号", text)
    if digits and len(digits.group(1)) != 8:
        return f"备案号为{len(digits.group(1))}位数字，应为8位"
    return "不符合“省级简称ICP备8位数字号”的格式"


def psb_problem(psb: str) -> str | None:
    """Why a shown public-security filing number is malformed, or None when it is well formed."""
    text = re.sub(r"\s+", "", psb or "")
    if not text or PSB.fullmatch(text):
        return None
    if text[0] not in PROVINCES:
        return "不以省级简称开头"
    digits = re.search(r"公网安备(\d+)号", text)
    if digits and len(digits.group(1)) != 14:
        return f"备案号为{len(digits.group(1))}位数字，应为14位"
    return "不符合“省级简称公网安备14位数字号”的格式"


def code_mismatch(shown: str | None, listed: str) -> bool:
    """Whether the page shows another site's 网站标识码 than the list gives (either missing: nothing to compare)."""
    return bool(shown) and bool(listed) and shown.strip().lower() != listed.strip().lower()
