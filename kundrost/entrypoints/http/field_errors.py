"""What a 400 says of each offending field: its name and the rule it broke, never the value.

A value a client sent may be a customer's words or a phone number pasted into the wrong
field, and an error body travels to logs, dashboards and support tickets. msgspec's own
messages repeat a refused choice (`Invalid enum value '0701234567'`) and name a text rule
by its regular expression; here they say which values are allowed, or the rule in words.
A name the request made up (an unknown field or parameter, a mapping's key) is repeated
only when it looks like a name, never when it could be a value.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from kundrost.domain.email_address import EMAIL_PATTERN
from kundrost.entrypoints.http.limits import DAY_PATTERN, NO_NUL, QUERY_PATTERN, WORDED

PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")
"""A field, parameter or key name that a 400 may repeat: an ASCII identifier."""

_RULES = {
    NO_NUL: "must not hold a NUL character (U+0000)",
    WORDED: "must hold more than whitespace, and no NUL character (U+0000)",
    QUERY_PATTERN: "must hold at least one letter or digit, and no NUL character (U+0000)",
    DAY_PATTERN: "must be a day of the years 2000–2999",
    EMAIL_PATTERN: "must be an e-mail address",
}
PATTERN_RULES = {repr(pattern)[1:-1]: rule for pattern, rule in _RULES.items()}
"""The text rules of `limits` and e-mail addresses, as a 400 states them instead of their
expressions (msgspec writes a pattern as Python's `repr` does); another pattern is named as
it is, e.g. a phone number's."""
MOST_NAMED = 12
"""A choice of more values (the time zones) refers to the document instead of listing them."""

_CHOICE = re.compile(r"^Invalid (?:enum )?value .*$", re.DOTALL)
_PATTERN = re.compile(r"^Expected `str` matching regex '(?P<pattern>.*)'$", re.DOTALL)
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<name>.*)`$", re.DOTALL)
_SEGMENT = re.compile(r"([^.\[\]]+)|\[[^\]]*\]")


def said(message: str, allowed: list[str] | None) -> str:
    """msgspec's `message` without the value it repeats: a refused choice as the values
    `allowed` (when known), a text pattern as its rule in words."""
    if _CHOICE.match(message):
        if not allowed:
            return "is not one of the values the document lists"
        if len(allowed) > MOST_NAMED:
            return f"must be one of the {len(allowed)} values the document lists"
        return f"must be one of {', '.join(allowed)}"
    pattern = _PATTERN.match(message)
    if pattern:
        return PATTERN_RULES.get(pattern["pattern"], message)
    unknown = _UNKNOWN.match(message)
    if unknown and not PLAIN_NAME.match(unknown["name"]):
        return "an unknown field (its name is not repeated)"
    return message


def name_or(name: str, instead: str) -> str:
    """`name` when a 400 may repeat it, else `instead` (the place it was found)."""
    return name if PLAIN_NAME.match(name) else instead


def allowed_values(annotation: Any) -> list[str] | None:
    """The values an enumeration, a `Literal` or an optional one of them allows."""
    return _values(msgspec.inspect.type_info(annotation))


def allowed_at(body_type: Any, path: str, *, key: bool = False) -> list[str] | None:
    """The values allowed at `path` (`status`, `messages[0].speaker`) of `body_type`; with
    `key`, the keys allowed of the mapping at `path` (`operating_hours`)."""
    info: Any = msgspec.inspect.type_info(body_type)
    for name in (match[0] for match in _SEGMENT.finditer(path)):
        info = _unwrapped(info)
        if name.startswith("["):
            info = getattr(info, "item_type", None) or getattr(info, "value_type", None)
        elif isinstance(info, msgspec.inspect.UnionType):
            tags = [
                getattr(m, "tag", None) for m in info.types if getattr(m, "tag_field", 0) == name
            ]
            if tags:
                return [str(tag) for tag in tags]
            info = _field_of_any(info, name)
        else:
            info = _field(info, name)
        if info is None:
            return None
    if key:
        return _values(getattr(_unwrapped(info), "key_type", None))
    return _values(info)


def _field(info: Any, name: str) -> Any:
    fields = getattr(info, "fields", ())
    return next((field.type for field in fields if field.encode_name == name), None)


def _field_of_any(union: Any, name: str) -> Any:
    """A field of a tagged union's variants: the first that enumerates its values (another
    variant may hold it as `null` only), else the first that has it."""
    found = [info for info in (_field(m, name) for m in union.types) if info is not None]
    return next((info for info in found if _values(info)), found[0] if found else None)


def _values(info: Any) -> list[str] | None:
    info = _unwrapped(info)
    if isinstance(info, msgspec.inspect.EnumType):
        return [str(member.value) for member in info.cls]
    if isinstance(info, msgspec.inspect.LiteralType):
        return [str(value) for value in info.values]
    return None


def _unwrapped(info: Any) -> Any:
    """The type inside an `Annotated` constraint or an optional value."""
    if isinstance(info, msgspec.inspect.Metadata):
        return _unwrapped(info.type)
    if isinstance(info, msgspec.inspect.UnionType):
        kinds = [t for t in info.types if not isinstance(t, msgspec.inspect.NoneType)]
        return _unwrapped(kinds[0]) if len(kinds) == 1 else info
    return info
