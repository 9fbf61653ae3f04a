"""A 办事指南 page read for its key elements (事项名称, 设定依据, 申请条件, 办理材料, 办理地点, 办理时间, 联系电话,
办理流程) from its headings, table rows and labels, by the synonyms in data/service_guide.yaml. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from govcheck.cms.text import first_in_doc
from govcheck.judge.channels import service_rules

# a table's label cells: the first of a row, and every other one where a row holds two label and value pairs
LABELS = ("//h1 | //h2 | //h3 | //h4 | //h5 | //th | //tr/td[position() mod 2 = 1] | //dt | //strong | //b | //label"
          " | //span[contains(@class,'tit') or contains(@class,'label')]")
_HEADINGS = etree.XPath("//h1 | //h2 | //h3")  # compiled once, not for each page
_LEADING = re.compile(r"^\s*(?:[一二三四五六七八九十\d]+[、.．)）]\s*)?([^：:\s]{2,12})\s*[：:]")


@dataclass(frozen=True)
class GuideReading:
    name: str  # the guide's title as the page shows it
    present: tuple[str, ...]  # the elements it labels, in the data file's order
    missing: tuple[str, ...]


def element_of(label: str) -> str | None:
    label = re.sub(r"\s", "", label)
    if not label or len(label) > 14:
        return None
    for element, words in service_rules()["elements"].items():
        if any(w in label for w in words):
            return element
    return None


def _labels(root) -> list[str]:
    out = ["".join(el.itertext()).strip() for el in root.xpath(LABELS)]
    for el in root.xpath("//p | //li | //div[not(*)]"):  # 申请条件：… written inline
        m = _LEADING.match("".join(el.itertext()))
        if m:
            out.append(m.group(1))
    return out


def read_guide(sel, url: str) -> GuideReading | None:
    """The guide's elements, or None when the page is not a guide: its title or heading names no 办事指南, or it
    labels fewer elements than a guide's layout has (a list of guides, an article that mentions one)."""
    rules = service_rules()
    root = sel.root
    shown = [" ".join(el.itertext()).strip() for el in _HEADINGS(root)]
    shown.append(first_in_doc(sel, "string(//title)").strip())  # the title last: it also carries the site's name
    named = [t for t in shown if any(w in t for w in rules["guide_titles"])]
    if not named:
        return None
    found = {e for e in map(element_of, _labels(root)) if e}
    if len(found) < rules["guide_min_elements"]:
        return None
    order = list(rules["elements"])
    return GuideReading(named[0][:200], tuple(e for e in order if e in found),
                        tuple(e for e in order if e not in found))
