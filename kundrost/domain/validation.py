"""attrs validators that raise `InvalidValue` naming the field, shared by all entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from kundrost.domain.errors import InvalidValue

Validator = Callable[[Any, Any, Any], None]


def aware(_instance: object, attribute: Any, value: Any) -> None:
    """Datetimes are timezone-aware: a naive time cannot be placed in a store's day."""
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InvalidValue(attribute.name, "must be a timezone-aware datetime")


def text_length(minimum: int, maximum: int) -> Validator:
    """Text of `minimum`–`maximum` characters; blank text counts as empty."""

    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            raise InvalidValue(attribute.name, f"must be text, got {type(value).__name__}")
        length = len(value) if len(value) > maximum else len(value.strip())
        if not minimum <= length <= maximum:
            raise InvalidValue(
                attribute.name, f"must be {minimum}–{maximum} characters, got {length}"
            )

    return check


def at_least(minimum: int | Decimal) -> Validator:
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise InvalidValue(attribute.name, f"must be a number, got {type(value).__name__}")
        if value < minimum:
            raise InvalidValue(attribute.name, f"must be at least {minimum}, got {value}")

    return check


def decimal(_instance: object, attribute: Any, value: Any) -> None:
    """Exact numbers only: a float's binary value is not an amount of money."""
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidValue(attribute.name, "must be a finite Decimal")


def whole_ore(instance: object, attribute: Any, value: Any) -> None:
    """An amount in kronor is a whole number of öre: at most two decimals, as the API says of
    money, so that a sum told to the store is the sum paid."""
    decimal(instance, attribute, value)
    if value is not None and value != value.quantize(Decimal("0.01")):
        raise InvalidValue(attribute.name, f"must have at most two decimals (öre), got {value}")


def decimal_between(low: Decimal, high: Decimal) -> Validator:
    def check(instance: object, attribute: Any, value: Decimal | None) -> None:
        decimal(instance, attribute, value)
        if value is not None and not low <= value <= high:
            raise InvalidValue(attribute.name, f"must be between {low} and {high}, got {value}")

    return check


unit_interval = decimal_between(Decimal(0), Decimal(1))
"""Scores and confidences lie in [0, 1]."""


def frozen_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: keep collections immutable whatever sequence the caller passed."""
    if isinstance(value, str | bytes):
        raise InvalidValue("collection", "expected a sequence of items, not a string")
    return tuple(value)


def each(member: type) -> Validator:
    """Every item of a collection is a `member`."""

    def check(_instance: object, attribute: Any, value: Iterable[Any]) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, member):
                raise InvalidValue(
                    f"{attribute.name}[{index}]",
                    f"must be a {member.__name__}, got {type(item).__name__}",
                )

    return check


def instance_of(kind: type, *, optional: bool = False) -> Validator:
    """The value is a `kind` (or None when `optional`), so a stray str cannot pose as an enum
    and a bool cannot pose as a number; unlike attrs' own, the refusal is an `InvalidValue`."""

    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InvalidValue(
                attribute.name, f"must be a {kind.__name__}, got {type(value).__name__}"
            )

    return check
