from uuid import UUID

import pytest

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.reports import GetReport, ListReports
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import ReportId
from kundrost.domain.week import IsoWeek
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.unit.report_builders import OTHER_STORE, STORE, WEEK


async def generated(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds, *weeks: IsoWeek
) -> None:
    run = GenerateWeeklyReport(new_uow, clock, ids)
    for week in weeks:
        await run(STORE, week)


async def test_an_unknown_report_is_not_found(new_uow: UnitOfWorkFactory) -> None:
    missing = ReportId(UUID(int=404))
    with pytest.raises(NotFound) as refused:
        await GetReport(new_uow)(missing)
    assert refused.value.code == "NOT_FOUND"
    assert refused.value.details == {"kind": "weekly report", "id": str(missing)}


async def test_reports_are_listed_newest_week_first(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await generated(new_uow, clock, ids, WEEK.shifted(-2), WEEK, WEEK.shifted(-1))
    listed = await ListReports(new_uow, clock)(STORE)
    assert [r.week for r in listed] == [WEEK, WEEK.shifted(-1), WEEK.shifted(-2)]


async def test_weeks_back_counts_the_current_week_as_the_first(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    # the clock is in week 49, which has no report yet
    await generated(new_uow, clock, ids, *(WEEK.shifted(-n) for n in range(4)))
    listed = await ListReports(new_uow, clock)(STORE, weeks_back=3)
    assert [r.week for r in listed] == [WEEK, WEEK.shifted(-1)]


async def test_another_stores_reports_are_not_listed(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    await generated(new_uow, clock, ids, WEEK)
    assert await ListReports(new_uow, clock)(OTHER_STORE) == []


@pytest.mark.parametrize("weeks_back", [0, 105, -1, True, "12"])
async def test_weeks_back_outside_1_to_104_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, weeks_back: object
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await ListReports(new_uow, clock)(STORE, weeks_back=weeks_back)  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "weeks_back")


async def test_104_weeks_back_reach_two_years(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    current = WEEK.next()
    await generated(new_uow, clock, ids, current.shifted(-103), current.shifted(-104))
    listed = await ListReports(new_uow, clock)(STORE, weeks_back=104)
    assert [r.week for r in listed] == [current.shifted(-103)]
