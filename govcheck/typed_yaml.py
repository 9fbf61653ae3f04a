"""Parsed YAML turned into frozen dataclasses, checked on the way: each field's type (Literal, unions with None,
tuples, mappings, dates, nested dataclasses), bounds from a field's metadata (min, max), unknown and missing keys
with a did-you-mean. Every problem is an Invalid naming the key path (columns.vetoes.empty.at_least)."""

from __future__ import annotations

import dataclasses
import difflib
import types
from datetime import date, datetime
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints


class Invalid(Exception):
    """A value that does not fit its place; the message names the key path."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}" if where else message)


def convert(value: Any, tp: Any, where: str) -> Any:
    """value (parsed YAML) as the type tp, checked; `where` is its key path for messages."""
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return convert(value, inner, where)
    if origin is Literal:
        if value not in args:
            choices = " or ".join(repr(a) for a in args)
            raise Invalid(where, f"expected {choices}, got {got(value)}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise Invalid(where, f"expected true or false, got {got(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(where, f"expected a whole number, got {got(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Invalid(where, f"expected a number, got {got(value)}")
        return float(value)
    if tp is date:
        if isinstance(value, date) and not isinstance(value, datetime):  # YAML reads 2026-10-01 as a date
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise Invalid(where, f"expected a date YYYY-MM-DD, got {got(value)}")
    if tp is str:
        if not isinstance(value, str):
            raise Invalid(where, f"expected text, got {got(value)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise Invalid(where, f"expected a list, got {got(value)}")
        return tuple(convert(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict) or not value:
            raise Invalid(where, f"expected a non-empty mapping, got {got(value)}")
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise Invalid(where, f"expected text keys, got {got(key)}")
            out[key] = convert(item, args[1], _join(where, key))
        return out
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(value, tp, where)
    raise TypeError(f"no conversion for {tp!r}")  # a bug in the tree above, not in a profile


def _convert_dataclass(value: Any, cls: type, where: str) -> Any:
    if not isinstance(value, dict):
        raise Invalid(where, f"expected a mapping, got {got(value)}")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    for key in value:
        if key not in fields:
            raise Invalid(_join(where, str(key)), f"unknown key{did_you_mean(str(key), fields)}")
    kwargs = {}
    for name, f in fields.items():
        here = _join(where, name)
        if name not in value:
            if f.default is not dataclasses.MISSING:
                continue
            raise Invalid(here, "missing")
        converted = convert(value[name], hints[name], here)
        _check_bounds(converted, f.metadata, here)
        kwargs[name] = converted
    return cls(**kwargs)


def _check_bounds(value: Any, bounds: dict, where: str) -> None:
    if value is None or not isinstance(value, (int, float)):
        return
    if "min" in bounds and value < bounds["min"]:
        raise Invalid(where, f"expected at least {bounds['min']}, got {value}")
    if "max" in bounds and value > bounds["max"]:
        raise Invalid(where, f"expected at most {bounds['max']} (a share, 0.05 = 5%), got {value}")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def got(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
