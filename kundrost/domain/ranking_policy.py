"""RankingPolicy: how priority, frequency and recency weigh in a recommendation's score."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.validation import decimal_between

SCORE_STEP = Decimal("0.0001")
_MOST_URGENT = max(Priority, key=lambda p: p.rank)
_weight = decimal_between(Decimal(0), Decimal(1))


def _positive(_instance: object, attribute: Any, value: timedelta) -> None:
    if value <= timedelta(0):
        raise InvalidValue(attribute.name, "must be a positive duration")


@frozen
class RankingPolicy:
    """Score = priority_weight·(priority rank / 3) + frequency_weight·(frequency / the most
    frequent item's) + recency_weight·(1 − age / recency_horizon, at least 0), with the age
    taken at generation time. The weights sum to 1, so the score lies in 0–1. Priority
    weighs most: an urgent item a single customer raised outranks a common small wish."""

    priority_weight: Decimal = field(default=Decimal("0.5"), validator=_weight)
    frequency_weight: Decimal = field(default=Decimal("0.3"), validator=_weight)
    recency_weight: Decimal = field(default=Decimal("0.2"), validator=_weight)
    recency_horizon: timedelta = field(default=timedelta(days=7), validator=_positive)

    def __attrs_post_init__(self) -> None:
        total = self.priority_weight + self.frequency_weight + self.recency_weight
        if total != 1:
            raise InvalidValue("ranking_weights", f"must sum to 1, got {total}")

    def score(
        self, priority: Priority, frequency: int, most_frequent: int, age: timedelta
    ) -> Decimal:
        recency = max(Decimal(0), 1 - _ratio(max(age, timedelta(0)), self.recency_horizon))
        raw = (
            self.priority_weight * Decimal(priority.rank) / _MOST_URGENT.rank
            + self.frequency_weight * Decimal(frequency) / most_frequent
            + self.recency_weight * recency
        )
        return raw.quantize(SCORE_STEP, rounding=ROUND_HALF_UP)


def _ratio(part: timedelta, whole: timedelta) -> Decimal:
    return Decimal(part // timedelta(microseconds=1)) / Decimal(whole // timedelta(microseconds=1))
