import asyncio
from datetime import date, datetime, timedelta

import pytest

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.reports import GetReport
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.errors import InvalidValue
from kundrost.domain.report_sections import InsightKind
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.business.builders import an_assessment, stored, with_context
from tests.unit.report_builders import OTHER_STORE, STOCKHOLM, STORE, WEEK, at, complaint, praise


def generate(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> GenerateWeeklyReport:
    return GenerateWeeklyReport(new_uow, clock, ids)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=STOCKHOLM)


async def test_a_weeks_report_counts_the_stores_feedback_of_that_week(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await stored(
        new_uow,
        an_assessment(at(0, 9), praise(), complaint()),
        an_assessment(at(4, 17), complaint()),
        an_assessment(at(6, 20), low_grade=True),
        an_assessment(at(7, 1), complaint()),  # Monday of the next week
        an_assessment(at(2, 12), complaint(), store=OTHER_STORE),
    )
    report = await generate(new_uow, clock, ids)(STORE, WEEK)
    assert (report.store_id, report.week, report.generated_at) == (STORE, WEEK, clock.now())
    assert (report.total_feedback_count, report.qualifying_feedback_count) == (3, 2)
    assert [(i.label, i.mentions) for i in report.negative_issues] == [("kassakö", 2)]
    assert await GetReport(new_uow)(report.id) == report


async def test_a_week_without_feedback_gets_an_empty_report(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    report = await generate(new_uow, clock, ids)(STORE, WEEK)
    assert (report.total_feedback_count, report.average_quality_score) == (0, None)


async def test_a_week_may_be_named_by_its_monday(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    report = await generate(new_uow, clock, ids)(STORE, date(2026, 11, 23))
    assert report.week == WEEK


async def test_a_week_named_by_another_day_than_monday_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await generate(new_uow, clock, ids)(STORE, date(2026, 11, 24))
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "analysis_week")


async def test_a_week_that_has_not_begun_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await generate(new_uow, clock, ids)(STORE, IsoWeek(2026, 50))
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "analysis_week")


async def test_a_second_generation_of_a_week_is_refused_naming_the_report(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    first = await generate(new_uow, clock, ids)(STORE, WEEK)
    with pytest.raises(ReportExists) as refused:
        await generate(new_uow, clock, ids)(STORE, WEEK)
    assert refused.value.code == "REPORT_EXISTS"
    assert refused.value.details["report_id"] == str(first.id)


async def test_a_forced_generation_rebuilds_the_report_under_the_same_id(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await stored(new_uow, an_assessment(at(1), complaint()))
    first = await generate(new_uow, clock, ids)(STORE, WEEK)
    await stored(new_uow, an_assessment(at(3), complaint()))  # recorded late, say
    clock.advance(timedelta(hours=2))
    again = await generate(new_uow, clock, ids)(STORE, WEEK, force=True)
    assert again.id == first.id
    assert (first.total_feedback_count, again.total_feedback_count) == (1, 2)
    assert again.generated_at == first.generated_at + timedelta(hours=2)
    assert await GetReport(new_uow)(first.id) == again


async def test_a_forced_generation_of_a_new_week_simply_generates_it(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    report = await generate(new_uow, clock, ids)(STORE, WEEK, force=True)
    assert await GetReport(new_uow)(report.id) == report


@pytest.mark.parametrize("uow", ["new_uow", "racing_uow"])
async def test_concurrent_generations_of_a_week_store_exactly_one_report(
    uow: str, request: pytest.FixtureRequest, clock: ManualClock, ids: SeededIds
) -> None:
    factory: UnitOfWorkFactory = request.getfixturevalue(uow)
    await stored(factory, an_assessment(at(1), complaint()))
    results = await asyncio.gather(
        *(generate(factory, clock, ids)(STORE, WEEK) for _ in range(3)), return_exceptions=True
    )
    [report] = [r for r in results if isinstance(r, WeeklyReport)]
    refusals = [r for r in results if isinstance(r, ReportExists)]
    assert len(refusals) == 2
    assert {r.details["report_id"] for r in refusals} == {str(report.id)}
    async with factory() as unit:
        assert await unit.reports.for_store(STORE) == [report]


async def test_concurrent_forced_generations_of_a_new_week_end_with_one_report(
    racing_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    run = generate(racing_uow, clock, ids)
    first, second = await asyncio.gather(run(STORE, WEEK, force=True), run(STORE, WEEK, force=True))
    assert first.id == second.id
    async with racing_uow() as unit:
        assert [r.id for r in await unit.reports.for_store(STORE)] == [first.id]


@pytest.mark.parametrize("uow", ["new_uow", "racing_uow"])
async def test_concurrent_generations_of_the_current_week_all_succeed_like_sequential_ones(
    uow: str, request: pytest.FixtureRequest, ids: SeededIds
) -> None:
    factory: UnitOfWorkFactory = request.getfixturevalue(uow)
    clock = ManualClock(at(2, 12, WEEK))
    await stored(factory, an_assessment(at(0, 10), complaint()))
    results = await asyncio.gather(*(generate(factory, clock, ids)(STORE, WEEK) for _ in range(3)))
    assert len({report.id for report in results}) == 1
    async with factory() as unit:
        assert [r.id for r in await unit.reports.for_store(STORE)] == [results[0].id]


async def test_the_current_week_can_be_generated_as_a_partial_report(
    new_uow: UnitOfWorkFactory, ids: SeededIds
) -> None:
    clock = ManualClock(at(2, 12, WEEK))
    await stored(new_uow, an_assessment(at(0, 10), complaint()), an_assessment(at(1, 10)))
    report = await generate(new_uow, clock, ids)(STORE, WEEK)
    assert report.total_feedback_count == 2


async def test_a_partial_report_is_replaced_by_the_next_generation_without_force(
    new_uow: UnitOfWorkFactory, ids: SeededIds
) -> None:
    clock = ManualClock(at(2, 12, WEEK))
    await stored(new_uow, an_assessment(at(0, 10), complaint()))
    partial = await generate(new_uow, clock, ids)(STORE, WEEK)
    await stored(new_uow, an_assessment(at(5, 10), complaint()))
    clock.set(at(7, 3, WEEK))  # the scheduler's Monday run
    whole = await generate(new_uow, clock, ids)(STORE, WEEK)
    assert whole.id == partial.id
    assert (partial.total_feedback_count, whole.total_feedback_count) == (1, 2)
    with pytest.raises(ReportExists):
        await generate(new_uow, clock, ids)(STORE, WEEK)


async def test_a_daylight_saving_week_of_169_hours_keeps_its_last_late_evening(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    week_43 = IsoWeek(2026, 43)
    assert week_43.length(STOCKHOLM) == timedelta(hours=169)
    await stored(
        new_uow,
        an_assessment(local("2026-10-19 00:10"), complaint()),
        an_assessment(local("2026-10-25 23:30"), complaint()),  # 22:30 UTC: still week 43
        an_assessment(local("2026-10-26 00:30"), complaint()),
        an_assessment(local("2026-11-01 23:30"), complaint()),
    )
    run = generate(new_uow, clock, ids)
    assert (await run(STORE, week_43)).total_feedback_count == 2
    assert (await run(STORE, IsoWeek(2026, 44))).total_feedback_count == 2


async def test_the_week_runs_in_the_stores_own_time_zone(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await with_context(new_uow, BusinessContext(store_id=STORE, timezone="Europe/London"))
    # Monday 00:30 in Stockholm is still Sunday 23:30 in London
    await stored(new_uow, an_assessment(local("2026-11-23 00:30"), complaint()))
    run = generate(new_uow, clock, ids)
    assert (await run(STORE, WEEK)).total_feedback_count == 0
    assert (await run(STORE, WEEK.previous())).total_feedback_count == 1


async def test_a_complaint_rising_three_weeks_running_is_predicted_to_grow(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    run = generate(new_uow, clock, ids)
    weeks = [WEEK.shifted(-n) for n in (3, 2, 1, 0)]
    for week, mentions in zip(weeks, (1, 2, 3, 5), strict=True):
        await stored(
            new_uow, *(an_assessment(at(2, 9 + n, week), complaint()) for n in range(mentions))
        )
        report = await run(STORE, week)
    assert [i.kind for i in report.predictive_insights] == [InsightKind.LIKELY_TO_GROW]
    assert report.predictive_insights[0].weekly_mentions == (1, 2, 3, 5)
    assert report.new_issues == ()
    assert report.historical_comparison.previous_week is not None
    assert report.historical_comparison.previous_week.feedback_count == 3


async def test_another_stores_reports_are_not_its_history(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    run = generate(new_uow, clock, ids)
    await stored(new_uow, an_assessment(at(2, 9, WEEK.previous()), complaint(), store=OTHER_STORE))
    await run(OTHER_STORE, WEEK.previous())
    await stored(new_uow, an_assessment(at(2, 9), complaint()))
    report = await run(STORE, WEEK)
    assert [i.label for i in report.new_issues] == ["kassakö"]
    assert report.historical_comparison.previous_week is None
