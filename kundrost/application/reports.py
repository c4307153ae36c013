"""Reading a store's weekly reports: one by id, or the latest weeks, newest first."""

from __future__ import annotations

from attrs import frozen

from kundrost.application.arguments import whole_number
from kundrost.application.store_time import store_zone
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import NotFound
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

MAX_WEEKS_BACK = 104


@frozen
class GetReport:
    new_uow: UnitOfWorkFactory

    async def __call__(self, report_id: ReportId) -> WeeklyReport:
        """Raises `NotFound` for an unknown id (reports are never deleted)."""
        async with self.new_uow() as uow:
            report = await uow.reports.get(report_id)
        if report is None:
            raise NotFound("weekly report", report_id)
        return report


@frozen
class ListReports:
    """The store's reports of the `weeks_back` weeks (1–104) up to and including the current
    week in the store's zone, newest week first; weeks without a report are left out."""

    new_uow: UnitOfWorkFactory
    clock: Clock

    async def __call__(self, store_id: StoreId, weeks_back: int = 12) -> list[WeeklyReport]:
        weeks_back = whole_number("weeks_back", weeks_back, 1, MAX_WEEKS_BACK)
        async with self.new_uow() as uow:
            current = IsoWeek.of(self.clock.now(), await store_zone(uow, store_id))
            return await uow.reports.for_store(
                store_id, since=current.shifted(1 - weeks_back), until=current
            )
