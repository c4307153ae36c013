"""The model's reply: the JSON schema it must follow, and its conversion into the domain.

The schema is derived from the attrs fields of `FeedbackAnalysis` and the classes it holds,
so a field added to the domain is asked of the model without a second list to keep in step.
Strict structured output needs every property listed as required and no others allowed;
an optional field is therefore a nullable type, not a missing key. Ranges (scores in
[0, 1], text lengths) are not in the schema: the domain's validators check them, and a
reply they refuse is treated like malformed JSON.
"""

from __future__ import annotations

import json
import types
import typing
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

import attrs
import cattrs

from kundrost.domain.analysis import FeedbackAnalysis

SCHEMA_NAME = "feedback_analysis"

_SET_BY_ADAPTER = frozenset({"analyzer", "model_version", "prompt_tokens", "completion_tokens"})
"""Fields of `FeedbackAnalysis` the adapter fills in itself; the model is not asked for them."""


class InvalidReply(ValueError):
    """The model answered, but not with an analysis the domain accepts."""


def _model_fields(cls: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls)
    return [
        (field.name, hints[field.name])
        for field in attrs.fields(cls)
        if field.name not in _SET_BY_ADAPTER
    ]


def _schema_of(kind: Any) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        if len(present) != 1:
            raise TypeError(f"cannot describe {kind!r} for the model")
        inner = _schema_of(present[0])
        return {**inner, "type": [inner["type"], "null"]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(arguments[0])}
    if isinstance(kind, type) and issubclass(kind, Enum):
        return {"type": "string", "enum": [member.value for member in kind]}
    if kind is Decimal:
        return {"type": "number"}
    if kind is str:
        return {"type": "string"}
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        return {"type": "integer"}
    if attrs.has(kind):
        return object_schema(kind)
    raise TypeError(f"cannot describe {kind!r} for the model")


def object_schema(cls: type) -> dict[str, Any]:
    fields = _model_fields(cls)
    return {
        "type": "object",
        "properties": {name: _schema_of(kind) for name, kind in fields},
        "required": [name for name, _ in fields],
        "additionalProperties": False,
    }


@cache
def analysis_schema() -> dict[str, Any]:
    """The `json_schema` of the request's `response_format`."""
    return object_schema(FeedbackAnalysis)


def response_format() -> dict[str, Any]:
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": analysis_schema()},
    }


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)

    def decimal(value: Any, _kind: type) -> Decimal:
        # Through str, so 0.1 becomes Decimal("0.1"), not the binary float's 55 digits.
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidReply(f"a score must be a number, got {type(value).__name__}")
        return Decimal(str(value))

    def optional_text(value: Any, _kind: type) -> str | None:
        # A blank department or quote means "none": the schema cannot forbid "" alone.
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise InvalidReply(f"expected text, got {type(value).__name__}")
        return value

    def text(value: Any, _kind: type) -> str:
        if not isinstance(value, str):
            raise InvalidReply(f"expected text, got {type(value).__name__}")
        return value

    def count(value: Any, _kind: type) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidReply(f"a count must be a whole number, got {value!r}")
        return value

    def flag(value: Any, _kind: type) -> bool:
        if not isinstance(value, bool):
            raise InvalidReply(f"expected true or false, got {value!r}")
        return value

    # Exact matches: a hook registered for `str` would also catch the StrEnums.
    converter.register_structure_hook_func(lambda kind: kind is Decimal, decimal)
    converter.register_structure_hook_func(lambda kind: kind == str | None, optional_text)
    converter.register_structure_hook_func(lambda kind: kind is str, text)
    # By type, not by predicate: cattrs reads int and bool on a fast path predicates miss.
    converter.register_structure_hook(int, count)
    converter.register_structure_hook(bool, flag)
    return converter


_CONVERTER = _converter()


def analysis_from_reply(
    content: str | None, *, model_version: str, analyzer: str, **usage: int | None
) -> FeedbackAnalysis:
    """The domain's `FeedbackAnalysis` from the model's JSON, or `InvalidReply` saying why.

    `usage` (prompt and completion tokens) is kept when the domain's analysis has fields for
    it; the domain's own validators run, so out-of-range scores are refused here.
    """
    if not content:
        raise InvalidReply("the model returned no content")
    try:
        payload = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InvalidReply(f"the reply is not JSON ({exc.msg} at {exc.pos})") from None
    if not isinstance(payload, dict):
        raise InvalidReply("the reply is not a JSON object")
    missing = _missing(payload, analysis_schema())
    if missing:
        raise InvalidReply(f"the reply does not fit the analysis: {missing} is missing")
    known = attrs.fields_dict(FeedbackAnalysis)
    extra = {name: value for name, value in usage.items() if name in known}
    try:
        return _CONVERTER.structure(
            {**payload, "analyzer": analyzer, "model_version": model_version, **extra},
            FeedbackAnalysis,
        )
    except Exception as exc:
        raise InvalidReply(f"the reply does not fit the analysis: {_reason(exc)}") from None


def _missing(value: Any, schema: dict[str, Any], path: str = "") -> str | None:
    """The first field the strict schema requires that the reply left out, if any: a
    default in the domain must not stand in for what the model did not say."""
    if isinstance(value, dict) and schema.get("type") == "object":
        for name in schema["required"]:
            if name not in value:
                return f"{path}{name}"
            found = _missing(value[name], schema["properties"][name], f"{path}{name}.")
            if found:
                return found
    if isinstance(value, list) and schema.get("type") == "array":
        for item in value:
            found = _missing(item, schema["items"], path)
            if found:
                return found
    return None


def _reason(error: BaseException) -> str:
    """The first concrete cause inside cattrs' grouped validation errors."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    if isinstance(error, KeyError):
        return f"{error.args[0]} is missing"
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return str(message)[:300]
