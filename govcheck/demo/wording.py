"""Wrong wordings (严重表述错误) planted in one demo article, with what a correct audit must report there, and
mentions of the past and generic terms beside them that it must not.

The expected findings are written out here, not read from data/wording.yaml: an oracle that read the matcher's own
list could not catch a wrong entry."""

from __future__ import annotations

from dataclasses import replace

from govcheck.demo.column import Column
from govcheck.demo.model import Site

# the article's text: four errors, one of them twice and one inside a longer one
TEXT = (
    "会议强调，要坚持以习近平新时期中国特色社会主义思想为指导，深入践行社会主意核心价值观。",
    "会议传达了国土资源部关于做好耕地保护工作的通知，区国土资源部门、农业部门负责抓好落实。",
    "会议回顾了中华人民共和国国家总理来我区考察时的讲话精神，要求各单位持续推进“两学一作”学习教育常态化制度化。",
    # history and generic terms: not errors
    "2017年国家卫生和计划生育委员会发布的有关文件，原环境保护部印发的技术规范，以及原国土资源部的部署，仍作为工作参考。",
    "会后，与会人员对国土资源部作出的部署进行了讨论。",
)

# (found, expected): one per wrong wording on the page, the longest form where one holds another
WORDING = (
    ("习近平新时期中国特色社会主义思想", "习近平新时代中国特色社会主义思想"),
    ("社会主意核心价值观", "社会主义核心价值观"),
    ("国土资源部", "自然资源部"),
    ("中华人民共和国国家总理", "中华人民共和国国务院总理"),
    ("两学一作", "两学一做"),
)


def plant(column: Column) -> None:
    """The column's newest article carries the planted text (it is on the homepage: always crawled)."""
    column.items[0] = replace(column.items[0], text=TEXT, wording=WORDING)


def wording_truth(site: Site, base: str) -> list[dict]:
    """What a correct audit of the site reports: (page, found, expected) of each planted wrong wording."""
    return [{"page_url": base.rstrip("/") + item.path, "found": found, "expected": expected}
            for col in site.columns for item in col.items for found, expected in item.wording]
