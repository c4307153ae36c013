"""A weekly report built from the lean weekly read equals the one built, as before, from
whole assessments: the same week in the store's zone, across a change to summer time."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from uuid import uuid4

from attrs import evolve

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.domain.analysis import Category, Sentiment
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.ids import AssessmentId, CallSessionId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_aggregation import build_weekly_report
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import a_store
from tests.adapters.storage_steps import UowFactory, committed
from tests.unit.grading_builders import (
    a_fraudulent_verdict,
    a_low_grade_analysis,
    a_theme,
    an_analysis,
    an_assessment,
    at,
)

SPRING = IsoWeek(2026, 13)
"""Monday 23 to Sunday 29 March 2026; Stockholm moves to summer time at 02:00 on the 29th."""


def graded(kind: str, created_at: datetime, n: int) -> QualityAssessment:
    analysis = an_analysis(
        themes=[
            a_theme(
                label=f"Kö i kassan {n % 2}",
                sentiment=Sentiment.NEGATIVE,
                category=Category.SERVICE,
                quote=f"Kön var lång, gång {n}.",
            ),
            a_theme(department="Bageri", label="Färskt bröd", quote=f"Brödet var varmt {n}."),
        ]
    )
    if kind == "low":
        analysis = a_low_grade_analysis()
    assessment = an_assessment(analysis, a_fraudulent_verdict() if kind == "fraud" else None)
    return evolve(
        assessment,
        id=AssessmentId(uuid4()),
        call_session_id=CallSessionId(uuid4()),
        created_at=created_at,
    )


async def test_a_report_from_the_weekly_read_equals_one_from_whole_assessments(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    instants = [
        at("2026-03-22 23:59"),  # the Sunday before: outside
        at("2026-03-23 00:00"),  # Monday at midnight, winter time: inside
        at("2026-03-25 12:00"),
        at("2026-03-29 01:59"),  # the last minute of winter time
        at("2026-03-29 03:00"),  # the first hour of summer time
        at("2026-03-29 23:59"),  # Sunday's last minute, summer time: inside
        at("2026-03-30 00:00"),  # the next Monday: outside
    ]
    kinds = ["good", "good", "low", "fraud", "good", "good", "good"]
    made = [
        evolve(graded(kind, when, n), store_id=store)
        for n, (kind, when) in enumerate(zip(kinds, instants, strict=True))
    ]
    elsewhere = evolve(graded("good", at("2026-03-25 12:00"), 9), store_id=a_store())

    async def put_all(uow: UnitOfWork) -> None:
        for assessment in [*made, elsewhere]:
            await uow.assessments.put(assessment)

    await committed(new_uow, put_all)
    now = at("2026-03-30 03:00")
    report = await GenerateWeeklyReport(new_uow, ManualClock(now), SeededIds(5))(store, SPRING)

    start, end = SPRING.bounds("Europe/Stockholm")
    async with new_uow() as uow:
        whole = await uow.assessments.between(start, end, store_id=store)
    before = build_weekly_report(
        report.id,
        store,
        SPRING,
        [WeeklyFeedback.from_assessment(a) for a in whole],
        [],
        now,
        "Europe/Stockholm",
    )
    assert report == before
    assert end - start == timedelta(days=7) - timedelta(hours=1)
    assert report.total_feedback_count == 5
    assert report.qualifying_feedback_count == 3
    assert report.negative_issues
    assert report.negative_issues[0].sample_quotes
    assert report.department_insights
    assert report.average_quality_score is not None
    assert report.average_quality_score > Decimal(0)
