"""RunWeeklyReports: the weekly reports of every store for a week, one store at a time."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from attrs import frozen

from kundrost.application.progress import UNWATCHED, Progress
from kundrost.domain.business_context import DEFAULT_TIMEZONE
from kundrost.domain.ids import StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.reports")

ReportGenerator = Callable[[StoreId, IsoWeek], Awaitable[WeeklyReport]]
"""`GenerateWeeklyReport`: builds and stores one store's report, `ReportExists` when done."""


@frozen
class WeeklyReportsSummary:
    """What a run did for one week: reports generated, stores that already had theirs, and
    the stores whose generation failed (to be tried again by the next run)."""

    week: IsoWeek
    stores: int
    generated: int
    existing: int
    failed: tuple[StoreId, ...]


@frozen
class RunWeeklyReports:
    """Generate the report of `week` for every store that has a business context or had a
    call session in the week (`with_contexts=False`: only the latter), skipping stores whose
    report exists. Each store is its own generation: one store's failure is logged with its
    id and counted, and the others go on. Running it again does only what is left, so a
    run that stopped half-way, or failed for some stores, is finished by the next one.

    The week's stores are found by its bounds in `zone`, the service's zone; each report
    itself covers the week in its store's own zone."""

    new_uow: UnitOfWorkFactory
    generate: ReportGenerator
    zone: str = DEFAULT_TIMEZONE

    async def __call__(
        self, week: IsoWeek, *, with_contexts: bool = True, progress: Progress = UNWATCHED
    ) -> WeeklyReportsSummary:
        stores = await self.stores(week, with_contexts=with_contexts)
        progress.started(len(stores))
        generated = existing = 0
        failed: list[StoreId] = []
        for store_id in stores:
            try:
                await self.generate(store_id, week)
            except ReportExists:
                existing += 1
            except Exception as error:
                failed.append(store_id)
                log.error(
                    "weekly report %s for store %s failed: %s",
                    week,
                    store_id,
                    type(error).__name__,
                    exc_info=error,
                )
            else:
                generated += 1
            progress.advanced()
        return WeeklyReportsSummary(week, len(stores), generated, existing, tuple(failed))

    async def stores(self, week: IsoWeek, *, with_contexts: bool = True) -> list[StoreId]:
        """The week's stores, in ascending id order."""
        start, end = week.bounds(self.zone)
        async with self.new_uow() as uow:
            found = set(await uow.sessions.store_ids_between(start, end))
            if with_contexts:
                found.update(await uow.contexts.store_ids())
        return sorted(found)

    async def scheduled(
        self, tick: datetime, *, progress: Progress = UNWATCHED
    ) -> list[WeeklyReportsSummary]:
        """The scheduler's run at `tick`: the week before the tick's week for every store,
        then the week before that for the stores that had feedback in it, so a report that
        failed (or a run that was missed) is made up by the next run."""
        previous = IsoWeek.of(tick, self.zone).previous()
        return [
            await self(previous, progress=progress),
            await self(previous.previous(), with_contexts=False, progress=progress),
        ]
