"""The office that issues the notice (通报): its name, area, document number, recipients, deadlines, contact line and
fonts, loaded from data/offices/<name>.yaml (GOVCHECK_OFFICE, or `govcheck report --office NAME`) and validated on
load like a rule profile (typed_yaml.py). Every problem raises OfficeError with one line naming the file and key."""

from __future__ import annotations

import dataclasses
import os
import string
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from govcheck.paths import DATA_DIR, ROOT
from govcheck.typed_yaml import Invalid, convert, did_you_mean, got

OFFICES_DIR = DATA_DIR / "offices"
DEFAULT_OFFICE = "example"
NUMBER_FIELDS = ("year", "n")


class _Loader(yaml.SafeLoader):
    """YAML with dates left as text: typed_yaml reads them, and a bad one is named by its key, not a traceback."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class OfficeError(ValueError):
    """An office profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, kw_only=True)
class Fonts:
    """Font names, each list in order of preference: the first is the one GB/T 9704-2012 names, the others stand in
    where it is not installed (Word falls back to them; the HTML lists them all)."""

    title: tuple[str, ...]  # 2号 小标宋
    body: tuple[str, ...]  # 3号 仿宋
    heading1: tuple[str, ...]  # 一、 黑体
    heading2: tuple[str, ...]  # （一） 楷体
    page_number: tuple[str, ...]  # 4号 宋体
    latin: str  # digits and Latin letters


@dataclass(frozen=True, kw_only=True)
class MessageRule:
    """How soon a "我为政府网站找错" message must be answered; later is overdue."""

    reply_within_working_days: int = field(metadata={"min": 1})
    source: str
    holidays: tuple[date, ...] = ()  # weekdays off (法定节假日)
    workdays: tuple[date, ...] = ()  # weekend days worked (调休)


@dataclass(frozen=True, kw_only=True)
class Office:
    name: str  # 发文机关, also the signature
    area: str  # what it oversees, as the notice says it: 全市
    document_number: str  # 发文字号 with {year} and {n}: 黄政办函〔{year}〕{n}号
    recipients: str  # 主送机关
    fix_deadline: str  # 整改期限, as the notice says it
    contact: str  # the contact line under the date
    fonts: Fonts
    messages: MessageRule
    path: str = field(default="", metadata={"internal": True})

    def number(self, year: int | None) -> str:
        """The document number with the year filled in and the serial left blank for the office to write."""
        return self.document_number.format(year=year or "    ", n="  ")


def office_setting(name: str | None = None) -> str:
    """The office in force: an explicit name, else GOVCHECK_OFFICE, else the bundled example."""
    return name or os.environ.get("GOVCHECK_OFFICE") or DEFAULT_OFFICE


def office_names() -> list[str]:
    return sorted(p.stem for p in OFFICES_DIR.glob("*.yaml"))


def load_office(name_or_path: str | Path | None = None) -> Office:
    """The office named in data/offices/ (e.g. "example") or stored at a path."""
    path = _locate(office_setting(str(name_or_path) if name_or_path else None))
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise OfficeError(f"{_show(path)}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OfficeError(f"{_show(path)}: cannot be read: {getattr(exc, 'strerror', None) or 'not UTF-8'}") from None
    try:
        office = convert(data, Office, "")
        _check(office)
    except Invalid as exc:
        raise OfficeError(f"{_show(path)}: {exc}") from None
    return dataclasses.replace(office, path=_show(path))


def _locate(ref: str) -> Path:
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        path = Path(ref)
        if not path.is_file():
            raise OfficeError(f"{ref}: no such office file")
        return path
    path = OFFICES_DIR / f"{ref}.yaml"
    if not path.is_file():
        known = office_names()
        hint = did_you_mean(ref, known) or f" (known: {', '.join(known)})"
        raise OfficeError(f"no office named {ref!r} in {_show(OFFICES_DIR)}{hint}")
    return path


def _check(office: Office) -> None:
    """What the types cannot say: no empty text, font lists not empty, a document number with only its fields."""
    for f in ("name", "area", "document_number", "recipients", "fix_deadline", "contact"):
        if not getattr(office, f).strip():
            raise Invalid(f, "expected text, got an empty one")
    for f in dataclasses.fields(Fonts):
        names = getattr(office.fonts, f.name)
        if not names or any(not n.strip() for n in ([names] if isinstance(names, str) else names)):
            raise Invalid(f"fonts.{f.name}", f"expected font names, got {got(list(names))}")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(office.document_number) if name is not None]
    except ValueError as exc:
        raise Invalid("document_number", f"{exc} (write braces only around year and n)") from None
    for name in fields:
        if name not in NUMBER_FIELDS:
            raise Invalid("document_number", f"unknown field {{{name}}}; use {{year}} and {{n}}")
    if "n" not in fields:
        raise Invalid("document_number", "expected {n} where the serial number goes")


def _show(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
