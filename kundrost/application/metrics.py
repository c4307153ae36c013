"""GetMetrics: how calls and feedback went for one store, or all, over a period."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.decimals import CENT, rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import percent
from kundrost.ports.system import Clock
from kundrost.ports.tallies import (
    QUALITY_BANDS,
    AssessmentTally,
    SessionTally,
    quality_band_index,
)
from kundrost.ports.unit_of_work import UnitOfWorkFactory

__all__ = [
    "QUALITY_BANDS",
    "FeedbackMetrics",
    "GetMetrics",
    "feedback_metrics",
    "quality_band",
]

SCORE_PLACES = Decimal("0.0001")


@frozen(kw_only=True)
class FeedbackMetrics:
    """Rates are percentages with 2 decimals and averages are rounded half-up (scores to 4
    places, seconds and percentages to 2); each is None when there is nothing to count.
    The analyzer's tokens and their cost in US dollars are summed exactly."""

    total_calls: int
    completed_calls: int
    call_success_rate: Decimal | None
    average_duration_seconds: Decimal | None
    total_assessments: int
    qualifying_feedback_count: int
    qualification_rate: Decimal | None
    fraud_detected_count: int
    fraud_rate: Decimal | None
    average_quality_score: Decimal | None
    average_reward_percentage: Decimal | None
    quality_distribution: dict[str, int]
    analysis_usage: AnalysisUsage = field(factory=AnalysisUsage)


def quality_band(overall: Decimal) -> str:
    return QUALITY_BANDS[quality_band_index(overall)]


def _average(total: Decimal, count: int, places: Decimal = CENT) -> Decimal | None:
    """`total / count` rounded half-up, as the mean of `count` values summing to `total`."""
    return rounded(total / count, places) if count else None


def feedback_metrics(calls: SessionTally, grades: AssessmentTally) -> FeedbackMetrics:
    return FeedbackMetrics(
        total_calls=calls.total,
        completed_calls=calls.completed,
        call_success_rate=percent(calls.completed, calls.total),
        average_duration_seconds=_average(Decimal(calls.duration_seconds_sum), calls.durations),
        total_assessments=grades.total,
        qualifying_feedback_count=grades.qualifying,
        qualification_rate=percent(grades.qualifying, grades.total),
        fraud_detected_count=grades.fraudulent,
        fraud_rate=percent(grades.fraudulent, grades.total),
        average_quality_score=_average(grades.overall_sum, grades.total, SCORE_PLACES),
        average_reward_percentage=_average(grades.reward_percentage_sum, grades.qualifying),
        quality_distribution=dict(zip(QUALITY_BANDS, grades.quality_bands, strict=True)),
        analysis_usage=grades.usage,
    )


@frozen
class GetMetrics:
    """Calls created and assessments made in `[start, end)`, of one store or of all.

    A call counts as a success when it completed. The quality average is over every
    assessment (qualifying or not, so weak feedback weighs in), the reward average over the
    qualifying ones. Sessions past their expiry are not counted, as if retention had already
    deleted them, so the numbers do not depend on when the cleanup last ran.
    """

    new_uow: UnitOfWorkFactory
    clock: Clock

    async def __call__(
        self, store_id: StoreId | None, start: datetime, end: datetime
    ) -> FeedbackMetrics:
        for name, moment in (("start", start), ("end", end)):
            if not isinstance(moment, datetime) or moment.utcoffset() is None:
                raise InvalidValue(name, "must be a timezone-aware datetime")
        if start >= end:
            raise InvalidValue("end", "must be after start")
        now = self.clock.now()
        async with self.new_uow() as uow:
            calls = await uow.sessions.tally(start, end, store_id=store_id, now=now)
            grades = await uow.assessments.tally(start, end, store_id=store_id)
        return feedback_metrics(calls, grades)
