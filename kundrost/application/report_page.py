"""Reading what a store owner's report page shows: the report, its earlier weeks, the store."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.application.reports import ListReports
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.report_page import ReportPage, StoreReports
from kundrost.domain.validation import at_least
from kundrost.domain.week import resolve_zone
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class ReadReportPage:
    """The report `report_id` with up to `weeks_before` earlier weeks for the comparison
    charts; `NotFound` for an unknown id. The caller checks who may read the store."""

    new_uow: UnitOfWorkFactory
    weeks_before: int = field(default=7, validator=at_least(1))

    async def __call__(self, report_id: ReportId) -> ReportPage:
        async with self.new_uow() as uow:
            report = await uow.reports.get(report_id)
            if report is None:
                raise NotFound("weekly report", report_id)
            context = await uow.contexts.get(report.store_id)
            earlier = await uow.reports.for_store(
                report.store_id,
                since=report.week.shifted(-self.weeks_before),
                until=report.week.previous(),
            )
        return ReportPage(
            report,
            tuple(reversed(earlier)),
            context.store_name if context else None,
            resolve_zone(context.timezone if context else None),
        )


@frozen
class ReadStoreReports:
    """The store's reports of the last `weeks_back` weeks (the current one included), for
    the page that lists them; a store without any gets an empty list, not an error."""

    new_uow: UnitOfWorkFactory
    list_reports: ListReports
    weeks_back: int = field(default=104, validator=at_least(1))

    async def __call__(self, store_id: StoreId) -> StoreReports:
        reports = await self.list_reports(store_id, self.weeks_back)
        async with self.new_uow() as uow:
            context = await uow.contexts.get(store_id)
        return StoreReports(
            store_id,
            context.store_name if context else None,
            tuple(reports),
            resolve_zone(context.timezone if context else None),
        )
