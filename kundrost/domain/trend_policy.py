"""TrendPolicy: when a theme's mentions make a trend, and when weeks of them make a prediction."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import at_least, frozen_tuple


def _periods(_instance: object, attribute: Any, value: tuple[int, ...]) -> None:
    if not value or any(not isinstance(weeks, int) or weeks < 2 for weeks in value):
        raise InvalidValue(attribute.name, "periods are whole numbers of at least 2 weeks")


@frozen
class TrendPolicy:
    """A theme is a trend from `min_mentions` mentions (in a week, or in a half-period for a
    rising or improving issue). A prediction needs mentions moving the same way in each of
    the last `run_weeks` weeks, so `run_weeks + 1` consecutive weekly reports: three rises
    in a row (1 → 2 → 4 → 6) are a pattern, one or two can be chance."""

    periods: tuple[int, ...] = field(
        default=(4, 8, 12, 26), converter=frozen_tuple, validator=_periods
    )
    min_mentions: int = field(default=2, validator=at_least(1))
    run_weeks: int = field(default=3, validator=at_least(1))
    max_items: int = field(default=10, validator=at_least(0))
