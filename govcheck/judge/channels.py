"""Which links and columns are a site's consultation channels (政务咨询, 信箱, 留言) and services entries (办事服务,
政务服务网), by the names in data/interaction.yaml and data/service_guide.yaml; and the site-level findings when a
site whose homepage was read shows none (pure functions)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

import yaml

from govcheck.items import EvidenceItem
from govcheck.paths import DATA_DIR

_ASIDE = re.compile(r"[（(【\[].*?[）)】\]]")  # 县长信箱（旧版）: a note in brackets is not the name
_NOISE = re.compile(r"[\s>»›·•|:：\-—_]+")


@cache
def interaction_rules() -> dict:
    with open(DATA_DIR / "interaction.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def service_rules() -> dict:
    with open(DATA_DIR / "service_guide.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _clean(text: str) -> str:
    return _NOISE.sub("", _ASIDE.sub("", text or ""))


def _named(text: str, spec: dict) -> bool:
    """Whether text is one of spec's names, with a short prefix and an allowed suffix: a menu entry, not an
    article title that happens to hold the word (示范县办事指南汇编)."""
    t = _clean(text)
    for name in spec["names"]:
        start = t.find(name)
        while start != -1:
            if start <= spec["prefix"] and t[start + len(name):] in spec["suffixes"]:
                return True
            start = t.find(name, start + 1)
    return False


def is_consultation(text: str) -> bool:
    spec = interaction_rules()["channels"]
    return _named(text, spec) and not any(x in (text or "") for x in spec["excluded"])


def is_hotline(text: str) -> bool:
    """A consultation channel that is a telephone line (市长热线, 12345政务服务热线): a channel only where its page
    lists its calls or letters, or offers a form to write in."""
    return is_consultation(text) and any(w in _clean(text) for w in interaction_rules()["channels"]["hotlines"])


def is_services_entry(text: str, url: str = "") -> bool:
    spec = service_rules()["entries"]
    host = (urlsplit(url).hostname or "").lower() if url else ""
    return _named(text, spec) or any(h in label for label in host.split(".") for h in spec["hosts"])


def services_findings(site_id: str, home_url: str, home_links: Iterable[tuple[str, str]],
                      columns: Iterable[str], empty: Iterable[str] = ()) -> list[EvidenceItem]:
    """no_services for a site whose homepage (its menus included) and columns show no services entry. A link to a
    column read and found empty (`empty`: their addresses; a 便民服务 list of nothing) offers no service; `columns`
    names the others."""
    empty = set(empty)
    if (any(is_services_entry(text, url) for text, url in home_links if url not in empty)
            or any(is_services_entry(c) for c in columns)):
        return []
    return [EvidenceItem(site_id, "no_services", home_url, found="首页及导航菜单未发现办事服务入口",
                         expected="提供办事服务入口（办事服务、政务服务、网上办事、办事指南或政务服务网链接）",
                         detail={"looked_at": "首页（含框架页）的全部链接及网站栏目名称"})]


def consultation_findings(site_id: str, home_url: str, links: Iterable[tuple[str, str, str | None]],
                          columns: Iterable[str], listed: Iterable[str] = (), read: Iterable[str] = ()) -> list[
                              EvidenceItem]:
    """no_consultation for a site with no consultation channel that works: none named on any page read, or
    every one found is a broken link. A link whose check is unknown or unverified is not held against the site. A
    hotline (is_hotline) is a channel where its page listed its calls or letters or offered a form to write in
    (`listed`: the names and addresses of the columns read that showed items, and of the pages read that offer such a
    form, cms/forms.py), or was not read (`read`: the addresses of the site's pages read): a page read that shows its
    number alone is none."""
    listed, read = set(listed), set(read)
    if any(is_consultation(c) and (not is_hotline(c) or c in listed) for c in columns):
        return []
    found = [(text, url, verdict) for text, url, verdict in links if is_consultation(text) and (
        not is_hotline(text) or verdict == "broken" or url in listed or url not in read)]
    if any(verdict != "broken" for _, _, verdict in found):
        return []
    expected = "提供可用的政务咨询、领导信箱或留言等咨询建议渠道"
    if not found:
        return [EvidenceItem(site_id, "no_consultation", home_url, found="已读页面中未发现咨询建议渠道",
                             expected=expected, detail={"looked_at": "首页、栏目及已读页面的全部链接"})]
    broken = sorted({(text.strip(), url) for text, url, _ in found})
    return [EvidenceItem(site_id, "no_consultation", home_url,
                         found="咨询渠道无法打开：" + "、".join(t for t, _ in broken[:5]), expected=expected,
                         detail={"channels": [{"text": t, "url": u} for t, u in broken[:20]]})]
