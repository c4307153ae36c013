"""A weekly report built from the lean weekly read equals the one built, as before, from
whole assessments: the same week in the store's zone, across a change to summer time."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import SPRING, SPRING_NOW, a_store, graded
from tests.adapters.storage_steps import UowFactory, committed, row_by_row
from tests.unit.grading_builders import at


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
        graded(kind, when, n, store)
        for n, (kind, when) in enumerate(zip(kinds, instants, strict=True))
    ]
    elsewhere = graded("good", at("2026-03-25 12:00"), 9, a_store())

    async def put_all(uow: UnitOfWork) -> None:
        for assessment in [*made, elsewhere]:
            await uow.assessments.put(assessment)

    await committed(new_uow, put_all)
    generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(5))
    report = await generate(store, SPRING)

    start, end = SPRING.bounds("Europe/Stockholm")
    assert report == await row_by_row(new_uow, report.id, store)
    assert end - start == timedelta(days=7) - timedelta(hours=1)
    assert report.total_feedback_count == 5
    assert report.qualifying_feedback_count == 3
    assert report.negative_issues
    assert report.negative_issues[0].sample_quotes
    assert report.department_insights
    assert report.average_quality_score is not None
    assert report.average_quality_score > Decimal(0)
