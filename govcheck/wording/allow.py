"""The allow list: wording hits a person found to be right, silenced per site (format: data/wording-allow.csv)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from govcheck.paths import DATA_DIR
from govcheck.wording.phrases import WordingListError, read_text

BUNDLED_ALLOW = DATA_DIR / "wording-allow.csv"
FIELDS = ("site_id", "phrase", "page_url")
EVERY_SITE = "*"


@dataclass(frozen=True)
class AllowList:
    entries: frozenset[tuple[str, str, str]] = frozenset()  # (site_id or *, wrong form, page URL or "" for any page)

    def allows(self, site_id: str, phrase: str, *urls: str) -> bool:
        """Whether the hit of phrase on a page (under any of its URLs) of site_id is silenced."""
        for site in (site_id, EVERY_SITE):
            if (site, phrase, "") in self.entries or any((site, phrase, u) in self.entries for u in urls):
                return True
        return False


def read_allow_file(path: str | Path) -> AllowList:
    """One allow list: CSV in UTF-8 with the header site_id,phrase,page_url; lines starting with # are comments."""
    path = Path(path)
    text = read_text(path, "allow list")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return AllowList()
    rows = csv.reader([line for _, line in lines])
    header = [h.strip() for h in next(rows)]
    if header[:2] != ["site_id", "phrase"] or any(h not in FIELDS for h in header):
        raise WordingListError(f"{path}:{lines[0][0]}: the header must be {','.join(FIELDS)} (page_url optional)")
    entries = set()
    for (n, _), cells in zip(lines[1:], rows, strict=False):
        cells = [c.strip() for c in cells]
        if len(cells) > len(header):
            raise WordingListError(f"{path}:{n}: {len(cells)} cells, the header has {len(header)}")
        site_id, phrase, url = (cells + ["", "", ""])[:3]
        if not site_id or not phrase:
            raise WordingListError(f"{path}:{n}: site_id and phrase are required ({EVERY_SITE} for every site)")
        entries.add((site_id, phrase, url))
    return AllowList(frozenset(entries))


def load_allow(extra: Iterable[str | Path] = ()) -> AllowList:
    """The bundled allow list (when there is one) and an office's own (the GOVCHECK_WORDING_ALLOW setting)."""
    paths = [BUNDLED_ALLOW] if BUNDLED_ALLOW.exists() else []
    entries: set = set()
    for path in [*paths, *extra]:
        entries |= read_allow_file(path).entries
    return AllowList(frozenset(entries))
