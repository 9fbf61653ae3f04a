"""Phrase lists of wrong wordings (the format is described in data/wording.yaml's header): read, checked, merged.

Every problem is a WordingListError of one line naming the file and the line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from govcheck.paths import DATA_DIR

BUNDLED = DATA_DIR / "wording.yaml"
KINDS = ("institution", "title", "expression")
KEYS = ("wrong", "right", "kind", "until", "unless_followed_by", "unless_preceded_by")


class WordingListError(ValueError):
    """A phrase list or allow list that cannot be used; the message is one line: file:line: problem."""


@dataclass(frozen=True)
class Phrase:
    wrong: str  # as pages misprint it
    right: str
    kind: str  # one of KINDS
    until: int | None = None  # an outdated name: right until that year (a mention of then is history, not an error)
    unless_followed_by: tuple[str, ...] = ()  # e.g. 门: 国土资源部门 is a generic term, not the ministry
    unless_preceded_by: tuple[str, ...] = ()
    where: str = ""  # file:line, for messages


@dataclass(frozen=True)
class PhraseList:
    phrases: tuple[Phrase, ...]
    historical_prefixes: tuple[str, ...] = ()  # 原, 前 …: before an outdated name, a mention of the past


class _LineLoader(yaml.SafeLoader):
    """Safe YAML whose mappings remember the line they start on."""


def _mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    out = loader.construct_mapping(node, deep=True)
    out["__line__"] = node.start_mark.line + 1
    return out


class _Lines(list):
    """A YAML sequence, with the line each of its entries starts on."""

    lines: list[int]


def _sequence(loader: _LineLoader, node: yaml.SequenceNode) -> _Lines:
    out = _Lines(loader.construct_sequence(node, deep=True))
    out.lines = [n.start_mark.line + 1 for n in node.value]
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def read_text(path: Path, what: str) -> str:
    """A list file's text (UTF-8, a BOM allowed), or a one-line WordingListError naming it."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WordingListError(f"{path}: no such {what}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WordingListError(f"{path}: cannot be read as UTF-8 text ({exc.__class__.__name__})") from None


def _read(path: Path) -> Any:
    text = read_text(path, "phrase list")
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        # an unclosed {…} is found where the file ends: say where it began too
        began = (f" ({exc.context} at line {exc.context_mark.line + 1})"
                 if exc.context and exc.context_mark and exc.context_mark is not mark else "")
        raise WordingListError(f"{path}{line}: not valid YAML: {exc.problem or exc.context}{began}") from None
    except yaml.YAMLError as exc:
        raise WordingListError(f"{path}: not valid YAML: {exc}") from None


def _texts(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordingListError(f"{where}: {key} must be a list of non-empty texts")
    return tuple(v.strip() for v in value)


def _phrase(entry: Any, where: str) -> Phrase:
    if not isinstance(entry, dict):
        raise WordingListError(f"{where}: each phrase is a mapping such as {{wrong: …, right: …, kind: …}}")
    unknown = sorted(k for k in entry if k not in KEYS and k != "__line__")
    if unknown:
        raise WordingListError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(KEYS)})")
    texts = {}
    for key in ("wrong", "right", "kind"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise WordingListError(f"{where}: {key} is missing or empty")
        texts[key] = value.strip()
    if texts["kind"] not in KINDS:
        raise WordingListError(f"{where}: kind {texts['kind']!r} is not one of {', '.join(KINDS)}")
    if texts["wrong"] == texts["right"]:
        raise WordingListError(f"{where}: wrong and right are the same ({texts['wrong']})")
    until = entry.get("until")
    if until is not None and (isinstance(until, bool) or not isinstance(until, int) or not 1900 <= until <= 2100):
        raise WordingListError(f"{where}: until must be a year such as 2018, got {until!r}")
    return Phrase(texts["wrong"], texts["right"], texts["kind"], until,
                  _texts(entry.get("unless_followed_by"), where, "unless_followed_by"),
                  _texts(entry.get("unless_preceded_by"), where, "unless_preceded_by"), where)


def read_phrase_file(path: str | Path) -> PhraseList:
    """One phrase list file, checked."""
    path = Path(path)
    doc = _read(path)
    if not isinstance(doc, dict):
        raise WordingListError(f"{path}: expected a mapping with a `phrases:` list")
    line = doc.get("__line__", 1)
    unknown = sorted(k for k in doc if k not in ("phrases", "historical_prefixes", "__line__"))
    if unknown:
        raise WordingListError(f"{path}:{line}: unknown key {unknown[0]!r} (keys: phrases, historical_prefixes)")
    entries = doc.get("phrases")
    if not isinstance(entries, _Lines):
        raise WordingListError(f"{path}:{line}: `phrases:` must be a list of phrases")
    prefixes = _texts(doc.get("historical_prefixes"), f"{path}:{line}", "historical_prefixes")
    phrases: dict[str, Phrase] = {}
    for entry, entry_line in zip(entries, entries.lines, strict=True):
        where = f"{path}:{entry_line}"
        phrase = _phrase(entry, where)
        if phrase.wrong in phrases:
            raise WordingListError(f"{where}: {phrase.wrong} is listed twice (first at {phrases[phrase.wrong].where})")
        phrases[phrase.wrong] = phrase
    return PhraseList(tuple(phrases.values()), prefixes)


def merge(lists: Iterable[PhraseList]) -> PhraseList:
    """Lists merged in order: a later list's entry for the same wrong form replaces the earlier one (an office's own
    list corrects the bundled one), historical prefixes add up."""
    phrases: dict[str, Phrase] = {}
    prefixes: dict[str, None] = {}
    for one in lists:
        phrases.update((p.wrong, p) for p in one.phrases)
        prefixes.update(dict.fromkeys(one.historical_prefixes))
    return PhraseList(tuple(phrases.values()), tuple(prefixes))


def load_phrases(extra: Iterable[str | Path] = ()) -> PhraseList:
    """The bundled list merged with an office's own lists (the GOVCHECK_WORDING setting)."""
    return merge(read_phrase_file(p) for p in [BUNDLED, *extra])
