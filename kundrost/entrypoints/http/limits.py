"""The bounds every value the API accepts keeps to, beyond its JSON type.

They are written as JSON-schema keywords (`pattern`, `maximum`), so the OpenAPI document
states them and msgspec enforces the same text at the edge: what the document calls valid
is what the server accepts. Each bound keeps a value out of a place that cannot hold it:
PostgreSQL's `text` has no NUL character and its `integer` 32 bits; local midnights of years
far from ours overflow the calendar.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import msgspec

from kundrost.domain.characters import LETTERS_AND_DIGITS, WHITESPACE
from kundrost.domain.errors import InvalidValue

NO_NUL = "^[^\x00]*$"
"""Text anywhere in the API: any characters but NUL (U+0000), which PostgreSQL cannot store."""
WORDED = f"^[^\x00]*[^{WHITESPACE}\x00][^\x00]*$"
"""Text that must say something: not blank (the domain strips whitespace), and no NUL."""
QUERY_PATTERN = f"^[^\x00]*[{LETTERS_AND_DIGITS}][^\x00]*$"
"""A search query: at least one (Latin-script) letter or digit, a word to look for; no NUL."""
INT32_MAX = 2_147_483_647
"""The largest number a PostgreSQL `integer` column holds."""

EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2999, 12, 31)
DAY_PATTERN = "^2[0-9]{3}-"
"""Dates are days of the years 2000–2999: earlier or later ones cannot be a purchase, a
report or a search of this service, and their local midnights can overflow the calendar."""
DAY_RULE = f"a day from {EARLIEST_DAY} to {LATEST_DAY}"

Day = Annotated[date, msgspec.Meta(extra_json_schema={"pattern": DAY_PATTERN})]
"""A date field of a body; its struct's `__post_init__` calls `days_in_calendar` on it."""


def text_rules(min_length: int = 0, max_length: int | None = None, **meta: Any) -> msgspec.Meta:
    """The API's text rules, for `Annotated[str, text_rules(...)]`: no NUL, and not blank
    when `min_length` ≥ 1."""
    return msgspec.Meta(
        pattern=WORDED if min_length else NO_NUL,
        min_length=min_length or None,
        max_length=max_length,
        **meta,
    )


def day_schema(description: str) -> dict[str, Any]:
    """The `schema_extra` of a date parameter: the calendar's years, by pattern."""
    return {"pattern": DAY_PATTERN, "description": f"{description} ({DAY_RULE})."}


def check_day(name: str, day: date | None) -> date | None:
    """`day` when it lies in the calendar; else `InvalidValue` naming `name`."""
    if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InvalidValue(name, f"must be {DAY_RULE}, got {day}")
    return day


def check_days(**days: date | None) -> None:
    for name, day in days.items():
        check_day(name, day)


class OutOfCalendar(ValueError):
    """A date field of a body outside the calendar: msgspec reports it at the field's path."""

    def __init__(self, name: str, day: date) -> None:
        super().__init__(f"`{name}` must be {DAY_RULE}, got {day}")


def days_in_calendar(**days: date | None) -> None:
    """For a body's `__post_init__`: each of `days` (a field's name and value) in the calendar."""
    for name, day in days.items():
        if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
            raise OutOfCalendar(name, day)
