"""The cattrs converter for the nested domain values kept in JSONB columns.

Decimals are written as strings so money and scores come back exact, times as ISO 8601
text with their offset, sets as lists. Only values with no personal data go through it
in clear; quotes and summaries are split off and encrypted before a value is stored.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

import cattrs

T = TypeVar("T")


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=False)
    for exact in (Decimal, UUID):
        converter.register_unstructure_hook(exact, str)
        converter.register_structure_hook(exact, lambda value, cls: cls(value))
    for moment in (datetime, date, time):
        converter.register_unstructure_hook(moment, lambda value: value.isoformat())
        converter.register_structure_hook(moment, lambda value, cls: cls.fromisoformat(value))
    converter.register_unstructure_hook_func(
        lambda kind: getattr(kind, "__origin__", kind) in (set, frozenset),
        lambda value: [converter.unstructure(item) for item in sorted(value)],
    )
    return converter


CONVERTER = _converter()


def to_json(value: Any, kind: Any = None) -> str:
    """`value` (an attrs instance or a collection of them) as JSON text."""
    plain = CONVERTER.unstructure(value) if kind is None else CONVERTER.unstructure(value, kind)
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | Any, kind: type[T] | Any) -> T:
    """The value of type `kind` that `to_json` wrote (text, or already-decoded JSON)."""
    plain = json.loads(text) if isinstance(text, str) else text
    result: T = CONVERTER.structure(plain, kind)
    return result
