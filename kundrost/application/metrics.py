"""GetMetrics: how calls and feedback went for one store, or all, over a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from attrs import frozen

from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import mean, percent
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

QUALITY_BANDS: tuple[str, ...] = ("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0")
"""Bands of the overall quality score, each including its lower bound; the last includes 1.0."""

SCORE_PLACES = Decimal("0.0001")


@frozen(kw_only=True)
class FeedbackMetrics:
    """Rates are percentages with 2 decimals and averages are rounded half-up (scores to 4
    places, seconds and percentages to 2); each is None when there is nothing to count."""

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


def quality_band(overall: Decimal) -> str:
    return QUALITY_BANDS[min(int(overall * len(QUALITY_BANDS)), len(QUALITY_BANDS) - 1)]


def feedback_metrics(
    sessions: Sequence[CallSession], assessments: Sequence[QualityAssessment]
) -> FeedbackMetrics:
    completed = [s for s in sessions if s.status is CallStatus.COMPLETED]
    qualifying = [a for a in assessments if a.qualifies]
    fraudulent = sum(a.is_fraudulent for a in assessments)
    distribution = dict.fromkeys(QUALITY_BANDS, 0)
    for assessment in assessments:
        distribution[quality_band(assessment.scores.overall)] += 1
    durations = [Decimal(s.duration_seconds) for s in completed if s.duration_seconds is not None]
    overalls = [a.scores.overall for a in assessments]
    return FeedbackMetrics(
        total_calls=len(sessions),
        completed_calls=len(completed),
        call_success_rate=percent(len(completed), len(sessions)),
        average_duration_seconds=mean(durations),
        total_assessments=len(assessments),
        qualifying_feedback_count=len(qualifying),
        qualification_rate=percent(len(qualifying), len(assessments)),
        fraud_detected_count=fraudulent,
        fraud_rate=percent(fraudulent, len(assessments)),
        average_quality_score=(
            rounded(sum(overalls, Decimal(0)) / len(overalls), SCORE_PLACES) if overalls else None
        ),
        average_reward_percentage=mean(a.reward_percentage for a in qualifying),
        quality_distribution=distribution,
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
            sessions = await uow.sessions.between(start, end, store_id=store_id)
            assessments = await uow.assessments.between(start, end, store_id=store_id)
        visible = [session for session in sessions if not session.is_expired(now)]
        return feedback_metrics(visible, assessments)
