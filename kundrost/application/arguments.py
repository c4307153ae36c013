"""Checks of the arguments that the HTTP layer passes straight to a use case."""

from __future__ import annotations

from kundrost.domain.errors import InvalidValue


def whole_number(name: str, value: object, low: int, high: int) -> int:
    """`value` as a whole number in `low`–`high`, else `InvalidValue` naming the argument."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue(name, f"must be a whole number {low}–{high}")
    return value
