import pytest

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.trends import GetTrends
from kundrost.domain.errors import InvalidValue
from kundrost.domain.report_sections import InsightKind
from kundrost.domain.trends import WeekPoint
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.business.builders import an_assessment, stored
from tests.unit.report_builders import OTHER_STORE, STORE, WEEK, at, complaint


async def rising_complaints(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds, series: tuple[int, ...]
) -> None:
    """Reports of the weeks up to WEEK (the last complete one), with "kassakö" so often."""
    run = GenerateWeeklyReport(new_uow, clock, ids)
    for offset, mentions in enumerate(series):
        week = WEEK.shifted(offset - len(series) + 1)
        await stored(
            new_uow, *(an_assessment(at(1, 9 + n, week), complaint()) for n in range(mentions))
        )
        await run(STORE, week)


async def test_trends_cover_the_periods_weeks_up_to_the_last_complete_one(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await rising_complaints(new_uow, clock, ids, (1, 2, 3, 5))
    result = await GetTrends(new_uow, clock)(STORE, "4_weeks")
    assert [p.week for p in result.weeks] == [WEEK.shifted(-n) for n in (3, 2, 1, 0)]
    assert [p.feedback_count for p in result.weeks] == [1, 2, 3, 5]
    [rising] = result.rising_issues
    assert (rising.label, rising.weekly_mentions) == ("kassakö", (1, 2, 3, 5))
    [insight] = result.predictive_insights
    assert insight.kind is InsightKind.LIKELY_TO_GROW


async def test_a_longer_period_shows_the_weeks_without_a_report_as_empty(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await rising_complaints(new_uow, clock, ids, (1, 2, 3, 5))
    result = await GetTrends(new_uow, clock)(STORE, "8_weeks")
    assert len(result.weeks) == 8
    assert result.weeks[:4] == tuple(WeekPoint(WEEK.shifted(-n)) for n in (7, 6, 5, 4))


async def test_the_current_weeks_partial_report_is_left_out(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await rising_complaints(new_uow, clock, ids, (1, 2, 3, 5))
    await stored(new_uow, an_assessment(clock.now(), complaint()))
    await GenerateWeeklyReport(new_uow, clock, ids)(STORE, WEEK.next())
    result = await GetTrends(new_uow, clock)(STORE, "4_weeks")
    assert result.weeks[-1].week == WEEK


async def test_a_store_without_reports_has_empty_weeks(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await rising_complaints(new_uow, clock, ids, (1, 2, 3, 5))
    result = await GetTrends(new_uow, clock)(OTHER_STORE, "4_weeks")
    assert result.weeks == tuple(WeekPoint(WEEK.shifted(-n)) for n in (3, 2, 1, 0))
    assert result.rising_issues == ()
    assert result.predictive_insights == ()


@pytest.mark.parametrize("period", ["5_weeks", "4", "", "4_WEEKS", "52_weeks"])
async def test_a_period_other_than_4_8_12_or_26_weeks_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, period: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await GetTrends(new_uow, clock)(STORE, period)
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "period")


@pytest.mark.parametrize("period", ["4_weeks", "8_weeks", "12_weeks", "26_weeks"])
async def test_each_period_gives_as_many_weeks(
    new_uow: UnitOfWorkFactory, clock: ManualClock, period: str
) -> None:
    result = await GetTrends(new_uow, clock)(STORE, period)
    assert len(result.weeks) == int(period.split("_")[0])
